"""The one a spokesperson speaks for, named with neither a title nor a given name, is a body only where the name's last
word is a trade's or a body's, or one the report writes in lower case ("Harlow Mining" in a report about mining), and
the report holds no person of that name: heads of government have given names no list holds ("Keir", "Xi").
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed_with_kinds

QUOTE = "“We are paying for protection we cannot explain.”"
MINING = "The valley lives on mining. Its mining firms own the river, and mining pays for the school. "


@pytest.mark.parametrize(
    "cue", ["A spokesperson for Harlow Mining said:", "A spokeswoman for Harlow Mining wrote:", "A Harlow Mining spokesman said:"]
)
def test_a_firm_a_spokesperson_speaks_for_is_a_body(cue):
    assert attributed_with_kinds(f"{MINING}{cue} {QUOTE}") == [("Harlow Mining", "organization", QUOTE.strip("“”"))]


def test_a_name_ending_in_a_body_word_is_a_body():
    assert attributed_with_kinds(f"A spokesman for Dorvane Holdings Foundation said: {QUOTE}") == [
        ("Dorvane Holdings Foundation", "organization", QUOTE.strip("“”"))
    ]


@pytest.mark.parametrize(
    "cue, name",
    [
        ("A spokesman for Boris Ode said:", "Boris Ode"),
        ("A Boris Ode spokesman said:", "Boris Ode"),
        ("A spokesman for Senator Ode said:", "Senator Ode"),
        ("A spokesman for Okonkwo Adebayo said:", "Okonkwo Adebayo"),
        ("An Okonkwo Adebayo spokesman said:", "Okonkwo Adebayo"),
    ],
)
def test_a_person_a_spokesperson_speaks_for_stays_a_person(cue, name):
    assert attributed_with_kinds(f"{cue} {QUOTE}") == [(name, "person", QUOTE.strip("“”"))]


def test_a_leader_named_with_a_title_earlier_stays_a_person():
    body = f"Prime Minister Tavi Rendal arrived in Kelby on Monday. A spokesman for Tavi Rendal said: {QUOTE} Later, Rendal told reporters: “We will not cut aid.”"
    assert attributed_with_kinds(body) == [
        ("Tavi Rendal", "person", QUOTE.strip("“”")),
        ("Tavi Rendal", "person", "We will not cut aid."),
    ]
