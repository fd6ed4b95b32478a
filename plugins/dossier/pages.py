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
