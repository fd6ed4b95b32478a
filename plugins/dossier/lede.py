"""The report's summary as the overview shows it under the title: never cut off in mid-sentence without saying so.

A site's description of a story (its og:description, a CMS excerpt) is often the opening words cut at a word
count, with no ellipsis ("… officials arrested the"); a summary taken from a PDF's title lines may stop on a comma.
"""

from __future__ import annotations

import re

from .datelines import without_dateline
from .importunits import QUOTE_OPEN
from .sentences import sentence_end

CLOSERS = "\"”’')]"  # after a sentence's mark, still its own
# words a sentence does not end on: a summary that stops on one stops in mid-sentence
OPEN_WORDS = frozenset(
    "a an the and or but nor of to in into on onto at by for from with without about over under after before between "
    "that which who whose whom than as its their his her our your my this these those".split()
)
OPEN_MARKS = ",;:–—-"
# paragraphs a site's description may run over: its word count cut the story's second paragraph ("… said. The change
# comes as the board is set to raise the ba")
OPENING_PARAGRAPHS = 3


def completed_summary(summary: str, opening: str, first_paragraph: str = "") -> str:
    """The summary, run on to the end of its sentence where it is the report's opening paragraphs (`opening`, joined)
    cut in mid-sentence, also mid-word; else, where it stops on a comma or a word no sentence ends on, with an ellipsis; else as written.
    A summary that is the text's first paragraph whole (a standfirst with no stop, 'How the board saved the pier – and the
    town', kept over the story) is complete: never run on into the paragraph under it."""
    flat = " ".join(summary.split())
    text = " ".join(opening.split())
    if not flat or flat.rstrip(CLOSERS)[-1:] in (".", "!", "?", "…") or _whole_standfirst(flat, first_paragraph, text):
        return summary
    if not text.startswith(flat):
        text = without_dateline(text)  # the summary left the opening's dateline out
    if len(text) > len(flat) and text.startswith(flat):
        end = sentence_end(text, len(flat))
        while end < len(text) and text[end] in CLOSERS:
            end += 1
        return text[:end]
    last = flat.split()[-1]
    if flat[-1] in OPEN_MARKS or last.casefold() in OPEN_WORDS:
        return flat.rstrip(",;–—- ") + " …"  # a colon stays: what it leads to is not there
    return summary


FIELD_LABEL = re.compile(r"[a-z][\w ]{0,30}:\s")  # 'date published: 2024-03-29' under a standfirst: a page's field, no sentence going on
STANDFIRST_WORDS_MIN = 6  # fewer: a stamp, a label or a handle left over the text ('2 min read', 'Mobile menu'), no standfirst


def _whole_standfirst(flat: str, first_paragraph: str, opening: str) -> bool:
    """The summary is the text's first paragraph whole, a standfirst of some words that ends on none a sentence goes on
    from (not '… House of', '… what was done to it:'), and the paragraph under it opens a sentence of its own: one
    that opens in lower case or on a quotation mark goes on with a sentence cut in two ('Speaking at the harbour on
    Friday' over '“We will close the pier,” she said.'), no standfirst."""
    words = flat.split()
    under = opening[len(flat) :].lstrip() if opening.startswith(flat) else ""
    return (
        flat == " ".join(first_paragraph.split())
        and not ((under[:1].islower() and not FIELD_LABEL.match(under)) or under[:1] in QUOTE_OPEN)
        and len(words) >= STANDFIRST_WORDS_MIN
        and flat[-1] not in OPEN_MARKS + ":"
        and words[-1].casefold() not in OPEN_WORDS
    )


# the marks a site's description and its page may set the same quotation in: straight, curly or TeX-style
DOUBLE_MARKS = re.compile(r"``|''|[“”„‟″\"]")
SINGLE_MARKS = re.compile(r"[‘’‚‛′`']")


def _marks_folded(text: str) -> str:
    return " ".join(SINGLE_MARKS.sub("'", DOUBLE_MARKS.sub('"', text)).split())


# curly marks and primes, by kind: a paragraph standing for the summary must set each kind at least as often
TYPESET_MARK_KINDS = ("“”„‟", "‘’‚‛", "″", "′")


def _loses_typeset_marks(summary: str, paragraph: str) -> bool:
    """Whether the paragraph has fewer curly marks or primes of a kind than the summary: it would make some straight."""
    return any(sum(summary.count(mark) for mark in kind) > sum(paragraph.count(mark) for mark in kind) for kind in TYPESET_MARK_KINDS)


def summary_as_its_paragraph(summary: str, first_paragraph: str) -> str:
    """A site's description that is the story's first paragraph (its standfirst) in straight or TeX-style quotation marks,
    or in other spacing ('"The hard part is ahead," …' over '“The hard part is ahead,” …'): the paragraph's own words,
    so that the overview shows it once, as the lede, and its quotation is read once. A summary set with curly marks or
    primes is never made straight by a paragraph that lost them ('6″ wide' stays); any other summary as it is."""
    if not summary or not first_paragraph or summary == first_paragraph:
        return summary
    if " ".join(summary.split()) == " ".join(first_paragraph.split()):
        return first_paragraph
    if not _loses_typeset_marks(summary, first_paragraph) and _marks_folded(summary) == _marks_folded(first_paragraph):
        return first_paragraph
    return summary
