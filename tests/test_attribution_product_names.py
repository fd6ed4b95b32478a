"""A brand and a model named before the noun of the goods they name ("a $1,900 Frostline Deluxe freezer", "stores that
sold Frostline and Coldmore freezers") are a product's name, never the person a later "he" or "she" means: consumer,
business and trade stories name products this way, right beside the owner who speaks."""

from __future__ import annotations

import pytest
from passages import attributed

OWNER = "Maria Okafor, a Dunmore homeowner, has had bad luck with freezers."
BROKE = "“It was barely a year old,” she said."


@pytest.mark.parametrize(
    "product",
    [
        "a $1,900 Frostline Deluxe freezer",
        "a $1,900 Frostline Deluxe freezer — with a Coldmax pump inside —",
        "her Frostline Deluxe fridge",
        "her Frostline Deluxe model",
        "the Frostline Deluxe refrigerator",
        "a Vantor Ridge pickup",
        "a Vantor Ridge phone",
    ],
)
def test_she_after_a_brand_and_model_before_a_goods_noun_is_the_owner(product: str) -> None:
    body = f"{OWNER}\n\nFirst, {product} broke in early 2020. {BROKE}"
    assert attributed(body) == [("Maria Okafor", "It was barely a year old,")]


@pytest.mark.parametrize("given", ["Zarin", "Lena"])  # a given name that tells no sex, and a near miss that tells her a woman
def test_she_after_brands_before_a_plural_goods_noun_is_the_sentences_subject(given: str) -> None:
    body = (
        f"“It is a national problem,” said Dunmore attorney {given} Castell.\n\n"
        "Castell also names in her suit several big chain stores that sold Frostline and Coldmore freezers. "
        "“Because those retailers were aware of the problem,” she explained."
    )
    assert attributed(body) == [
        (f"{given} Castell", "It is a national problem,"),
        (f"{given} Castell", "Because those retailers were aware of the problem,"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # near misses: a person then a verb that reads as a goods noun ("phones", "models", "trucks"): still the person
        ("Ana Ruiz phones her mother every week.", "Ana Ruiz"),
        ("Ana Ruiz models coats for a living.", "Ana Ruiz"),
        ("Ana Ruiz trucks produce to the market.", "Ana Ruiz"),
        ("Ana Ruiz and Bo Lind plan to open a shop.", "Bo Lind"),
        # a person's own car: the possessive keeps her a person
        ("Ana Ruiz’s car broke down twice.", "Ana Ruiz"),
    ],
)
def test_a_person_before_a_verb_or_a_possessive_stays_the_one_she_means(sentence: str, speaker: str) -> None:
    body = f"{sentence} “It pays the rent,” she said."
    assert attributed(body) == [(speaker, "It pays the rent,")]
