"""A think tank's paper copied from its page: the text, its notes list, then the site's headings after it (the author's
box, 'Related articles', 'Keep reading', the site map). The author's box is the author's note; the rest is the site's,
never a section or a note's words. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

PAPER = """Harbour Dues and the Future of Coastal Shipping

Ines Varga

March 4, 2025

Introduction

The ports of the northern coast have raised their dues three times since 2019, and the lines have moved freight south.[1] This paper asks what that shift costs the towns that depend on the trade.

The Cost of the Levy

A ferry operator pays about 40 percent more to berth at Vells than it did five years ago.[2] The board says the money is needed for the breakwater.[3]

Notes

1. Vells Harbour Board, Annual Report 2024, p. 12.

2. Coastal Freight Association, "Berthing Costs Survey," 2024.

3. Interview with the harbour master, January 2025.
"""


def notes_of(report) -> dict[str, str]:
    return {key: note.text for key, note in report.notes.items() if note.defined}


def test_the_author_s_box_after_the_notes_is_the_author_s_note():
    result, report = built(
        PAPER + "\nAbout the author\n\nInes Varga is a senior fellow at the Orm Institute, where she studies maritime trade.\n"
        "\nRelated articles\n\nThe Breakwater Question\n\nWho Pays for the Quays?\n"
    )
    assert notes_of(report)["3"] == "Interview with the harbour master, January 2025."
    assert headings(report) == ["Introduction", "The Cost of the Levy"]
    assert [(a.name, a.role) for a in report.authors] == [("Ines Varga", "senior fellow at the Orm Institute, where she studies maritime trade")]
    assert "About the author" in result.dropped["the author's box heading after the notes"]


def test_the_site_s_headings_after_the_notes_end_them_with_what_follows():
    """'Keep reading' with a teaser's sentence under it, 'Related research', the site map: the site's, whatever they hold."""
    for footer in (
        "\nKeep reading\n\nShipping Lanes in a Warming Sea\n\nThe northern route opens earlier every year, our fellows find.\n\nSite map\n\nAbout us\n\nCareers\n",
        "\nRelated research:\n\nFerries and the Island Economy\n\nMore from the Orm Institute\n\nEvents\n",
    ):
        result, report = built(PAPER + footer)
        assert notes_of(report)["3"] == "Interview with the harbour master, January 2025.", footer
        assert headings(report) == ["Introduction", "The Cost of the Levy"], footer
        body = result.markdown.split("+++")[2]
        assert "Warming Sea" not in body and "Island Economy" not in body and "Careers" not in body


def test_near_miss_a_note_s_own_second_line_stays_with_it():
    """A note's second paragraph, and a cited work's title on a line of its own, are the note's; a heading in capitals that
    names no site item ('ANNEX') still ends the notes as before."""
    _, report = built(PAPER + "\nSee also the board's minutes of 4 May 2024.\n")
    assert notes_of(report)["3"].endswith("See also the board's minutes of 4 May 2024.")
    _, report = built(PAPER + "\nCoastal Trade Review\n")
    assert notes_of(report)["3"].endswith("Coastal Trade Review")


def test_near_miss_a_part_of_the_report_after_its_notes_goes_on():
    """'About the project' over its paragraph after the notes is the report's (a heading in capitals too), never the site's."""
    result, report = built(PAPER + "\nABOUT THE PROJECT\n\nThe Coastal Trade project studies the ports of the north and their towns since 2019.\n")
    assert "The Coastal Trade project studies the ports" in result.markdown.split("+++")[2]
    assert notes_of(report)["3"] == "Interview with the harbour master, January 2025."
