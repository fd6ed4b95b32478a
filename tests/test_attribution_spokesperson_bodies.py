"""The one a spokesperson speaks for, named neither with a title nor like a person ("a spokesperson for Harlow Mining",
"a Harlow Mining spokesman"), is a body: a firm, no person with the surname "Mining". Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed_with_kinds

QUOTE = "“We are paying for protection we cannot explain.”"


@pytest.mark.parametrize(
    "cue", ["A spokesperson for Harlow Mining said:", "A spokeswoman for Harlow Mining wrote:", "A Harlow Mining spokesman said:"]
)
def test_a_firm_a_spokesperson_speaks_for_is_a_body(cue):
    assert attributed_with_kinds(f"{cue} {QUOTE}") == [("Harlow Mining", "organization", QUOTE.strip("“”"))]


@pytest.mark.parametrize(
    "cue, name",
    [
        ("A spokesman for Boris Ode said:", "Boris Ode"),
        ("A Boris Ode spokesman said:", "Boris Ode"),
        ("A spokesman for Senator Ode said:", "Senator Ode"),
    ],
)
def test_a_person_a_spokesperson_speaks_for_stays_a_person(cue, name):
    assert attributed_with_kinds(f"{cue} {QUOTE}") == [(name, "person", QUOTE.strip("“”"))]
