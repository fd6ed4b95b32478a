"""A text with no heading whose first paragraph is a headline set as a standfirst (title case, a sentence or two, its
stop, no closing quotation) is titled by it; a lede in sentence case or a quotation's words keep the file's name as the
title (a headline closed by a quotation is read by the header rules, as before). Passages of our own."""

from __future__ import annotations

from imported import built

STORY = (
    "The harbour council voted on Tuesday to close the old ferry pier, ending a century of crossings from the east bank. "
    "The vote was close, and the mayor said the town would miss the boats that carried her grandparents to market.\n\n"
    "Seven members voted for the closure and six against it, after a debate that ran late into the night and drew a crowd "
    "of ferry workers to the hall.\n"
)


def test_a_headline_set_as_the_opening_standfirst_titles_the_text():
    for opening in (
        "Harbour Council Votes to Close the Old Ferry Pier After a Century of Crossings.",
        "Four Months of Talks, No Deal. The Weekly Digest, 4 March edition.",
    ):
        result, report = built(opening + "\n\n" + STORY)
        assert report.title == opening, opening
        assert not any(p.message.startswith("no title found") and "file name" in p.message for p in result.problems)


def test_a_lede_or_a_quotation_keeps_the_file_name():
    """Near misses: a lede in sentence case, three sentences, a long headline."""
    for opening in (
        "Harbour council votes to close the old ferry pier after a century of crossings.",
        "Pier Closes. Ferries Stop. Town Mourns.",
        "Harbour Council Votes to Close the Old Ferry Pier After a Century of Crossings From the East Bank of the Wide "
        "River That Runs Past the Town.",
    ):
        _, report = built(opening + "\n\n" + STORY)
        assert report.title == "Export", opening


def test_a_speechs_greeting_to_the_chair_is_no_title():
    """A speech that opens by greeting the chair ('Thank You, Madam Speaker.'): the greeting is the speech's first
    words, no title, and it stays in the text."""
    speech = (
        "I rise tonight to speak about the ferry pier at Northbay and the boats that the council has promised for a decade.\n\n"
        "The people of the east bank deserve better than another promise, and I will say so as often as it takes.\n"
    )
    for greeting in ("Thank You, Madam Speaker.", "Good Evening, Mr Deputy Speaker.", "Thank You, Chair."):
        result, report = built(greeting + "\n\n" + speech)
        assert report.title == "Export", greeting
        assert greeting in result.markdown.split("+++")[2], greeting
