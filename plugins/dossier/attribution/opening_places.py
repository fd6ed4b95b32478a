"""A sentence opening on where it happens ("In Kyiv, the president said") names a place, never the speaker.

News and field reports open sentences on the place ("In Kyiv, the president said", "Back in Ashby, the mayor told
reporters", "In Ashby, Kent, the mayor said"). The subject finder reads a name, a comma and a role noun before a verb as
a person and the role apposed to them ("Marta Oleksiv, the firm's manager, told"); after an opening place phrase the
name is the place and the role noun is the subject. A second name after the town is its region only where it is one
word or shaped as a region's (home_places.strongly_a_region): "In Ashby, Tom Reed, the mayor said" names him.
"""

from __future__ import annotations

import re

from .home_places import PLACE, strongly_a_region

# the phrase from the sentence's start: an adverb of place ("Back", "Here", "Out") or none, "in", "at", "near",
# "outside", the town and maybe its region, the comma
OPENING_PLACE_END = re.compile(
    r"(?:^|[.!?…][\"”’]?\s+|\n)\s*(?:(?:Back|Here|Out|Over|Up|Down|Elsewhere|Meanwhile)(?:\s+home)?,?\s+)?"
    r"(?:In|in|At|at|Near|near|Outside|outside)\s+(?P<town>" + PLACE + r")(?:,\s+(?P<region>" + PLACE + r"))?,\s*$"
)
OPENING_PLACE_REACH = 120  # characters before the comma: the sentence's start, the phrase and the town


def opening_place_end(text: str) -> bool:
    """Whether the text (up to a comma ending it) is the opening phrase of a sentence that names where it happens."""
    found = OPENING_PLACE_END.search(text, max(0, len(text) - OPENING_PLACE_REACH))
    if found is None:
        return False
    region = found.group("region")
    return region is None or " " not in region or strongly_a_region(region)
