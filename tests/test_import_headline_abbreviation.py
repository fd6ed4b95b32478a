"""A headline whose last word is an abbreviation ('… Ties With U.S.', '… Buys Gizmo Inc.'): its stop is the abbreviation's,
so the line is the headline, at the top of a copied story and under a select-all copy's menus; a sentence under the
headline that ends so stays the standfirst."""

from __future__ import annotations

from dossier.importer import import_text


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n\n".join(lines) + "\n", "copied-story.txt")
    return result.markdown, " ".join(result.summary)


STORY = [
    "“The port will not be sold,” harbour master Ines Marlow told the board.",
    "The board meets again next week to vote on the lease.",
]


def test_a_title_case_headline_ending_in_an_initialism_is_the_title() -> None:
    markdown, summary = imported(["Harbour Board Weighs Its Ties With U.K.", "Published March 4, 2021", *STORY])
    assert 'title = "Harbour Board Weighs Its Ties With U.K."' in markdown
    assert "date = 2021-03-04" in markdown
    assert "from the file name" not in summary


def test_a_company_suffix_closing_the_headline() -> None:
    markdown, _ = imported(["Widgetco Agrees To Buy Rival Gizmo Inc.", "By Tomas Brandvold", "March 4, 2021", *STORY])
    assert 'title = "Widgetco Agrees To Buy Rival Gizmo Inc."' in markdown
    assert 'name = "Tomas Brandvold"' in markdown


def test_a_sentence_case_headline_on_the_first_line() -> None:
    markdown, _ = imported(["Harbour board weighs its ties with the U.S.", "March 4, 2021", *STORY])
    assert 'title = "Harbour board weighs its ties with the U.S."' in markdown


def test_a_sentence_under_the_headline_ending_in_an_initialism_stays_the_standfirst() -> None:
    markdown, _ = imported(
        ["Harbour Board Weighs Its Ties", "The board is weighing a lease that would tie the port to the U.S.", "March 4, 2021", *STORY]
    )
    assert 'title = "Harbour Board Weighs Its Ties"' in markdown
    assert 'summary = "The board is weighing a lease that would tie the port to the U.S."' in markdown


def test_a_headline_with_a_sentence_inside_keeps_its_stop() -> None:
    markdown, _ = imported(["Harbour Talks Stall", "Ines Marlow said the talks had stalled. She blamed the U.S.", "March 4, 2021", *STORY])
    assert 'title = "Harbour Talks Stall"' in markdown


MENU = ["Skip to main content", "Example News Network", "Register", "Login", "Search Site", "Home", "Video", "Politics", "World"]
MENU += [f"Programme {n}" for n in range(1, 22)] + ["Politics Home", "Senate", "House", "Courts", "Elections", "Executive Branch"]


def test_under_a_select_all_copys_menus_the_headline_ending_in_an_initialism() -> None:
    lines = [*MENU, "Harbour Deal Stirs Questions About Its Ties With U.S.", "Published August 14, 2010", "| ExampleNews.com"]
    lines += ["Print", "Email", "Share", "The harbour authority's plan is raising questions about the two provinces' partnership.", *STORY]
    markdown, summary = imported(lines)
    assert 'title = "Harbour Deal Stirs Questions About Its Ties With U.S."' in markdown
    assert "[[authors]]" not in markdown  # no menu item ('Executive Branch') as the byline
    for menu_line in ("Skip to main content", "Elections", "Executive Branch", "ExampleNews.com"):
        assert menu_line not in markdown
    assert 'summary = "The harbour authority' in markdown
    assert "sections: 0 top-level" in summary
