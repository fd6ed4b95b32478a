"""Every speaker across all reports: their statements in date order, who quoted them, whom they spoke with or about.

Plain code over the model; the speakers plugin renders it and writes the data files.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field

from .actors import Registry, fold_chars
from .model import ACTOR_KIND_GROUPS, Actor, Report, Statement
from .pages import paragraph_path, section_label
from .provisional import adopt_provisional, merge_bare_surnames
from .statements import Extraction, extract_statements
from .text import write_json_records

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
    counterparts: list[tuple[str, int]] = field(default_factory=list)  # actor ids named in their passages, most often first

    @property
    def dated(self) -> list[Statement]:
        return [s for s in self.statements if s.date]

    @property
    def first_date(self):
        return min((s.date for s in self.dated), default=None)

    @property
    def last_date(self):
        return max((s.date for s in self.dated), default=None)

    @property
    def report_slugs(self) -> list[str]:
        return list(dict.fromkeys(s.report_slug for s in self.statements + self.quoted_by))


def paragraph_number(anchor: str) -> int:
    match = re.search(r"(\d+)$", anchor)
    return int(match.group(1)) if match else 0


def statement_order(statement: Statement) -> tuple:
    return (statement.date.isoformat() if statement.date else "9999", statement.report_slug, paragraph_number(statement.anchor))


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
        self.by_report: dict[str, list[Statement]] = {}  # each report's statements, in reading order
        prepared = prepared or {}
        self.merged: dict[str, str] = {}  # provisional actor id -> the actor it turned out to be (dossier.provisional)
        for report in self.reports.values():
            found = prepared.get(report.slug)
            if found is None:
                found = extract_statements(report, registry)
            else:
                found = adopt_provisional(registry, found)
            self.by_report[report.slug] = found.statements
            self.statements.extend(found.statements)
            self.provisional.extend(a for a in found.provisional if a not in self.provisional)
            self.unattributed.extend((report.slug, *item) for item in found.unattributed)
        self.merged.update(merge_bare_surnames(registry, self.provisional))
        if self.merged:
            for statement in self.statements:
                statement.speaker = self.merged.get(statement.speaker, statement.speaker)
                statement.mentions = [self.merged.get(a, a) for a in statement.mentions]
                for quoted in statement.quoted:
                    quoted.actor_id = self.merged.get(quoted.actor_id, quoted.actor_id)
            self.provisional = [a for a in self.provisional if a.id not in self.merged]
        self.speakers: dict[str, Speaker] = {}
        for statement in sorted(self.statements, key=statement_order):
            self._speaker(statement.speaker).statements.append(statement)
            for quoted in statement.quoted:
                speaker = self._speaker(quoted.actor_id)
                if statement not in speaker.quoted_by:
                    speaker.quoted_by.append(statement)
        for speaker in self.speakers.values():
            counts = Counter(a for s in speaker.statements for a in s.mentions if a != speaker.actor.id)
            speaker.counterparts = sorted(counts.items(), key=lambda item: (-item[1], fold_chars(self.registry[item[0]].name)))

    def _speaker(self, actor_id: str) -> Speaker:
        if actor_id not in self.speakers:
            self.speakers[actor_id] = Speaker(self.registry[actor_id])
        return self.speakers[actor_id]

    def sorted_speakers(self) -> list[Speaker]:
        return sorted(self.speakers.values(), key=lambda s: fold_chars(s.actor.name))

    def affiliation_name(self, actor: Actor) -> str:
        return self.registry[actor.affiliation].name if actor.affiliation in self.registry else ""

    def groups(self) -> list[tuple[str, list[tuple[str, list[Speaker]]]]]:
        """Speakers by kind (in the registry's kind order), then by affiliation (unaffiliated last)."""
        result = []
        kinds = list(dict.fromkeys(a.kind for a in self.registry.sorted_actors()))
        for kind in kinds:
            members = [s for s in self.sorted_speakers() if s.actor.kind == kind]
            if not members:
                continue
            by_affiliation: dict[str, list[Speaker]] = {}
            for speaker in members:
                by_affiliation.setdefault(self.affiliation_name(speaker.actor), []).append(speaker)
            ordered = sorted(by_affiliation.items(), key=lambda item: (item[0] == "", fold_chars(item[0])))
            result.append((ACTOR_KIND_GROUPS.get(kind, members[0].actor.kind_label), ordered))
        return result

    def timeline(self) -> list[Statement]:
        return [s for s in sorted(self.statements, key=statement_order) if s.date]

    @staticmethod
    def by_month(statements: list[Statement]) -> list[tuple[str, list[Statement]]]:
        months: dict[str, list[Statement]] = {}
        for statement in statements:
            months.setdefault(f"{statement.date:%B} {statement.date.year}", []).append(statement)
        return list(months.items())

    @staticmethod
    def timeline_months(statements: list[Statement], page_size: int) -> list[dict]:
        """The timeline by month, each month in pages of at most page_size statements: a month's title, year,
        count and pages (title, file name, statements, and the reports they come from)."""
        months: dict[str, dict] = {}
        for statement in statements:
            key = f"{statement.date:%Y-%m}"
            title = f"{statement.date:%B} {statement.date.year}"
            months.setdefault(key, {"key": key, "year": statement.date.year, "title": title, "statements": []})["statements"].append(statement)
        for month in months.values():
            chunks = [month["statements"][i : i + page_size] for i in range(0, len(month["statements"]), page_size)]
            month["count"] = len(month["statements"])
            month["pages"] = [
                {
                    "title": month["title"] if len(chunks) == 1 else f"{month['title']}, part {number} of {len(chunks)}",
                    "part": number,
                    "file_name": f"timeline-{month['key']}.html" if number == 1 else f"timeline-{month['key']}-{number}.html",
                    "statements": chunk,
                    "report_slugs": sorted({s.report_slug for s in chunk}),
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

    def rows(self) -> list[dict]:
        rows = []
        for statement in sorted(self.statements, key=statement_order):
            report = self.reports[statement.report_slug]
            note = report.notes.get(statement.note_key) if statement.note_key else None
            rows.append(
                {
                    "speaker": statement.speaker,
                    "speaker_name": self.registry[statement.speaker].name,
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
                    "section_title": self.section_title(statement),
                    "anchor": statement.anchor,
                    "url": self.paragraph_path(statement),
                    "attribution": statement.reason,
                }
            )
        return rows

    def write_statements_json(self, handle, rows: list[dict]) -> None:
        write_json_records(handle, {"columns": DATA_COLUMNS}, "statements", rows)

    @staticmethod
    def write_statements_csv(handle, rows: list[dict]) -> None:
        writer = csv.DictWriter(handle, fieldnames=DATA_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "inline": "yes" if row["inline"] else "no"})
