"""A quotation a site sets as a block quote under the clause that leads into it ('… its chair told us:'): a copy as
plain text (select-all, an e-mail digest) loses the block quote's marks, leaving an unmarked paragraph."""

from __future__ import annotations

import itertools
import re

from .importunits import QUOTE_OPEN, Unit, is_title_case
from .pdftext import LEAD_IN

ACCORDING_TO = re.compile(r"\baccording\s+to(?:\s+[^\s:]+){1,4}\s*:$", re.I)  # 'According to Weber-Wulff:'
# a cue verb in the paragraph's last sentence, a clause after it: 'Roig … told us he is concerned about the tools — which
# he suspects his students used:', 'Weber-Wulff added that she is confident the tools are in the literature:'
CUE_CLAUSE = re.compile(
    r"\b(?:told\s+(?:us|me|him|her|them|the\s+\w+)|tells\s+us|said|says|added|adds|wrote|writes|explained|explains|noted|notes"
    r"|warned|warns|argued|argues|recalled|recalls)\b(?P<clause>[^.!?:]*):$"
)
CUE_CLAUSE_WORDS = 24
# '… said the following:', and '… the survey concludes that:' over its findings, a line each (their bullets lost)
LIST_LEAD_IN = re.compile(
    r"\b(?:following|as\s+follows|below|include|includes|including|these|are|were"
    r"|(?:concludes|concluded|finds|found|recommends|recommended)\s+that)\s*:$",  # a report's findings ('… states that:' quotes it)
    re.I,
)

# a short clause a post or a column leads into the quotation under it with ('Well, Harbour TV has the receipts:', 'And
# then this:', 'Here it is:'): a discourse word and its comma or a conjunction opening it, or a verb in it; a heading
# names its matter ('Key findings:', 'Background:')
CLAUSE_LEAD_IN = re.compile(
    r"^(?:(?:Well|So|Now|Still|Again|Then|Yes|No|Indeed|Instead|Of course|Sure enough|As it happens|In short),\s|(?:And|But|So|Yet|Or)\s)"
    r"|\s(?:is|are|was|were|has|have|had|does|did|reads|goes|went)\b"
)


# an explainer's subhead asks the question its section answers ('What the deal does:', 'Who was left out:')
WH_OPENING = re.compile(r"^(?:What|Who|Whom|Whose|Which|How|Why|Where|When)\b")


def clause_leading_in(text: str) -> bool:
    """A line ending on a colon that reads as a clause leading into what follows, no heading: 'Well, the Herald has the
    receipts:', 'And then this:'; never one in title case ('What Comes Next:') nor one asking what its section answers
    ('What the deal does:')."""
    text = text.strip()
    return text.endswith(":") and not is_title_case(text) and not WH_OPENING.match(text) and CLAUSE_LEAD_IN.search(text[:-1]) is not None


# what a written thing said, given under it: 'The sign on the door read:', 'The 1961 manual reads, in part:'; the thing
# named with its article (a reader's 'Books you should read:' or 'What to read:' names none)
THING_READ = re.compile(
    r"\b(?:the|a|an|one|its|his|her|their|this|that)\s+(?:[^\s:]+\s+){0,5}?(?P<last>[^\s:]+)\s+(?:read|reads)(?:,\s+in\s+part,?)?\s*:$", re.I
)
NOT_A_THING = frozenset(
    """to you we i they he she it should can could must will would may might please also and or not never good hard quick long
    great easy tough short interesting fascinating compelling sobering grim difficult essential worthwhile""".split()
)  # 'Books you should read:', 'The report is a hard read:' (the noun)
# the writer's 'For example:' under a sentence about how a text reads ('The rules make for grim reading. For example:',
# 'Its language is blunt. For instance:'): an excerpt of that text follows; an example of the writer's own after any
# other sentence ('The board tried many things. For example:')
EXAMPLE_LEAD_IN = re.compile(r"(?:For\s+example|For\s+instance|An\s+example|A\s+sample)\s*:$", re.I)
READING_WORD = re.compile(r"\b(?:reading|reads|wording|language|phrasing)\b", re.I)
LEAD_IN_TAIL = 300  # characters at a paragraph's end where its lead-in clause stands: the search stays linear


def _thing_read(text: str) -> bool:
    found = THING_READ.search(text[-LEAD_IN_TAIL:])
    return found is not None and found.group("last").lower().strip(",") not in NOT_A_THING


def _example_of_text(text: str) -> bool:
    found = EXAMPLE_LEAD_IN.search(text[-LEAD_IN_TAIL:])
    if found is None:
        return False
    before = text[-LEAD_IN_TAIL:][: found.start()].rstrip()
    if before[-1:] not in ".!?":
        return False
    sentence = re.split(r"[.!?]\s", before[:-1])[-1]
    return READING_WORD.search(sentence) is not None


def leads_into_quotation(text: str) -> bool:
    """A paragraph that ends on a clause leading into the words it quotes: 'Rilke told us:', 'she said:', 'According to
    Rilke:', 'Rilke added that the board would wait:', 'a reporter described them in bemused terms:', 'The sign read:', 'The
    rules make for grim reading. For example:'; never a list's lead-in ('The bids include:', '… said the following:')."""
    text = text.rstrip()
    cue = CUE_CLAUSE.search(text)
    led = bool(
        LEAD_IN.search(text)
        or ACCORDING_TO.search(text)
        or (cue and len(cue.group("clause").split()) <= CUE_CLAUSE_WORDS)
        or _thing_read(text)
        or _example_of_text(text)
    )
    return led and not LIST_LEAD_IN.search(text)


def block_quotes_without_marks(body: list[Unit], inferred: list[str]) -> None:
    """The paragraph under a lead-in paragraph, with no quotation marks opening it, is the quotation: one paragraph,
    set as a block quote. A paragraph that opens with marks is quoted by them; a heading, a list or a figure is no
    quotation."""
    for before, unit in itertools.pairwise(body):
        if before.kind != "paragraph" or unit.kind != "paragraph" or unit.text.lstrip()[:1] in QUOTE_OPEN + "‘'":
            continue
        if leads_into_quotation(before.text):
            unit.kind = "quote"
            inferred.append(f"line {unit.line}: the paragraph under a clause leading into a quotation read as the block quote it is")
