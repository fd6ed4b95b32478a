"""Speakers the registry does not know, found report by report and merged after, deterministically.

Each report is attributed on its own against the registry (in worker
processes, cached); the provisional actors it brings are then adopted in
report order. The same name in two reports is one actor; a bare surname
("Oszlanyi") that one and only one person's full name ends with ("Marek
Oszlanyi", in the registry or another report) is that person. The result
does not depend on the order the reports were read in, nor on whether they
were read apart or together.
"""

from __future__ import annotations

from dataclasses import replace

from .actors import Registry, fold_chars
from .attribution.titles import TITLE_WORDS
from .model import Actor
from .statements import Extraction
from .text import without_middle_initials


def adopt_provisional(registry: Registry, found: Extraction) -> Extraction:
    """Add a report's provisional actors to the registry; one already there under the same name is reused."""
    renamed: dict[str, str] = {}
    kept: list[Actor] = []
    for actor in found.provisional:
        existing = registry.actors.get(actor.id)
        if existing is None:
            registry.adopt(actor)
            kept.append(actor)
        elif fold_chars(without_middle_initials(existing.name)) != fold_chars(without_middle_initials(actor.name)):
            # two names, one page name: the later one gets a number ("Vladimir V. Putin" is "Vladimir Putin")
            number = 2
            while f"{actor.id}-{number}" in registry.actors:
                number += 1
            copy = replace(actor, id=f"{actor.id}-{number}", aliases=[a for a in actor.aliases if not registry.known(a)])
            registry.adopt(copy)
            renamed[actor.id] = copy.id
            kept.append(copy)
        elif existing.provisional:
            if not existing.description:  # the first report (in report order) that describes the speaker
                existing.description = actor.description
            kept.append(existing)
    if renamed:
        for statement in found.statements:
            statement.speaker = renamed.get(statement.speaker, statement.speaker)
            for quoted in statement.quoted:
                quoted.actor_id = renamed.get(quoted.actor_id, quoted.actor_id)
    return replace(found, provisional=kept, shown=None)


def is_bare_surname(name: str) -> bool:
    """'Oszlanyi' or 'Analyst Oszlanyi': a surname with at most role words before it."""
    words = name.split()
    return bool(words) and all(fold_chars(w).strip(".") in TITLE_WORDS for w in words[:-1])


def merge_bare_surnames(registry: Registry, provisional: list[Actor]) -> dict[str, str]:
    """Provisional persons named by a bare surname that exactly one other person's full name ends with: id -> that person's id."""
    by_surname: dict[str, set[str]] = {}
    for actor in registry.actors.values():
        if actor.kind == "person" and not is_bare_surname(actor.name):
            by_surname.setdefault(fold_chars(actor.name.split()[-1]), set()).add(actor.id)
    merged = {}
    for actor in sorted(provisional, key=lambda a: a.id):
        if actor.kind != "person" or not is_bare_surname(actor.name):
            continue
        owners = by_surname.get(fold_chars(actor.name.split()[-1]), set()) - {actor.id}
        if len(owners) == 1:
            merged[actor.id] = next(iter(owners))
    for actor_id in merged:
        registry.remove(actor_id)
    return merged
