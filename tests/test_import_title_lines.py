"""Titles at the top of an export: a headline set over two lines after its colon, a letter-spaced web address under a PDF
report's title, a cover title whose lines the PDF text gives twice. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

BODY = (
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}. {PROSE}.\n\n"
    "Risks ahead\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}. {PROSE}.\n"
)


def test_a_headline_over_two_lines_after_its_colon_is_one_title():
    result, report = built("Ferry levies 2024:\n\nthe never-ending quarrel\n\nWhy the harbour towns cannot agree on who pays\n\n" + BODY)
    assert report.title == "Ferry levies 2024: the never-ending quarrel"
    assert "never-ending quarrel\n" not in result.markdown.split("+++")[2]


def test_a_headline_ending_on_a_colon_over_a_sentence_stays_alone():
    """Near miss: a line in lower case with a stop under the headline is a sentence of its own, not the headline's rest."""
    _, report = built("Ferry levies 2024:\n\nthe towns are not agreed on who pays for the new quays.\n\n" + BODY)
    assert report.title == "Ferry levies 2024:"


def test_a_letter_spaced_web_address_is_no_title():
    result, report = built("NORTH SEA TEN YEARS ON\n\nn o r d w a t c h . o r g\n\n" + BODY)
    assert report.title == "NORTH SEA TEN YEARS ON"
    assert result.dropped.get("letter-spaced web address") == ["n o r d w a t c h . o r g"]


def test_a_title_whose_lines_the_pdf_gives_twice_is_read_once():
    for doubled, title in (
        ("NORTH SEA NORTH SEA TEN YEARS ON TEN YEARS ON", "NORTH SEA TEN YEARS ON"),
        ("Bye Bye Birdie", "Bye Bye Birdie"),  # near miss: a word said twice is no doubled line
        ("New New York Harbour Plans", "New New York Harbour Plans"),
    ):
        _, report = built(doubled + "\n\n" + BODY)
        assert report.title == title, doubled
        assert headings(report) == ["Risks ahead"]
