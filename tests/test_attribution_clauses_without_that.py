"""A that-clause without "that" whose subject is a noun and whose verb is a modal ("said the harbour could become a “…”",
"said the Rova Council must stay a “…”") is the speaker's clause, as one with "is", "was" or "would" is: a short term
quoted in it is the speaker's words. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Tomas Brenner said the harbour could serve as a “first rung” for the young crews.", "first rung"),
        ("Tomas Brenner said the new quay should become a “meeting place” again.", "meeting place"),
        ("Tomas Brenner said the harbour must remain a “working port” for now.", "working port"),
        ("Tomas Brenner said the levy might prove a “slow burn” for traders.", "slow burn"),
        ("Tomas Brenner insisted the Rova Council can still be a “real partner” in the talks.", "real partner"),
    ],
)
def test_a_term_in_a_clause_whose_verb_is_a_modal(sentence, term):
    assert attributed(sentence) == [("Tomas Brenner", term)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A source said the harbour could become a “free port” in time.",  # said by no one named
        "The harbour could become a “free port” in time, the survey found.",  # no verb of saying before the term
        "Tomas Brenner visited the harbour, which could become a “free port” in time.",  # no clause of saying
        "Tomas Brenner said the harbour could follow a “free port” policy in time.",  # names a policy
        "Tomas Brenner said the harbour could become the “Rova Gate” in time.",  # a name, each word capitalised
        "The harbour could become a “free port” in time.",  # no one says it
    ],
)
def test_near_misses_stay_labels(sentence):
    assert attributed(sentence) == []


@pytest.mark.parametrize(
    "clause",
    [
        "the board may hold a “town hall” on the quay next week",
        "the ministry must publish its “white paper” on ports",
        "the ferries could carry the “blue flag” of the port from May",
    ],
)
def test_a_term_the_modal_s_verb_governs_is_credited_as_with_that_or_will(clause):
    # review finding 11 kept as it is: the object of the clause's own verb is in the speaker's clause, as it is after
    # "that" ("said that the board may hold a “…”") and after "will"/"would" (both credited before modals were added);
    # only the cue verb's own object is a label ("announced a “…”")
    term = clause.split("“")[1].split("”")[0]
    for sentence in (
        f"Tomas Brenner said {clause}.",
        f"Tomas Brenner said that {clause}.",
        f"Tomas Brenner said {clause.replace(' may ', ' will ').replace(' must ', ' will ').replace(' could ', ' will ')}.",
    ):
        assert attributed(sentence) == [("Tomas Brenner", term)], sentence


def test_the_cue_verb_s_own_object_stays_a_label():
    assert attributed("Tomas Brenner announced a “town hall” on the quay next week.") == []
