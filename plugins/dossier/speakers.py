"""Every speaker across all reports: their statements in date order, who quoted them, whom they spoke with or about.

Plain code over the model; the speakers plugin renders it and writes the data files.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from .actors import Registry, fold_chars, name_order
from .model import ACTOR_KIND_GROUPS, Actor, Report, Statement
from .pages import paragraph_path, section_label
from .paging import split_pages, statement_weight
from .provisional import adopt_provisional, merge_bare_surnames
from .statements import Extraction, extract_statements
from .text import write_json_records

MonthSplit = Callable[[str, list[Statement], int], list[list[Statement]]]  # a timeline month's pages: its key, statements, most

KIND_ORDER = ["person", "outlet", "organization", "forum", "state"]
SUBGROUP_FROM = 8  # a kind with fewer speakers than this is one list

DATA_COLUMNS = [
    "speaker",
    "speaker_name",
    "date",
    "date_basis",
    "occasion",
    "quote",
    "inline",
    "note",
    "note_text",
    "report",
    "report_title",
    "section",
    "section_title",
    "anchor",
    "url",
    "attribution",
]


@dataclass
class Speaker:
    actor: Actor
    statements: list[Statement] = field(default_factory=list)
    quoted_by: list[Statement] = field(default_factory=list)  # others' statements that quote this actor
    registry: Registry | None = field(default=None, repr=False, compare=False)  # whose names order counterparts' ties

    @property
    def dated(self) -> list[Statement]:
        return [s for s in self.statements if s.date]

    # read once: the book gives a speaker all their statements before any page asks (a page of 40 of 40,000 statements
    # asked them again on each of its 1,000 pages)
    @functools.cached_property
    def first_date(self) -> dt.date | None:
        return min((date for s in self.statements if (date := s.date)), default=None)

    @functools.cached_property
    def last_date(self) -> dt.date | None:
        return max((date for s in self.statements if (date := s.date)), default=None)

    @functools.cached_property
    def report_slugs(self) -> list[str]:
        return list(dict.fromkeys(s.report_slug for s in self.statements + self.quoted_by))

    @functools.cached_property
    def counterparts(self) -> list[tuple[str, int]]:
        """Actor ids named in their statements, most often first, then by name: worked out when a page asks (a warm
        build renders few speakers' pages; for all 800 speakers of an archive it went through 19,000 statements)."""
        own = self.actor.id
        counts = Counter(a for s in self.statements for a in s.mentions if a != own)
        names = self.registry.actors if self.registry is not None else {}
        return sorted(counts.items(), key=lambda item: (-item[1], fold_chars(names[item[0]].name) if item[0] in names else item[0]))


TRAILING_NUMBER = re.compile(r"(\d+)$")


@functools.cache  # an archive's 19,000 statements have a few hundred anchors ("p-12") and dates
def paragraph_number(anchor: str) -> int:
    match = TRAILING_NUMBER.search(anchor)
    return int(match.group(1)) if match else 0


@functools.cache
def _day(date: dt.date) -> str:
    return date.isoformat()


def statement_order(statement: Statement) -> tuple[str, str, int]:
    return (_day(statement.date) if statement.date else "9999", statement.report_slug, paragraph_number(statement.anchor))


class SpeakerBook:
    """All reports' statements, gathered per speaker. Reports are read in slug order, so the result is deterministic."""

    def __init__(self, reports: list[Report], registry: Registry, prepared: dict[str, Extraction] | None = None) -> None:
        """`prepared` may give reports' statements found beforehand (dossier.analysis), each report against this
        registry alone; their provisional actors are merged here (dossier.provisional), whatever order they came in."""
        self.registry = registry
        self.reports = {r.slug: r for r in sorted(reports, key=lambda r: r.slug)}
        self.statements: list[Statement] = []
        self.provisional: list[Actor] = []
        self.unattributed: list[tuple[str, str, str, str]] = []  # report slug, section, anchor, quote
        # the registry's corrections (dossier.corrected_credits): per [[credit]] line, each report it applies to with
        # the number of quotes it matched there; and why a correction made a quote nobody's, by (report slug, section,
        # anchor, quote)
        self.credit_uses: dict[int | None, list[tuple[str, int]]] = {}
        self.overruled: dict[tuple[str, str, str, str], str] = {}
        self.barred: set[int] = set()  # the lines of the [[not_a_speaker]] entries that took a credit away somewhere
        self.by_report: dict[str, list[Statement]] = {}  # each report's statements, in reading order
        prepared = prepared or {}
        self.merged: dict[str, str] = {}  # provisional actor id -> the actor it turned out to be (dossier.provisional)
        self._weights: dict[int, tuple[Statement, int]] = {}  # by id(), the statement kept so that its id is not reused
        # each report's statements_named and statements_shown as worked out where it was read (Extraction.shown)
        self.shown_when_read: dict[str, tuple[str, str]] = {}
        listed: set[str] = set()  # ids of self.provisional (a list test compared whole actors, one by one)
        for report in self.reports.values():
            found = prepared.get(report.slug)
            if found is None:
                found = extract_statements(report, registry)
            else:
                if found.shown is not None:
                    self.shown_when_read[report.slug] = found.shown
                found = adopt_provisional(registry, found)
            self.by_report[report.slug] = found.statements
            self.statements.extend(found.statements)
            for actor in found.provisional:
                if actor.id not in listed:
                    listed.add(actor.id)
                    self.provisional.append(actor)
            self.unattributed.extend((report.slug, *item) for item in found.unattributed)
            for use in found.credit_uses:
                self.credit_uses.setdefault(use.line, []).append((report.slug, use.matches))
            self.barred.update(found.barred)
            for section_slug, anchor, quote, why in found.overruled:
                self.overruled[(report.slug, section_slug, anchor, quote)] = why
        self.merged.update(merge_bare_surnames(registry, self.provisional))
        if self.merged:
            for statement in self.statements:
                statement.speaker = self.merged.get(statement.speaker, statement.speaker)
                statement.mentions = [self.merged.get(a, a) for a in statement.mentions]
                for quoted in statement.quoted:
                    quoted.actor_id = self.merged.get(quoted.actor_id, quoted.actor_id)
            self.provisional = [a for a in self.provisional if a.id not in self.merged]
        self.speakers: dict[str, Speaker] = {}
        # actors others quote who make no statement of their own: no page, no index entry (they are on the map)
        self.quoted_only: dict[str, Speaker] = {}
        # the timeline's order too; sorted calls its key once a statement, so statement_order itself rather than the
        # memo of order() (an id lookup and a dict entry for each of an archive's 19,000 statements)
        in_order = self._in_order = sorted(self.statements, key=statement_order)
        for statement in in_order:
            self._speaker(statement.speaker).statements.append(statement)
        # each speaker's quoting statements once; equal statements share their report, paragraph and speaker, so only
        # those are compared (a test on the whole list was quadratic for a speaker many statements quote)
        listed_by: dict[tuple[str, str, str, str], list[Statement]] = {}
        for statement in in_order:
            for quoted in statement.quoted:
                speaker = self.speakers.get(quoted.actor_id)
                if speaker is None:
                    speaker = self.quoted_only.setdefault(quoted.actor_id, Speaker(self.registry[quoted.actor_id]))
                same_place = listed_by.setdefault((quoted.actor_id, statement.report_slug, statement.anchor, statement.speaker), [])
                if statement not in same_place:
                    same_place.append(statement)
                    speaker.quoted_by.append(statement)

    def _speaker(self, actor_id: str) -> Speaker:
        if actor_id not in self.speakers:
            self.speakers[actor_id] = Speaker(self.registry[actor_id], registry=self.registry)
        return self.speakers[actor_id]

    def sorted_speakers(self) -> list[Speaker]:
        return sorted(self.speakers.values(), key=lambda s: name_order(s.actor.name))

    def affiliation_name(self, actor: Actor) -> str:
        return self.registry[actor.affiliation].name if actor.affiliation in self.registry else ""

    def country(self, actor: Actor) -> Actor | None:
        """The state an actor belongs to, following affiliations (a commander to his corps to its state)."""
        seen = {actor.id}
        current = actor
        while current.kind != "state":
            parent = current.affiliation
            if not parent or parent in seen or parent not in self.registry:
                return None
            seen.add(parent)
            current = self.registry[parent]
        return current if current is not actor else None

    def groups(self, subgroup_from: int = SUBGROUP_FROM) -> list[tuple[str, list[tuple[str, list[Speaker]]]]]:
        """Speakers by kind (people, outlets, organisations, states, in that order), then, where a kind has
        `subgroup_from` speakers or more from two countries or more, by the state they belong to (the rest
        last, under "Elsewhere"); else one group with an empty title."""
        result = []
        kinds = sorted({s.actor.kind for s in self.speakers.values()}, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
        for kind in kinds:
            members = [s for s in self.sorted_speakers() if s.actor.kind == kind]
            by_country: dict[str, list[Speaker]] = {}
            for speaker in members:
                country = self.country(speaker.actor)
                by_country.setdefault(country.name if country else "", []).append(speaker)
            named = [name for name in by_country if name]
            if kind == "state" or len(members) < subgroup_from or len(named) < 2:
                ordered = [("", members)]
            else:
                ordered = sorted(by_country.items(), key=lambda item: (item[0] == "", fold_chars(item[0])))
                ordered = [(name or "Elsewhere", group) for name, group in ordered]
            result.append((ACTOR_KIND_GROUPS.get(kind, members[0].actor.kind_label), ordered))
        return result

    def index_line(self, speaker: Speaker, with_country: bool = True) -> str:
        """Who the speaker is, in one line for the index: their role, else their country; and an affiliation
        that is not their country ("Kayhan: Iran · affiliation: Ali Khamenei")."""
        role = self.current_role(speaker)
        country = self.country(speaker.actor)
        affiliation = self.affiliation_name(speaker.actor)
        parts = [role] if role else []
        if not role and speaker.actor.provisional and speaker.actor.description:
            parts.append(speaker.actor.description)  # as the text describes them (attribution.descriptions): a title, no sentence
        if country and with_country and not (role and country.name in role):
            parts.append(country.name)
        if affiliation and not role and (not country or affiliation != country.name):
            parts.append(f"affiliation: {affiliation}")
        return " · ".join(parts)

    @staticmethod
    def current_role(speaker: Speaker) -> str:
        """The role the speaker held at their last dated statement (else their last role), for one-line listings."""
        roles = speaker.actor.roles
        if not roles:
            return ""
        held = [role for role in roles if speaker.last_date and role.held_on(speaker.last_date)]
        return (held or roles)[-1].title

    def timeline_filters(self, statements: list[Statement]) -> dict[str, list[tuple[str, str, int]]]:
        """What a timeline page can be filtered by: speakers, reports and occasions as (value, label, count)."""
        speakers = Counter(s.speaker for s in statements)
        reports = Counter(s.report_slug for s in statements)
        occasions = Counter(s.occasion for s in statements if s.occasion)
        return {
            "speaker": sorted(((a, self.registry[a].name, n) for a, n in speakers.items()), key=lambda row: name_order(row[1])),
            "report": sorted(((r, self.reports[r].title, n) for r, n in reports.items()), key=lambda row: fold_chars(row[1])),
            "occasion": sorted(((o, o, n) for o, n in occasions.items()), key=lambda row: (-row[2], fold_chars(row[1]))),
        }

    def timeline(self) -> list[Statement]:
        return [s for s in self._in_order if s.date]

    @staticmethod
    def by_month(statements: list[Statement]) -> list[tuple[str, str, list[Statement]]]:
        """Dated statements by month: the month's key (2021-10), its title (October 2021) and its statements."""
        months: dict[str, tuple[str, str, list[Statement]]] = {}
        for statement in statements:
            if statement.date is None:
                continue
            key = f"{statement.date.year:04d}-{statement.date.month:02d}"
            months.setdefault(key, (key, f"{statement.date:%B} {statement.date.year}", []))[2].append(statement)
        return list(months.values())

    def statement_weight(self, statement: Statement) -> int:
        """dossier.paging's weight, worked out once a statement (its speaker's pages and its timeline month both page by it)."""
        found = self._weights.get(id(statement))
        if found is None or found[0] is not statement:
            found = self._weights[id(statement)] = (statement, statement_weight(statement, self.reports.get(statement.report_slug)))
        return found[1]

    def timeline_months(self, statements: list[Statement], page_size: int, split: MonthSplit | None = None) -> list[dict[str, Any]]:
        """The timeline by month, each month in pages of at most page_size statements and PAGE_BUDGET of weight
        (dossier.paging): a month's title, year, count and pages (title, file name, statements, their reports).
        `split` may give a month's pages (its key, its statements, page_size) in place of split_pages."""
        months: dict[str, dict[str, Any]] = {}
        by_month: dict[tuple[int, int], list[Statement]] = {}  # formatting a date costs more than the rest: once a month
        for statement in statements:
            date = statement.date
            if date is None:
                continue
            found = by_month.get((date.year, date.month))
            if found is None:
                key = f"{date:%Y-%m}"
                month = months.setdefault(key, {"key": key, "year": date.year, "title": f"{date:%B} {date.year}", "statements": []})
                found = by_month[date.year, date.month] = month["statements"]
            found.append(statement)
        for month in months.values():
            if split is None:
                chunks = split_pages(month["statements"], self.statement_weight, page_size)
            else:
                chunks = split(month["key"], month["statements"], page_size)
            month["count"] = len(month["statements"])
            month["pages"] = [
                {
                    "title": month["title"] if len(chunks) == 1 else f"{month['title']}, part {number} of {len(chunks)}",
                    "part": number,
                    "file_name": f"timeline-{month['key']}.html" if number == 1 else f"timeline-{month['key']}-{number}.html",
                    "statements": chunk,
                    "report_slugs": sorted({s.report_slug for s in chunk}),
                    "report_counts": sorted(Counter(s.report_slug for s in chunk).items()),
                }
                for number, chunk in enumerate(chunks, 1)
            ]
        return list(months.values())

    def report_speakers(self, slug: str) -> list[Speaker]:
        """The speakers quoted in one report, most statements first."""
        counts = Counter(s.speaker for s in self.by_report.get(slug, []))
        return [self.speakers[a] for a, _ in sorted(counts.items(), key=lambda item: (-item[1], fold_chars(self.registry[item[0]].name)))]

    def report_mentions(self, slug: str) -> list[Actor]:
        """Actors the report names in its quoted passages who do not speak in it."""
        statements = self.by_report.get(slug, [])
        speaking = {s.speaker for s in statements}
        named = Counter(a for s in statements for a in s.mentions if a not in speaking)
        return [self.registry[a] for a, _ in sorted(named.items(), key=lambda item: (-item[1], fold_chars(self.registry[item[0]].name)))]

    # where a statement is, from the site root

    def paragraph_path(self, statement: Statement) -> str:
        return paragraph_path(self.reports[statement.report_slug], statement.section_slug, statement.anchor)

    def section_title(self, statement: Statement) -> str:
        return section_label(self.reports[statement.report_slug].section(statement.section_slug))

    # data exports

    def rows(self, statements: list[Statement] | None = None) -> list[dict[str, Any]]:
        """The data rows of these statements (by default every statement, in statement order)."""
        chosen = sorted(self.statements, key=statement_order) if statements is None else statements
        registry = self.registry
        return statement_rows(chosen, self.reports, lambda actor_id: registry[actor_id].name)

    def write_statements_json(self, handle: TextIO, rows: list[dict[str, Any]]) -> None:
        write_json_records(handle, {"columns": DATA_COLUMNS}, "statements", rows)

    @staticmethod
    def write_statements_csv(handle: TextIO, rows: list[dict[str, Any]]) -> None:
        writer = csv.DictWriter(handle, fieldnames=DATA_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "inline": "yes" if row["inline"] else "no"})


def statement_rows(statements: list[Statement], reports: dict[str, Report], name_of: Callable[[str], str]) -> list[dict[str, Any]]:
    """The data rows of these statements, their reports by slug, their speakers named by name_of."""
    rows = []
    for statement in statements:
        report = reports[statement.report_slug]
        note = report.notes.get(statement.note_key) if statement.note_key else None
        rows.append(
            {
                "speaker": statement.speaker,
                "speaker_name": name_of(statement.speaker),
                "date": statement.date.isoformat() if statement.date else "",
                "date_basis": statement.date_basis,
                "occasion": statement.occasion,
                "quote": "\n\n".join(statement.paragraphs),
                "inline": statement.inline,
                "note": statement.note_key or "",
                "note_text": note.text if note else "",
                "report": report.slug,
                "report_title": report.title,
                "section": statement.section_slug,
                "section_title": section_label(report.section(statement.section_slug)),
                "anchor": statement.anchor,
                "url": paragraph_path(report, statement.section_slug, statement.anchor),
                "attribution": statement.reason,
            }
        )
    return rows
