"""A quoted fragment closing the reported clause of a sentence that ends on its speaker, an apposition describing them
and a verb of saying ("… a “quiet revival,” Ines Varga, the co-op’s head of marketing, said on Monday.") is the
speaker's, as it is with the apposition left out or the verb first. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "The orchard could be heading for a “quiet revival,”"


@pytest.mark.parametrize(
    "ending",
    [
        "Ines Varga, the co-op’s head of marketing, said on Monday.",
        "Ines Varga, the co-op's head of marketing, said.",
        "Ines Varga, head of marketing at the co-op, said on Monday.",
        "Ines Varga, the marketing chief, told growers on a call Monday.",
        "Ines Varga, a marketing consultant for the co-op, has said.",
    ],
)
def test_the_fragment_is_the_apposed_speaker_s(ending):
    assert attributed(f"{LEAD} {ending}") == [("Ines Varga", "quiet revival,")]


def test_with_words_between_the_quote_and_the_speaker():
    body = "The orchard could be heading for a “quiet revival” next year, Ines Varga, the co-op’s head of marketing, said on Monday."
    assert attributed(body) == [("Ines Varga", "quiet revival")]


def test_a_whole_sentence_quoted_stays_the_speaker_s():
    body = "“The orchard will have its quiet revival,” Ines Varga, the co-op’s head of marketing, said on Monday."
    assert attributed(body) == [("Ines Varga", "The orchard will have its quiet revival,")]


def test_a_so_called_label_stays_a_label():
    body = "The orchard has entered a so-called “quiet revival,” Ines Varga, the co-op’s head of marketing, said on Monday."
    assert attributed(body) == []


def test_a_sentence_whose_subject_is_another_speaker_is_not_the_apposed_one_s():
    body = "Tomas Brekke told growers the orchard could see a “quiet revival,” Ines Varga, the co-op’s head of marketing, said on Monday."
    assert ("Ines Varga", "quiet revival,") not in attributed(body)


def test_an_apposition_with_a_verb_of_saying_of_its_own_is_left_alone():
    body = "The orchard could see a “quiet revival,” Ines Varga, who told growers so in May, said on Monday."
    assert attributed(body) == []


@pytest.mark.parametrize("ending", ["Ines Varga, the co-op’s head of marketing, said on Monday.", "Ines Varga said on Monday."])
def test_a_verb_of_view_in_the_infinitive_is_no_one_speaking(ending):
    body = f"Cheaper storage gives the co-op good reason to believe the orchard could see a “quiet revival,” {ending}"
    assert attributed(body) == [("Ines Varga", "quiet revival,")]


def test_a_verb_of_view_with_its_own_subject_still_blocks():
    body = "Tomas Brekke believes the orchard could see a “quiet revival,” Ines Varga, the co-op’s head of marketing, said on Monday."
    assert ("Ines Varga", "quiet revival,") not in attributed(body)


@pytest.mark.parametrize(
    "opening",
    [
        "Tomas Brekke was the first to cite a",
        "Tomas Brekke stood up to question the",
        "Tomas Brekke wants to believe the orchard could see a",
        "Tomas Brekke went on to quote the growers’",
    ],
)
@pytest.mark.parametrize("ending", ["Ines Varga said.", "Ines Varga, the co-op’s head, said."])
def test_another_infinitive_keeps_its_subject_s_voice(opening, ending):
    assert ("Ines Varga", "quiet revival,") not in attributed(f"{opening} “quiet revival,” {ending}")


def test_every_reason_to_expect_is_no_one_speaking():
    body = "Cheaper storage gives growers every reason to expect a “quiet revival,” Ines Varga said."
    assert attributed(body) == [("Ines Varga", "quiet revival,")]


@pytest.mark.parametrize(
    "ending",
    [
        "Rova, a market town in the north, said.",
        "Norland, a small country on the coast, said on Monday.",
        "New Harbour, a village near the co-op, said.",
    ],
)
def test_a_place_described_between_commas_is_no_one_speaking(ending):
    assert attributed(f"{LEAD} {ending}") == []


@pytest.mark.parametrize(
    "ending, speaker",
    [
        ("Varga, the co-op’s head of marketing, said.", "Varga"),
        ("Brekke, a grower since May, said on Monday.", "Brekke"),
        ("Ines Varga, a quiet presence at every meeting, said.", "Ines Varga"),
    ],
)
def test_a_person_s_description_or_full_name_still_speaks(ending, speaker):
    assert attributed(f"{LEAD} {ending}") == [(speaker, "quiet revival,")]
