"""A university's campus city, joined to its name by a comma, is part of the institution, never a person.

Features and news name a university with its campus after a comma ("the University of California, San Francisco", "the
University of Wisconsin, Madison"). The city's name then stands where an apposed person could ("a geologist at the
University of Westland, San Lucio, studies …") and, read as a person, takes the "she" or "he" of the next sentence. A
name there is the campus where it is one word ("Madison"), opens with a saint's or a place's word ("San", "Santa",
"St.", "São", "Port"); a given name and a surname there stay a person ("the head of the University of Westland, Lena
Okafor, said").
"""

from __future__ import annotations

import re

from .names import PLACE_FIRST_WORDS, fold

# "the University of Westland, ", "Westland University, ": the body's name and the comma before the chunk
UNIVERSITY_THEN_COMMA = re.compile(r"(?:\bUniversity of (?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|\b[A-Z][\w’'.-]* University),\s+$")
UNIVERSITY_REACH = 80  # characters before the chunk: the body's name of up to four words and the comma
# the words a city named for a saint opens with ("San Diego", "Santa Cruz", "São Paulo", "St. Louis")
SAINT_PLACE_WORDS = frozenset(("san", "santa", "santo", "sao", "st", "saint", "sainte", "ste"))  # folded: "São", "St."


def campus_after_university(text: str, begin: int, name: str) -> bool:
    """Whether the name at `begin` is a university's campus city, written after its name and a comma."""
    if UNIVERSITY_THEN_COMMA.search(text, max(0, begin - UNIVERSITY_REACH), begin) is None:
        return False
    words = name.split()
    first = fold(words[0]) if words else ""
    return len(words) == 1 or first in SAINT_PLACE_WORDS or first in PLACE_FIRST_WORDS
