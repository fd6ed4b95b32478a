"""A body's published words quoted after a fronted "On the X website, it states:" are X's, not the last place or body
the story named before. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.fronted_media import fronted_medium_owner
from passages import attributed

RULE = "Landlords must say in writing who holds the deposit."
PLACE_BEFORE = "Short lets now fill one flat in six. In Vestland, where one in six flats is let so, few tenants complain.\n\n"


@pytest.mark.parametrize(
    ("phrase", "owner"),
    [
        ("On the Harbour Housing Board website, it states:", "Harbour Housing Board"),
        ("On the government of Norland website, it states:", "Government of Norland"),
        ("On the Harbour Housing Board’s website, it says:", "Harbour Housing Board"),
        ("In the Harbour Housing Board guidance, it says:", "Harbour Housing Board"),
        ("In the leaked Harbour Housing Board report, it says:", "Harbour Housing Board"),
        ("On the new Harbour Housing Board website, it states:", "Harbour Housing Board"),
        ("In the Harbour Housing Board’s annual report, it says:", "Harbour Housing Board"),
        ("In the Velan Ministry of Health guidance, it says:", "Velan Ministry of Health"),
    ],
)
def test_the_owner_of_the_medium_speaks(phrase, owner):
    assert attributed(f"{PLACE_BEFORE}The rules are unclear. {phrase} “{RULE}”") == [(owner, RULE)]


def test_with_no_place_named_before():
    body = f"The rules are unclear. On the Harbour Housing Board website, it states: “{RULE}”"
    assert attributed(body) == [("Harbour Housing Board", RULE)]


def test_the_body_as_the_subject_is_unchanged():
    body = f"{PLACE_BEFORE}The rules are unclear. The Harbour Housing Board website states: “{RULE}”"
    assert attributed(body) == [("Harbour Housing Board", RULE)]


@pytest.mark.parametrize(
    "opening",
    [
        "On its website, it states:",  # no owner named in the phrase
        "On the main page, it says:",
        "In the Velan capital, it said:",  # a place, no medium
        "Today, it states:",
        "It states:",
        "In the Harbour Board and Vestland Council report, it says:",  # two owners
        "In the Harbour Board report on Vestland Council's policy, it says:",  # a report about another body
        "On the Harbour Board policy, it says:",  # "on" a policy: about it, no medium
    ],
)
def test_no_owner_named_in_the_phrase(opening):
    assert fronted_medium_owner(opening.rsplit("it", 1)[0]) is None


def test_on_a_policy_means_about_it():
    body = f"The Harbour Housing Board published its annual review. On the EU policy, it says: “{RULE}”"
    assert attributed(body) == [("Harbour Housing Board", RULE)]
