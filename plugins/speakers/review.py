"""`invoke speakers`: what the detector found, so an editor can check it before publishing.

Reads the reports and the registry directly (no Pelican), prints one block per
speaker with every statement's date, where the date came from and why it was
attributed, then the quotes nobody could be credited with and a registry entry
to paste for every speaker the registry does not know.
"""

from __future__ import annotations

import os
import sys
import textwrap

from dossier.actors import load_registry, suggested_entry
from dossier.attribution.sieves import confidence
from dossier.dates import format_date
from dossier.document import read_report_files
from dossier.model import ContentError
from dossier.settings import ACTORS
from dossier.speakers import SpeakerBook

DATE_BASIS = {"text": "stated", "context": "from context", "note": "note's date", "report": "report's date (guess)"}


def read_book(content: str, registry_name: str = ACTORS) -> SpeakerBook:
    reports = read_report_files(content)
    registry_path = os.path.join(content, registry_name)
    registry = load_registry(registry_path, os.path.relpath(registry_path))
    return SpeakerBook(reports, registry)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def shorten(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def speaker_lines(book: SpeakerBook) -> list[str]:
    lines = []
    for speaker in book.sorted_speakers():
        actor = speaker.actor
        span = ""
        if speaker.first_date:
            span = format_date(speaker.first_date)
            if speaker.last_date != speaker.first_date:
                span += f" – {format_date(speaker.last_date)}"
        flag = "  [not in registry]" if actor.provisional else ""
        quoted_by = ", ".join(dict.fromkeys(book.registry[s.speaker].name for s in speaker.quoted_by))
        quoted = f"  quoted by {quoted_by}" if quoted_by else ""
        lines.append(f"{actor.name} ({actor.id}, {actor.kind_label.lower()}): {plural(len(speaker.statements), 'statement')}  {span}{quoted}{flag}")
        for statement in speaker.statements:
            date = format_date(statement.date) if statement.date else "undated"
            basis = DATE_BASIS.get(statement.date_basis, statement.date_basis)
            where = f"{statement.report_slug} § {shorten(book.section_title(statement), 50)} #{statement.anchor}"
            note = f" note {statement.note_key}" if statement.note_key else " no note"
            occasion = f" {statement.occasion};" if statement.occasion else ""
            lines.append(f"  - {date} ({basis});{occasion}{note}; {where}")
            sieve, _, detail = statement.reason.partition(": ")
            lines.append(f"    why: sieve {sieve} ({confidence(statement.reason)} confidence): {detail}")
            lines.append(f"    “{shorten(statement.quote, 100)}”")
            for speech in statement.quoted:
                lines.append(f"    quotes {book.registry[speech.actor_id].name}: “{shorten(speech.text, 70)}”")
        lines.append("")
    return lines


def review(content: str = "content", print_entries: bool = True, out=None) -> int:
    out = out or sys.stdout
    try:
        book = read_book(content)
    except ContentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not book.reports:
        print(f"No reports in {os.path.join(content, 'reports')}", file=out)
        return 0
    total = len(book.statements)
    print(f"{plural(total, 'statement')} by {plural(len(book.speakers), 'speaker')} in {plural(len(book.reports), 'report')}\n", file=out)
    for line in speaker_lines(book):
        print(line, file=out)
    if book.unattributed:
        print(f"Quotes credited to nobody ({len(book.unattributed)}): add the speaker's name to the registry or the text", file=out)
        for slug, _section, anchor, quote in book.unattributed:
            print(f"  - {slug} #{anchor}: “{shorten(quote, 100)}”", file=out)
        print("", file=out)
    if book.provisional:
        print(f"Speakers not in the registry ({len(book.provisional)}): they get provisional pages", file=out)
        for actor in book.provisional:
            where = f"{actor.source}:{actor.line}" if actor.line else actor.source
            print(f"  - {actor.name} (first quoted at {where})", file=out)
        if print_entries:
            print("\nEntries to check and paste into the registry:\n", file=out)
            for actor in book.provisional:
                print(suggested_entry(actor) + "\n", file=out)
    return 0
