"""The actor-relationship graph: who relates to whom, how, and on which passages.

Plain code over the model, the registry and the statements. A typed relation
(contact, support, opposition, quoting) is read from a clause that states it,
with its subject, cue and object in their roles (`dossier.clauses`): "X met Y",
"X accused Y of …", "Y was praised by X". A speaker's quoted words give one only
where they state it themselves ("we support …"). Co-mention is a separate,
neutral kind: two actors named in one sentence, weighted by how many
sentences do so. Affiliations come from the registry and from the role
phrases of the text ("Iranian Foreign Minister X"). A relation with no
evidence does not exist.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import itertools
import pickle
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import Registry, fold_chars
from .datelines import DATELINE_MAX, dateline_end
from .dates import dates_in
from .layout import cached_layout, force_layout, layout_later
from .model import Actor, Paragraph, Report, Statement, without_note_markers
from .sentence_names import SentenceForms, report_sentence_forms
from .sentences import SENTENCE_MAX, ends_with_abbreviation

if TYPE_CHECKING:  # networkx takes a third of a second to import and only the GEXF export needs it
    import networkx as nx

    from .clauses import Context, Found, Reading

RELATION_TYPES = {
    "affiliation": "affiliated with",
    "contact": "in contact with",
    "support": "supports",
    "opposition": "opposes",
    "quoting": "quotes or reports",
    "co-mention": "named together with",
}
DIRECTED = {"affiliation", "support", "opposition", "quoting"}
TYPED = ("contact", "support", "opposition", "quoting")
BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9])")  # a quote's own full stop ends its sentence
CO_MENTION_MAX = 4
WORD = re.compile(r"[\w’'-]+")
DIGIT = re.compile(r"\d")
REGISTRY_RULE = "registry"


@dataclass(frozen=True)
class Evidence:
    """A passage a relation rests on: a sentence of a report, or the registry's entry for an affiliation.

    `rule` says how the relation was read (for the review and the data exports); it does not make two passages of
    one sentence. A report's passage is its sentence on one line (one_line); the registry's is as its entry reads."""

    text: str
    report_slug: str = ""
    section_slug: str = ""
    anchor: str = ""
    date: dt.date | None = None
    speaker: str = ""  # the actor whose quoted words these are, if any
    rule: str = field(default="", compare=False)

    @property
    def from_registry(self) -> bool:
        return not self.report_slug

    @property
    def line(self) -> str:
        """The passage on one line, as the map and the exports show it (a report's sentence was made so when read)."""
        return one_line(self.text) if self.from_registry else self.text


def one_line(text: str) -> str:
    """The text with each run of white space one space, and none at its ends."""
    return " ".join(text.split())


class Relation:
    """Two actors, a kind, and the passages (`evidence`) the relation rests on.

    A report's passages are positions in its reading (`add_passages`): they are gathered into `evidence` only when
    first read, so a warm build's graph and map rows, which need their count and a few of them, do not unpickle the
    passages of unchanged readings (dossier.analysis keeps a reading's passages as a pickle of their own). Passages
    given whole (`add`, the registry's entry of an affiliation) come after the readings'."""

    def __init__(self, source: str, target: str, kind: str, evidence: list[Evidence] | None = None) -> None:
        self.source, self.target, self.kind = source, target, kind
        # each report's share: its slug, its reading, the positions of its passages there, the merged speakers
        self._shares: list[tuple[str, ReportReading, Sequence[int], Mapping[str, str] | None]] = []
        self._shared = 0  # how many passages the shares hold
        self._added: list[Evidence] = list(evidence or [])
        self._gathered: list[Evidence] | None = None
        self._dates: tuple[int, list[dt.date]] | None = None

    def __repr__(self) -> str:
        return f"Relation({self.source!r}, {self.target!r}, {self.kind!r}, {self.evidence_count} passage(s))"

    def add_passages(self, slug: str, reading: ReportReading, positions: Sequence[int], same: Mapping[str, str] | None = None) -> None:
        """The passages at these positions of a report's `reading.relations`, their speakers merged by `same`."""
        self._shares.append((slug, reading, positions, same or None))
        self._shared += len(positions)
        if self._gathered is not None:
            self._gathered[self._shared - len(positions) : self._shared - len(positions)] = self._from_share(reading, positions, same)

    def add(self, evidence: Evidence) -> None:
        self._added.append(evidence)
        if self._gathered is not None:
            self._gathered.append(evidence)

    @property
    def evidence(self) -> list[Evidence]:
        """Every passage: the reports' in the order added, then those given whole. Gathered once."""
        if self._gathered is None:
            gathered = [e for _, reading, positions, same in self._shares for e in self._from_share(reading, positions, same)]
            self._gathered = gathered + self._added
        return self._gathered

    @property
    def evidence_count(self) -> int:
        """len(evidence), without gathering it."""
        return self._shared + len(self._added)

    def evidence_at(self, numbers: Sequence[int]) -> list[Evidence]:
        """The passages at these places of `evidence`, in that order, gathering only the readings they come from."""
        if self._gathered is not None:
            return [self._gathered[number] for number in numbers]
        starts = list(itertools.accumulate((len(share[2]) for share in self._shares), initial=0))
        found = []
        for number in numbers:
            if number >= self._shared:
                found.append(self._added[number - self._shared])
                continue
            index = bisect.bisect_right(starts, number) - 1
            _, reading, positions, same = self._shares[index]
            found.extend(self._from_share(reading, [positions[number - starts[index]]], same))
        return found

    def share_ranges(self) -> list[tuple[str, int, int]]:
        """Each report's passages as places in `evidence`: its slug, the first place and the one after its last."""
        found = []
        start = 0
        for slug, _, positions, _ in self._shares:
            found.append((slug, start, start + len(positions)))
            start += len(positions)
        return found

    def numbers_from(self, slug: str) -> range:
        """Where a report's passages are in `evidence` (none: an empty range)."""
        start = 0
        for share_slug, _, positions, _ in self._shares:
            if share_slug == slug:
                return range(start, start + len(positions))
            start += len(positions)
        return range(0)

    def is_sentence(self, number: int) -> bool:
        """Whether the passage at this place of `evidence` is a report's sentence (not the registry's entry)."""
        return number < self._shared or not self._added[number - self._shared].from_registry

    @staticmethod
    def _from_share(reading: ReportReading, positions: Sequence[int], same: Mapping[str, str] | None) -> list[Evidence]:
        passages = reading.relations
        if not same:
            return [passages[position][3] for position in positions]
        found = []
        for position in positions:
            evidence = passages[position][3]
            found.append(dataclasses.replace(evidence, speaker=same[evidence.speaker]) if evidence.speaker in same else evidence)
        return found

    @property
    def directed(self) -> bool:
        return self.kind in DIRECTED

    @property
    def key(self) -> str:
        return f"{self.source}--{self.kind}--{self.target}"

    @property
    def dates(self) -> list[dt.date]:
        """Its passages' dates in order; worked out once while no passage is added (the map's rows, its shape, its
        date bounds and the graph exports all ask, for thousands of relations)."""
        if self._dates is None or self._dates[0] != self.evidence_count:
            self._dates = (self.evidence_count, sorted(e.date for e in self.evidence if e.date))
        return list(self._dates[1])

    @property
    def reports(self) -> list[str]:
        return sorted({e.report_slug for e in self.evidence if e.report_slug})

    @property
    def passages(self) -> list[Evidence]:
        """The report sentences it rests on (an affiliation may rest on the registry alone)."""
        return [e for e in self.evidence if not e.from_registry]


def split_sentences(text: str) -> list[str]:
    return [sentence for _, sentence in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, str]]:
    """The text's sentences, each with where it starts in the text (each is a slice of the text, stripped)."""
    spans: list[tuple[int, str]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        if ends_with_abbreviation(text, match.start() + 1):
            continue
        _add_sentence(spans, text, start, match.end())
        start = match.end()
    _add_sentence(spans, text, start, len(text))
    return spans


def _add_sentence(spans: list[tuple[int, str]], text: str, begin: int, end: int) -> None:
    raw = text[begin:end]
    sentence = raw.strip()
    if not sentence:
        return
    offset = begin + len(raw) - len(raw.lstrip())
    if len(sentence) <= SENTENCE_MAX:
        spans.append((offset, sentence))  # what _pieces gives it
    else:
        spans.extend((offset + at, piece) for at, piece in _pieces(sentence) if piece)


def _pieces(sentence: str) -> list[tuple[int, str]]:
    """A "sentence" longer than SENTENCE_MAX characters (a list or a table run together, a text without full stops) is
    read in pieces cut at a space, as the attribution engine cuts it: a clause's cue looks back over the sentence
    before it, so reading one very long sentence would cost its length squared. No sentence of the corpus is half as
    long. Each piece with where it starts in the sentence."""
    pieces, start = [], 0
    while len(sentence) - start > SENTENCE_MAX:
        cut = sentence.rfind(" ", start + 1, start + SENTENCE_MAX)
        cut = cut if cut > start else start + SENTENCE_MAX
        pieces.append(_stripped(sentence, start, cut))
        start = cut
    pieces.append(_stripped(sentence, start, len(sentence)))
    return pieces


def _stripped(text: str, begin: int, end: int) -> tuple[int, str]:
    raw = text[begin:end]
    return begin + len(raw) - len(raw.lstrip()), raw.strip()


@dataclass
class ReportReading:
    """What one report adds to the graph, in reading order: each actor it names (once per sentence) and each
    relation one of its sentences evidences. Plain data, so it can be computed apart from the graph and cached.
    An end the registry does not know is `~` and its folded name (kept for the review and the benchmark)."""

    named: list[str] = field(default_factory=list)
    relations: list[tuple[str, str, str, Evidence]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # "~name" -> the name as written
    digest: str = field(default="", compare=False, repr=False)  # content_digest(), kept with the reading once worked out

    def content_digest(self) -> str:
        """A digest of what the graph takes from this reading: equal bytes, equal readings. Worked out where the
        report is read (dossier.analysis) and cached with the reading, so a warm build does not pickle every reading."""
        if not self.digest:
            data = pickle.dumps((self.named, self.relations), protocol=pickle.HIGHEST_PROTOCOL)
            self.digest = hashlib.sha256(data).hexdigest()
        return self.digest


def affiliated(registry: Registry, actor_id: str, state_id: str) -> bool:
    actors = registry.actors  # what `in registry` and `registry[…]` look in
    seen = set()
    while actor_id in actors and actor_id not in seen:
        seen.add(actor_id)
        affiliation = actors[actor_id].affiliation
        if affiliation == state_id:
            return True
        actor_id = affiliation
    return False


class EvidenceReader:
    """Reads one report's sentences for relations, given the registry and that report's statements."""

    def __init__(self, registry: Registry, statements: list[Statement]) -> None:
        self.registry = registry
        from . import clauses  # only where a report is read: a warm build's graph is made of kept readings

        self._clauses = clauses
        from .attribution.descriptions import serves_the_body

        self._serves_the_body = serves_the_body
        self._names = clauses.Names()
        self._affiliations: dict[tuple[str, str], bool] = {}  # for the report being read
        self._speakers: dict[str, Found] = {}  # for the report being read
        self._inline: dict[tuple[str, str], list[tuple[str, str]]] = {}  # each inline quote's opening words, and its speaker
        self._quoted_runs: dict[tuple[str, str], Statement] = {}  # a block statement by its first paragraph
        for statement in statements:
            if statement.inline:
                opening = statement.quote.strip("\"“”‘’' ,.")[:40]
                self._inline.setdefault((statement.report_slug, statement.anchor), []).append((opening, statement.speaker))
            else:
                self._quoted_runs[(statement.report_slug, statement.anchor)] = statement

    def read(self, report: Report) -> ReportReading:
        reading = ReportReading()
        self._affiliations, self._speakers = {}, {}
        texts = [[without_note_markers(p) for p in s.paragraphs] for s in report.sections]
        self._names = self._clauses.Names("\n".join(text for section_texts in texts for text in section_texts))
        every = [text for section_texts in texts for text in section_texts]
        sentences = iter(report_sentence_forms(every, [sentence_spans(text) for text in every], self.registry))  # names looked up once
        for section, section_texts in zip(report.sections, texts, strict=True):
            current: Statement | None = None
            context = self._clauses.Context()
            for paragraph, text in zip(section.paragraphs, section_texts, strict=True):
                paragraph_sentences = next(sentences)
                starting = self._quoted_runs.get((report.slug, paragraph.anchor))
                if starting is not None:
                    current = starting
                elif paragraph.kind != "quote":
                    current = None
                statement = current if paragraph.kind == "quote" else None
                self._read_paragraph(reading, report, section.slug, paragraph, text, paragraph_sentences, statement, context)
        return reading

    def _paragraph_date(self, report: Report, paragraph: Paragraph, statement: Statement | None) -> dt.date | None:
        if statement and statement.date:
            return statement.date
        for key in paragraph.note_keys:
            note = report.notes.get(key)
            if note and note.date:
                return note.date
        return None  # undated evidence: the report's own date would be a guess

    def _speaker(self, actor_id: str) -> Found | None:
        if not actor_id or actor_id not in self.registry:
            return None
        found = self._speakers.get(actor_id)
        if found is None:
            actor = self.registry[actor_id]
            found = self._speakers[actor_id] = self._clauses.Found(0, 0, actor.id, actor.name, actor.kind)
        return found

    def _read_paragraph(
        self,
        reading: ReportReading,
        report: Report,
        section_slug: str,
        paragraph: Paragraph,
        text: str,
        sentences: list[SentenceForms],
        statement: Statement | None,
        context: Context,
    ) -> None:
        """Reads the paragraph's text (without its note markers) sentence by sentence."""
        fallback = self._paragraph_date(report, paragraph, statement)
        year_hint = fallback.year if fallback else report.date.year if report.date else None
        registry = self.registry
        known = registry.actors  # what `in registry` looks in
        inline = self._inline.get((report.slug, paragraph.anchor), [])
        dated = statement is None and DIGIT.search(text) is not None  # a date has a digit (dates_in finds none without)
        clauses, names = self._clauses, self._names
        mentions_in, read_clauses = clauses.mentions_in, clauses.read_clauses
        for sentence_names in sentences:
            sentence = sentence_names.text
            date = fallback  # a quoted paragraph's sentences take their statement's date
            if dated and (found := dates_in(sentence, year_hint, report.date)):
                date = found[-1][1]
            forms = sentence_names.forms
            if forms:
                named = registry.named_in_spans(sentence, forms, date)
            else:  # most sentences hold no registry form: nothing to resolve
                named = [] if forms is not None else registry.named_spans(sentence, date)
            mentions, roles = mentions_in(sentence, registry, date, names, named)
            if mentions and sentence_names.start == 0 and mentions[0].start < DATELINE_MAX and (opening := dateline_end(sentence)):
                mentions, roles = _after_dateline(mentions, roles, opening)  # "WASHINGTON (Aug. 13) --" names no actor
            if not mentions and statement is None:
                continue  # no clause, role, co-mention or quote inside a quote: nothing to read (roles need a mention)
            speaker = statement.speaker if statement else self._inline_speaker(inline, sentence) if inline else ""
            context.speaker, context.block = self._speaker(speaker) if speaker else None, statement is not None
            actors = list(dict.fromkeys([m.key for m in mentions if m.key in known])) if mentions else []
            reading.named.extend(actors)
            made: dict[str, Evidence] = {}  # the sentence's evidence by rule: one for the pairs a sentence names together

            def evidence(rule: str) -> Evidence:
                kept = made.get(rule)  # noqa: B023
                if kept is None:
                    text = next(iter(made.values())).text if made else one_line(sentence)  # noqa: B023
                    kept = made[rule] = Evidence(text, report.slug, section_slug, paragraph.anchor, date, speaker, rule)  # noqa: B023
                return kept

            typed_pairs: set[frozenset[str]] = set()
            for found_reading in read_clauses(sentence, mentions, context) if mentions else ():  # none without a mention
                self._note_names(reading, found_reading)
                source, target = found_reading.source.key, found_reading.target.key
                if source in known and target in known and self._same_side(source, target):
                    continue  # an actor and their own state: the affiliation says it
                reading.relations.append((source, target, found_reading.kind, evidence(found_reading.rule)))
                typed_pairs.add(frozenset((source, target)))
            for person, state in roles:
                self._note_names(reading, clauses.Reading(person, "affiliation", state, ""))
                reading.relations.append((person.key, state.key, "affiliation", evidence("role phrase: a state's name among the role words")))
            if len(actors) >= 2:
                for person, body in self._appositions(sentence, mentions):
                    reading.relations.append((person, body, "affiliation", evidence("apposition: a person's role at a body")))
                    typed_pairs.add(frozenset((person, body)))
            for quoted in statement.quoted if statement else []:
                if quoted.text[:40] and quoted.text[:40] in sentence:
                    reading.relations.append((speaker, quoted.actor_id, "quoting", evidence("quote inside the speaker's quote")))
                    typed_pairs.add(frozenset((speaker, quoted.actor_id)))
            if len(actors) + bool(speaker) >= 2:
                self._co_mentions(reading, speaker, actors, typed_pairs, evidence)
            if mentions:
                self._remember_subject(sentence, mentions, context)

    def _co_mentions(
        self, reading: ReportReading, speaker: str, actors: list[str], typed_pairs: set[frozenset[str]], evidence: Callable[[str], Evidence]
    ) -> None:
        participants = list(dict.fromkeys([speaker, *actors])) if speaker else actors  # actors: each once already
        if len(participants) < 2 or len(participants) > CO_MENTION_MAX:
            return  # a list of many names says little about any two of them
        same_side = self._affiliations
        for index, first in enumerate(participants):
            for second in participants[index + 1 :]:
                if typed_pairs and frozenset((first, second)) in typed_pairs:
                    continue
                known = same_side.get((first, second))  # what _same_side says, looked up here for the many pairs it knows
                if known is None:
                    known = self._same_side(first, second)
                if not known:
                    reading.relations.append((first, second, "co-mention", evidence("named together in one sentence")))

    def _appositions(self, sentence: str, mentions: list[Found]) -> list[tuple[str, str]]:
        """(person, body) where a person named is said to hold a role at the body named next: "Piet Vander, a senior
        fellow at the Harbour Policy Institute", "Ines Varga of the Centre for Coastal Studies" (both known actors)."""
        serves_the_body = self._serves_the_body
        known = self.registry.actors
        found = []
        for first, second in itertools.pairwise(mentions):
            person, body = known.get(first.key), known.get(second.key)
            if person is None or body is None or person.kind != "person" or body.kind not in ("organization", "outlet"):
                continue
            if second.start - first.end > 80 or self._same_side(person.id, body.id):
                continue  # an apposition is short; the registry says it already
            if serves_the_body(sentence[first.end : second.start]):
                found.append((person.id, body.id))
        return found

    def _same_side(self, first: str, second: str) -> bool:
        """Whether either is affiliated with the other (the registry does not change while a report is read)."""
        pair = (first, second)
        known = self._affiliations.get(pair)
        if known is None:
            known = self._affiliations[pair] = affiliated(self.registry, first, second) or affiliated(self.registry, second, first)
        return known

    @staticmethod
    def _note_names(reading: ReportReading, found: Reading) -> None:
        for end in (found.source, found.target):
            if end.key.startswith("~"):
                reading.names.setdefault(end.key, end.name)

    def _remember_subject(self, sentence: str, mentions: list[Found], context: Context) -> None:
        """'he' and 'she' in the next sentences are the last person named here as a verb's subject."""
        clauses = self._clauses  # the name finder's words, imported only where a report is read
        for mention in reversed(mentions):  # the last one that is, so the others need no look
            if mention.kind != "person" or mention.possessive:
                continue
            before = WORD.findall(sentence[max(0, mention.start - 30) : mention.start])
            if before and before[-1].lower() in clauses.PREPOSITIONS:
                continue
            if clauses.verb_follows(sentence[mention.end :]):
                context.last_person = mention
                return

    @staticmethod
    def _inline_speaker(quotes: list[tuple[str, str]], sentence: str) -> str:
        for opening, speaker in quotes:
            if opening in sentence:
                return speaker
        return ""


def _after_dateline(mentions: list[Found], roles: list[tuple[Found, Found]], opening: int) -> tuple[list[Found], list[tuple[Found, Found]]]:
    """The mentions and role phrases of a story's first sentence past its dateline: the desk's city is no co-mention."""
    return [m for m in mentions if m.start >= opening], [(p, s) for p, s in roles if p.start >= opening and s.start >= opening]


ReportParts = list[tuple[str, str, str, str, tuple[int, ...]]]
# a report's share of the graph as a build keeps it for the next (ActorGraph.parts): its reading's digest, its
# relations (report_parts) and the known actors it names with how often, in the order they first come (report_named)
ReportShare = tuple[str, ReportParts, list[tuple[str, int]]]


def report_named(reading: ReportReading, known: Mapping[str, object], same: Mapping[str, str]) -> list[tuple[str, int]]:
    """The known actors a report's reading names (merged ones as the actor they were merged into), each with how
    many of its sentences name them, in the order they first come."""
    named = [same.get(actor_id, actor_id) for actor_id in reading.named] if same else reading.named
    return list(Counter(actor_id for actor_id in named if actor_id in known).items())


def report_parts(reading: ReportReading, known: Mapping[str, object], same: Mapping[str, str]) -> ReportParts:
    """What one report's reading adds to the graph: each relation it backs, by key, in the order its first passage
    comes, with its ends, kind and the positions in `reading.relations` of its passages (each passage once).

    A passage names its report, so no two reports share one: the graph is each report's share, in report order, and a
    report's share depends only on its reading, on which actors are known and on the merged actors (`same`)."""
    parts: dict[str, tuple[str, str, str, list[int]]] = {}
    # a passage by its fields, as Evidence compares them (its rule apart), its speaker merged: a tuple hashes in C,
    # where Evidence's dataclass hash is a Python call for each of an archive's 150,000 passages
    seen: dict[str, set[tuple[str, str, str, str, dt.date | None, str]]] = {}
    for position, (source, target, kind, evidence) in enumerate(reading.relations):
        speaker = evidence.speaker
        if same:
            source, target, speaker = same.get(source, source), same.get(target, target), same.get(speaker, speaker)
        if source == target or source not in known or target not in known:
            continue
        if kind not in DIRECTED and target < source:
            source, target = target, source
        key = f"{source}--{kind}--{target}"
        part = parts.get(key)
        if part is None:
            part = parts[key] = (source, target, kind, [])
            passages = seen[key] = set()
        else:
            passages = seen[key]
        size = len(passages)
        passages.add((evidence.text, evidence.report_slug, evidence.section_slug, evidence.anchor, evidence.date, speaker))
        if len(passages) > size:  # a passage not yet listed for this relation (hashed once, not twice)
            part[3].append(position)
    return [(key, source, target, kind, tuple(positions)) for key, (source, target, kind, positions) in parts.items()]


class ActorGraph:
    """Actors and evidenced relations across all reports; deterministic for the same input.

    `readings` may give reports' readings computed beforehand (dossier.analysis), each against the registry and
    its own provisional speakers; `merged` maps provisional actors merged into others (dossier.provisional).
    `kept_parts` may give the last build's `parts` (see report_parts), made with the same actors and merged actors:
    a report whose reading has the same digest takes its share from there instead of going through its passages."""

    def __init__(
        self,
        reports: list[Report],
        registry: Registry,
        statements: list[Statement],
        readings: dict[str, ReportReading] | None = None,
        merged: dict[str, str] | None = None,
        kept_parts: dict[str, ReportShare] | None = None,
    ) -> None:
        self.registry = registry
        self.reports = {r.slug: r for r in sorted(reports, key=lambda r: r.slug)}
        self.relations: dict[str, Relation] = {}
        self._evidence_seen: dict[str, set[Evidence]] = {}
        self.statement_counts = Counter(s.speaker for s in statements)
        self.mention_counts: Counter[str] = Counter()
        self.actor_reports: dict[str, set[str]] = {}
        readings = readings or {}
        reader: EvidenceReader | None = None
        same = merged or {}
        share_merged = same or None  # what each share keeps of the merged actors (add_passages's `same or None`)
        known = registry.actors  # every actor, provisional ones included: what `in registry` looks in
        mentions: dict[str, int] = {}  # each actor's sentences, in the order actors first come (a Counter's order)
        mentions_get, reports_get = mentions.get, self.actor_reports.setdefault
        self._readings: list[tuple[str, ReportReading]] = []  # what the graph is made of, for readings_digest()
        self._reading_digests: dict[str, str] | None = None
        self._sorted_actors: tuple[int, list[Actor]] | None = None  # the actors property, worked out once
        self._sorted_relations: tuple[int, list[Relation]] | None = None  # sorted_relations(), worked out once
        kept = kept_parts or {}
        texts: dict[str, str] = {}
        text = texts.setdefault
        self.parts: dict[str, ReportShare] = {}  # each read report's share, by slug, for the next build
        self.parts_made = 0  # how many reports' shares were worked out (not taken from kept_parts)
        # each relation's reports and their readings' digests, in the order its passages came: what its list of passages is made of
        self.shares: dict[str, list[tuple[str, str]]] = {}
        shares = self.shares
        relations = self.relations
        for report in self.reports.values():
            reading = readings.get(report.slug)
            if reading is None:
                reader = reader or EvidenceReader(registry, statements)
                reading = reader.read(report)
            self._readings.append((report.slug, reading))
            digest = reading.content_digest()
            found = kept.get(report.slug)
            if found is not None and len(found) == 3 and found[0] == digest:
                _, parts, named = found  # an archive's readings name actors 235,000 times: not gone through again
            else:
                # one object for equal ids and keys: the kept shares (graph-parts.pickle) then hold each once, and load
                # in three quarters of the time (positions as tuples: in half)
                parts = [(text(k, k), text(s, s), text(t, t), text(c, c), p) for k, s, t, c, p in report_parts(reading, known, same)]
                named = [(text(actor_id, actor_id), count) for actor_id, count in report_named(reading, known, same)]
                self.parts_made += 1
            self.parts[report.slug] = (digest, parts, named)
            for actor_id, count in named:
                mentions[actor_id] = mentions_get(actor_id, 0) + count
                reports_get(actor_id, set()).add(report.slug)
            slug = report.slug
            share = (slug, digest)
            # what relation.add_passages(slug, reading, positions, same) does to a relation whose passages are not yet
            # gathered (none is while the graph is made), without a call for each of an archive's 70,000 shares
            for key, source, target, kind, positions in parts:
                relation = relations.get(key)
                if relation is None:
                    relation = relations[key] = Relation(source, target, kind)
                    shares[key] = [share]
                else:
                    shares[key].append(share)
                relation._shares.append((slug, reading, positions, share_merged))
                relation._shared += len(positions)
        self.mention_counts.update(mentions)
        for speaker in self.statement_counts:
            self._touch(speaker, None)
        self._drop_weaker_co_mentions()
        self._add_affiliations()

    def readings_digest(self) -> str:
        """A digest of every report's reading the graph was made from: the actors it names and each relation's
        passages from it. With the registry (provisional actors included), the speakers and the merged actors, that
        is everything the relations and their passages come from; a report edited elsewhere (its summary, a
        paragraph that names no one) gives the same digest."""
        digest = hashlib.sha256()
        for slug, each in self.reading_digests().items():
            digest.update(len(slug).to_bytes(8, "big") + slug.encode() + each.encode())
        return digest.hexdigest()

    def reading_digests(self) -> dict[str, str]:
        """Each report's reading as a digest (see readings_digest), by slug; worked out once."""
        if self._reading_digests is None:
            self._reading_digests = {slug: reading.content_digest() for slug, reading in self._readings}
        return self._reading_digests

    def _touch(self, actor_id: str, report_slug: str | None) -> None:
        """The actor is on the map; report_slug, if given, is a report that names them."""
        reports = self.actor_reports.setdefault(actor_id, set())
        if report_slug:
            reports.add(report_slug)

    def _relate(self, source: str, target: str, kind: str, evidence: Evidence) -> None:
        if kind not in DIRECTED:
            source, target = sorted((source, target))
        key = f"{source}--{kind}--{target}"
        relation = self.relations.get(key)
        if relation is None:
            relation = self.relations[key] = Relation(source, target, kind)
        # a report's passages are never the same as the registry's entries, nor as another report's: only these are seen
        seen = self._evidence_seen.setdefault(key, set())
        size = len(seen)
        seen.add(evidence)
        if len(seen) > size:  # a passage not yet listed for this relation
            relation.add(evidence)

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
                evidence = Evidence(
                    f"{actor.name}: affiliated with {self.registry[actor.affiliation].name} in the actor registry ({where}).", rule=REGISTRY_RULE
                )
                self._relate(actor_id, actor.affiliation, "affiliation", evidence)
                self._touch(actor.affiliation, None)
                pending.append(actor.affiliation)

    # views

    @property
    def actors(self) -> list[Actor]:
        """Every actor on the map by name; sorted once while no actor is added (the map, its shards, its index and the
        exports ask a dozen times a build, for thousands of actors)."""
        if self._sorted_actors is None or self._sorted_actors[0] != len(self.actor_reports):
            found = sorted((self.registry[a] for a in self.actor_reports), key=lambda a: (fold_chars(a.name), a.id))
            self._sorted_actors = (len(self.actor_reports), found)
        return list(self._sorted_actors[1])

    def sorted_relations(self) -> list[Relation]:
        """Every relation by its ends' names and its kind; sorted once while no relation is added or dropped."""
        if self._sorted_relations is None or self._sorted_relations[0] != len(self.relations):
            order = list(RELATION_TYPES)
            found = sorted(
                self.relations.values(),
                key=lambda r: (fold_chars(self.registry[r.source].name), order.index(r.kind), fold_chars(self.registry[r.target].name)),
            )
            self._sorted_relations = (len(self.relations), found)
        return list(self._sorted_relations[1])

    def shape(self) -> str:
        """A digest of everything export_nodes() and export_edges() give: the same digest, the same GEXF."""
        digest = hashlib.sha256()
        for actor in self.actors:
            digest.update(
                repr(
                    (
                        actor.id,
                        actor.name,
                        actor.kind,
                        actor.affiliation or "",
                        self.statement_counts.get(actor.id, 0),
                        self.mention_counts.get(actor.id, 0),
                    )
                ).encode()
            )
        for relation in self.sorted_relations():
            dates = relation.dates
            digest.update(
                repr(
                    (
                        relation.source,
                        relation.target,
                        relation.kind,
                        relation.evidence_count,
                        dates[0].isoformat() if dates else "",
                        dates[-1].isoformat() if dates else "",
                    )
                ).encode()
            )
        return digest.hexdigest()

    def export_nodes(self) -> list[tuple[str, dict[str, str | int]]]:
        """Each actor, by name, with what the graph exports (GEXF) say of it: its name as label, then its attributes."""
        return [
            (
                actor.id,
                {
                    "label": actor.name,
                    "kind": actor.kind,
                    "affiliation": actor.affiliation or "",
                    "statements": self.statement_counts.get(actor.id, 0),
                    "mentions": self.mention_counts.get(actor.id, 0),
                },
            )
            for actor in self.actors
        ]

    def export_edges(self) -> list[tuple[str, str, str, dict[str, str | int]]]:
        """Each relation in order (source, target, its kind as key) with what the graph exports say of it."""
        edges: list[tuple[str, str, str, dict[str, str | int]]] = []
        for relation in self.sorted_relations():
            dates = relation.dates
            data: dict[str, str | int] = {
                "relation": relation.kind,
                "evidence": relation.evidence_count,
                "first": dates[0].isoformat() if dates else "",
                "last": dates[-1].isoformat() if dates else "",
            }
            edges.append((relation.source, relation.target, relation.kind, data))
        return edges

    def networkx(self) -> nx.MultiDiGraph:
        import networkx as nx

        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.export_nodes())
        for source, target, key, data in self.export_edges():
            graph.add_edge(source, target, key=key, **data)
        return graph

    def positions(self, seed: int = 7, cache_folder: str = "") -> dict[str, tuple[int, int]]:
        """Fixed positions computed at build time, so the map appears at once and identically every build.
        With a cache folder, the last layout is kept there and reused while the graph's shape is the same."""
        nodes, edges = self._layout_input()
        return cached_layout(cache_folder, nodes, edges, seed) if cache_folder else force_layout(nodes, edges, seed=seed)

    def positions_later(self, cache_folder: str, seed: int = 7) -> Callable[[], dict[str, tuple[int, int]]]:
        """positions(), worked out on another core while the build goes on (dossier.layout.layout_later)."""
        nodes, edges = self._layout_input()
        return layout_later(cache_folder, nodes, edges, seed)

    def _layout_input(self) -> tuple[list[str], list[tuple[str, str, float]]]:
        weights = {"affiliation": 3.0, "contact": 2.0, "support": 1.5, "opposition": 1.5, "quoting": 1.0, "co-mention": 0.5}
        pairs: dict[tuple[str, str], float] = {}
        for relation in self.sorted_relations():
            first, second = sorted((relation.source, relation.target))
            pair = (first, second)
            pairs[pair] = pairs.get(pair, 0.0) + weights[relation.kind] * min(relation.evidence_count, 4)
        nodes = [a.id for a in self.actors]
        edges = [(a, b, w) for (a, b), w in pairs.items()]
        return nodes, edges
