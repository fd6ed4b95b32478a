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


def test_a_stray_curly_close_before_a_citation_opens_nothing():
    body = (
        "Scholars still stressed Tomas Dorin’s claim from 1931 that members must “keep the old roads and mend the bridges” "
        "of the river towns” (Halvers, 2009, pp. 12–13)."
    )
    assert [quote for _, quote in attributed(body)] == ["keep the old roads and mend the bridges"]


def test_a_curly_close_glued_to_a_word_still_closes_an_open_quotation():
    body = "“We keep the old roads” and “we mend the bridges”, said Tomas Dorin."
    assert [quote for _, quote in attributed(body)] == ["We keep the old roads", "we mend the bridges"]


def test_a_reversed_curly_mark_before_a_word_still_opens_a_quotation():
    body = "Tomas Dorin spoke to the council. ”We keep the old roads and mend the bridges,” he said."
    assert [(who, quote.lstrip("”")) for who, quote in attributed(body)] == [("Tomas Dorin", "We keep the old roads and mend the bridges,")]
