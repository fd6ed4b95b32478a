"""Numbered headings in a PDF's text: sections numbered '1.', '2.' …, their sub-sections '1 –', '2 –' …, a heading the
column broke over lines, one that fills the column over its first paragraph. Passages of our own, each with a near miss."""

from __future__ import annotations

import textwrap

from imported import built, headings

WIDTH = 52  # the printed column


def column(text: str) -> str:
    return "\n".join(textwrap.wrap(text, WIDTH))


SUBJECTS = {
    "the first question": "Fishing fleets",
    "the roster": "Harbour masters",
    "the night shifts": "Night crews",
    "the tugs": "Tug owners",
    "the training": "Cadet pilots",
    "safety": "Insurers",
    "the conclusions": "Port councils",
}


def prose(topic: str) -> str:
    """A paragraph of its own for each topic (lines that came back on every page would be a running head)."""
    return column(
        f"{SUBJECTS[topic]} in the three northern ports have spoken about {topic} for years, and the harbour masters "
        f"meet each month to settle what {topic} asks of them. Each port keeps its own tug and crew for {topic}, and the "
        f"ferry companies pay a share of the cost of {topic} through their mooring fees, as agreed in the trial."
    )


def report(sections: str) -> str:
    return "Harbour Pilots and the Tidal Grid\n\n14 March 2023\n\n" + sections


NUMBERED = report(
    "1. Why the ports share their pilots\n"
    + prose("the first question")
    + "\n\n2. How the roster works\n"
    + prose("the roster")
    + "\n1 – Rosters and night shifts agreed across ports\n"  # fills the column: its paragraph below is not its own
    + prose("the night shifts")
    + "\n2 – Tugs\n"
    + prose("the tugs")
    + "\n3 – Training\n"
    + prose("the training")
    + "\n\n3. Is sharing pilots making the\nnorthern ports any safer?\n"  # broken by the column
    + prose("safety")
    + "\n\n4. Conclusions\n"
    + prose("the conclusions")
    + "\n"
)


def test_numbered_sections_and_sub_sections_of_a_pdf_are_headings_at_their_levels():
    result, report_read = built(NUMBERED)
    assert headings(report_read) == [
        "1. Why the ports share their pilots",
        "2. How the roster works",
        "3. Is sharing pilots making the northern ports any safer?",
        "4. Conclusions",
        "1 – Rosters and night shifts agreed across ports",
        "2 – Tugs",
        "3 – Training",
    ]
    assert "### 1 – Rosters and night shifts agreed across ports\n\nNight crews" in result.markdown


def test_numbered_sentences_of_a_pdf_stay_paragraphs():
    """Near miss: numbered paragraphs that end their sentences are no headings, wrapped over lines or not."""
    text = report(
        "1. The board met twice in May and agreed on\nthe new roster for the night shifts.\n"
        + prose("the first question")
        + "\n\n2. The chair resigned in June.\n"
        + prose("the roster")
        + "\n\n3. The port reopened in July after the\nrepairs to the northern quay.\n"
        + prose("safety")
        + "\n"
    )
    _, report_read = built(text)
    assert headings(report_read) == []
