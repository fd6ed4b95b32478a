"""A quotation run over several paragraphs in the Commonwealth and Australian way: each paragraph but the last is left
open and the next reopens with a mark ('“We want to say … / “They are not big names … / “We therefore deplore …,” Mr
Roe said.'). The run is one quotation: where one of its paragraphs is the writer's (it carries the cue or opens on
narrative), every paragraph of it is a paragraph of the text, none a block quote."""

from __future__ import annotations

import itertools
import re

from .importunits import QUOTE_CLOSE, QUOTE_OPEN, TERMINAL, Unit
from .quotes import quote_spans

_TEXT_KINDS = ("paragraph", "quote")


def _left_open(text: str) -> bool:
    spans = quote_spans(text)
    return bool(spans) and not spans[-1].closed


SENTENCE_END = TERMINAL + QUOTE_CLOSE + "’…"  # the writer's sentence closed (or a quotation its cue closed)
# a sentence that announces the document quoted under it, as a lead-in does ('… published its reply in full.', '… the
# letter, whose full text follows.')
DOCUMENT_ANNOUNCED = re.compile(r"\b(?:in\s+full|as\s+follows|(?:full\s+)?text\s+(?:of|follows)|the\s+following|follows|reads|read\s+out)\b", re.I)


def _under_narrative(above: Unit) -> bool:
    """The paragraph over a run of wholly quoted paragraphs is the writer's sentence ('Ms Quist said there is concern
    about a deal.'), no lead-in ('The letter reads:'), heading or sentence that announces a document ('The board
    published its reply in full.'): the run goes on with the story, as a release or a paper
    quotes its speaker over several paragraphs whose last carries no cue."""
    text = above.text.rstrip()
    ended = text[-1:] in SENTENCE_END or CREDITED_CLOSE.search(text) is not None  # '“…,” Ms Roe said' with its stop lost
    return above.kind == "paragraph" and ended and DOCUMENT_ANNOUNCED.search(text) is None


def running_quotations(body: list[Unit], inferred: list[str]) -> None:
    """Join each paragraph left open to the one under it that reopens with a mark, and where the run so joined holds a
    paragraph that is no quotation from end to end, or stands under the writer's sentence, read its wholly quoted
    paragraphs as paragraphs too. A run of wholly quoted paragraphs under a lead-in (an excerpt set apart under 'The
    letter reads:') or a heading stays the block quote it is."""
    index = 0
    while index < len(body):
        run = [body[index]]
        while (
            run[-1].kind in _TEXT_KINDS
            and index + len(run) < len(body)
            and body[index + len(run)].kind in _TEXT_KINDS
            and body[index + len(run)].text.lstrip()[:1] in QUOTE_OPEN
            and _left_open(run[-1].text)
        ):
            run.append(body[index + len(run)])
        writers = any(u.kind == "paragraph" for u in run) or (index > 0 and _under_narrative(body[index - 1]))
        if len(run) > 1 and writers and any(u.kind == "quote" for u in run):
            for unit in run:
                if unit.kind == "quote" and not (unit.data.get("md_quote") or unit.data.get("indented quote")):  # the source's own block quote
                    unit.kind = "paragraph"
                    inferred.append(f"line {unit.line}: a paragraph reopening a quotation left open above read as its running text, no block quote")
        if len(run) == 1 and _open_in_running_text(body, index):
            body[index].kind = "paragraph"
            inferred.append(
                f"line {body[index].line}: a paragraph opening a quotation never closed, between the writer's paragraphs, read as running text"
            )
        index += len(run)


def _open_in_running_text(body: list[Unit], index: int) -> bool:
    """A wholly quoted paragraph whose mark is never closed, under the writer's sentence and over a paragraph of the
    writer's that reopens no quotation ('“Ms Roe should also keep in mind …' between a release's paragraphs): the
    speaker's words run on in the text, their closing mark lost, and no excerpt is set apart."""
    unit = body[index]
    if unit.kind != "quote" or unit.data.get("md_quote") or unit.data.get("indented quote") or not _left_open(unit.text):
        return False
    below = body[index + 1] if index + 1 < len(body) else None
    return (
        index > 0
        and _under_narrative(body[index - 1])
        and below is not None
        and below.kind == "paragraph"
        and below.text.lstrip()[:1] not in QUOTE_OPEN
    )


# a paragraph closing on a quotation's cue after its closing mark: '"…," he added.', '"…," Brandt said.', '"…," said Ada Lind.'
# the verbs either way round ('Brandt added.', 'added Brandt.'); 'told the BBC' and 'went on' only after the speaker; a
# release's or a PDF's text may lose the cue's stop ('"…," Ms Roe said'): the cue still ends the sentence
CLOSING_CUE = r"(?:said|says|added|adds|continued|continues|explained|explains|insisted|argued|noted|warned)"
CREDITED_CLOSE = re.compile(
    rf"[,!?]\s*[”\"]\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}|he|she|they)\s+(?:{CLOSING_CUE}|told\s+[\w ]{{2,30}}|went\s+on)\.?$"
    rf"|[,!?]\s*[”\"]\s+{CLOSING_CUE}\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}\.?$"
)


def quotations_after_credited_quotes(body: list[Unit], inferred: list[str]) -> None:
    """A paragraph that is one quotation from end to end, right under a paragraph whose quotation its cue closes ('"…,"
    he added.'), goes on with the speaker's words: a paragraph of the text, as a news story writes its quotations, no
    block quote set apart. A saying under a heading, or an excerpt under 'The letter reads:', stays the block quote."""
    for above, unit in itertools.pairwise(body):
        if unit.kind != "quote" or unit.data.get("md_quote") or unit.data.get("indented quote") or above.kind != "paragraph":
            continue
        if CREDITED_CLOSE.search(above.text.rstrip()):
            unit.kind = "paragraph"
            inferred.append(f"line {unit.line}: a quotation right under a speaker's credited quotation read as their running words, no block quote")


QUOTED_LINES_MAX = 12  # the lines a quotation left open may run over before the line that closes it: a post's list
_MARKS = re.compile('[“”"«»„]')


def _closes_quotation(text: str, mark: re.Match[str]) -> bool:
    """Whether the line's first double mark closes a quotation ('Drove out the cartel.”'), a straight one as its last
    character after a stop ('… the bank."') or alone on the line (the quotation's closing mark wrapped onto a line of
    its own, as a lone '”' may be: under a quotation left open, a lone mark can only close it)."""
    if mark.group() in "”»":
        return True
    stripped = text.rstrip()
    if mark.group() != '"' or mark.end() != len(stripped) or text.count('"') != 1:
        return False
    return stripped.lstrip() == '"' or stripped[-2:-1] in ".!?…,"


def lines_of_open_quotation(units: list[Unit], position: int) -> range:
    """The lines under a paragraph that opens a quotation and leaves it open, down to the line that closes it: a post
    quoted line by line ('River Facts posted “In 3 years, Mayor Karsten' / 'Built 40 clinics' / … / 'Planted 5 million
    trees.”'), whose lines are the quotation's, none a heading. Empty where no line within reach closes it or a line on
    the way has a mark of its own."""
    if not _left_open(units[position].text):
        return range(0)
    for end in range(position + 1, min(len(units), position + 1 + QUOTED_LINES_MAX)):
        text = units[end].text
        mark = _MARKS.search(text)
        if mark is not None and _closes_quotation(text, mark):
            return range(position + 1, end + 1) if end > position + 1 else range(0)
        if mark is not None or units[end].data.get("heading"):
            return range(0)
    return range(0)
