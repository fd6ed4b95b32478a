"""Continents and regions, folded: places, never a person, and no state whose name they end in ("Latin America")."""

REGIONS = frozenset(
    """asia europe africa america americas oceania antarctica arctic eurasia scandinavia balkans caucasus sahel maghreb
    levant crimea donbas donbass gaza kashmir tibet xinjiang siberia patagonia indo-pacific asia-pacific""".split()
) | {
    "latin america", "south america", "north america", "central america", "central asia", "southeast asia", "south asia",
    "east asia", "middle east", "west bank", "persian gulf", "sub-saharan africa", "western europe", "eastern europe",
    "latin american", "south american", "north american", "central american",  # "Latin American states": no "American"
}  # fmt: skip

# the regions of two words or more by their last word: "america" -> {"latin america", "south america", …}
REGIONS_BY_LAST_WORD: dict[str, frozenset[str]] = {
    last: frozenset(r for r in REGIONS if " " in r and r.rsplit(" ", 1)[1] == last) for last in {r.rsplit(" ", 1)[1] for r in REGIONS if " " in r}
}


def inside_a_region(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end], a name, is the end of a region's name there ("America" in "Latin America")."""
    regions = REGIONS_BY_LAST_WORD.get(folded[start:end].lower())
    if not regions:
        return False
    before = folded[max(0, start - 20) : end].lower()
    return any(before.endswith(region) and (len(before) == len(region) or not before[-len(region) - 1].isalnum()) for region in regions)
