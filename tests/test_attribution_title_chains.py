"""A partner release's "Name, Title, Unit, Organisation, said “…”": the job title set after the name as comma-separated
capitalised parts ends on the organisation the person works for; the speaker is the person. Passages written for these
tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "The first cargo under the new terms leaves the quay this week."


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Ines Achterberg-Sow, Regional Director East Africa, Terminals & Storage, Quayline, said", "Ines Achterberg-Sow"),
        ("Ines Achterberg-Sow, Regional Director East Africa, Terminals & Storage, Quayline, said,", "Ines Achterberg-Sow"),
        ("Rui Marques, Managing Director, Cargo Division Mombasa, Bunkerco, said,", "Rui Marques"),
        ("Rui Marques, Chief Executive, Bunkerco, said", "Rui Marques"),
        ("Rui Marques, Chief Executive, Bunkerco said", "Rui Marques"),
        ("Sofia Ortega de la Vega, Head of Fleet, Quayline, said,", "Sofia Ortega de la Vega"),
        ("Mr Rui Marques, Group Chief Executive Officer, Bunkerco Holdings, said", "Rui Marques"),
        ("At the signing, Rui Marques, Chief Executive, Bunkerco, said", "Rui Marques"),
        ("Rui Marques, chief executive, Bunkerco, said", "Rui Marques"),
    ],
)
def test_a_title_chain_after_the_name_credits_the_person(named, speaker):
    assert attributed(f"{named} “{QUOTE}”") == [(speaker, QUOTE)]


@pytest.mark.parametrize(
    "named",
    [
        "Rui Marques, chief executive of Bunkerco, said",  # a title governing the firm: the person already
        "Rui Marques, Managing Director, Cargo Division Mombasa at Bunkerco, said,",
    ],
)
def test_near_miss_titles_with_a_preposition_still_credit_the_person(named):
    assert attributed(f"{named} “{QUOTE}”") == [("Rui Marques", QUOTE)]


def test_near_miss_a_list_of_people_is_no_title_chain():
    # no part after the first name holds a post's word: a list, whose last name is read as today
    assert attributed(f"Ana Roe, Tom Hale, Bo Lindqvist said, “{QUOTE}”") == [("Bo Lindqvist", QUOTE)]


def test_near_miss_a_person_ending_the_chain_is_no_organisation():
    assert attributed(f"Ana Roe, Director, Tom Hale said, “{QUOTE}”") == [("Tom Hale", QUOTE)]


def test_near_miss_a_list_of_bodies_is_unchanged():
    body = f"Bunkerco, Quayline and Portwell said, “{QUOTE}”"
    assert [name for name, _quote in attributed(body)] == ["Bunkerco", "Quayline", "Portwell"]


def test_a_spokesperson_in_the_chain_is_a_post():
    for post in ("Spokesperson", "Spokeswoman", "Spokesman"):
        assert attributed(f"Lena Brook, {post}, Quaymark, said, “{QUOTE}”") == [("Lena Brook", QUOTE)], post


def test_a_long_run_of_commas_reads_in_linear_time():
    from dossier.attribution.title_chains import title_chain_start

    assert title_chain_start("Lena Brook, " + "Ostby Trust, " * 20000) == -1
    assert title_chain_start("Lena Brook, Director, " + "Ostby Trust, " * 20000) == len("Lena Brook")
