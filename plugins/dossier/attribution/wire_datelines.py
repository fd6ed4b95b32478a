"""A wire story's dateline opening a paragraph inside a report ("BANGKOK, Thailand (AP) – The council …"), blanked
before the paragraph's subjects are read: the city is where the story was filed, no one who speaks. A digest of news
items carries one per item, past the first paragraph the importer reads datelines in."""

from __future__ import annotations

from ..datelines import DATELINE_MAX, dateline_end

# a UTF-8 en or em dash read as cp1252 (re-saved or scraped copy): read as the dash, the same length, its first two
# characters as spaces
MOJIBAKE_DASHES = (("â€“", "  –"), ("â€”", "  —"))


def blank_wire_dateline(masked: str) -> str:
    """The masked paragraph with a wire's dateline opening it blanked (spaces, the same length), or as it was: one with its
    agency or its day in brackets, as a digest's capitalised kicker before a dash has not."""
    if not masked[:1].isupper():
        return masked
    head = masked[:DATELINE_MAX]
    if "â€" in head:
        for mojibake, dash in MOJIBAKE_DASHES:
            head = head.replace(mojibake, dash)
    end = dateline_end(head)
    if not end or ")" not in head[:end]:
        return masked  # "ANTI-WOKE BANK STUMBLE — WSJ’s X:": a digest's kicker, not a wire's "(AP)" or "(March 3)"
    return " " * end + masked[end:]
