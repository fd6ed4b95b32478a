"""Where a person quoted in the news lives, set in commas after the name: a town and its region, never a second name.

UK, Commonwealth and US news name members of the public with an age and a home: "Greta Holm, 64, from Ashby,
Leicestershire, said", "Dana Ruiz, 41, of Austin, Texas, said", "…, a nurse from Ashby, Leicestershire, said", "…, who
lives in Ashby, Leicestershire, said", and after a quotation "“…,” Greta Holm, 64, from Ashby, Leicestershire, said." The
region after the town stands where an apposed name could ("Ashby, Leicestershire,"); it is the place's, and the person
named before it speaks. Unnamed people and bodies before a place and its region are no one named there ("A man from
Ashby, Kent, said", "A spokesperson from Harbour Water, Kent, said": the body, as without the region).

A region is one word ("Leicestershire", "Kent", "Texas", "Mo.") or words shaped as a region's: opening on a compass
point or a county's word ("East Durham", "County Down") or ending on an area's noun ("Amber Province"). Two words of any
other shape after the town are a person named in full ("Speaking to Greta Holm, from Ashby, Tom Reed said"; "the
director of Harbour Water, Tom Reed, said"); so is one word after "the <post> of <body>" ("the director of Harbour
Water, Reed, said"), where "of" names the body the post is in, not a home.
"""

from __future__ import annotations

import re

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
# a place of up to four capitalised words, with the lower-case joins place names have ("Newcastle upon Tyne", "Isle of
# Wight"; "Stratford-upon-Avon" is one word)
PLACE = _CAP + r"(?:\s+(?:(?:upon|on|of|le|la|de|del|da)\s+)?" + _CAP + r"){0,3}"
HOME_PREPOSITIONS = ("from", "of", "in", "near", "outside")
PLACE_PREPOSITION_WORD = re.compile(r"\s(?:" + "|".join(HOME_PREPOSITIONS) + r")\s")  # a cheap gate before the patterns below
# "Greta Holm, 64, a retired nurse from Ashby, Leicestershire": a name of two words or more, an age, a few lower-case
# words (a job, "who lives", "who has lived"; not "the …": "the director of X, Y," sets a post's holder after its body), a
# preposition, the town, the region (the comma after it, before a verb)
HOME_PLACE_END = re.compile(
    r"(?<![\w’'-])(?P<who>"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r"){1,3}),\s+(?:\d{1,3},\s+)?(?!the\s)(?:[a-z][\w’'-]*\s+){0,6}?(?:"
    + "|".join(HOME_PREPOSITIONS)
    + r")\s+(?P<town>"
    + PLACE
    + r"),\s+(?P<region>"
    + PLACE
    + r"),?\s*$"
)
HOME_PLACE_REACH = 200  # characters before the verb (or to the end of a name run after a quotation) the pattern reads
# "… from Harbour Water": a place preposition and a capitalised name ending the words before an apposition's comma
PLACE_ENDING = re.compile(r"(?<![\w’'-])(?P<preposition>" + "|".join(HOME_PREPOSITIONS) + r")\s+(?:the\s+)?" + PLACE + r"\s*$")
PLACE_ENDING_REACH = 80
# the first words of a region's name: a compass point ("East Durham", "North Yorkshire"), a county's word ("County Down",
# "Co Antrim"), "New", "Greater"
REGION_FIRST_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "mid", "county", "co", "new", "greater"}
)
# an area's noun ending a region's name ("Amber Province", "Kessel Oblast", "Tarn District")
REGION_LAST_WORDS = frozenset({"county", "province", "region", "district", "state", "territory", "oblast", "prefecture", "shire", "pradesh"})
ABBREVIATED_REGION = re.compile(r"(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3})")  # "Mo.", "Calif.", "Ont.", "D.C.", "N.S.W."


def strongly_a_region(name: str) -> bool:
    """Whether the words read as a region's name by their shape, wherever they stand: an abbreviation ("Mo.", "D.C."), a
    county's "-shire", a compass point's or a county's first word, an area's noun last."""
    words = name.split()
    if not words:
        return False
    if len(words) == 1:
        return ABBREVIATED_REGION.fullmatch(name) is not None or name.lower().endswith("shire")
    return words[0].lower().rstrip(".") in REGION_FIRST_WORDS or words[-1].lower() in REGION_LAST_WORDS


def home_place_end(text: str) -> tuple[str, int] | None:
    """The name and its start where the text ends on "<Name>, [age,] [words] from <Town>, <Region>," (the module's
    shape), None where it does not or the words after the town are no region (two words or more not shaped as one)."""
    found = HOME_PLACE_END.search(text, max(0, len(text) - HOME_PLACE_REACH))
    region = found.group("region") if found is not None else ""
    if found is None or not (strongly_a_region(region) or " " not in region):
        return None
    return found.group("who"), found.start("who")


def region_after_a_place(ahead: str, name: str) -> bool:
    """Whether `name`, set in commas after `ahead` (the words before its first comma), is the region of the place `ahead`
    ends on ("A man from Ashby, Kent,", "A spokesperson from Harbour Water, Leicestershire,"): one word, or words shaped
    as a region's; after "of" only the latter ("the director of Harbour Water, Reed,": the post's holder)."""
    place = PLACE_ENDING.search(ahead, max(0, len(ahead) - PLACE_ENDING_REACH))
    if place is None:
        return False
    return strongly_a_region(name) or (place.group("preposition") != "of" and " " not in name)
