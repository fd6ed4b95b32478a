"""A straight mark glued to a word's comma with a word in lower case after it closes a quotation; where the marks before
it went astray, it is left open to the paragraph's end, and the words after it are the writer's, nobody's statement.
Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed


def test_the_writers_words_after_a_stray_closing_mark_are_nobodys():
    body = (
        "“This was not the main demand,” said Pia Lund.\n\n"
        'According to Lund, the march — called the "Harbour Day of Anger — was "the end of the old order," '
        "including the release of all prisoners and a trial of the old ministers."
    )
    assert [quote for _, quote in attributed(body)] == ["This was not the main demand,"]


def test_balanced_marks_keep_the_speakers_fragment():
    body = (
        "“This was not the main demand,” said Pia Lund.\n\n"
        'According to Lund, the march — called the "Harbour Day of Anger" — was "the end of the old order," '
        "including the release of all prisoners and a trial of the old ministers."
    )
    assert ("Pia Lund", "the end of the old order,") in attributed(body)


def test_a_quotation_left_open_at_a_paragraphs_start_is_still_the_speakers():
    body = 'Pia Lund spoke first.\n\n"We will march again next week, and the week after, until the ministers resign," she said. "and then we rest'
    assert [who for who, _ in attributed(body)][:1] == ["Pia Lund"]
