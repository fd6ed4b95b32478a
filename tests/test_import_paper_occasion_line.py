"""The occasion a paper or an address was given at, on the line under its byline ('Paper presented at the Velden Forum
“Rights 2020”, 4 May 2020', its place wrapped onto the line under it or not): an editors' note over the text, never the
first section's heading nor a sub-section of its place. A section later in the text that opens 'Paper …' stays one."""

from __future__ import annotations

from imported import built, headings

TOP = ["Velden policy in the Outer Islands: rights at stake", "By Lena Duro"]
BODY = [
    "The islands have seen many changes since the council was formed in 1990, and the council has tried to keep pace with them.",
    "Background",
    "After a decade of slow growth, there were twelve new members of the regional assembly, most of them small islands.",
]


def test_the_occasion_line_and_its_place_are_an_editors_note() -> None:
    occasion = ["Paper presented at the Velden Forum “Rights 2020: The Year in Review”, 4 May 2020", "Town Hall - Harbourton"]
    result, report = built("\n\n".join([*TOP, *occasion, *BODY]) + "\n")
    assert headings(report) == ["Background"]
    assert ":::{editorial}\nPaper presented at the Velden Forum" in result.markdown and "Town Hall - Harbourton\n:::" in result.markdown


def test_an_address_delivered_to_a_council_is_its_occasion() -> None:
    result, report = built("\n\n".join([*TOP, "Address delivered to the Coastal Council of Velden", *BODY]) + "\n")
    assert headings(report) == ["Background"] and ":::{editorial}\nAddress delivered" in result.markdown


def test_a_sentence_about_a_paper_under_the_text_stays_text() -> None:
    # near miss: the story has begun; a paper presented somewhere is what it tells
    line = "Paper presented at the forum last year showed that the islands had lost a third of their fishing grounds since 1990."
    result, _ = built("\n\n".join([*TOP, BODY[0], line, *BODY[1:]]) + "\n")
    assert f"\n{line}\n" in result.markdown


def test_an_opening_sentence_about_a_speech_stays_the_storys_first_paragraph() -> None:
    # near miss: the story opens on a speech given somewhere; the section's title under it stays a section
    line = "A lecture given at the old customs house in 1921 by the harbour master, Oskar Lind, changed how the islands fished."
    result, report = built("\n\n".join([*TOP, line, "The Fishing Wars", *BODY]) + "\n")
    assert headings(report) == ["The Fishing Wars", "Background"] and ":::{editorial}" not in result.markdown
    assert f"\n{line}\n" in result.markdown


def test_a_sections_title_under_the_occasion_line_is_no_place_of_it() -> None:
    result, report = built("\n\n".join([*TOP, "Address delivered to the Coastal Council of Velden", "The Island Years", *BODY]) + "\n")
    assert (
        headings(report) == ["The Island Years", "Background"]
        and ":::{editorial}\nAddress delivered to the Coastal Council of Velden\n:::" in result.markdown
    )
