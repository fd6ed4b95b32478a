"""The actor-relationship graph: who relates to whom, how, and on which passages.

Plain code over the model, the registry and the statements. Every sentence of
every report that names two or more actors is evidence for a relation between
its subject (the speaker of a quoted passage, else the first person or body it
names) and each other actor it names. The relation's type comes from the
sentence's words: contact (met, spoke, press conference), opposition (warns,
accuses, threatens), support (supports, praises, proposes), else co-mention.
Affiliations come from the registry and cite it. A relation with no evidence
does not exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from .actors import Mention, Registry, fold_chars
from .attribution.names import TITLE_WORDS
from .dates import dates_in
from .layout import cached_layout, force_layout
from .model import Actor, Paragraph, Report, Statement, without_note_markers
from .sentences import ends_with_abbreviation

RELATION_TYPES = {
    "affiliation": "affiliated with",
    "contact": "in contact with",
    "support": "supports",
    "opposition": "opposes",
    "co-mention": "named with",
}
DIRECTED = {"affiliation", "support", "opposition"}
RELATION_WORDS = [
    (
        "contact",
        r"\b(?:met|meets?|meeting|spoke\s+(?:with|to)|speaking\s+(?:with|to)|talks?\s+with|(?:tele)?phone\s*(?:call|conversation)?|"
        r"conversation|discussion|call\s+with|press\s+conference|counterpart|visit(?:ed|s|ing)?|hosted|received|negotiat\w*)\b",
    ),
    (
        "opposition",
        r"\b(?:warn\w*|accus\w*|threat\w*|blam\w*|condemn\w*|against|plot\w*|conspir\w*|attack\w*|enem\w*|rival\w*|hostil\w*|"
        r"sanction\w*|oppos\w*|critici[sz]\w*|denounc\w*|slapped|aggress\w*|illegitimate|occupation|occupied|undesirable)\b",
    ),
    (
        "support",
        r"\b(?:support\w*|prais\w*|welcom\w*|propos\w*|backed|backs|backing|endors\w*|cooperat\w*|allian\w*|ally|allies|friend\w*|"
        r"recruit\w*|upgrad\w*|partner\w*|solidarity)\b",
    ),
]
RELATION_PATTERNS = [(kind, re.compile(pattern, re.I)) for kind, pattern in RELATION_WORDS]
BOUNDARY = re.compile(r"[.!?…](?=\s+[\"“'‘(\[]?[A-Z0-9])")
CO_MENTION_MAX = 4


@dataclass(frozen=True)
class Evidence:
    """A passage a relation rests on: a sentence of a report, or the registry's entry for an affiliation."""

    text: str
    report_slug: str = ""
    section_slug: str = ""
    anchor: str = ""
    date: dt.date | None = None
    speaker: str = ""  # the actor whose quoted words these are, if any

    @property
    def from_registry(self) -> bool:
        return not self.report_slug


@dataclass
class Relation:
    source: str
    target: str
    kind: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def directed(self) -> bool:
        return self.kind in DIRECTED

    @property
    def key(self) -> str:
        return f"{self.source}--{self.kind}--{self.target}"

    @property
    def dates(self) -> list[dt.date]:
        return sorted(e.date for e in self.evidence if e.date)

    @property
    def reports(self) -> list[str]:
        return sorted({e.report_slug for e in self.evidence if e.report_slug})


def split_sentences(text: str) -> list[str]:
    sentences, start = [], 0
    for match in BOUNDARY.finditer(text):
        if ends_with_abbreviation(text, match.start() + 1):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def relation_type(sentence: str) -> str:
    return relation_type_before(relation_marks(sentence), len(sentence))


def relation_marks(sentence: str) -> list[tuple[str, int]]:
    """Where each relation type's first word ends in the sentence, in the types' order of precedence."""
    marks = []
    for kind, pattern in RELATION_PATTERNS:
        match = pattern.search(sentence)
        if match:
            marks.append((kind, match.end()))
    return marks


def relation_type_before(marks: list[tuple[str, int]], limit: int) -> str:
    """The strongest relation type whose word ends by `limit`, else co-mention."""
    for kind, end in marks:
        if end <= limit:
            return kind
    return "co-mention"


@dataclass
class ReportReading:
    """What one report adds to the graph, in reading order: each actor it names (once per sentence) and each
    relation one of its sentences evidences. Plain data, so it can be computed apart from the graph and cached."""

    named: list[str] = field(default_factory=list)
    relations: list[tuple[str, str, str, Evidence]] = field(default_factory=list)


def affiliated(registry: Registry, actor_id: str, state_id: str) -> bool:
    seen = set()
    while actor_id in registry and actor_id not in seen:
        seen.add(actor_id)
        affiliation = registry[actor_id].affiliation
        if affiliation == state_id:
            return True
        actor_id = affiliation
    return False


