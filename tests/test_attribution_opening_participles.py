"""A participle set off by a comma at a sentence's opening ("Sobbing, a stallholder begged …", "Smiling, a guard told
…") is no one's name: the sentence's subject is the unnamed person after it. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "Give us one more month. We have nowhere else to go,"


@pytest.mark.parametrize("participle", ["Sobbing", "Smiling", "Trembling", "Grinning"])
@pytest.mark.parametrize("verb", ["begged", "told", "pleaded with"])
def test_the_participle_is_nobody(participle, verb):
    body = f"{participle}, a stallholder from Rova {verb} the market board on May 2, “{WORDS}” after the notice went up."
    assert attributed(body) == []


def test_a_named_subject_after_the_participle_speaks():
    body = f"Sobbing, Dana Vilks, a stallholder from Rova, begged the market board on May 2, “{WORDS}” after the notice went up."
    assert attributed(body) == [("Dana Vilks", WORDS)]


def test_a_surname_in_ing_named_in_full_before_stays_a_name():
    body = f"Tom Manning runs the market.\n\nManning, the market's head, told the stallholders, “{WORDS}”"
    assert attributed(body) == [("Tom Manning", WORDS)]


@pytest.mark.parametrize(
    "body, speaker",
    [
        (f"Fleming, a nurse at the Rova clinic, said, “{WORDS}”", "Fleming"),
        (f"Xiaoming, a student in Rova, told the board, “{WORDS}”", "Xiaoming"),
        (f"Harding, a guard at the pier, pleaded with the board, “{WORDS}”", "Harding"),
    ],
)
def test_a_name_in_ing_before_its_apposition_and_verb_speaks(body, speaker):
    assert attributed(body) == [(speaker, WORDS)]


def test_a_name_in_ing_the_report_writes_inside_a_sentence_speaks():
    body = f"Fleming, a nurse in Rova, smiled. “{WORDS}” Fleming said."
    assert attributed(body) == [("Fleming", WORDS)]
    body = f"“{WORDS}” said Browning, the clinic's head. Browning, who runs it, added more."
    assert attributed(body) == [("Browning", WORDS)]


def test_a_participle_after_a_quotation_closing_its_sentence_is_nobody():
    body = f"Mara Keel said “no.” Sobbing, a stallholder begged the board, “{WORDS}”"
    assert attributed(body) == [("Mara Keel", "no.")]
    body = f"Mara Keel said: “No!” Trembling, a guard told the board, “{WORDS}”"
    assert attributed(body) == [("Mara Keel", "No!")]


def test_a_participle_before_an_apposition_written_in_lower_case_too_is_nobody():
    body = f"Sobbing, a stallholder from Rova, begged the board, “{WORDS}” Others were sobbing too."
    assert attributed(body) == []
