"""The plain data model every Dossier plugin shares.

A Report is read once from its Markdown file; the page, speaker, map and
card plugins only read it. Nothing here knows about Pelican.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal


class ContentError(Exception):
    """Bad input: carries the file and line so the build can say exactly where."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[ContentError], tuple[str, int | None, str]]:  # picklable, for reports read in worker processes
        return (type(self), (self.path, self.line, self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Author:
    name: str
    role: str = ""


@dataclass
class Citation:
    """One place where a note is cited: the reference link's id and the page it is on."""

    note_key: str
    cite_id: str
    section_slug: str
    paragraph_anchor: str


@dataclass
class Note:
    key: str
    text: str
    html: str
    outlet: str = ""
    date: dt.date | None = None
    defined: bool = True
    line: int | None = None
    citations: list[Citation] = field(default_factory=list)

    _by_section: dict[str, list[Citation]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def anchor(self) -> str:
        return f"note-{self.key}"

    def citations_in(self, section_slug: str) -> list[Citation]:
        """The citations on one page; grouped once, as a note may be cited thousands of times."""
        if sum(len(group) for group in self._by_section.values()) != len(self.citations):
            self._by_section = {}
            for citation in self.citations:
                self._by_section.setdefault(citation.section_slug, []).append(citation)
        return self._by_section.get(section_slug, [])


ParagraphKind = Literal["paragraph", "quote", "item", "caption", "table"]


@dataclass
class Paragraph:
    """A block with a permalink: a paragraph, a quoted paragraph or a list item."""

    anchor: str
    kind: ParagraphKind
    text: str
    note_keys: list[str] = field(default_factory=list)
    heading: str = ""  # the nearest heading above it


def without_note_markers(paragraph: Paragraph) -> str:
    """The paragraph's text without its note markers ("[6]")."""
    text = paragraph.text
    for key in set(paragraph.note_keys):
        text = text.replace(f"[{key}]", "")
    return text


@dataclass
class Heading:
    level: int
    title: str
    title_html: str
    anchor: str


@dataclass
class Section:
    """A page of the report: the introduction (slug "index") or one top-level section."""

    slug: str
    title: str
    title_html: str
    html: str = ""
    subheadings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    note_keys: list[str] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return f"{self.slug}.html"

    @property
    def is_introduction(self) -> bool:
        return self.slug == "index"


@dataclass
class Report:
    source_path: str
    slug: str
    title: str
    date: dt.date | None
    month_only: bool = False  # the front matter names the month alone (date = "2021-05"): pages show "May 2021"
    series: str = ""
    number: str = ""
    summary: str = ""
    author_note: str = ""
    authors: list[Author] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: dict[str, Note] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    source_text: str = field(default="", repr=False)
    _sections_by_slug: dict[str, Section] = field(default_factory=dict, repr=False, compare=False)
    # source_digest(), kept with the report once worked out; not copied by dataclasses.replace (a copy's text may differ)
    _source_digest: str = field(default="", init=False, repr=False, compare=False)

    def source_digest(self) -> str:
        """The SHA-256 of the report's text: worked out where the report is read (dossier.analysis) and cached with
        it, so a warm build does not hash every report's text again for the pages' fingerprints and the search parts."""
        if not self._source_digest:
            self._source_digest = hashlib.sha256(self.source_text.encode("utf-8", "surrogatepass")).hexdigest()
        return self._source_digest

    def line_of(self, needle: str) -> int | None:
        """The line of the report's file where the text first appears in its body, else anywhere (for messages): a name
        the front matter's tags or summary hold first is not where the report quotes it."""
        body_start = self.source_text.find("\n+++", 3) + 4 if self.source_text.startswith("+++") else 0
        position = self.source_text.find(needle, max(body_start, 0)) if needle else -1
        if position < 0 and needle:
            position = self.source_text.find(needle)
        return self.source_text.count("\n", 0, position) + 1 if position >= 0 else None

    @property
    def introduction(self) -> Section | None:
        return self.sections[0] if self.sections and self.sections[0].is_introduction else None

    @property
    def chapters(self) -> list[Section]:
        """The sections that get a page of their own (everything but the introduction)."""
        return [s for s in self.sections if not s.is_introduction]

    def section(self, slug: str) -> Section:
        if len(self._sections_by_slug) != len(self.sections):
            self._sections_by_slug = {s.slug: s for s in self.sections}
        return self._sections_by_slug[slug]

    def paragraph(self, section_slug: str, anchor: str) -> Paragraph | None:
        """The paragraph of that anchor in that section, if it holds one."""
        return next((p for p in self.section(section_slug).paragraphs if p.anchor == anchor), None)

    def has_notes(self) -> bool:
        """Whether the report has a page of notes (a cached report answers without unpickling them: dossier.analysis)."""
        return bool(self.notes)

    def notes_for(self, section: Section) -> list[Note]:
        return [self.notes[key] for key in section.note_keys]


ActorKind = Literal["person", "state", "organization", "outlet", "forum", "unknown"]
ACTOR_KINDS: dict[ActorKind, str] = {
    "person": "Person",
    "state": "State",
    "organization": "Organization",
    "outlet": "Media outlet",
    "forum": "Format or forum",
    "unknown": "Not yet classified",
}
ACTOR_KIND_GROUPS: dict[ActorKind, str] = {
    "person": "People",
    "state": "States",
    "organization": "Organizations",
    "outlet": "Media outlets",
    "forum": "Formats and forums",
    "unknown": "Not yet classified",
}


@dataclass
class Role:
    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    aliases: list[str] = field(default_factory=list)

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def span(self) -> str:
        if not self.start and not self.end:
            return ""
        start = str(self.start.year) if self.start else ""
        end = str(self.end.year) if self.end else "present" if self.start else ""
        return f"{start}–{end}" if start != end else start


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind = "person"
    aliases: list[str] = field(default_factory=list)
    affiliation: str = ""
    roles: list[Role] = field(default_factory=list)
    description: str = ""
    native_name: str = ""
    native_lang: str = ""
    url: str = ""
    provisional: bool = False
    line: int | None = None  # where the registry defines it, or where the text first quotes it
    source: str = ""

    @property
    def kind_label(self) -> str:
        return ACTOR_KINDS.get(self.kind, self.kind.title())

    @property
    def file_name(self) -> str:
        return f"{self.id}.html"

    @property
    def surface_forms(self) -> list[str]:
        forms = [self.name, *self.aliases]
        for role in self.roles:
            forms.extend(role.aliases)
        return forms


@dataclass
class QuotedSpeech:
    """A quote inside a statement that the speaker attributes to someone else."""

    actor_id: str
    text: str


@dataclass
class Statement:
    """A quoted passage attributed to one actor, with where and when it was said and what sources it."""

    speaker: str
    report_slug: str
    section_slug: str
    anchor: str
    paragraphs: list[str]
    inline: bool = False
    date: dt.date | None = None
    date_basis: str = ""  # "text", "note", "record" (the date of a report that records one occasion) or "report" (a guess, flagged)
    occasion: str = ""
    note_key: str | None = None
    reason: str = ""
    heading: str = ""
    quoted: list[QuotedSpeech] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)

    @property
    def quote(self) -> str:
        return " ".join(self.paragraphs)

    @property
    def date_is_guess(self) -> bool:
        return self.date_basis == "report"

    @property
    def sieve(self) -> str:
        """The sieve that attributed it: `reason` up to its first ": " ("cue_before: said" → "cue_before")."""
        return self.reason.partition(": ")[0]

    @property
    def sieve_detail(self) -> str:
        """What the sieve read: `reason` after its first ": "."""
        return self.reason.partition(": ")[2]
