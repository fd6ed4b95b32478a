"""A report's sentences with the registry names each one holds, looked up once for the whole report.

The relation reader reads a report sentence by sentence and asks the registry which of its names each sentence holds.
Asked of each sentence alone, the registry folds the sentence, scans it and looks for the forms added while the report
was read (each of those a scan of the sentence); asked once of the report, it does each of those once, and each
sentence takes its share. The share is
what the sentence alone would give wherever the sentence is set off from the rest of the paragraph by spaces (a
registry form starts after a non-word character and ends before one, so a space or the text's edge is the same to it)
and no form found in the paragraph runs across the sentence's edge; elsewhere (a long run cut inside a word, "U.S.
Army" across a full stop) the sentence is looked up alone (`forms` is None). Plain data: no Pelican, no registry kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .text import fold


@dataclass(slots=True)
class SentenceForms:
    """One sentence of a paragraph: its text, where it starts in the paragraph, and the (start, end, form) of each
    registry form in it, offsets in the sentence (None: look the sentence up on its own)."""

    text: str
    start: int
    forms: list[tuple[int, int, str]] | None


class FormFinder(Protocol):
    """What this module asks of the registry (`Registry.form_spans`)."""

    def form_spans(self, folded: str) -> list[tuple[int, int, str]]: ...


def sentence_forms(paragraph: str, sentences: list[tuple[int, str]], registry: FormFinder) -> list[SentenceForms]:
    """Each of the paragraph's sentences ((start, text) in order, each a slice of the paragraph) with its forms."""
    if not sentences:
        return []
    spans = registry.form_spans(fold(paragraph))
    count, size = len(spans), len(paragraph)
    result: list[SentenceForms] = []
    index = 0  # the first span that may fall in the sentence (spans and sentences are in order)
    for start, sentence in sentences:
        end = start + len(sentence)
        alone = (start > 0 and not paragraph[start - 1].isspace()) or (end < size and not paragraph[end].isspace())
        while index < count and spans[index][1] <= start:
            index += 1
        forms: list[tuple[int, int, str]] = []
        if index < count and not alone:
            if spans[index][0] < start:
                alone = True  # a form found across the sentence's start
            else:
                at = index
                while at < count and spans[at][0] < end:
                    form_start, form_end, form = spans[at]
                    if form_end > end:
                        alone = True  # a form found across the sentence's end
                        break
                    forms.append((form_start - start, form_end - start, form))
                    at += 1
        result.append(SentenceForms(sentence, start, None if alone else forms))
    return result


def report_sentence_forms(paragraphs: list[str], sentences: list[list[tuple[int, str]]], registry: FormFinder) -> list[list[SentenceForms]]:
    """sentence_forms of each paragraph (its sentences as (start, text)), the registry asked once for the whole report:
    the paragraphs are looked up as one text, joined by newlines (a space to a name's edges, and in no name)."""
    joined = "\n".join(paragraphs)
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 1
    every = [(start + offset, text) for start, paragraph_sentences in zip(starts, sentences, strict=True) for offset, text in paragraph_sentences]
    found = iter(sentence_forms(joined, every, registry))
    result = []
    for start, paragraph_sentences in zip(starts, sentences, strict=True):
        mine = [next(found) for _ in paragraph_sentences]
        for sentence in mine:
            sentence.start -= start
        result.append(mine)
    return result
