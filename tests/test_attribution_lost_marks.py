"""Quotations a press office or a PDF copy typed with a mark lost or the wrong one: the opening mark missing before
'…,” Ms Roe said.', a quotation opened with “ and closed with ’ before its cue. Passages written for these tests, with
the near misses beside them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from counting import CallCounter
from dossier.attribution import lost_marks
from passages import attributed

LEAD = "The Minister for Harbours, Jane Roe, today said new funding would repair twelve ferry wharves.\n\n"


def test_a_quotation_whose_opening_mark_was_lost_is_the_speakers_up_to_its_closing_mark():
    body = LEAD + "Another ten wharves will be named next month,” Ms Roe said."
    assert ("Jane Roe", "Another ten wharves will be named next month,") in attributed(body)


def test_a_lost_opening_mark_before_an_inverted_cue():
    body = LEAD + "The pontoons at Kell Point will open in the spring.” said Ms Roe."
    assert ("Jane Roe", "The pontoons at Kell Point will open in the spring.") in attributed(body)


def test_a_lost_opening_before_a_straight_closing_mark():
    body = LEAD + 'Another ten wharves will be named next month," Ms Roe said.'
    assert ("Jane Roe", "Another ten wharves will be named next month,") in attributed(body)


def test_the_quoted_paragraph_after_a_lost_opening_goes_on_with_the_speaker():
    body = LEAD + "Another ten wharves will be named next month,” Ms Roe said.\n\n“This will keep every ferry running.”"
    assert ("Jane Roe", "This will keep every ferry running.") in attributed(body)


def test_a_quotation_closed_on_a_single_mark_before_its_cue():
    body = LEAD + "“The ferry levy falls on late bookings. The levy has cut the queues at every wharf’ Ms Roe said."
    assert ("Jane Roe", "The ferry levy falls on late bookings. The levy has cut the queues at every wharf") in attributed(body)


def test_a_quotation_closed_on_a_single_mark_before_the_ministers_cue():
    body = LEAD + "“The wharves will all be open by winter, as we promised’ the Minister said."
    assert ("Jane Roe", "The wharves will all be open by winter, as we promised") in attributed(body)


def test_the_quoted_paragraph_after_a_single_closing_mark_goes_on_with_the_speaker():
    body = LEAD + "“The ferry levy falls on late bookings’ Ms Roe said.\n\n“Councils now have a clear timetable”."
    assert ("Jane Roe", "Councils now have a clear timetable.") in attributed(body)


def test_a_plurals_apostrophe_in_a_quotation_left_open_closes_nothing():
    body = LEAD + "“The councils’ wharves will be repaired first, and the workers’ union said it agrees."
    assert attributed(body) == [("Jane Roe", "The councils’ wharves will be repaired first, and the workers’ union said it agrees.")]


def test_a_lost_opening_after_a_sentence_naming_a_speaker_is_left_alone():
    body = LEAD + "His colleague Ada Lind said that the vote proves nothing. We will try again next month,” she said."
    assert not any(quote.startswith("His colleague") for _, quote in attributed(body))


def test_a_lost_opening_after_a_sentence_telling_what_someone_said_is_left_alone():
    body = LEAD + "Ada Lind, a ferry pilot for thirty years, said she had been waiting for the works. I hope they start soon,” she said."
    assert not any(quote.startswith("Ada Lind") for _, quote in attributed(body))


def test_a_single_quotation_inside_one_left_open_keeps_its_closing_mark():
    body = LEAD + "“The pilots ask us, ‘When will the wharf open?’ They say it every day, and we have no answer yet."
    assert not any(quote.endswith("When will the wharf open?") for _, quote in attributed(body))


def test_a_closing_mark_with_no_cue_after_it_opens_nothing_new():
    body = LEAD + "The works on the old wharves were finished in March,” the report reads in part, and the fee was paid."
    assert attributed(body) == attributed(
        LEAD + "The works on the old wharves were finished in March, the report reads in part, and the fee was paid."
    )


def test_a_scare_quote_and_a_possessive_after_a_closing_word_are_unchanged():
    body = LEAD + "The ‘fee’ was paid on time, and the councils’ wharves reopened. The workers’ Union said it was pleased."
    assert attributed(body) == []


def test_a_title_in_straight_marks_before_a_cue_is_unchanged():
    body = LEAD + 'The council published "Harbour Futures," Ms Roe said, and the works began in March.'
    assert not any(quote.startswith("The council") for _, quote in attributed(body))


def test_a_plural_possessive_before_a_bodys_name_in_a_quotation_left_open_closes_nothing():
    body = LEAD + "“The dockers’ Union said it would strike. We cannot let that happen.\n\n“We will talk to them,” Ms Roe said."
    assert ("Jane Roe", "The dockers’ Union said it would strike. We cannot let that happen. We will talk to them,") in attributed(body)


def test_a_plural_possessive_before_a_title_in_a_quotation_left_open_closes_nothing():
    body = LEAD + "“Last year the Veterans’ Affairs Minister said the scheme worked. It did not.\n\n“We will fix it,” Ms Roe said."
    assert ("Jane Roe", "Last year the Veterans’ Affairs Minister said the scheme worked. It did not. We will fix it,") in attributed(body)


def test_a_plural_possessive_before_a_name_and_a_cue_taking_an_object_credits_no_one_else():
    body = LEAD + "“Every one of the pilots’ Ada Lind told me, wants the wharves open. We agree.\n\n“We will act,” Ms Roe said."
    assert not any(speaker == "Ada Lind" for speaker, _ in attributed(body))


def test_an_elision_before_a_name_and_a_cue_taking_an_object_closes_nothing():
    body = LEAD + "“We were just fishin’ Jack Kell said to me, and then the storm came.\n\n“We will act,” Ms Roe said."
    assert ("Jane Roe", "We were just fishin’ Jack Kell said to me, and then the storm came. We will act,") in attributed(body)


def test_a_single_closing_mark_before_an_inverted_cue_and_a_whole_name():
    body = LEAD + "“The ferry levy falls on late bookings’ said Ms Jane Roe, and the works go on."
    assert ("Jane Roe", "The ferry levy falls on late bookings") in attributed(body)


def test_a_single_closing_mark_before_a_cue_then_a_new_quotation():
    body = LEAD + "“The ferry levy falls on late bookings’ Ms Roe said “and it stays.”"
    assert ("Jane Roe", "The ferry levy falls on late bookings") in attributed(body)
    assert any(quote.endswith("and it stays.") for _, quote in attributed(body))


def test_the_quotation_after_one_closed_on_a_single_mark_is_read_too():
    body = LEAD + "“The ferry levy falls on late bookings’ Ms Roe said. “It is fair and it stays.”"
    assert any(quote.endswith("It is fair and it stays.") for _, quote in attributed(body))


def test_a_passive_verb_of_saying_in_the_words_before_a_lost_opening_tells_of_no_one_saying():
    body = LEAD + "The new wharves will be announced in May. Ten open first,” Ms Roe said."
    assert ("Jane Roe", "The new wharves will be announced in May. Ten open first,") in attributed(body)


def test_a_passive_verb_of_saying_after_an_adverb_tells_of_no_one_saying():
    body = LEAD + "The new wharves will be formally announced in May. Ten open first,” Ms Roe said."
    assert ("Jane Roe", "The new wharves will be formally announced in May. Ten open first,") in attributed(body)


def test_an_active_verb_of_saying_after_an_adverb_still_tells_of_someone_saying():
    body = LEAD + "The pilots formally announced a strike in May. Ten stopped first,” Ms Roe said."
    assert not any(quote.startswith("The pilots") for _, quote in attributed(body))


def test_a_verb_of_saying_in_a_clause_set_off_by_commas_inside_the_quoted_sentence_is_the_speakers():
    body = LEAD + "Fees will rise, the board said last year, and stay high,” Ms Roe said."
    assert ("Jane Roe", "Fees will rise, the board said last year, and stay high,") in attributed(body)


class _Searches:
    """A pattern whose searches a CallCounter can count (a compiled pattern's methods cannot be replaced)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, *args: Any) -> re.Match[str] | None:
        return self.pattern.search(*args)

    def finditer(self, *args: Any) -> Any:
        return self.pattern.finditer(*args)


def test_the_clauses_set_off_by_commas_cost_one_search_for_the_last_sentence_whatever_their_number(monkeypatch: pytest.MonkeyPatch) -> None:
    searches = _Searches(lost_marks.SENTENCE_END)
    monkeypatch.setattr(lost_marks, "SENTENCE_END", searches)
    counters = [CallCounter(monkeypatch, searches, "search"), CallCounter(monkeypatch, searches, "finditer")]
    counts = []
    for clauses in (10, 40):
        for counter in counters:
            counter.reset()
        lost_marks.spans_with_lost_marks("Fees rise, the board said, and " * clauses + "stay high,” Ms Roe said.")
        counts.append(sum(counter.count for counter in counters))
    assert counts[0] == counts[1]


def test_a_lost_opening_before_a_closing_mark_after_a_full_stop_with_a_quotation_after_it():
    for cue in ("Ms Roe said.", "said Ms Roe."):
        body = LEAD + f"Another ten wharves will open next month.” {cue} “This will keep every ferry running.”"
        assert attributed(body) == [
            ("Jane Roe", "Another ten wharves will open next month."),
            ("Jane Roe", "This will keep every ferry running."),
        ]


def test_the_close_of_a_quotation_left_open_in_the_paragraph_above_is_no_lost_opening_of_the_next_speaker():
    above = "“We will fight this in court,” Ada Roe said. “We have the votes.\n\n"
    for cue in ("Tom Smith said, “They will lose.”", "Tom Smith said. “They will lose.”"):
        found = attributed(above + "And we will win in the end.” " + cue)
        assert ("Tom Smith", "They will lose.") in found
        assert not any(quote.startswith("And we will") for _, quote in found), cue


def test_near_misses_a_cue_going_on_into_the_next_quotation_and_narration_before_the_lost_mark_are_unchanged():
    for cue in ("Tom Smith said “My", "Tom Smith said, “My", "said Tom Smith, “My"):
        body = LEAD + f"Ten new wharves will open in May.” {cue} branch will vote against them.”"
        assert not any(quote.startswith("Ten new") for _, quote in attributed(body)), cue
    body = LEAD + "Ada Lind said the vote proves nothing. We will try again next month.” she said. “We have the votes.”"
    assert not any(quote.startswith("Ada Lind") for _, quote in attributed(body))
    body = LEAD + "The council, Ms Roe said, will meet in May. Fees will rise,” she said."
    assert not any(quote.startswith("The council") for _, quote in attributed(body))
