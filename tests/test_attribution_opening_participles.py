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
