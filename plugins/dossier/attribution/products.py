"""The nouns of what firms sell, which a brand and a model name stand before as modifiers: "The Brightwave Plus plan
costs $12", "the Harbourline app", "a $1,900 Frostline Deluxe freezer", "stores that sold Frostline and Coldmore
freezers". A capitalised run right before one is the product's name, never a person a later "he" or "she" means.
"""

from __future__ import annotations

import re

# what a firm sells as a service ("plan" and "package" also verbs: "Ana Roe and Bo Lind plan to open" is kept out below)
SERVICE_NOUNS = ("plan", "service", "app", "subscription", "package", "bundle", "tier")
# the goods consumer, business and trade stories name by brand and model; each is a noun only, also in the plural
# (not "phone", "model", "truck", "drone": "Ana Roe phones her", "Bo Lind models coats" are verbs after a person)
GOODS_NOUNS = frozenset(
    """freezer fridge refrigerator dishwasher washer dryer oven stove furnace boiler heater car sedan pickup vehicle
    motorcycle scooter smartphone handset laptop tablet computer printer television headset smartwatch appliance
    mower tractor airliner helicopter device""".split()
)
# goods nouns that are also verbs in the third person ("Ana Roe phones her sister"): only in the singular after a name
GOODS_NOUNS_SINGULAR_ONLY = frozenset(("phone", "model", "truck", "drone"))

_GOODS = "|".join(sorted(GOODS_NOUNS))
PRODUCT_NOUN_AFTER = re.compile(
    r" (?:(?:" + "|".join(SERVICE_NOUNS) + r")\b(?![’'-]|\s+to\b)"
    r"|(?:" + _GOODS + r")s?\b(?![’'-])"
    r"|(?:" + "|".join(sorted(GOODS_NOUNS_SINGULAR_ONLY)) + r")\b(?![’'-]))"
)


def product_named_before_its_noun(text: str, finish: int) -> bool:
    """Whether the name ending at `finish` stands before a noun of what a firm sells ("Frostline Deluxe freezer")."""
    return PRODUCT_NOUN_AFTER.match(text, finish) is not None
