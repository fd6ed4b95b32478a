"""The pages a report is split into, in reading order, and their neighbours."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Report, Section

NOTES_FILE = "notes.html"
OVERVIEW_FILE = "index.html"


@dataclass(frozen=True)
class PageLink:
    file_name: str
    title: str
    kind: str  # "overview", "section" or "notes"
    section: Section | None = None


def reading_order(report: Report) -> list[PageLink]:
    pages = [PageLink(OVERVIEW_FILE, "Overview", "overview", report.introduction)]
    pages += [PageLink(s.file_name, s.title, "section", s) for s in report.chapters]
    if report.notes:
        pages.append(PageLink(NOTES_FILE, "Notes", "notes"))
    return pages


def neighbours(report: Report, file_name: str) -> tuple[PageLink | None, PageLink | None]:
    pages = reading_order(report)
    index = next(i for i, page in enumerate(pages) if page.file_name == file_name)
    previous = pages[index - 1] if index > 0 else None
    following = pages[index + 1] if index + 1 < len(pages) else None
    return previous, following


def page_file(section: Section) -> str:
    """The file a section is on: the introduction is on the overview page."""
    return OVERVIEW_FILE if section.is_introduction else section.file_name


def section_label(section: Section) -> str:
    return "Introduction" if section.is_introduction else section.title


def paragraph_path(report: Report, section_slug: str, anchor: str) -> str:
    """Where a paragraph is, from the site root."""
    return f"reports/{report.slug}/{page_file(report.section(section_slug))}#{anchor}"


def citation_href(report: Report, section_slug: str, cite_id: str, from_file: str) -> str:
    """Link from a page of the report to a citation, on whichever page of the report it is."""
    target_file = page_file(report.section(section_slug))
    return f"#{cite_id}" if target_file == from_file else f"{target_file}#{cite_id}"


@dataclass(frozen=True)
class NoteGap:
    """Numbers the report's notes skip: neither cited nor defined ("notes 7–9")."""

    first: int
    last: int
    is_gap: bool = True


def _number(key: str) -> int | None:
    return int(key) if key.isdigit() else None


def notes_in_order(report: Report) -> list:
    """The report's notes in number order (keys that are not numbers after them, as written), gaps in place."""
    numbered = sorted((n for n in report.notes.values() if _number(n.key) is not None), key=lambda n: int(n.key))
    others = [n for n in report.notes.values() if _number(n.key) is None]
    ordered: list = []
    last = 0
    for note in numbered:
        if int(note.key) > last + 1:
            ordered.append(NoteGap(last + 1, int(note.key) - 1))
        ordered.append(note)
        last = int(note.key)
    return ordered + others


QUOTE_MARKS = "\"“”'‘’«»"


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:.–—-") + "…"


def short_title(title: str, speaker_name=None, words: int = 6, limit: int = 56) -> str:
    """A section title for a contents list. A heading that quotes a speaker ("Iranian Army Ground Forces
    Commander Kioumars Heydari: "Truck Traffic From …"") becomes the speaker and a short headline
    ("Kioumars Heydari: “Truck Traffic From Azerbaijan To Iran…”"); `speaker_name(text)` names the
    speaker in the part before the colon, if it can. Any other title is cut at `limit` characters."""
    head, colon, rest = " ".join(title.split()).partition(": ")
    if colon and rest and len(head) <= 160:
        name = speaker_name(head) if speaker_name else None
        if not name:
            name = head if len(head.split()) <= 3 else " ".join(head.split()[-2:])
        quoted = rest[0] in QUOTE_MARKS
        body = rest.strip(QUOTE_MARKS + " ")
        kept = body.split()
        headline = " ".join(kept[:words]).rstrip(",;:.") + ("…" if len(kept) > words else "")
        return shorten(f"{name}: “{headline}”" if quoted else f"{name}: {headline}", limit + 16)
    return shorten(title, limit)


def reading_minutes(section: Section, words_per_minute: int = 230) -> int:
    """About how long the section takes to read: its words at 230 a minute, at least one minute."""
    words = sum(len(paragraph.text.split()) for paragraph in section.paragraphs)
    return max(1, round(words / words_per_minute))
