"""A member's party or group and home in brackets after the name: "Ilse Brandt (EPP, AT)", "Jane Hollis (Labour,
Wexham North)", "Thandi Mokoena (ANC, Gauteng)".

Parliament press releases (the group and the country's code), Hansard-style reports (the party and the seat) and South
African papers (the party and the province) set them between the name and the verb or the role apposed to it; the
person speaks, never the group ("Ilse Brandt (EPP, AT), rapporteur for the file, said:"). The bracket holds two parts
with one comma between: the group (one to four words, a capital or "the" first: "Renew Europe", "the Left", "S&D",
"Greens/EFA") and the place (one to three capitalised words). It follows a capitalised word (the name's last). A US
senator's "(D-Ore.)" and an age "(54)" hold no comma and are read as before; a bracket of lower-case words ("(R-Texas,
chair of the panel)") is no member's.
"""

from __future__ import annotations

import re

from ..datelines import WIRE_AGENCIES

_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w&/’'.-]*"
BRACKET = re.compile(
    r"\s*\((?P<group>(?:[Tt]he\s+)?" + _TOKEN + r"(?:\s+" + _TOKEN + r"){0,3}),\s+(?P<place>" + _TOKEN + r"(?:[\s-]+" + _TOKEN + r"){0,2})\)"
)
PARTY_BRACKET = re.compile(r"(?<=[^\W\d_])" + BRACKET.pattern)  # right after a word's last letter

# the same bracket with the role words after it running to the verb, no comma closing them (a release's "Pieter Janssen
# (Greens, NL) rapporteur for the file said:"): the role is apposed to the name as after a comma
PARTY_BRACKET_THEN_ROLE_END = re.compile(PARTY_BRACKET.pattern + r"\s+(?P<role>[a-z][^,;:.!?“”\"()]{2,80}?)\s*$")


def without_party_brackets(text: str) -> str:
    """The text with each such bracket blanked, a space for each character (offsets into the text stay as they were)."""
    if "(" not in text:
        return text
    return PARTY_BRACKET.sub(lambda found: " " * (found.end() - found.start()), text)


def without_party_brackets_closed(text: str) -> str:
    """The text with each such bracket taken out ("Ilse Brandt (EPP, AT), rapporteur" -> "Ilse Brandt, rapporteur")."""
    return PARTY_BRACKET.sub("", text) if "(" in text else text


# a photo's credit and where the one pictured stands ("(AP Photo, File)", "(Photo, AFP)", "(Pictured, Left)", "(Left,
# Right)"), and a service's "(Ret., Army)": brackets of the same shape that hold no group and no place (folded, no stop)
CREDIT_WORDS = frozenset("photo photos file pictured picture image images courtesy credit getty handout pool ret retd retired".split())
POSITION_WORDS = frozenset("left right centre center above below inset top bottom front back middle".split())


def _no_member_part(part: str, group: bool) -> bool:
    """Whether a part of the bracket is a credit's, a position's or an outlet's, never a party or a place: a credit word
    or an agency anywhere, a position word standing alone ("Left"; a group's "the Left" stays one)."""
    from .names import KNOWN_OUTLETS  # the engine's list (names.py reads this module)

    words = [word.lower().rstrip(".") for word in part.split()]
    if any(word in CREDIT_WORDS for word in words) or any(word in WIRE_AGENCIES for word in part.replace(".", " ").split()):
        return True
    if " ".join(words).removeprefix("the ") in KNOWN_OUTLETS:
        return True
    return words[0] in POSITION_WORDS and not (group and part[:4].lower() == "the ")


def names_a_member(group: str, place: str) -> bool:
    """Whether a bracket's two parts are a member's group and home ("EPP, AT"), not a photo's credit ("AP Photo, File",
    "Reuters, London") or where the one pictured stands ("Pictured, Left")."""
    return not (_no_member_part(group, group=True) or _no_member_part(place, group=False))


def party_and_place(after: str) -> tuple[str, str, int] | None:
    """The group and the place such a bracket opening the text after a name holds, and where it ends ("(ECR, IT), …" ->
    ("ECR", "IT", 9)); None where the text opens with no such bracket, or with a credit's of that shape ("(Photo, AFP)"):
    the person it follows still speaks, but it describes nobody."""
    found = BRACKET.match(after) if "(" in after[:3] else None
    if found is None or not names_a_member(found.group("group"), found.group("place")):
        return None
    return found.group("group"), found.group("place"), found.end()
