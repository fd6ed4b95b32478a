"""A person named with an age and a role the copy leaves open before the verb ("Name, 44, member of the council says"):
passages written for these tests, each with its near misses."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The Varno quarry lies an hour east of the coast, among farming villages.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadia Colbert, 52, member of the Orlo farmers' cooperative says the “price offered for the land was an insult.”",
        "Like many who were moved, Nadia Colbert, 52, a trader at Orlo market says the “price offered for the land was an insult.”",
        "Nadia Colbert, 52, the cooperative's treasurer told us the “price offered for the land was an insult.”",
        "Nadia Colbert, 52, a retired nurse in Orlo explained that the “price offered for the land was an insult.”",
    ],
)
def test_the_name_before_an_age_and_an_open_role_speaks(sentence: str) -> None:
    assert attributed(SETTING + sentence) == [("Nadia Colbert", "price offered for the land was an insult.")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of its own after the age: the verb of saying is another subject's
        "Nadia Colbert, 52, sold her plot before the cooperative says the “price offered for the land was an insult.”",
        "Nadia Colbert, 52, told the meeting that the cooperative claims the “price offered for the land was an insult.”",
        "Nadia Colbert, 52, and her brother sold early because the cooperative says the “price offered for the land was an insult.”",
    ],
)
def test_a_clause_after_the_age_is_no_role(sentence: str) -> None:
    assert ("Nadia Colbert", "price offered for the land was an insult.") not in attributed(SETTING + sentence)


def test_a_label_in_marks_beside_an_aged_name_is_nobodys() -> None:
    body = SETTING + "The cooperative discussed the “land package” on Monday, and Nadia Colbert, 52, left early."
    assert attributed(body) == []
