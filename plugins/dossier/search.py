"""The offline search index: report text, notes, speakers and actors, as one classic script.

A classic script (`window.DOSSIER_SEARCH = …`) rather than JSON fetched at run
time, because pages opened from file:// may not fetch() their neighbours.
Text is stored once, as written; the browser folds case and accents.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .dates import format_date
from .model import Report, Statement, without_note_markers
from .pages import OVERVIEW_FILE, page_file, section_label, short_title

if TYPE_CHECKING:  # the book and the graph import much of the package; here they are only types
    from .relations import ActorGraph
    from .speakers import SpeakerBook

INDEX_FILE = "search-index.js"
Row = list[str | int]


def build_index(reports: list[Report], book: SpeakerBook, graph: ActorGraph | None) -> dict[str, list[Row]]:
    """Reports [title, url, date]; pages [report, section title shortened, file]; paragraphs [page, anchor,
    text, speakers, date] where speakers and date are those of the statements in the paragraph (else empty);
    actors [name, kind, url, other names and description]."""
    report_rows: list[Row] = []
    page_rows: list[Row] = []
    paragraph_rows: list[Row] = []
    for report in sorted(reports, key=lambda r: r.slug):
        report_number = len(report_rows)
        report_rows.append([report.title, f"reports/{report.slug}/{OVERVIEW_FILE}", format_date(report.date)])
        spoken: dict[str, list[Statement]] = {}
        for statement in book.by_report.get(report.slug, []) if book else []:
            spoken.setdefault(statement.anchor, []).append(statement)
        for section in report.sections:
            page_number = len(page_rows)
            page_rows.append([report_number, short_title(section_label(section)), page_file(section)])
            for paragraph in section.paragraphs:
                text = " ".join(without_note_markers(paragraph).split())
                if text:
                    statements = spoken.get(paragraph.anchor, [])
                    names = list(dict.fromkeys(book.registry[s.speaker].name for s in statements))
                    dates = sorted({s.date for s in statements if s.date and not s.date_is_guess})
                    paragraph_rows.append([page_number, paragraph.anchor, text, ", ".join(names[:2]), format_date(dates[0]) if dates else ""])
        notes_page = len(page_rows)
        page_rows.append([report_number, "Notes", "notes.html"])
        for note in report.notes.values():
            if note.defined and note.text:
                paragraph_rows.append([notes_page, note.anchor, f"{note.key}. {' '.join(note.text.split())}"])
    actor_rows: list[Row] = []
    for actor in graph.actors if graph else []:
        if actor.id in book.speakers:
            url = f"speakers/{actor.file_name}"
        else:
            url = f"map.html#focus={actor.id}"
        extra = [form for form in actor.surface_forms if form != actor.name]
        actor_rows.append([actor.name, actor.kind_label, url, " · ".join([*extra, actor.description] if actor.description else extra)])
    return {"reports": report_rows, "pages": page_rows, "paragraphs": paragraph_rows, "actors": actor_rows}


def index_script(index: dict[str, list[Row]]) -> str:
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    # U+2028/2029 end a line in older script parsers; "</" could close a script element if ever inlined.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return f"window.DOSSIER_SEARCH={text};\n"
