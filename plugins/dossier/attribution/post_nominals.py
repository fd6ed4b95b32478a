"""The honours and professional letters written after a person's name ("Dr Jane Roe AO", "Sir Tomas Reid KC", "Ana Lind
OBE FRS"): no part of the name, so a later "Jane Roe" is the same speaker."""

from __future__ import annotations

import re

# orders and decorations of the Commonwealth realms (Australia's service and bravery medals among them), senior counsel,
# and the learned societies' fellowships that releases and court reports set after a name; "MP" and the like are left to
# the rules for members and seats
POST_NOMINALS = frozenset(
    (
        "AC AO AM OAM AK AD CH OM GBE KBE DBE CBE OBE MBE BEM KCMG GCMG DCMG CMG KCVO GCVO DCVO CVO LVO MVO KCB GCB DCB CB "
        "DSO MC VC GC QSO ONZM CNZM KNZM DNZM MNZM KC QC SC FRS FRSE FBA FAA FTSE FRSC FAHMS PSM APM AFSM ESM CSC CSM DSC "
        "DSM"
    ).split()
)
WORD = re.compile(r"\S+")


def without_post_nominals(name: str) -> str:
    """The name without the honours after it ("Jane Roe AO" → "Jane Roe", "Ana Lind OBE FRS" → "Ana Lind", "Jane Roe,
    AO" → "Jane Roe"); the name itself where none ends it. Its words are read once from the end, so a long run is linear."""
    words = list(WORD.finditer(name))
    kept = len(words)
    while kept > 1 and (words[kept - 1].group(0) if kept == len(words) else words[kept - 1].group(0).rstrip(",")) in POST_NOMINALS:
        kept -= 1
    if kept == len(words):
        return name
    return name[: words[kept - 1].end()].rstrip(",")
