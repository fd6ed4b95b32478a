"""A fragment in lower case closing the sentence right after a paraphrase that ends "…, X says." is X's, as a whole
sentence quoted there already is. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

PARAPHRASE = "Nobody knows which of the two roles came first, Ida Maren says."
QUOTE = "that does not tell us which one is older."


@pytest.mark.parametrize(
    "lead",
    ["Just because botanists found the cells in the root first, ", "Even if the root cells came first in the record, "],
)
def test_the_fragment_is_the_source_s(lead):
    assert attributed(f"{PARAPHRASE} {lead}“{QUOTE}”") == [("Ida Maren", QUOTE)]


def test_after_a_pronoun_s_paraphrase():
    body = f"Ida Maren has studied the roots for a decade. Nobody knows which role came first, she says. Just because botanists found the cells first, “{QUOTE}”"
    assert attributed(body) == [("Ida Maren", QUOTE)]


def test_a_sentence_naming_someone_else_stays_unattributed():
    body = f"{PARAPHRASE} Just because Tomas Brenner found the cells in the root first, “{QUOTE}”"
    assert attributed(body) == []


def test_no_paraphrase_before_stays_unattributed():
    body = f"Nobody knows which of the two roles came first. Just because botanists found the cells in the root first, “{QUOTE}”"
    assert attributed(body) == []


def test_a_fragment_in_mid_sentence_stays_unattributed():
    body = f"{PARAPHRASE} Just because botanists found the “sniffing” cells first, the order is unclear."
    assert attributed(body) == []


def test_after_a_paraphrase_closing_on_the_surname():
    body = f"Ida Maren has studied the roots for a decade.\n\nNobody knows which role came first, though, Maren says. Just because botanists became aware of the cells first, “{QUOTE}”"
    assert attributed(body) == [("Ida Maren", QUOTE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her rival calls that idea “a fairy tale.”",  # the rival's words, after a verb of naming
        "To this day the hill museum labels the cells “root eyes.”",  # a label
        "Farmers in the valley have long nicknamed the cells “root eyes.”",  # a nickname
        "Just because the growers called the cells, “root eyes.”",  # a verb of naming, though the lead ends in a comma
    ],
)
def test_a_name_given_a_thing_after_the_paraphrase_stays_unattributed(sentence):
    assert attributed(f"{PARAPHRASE} {sentence}") == []
