"""A Markdown clip whose subheads lost their '#' (a short line with no stop between paragraphs): they are its sections
only where it has several and each looks like a subhead (fewer than ten words, no final stop, opening on a capital);
a lone such line, or lines one of which is no subhead, stay the text's paragraphs."""

from __future__ import annotations

from dossier.importer import import_text

FIRST = "The quay trust voted on Tuesday to fund the dredging of the basin, ending a dispute with the boatmen that had run for two years."
SECOND = "The works will cost about four million, the trust's treasurer said, and the borough will meet half of it."
THIRD = "Tenders will be invited in the spring, and the work should start before the summer holidays begin."


def body(*units: str) -> str:
    return import_text("# Trust backs dredging plan\n\n" + "\n\n".join(units) + "\n", "clip.md").markdown.split("+++")[2]


def test_several_plain_line_subheads_are_sections() -> None:
    markdown = body(FIRST, "The cost of the works", SECOND, "What comes next", THIRD)
    assert "## The cost of the works" in markdown and "## What comes next" in markdown


def test_a_lone_plain_line_is_no_section() -> None:
    markdown = body(FIRST, "The cost of the works", SECOND, THIRD)
    assert "#" not in markdown and "\n\nThe cost of the works\n\n" in markdown


def test_plain_lines_one_of_them_no_subhead_are_no_sections() -> None:
    markdown = body(FIRST, "The cost of the works", SECOND, "what the boatmen and the ferry owners and the borough want", THIRD)
    assert "## The cost of the works" not in markdown


def test_marked_subheads_stay_sections() -> None:
    # near miss: a clip that marks its one subhead with '#'
    markdown = body(FIRST, "## The cost of the works", SECOND, THIRD)
    assert "## The cost of the works" in markdown
