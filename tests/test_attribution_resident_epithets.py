"""The writer's epithet for the person a local story is about by where they live or what they buy, after an inverted cue
("“…,” said the Corrow Lane renter", "says the longtime pensioner"): the story names someone, then calls them so. The
epithet tells no sex: the words are the passage's person's, a woman's or a man's, unless that person holds a title or a
role of their own, or the epithet sets the speaker apart ("the new renter")."""

from __future__ import annotations

import pytest
from passages import attributed

DUST = "The dust gets into the bread bin,"


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Priya Valdane has lived above the bakery on Corrow Lane for eleven years.", "Priya Valdane"),
        ("Priya Valdane, a Corrow Lane renter, has kept her windows shut since the cranes arrived.", "Priya Valdane"),
        ("Osric Mallen has lived above the bakery on Corrow Lane for eleven years.", "Osric Mallen"),
    ],
)
@pytest.mark.parametrize("epithet", ["the Corrow Lane renter", "the longtime renter", "the 68-year-old pensioner"])
def test_an_epithet_by_home_or_custom_after_the_quote_is_the_passages_person(lede: str, speaker: str, epithet: str) -> None:
    assert attributed(f"{lede}\n\n“{DUST}” said {epithet}.") == [(speaker, DUST)]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the bare noun (an unnamed source's as often), someone unnamed who spoke before, nobody named at all
        f"Priya Valdane has lived above the bakery for eleven years.\n\n“{DUST}” said the renter.",
        f"Priya Valdane has lived above the bakery for years. A renter who asked not to be named told us the site opens at six.\n\n“{DUST}” said the Corrow Lane renter.",
        f"Building work on Corrow Lane runs late into the night.\n\n“{DUST}” said the Corrow Lane renter.",
        # an epithet that goes on after the noun is another's ("the Corrow Lane renter's lawyer")
        f"Priya Valdane has lived above the bakery for eleven years.\n\n“{DUST}” said the Corrow Lane renter’s lawyer.",
    ],
)
def test_no_epithet_or_an_unnamed_one_credits_no_one_named(body: str) -> None:
    assert "Priya Valdane" not in [speaker for speaker, _quote in attributed(body)]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the person salient holds a title or a role of their own (an official, the other party)
        "Councillor Maria Okafor proposed the rent rise.\n\n“We cannot afford it,” said the longtime renter.",
        "Mayor Ana Ruiz ordered the evacuation on Monday.\n\n“We had ten minutes,” said the longtime resident.",
        "Dr. Maria Okafor treated the man for years.\n\n“She saved my life,” said the 72-year-old pensioner.",
        # a modifier that sets the speaker apart from the one named
        "Maria Okafor sold the flat in May.\n\n“It needed a new roof,” said the new homeowner.",
        "Maria Okafor has rented the flat since 2009. Her neighbour moved in last year.\n\n“The walls are thin,” said the other renter.",
        "Maria Okafor sold the flat in May.\n\n“It needed a new roof,” said the previous homeowner.",
        # the two parties of a lease, a suit, a sale or a surgery: the other party is as often the one named
        "Tenant Maria Okafor says repairs never came.\n\n“We fixed the boiler within a week,” said the Dunmore landlord.",
        "Judge Maria Okafor dismissed the claim on Friday.\n\n“I will appeal,” said the 72-year-old plaintiff.",
        "Maria Okafor treated the man for years.\n\n“She saved my life,” said the 72-year-old patient.",
        "Maria Okafor has rented the flat since 2009.\n\n“The walls are thin,” said the longtime tenant.",
        "Tom Reed, the owner of the Harbour Café, opened it in 1990. Mayor Ana Ruiz closed the road in May.\n\n"
        "“We will lose everything,” said the café owner.",
    ],
)
def test_an_epithet_for_someone_else_credits_no_one_named(body: str) -> None:
    assert attributed(body) == []
