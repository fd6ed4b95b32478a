"""Paragraphs a content extractor ran together: goose-style extractors (and some feeds and CMS exports) join a page's
paragraphs with no space, so a quotation's closing mark touches the next paragraph's opening mark or first word
('… the crates.""When we land …', '… sell online."In 2016, …') and a sentence's full stop touches the quotation
opening the next ('… surnamed Brel."They want …'). A writer never sets a closing mark so; one such slip is a typo, two or
more in a text are the extractor's joins, each parted into two paragraphs. A quotation touching its own cue ('… any
longer.”Ivo Renk, the yard's manager, said …') is a writer's slip however often it comes: the words after the mark say
who spoke, and are never parted from it."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .attribution.names import CUE_WORD
from .importunits import Unit
from .quotes import quote_spans

JOINS_MIN = 2  # one join is a writer's slip, not the extractor's way
SENTENCE_MARKS = ".?!…"
OPENING_MARKS = '"“'
# the quotation's speaker right after its closing mark, a name with its apposition and the verb: "Ivo Renk, the yard's
# manager, said", "Ana Brel told", "She said"
CUE_AFTER = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:,[^,.!?\"“”]{1,80},)?\s+(?:" + CUE_WORD.pattern + ")")


def _cue_follows(line: str, at: int) -> bool:
    """The words after a closing mark name who spoke ('Ivo Renk, the yard's manager, said at …'): the quotation's own cue."""
    return CUE_AFTER.match(line, at) is not None


def joins_in(line: str) -> list[int]:
    """Where the line's paragraphs were run together: after a quotation closed on a sentence's mark that touches an
    opening mark or a capital, and before a quotation opening right on a sentence's full stop."""
    if '"' not in line and "“" not in line:
        return []
    cuts: set[int] = set()
    for span in quote_spans(line):
        if not span.closed or span.inner_end <= span.inner_start:
            continue
        after = line[span.end : span.end + 1]
        if (
            line[span.inner_end - 1] in SENTENCE_MARKS
            and after
            and (after in OPENING_MARKS or (after.isupper() and not _cue_follows(line, span.end)))
        ):
            cuts.add(span.end)  # '… boat.""When', '… online."In 2016'
        opened_on = line[span.start - 2 : span.start]
        if len(opened_on) == 2 and opened_on[0].isalpha() and opened_on[1] in SENTENCE_MARKS and not line[span.inner_start].isspace():
            cuts.add(span.start)  # '… surnamed Brel."They'
    return sorted(cuts)


def part_run_together_paragraphs(body: list[Unit], inferred: list[str]) -> None:
    """Each paragraph holding joins of paragraphs an extractor ran together parted into the paragraphs it joins (on the
    line it starts on), where the text holds two such joins or more."""
    cuts = [joins_in(unit.text) if unit.kind == "paragraph" else [] for unit in body]
    joins = sum(len(each) for each in cuts)
    if joins < JOINS_MIN:
        return
    parted: list[Unit] = []
    for unit, at in zip(body, cuts, strict=True):
        if not at:
            parted.append(unit)
            continue
        bounds = [0, *at, len(unit.text)]
        parted += [replace(unit, text=unit.text[start:end].strip(), data=dict(unit.data)) for start, end in itertools.pairwise(bounds)]
    body[:] = parted
    inferred.append(f"{joins} joins of paragraphs run together with no space at a quotation's mark (a content extractor's) parted")
