"""A person named in full whose surname is also a city ("Jack London", "Ann Paris", "George Washington"): a later
"London said" after a quotation is that person's; where the text names no person of that surname, the city stands for
its government ("Washington said" in a foreign-policy text). Regression pins (test_pin_*): they pass on the code before
the release that added them and guard what the engine already does; passages written for
these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Jack London, a fisherman, spoke on Monday. “The channel is closed,” London said.", "Jack London"),
        ("George Washington, the harbour master, spoke on Monday. “The channel is closed,” Washington said.", "George Washington"),
        ("Ann Paris met the mayor on Monday.\n\n“The channel is closed,” Paris said.", "Ann Paris"),
    ],
)
def test_pin_the_surname_after_the_person_named_in_full_is_the_person(body, speaker):
    assert attributed(body) == [(speaker, "The channel is closed,")]


def test_pin_the_surname_goes_on_with_the_person_after_a_body_is_mentioned():
    body = "“The channel is closed,” said Ann Paris, the harbour master. The city council met later. “We have no choice,” Paris said."
    assert attributed(body) == [("Ann Paris", "The channel is closed,"), ("Ann Paris", "We have no choice,")]


@pytest.mark.parametrize(
    ("body", "capital"),
    [
        ("The talks resumed on Monday. “Sanctions will stay,” Washington said.", "Washington"),
        ("France and Britain met in Geneva. “Sanctions will stay,” Paris said.", "Paris"),
    ],
)
def test_pin_the_city_stays_its_government_where_no_person_bears_the_name(body, capital):
    assert attributed(body) == [(capital, "Sanctions will stay,")]
