"""A news item's pull line (a short sentence of the story's own words between two of its paragraphs, the paragraph under
it going on with the speaker above: '“…,” he pointed out.') is left out, never a section heading; an item's headline over
its dateline paragraph, or a subhead over a paragraph that names its own subject, stays a section."""

from __future__ import annotations

from dossier.importer import import_text

OPENING = [
    "BRANTOVA: Fishermen and traders have warned that if the port board does not reopen the old harbour gate, they "
    "would block the coast road next week.",
    "Speaking at a meeting in the fish market hall on Monday, Ivo Marsh, a trader who leads the campaign, said the gate "
    "had been closed without a word to the families who use it.",
]


def imported(*blocks: str) -> tuple[str, dict[str, list[str]]]:
    result = import_text("\n\n".join(["Traders tell port board to reopen harbour gate", *blocks]) + "\n", "story.txt")
    return result.markdown, result.dropped


def test_a_pull_line_over_a_quotation_credited_to_he_is_no_heading() -> None:
    markdown, dropped = imported(
        *OPENING,
        "Traders at fish market meeting threaten to block coast road",
        "“The gate belongs to the town and not to the board,” he pointed out.",
        "Nora Platt, a councillor, said the board would meet on Friday.",
    )
    assert "## " not in markdown and "threaten to block coast road" not in markdown
    assert dropped["pull line between paragraphs"] == ["Traders at fish market meeting threaten to block coast road"]


def test_other_verbs_and_a_paragraph_opening_on_the_pronoun() -> None:
    markdown, _ = imported(
        *OPENING,
        "Families of the fish market fear the gate will stay closed",
        "She added that the families had written to the board twice.",
    )
    assert "## " not in markdown
    markdown, _ = imported(*OPENING, "The campaign will take the gate to the courts", "He said the board had not answered the campaign.")
    assert "## " not in markdown


def test_an_items_headline_over_its_dateline_paragraph_stays() -> None:
    markdown, _ = imported(
        *OPENING,
        "College signs research pact with overseas partner",
        "VELMOR: A delegation from an overseas college visited the city college on Tuesday and signed an agreement.",
    )
    assert "## College signs research pact with overseas partner" in markdown


def test_a_subhead_over_a_paragraph_naming_its_subject_stays() -> None:
    markdown, _ = imported(
        *OPENING,
        "What the traders want from the board",
        "Ivo Marsh said the traders want the gate open before the summer season begins.",
        "Nora Platt, a councillor, said the board would meet on Friday.",
    )
    assert "## What the traders want from the board" in markdown


def test_a_line_of_words_the_story_has_not_given_is_kept() -> None:
    markdown, _ = imported(
        *OPENING,
        "Second thoughts in the capital about new ferry routes",
        "“We cannot promise anything before the spring,” he said.",
    )
    assert "Second thoughts in the capital about new ferry routes" in markdown
