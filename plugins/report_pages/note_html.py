"""A note's item in a notes list, written by one Python function instead of a Jinja macro.

A section page lists the notes it cites and a report's notes page lists them all, with each note's citations: at 1,000
reports about 60,000 items, which the theme's `note_item` macro rendered with a dozen Jinja calls and escapes each (about
a fifth of the report pages' rendering). `note_item_html` writes the macro's markup byte for byte (its whitespace as
trim_blocks and lstrip_blocks leave it; tests/test_note_html.py renders both); the macro is kept, calling it.
"""

from __future__ import annotations

from typing import Any

from dossier.model import Note, Report
from dossier.pages import citation_href
from jinja2 import pass_context
from markupsafe import Markup, escape


@pass_context
def note_item_html(context: Any, report: Report, note: Note, page_file: str, everywhere: bool = False) -> Markup:
    """What `{{ r.note_item(report, note, page_file, everywhere) }}` gives: the note's <li>, ending in a line end."""
    filters = context.environment.filters
    citations = note.citations
    shown = citations[: context.get("CITATIONS_SHOWN")]
    key = escape(note.key)
    parts = [
        f'<li id="{escape(note.anchor)}"{filters["note_card_attributes"](note)}><span class="note-key">{key}.</span>'
        f' <span class="note-text">{filters["note_body"](note)}</span>\n'
    ]
    last = len(shown) - 1
    if everywhere and citations:
        short_title = context["short_title"]
        parts.append('  <span class="cited-from">Cited in\n')
        for number, citation in enumerate(shown):
            href = escape(citation_href(report, citation.section_slug, citation.cite_id, page_file))
            title = escape(short_title(report.section(citation.section_slug).title, report))
            parts.append(f'<a href="{href}">{title}</a>{"," if number < last else ""} ')
        if len(citations) > len(shown):
            parts.append(f" and {len(citations) - len(shown)} more places")
        parts.append("  </span>\n")
    elif len(citations) > 1:
        parts.append(f'  <span class="note-cited">Cited {len(citations)} times:\n')
        for number, citation in enumerate(shown, 1):
            href = escape(citation_href(report, citation.section_slug, citation.cite_id, page_file))
            title = escape(report.section(citation.section_slug).title)
            parts.append(f'<a href="{href}" aria-label="Citation {number} of note {key}, in {title}">{number}</a>{"," if number <= last else ""} ')
        if len(citations) > len(shown):
            notes_page = "notes.html" if page_file != "notes.html" else ""
            parts.append(f' <a href="{notes_page}#{escape(note.anchor)}">all {len(citations)}</a>')
        parts.append("  </span>\n")
    if not everywhere:
        here = note.citations_in(page_file[:-5])
        several = len(here) > 1
        for number, citation in enumerate(here, 1):
            parts.append(
                f'  <a class="backref" href="#{escape(citation.cite_id)}" aria-label="Back to citation {number} of note {key}">'
                f"↩{number if several else ''}</a>\n"
            )
    parts.append("</li>\n")
    return Markup("".join(parts))
