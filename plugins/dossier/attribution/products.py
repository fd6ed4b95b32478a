"""The nouns of what firms sell, which a brand and a model name stand before as modifiers: "The Brightwave Plus plan
costs $12", "the Harbourline app", "a $640 Brisca Trail mower", "shops that carried Brisca and Halvard scooters". A capitalised run right before one is the product's name, never a person a later "he" or "she" means.
"""

from __future__ import annotations

import re

from .offered_things import OFFERED_THINGS

# what a firm sells as a service, the list a scare-quoted label before one is read on ("plan" and "package" also verbs:
# "Ana Roe and Bo Lind plan to open" is kept out below)
SERVICE_NOUNS = tuple(sorted(OFFERED_THINGS))
# the goods consumer, business and trade stories name by brand and model; each is a noun only, also in the plural
# (not "phone", "model", "truck", "drone": "Ana Roe phones her", "Bo Lind models coats" are verbs after a person)
GOODS_NOUNS = frozenset(
    """freezer fridge refrigerator dishwasher washer dryer oven stove furnace boiler heater car sedan pickup vehicle
    motorcycle scooter smartphone handset laptop tablet computer printer television headset smartwatch appliance
    mower tractor airliner helicopter device""".split()
)
# goods nouns that are also verbs ("Ana Roe phones her sister", "Ana Roe and Bo Lind phone their mother"): a noun only
# where a determiner, a possessive or a price stands before the brand ("her Brisca Lite phone", "a $300 Vantor Ridge drone")
GOODS_NOUNS_AFTER_A_DETERMINER = frozenset(("phone", "model", "truck", "drone"))
DETERMINER_OR_PRICE_BEFORE = re.compile(r"(?:\b(?:a|an|the|her|his|their|its|my|our|your)|\$[\d,.]+)\s+$", re.I)

_GOODS = "|".join(sorted(GOODS_NOUNS))
PRODUCT_NOUN_AFTER = re.compile(r" (?:(?:" + "|".join(SERVICE_NOUNS) + r")\b(?![’'-]|\s+to\b)|(?:" + _GOODS + r")s?\b(?![’'-]))")
VERB_LIKE_GOODS_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(GOODS_NOUNS_AFTER_A_DETERMINER)) + r")\b(?![’'-])")


def product_named_before_its_noun(text: str, begin: int, finish: int) -> bool:
    """Whether the name from `begin` to `finish` stands before a noun of what a firm sells ("Brisca Trail mower")."""
    if PRODUCT_NOUN_AFTER.match(text, finish) is not None:
        return True
    return (
        VERB_LIKE_GOODS_NOUN_AFTER.match(text, finish) is not None and DETERMINER_OR_PRICE_BEFORE.search(text[max(0, begin - 40) : begin]) is not None
    )
