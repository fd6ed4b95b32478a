"""What each page is made from, as one digest, so a build can tell which pages the last build already wrote.

Every fingerprint starts with the build recipe (the settings, the theme's files, the plugins' code, the
libraries' versions; shown paths are relative to the content folder, so the working folder plays no part) and the site's shape (every
actor in the registry, provisional ones included, and who has a speaker page). To that a report's own pages
add the report's text. Other pages name the reports they draw on in the `depends_on_reports` variable (a
speaker's page: every report they speak or are quoted in) and anything else in `depends_on`. A page drawn
from every report names none: it gets no fingerprint and is always rendered, unless it names an empty list and
puts what it shows of them in `depends_on` (the speakers index).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import weakref
from collections.abc import Mapping, Sequence
from importlib import metadata
from typing import TYPE_CHECKING, Any

from .kept import keep

if TYPE_CHECKING:  # speakers.py imports most of the package; this module only names its types
    from _hashlib import HASH as Hash

    from .model import Report, Statement
    from .speakers import SpeakerBook

LIBRARIES = ("pelican", "jinja2", "markupsafe", "mistune", "pyvis", "networkx")
PER_BUILD_SETTINGS = {"OUTPUT_PATH", "DOSSIER_CACHE_PATH", "DOSSIER_PREVIOUS_OUTPUT", "DOSSIER_WORKERS"}


def plain(value: object) -> bool:
    """A settings value whose repr is the same in every process (no functions, no objects)."""
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(plain(v) for v in value)
    if isinstance(value, dict):
        return all(plain(k) and plain(v) for k, v in value.items())
    return False


def add_parts(digest: Hash, *parts: object) -> None:
    """Each part with its length first, so that no two different lists of parts give the same bytes."""
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        digest.update(len(data).to_bytes(8, "big") + data)


def add_files(digest: Hash, folder: str, suffixes: tuple[str, ...] = ()) -> None:
    for current, dirs, names in sorted(os.walk(folder)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if suffixes and not name.endswith(suffixes):
                continue
            path = os.path.join(current, name)
            with open(path, "rb") as handle:
                add_parts(digest, os.path.relpath(path, folder), handle.read())


_last_recipe: tuple[Mapping[str, Any] | None, str] = (None, "")


def recipe(settings: Mapping[str, Any]) -> str:
    """The build recipe's digest; worked out once a build (the page writer and the map's shards both need it)."""
    global _last_recipe
    if _last_recipe[0] is settings:
        return _last_recipe[1]
    found = _recipe(settings)
    _last_recipe = (settings, found)
    return found


def _recipe(settings: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    for key in sorted(settings):
        value = settings[key]
        if key not in PER_BUILD_SETTINGS and plain(value):
            add_parts(digest, key, repr(sorted(value) if isinstance(value, (set, frozenset)) else value))
    if settings.get("THEME"):
        add_files(digest, settings["THEME"])
    for folder in settings.get("PLUGIN_PATHS", []):
        add_files(digest, folder, (".py",))
    for library in LIBRARIES:
        try:
            add_parts(digest, library, metadata.version(library))
        except metadata.PackageNotFoundError:
            add_parts(digest, library, "-")
    return digest.hexdigest()


_last_shape: tuple[weakref.ref[SpeakerBook] | None, int, str] = (None, 0, "")


def site_shape(book: SpeakerBook) -> str:
    """Every actor in the registry (provisional ones included) and who has a speaker page, as one digest; worked out
    once a book (the page writer, the map's shards, its relations file and the short titles all ask)."""
    global _last_shape
    ref, size, found = _last_shape
    if ref is not None and ref() is book and size == len(book.registry.actors) + len(book.speakers):
        return found
    found = _site_shape(book)
    _last_shape = (weakref.ref(book), len(book.registry.actors) + len(book.speakers), found)
    return found


def _site_shape(book: SpeakerBook) -> str:
    digest = hashlib.sha256()
    for actor_id in sorted(book.registry.actors):
        add_parts(digest, repr(book.registry[actor_id]))
    add_parts(digest, *sorted(book.speakers))
    return digest.hexdigest()


def statements_shown(report: Report, statements: list[Statement]) -> str:
    """A digest of what is shown of a report's statements apart from its own pages (speaker pages, timeline months,
    the statements data): its slug and title, and each statement with its section's label and address and its note."""
    from .pages import paragraph_path, section_label  # pages imports the model only; kept out of this module's imports

    digest = hashlib.sha256()
    add_parts(digest, report.slug, report.title)
    cited: set[str] = set()
    for statement in statements:
        section = section_label(report.section(statement.section_slug))
        add_parts(digest, repr(statement), paragraph_path(report, statement.section_slug, statement.anchor), section)
        if statement.note_key:
            cited.add(statement.note_key)
    # each note once (a note may be cited by thousands of statements, and lists each of its citations)
    add_parts(digest, *(f"{key}\0{report.notes.get(key)!r}" for key in sorted(cited)))
    return digest.hexdigest()


def statements_named(statements: list[Statement]) -> str:
    """The actor ids a report's statements name, as one JSON text: all that merging provisional speakers across reports
    can change in them (each statement's speaker, mentions and quoted speakers)."""
    # one JSON text for the report's statements (a repr of two lists a statement cost 0.04 s at 1,000 reports)
    return json.dumps([[s.speaker, s.mentions, [q.actor_id for q in s.quoted]] for s in statements], ensure_ascii=False)


def front_matter(report: Report) -> tuple[Any, ...]:
    """Everything a report's front matter gives it (a list of reports may show any of it), not its text."""
    return (
        report.source_path,
        report.slug,
        report.title,
        report.date,
        report.series,
        report.number,
        report.summary,
        report.author_note,
        report.authors,
        report.tags,
        report.extra,
    )


def _in_order(slugs: Sequence[str]) -> Sequence[str]:
    """Reports' slugs in the order a fingerprint takes them (one needs no sorting)."""
    return slugs if len(slugs) == 1 else sorted(slugs)


SHOWN_FILE = "shown-elsewhere.json"  # each report's shown_elsewhere digest of the last build, under the key it was made for


class PageFingerprints:
    def __init__(self, settings: Mapping[str, Any], book: SpeakerBook, cache_folder: str = "") -> None:
        self.book = book
        self.base = recipe(settings) + site_shape(book)
        self._reports: dict[str, str] = {}
        self._shown: dict[str, str] = {}
        self._pages: dict[tuple[bool, str, tuple[str, ...]], str] = {}  # page(): a fingerprint by what it is made of
        self._shown_sets: dict[tuple[str, ...], str] = {}  # shown_by(): a digest by the reports it is made of
        self._kept_file = os.path.join(cache_folder, SHOWN_FILE) if cache_folder else ""
        self._kept: dict[str, list[str]] | None = None  # read on first use
        self._kept_changed = False
        # every fingerprint starts with the base: hashed once, copied for each page (an archive has thousands)
        self._started = hashlib.sha256()
        add_parts(self._started, self.base)

    def report(self, slug: str) -> str:
        if slug not in self._reports:
            report = self.book.reports[slug]
            digest = hashlib.sha256()
            add_parts(digest, report.source_path, report.source_digest())
            self._reports[slug] = digest.hexdigest()
        return self._reports[slug]

    def shown_elsewhere(self, slug: str) -> str:
        """What a page drawn from many reports (a speaker's page, a timeline month) shows of this one: its slug and
        title, and its statements as they are shown, each with its section's label and address and its note. An edit
        elsewhere in the report (its summary, a paragraph no statement quotes) leaves it the same, and those pages
        are taken from the last build. Worked out again only when the build recipe, the registry, the report's text or
        the ids its statements name (merging provisional speakers across reports can change them) changed since the
        last build."""
        found = self._shown.get(slug)
        if found is not None:
            return found
        book = self.book
        statements = book.by_report.get(slug, [])
        ids = hashlib.sha256()
        named = statements_named(statements)
        add_parts(ids, self.base, self.report(slug), named)
        key = ids.hexdigest()
        kept = self._load_kept()
        entry = kept.get(slug)
        read = book.shown_when_read.get(slug)  # worked out where the report was read, with the ids its statements named then
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == key:
            found = str(entry[1])
        elif read is not None and read[0] == named:
            found = read[1]
            kept[slug] = [key, found]
            self._kept_changed = True
        else:
            found = statements_shown(book.reports[slug], statements)
            kept[slug] = [key, found]
            self._kept_changed = True
        self._shown[slug] = found
        return found

    def shown_by(self, slugs: Sequence[str]) -> str:
        """What pages listing these reports' statements show of them (shown_elsewhere of each, in slug order) as one
        digest, worked out once a set of reports: a speaker's pages and the way they are split share it."""
        key = tuple(slugs)
        found = self._shown_sets.get(key)
        if found is None:
            # hexadecimal digests: joined with a separator they cannot hold, one string is as exact as parts with lengths
            found = self._shown_sets[key] = hashlib.sha256("\0".join(map(self.shown_elsewhere, _in_order(slugs))).encode()).hexdigest()
        return found

    def _load_kept(self) -> dict[str, list[str]]:
        if self._kept is None:
            self._kept = {}
            if self._kept_file:
                try:
                    with open(self._kept_file, encoding="utf-8") as handle:
                        found = json.load(handle)
                    self._kept = found if isinstance(found, dict) else {}
                except (OSError, ValueError):  # absent or damaged: worked out again
                    pass
        return self._kept

    def save(self) -> None:
        """Keep the shown_elsewhere digests for the next build (of the reports this build has)."""
        if self._kept_file and self._kept is not None and (self._kept_changed or set(self._kept) - set(self.book.reports)):
            kept = {slug: entry for slug, entry in sorted(self._kept.items()) if slug in self.book.reports}
            keep(self._kept_file, json.dumps(kept).encode())

    def listed(self, articles: Sequence[Any], called: str) -> str:
        """A list of reports' pages (the home pages, index.html): what it can show of each report, its front matter
        and address, in the list's order, with how the list was asked for (`called`); "" if an article has no report.
        A report's text plays no part: an edit of its body leaves the list as the last build wrote it."""
        shown = []
        for article in articles:
            report = getattr(article, "report", None)
            if report is None:
                return ""
            shown.append(repr((article.url, front_matter(report))))
        digest = self._started.copy()
        add_parts(digest, "listed", called, "\0".join(shown))
        return digest.hexdigest()

    def page(self, name: str, variables: Mapping[str, Any]) -> str:
        """The page's fingerprint, or "" for a page drawn from every report. A page names the reports it draws on in
        `depends_on_reports` (their whole text), or in `depends_on_statements` when it shows only their statements
        (see shown_elsewhere)."""
        slugs = variables.get("depends_on_reports")
        by_text = True
        if slugs is None and (slugs := variables.get("depends_on_statements")) is not None:
            by_text = False
        if slugs is None:  # Pelican's own article page: a report's overview
            report = getattr(variables.get("article"), "report", None)
            if report is None:
                return ""
            slugs = [report.slug]
        # The page's name plays no part: each is compared with the fingerprint recorded under its own name. So the eight
        # pages of a report (or a speaker's numbered pages) share one fingerprint, worked out once.
        depends_on = variables.get("depends_on", "")
        key = (by_text, depends_on, tuple(slugs))
        found = self._pages.get(key)
        if found is None:
            reports = self.book.reports
            if any(slug not in reports for slug in slugs):
                return ""
            digest = self._started.copy()
            if by_text:
                made_of = "\0".join(map(self.report, _in_order(slugs)))  # hexadecimal digests
            else:
                made_of = self.shown_by(slugs)
            add_parts(digest, "text" if by_text else "shown", depends_on, made_of)
            found = self._pages[key] = digest.hexdigest()
        return found