class EvidenceReader:
    """Reads one report's sentences for relations, given the registry and that report's statements."""

    def __init__(self, registry: Registry, statements: list[Statement]) -> None:
        self.registry = registry
        self._inline: dict[tuple[str, str], list[Statement]] = {}
        self._quoted_runs: dict[tuple[str, str], Statement] = {}  # a block statement by its first paragraph
        for statement in statements:
            if statement.inline:
                self._inline.setdefault((statement.report_slug, statement.anchor), []).append(statement)
            else:
                self._quoted_runs[(statement.report_slug, statement.anchor)] = statement

    def read(self, report: Report) -> ReportReading:
        reading = ReportReading()
        for section in report.sections:
            current: Statement | None = None
            for paragraph in section.paragraphs:
                starting = self._quoted_runs.get((report.slug, paragraph.anchor))
                if starting is not None:
                    current = starting
                elif paragraph.kind != "quote":
                    current = None
                statement = current if paragraph.kind == "quote" else None
                self._read_paragraph(reading, report, section.slug, paragraph, statement)
        return reading

    def _paragraph_date(self, report: Report, paragraph: Paragraph, statement: Statement | None) -> dt.date | None:
        if statement and statement.date:
            return statement.date
        for key in paragraph.note_keys:
            note = report.notes.get(key)
            if note and note.date:
                return note.date
        return None  # undated evidence: the report's own date would be a guess

    def _read_paragraph(self, reading: ReportReading, report: Report, section_slug: str, paragraph: Paragraph, statement: Statement | None) -> None:
        text = without_note_markers(paragraph)
        fallback = self._paragraph_date(report, paragraph, statement)
        year_hint = fallback.year if fallback else report.date.year if report.date else None
        for sentence in split_sentences(text):
            found = dates_in(sentence, year_hint, report.date)
            date = found[-1][1] if found and not statement else fallback
            places = self._actors_in(sentence, date)
            actors = list(places)
            speaker = statement.speaker if statement else self._inline_speaker(report.slug, paragraph.anchor, sentence)
            reading.named.extend(actors)
            participants = list(dict.fromkeys([speaker, *actors] if speaker else actors))
            if len(participants) < 2:
                continue
            subject = speaker or self._subject(participants)
            evidence = Evidence(" ".join(sentence.split()), report.slug, section_slug, paragraph.anchor, date, speaker)
            registry = self.registry
            others = [a for a in participants if a != subject and not affiliated(registry, subject, a) and not affiliated(registry, a, subject)]
            # Contact is between people and bodies: the states a contact sentence names are only named with them.
            people = [a for a in others if registry[a].kind != "state"]
            marks = relation_marks(sentence)
            for other in others:
                # Only words before the later of the two names speak of them: "A met B, and C warned D" does not make A warn B.
                kind = relation_type_before(marks, max(places.get(subject, 0), places[other]) + 1)
                relation = "co-mention" if kind == "contact" and people and other not in people else kind
                if relation == "co-mention" and len(participants) > CO_MENTION_MAX:
                    continue  # a list of many names says little about any two of them
                reading.relations.append((subject, other, relation, evidence))

    def _inline_speaker(self, report_slug: str, anchor: str, sentence: str) -> str:
        for statement in self._inline.get((report_slug, anchor), []):
            if statement.quote.strip("\"“”‘’' ,.")[:40] in sentence:
                return statement.speaker
        return ""

    def _actors_in(self, sentence: str, date: dt.date | None) -> dict[str, int]:
        """The actors a sentence names and where each is first named, without a state that only qualifies
        the next name ("Iranian President Raisi")."""
        mentions = self.registry.mentions(sentence, date)
        places: dict[str, int] = {}
        for index, mention in enumerate(mentions):
            actor = self.registry[mention.actor_id]
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if actor.kind == "state" and following is not None and self._qualifies(sentence, mention, following):
                continue
            places.setdefault(mention.actor_id, mention.end)
        return places

    def _qualifies(self, sentence: str, state: Mention, following: Mention) -> bool:
        gap = sentence[state.end : following.start]
        words = re.findall(r"[\w'’-]+", gap)
        if len(words) > 6 or re.search(r"[,;:.()\"“”]", gap):
            return False
        if not all(fold_chars(w) in TITLE_WORDS or w[:1].isupper() for w in words):
            return False
        return affiliated(self.registry, following.actor_id, state.actor_id)

    def _subject(self, participants: list[str]) -> str:
        for actor_id in participants:
            if self.registry[actor_id].kind != "state":
                return actor_id
        return participants[0]


