"""A university's campus city after its name and a comma ("the University of Westland, San Lucio") is part of the
institution, never a person whom the next sentence's "she" or "he" means. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

DESCRIBED = "Lena Okafor, a geologist at the University of Westland, {campus}, studies the valley. She describes the early results as “promising.”"
INVERTED = (
    "The network, says Lena Okafor, a geologist at the University of Westland, {campus}, shapes how the valley drains. She describes"
    " the early results as “promising,” but warns that “we’ve barely started” on the deeper layers."
)


@pytest.mark.parametrize("campus", ["San Lucio", "Santa Lucia", "St. Martin", "São Mateus"])
def test_a_saint_s_city_after_the_university_is_its_campus(campus):
    assert attributed(DESCRIBED.format(campus=campus)) == [("Lena Okafor", "promising.")]


def test_the_campus_in_an_inverted_cue():
    assert attributed(INVERTED.format(campus="San Lucio")) == [("Lena Okafor", "promising,"), ("Lena Okafor", "we’ve barely started")]


def test_a_one_word_campus_after_a_university_named_the_other_way_stays():
    body = "Tom Reyes, a chemist at Westland University, Marlow, studies the mud. He calls the first results “striking.”"
    assert attributed(body) == [("Tom Reyes", "striking.")]


@pytest.mark.parametrize("campus", ["Port Carrow", "Fort Martin", "Carrow"])
def test_campuses_read_right_before_stay(campus):
    assert attributed(DESCRIBED.format(campus=campus)) == [("Lena Okafor", "promising.")]


def test_a_person_named_after_the_university_stays_a_person():
    body = "The head of the University of Westland, Mara Venn, opened the lab. She called it “a start.”"
    assert attributed(body) == [("Mara Venn", "a start.")]


def test_the_cue_after_the_quotation_stays():
    body = "“We’ve barely started on the deeper layers,” said Lena Okafor, a geologist at the University of Westland, San Lucio."
    assert attributed(body) == [("Lena Okafor", "We’ve barely started on the deeper layers,")]
