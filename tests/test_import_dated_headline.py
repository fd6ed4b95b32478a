"""A release or a news page that opens on its date line, the headline under it (a 'Press Release' label over both or
none): the headline is the title. Passages of our own, with near misses that keep their reading."""

from __future__ import annotations

from imported import body_text, built

HEADLINE = "Harbour council adopts rules for the public gallery during the budget hearings"
STORY = 'The Harbour Council has adopted rules for its public gallery.\n\n"Only 90 seats are open to the public," Clerk Mara Ostrova said.\n'


def test_the_headline_under_a_release_label_and_the_date_line_is_the_title():
    for label in ("Press Release", "PRESS RELEASE", "Media Release", "News Release"):
        _, report = built(f"{label}\n\nJanuary 12, 2021\n\n{HEADLINE}\n\n{STORY}")
        assert report.title == HEADLINE, label
        assert str(report.date) == "2021-01-12"
        assert HEADLINE not in body_text(report)
        assert "The Harbour Council has adopted rules" in body_text(report)


def test_the_headline_under_a_date_line_with_no_label_is_the_title():
    for date_line in ("12 January 2021", "Tuesday, January 12, 2021", "2021-01-12"):
        _, report = built(f"{date_line}\n\nTides office opens its new harbour gauge at the north pier\n\n{STORY}")
        assert report.title == "Tides office opens its new harbour gauge at the north pier", date_line


def test_a_headline_in_a_question_or_with_a_quoted_word_under_the_date_is_the_title():
    headline = "Why the ‘quiet hours’ at the Velmor docks were extended again"
    _, report = built(f"Press Release\n\n3 March 2022\n\n{headline}\n\n{STORY}")
    assert report.title == headline


def test_a_sentence_under_the_date_line_is_no_title():
    """Near miss: the first paragraph under the date, ending on its stop, stays the text."""
    _, report = built(f"12 January 2021\n\n{STORY}")
    assert report.title == "Export"
    assert "The Harbour Council has adopted rules" in body_text(report)


def test_a_line_under_the_date_over_a_line_with_no_stop_is_no_title():
    """Near miss: two short lines with no stop under the date (a list of names, a table's rows) head no story."""
    _, report = built(f"12 January 2021\n\nMembers of the harbour works panel\n\nMara Ostrova and Tomas Velk of Pier Ward\n\n{STORY}")
    assert report.title != "Members of the harbour works panel"


def test_the_headline_over_the_date_line_keeps_its_reading():
    """Control: the headline above the date line, as before."""
    _, report = built(f"Press Release\n\n{HEADLINE}\n\nJanuary 12, 2021\n\n{STORY}")
    assert report.title == HEADLINE
