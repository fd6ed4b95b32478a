"""A university's campus city after its name and a comma ("the University of Westland, San Lucio") is part of the
institution, never a person whom the next sentence's "she" or "he" means. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe
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


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("an immunologist at the University of Westland, San Lucio, helps", "Immunologist at the University of Westland, San Lucio"),
        ("a geologist at the University of Westland, St. Martin.", "Geologist at the University of Westland, St. Martin"),
        ("a chemist at Westland University, Marlow, studies", "Chemist at Westland University, Marlow"),
    ],
)
def test_the_campus_is_part_of_the_post(apposition, description):
    assert describe("“The first results are only a start,” said Nils Harro, " + apposition, "Nils Harro") == description


@pytest.mark.parametrize(
    "apposition",
    [
        "a geologist at the University of Westland, Lena Okafor said.",  # a person after the comma
        "a geologist at the University of Westland, Marlow's biggest employer.",  # a possessive, no campus
        "a geologist at the Harbour Trust, Marlow.",  # no university
        "a geologist at the University of Westland, Okafor, a chemist at the Port Institute, and Bell signed the letter.",
        "a geologist at Westland University, Tuesday.",  # a day, a month
        "a professor at Westland University, Monday, said.",
        "a geologist at Westland University, March.",
        "a geologist at Westland University, Reuters.",  # a wire
        "a geologist at Westland University, AP.",
        "a lecturer at the University of Westland, Inc.",  # an abbreviation
        "a lecturer at the University of Westland, Mr. Orr said.",
    ],
)
def test_no_campus_is_added_where_none_is_named(apposition):
    assert "," not in describe("“The first results are only a start,” said Nils Harro, " + apposition, "Nils Harro")
