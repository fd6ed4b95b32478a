"""A research report's PDF text: its cover (the title over two lines, which the pages' running foot prints whole, and
the line naming who made it, 'X in collaboration with Y') and a section heading set right over its first sub-heading.
Passages of our own, each with a near miss."""

from __future__ import annotations

from dossier.importer import import_text

FOOT = "THE 2030 STATE OF FERRY ROUTES IN THE SOUTH"
COVER = "The 2030 State of Ferry\nRoutes in the South\n\nWhy islands are all-in on electric boats\n\nMay 2030\n\nFerry Research Trust in collaboration with IsleNet\n"


def _page(number: int, top: str, quay: str) -> str:
    return (
        f"{top}\n"
        f"Ledgers of the {quay} quay show that its fares rose in {2025 + number} while the number of crossings to the\n"
        f"{quay} islands fell for the {number + 1}th year in a row, as the trust's auditors found in their review of\n"
        f"the {quay} routes.\n\n"
        f"The trust says the {quay} boats will be replaced before the winter of {2030 + number}, once the islands\n"
        f"along the {quay} sound agree on who pays for them and how the fares will be shared among them this\n"
        f"time.\n\n{FOOT} {number}\n"
    )


def _report(first_top: str, cover: str = COVER, second_top: str = "Fares and subsidies\n") -> str:
    pages = [
        _page(1, first_top, "north"),
        _page(2, second_top, "south"),
        _page(3, "Who pays for the boats\n", "east"),
        _page(4, "Timetables\n", "west"),
    ]
    return cover + "\f" + "\f".join(pages)


def sections(result) -> str:
    return next(line for line in result.summary if "sections:" in line)


def test_the_covers_title_over_two_lines_is_the_title_not_the_running_foot():
    result = import_text(_report("Crossings counted\n"), "ferries.txt")
    assert 'title = "The 2030 State of Ferry Routes in the South"' in result.markdown
    assert "Routes in the South" not in sections(result)


def test_the_covers_publisher_line_is_no_section():
    result = import_text(_report("Crossings counted\n"), "ferries.txt")
    assert "in collaboration with" not in sections(result)
    assert result.dropped.get("cover's publisher line") == ["Ferry Research Trust in collaboration with IsleNet"]


def test_a_sentence_naming_a_collaboration_is_text():
    """Near miss: a sentence of the text naming a collaboration ends on its stop and stays."""
    result = import_text(
        _report("Crossings counted\n\nThe count was made by the trust in collaboration with IsleNet and two island councils.\n"),
        "ferries.txt",
    )
    assert "The count was made by the trust in collaboration with IsleNet" in result.markdown


def test_a_heading_over_its_first_sub_heading_is_a_heading():
    """Past the cover, under a page's prose: the line over the sub-heading heads a section holding that one only, the
    next heading over prose is a section again."""
    result = import_text(_report("Crossings counted\n", second_top="Survey and interview findings\n\nFares and subsidies by island\n"), "ferries.txt")
    assert sections(result) == (
        "sections: 4 top-level, 1 sub-sections: Crossings counted; Survey and interview findings;   Fares and subsidies by island; "
        "Who pays for the boats; Timetables"
    )
    assert any("read as a heading over it" in line for line in result.inferred)


def test_the_covers_deck_is_no_section_over_the_report():
    """Near miss: the cover's deck over the first page's heading is the summary, every section stays top-level."""
    result = import_text(_report("Crossings counted\n"), "ferries.txt")
    assert sections(result) == "sections: 4 top-level, 0 sub-sections: Crossings counted; Fares and subsidies; Who pays for the boats; Timetables"
    assert 'summary = "Why islands are all-in on electric boats"' in result.markdown


def test_a_heading_over_a_sub_heading_at_the_first_page_top_is_unchanged():
    """Near miss: the first body unit, under the cover's lines and no prose, is no stacked section."""
    result = import_text(_report("Survey and interview findings\n\nCrossings counted by island\n"), "ferries.txt")
    assert not any("read as a heading over it" in line for line in result.inferred)
    assert "Survey and interview findings;   " not in sections(result)


def test_a_sentence_over_a_heading_stays_a_paragraph():
    """Near miss: a one-line sentence longer than the heading under it is the text's, no section."""
    result = import_text(
        _report("Crossings counted\n", second_top="The ferry line's own tally of the crossings differed from ours\n\nFares and subsidies\n"),
        "ferries.txt",
    )
    assert not any("read as a heading over it" in line for line in result.inferred)
    assert "The ferry line's own tally of the crossings differed from ours" in result.markdown.split("+++")[2]


def test_a_short_line_over_a_heading_in_a_plain_text_is_unchanged():
    """Near miss: outside a PDF's text (no pages) the rule does not apply."""
    text = _report("Crossings counted\n", second_top="Survey and interview findings\n\nFares and subsidies by island\n").replace("\f", "\n\n")
    result = import_text(text, "ferries.txt")
    assert not any("read as a heading over it" in line for line in result.inferred)


def test_a_heading_naming_a_partnership_past_the_cover_is_a_section():
    """Near miss: 'Working in Partnership with Island Councils' over the text's prose is a section, no publisher line."""
    for heading in ("Working in Partnership with Island Councils", "Research in collaboration with Sound University"):
        result = import_text(_report("Crossings counted\n", second_top=f"{heading}\n"), "ferries.txt")
        assert sections(result) == f"sections: 4 top-level, 0 sub-sections: Crossings counted; {heading}; Who pays for the boats; Timetables", heading
        assert "cover's publisher line" not in result.dropped or heading not in result.dropped["cover's publisher line"], heading
