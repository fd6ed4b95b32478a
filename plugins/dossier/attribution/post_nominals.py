"""The honours and professional letters written after a person's name ("Dr Jane Roe AO", "Sir Tomas Reid KC", "Ana Lind
OBE FRS"): no part of the name, so a later "Jane Roe" is the same speaker."""

from __future__ import annotations

import re

# orders and decorations of the Commonwealth realms, senior counsel, and the learned societies' fellowships that
# releases and court reports set after a name; "MP" and the like are left to the rules for members and seats
POST_NOMINALS = (
    "AC AO AM OAM AK AD CH OM GBE KBE DBE CBE OBE MBE BEM KCMG GCMG DCMG CMG KCVO GCVO DCVO CVO LVO MVO KCB GCB DCB CB "
    "DSO MC VC GC QSO ONZM CNZM KNZM DNZM MNZM KC QC SC FRS FRSE FBA FAA FTSE FRSC FAHMS"
).split()
POST_NOMINALS_END = re.compile(r"(?:,?\s+(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r"))+$")


def without_post_nominals(name: str) -> str:
    """The name without the honours after it ("Jane Roe AO" → "Jane Roe", "Ana Lind OBE FRS" → "Ana Lind"); the name
    itself where none ends it."""
    found = POST_NOMINALS_END.search(name)
    return name[: found.start()] if found is not None else name
