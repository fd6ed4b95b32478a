"""Quotations whose marks a press office or a PDF copy typed badly, read where the cue after them says where they close.

- the opening mark lost: 'Another ten wharves open next month,” Ms Roe said.' (a paragraph whose first mark is a closing
  or a straight one, right after a word or a stop, a speaker and a verb of saying after it): the words from the
  paragraph's start to the mark are the quotation, unless those words name someone saying something ("Ada Lind said
  that the vote is lost. We will try again,” she said."), whose quotation opened somewhere after the name; a clause
  set off by commas in the quoted sentence ("Fees will rise, the board said last year, and stay high") is the
  speaker's. After a stop, with a quotation opening later on the line ("Ten wharves open in May.” Ms Roe said. “…”"),
  only where the cue closes its clause: one going on into the next quotation ("callous.” The chairman said “My …”")
  opens it, the mark before it the close of a quotation carried from the paragraph before;
- closed on a single mark: '“The fee applies to late applicants’ Ms Roe said.' (a quotation left open in which a "’"
  right after a word or a stop has a speaker and a verb of saying after it, and no "‘" opened before it): the
  quotation closes there.

Anywhere else the spans are quote_spans's: a plural's apostrophe ("the workers’ union said") has no capitalised
speaker or pronoun after it, and a quotation closed by its own mark is never reread.
"""

from __future__ import annotations

import re

from ..quotes import Span, quote_spans, strip_outer_marks
from .cues import CUE, PASSIVE_BEFORE
from .quotes import ADVERB, CUE_BEFORE_CAPITAL, NAME_WORDS, SPEAKER_CUE

# "Ms Roe said", "the Minister said", "he said", "said Ms Roe": a speaker and a verb of saying right after the mark
CUE_AFTER_MARK = re.compile(r"\s+(?:(?:the\s+)?" + SPEAKER_CUE + "|" + CUE_BEFORE_CAPITAL + ")")
# the same cue ending its clause ("…’ Ms Roe said.", "…’ said Ms Roe, and …", "…’ she said “and …"): a plural's or an
# elision's ’ before a name and a verb with its complement ("the dockers’ Union said it would strike", "the pilots’ Ada
# Lind told me, …") is no closing mark
CLAUSE_CUE_AFTER_MARK = re.compile(
    r"\s+(?:(?:the\s+)?" + SPEAKER_CUE + "|" + ADVERB + CUE.pattern + r"\s+(?:the\s+)?" + NAME_WORDS + r")\s*(?:[.,;:!?]|“|$)"
)
# the cue closing its sentence or clause after a closing mark that follows a stop ("….” Ms Roe said. “…”", "….” said Ms
# Roe, …"): the speaker of the words before the mark; not one that goes on into the next quotation ("callous.” The
# chairman said “My branch …”", the close of a quotation carried from the paragraph before)
SENTENCE_CUE_AFTER_MARK = re.compile(
    r"\s+(?:(?:the\s+)?" + SPEAKER_CUE + "|" + ADVERB + CUE.pattern + r"\s+(?:the\s+)?" + NAME_WORDS + r")\s*(?:[.;!?]|,(?!\s*[“\"]))"
)
CLOSING_MARKS = '”"'  # a straight mark too: a typed release's, opening and closing alike
OPENING_MARKS = "“\"‘'«"
WORD_OR_STOP = re.compile(r"[\w.,!?…]")
STOP_BEFORE_MARK = ".!?…"
# a clause set off by commas inside the quoted sentence, of one to four words and a verb of saying ("Fees will rise, the
# board said last year, and stay high,” Ms Roe said."): words the speaker relays, no narration of the writer's
PARENTHESIS_OPENING = re.compile(r",\s+(?:[\w’'-]+\s+){1,4}$")
PARENTHESIS_CLOSING = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*,")
SENTENCE_END = re.compile(r"[.!?…]\s")


