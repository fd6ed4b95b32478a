"""Patterns of official reports (inquiry chapters, a counsel's report as OCR text) and of names in research reports that
a new user's reports and held-out rounds showed: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_suffice_to_say_is_the_writers_aside_not_a_cue():
    body = "Mr Tom Reed was not expecting favours. Suffice to say, Mr Reed well understands the value of ‘less is more’."
    assert attributed(body) == []
    body = "Needless to say, Tom Reed understands the value of “less is more”."
    assert attributed(body) == []
    # near miss: a verb of saying after the aside still names its speaker
    body = "Suffice it to say, Tom Reed said that “less is more”."
    assert attributed(body) == [("Tom Reed", "less is more")]


def test_commended_is_a_verb_of_praise_like_praised():
    body = "Foreign ministry spokesman Darius Kaveh commended “Chinese bravery, dedication and professionalism” in the outbreak."
    assert attributed(body) == [("Darius Kaveh", "Chinese bravery, dedication and professionalism")]
    # near miss: commended in the passive names no one who spoke
    body = "Darius Kaveh was commended for his “bravery and dedication” during the outbreak."
    assert attributed(body) == []


def test_a_name_with_its_own_script_in_square_brackets_is_the_name():
    body = "“We hold a briefing every day. Read it carefully,” Wen Lipo [温立波] wrote, indicating the reach of the embassy."
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day. Read it carefully,")]
    body = "Wen Lipo [温立波] wrote: “We hold a briefing every day.”"
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day.")]
    # near miss: the characters in round brackets were read so already
    body = "“We hold a briefing every day,” Wen Lipo (温立波) wrote."
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day,")]
