"""A press office's tip sheet or a digest copied as plain text: its title over the writers' names and the date, topic
labels over each item's headline, an old text's line breaks kept as two spaces, a permalink's words closing it.
Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

ITEMS = (
    "Oceanography\n\n"
    "Sea otters return to the northern bay\n\n"
    f"Sea otters have come back to the bay after forty years, a survey by Northport biologist Lena Marsh shows, and {PROSE.lower()}.\n\n"
    '"We counted more than we dared hope," says Marsh.\n\n'
    "Linguistics\n\n"
    "New study maps how children learn rhymes\n\n"
    f"Children learn rhymes before they can read, says Ivo Tran, a linguist at Northport, and {PROSE.lower()}.\n\n"
    '"Rhyme is the first grammar," says Tran.\n'
)
HEADER = "Ada Brill, Tomas Okafor\n1996-03-01\n\n"


def test_a_long_title_case_title_over_the_names_and_the_date_is_the_title():
    result, report = built("Port Ellis College Tip Sheet March 1996 Edition\n" + HEADER + ITEMS)
    assert report.title == "Port Ellis College Tip Sheet March 1996 Edition"
    assert [a.name for a in report.authors] == ["Ada Brill", "Tomas Okafor"]
    assert "topic tags" not in result.dropped


def test_a_shorter_title_over_the_names_and_the_date_stays_the_title():
    """Near miss: five words were never read as tags."""
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + ITEMS)
    assert report.title == "Port Ellis College Tip Sheet"
    assert [a.name for a in report.authors] == ["Ada Brill", "Tomas Okafor"]


def test_topic_tags_under_a_headline_are_still_tags():
    """Near miss: a line of seven capitalised topics under the headline (not the export's first line) stays furniture."""
    result, report = built("Harbour Towns Cannot Agree on Who Pays\n\nConflict Europe Geopolitics Energy Security Human Rights\n\n" + HEADER + ITEMS)
    assert report.title == "Harbour Towns Cannot Agree on Who Pays"
    assert result.dropped.get("topic tags") == ["Conflict Europe Geopolitics Energy Security Human Rights"]


def test_each_topic_label_is_a_section_with_its_headline_under_it():
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + ITEMS)
    assert [s.title for s in report.chapters] == ["Oceanography", "Linguistics"]
    assert headings(report) == ["Oceanography", "Linguistics", "Sea otters return to the northern bay", "New study maps how children learn rhymes"]


def test_a_label_over_a_headline_too_long_to_be_a_heading_is_still_a_section():
    """The label over a paragraph-like headline: each label its own section, never under the first."""
    long_headline = "Laboratory explores the part that visible cues play in understanding speech with a talking head"
    text = ITEMS.replace("New study maps how children learn rhymes", long_headline)
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + text)
    assert [s.title for s in report.chapters] == ["Oceanography", "Linguistics"]


def test_sub_sections_that_are_no_topic_labels_stay_under_their_section():
    """Near miss: a section over sub-headings of its own (none of them a short label over a longer headline) keeps them."""
    text = f"{PROSE}.\n\nHarbour Finances\n\nThe levy on ferry tickets\n\n{PROSE}.\n\nThe cost of the new quays\n\n{PROSE}.\n"
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + text)
    assert [s.title for s in report.chapters] == ["Harbour Finances"]
    assert headings(report)[1:] == ["The levy on ferry tickets", "The cost of the new quays"]


WRAPPED = (
    "Sea otters have  come back to the bay after forty years, and the  count is still rising. Led by biologist Lena  Marsh, "
    "the survey team  counted pups from boats. The count fits nicely with the Big  Bay estimate of  last spring."
)


def test_two_spaces_all_through_a_paragraph_are_its_line_breaks_not_run_in_subheads():
    text = ITEMS.replace(
        f"Sea otters have come back to the bay after forty years, a survey by Northport biologist Lena Marsh shows, and {PROSE.lower()}.",
        WRAPPED,
    )
    text = text.replace(
        f"a linguist at Northport, and {PROSE.lower()}.", f"a linguist at Northport. Led by linguist Omar  Hale, the team  read {PROSE.lower()}."
    )
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + text)
    assert not any(h.startswith(("Led by", "The count fits")) for h in headings(report))
    assert "Led by biologist Lena  Marsh" in body_text(report) or "Led by biologist Lena Marsh" in body_text(report)


def test_subheads_run_in_between_two_spaces_are_still_read():
    """Near miss: a scrape's subheads set off by two spaces, the rest of its paragraphs with one space each."""
    text = (
        f"The harbour board met on Tuesday. {PROSE}. The levy was raised. Who pays for the quays  The towns disagree. "
        f"{PROSE}. The board will meet again. A winter of repairs  Work starts in March. {PROSE}.\n"
    )
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + text)
    assert "Who pays for the quays" in headings(report)
    assert "A winter of repairs" in headings(report)


def test_a_one_word_link_text_closing_the_text_is_no_section():
    result, report = built("Port Ellis College Tip Sheet\n" + HEADER + ITEMS + "\nSource\n")
    assert "Source" not in headings(report)
    assert result.dropped.get("link text closing the text") == ["Source"]


def test_a_closing_heading_over_text_stays_a_section():
    """Near miss: a one-word heading with a paragraph under it is a section."""
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + ITEMS + f"\nOutlook\n\n{PROSE}.\n")
    assert "Outlook" in headings(report)


def test_a_label_over_names_keeps_the_names_under_it():
    """Near miss: a tracker's label over the parties it lists ('Suing' / 'Harbour Board (port owner)' / … / 'Quay Times')
    is one section over its entries, the later short names no sections of their own."""
    text = (
        f"{PROSE}.\n\nSuing\n\nHarbour Board (the port owner)\n\n4 March 2024: the board sued the ferry line. {PROSE}.\n\n"
        f"Quay Times\n\n2 March 2024: the paper sued the board. {PROSE}.\n\nCoast Radio\n\n1 March 2024: the station sued too. {PROSE}.\n"
    )
    _, report = built("Port Ellis College Tip Sheet\n" + HEADER + text)
    assert [s.title for s in report.chapters] == ["Suing"]
