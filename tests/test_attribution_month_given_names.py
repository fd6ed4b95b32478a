"""A month's name right before a surname is a given name ("said Mar Hicks", "said May Hollis"), unless a word of time or
a day stands before it (the attr58 round; passages written for these tests, each with its near misses)."""

from __future__ import annotations

from passages import attributed


def test_a_month_right_before_a_surname_after_a_verb_of_saying_is_a_given_name():
    assert attributed('"It was seen as rote," said Mar Okonjo, a historian.') == [("Mar Okonjo", "It was seen as rote,")]
    assert attributed('"It was seen as clerical," said May Hollis.') == [("May Hollis", "It was seen as clerical,")]
    assert attributed('"It was fine," said June Abara, 34.') == [("June Abara", "It was fine,")]
    assert attributed('"It was odd," said August Brenner.') == [("August Brenner", "It was odd,")]
    assert attributed('"It was seen as rote," said [Mar Okonjo](http://example.org/okonjo), a historian.')[0][0] == "Mar Okonjo"


def test_near_miss_a_month_after_a_word_of_time_or_a_day_stays_the_month():
    for body in (
        'In May Vell said the deal was "a disaster for the port."',
        'Since April Vell has called the deal "a disaster for the port."',
        'By late May Vell said the deal was "a disaster for the port."',
        'On 3 May Vell said the deal was "a disaster for the port."',
        'Talks stalled. Hollis said in May Vell had called the deal "a disaster for the port."',
    ):
        assert [speaker for speaker, _ in attributed(body)] in ([], ["Vell"]), body


def test_a_month_opening_a_sentence_before_a_surname_is_a_given_name():
    quote = ' said: "The quay will close."'
    assert attributed("The ferry ran until the end of April. April Dunn" + quote) == [("April Dunn", "The quay will close.")]
    assert attributed("April Dunn" + quote) == [("April Dunn", "The quay will close.")]
    # near misses: after a word of time the month stays a month
    assert attributed("In May Hollis" + quote) == [("Hollis", "The quay will close.")]
