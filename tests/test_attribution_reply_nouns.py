"""A quotation named as someone's reply right after it ("“…,” was the reply from Ana Roe.", "came the answer from",
"was Ana Roe's response", "was his reply") is that person's. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.replies import reply_after
from passages import attributed

WORDS = "Your permit has lapsed. Clear the stall by Friday,"


@pytest.mark.parametrize(
    "clause",
    [
        "was the reply from market inspector Jonas Pelt.",
        "was the response from Jonas Pelt, the market inspector.",
        "came the reply from Jonas Pelt.",
        "was the curt answer from Jonas Pelt, as the vendor remembered it.",
        "was the reply from Harbour Market inspector Jonas Pelt, as the vendor remembered it.",
        "was Jonas Pelt's reply.",
        "was Jonas Pelt’s response.",
    ],
)
def test_the_one_who_replies_speaks(clause):
    assert attributed(f"“{WORDS}” {clause}") == [("Jonas Pelt", WORDS)]


def test_his_reply_is_the_one_he_means_as_in_he_said():
    body = f"Jonas Pelt came to the stall on Monday. “{WORDS}” was his reply."
    assert attributed(body) == [("Jonas Pelt", WORDS)]


@pytest.mark.parametrize(
    "clause",
    [
        "was the reply from a market inspector.",  # unnamed
        "was the reply from a Harbour Market inspector, as the vendor remembered it.",  # unnamed, the body a modifier
        "was the reply from the Harbour Market press office.",  # the body a modifier of an unnamed office
        "was the reply from one of the inspectors.",
    ],
)
def test_a_reply_from_someone_unnamed_stays_unattributed(clause):
    assert attributed(f"“{WORDS}” {clause}") == []


def test_the_body_that_replies_speaks():
    assert attributed(f"“{WORDS}” was the response from Harbour Market Trust.") == [("Harbour Market Trust", WORDS)]


@pytest.mark.parametrize("clause", ["was the reply from the mayor, Jonas Pelt.", "came the answer from the market inspector, Jonas Pelt."])
def test_a_role_then_the_name_closing_the_sentence_speaks(clause):
    assert attributed(f"“{WORDS}” {clause}") == [("Jonas Pelt", WORDS)]


@pytest.mark.parametrize(
    "clause",
    [
        "was the reply from Jonas Pelt and Mara Keel.",
        "was the answer from Jonas Pelt or Mara Keel.",
        "was the reply from Jonas Pelt, Mara Keel and the board.",
    ],
)
def test_a_reply_from_two_named_is_no_one_s_alone(clause):
    assert attributed(f"“{WORDS}” {clause}") == []


def test_a_role_then_a_name_the_sentence_goes_on_after_is_no_reply_from_them():
    assert reply_after(" was the reply from officials, Jonas Pelt said on Monday.") is None
