"""`invoke relations`: every relation the map will show, with its sentence and the rule that read it.

Reads the reports and the registry directly (no Pelican), as `invoke speakers`
does. Prints the typed relations (contact, support, opposition, quoting) and the
affiliations, each with every passage it rests on: date, report, section and
paragraph, the rule, the sentence; an affiliation the registry gives is shown with
the registry's file and line (here, not on the site). Then the relations read
between names the registry does not know (they are not on the map until the
registry names them), and the co-mentions, counted (listed with --co-mentions).
"""

from __future__ import annotations

import textwrap

from dossier.dates import format_date
from dossier.relations import RELATION_TYPES, TYPED, ActorGraph, Evidence, EvidenceReader
from dossier.speakers import SpeakerBook
from speakers.review import read_book


def shorten(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def passage_lines(book: SpeakerBook, evidence: Evidence) -> list[str]:
    if evidence.from_registry:
        return [f"  - {evidence.text}"]
    report = book.reports[evidence.report_slug]
    date = format_date(evidence.date) if evidence.date else "undated"
    section = next((s for s in report.sections if s.slug == evidence.section_slug), None)
    where = f"{evidence.report_slug} § {shorten(section.title if section else evidence.section_slug, 40)} #{evidence.anchor}"
    said = f"; in the words of {book.registry[evidence.speaker].name}" if evidence.speaker in book.registry else ""
    return [f"  - {date}; {where}; rule: {evidence.rule or 'unknown'}{said}", f"    “{shorten(evidence.text, 400)}”"]


def relation_lines(book: SpeakerBook, co_mentions: bool = False) -> list[str]:
    graph = ActorGraph(list(book.reports.values()), book.registry, book.statements, merged=book.merged)
    name = {actor_id: actor.name for actor_id, actor in book.registry.actors.items()}
    lines: list[str] = []
    relations = graph.sorted_relations()
    shown = [r for r in relations if r.kind in TYPED or r.kind == "affiliation"]
    for kind in [*TYPED, "affiliation"]:
        of_kind = [r for r in shown if r.kind == kind]
        lines.append(f"== {RELATION_TYPES[kind]} ({len(of_kind)})")
        for relation in of_kind:
            lines.append(f"{name[relation.source]} ({relation.source}) {RELATION_TYPES[kind]} {name[relation.target]} ({relation.target})")
            for evidence in relation.evidence:
                lines.extend(passage_lines(book, evidence))
    unknown: list[str] = []
    reader = EvidenceReader(book.registry, book.statements)
    for report in book.reports.values():
        reading = reader.read(report)
        for source, target, kind, evidence in reading.relations:
            if kind in TYPED and (source.startswith("~") or target.startswith("~")):
                ends = [reading.names.get(k, name.get(k, k)) for k in (source, target)]
                unknown.append(f"{ends[0]} {RELATION_TYPES[kind]} {ends[1]}")
                unknown.extend(passage_lines(book, evidence))
    lines.append(f"== read between names the registry does not know, not on the map ({sum(1 for line in unknown if not line.startswith(' '))})")
    lines.extend(unknown)
    mentions = [r for r in relations if r.kind == "co-mention"]
    lines.append(
        f"== {RELATION_TYPES['co-mention']}: {len(mentions)} pairs, {sum(len(r.evidence) for r in mentions)} passages (neutral; --co-mentions lists them)"
    )
    if co_mentions:
        for relation in mentions:
            lines.append(f"{name[relation.source]} and {name[relation.target]}: {len(relation.evidence)} passage(s)")
            for evidence in relation.evidence:
                lines.extend(passage_lines(book, evidence))
    return lines


def review(content: str, co_mentions: bool = False) -> int:
    """Print the relations of the reports in `content`; 1 if they cannot be read (the message says why)."""
    from dossier.model import ContentError

    try:
        book = read_book(content)
    except ContentError as error:
        print(error)
        return 1
    print("\n".join(relation_lines(book, co_mentions)))
    return 0
