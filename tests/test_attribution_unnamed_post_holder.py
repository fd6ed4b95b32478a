"""A sentence opening on an unnamed holder of a post who acts ("By 1966, the city's harbour safety director found …"):
the "he" of the quotation after it is the director's, never a man named before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

NAMED = "Jon Vesker started a lamp programme as mayor in 1961, and the storms of 1963 set off the building of towers."
QUOTED = "“Personally, I have grave doubts that stocking lamps is an answer,” he said."


@pytest.mark.parametrize(
    "opening",
    [
        "By 1966, the city’s harbour safety director found that most towers had no oil.",
        "The port’s chief engineer warned that most towers had no oil.",
        "A harbour safety director found that most towers had no oil.",
    ],
)
def test_the_unnamed_post_holder_is_the_he_in_the_next_paragraph(opening):
    assert attributed(f"{NAMED}\n\nMost landlords took part. {opening} {QUOTED}") == []


def test_the_unnamed_post_holder_is_the_he_in_the_same_paragraph():
    assert attributed(f"{NAMED} By 1966, the city’s harbour safety director found that most towers had no oil. {QUOTED}") == []


def test_a_post_the_report_named_someone_with_stays_theirs():
    body = f"Director Jon Vesker opened the towers in 1961.\n\nBy 1966, the harbour director found that most towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_sentence_about_things_stays():
    body = f"{NAMED}\n\nBy 1966, the towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_named_subject_stays():
    body = f"{NAMED}\n\nBy 1966, the harbour director Jon Vesker found that most towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_quotation_in_two_apostrophes_opens_a_sentence_of_its_own():
    # a news archive's plain text writes the double mark as two apostrophes: the quotation opens a new sentence
    body = f"{NAMED}\n\nBy 1966, the city’s harbour safety director found that most towers had no oil. ''Personally, I have grave doubts,'' he said."
    assert attributed(body) == []


@pytest.mark.parametrize("fronted", ["On Monday, ", "Eventually "])
def test_every_opening_the_pattern_knows_is_read(fronted):
    body = f"Jon Vesker started a lamp programme as mayor in 1961.\n\n{fronted}the city’s harbour safety director found that most towers had no oil. {QUOTED}"
    assert attributed(body) == []


BRENNER = "The economy has entered a “death zone,” said Tomas Brenner, a fellow at the Westland Institute.\n\n"
HALE = "Tom Hale, who ran the club for thirty years, stepped down in May.\n\n"
HALE_RUNS = "Tom Hale has run the rowing club since 1990.\n\n"
STRONGER = "“We have never been stronger,” he said."


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # "the" and a new description of the man just named: still him
        (BRENNER + "In a recent op-ed, the former central bank adviser explained the data. “The economy is stuck,” he wrote.", ["Tomas Brenner"] * 2),
        (HALE + f"The former chairman says the club is in good hands. {STRONGER}", ["Tom Hale"]),
        # a form of be or have: a state, not the holder acting
        (HALE_RUNS + f"By 1966, the club’s treasurer was gone. {STRONGER}", ["Tom Hale"]),
        (HALE_RUNS + f"By 1966, the club’s treasurer has gone. {STRONGER}", ["Tom Hale"]),
    ],
)
def test_the_man_named_before_stays_the_he(body, speakers):
    assert [speaker for speaker, _ in attributed(body)] == speakers


JUDGE = "Judge Petra Lindqvist asked for a written account of the errors."


@pytest.mark.parametrize("party", ["attorney", "lawyer", "defendant"])
def test_a_party_to_the_case_after_a_fronted_phrase_is_the_he_not_the_judge(party):
    body = f"{JUDGE} In that account, the {party} admitted the mistake. He blamed a “search assistant” the office had used."
    assert attributed(body) == []


def test_near_miss_the_judges_own_pronoun_stays_hers():
    body = f"{JUDGE} In that order, she blamed a “search assistant” the office had used."
    assert attributed(body) == [("Petra Lindqvist", "search assistant")]


def test_near_miss_a_party_without_a_fronted_phrase_is_not_taken():
    # "The attorney admitted" with a bare "the" and no phrase before it may be someone just named, described anew
    body = f"Tomas Reid, who represents the tenants, filed the brief. The attorney admitted the mistake. {STRONGER}"
    assert [speaker for speaker, _ in attributed(body)] == ["Tomas Reid"]


@pytest.mark.parametrize(
    ("named", "who"),
    [
        ("The claimant, Piet Lund, sued the ferry company.", "Piet Lund"),
        ("Piet Lund, a lawyer for the ferry company, wrote to Judge Lena Brook.", "Piet Lund"),
    ],
)
def test_near_miss_a_party_the_report_named_in_an_appositive_is_no_one_unnamed(named: str, who: str) -> None:
    noun = "claimant" if "claimant" in named else "lawyer"
    quote = "The timetable was never ours to change."
    body = f"{named}\n\nIn that filing, the {noun} blamed the council. He wrote, “{quote}”"
    assert attributed(body) == [(who, quote)]
