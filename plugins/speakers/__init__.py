"""Speakers: a page per quoted actor, the speakers index, the timeline and the statements data.

Statements are found in every report's text (dossier.statements); the actor
registry (content/actors.toml) names, merges and describes the speakers.
The gathered SpeakerBook is put in the template context as `speaker_book`
so that other pages (a report's overview) can list who speaks in it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import textwrap
from collections.abc import Sequence
from typing import Any, overload

from dossier import background, readahead, takeover
from dossier.analysis import code_version, load_registry_kept
from dossier.buildstate import FORMAT_DATE, SPEAKER_BOOK, actor_graph, article_report, dossier_settings, on_initialized, statements_found
from dossier.corrected_credits import credit_warnings
from dossier.dates import format_date
from dossier.exports import FILES_MANIFEST, LAYOUT_FILE, REPORTS_FOLDER, StatementExports
from dossier.fingerprints import PageFingerprints
from dossier.model import ContentError, Statement
from dossier.pages import statement_ids
from dossier.paging import ENTRY_MARKUP, PAGE_BUDGET, SPLITS_FILE, KeptSplits, split_pages
from dossier.paths import shown, shown_path
from dossier.progress import progress
from dossier.relations import TYPED, ActorGraph
from dossier.speakers import MonthSplit, SpeakerBook
from pelican import signals
from pelican.generators import Generator

from .statement_html import StatementWriter

logger = logging.getLogger(__name__)

SPEAKERS_FOLDER = "speakers"
TIMELINE_SAVE_AS = "timeline.html"
SPEAKER_PAGE = 100  # statements on a page of a speaker's; a speaker with more has numbered pages
DATA_FOLDER = "data"
Splits = tuple[KeptSplits, PageFingerprints]  # the last build's splits of listings, and the fingerprints that key them


def file_digest(path: str) -> str:
    """The SHA-256 of a file's bytes, or "absent"."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return "absent"


class SpeakerPageNotes:
    """The notes a speaker page cites: ids unique across reports, one list at the end of the page for the cards."""

    def __init__(self, book: SpeakerBook, statements) -> None:
        self._book = book
        self._statements = statements
        self._gathered = False  # gathered when the page is rendered, not for a page the last build already wrote
        self._items: list[dict] = []
        self._references: dict[int, dict] = {}  # by id(statement): its cite id, the note's anchor and key

    @property
    def items(self) -> list[dict]:
        self._gather()
        return self._items

    def _gather(self) -> None:
        if self._gathered:
            return
        self._gathered = True
        book = self._book
        by_anchor: dict[str, dict] = {}
        for statement in self._statements:
            if not statement.note_key:
                continue
            report = book.reports[statement.report_slug]
            note = report.notes.get(statement.note_key)
            if note is None:
                continue
            anchor = f"note-{report.slug}-{note.key}"
            entry = by_anchor.get(anchor)
            if entry is None:
                entry = {"anchor": anchor, "note": note, "report": report, "cite_ids": []}
                by_anchor[anchor] = entry
                self._items.append(entry)
            cite_id = f"cite-{report.slug}-{note.key}-{len(entry['cite_ids']) + 1}"
            entry["cite_ids"].append(cite_id)
            self._references[id(statement)] = {"cite_id": cite_id, "anchor": anchor, "key": statement.note_key}

    def reference(self, statement) -> dict | None:
        self._gather()
        return self._references.get(id(statement))


class StatementIds(Sequence[str]):
    """statement_ids() of a speaker's statements, worked out when a page first asks (most of a warm build's speaker
    pages are the last build's, and at 1,000 reports the ids of every statement cost about 0.04 s)."""

    def __init__(self, statements: list[Statement]) -> None:
        self._statements = statements
        self._ids: list[str] | None = None

    def _found(self) -> list[str]:
        if self._ids is None:
            self._ids = statement_ids(self._statements)
        return self._ids

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._found()[index]

    def __len__(self) -> int:
        return len(self._statements)


