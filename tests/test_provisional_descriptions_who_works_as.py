"""A provisional speaker's description from a relative clause of the work they do: ", who follows the port as a senior
analyst at Tidewell Capital", ", who works as a nurse at the Harbour Clinic". Only a verb of doing one's work and a post
named with its body; a clause of an act, a judgement or a career's start gives nothing. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    ("Fares will rise, said Oren Falk, who follows the port as a senior analyst at Tidewell Capital.", "Senior analyst at Tidewell Capital"),
    ("Oren Falk, who covers shipping as an analyst for Merrow Bank, said fares would rise.", "Analyst for Merrow Bank"),
    ("Oren Falk, who works as a nurse at the Harbour Clinic and sings in a choir, said the ward was full.", "Nurse at the Harbour Clinic"),
    ("Oren Falk, who now works as a lecturer at Velmar College, said so.", "Lecturer at Velmar College"),
    ("Oren Falk, who covers the courts as a reporter for the Velmar Tribune, said so.", "Reporter for the Velmar Tribune"),
    ("Oren Falk, who advises the mayor as a member of the Harbour Board, said so.", "Member of the Harbour Board"),
    # "until" in a clause after the post's noun: the post before it stands
    ("Dr. Oren Falk, a surgeon who was until June 2015 HCL’s head of surgery, commented:", "Surgeon"),
    # the forms that worked before, unchanged
    ("Fares will rise, said Oren Falk, who is a senior analyst at Tidewell Capital.", "Senior analyst at Tidewell Capital"),
    ("Fares will rise, said Oren Falk, a senior analyst at Tidewell Capital.", "Senior analyst at Tidewell Capital"),
]

NOT_DESCRIBED = [
    "Fares will rise, said Oren Falk, who resigned last year.",
    "Oren Falk, who denounced the mayor as a puppet of Harbour Group, said so.",  # a judgement of another
    "Oren Falk, who began as a clerk at the Harbour Bank, said so.",  # a career's start, not the post held
    "Oren Falk, who works as a server while going to school, said so.",  # no body named
    "Oren Falk, who served under Lind as a minister, said so.",  # no body named
    "Oren Falk, who follows the port as a hobby, said so.",
    # a post's noun the lists know, so that only the verb refuses it ("clerk" above is refused by its noun too)
    "Oren Falk, who began as a nurse at the Harbour Clinic, said so.",
    # a person between the verb and "as": the "as" may be theirs
    "Oren Falk, who studies Ada Lind as a leader at Velmar, said so.",
    "Oren Falk, who covers for Ada Lind as the manager at Velmar, said so.",
    "Oren Falk, who studies her father as a patient at the Harbour Clinic, said so.",
    "Oren Falk, who advises him as a member of the Harbour Board, said so.",
    # a post that ended
    "Fares will rise, said Oren Falk, who worked as a nurse at the Harbour Clinic until 1998.",
    "Fares will rise, said Oren Falk, a nurse at the Harbour Clinic until 1998.",
]


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_a_post_named_in_a_clause_of_work(text: str, description: str) -> None:
    assert describe(text, "Oren Falk") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_post_from_an_act_or_a_judgement(text: str) -> None:
    assert describe(text, "Oren Falk") == ""
