"""A 25 KB line of spaces (a PDF's or a page's padding) is read in steps that grow with its length, not its square: the
headline with the byline run onto it ('<title> Written by : Jane Roe') and a contents entry set with a dot leader. The
steps are counted, not timed. Passages of our own."""

from __future__ import annotations

import re

import dossier.bylines as bylines
from dossier.bylines import title_written_by
from dossier.pdftext import contents_entry_title

PADDING = " " * 25_000


class CountedLine(str):
    """A line that counts the characters read from it one by one."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[override]
        CountedLine.reads += 1
        return str.__getitem__(self, key)


class SlicedLine(str):
    """A line that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        part = str.__getitem__(self, key)
        SlicedLine.copied += len(part)
        return part


class CountedPattern:
    """A compiled pattern that counts the characters its matches are tried on."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.tried = pattern, 0

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.tried += len(text) - pos
        return self.pattern.fullmatch(text, pos)

    def finditer(self, text: str):
        self.tried += len(text)
        return self.pattern.finditer(text)


def test_a_headline_with_its_byline_run_on_is_read_as_before():
    assert title_written_by("Harbour pier closes  Written by : Jane Roe") == ("Harbour pier closes", "Jane Roe")
    assert title_written_by("Harbour pier closes posted by Jane Roe and Tom Hale") == ("Harbour pier closes", "Jane Roe and Tom Hale")
    assert title_written_by("Pier written by") is None and title_written_by("Pier closes as written") is None  # near misses


def test_a_line_of_spaces_is_read_once_for_a_byline_run_onto_a_headline(monkeypatch):
    for line in (f"Harbour{PADDING}pier", f"Harbour pier written by{PADDING}", f"Harbour{PADDING}written by{PADDING}x"):
        names = CountedPattern(bylines.WRITTEN_BY_NAMES)
        cue = CountedPattern(bylines.WRITTEN_BY_CUE)
        monkeypatch.setattr(bylines, "WRITTEN_BY_NAMES", names)
        monkeypatch.setattr(bylines, "WRITTEN_BY_CUE", cue)
        title_written_by(line)
        assert names.tried + cue.tried <= 2 * len(line)


def test_a_line_of_many_cues_is_read_once_for_a_byline_run_onto_a_headline():
    """A cue every few words ('written by written by …', names after none but the last): no slice of the line per cue."""
    for line in ("Harbour pier " + "written by " * 4_000, "Harbour pier " + "posted by x " * 3_000 + "\nJane Roe"):
        SlicedLine.copied = 0
        title_written_by(SlicedLine(line))
        assert SlicedLine.copied <= 2 * len(line)


def test_a_contents_entry_is_read_as_before():
    assert contents_entry_title("Chapter 1: Harbour ports ......5") == "Chapter 1: Harbour ports"
    assert contents_entry_title("2. Ferries . . . . . . . xi") == "2. Ferries"
    assert contents_entry_title("Chapter 1: Harbour ports .....5") is None  # five dots: no leader
    assert contents_entry_title("The ferries left at 5") is None and contents_entry_title(" Ports ......5") is None


def test_a_line_of_spaces_is_read_once_for_a_contents_entry():
    for text in (f"Harbour{PADDING}5", f"Harbour{PADDING}.", f"Harbour{PADDING}......{PADDING}12", "." * 25_000 + "x"):
        CountedLine.reads = 0
        contents_entry_title(CountedLine(text))
        assert CountedLine.reads <= 3 * len(text)
