"""A news site's page of posts, each under its headline: the headlines that open on a figure with thousands in it, on
a topic and a colon, or stand over a short first paragraph are headlines too, where the page has three or more others.
Passages of our own, with near misses that stay paragraphs."""

from __future__ import annotations

from imported import body_text, built, headings

LEDE = "The harbour board met on Monday to weigh the tender for the new north quay and its cranes, the clerk said."


def _post(headline: str, first: str = LEDE) -> str:
    return f"{headline}\n\n{first}\n\nThe board will meet again in a month to hear the bidders.\n\n"


PAGE = (
    "Velmor harbour board delays the quay tender again\n\n"
    "The board's clerk, Mara Ostrova, told reporters the tender was not ready.\n\n"
    + _post("Ministry exits regional port body over its board vote")
    + _post("Fishermen protest new limits on the northern grounds")
    + _post("Ferry operator names new chief after long search")
)


def test_a_headline_opening_on_a_figure_with_thousands_is_a_posts_headline():
    _, report = built(PAGE + _post("3,412 passengers stranded as Velmor ferries stop for 2 days"))
    assert "3,412 passengers stranded as Velmor ferries stop for 2 days" in headings(report)


def test_a_topic_and_colon_headline_over_a_short_first_paragraph_is_a_posts_headline():
    first = "The new cases show a fall from the 497 the day before."
    _, report = built(PAGE + _post("FLU-24: Agency announces 407 new cases in Velmor", first))
    assert "FLU-24: Agency announces 407 new cases in Velmor" in headings(report)
    assert first in body_text(report)


def test_a_short_line_in_a_story_with_few_subheads_stays_a_paragraph():
    """Near miss: a story with one subhead: the line with two figures stays as the subhead rules read it."""
    text = (
        "Velmor harbour board delays the quay tender again\n\n"
        "The board's clerk, Mara Ostrova, told reporters the tender was not ready.\n\n"
        + _post("3,412 passengers stranded as Velmor ferries stop for 2 days")
    )
    _, report = built(text)
    assert "3,412 passengers stranded as Velmor ferries stop for 2 days" not in headings(report)


def test_a_line_with_a_clause_comma_and_a_list_comma_stays_a_paragraph():
    """Near miss: a sentence's three commas (no figure's) between posts: a fragment, no headline."""
    line = "Mara Ostrova, the clerk, and the wardens of the pier, all of them at the meeting"
    _, report = built(PAGE + _post(line))
    assert line not in headings(report)


def test_a_line_over_a_sentence_going_on_in_lower_case_stays_a_paragraph():
    """Near miss: the line under it opens in lower case: one sentence split, no headline."""
    line = "The figures for the month show 1,200 more passengers on the ferries"
    _, report = built(PAGE + f"{line}\n\nand the board expects more in the summer, when the new timetable starts.\n\n")
    assert line not in headings(report)


def _wire_item(headline: str, dateline: str) -> str:
    return (
        f"{headline}\n\n{dateline} The harbour board met on Monday to weigh the tender for the new north quay, its clerk said.\n\n"
        "The board will meet again in a month to hear the bidders.\n\n"
    )


WIRE_PAGE = (
    "Residents said the blast shook the old pier on Tuesday morning, though nobody was hurt.\n\n"
    + _wire_item("Velmor's port minister flies to Harbourton after the tender row.", "HARBOURTON, Norland (Reuters) -")
    + _wire_item("The quay tender will remain a problem for the board, whether or not it meets.", "VELMOR, 1 NOVEMBER (Bernama) —")
    + _wire_item("The harbour council has voiced renewed concern about the north quay.", "OSTBY, Norland (AP) â€“")
)


def test_one_sentence_lines_over_wire_datelines_down_the_page_are_the_items_headlines():
    _, report = built(WIRE_PAGE)
    assert headings(report) == [
        "Velmor's port minister flies to Harbourton after the tender row.",
        "The quay tender will remain a problem for the board, whether or not it meets.",
        "The harbour council has voiced renewed concern about the north quay.",
    ]


def test_one_sentence_over_a_single_wire_dateline_stays_a_paragraph():
    """Near miss: once on a page, the sentence over a dateline is the story's own short paragraph."""
    text = "Residents said the blast shook the old pier on Tuesday morning, though nobody was hurt.\n\n" + _wire_item(
        "Velmor's port minister flies to Harbourton after the tender row.", "HARBOURTON, Norland (Reuters) -"
    )
    _, report = built(text)
    assert headings(report) == []


def test_two_sentences_or_a_paragraph_over_no_dateline_stay_paragraphs():
    """Near misses: two sentences over the dateline, or one sentence over a paragraph with no dateline."""
    two = "The minister flew out on Monday. He will meet the board on Friday."
    text = (
        WIRE_PAGE + _wire_item(two, "HARBOURTON, Norland (Reuters) -") + _wire_item("The harbour council has met on the tender again today.", "The")
    )
    _, report = built(text)
    assert two not in headings(report)
    assert "The harbour council has met on the tender again today." not in headings(report)


def test_a_dated_photo_caption_between_posts_stays_a_paragraph():
    """Near miss: a photo's caption ending on its day, with no stop, between two posts."""
    line = "Ferry crews are greeted as they arrive at the north pier on August 18"
    _, report = built(PAGE + _post(line))
    assert line not in headings(report)


def test_a_long_line_between_posts_stays_as_the_subhead_rules_read_it():
    """Near miss: over a hundred characters, a related story's link set in the text rather than a post's headline."""
    line = "Staff 'do not care': ferry accidents were quietly rising before the pier's collapse in the old harbour of Velmor"
    _, report = built(PAGE + _post(line))
    assert line not in headings(report)