def speaker_pages(book: SpeakerBook, speaker, most: int, splits: Splits | None = None) -> list[dict]:
    """A speaker's statements in date order, in pages of at most `most` (and PAGE_BUDGET of weight): the first is
    speakers/<id>.html, the next <id>_2.html and on (an id has no underscore, so no other speaker's page is named so).
    The first page also lists who quoted the speaker, so its statements get what is left of the budget.
    With `splits`, the last build's split while the speaker's reports show the same of their statements."""
    quoted = sum(ENTRY_MARKUP + sum(len(q.text) for q in s.quoted) for s in speaker.quoted_by)
    first_budget = max(PAGE_BUDGET - quoted, PAGE_BUDGET // 4)
    if splits is None:
        chunks = split_pages(speaker.statements, book.statement_weight, most, PAGE_BUDGET, first_budget)
    else:
        kept, fingerprints = splits
        key = f"{most} {first_budget} {fingerprints.shown_by(speaker.report_slugs)}"
        chunks = kept.split(f"speaker {speaker.actor.id}", key, speaker.statements, book.statement_weight, most, first_budget)
    pages = []
    start = 0
    for number, chunk in enumerate(chunks, 1):
        dates = [date for s in chunk if (date := s.date)]
        pages.append(
            {
                "number": number,
                "file_name": speaker.actor.file_name if number == 1 else f"{speaker.actor.id}_{number}.html",
                "statements": chunk,
                "start": start,  # the index of its first statement among all the speaker's
                "count": len(chunk),
                "first": min(dates, default=None),
                "last": max(dates, default=None),
            }
        )
        start += len(chunk)
    return pages


def month_split(book: SpeakerBook, splits: Splits | None) -> MonthSplit | None:
    """A timeline month's pages: the last build's split while the month's reports show the same of their statements."""
    if splits is None:
        return None
    kept, fingerprints = splits

    def split(month: str, statements: list[Statement], most: int) -> list[list[Statement]]:
        key = f"{most} {fingerprints.shown_by(sorted({s.report_slug for s in statements}))}"
        return kept.split(f"timeline {month}", key, statements, book.statement_weight, most)

    return split


def typed_relations(graph: ActorGraph | None) -> dict[str, list[tuple[str, int]]]:
    """Each actor's typed relations on the map and how many passages each rests on (a speaker page lists them)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for key, relation in sorted(graph.relations.items()) if graph else ():
        if relation.kind in TYPED:
            for end in (relation.source, relation.target):
                found.setdefault(end, []).append((key, relation.evidence_count))
    return found


def index_shown(book: SpeakerBook) -> str:
    """What the speakers index shows beyond the site's shape (every actor as the registry has them, who has a page,
    which the page fingerprint holds already): the counts of reports and statements, and each speaker's statements,
    their first and last date and how often others quote them. With it the index is kept while none of that changed."""
    parts = [f"{len(book.reports)} {len(book.statements)}"]
    for actor_id in sorted(book.speakers):
        speaker = book.speakers[actor_id]
        dates = [date for s in speaker.statements if (date := s.date)]
        first, last = (min(dates), max(dates)) if dates else (None, None)
        parts.append(f"{actor_id} {len(speaker.statements)} {first} {last} {len(speaker.quoted_by)}")
    return "\n".join(parts)


def months_shown(book: SpeakerBook, timeline: list[Statement], months: list[dict[str, Any]]) -> str:
    """What the timeline's month index shows beyond the site's shape: the counts of statements and reports, each
    report's title (its filter), and each month's title, count and pages with their reports' counts. With it the index
    is kept while none of that changed, and its list of shortened titles is made only when it is rendered."""
    parts = [f"{len(timeline)} {len(book.reports)}"]
    parts.extend(f"{slug}\0{book.reports[slug].title}" for slug in sorted(book.reports))
    for month in months:
        parts.append(f"{month['key']}\0{month['year']}\0{month['title']}\0{month['count']}")
        parts.extend(f"{page['file_name']}\0{page['title']}\0{page['part']}\0{page['report_counts']}" for page in month["pages"])
    return "\n".join(parts)


def provisional_warnings(book: SpeakerBook, shown_registry: str) -> list[str]:
    """A warning for each actor the reports name that the registry lacks: a speaker gets a provisional page; one whose
    words only a speaker quotes ("Northland Minister Karl Dorn described …" inside a ministry's statement) gets none."""
    lines = []
    for actor in book.provisional:
        where = f"{shown_path(actor.source)}:{actor.line}" if actor.line else shown_path(actor.source)
        if actor.id in book.speakers:
            made = "a provisional page was made"
            lines.append(f"{where}: speaker {actor.name!r} is not in {shown_registry}; {made} (run `invoke speakers` for an entry to paste)")
        else:
            lines.append(
                f"{where}: {actor.name!r}, quoted in a speaker's words, is not in {shown_registry}; no page of its own, as it makes"
                " no statement (run `invoke speakers` for an entry to paste)"
            )
    return lines


class SpeakersGenerator(Generator):
    def generate_context(self) -> None:
        articles = self.context.get("articles", []) + self.context.get("hidden_articles", [])
        reports = [report for a in articles if (report := article_report(a)) is not None]
        prepared = {a.report.slug: found for a in articles if article_report(a) is not None and (found := statements_found(a)) is not None}
        registry_path = dossier_settings(self.settings).registry_path
        shown_registry = shown(self.settings["PATH"], registry_path)  # relative to the content folder
        registry = load_registry_kept(registry_path, shown_registry, dossier_settings(self.settings).cache_path)
        book = SpeakerBook(reports, registry, prepared)
        for line in provisional_warnings(book, shown_registry) + credit_warnings(registry.corrections, book.credit_uses, book.barred):
            logger.warning("%s", line)
        self.book = book
        self.context[SPEAKER_BOOK] = book
        # the folders of each report's statements data (StatementExports.write), made while the build goes on
        background.make_folders(os.path.join(self.output_path, DATA_FOLDER, REPORTS_FOLDER), book.reports)
        progress(
            f"read {len(book.reports)} report(s); speakers: {len(book.speakers)} with {len(book.statements)} statements"
            f" ({len(book.provisional)} not in the registry)"
        )
        self.context[FORMAT_DATE] = format_date

    def _write(self, writer, save_as: str, template: str, **variables) -> None:
        relative_urls = self.settings["RELATIVE_URLS"]
        writer.write_file(save_as, self.get_template(template), self.context, relative_urls, statement_writer=self.statement_writer, **variables)

    def generate_output(self, writer) -> None:
        book = self.book
        # the pages written since the reading (Pelican's report overviews and home pages, the report pages), apart
        # from this stage's: on a warm build of an archive each kind costs about as much as the statements data.
        # Worded apart from the last line's "pages: N rendered", which the benchmark and the tests read
        rendered, reused = getattr(writer, "rendered", None), getattr(writer, "reused", None)
        if isinstance(rendered, int) and isinstance(reused, int):
            progress(f"report and home pages written ({rendered} rendered, {reused} unchanged since the last build)")
        most = self.settings.get("DOSSIER_SPEAKER_PAGE", SPEAKER_PAGE)
        if not isinstance(most, int) or isinstance(most, bool) or most < 1:
            raise ContentError("DOSSIER_SPEAKER_PAGE", None, f"must be a whole number of statements, 1 or more, like {SPEAKER_PAGE}, not {most!r}")
        related = typed_relations(actor_graph(self.context))
        filters = self.env.filters
        self.statement_writer = StatementWriter(book, self.context["short_title"], filters["note_card_attributes"], filters["note_body"])
        # the page writer's fingerprints keep what each report's statements show (dossier.fingerprints.statements_shown)
        fingerprints = getattr(writer, "fingerprints", None)
        if fingerprints is not None and fingerprints.book is not book:
            fingerprints = None
        cache = dossier_settings(self.settings).cache_path
        splits = (KeptSplits(os.path.join(cache, SPLITS_FILE), fingerprints.base), fingerprints) if fingerprints is not None and cache else None
        for speaker in book.sorted_speakers():
            pages = speaker_pages(book, speaker, most, splits)
            shape = " ".join(f"{page['file_name']}:{page['count']}" for page in pages)  # each page links every other
            # the page lists whom the speaker has typed relations with: read in reports the speaker need not speak in
            shape += f"\0{related.get(speaker.actor.id, [])}"
            ids = StatementIds(speaker.statements)  # once for all their pages, each showing its share; only if one is rendered
            for page in pages:
                self._write(
                    writer,
                    posixpath.join(SPEAKERS_FOLDER, page["file_name"]),
                    "speaker",
                    speaker=speaker,
                    speaker_statement_ids=ids,
                    statements=page["statements"],
                    statements_page=page,
                    statements_pages=pages,
                    page_notes=SpeakerPageNotes(book, page["statements"]),
                    page_file=page["file_name"],
                    depends_on_statements=speaker.report_slugs,  # the page shows their statements, not the rest of them
                    depends_on=shape,
                )
        self._write(
            writer,
            posixpath.join(SPEAKERS_FOLDER, "index.html"),
            "speakers",
            page_file="index.html",
            depends_on_reports=[],
            depends_on=index_shown(book),
        )
        timeline = book.timeline()
        page_size = dossier_settings(self.settings).timeline_page
        if len(timeline) <= page_size:
            self._write(writer, TIMELINE_SAVE_AS, "timeline", timeline=timeline, page_notes=SpeakerPageNotes(book, timeline))
        else:
            # An archive's timeline is paged by month, and a busy month in parts: one page would run to megabytes.
            months = book.timeline_months(timeline, page_size, month_split(book, splits))
            month_index: dict[str, Any] = {"depends_on_reports": [], "depends_on": months_shown(book, timeline, months)}
            reuse = getattr(writer, "reuse", None)  # page_reuse's writer: the last build's index while what it shows is the same
            if reuse is None or not reuse(TIMELINE_SAVE_AS, self.context, **month_index):
                # the reports, [slug, title] in slug order, for a report's filter on the month index (1,000 reports: about 100 KB)
                slugs = sorted(book.reports)
                month_reports = [[slug, textwrap.shorten(book.reports[slug].title, 80, placeholder=" …")] for slug in slugs]
                numbers = {slug: number for number, slug in enumerate(slugs)}
                self._write(
                    writer,
                    TIMELINE_SAVE_AS,
                    "timeline",
                    timeline=timeline,
                    months=months,
                    month_reports=month_reports,
                    month_report_numbers=numbers,
                    **month_index,
                )
            pages = [page for month in months for page in month["pages"]]
            shape = " ".join(page["file_name"] for page in pages)  # each page links its neighbours
            for index, page in enumerate(pages):
                self._write(
                    writer,
                    page["file_name"],
                    "timeline",
                    timeline=page["statements"],
                    month=page,
                    previous_page=pages[index - 1] if index else None,
                    next_page=pages[index + 1] if index + 1 < len(pages) else None,
                    page_notes=SpeakerPageNotes(book, page["statements"]),
                    depends_on_statements=page["report_slugs"],
                    depends_on=shape,
                )
        if splits is not None:
            splits[0].save()
        if isinstance(rendered, int) and isinstance(reused, int):
            progress(
                f"speaker and timeline pages written ({writer.rendered - rendered} rendered, {writer.reused - reused} unchanged since the last build)"
            )
        folder = os.path.join(self.output_path, DATA_FOLDER)
        os.makedirs(folder, exist_ok=True)
        dossier = dossier_settings(self.settings)
        shown = fingerprints.shown_elsewhere if fingerprints is not None else None
        exports = StatementExports(book, dossier.cache_path, file_digest(dossier.registry_path), code_version(), shown)
        exports.write(folder, os.path.join(dossier.previous_output, DATA_FOLDER) if dossier.previous_output else "")
        spliced = f"; site-wide files spliced ({exports.spliced} row(s) put in)" if exports.spliced >= 0 else ""
        progress(
            f"statements data: {exports.encoded} of {len(book.reports)} report(s) encoded, {exports.reused} per-report file(s) unchanged since the last build"
            + spliced
        )


def get_generators(pelican):
    return SpeakersGenerator


def register() -> None:
    takeover.declare(FILES_MANIFEST, DATA_FOLDER, f"{REPORTS_FOLDER}/")  # each report's own files; the site-wide ones are spliced
    readahead.declare(LAYOUT_FILE)
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