def _tells_of_saying(words: str) -> bool:
    """Whether the words hold a verb of saying that is no passive's ("will be announced") nor a parenthesis's in the
    quoted sentence ("…, the board said last year, …"): the writer's narration of someone saying something, the
    quotation's opening mark lost somewhere after it."""
    last_sentence_start = max((stop.end() for stop in SENTENCE_END.finditer(words)), default=0)  # once: linear in the words
    return any(
        PASSIVE_BEFORE.search(words, max(0, cue.start() - 40), cue.start()) is None and not _relayed_in_parenthesis(words, cue, last_sentence_start)
        for cue in CUE.finditer(words)
    )


def _relayed_in_parenthesis(words: str, cue: re.Match[str], last_sentence_start: int) -> bool:
    """Whether the verb of saying stands in a clause set off by commas in the words' last sentence ("Fees will rise, the
    board said last year, and stay high"), which the quotation holds whole."""
    return (
        cue.start() >= last_sentence_start
        and PARENTHESIS_OPENING.search(words, max(0, cue.start() - 60), cue.start()) is not None
        and PARENTHESIS_CLOSING.match(words, cue.end()) is not None
    )


def _cue_after(text: str, at: int, cue: re.Pattern[str] = CUE_AFTER_MARK) -> bool:
    return WORD_OR_STOP.fullmatch(text[at - 1 : at]) is not None and cue.match(text, at + 1) is not None


def _spans_from(text: str, after: int) -> list[Span]:
    """quote_spans's spans of the text from `after` on, at their places in the whole text."""
    return [Span(s.start + after, s.end + after, s.inner_start + after, s.inner_end + after, s.closed) for s in quote_spans(text[after:])]


def spans_with_lost_marks(text: str) -> list[Span]:
    """quote_spans's spans, with a quotation whose opening mark was lost, or which closes on a single mark, read so."""
    spans = quote_spans(text)
    begin = len(text) - len(text.lstrip())
    after_stop = _lost_opening_after_stop(text, begin, spans[0].start if spans else len(text))
    if after_stop is not None:
        return [after_stop, *spans]
    if not spans:
        return spans
    first = spans[0]
    if (
        text[first.start] in CLOSING_MARKS
        and not first.closed
        and first.start > begin
        and _cue_after(text, first.start)
        and not _tells_of_saying(text[begin : first.start])  # "Ada Lind said that …. The rest …,” she said.": lost where?
    ):
        return [Span(begin, first.start + 1, begin, first.start, True), *_spans_from(text, first.start + 1)]
    last = spans[-1]
    if not last.closed and text[last.start] == "“":
        at = text.find("’", last.inner_start)
        nested = text.find("‘", last.inner_start)  # "“… They ask, ‘Why?’ They say …": from there, the marks are its
        while at >= 0 and (nested < 0 or at < nested):
            if _cue_after(text, at, CLAUSE_CUE_AFTER_MARK):
                return [*spans[:-1], Span(last.start, at + 1, last.inner_start, at, True), *_spans_from(text, at + 1)]
            at = text.find("’", at + 1)
    return spans


def _lost_opening_after_stop(text: str, begin: int, first_start: int) -> Span | None:
    """The quotation from the paragraph's start to a closing mark right after a stop, which quote_spans leaves unread
    where an opening mark follows on the line ("Ten wharves open in May.” Ms Roe said. “…”"), where the cue after it
    closes its clause and no mark opens before it."""
    at = text.find("”", begin, first_start)
    if at <= begin or text[at - 1] not in STOP_BEFORE_MARK or "“" not in text[at:] or any(mark in text[begin:at] for mark in '“"'):
        return None
    if SENTENCE_CUE_AFTER_MARK.match(text, at + 1) is None or _tells_of_saying(text[begin:at]):
        return None
    return Span(begin, at + 1, begin, at, True)


def opening_lost(text: str, span: Span) -> bool:
    """Whether the span is one of the quotations read here whose opening mark was lost: it starts on a word."""
    return text[span.start] not in OPENING_MARKS


def quoted_words(text: str, span: Span) -> str:
    """The words of the span, its marks stripped: a closing single mark too where the span closes on one."""
    closes_on_single = span.closed and text[span.inner_end : span.end] == "’"
    return strip_outer_marks(text[span.start : span.inner_end if closes_on_single else span.end])
