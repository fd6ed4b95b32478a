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


def party_and_place(after: str) -> tuple[str, str, int] | None:
    """The group and the place such a bracket opening the text after a name holds, and where it ends ("(ECR, IT), …" ->
    ("ECR", "IT", 9)); None where the text opens with no such bracket."""
    found = BRACKET.match(after) if "(" in after[:3] else None
    return (found.group("group"), found.group("place"), found.end()) if found else None
