"""A paragraph of bare quotation in the first person two paragraphs after the sentence that reported its speaker by name,
a short paragraph of narration between naming nobody: the reported speaker's words. A wrong credit is worse than a miss,
so a name, a pronoun or someone else's reported words between leave it unattributed. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

REPORTED = "Ada Vorn, the mayor, said the plan was late."
QUOTATION = "“We cannot wait. The people of this town deserve better.”"


def speakers(between: str, reported: str = REPORTED, quotation: str = QUOTATION) -> list[str]:
    return [who for who, _ in attributed(f"{reported}\n\n{between}\n\n{quotation}")]


def test_the_reported_speaker_goes_on_across_a_line_of_narration():
    assert speakers("The council has met twice since May.") == ["Ada Vorn"]


def test_a_person_named_between_leaves_it():
    assert speakers("Tomas Reyl, the treasurer, has met the council twice since May.") == []


def test_a_body_named_between_leaves_it():
    assert speakers("The Harbour Council has met twice since May.") == []


def test_others_reported_between_leave_it():
    assert speakers("Critics say the council has met twice since May.") == []


def test_a_quotation_not_in_the_first_person_is_left():
    assert speakers("The council has met twice since May.", quotation="“The plan is late. The town deserves better.”") == []


def test_a_speaker_reported_by_a_pronoun_is_left():
    assert speakers("The council has met twice since May.", reported="She said the plan was late.") == []


def test_a_long_passage_between_leaves_it():
    between = "The council has met twice since May. The budget was cut in June. The port was closed in July."
    assert speakers(between) == []
