"""The court a legal report names once and then calls "the court" ("The appeal was heard in the Harlow Court of Appeals.
… The filing, the court said, was “…”"): that court, where the report has named one court and only one before; nobody
where it has named two or more (which one?) or none."""

from __future__ import annotations

import functools

from ..actors import fold_chars
from .names import Head, chunks

# a capitalised word before "Court" that names no particular court ("This Court", "The Court" opening a sentence)
NO_COURT_OPENERS = frozenset({"The", "This", "That", "Our", "Your", "Their", "A", "Any", "Every", "In", "At", "Before"})


def court_name(chunk: str) -> str:
    """The court a capitalised chunk names ("Harlow Court of Appeals", "Court of Appeal", "Westland Superior Court"),
    "" where "Court" is no court's head noun ("Court Filings", "Supreme Court Justice Ana Roe") or names none ("This
    Court")."""
    words = chunk.rstrip(".,").split()
    if "Court" not in words or len(words) < 2:
        return ""
    at = words.index("Court")
    after = words[at + 1 : at + 2]
    if after and after[0] not in ("of", "for"):
        return ""  # "Court Filings": a court's word before the noun it qualifies
    while words and words[0] in NO_COURT_OPENERS:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


@functools.lru_cache(maxsize=64)
def _courts_at(text: str) -> tuple[tuple[int, str], ...]:
    """Each (offset, name) of a court the text names, in order."""
    return tuple((chunk.begin, name) for chunk in chunks(text) if "Court" in chunk.text and (name := court_name(chunk.text)))


def courts_named_before(text: str, at: int) -> list[str]:
    """The courts the text names before `at`, each once, in the order first named; none where `at` is not known (-1)."""
    if at < 0 or "Court" not in text:
        return []
    names: dict[str, str] = {}
    for offset, name in _courts_at(text):
        if offset < at:
            names.setdefault(fold_chars(name).lower(), name)
    return list(names.values())


def the_one_court(text: str, role_noun: str, at: int) -> Head | None:
    """The one court the text names before `at` (where "the court" stands), its words holding the role noun's qualifiers
    ("the appeals court" for "Harlow Court of Appeals"); None where it names none or two or more."""
    words = role_noun.split()
    names = courts_named_before(text, at) if words and words[-1] == "court" else []
    if len(names) != 1 or not set(words[:-1]) <= set(fold_chars(names[0]).lower().split()):
        return None
    return Head(names[0], "", "organization")