class ActorGraph:
    """Actors and evidenced relations across all reports; deterministic for the same input.

    `readings` may give reports' readings computed beforehand (dossier.analysis), each against the registry and
    its own provisional speakers; `merged` maps provisional actors merged into others (dossier.provisional)."""

    def __init__(
        self,
        reports: list[Report],
        registry: Registry,
        statements: list[Statement],
        readings: dict[str, ReportReading] | None = None,
        merged: dict[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.reports = {r.slug: r for r in sorted(reports, key=lambda r: r.slug)}
        self.relations: dict[str, Relation] = {}
        self._evidence_seen: dict[str, set[Evidence]] = {}
        self.statement_counts = Counter(s.speaker for s in statements)
        self.mention_counts: Counter = Counter()
        self.actor_reports: dict[str, set[str]] = {}
        readings = readings or {}
        reader: EvidenceReader | None = None
        for report in self.reports.values():
            reading = readings.get(report.slug)
            if reading is None:
                reader = reader or EvidenceReader(registry, statements)
                reading = reader.read(report)
            same = merged or {}
            for actor_id in reading.named:
                actor_id = same.get(actor_id, actor_id)
                if actor_id not in registry:
                    continue
                self._touch(actor_id, report.slug)
                self.mention_counts[actor_id] += 1
            for source, target, kind, evidence in reading.relations:
                source, target = same.get(source, source), same.get(target, target)
                if evidence.speaker in same:
                    evidence = dataclasses.replace(evidence, speaker=same[evidence.speaker])
                if source != target and source in registry and target in registry:
                    self._relate(source, target, kind, evidence)
        for speaker in self.statement_counts:
            self._touch(speaker, None)
        self._drop_weaker_co_mentions()
        self._add_affiliations()

    def _touch(self, actor_id: str, report_slug: str | None) -> None:
        """The actor is on the map; report_slug, if given, is a report that names them."""
        reports = self.actor_reports.setdefault(actor_id, set())
        if report_slug:
            reports.add(report_slug)

    def _relate(self, source: str, target: str, kind: str, evidence: Evidence) -> None:
        if kind not in DIRECTED:
            source, target = sorted((source, target))
        key = f"{source}--{kind}--{target}"
        relation = self.relations.setdefault(key, Relation(source, target, kind))
        seen = self._evidence_seen.setdefault(key, set())
        if evidence not in seen:
            seen.add(evidence)
            relation.evidence.append(evidence)

    def _drop_weaker_co_mentions(self) -> None:
        """A pair with a typed relation does not also need a co-mention line."""
        typed = {frozenset((r.source, r.target)) for r in self.relations.values() if r.kind != "co-mention"}
        for key, relation in list(self.relations.items()):
            if relation.kind == "co-mention" and frozenset((relation.source, relation.target)) in typed:
                del self.relations[key]

    def _add_affiliations(self) -> None:
        pending = sorted(self.actor_reports)
        seen = set()
        while pending:
            actor_id = pending.pop(0)
            if actor_id in seen or actor_id not in self.registry:
                continue
            seen.add(actor_id)
            actor = self.registry[actor_id]
            if actor.affiliation and actor.affiliation in self.registry:
                where = f"{actor.source}:{actor.line}" if actor.line else actor.source
                evidence = Evidence(f"{actor.name}: affiliated with {self.registry[actor.affiliation].name} in the actor registry ({where}).")
                self._relate(actor_id, actor.affiliation, "affiliation", evidence)
                self._touch(actor.affiliation, None)
                pending.append(actor.affiliation)

    # views

    @property
    def actors(self) -> list[Actor]:
        return sorted((self.registry[a] for a in self.actor_reports), key=lambda a: (fold_chars(a.name), a.id))

    def sorted_relations(self) -> list[Relation]:
        order = list(RELATION_TYPES)
        return sorted(
            self.relations.values(),
            key=lambda r: (fold_chars(self.registry[r.source].name), order.index(r.kind), fold_chars(self.registry[r.target].name)),
        )

    def networkx(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for actor in self.actors:
            graph.add_node(
                actor.id,
                label=actor.name,
                kind=actor.kind,
                affiliation=actor.affiliation or "",
                statements=self.statement_counts.get(actor.id, 0),
                mentions=self.mention_counts.get(actor.id, 0),
            )
        for relation in self.sorted_relations():
            dates = relation.dates
            graph.add_edge(
                relation.source,
                relation.target,
                key=relation.kind,
                relation=relation.kind,
                evidence=len(relation.evidence),
                first=dates[0].isoformat() if dates else "",
                last=dates[-1].isoformat() if dates else "",
            )
        return graph

    def positions(self, seed: int = 7, cache_folder: str = "") -> dict[str, tuple[int, int]]:
        """Fixed positions computed at build time, so the map appears at once and identically every build.
        With a cache folder, the last layout is kept there and reused while the graph's shape is the same."""
        weights = {"affiliation": 3.0, "contact": 2.0, "support": 1.5, "opposition": 1.5, "co-mention": 0.5}
        pairs: dict[tuple[str, str], float] = {}
        for relation in self.sorted_relations():
            pair = tuple(sorted((relation.source, relation.target)))
            pairs[pair] = pairs.get(pair, 0.0) + weights[relation.kind] * min(len(relation.evidence), 4)
        nodes = [a.id for a in self.actors]
        edges = [(a, b, w) for (a, b), w in pairs.items()]
        return cached_layout(cache_folder, nodes, edges, seed) if cache_folder else force_layout(nodes, edges, seed=seed)
