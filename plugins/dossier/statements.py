"""Who said what: the statements of a report, attributed by the sieve engine in `dossier.attribution`.

This module keeps the interface the build uses (`extract_statements`, `Extraction`);
the engine's parts (quotes, names, cues, sieves) live in `dossier.attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import Registry
from .corrected_credits import CreditUse, correct_credits
from .model import Actor, Report, Statement


@dataclass
class Extraction:
    statements: list[Statement]
    provisional: list[Actor]
    unattributed: list[tuple[str, str, str]]
    # the registry's corrections (dossier.corrected_credits): each [[credit]] for this report and how many quotes it
    # matched, and the quotes a correction gave to nobody with why
    credit_uses: list[CreditUse] = field(default_factory=list)
    overruled: list[tuple[str, str, str, str]] = field(default_factory=list)
    barred: list[int] = field(default_factory=list)  # the lines of the [[not_a_speaker]] entries that took a credit here
    # fingerprints.statements_named and statements_shown of these statements as found, where the report was read in
    # parallel (dossier.analysis): the build takes the second while its statements name the same ids
    shown: tuple[str, str] | None = field(default=None, compare=False)


def written_form(text: str, name: str) -> str:
    """The name as the text writes it where the speaker's name is shown otherwise ("Ilse BRANDT" for "Ilse Brandt")."""
    if name in text:
        return name
    found = re.search(re.escape(name), text, re.IGNORECASE)
    return found.group(0) if found is not None else name


def extract_statements(report: Report, registry: Registry) -> Extraction:
    """The report's statements in reading order; unknown speakers are added to the registry as provisional."""
    # imported here: its hundreds of expressions compile on import, and a warm build reads its few reports in a worker
    from .attribution.descriptions import describe
    from .attribution.engine import attribute

    found = attribute(report, registry)
    corrected = correct_credits(report, registry, found)
    used = {s.speaker for s in found.statements} | {q.actor_id for s in found.statements for q in s.quoted}
    provisional = []
    for actor_id in dict.fromkeys(found.provisional):
        if actor_id in used:
            actor = registry[actor_id]
            if actor.kind == "person" and not actor.description:
                actor.description = describe(report.source_text, written_form(report.source_text, actor.name))
            provisional.append(actor)
        else:
            registry.remove(actor_id)
    for statement in found.statements:
        statement.mentions = [a for a in statement.mentions if a in registry]
    return Extraction(found.statements, provisional, found.unattributed, corrected.credits, corrected.overruled, corrected.barred)
