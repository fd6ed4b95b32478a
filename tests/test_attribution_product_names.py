"""A brand and a model named before the noun of the goods they name ("a $640 Brisca Trail scooter", "shops that carried
Brisca and Halvard mowers") are a product's name, never the person a later "he" or "she" means: consumer, business and
trade stories name products this way, right beside the owner who speaks."""

from __future__ import annotations

import pytest
from passages import attributed

OWNER = "Priya Valdane, a Corrow Lane renter, has had no luck with her garden tools."
STOPPED = "“It never cut a single lawn,” she said."


@pytest.mark.parametrize(
    "product",
    [
        "a $640 Brisca Trail mower",
        "a $640 Brisca Trail mower, its motor made by Kestra,",
        "her Brisca Trail laptop",
        "her Brisca Trail model",
        "the Brisca Trail tractor",
        "a Vantor Ridge pickup",
        "a Vantor Ridge phone",
        "a $300 Vantor Ridge drone",
    ],
)
def test_she_after_a_brand_and_model_before_a_goods_noun_is_the_owner(product: str) -> None:
    body = f"{OWNER}\n\nLast spring {product} stopped after a week. {STOPPED}"
    assert attributed(body) == [("Priya Valdane", "It never cut a single lawn,")]


@pytest.mark.parametrize("given", ["Zarin", "Lena"])  # a given name that tells no sex, and a near miss that tells her a woman
def test_she_after_brands_before_a_plural_goods_noun_is_the_sentences_subject(given: str) -> None:
    body = (
        f"“Nobody tested the batteries,” wrote consumer advocate {given} Castell.\n\n"
        "Castell blames the online shops too. Her complaint lists three of them that carried Brisca and Halvard scooters. "
        "“They kept selling after the first fires,” she argued."
    )
    assert attributed(body) == [
        (f"{given} Castell", "Nobody tested the batteries,"),
        (f"{given} Castell", "They kept selling after the first fires,"),
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


@pytest.mark.parametrize(
    "verb", ["phone their mother every week", "model coats for a living", "truck produce to the market", "drone on about tariffs"]
)
def test_the_plural_verb_after_two_people_is_no_goods_noun(verb: str) -> None:
    # near misses: after "Ana Ruiz and Bo Lind" the plural verb has the noun's form; no determiner or price before the name
    body = f"Prices rose.\n\nAna Ruiz and Bo Lind {verb}. “It pays the rent,” he said."
    assert attributed(body) == [("Bo Lind", "It pays the rent,")]
