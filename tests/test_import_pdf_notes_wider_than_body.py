"""A PDF's text whose notes, set across the page, run longer than its body's narrow column and fill much of it: the
whole text says no one width, so the body's column is measured on the lines over its notes' heading. Its paragraphs
are then read whole (no paragraph broken mid-sentence) and each note apart."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text
from dossier.pdftext import read_layout

NOUNS = ["trust", "borough", "boatmen", "ferries", "basin", "survey", "contract", "levy", "slipway", "quay", "dredger", "lock"]
VERBS = ["agreed", "asked", "found", "warned", "wrote", "argued", "decided", "promised", "expected", "reported", "noted"]
HEADINGS = ["BACKGROUND", "THE SURVEY", "THE CONTRACTS", "WHAT COMES NEXT"]


def sentence(n: int) -> str:
    a, b, c = NOUNS[n % 12], NOUNS[(n * 5 + 3) % 12], NOUNS[(n * 7 + 1) % 12]
    return f"The {a} {VERBS[n % 11]} that the {b} and the {c} would need {n + 3} more weeks of work before the quay could open."


def brief(note_citations: int, with_notes_heading: bool = True) -> str:
    lines = ["Dredging the Quay Basin", "", "Quay Trust Brief No. 4", ""]
    key = 1
    for heading in HEADINGS:
        lines.append(heading)
        for _ in range(3):
            first, rest = sentence(key * 4), " ".join(sentence(key * 4 + i) for i in range(1, 4))
            lines += textwrap.wrap(f"{first}{key} {rest}", 50)
            key += 1
    lines += ["Notes" if with_notes_heading else "", ""]
    for number in range(1, key):
        cites = " ".join(f"Quay Trust, minutes of its meeting on the slipway, page {number * 10 + i}." for i in range(note_citations))
        lines += textwrap.wrap(f"{number} {cites}", 105)
    return "\n".join(lines) + "\n"


def read(text: str) -> tuple[list[str], int]:
    body = import_text(text, "brief.txt").markdown.split("+++")[2]
    paragraphs = [p for p in body.split("\n\n") if p.strip() and not p.startswith(("#", "[^"))]
    return paragraphs, sum(1 for line in body.split("\n") if line.startswith("[^"))


def test_the_body_column_is_measured_over_the_notes() -> None:
    text = brief(4)
    assert read_layout(text.split("\n")).width in range(45, 51)
    paragraphs, notes = read(text)
    assert all(p.rstrip().endswith(".") for p in paragraphs)  # none broken mid-sentence
    assert paragraphs == read(brief(1))[0]  # the body read as where the notes are as narrow
    assert notes == 12


def test_notes_as_wide_as_the_body_leave_the_width_as_it_was() -> None:
    # near miss: one citation a note, a line or two each: the whole text gives the body's column already
    text = brief(1)
    assert read_layout(text.split("\n")).width in range(45, 51)
    paragraphs, notes = read(text)
    assert all(p.rstrip().endswith(".") for p in paragraphs) and notes == 12


def test_no_notes_heading_no_body_column() -> None:
    # near miss: where no heading says where the notes start, no width is guessed
    assert read_layout(brief(4, with_notes_heading=False).split("\n")).width == 0
