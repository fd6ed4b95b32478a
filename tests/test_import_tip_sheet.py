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
