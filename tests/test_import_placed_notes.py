"""A note a web page sets mid-text under the paragraph that cites it ('[1] Source: Harbour Herald, …'), the text going
on under it, is that note's definition (a figure caption a scrape glued to its end kept as the figure); a '[2]' line
whose marker no paragraph above cites, or a note the list at the end defines, is not read so."""

from __future__ import annotations

from dossier.importer import import_text

OPENING = "Families in Harbourtown have been reading less at home, and the town library asked why."
CITING = "Few complaints about the closures led to any change[1]. Parents gave up after months of waiting."
GOES_ON = "Most parents we met said they had no time in the evening."


def imported(*blocks: str) -> tuple[str, list[str]]:
    result = import_text("\n\n".join(["Reading at home in Harbourtown", "By Ines Varga", "4 May 2022", *blocks]) + "\n", "blog.txt")
    return result.markdown, [p.message for p in result.problems]


def test_the_note_under_its_paragraph_is_its_definition() -> None:
    markdown, problems = imported(OPENING, CITING + "\n[1] Source: Harbour Herald: parents and the library board", GOES_ON)
    assert "[^1]: Source: Harbour Herald: parents and the library board" in markdown
    assert not any("never defined" in problem for problem in problems) and "{figure}" not in markdown
    assert markdown.index(GOES_ON) < markdown.index("[^1]:")


def test_its_own_unit_and_a_glued_figure_caption() -> None:
    markdown, problems = imported(
        OPENING, CITING, "[1] See the board's minutes of 3 March 2021Figure 2: Three loops that keep families from reading", GOES_ON
    )
    assert "[^1]: See the board's minutes of 3 March 2021\n" in markdown or markdown.rstrip().endswith(
        "[^1]: See the board's minutes of 3 March 2021"
    )
    assert "Figure 2: Three loops that keep families from reading" in markdown and "{figure}" in markdown
    assert not any("never defined" in problem for problem in problems)


def test_a_numbered_line_no_paragraph_above_cites_is_not_a_note() -> None:
    markdown, _ = imported(OPENING, "Parents gave up after months of waiting.", "[2] Source: Harbour Herald", GOES_ON)
    assert "[^2]:" not in markdown


def test_a_note_the_list_at_the_end_defines_is_left_to_it() -> None:
    markdown, _ = imported(
        OPENING, CITING + "\n[1] Source: Harbour Herald", GOES_ON, "Notes", "[1] Harbour Herald, 'Parents and the library board', 2021."
    )
    assert "[^1]: Harbour Herald, 'Parents and the library board', 2021." in markdown
