"""`invoke speakers`: what the detector found, so an editor can check it before publishing.

Reads the reports and the registry directly (no Pelican), prints one block per
speaker with every statement's date, where the date came from and why it was
attributed, then the quotes nobody could be credited with (file, line and why) and a registry entry
to paste for every speaker the registry does not know.
"""

from __future__ import annotations

import os
import sys
import textwrap

from dossier.actors import load_registry, suggested_entry
from dossier.attribution.cues import CUE
from dossier.attribution.sieves import confidence
from dossier.corrected_credits import credit_warnings
from dossier.dates import format_date
from dossier.document import read_report_files
from dossier.model import ContentError, Paragraph
from dossier.paths import shown_path
from dossier.settings import ACTORS
from dossier.speakers import SpeakerBook

UNCREDITED_QUOTE = "no verb of saying, name line or speaker before it in the paragraph points to anyone"
UNCREDITED_CUED = "its sentence has a verb of saying (“{cue}”) but no speaker the detector reads: an unnamed source, or a name it missed"
SENTENCE_STOPS = (". ", "? ", "! ")
UNCREDITED_QUOTED_PARAGRAPH = "a quoted paragraph that no sentence or quote before it credits to anyone"
CORRECTION_HINT = (
    '# A wrong credit? In the registry, [[not_a_speaker]] with name = "…" gives all that name was credited with to\n'
    '# nobody; [[credit]] with quote = "a few of its words" and speaker = "an actor\'s id or name" (or "nobody")\n'
    "# credits one quote (README: Correcting a credit)."
)
DATE_BASIS = {"text": "stated", "context": "from context", "note": "note's date", "record": "the record's date", "report": "report's date (guess)"}


def read_book(content: str, registry_name: str = ACTORS) -> SpeakerBook:
    reports = read_report_files(content)
    registry_path = os.path.join(content, registry_name)
    registry = load_registry(registry_path, shown_path(registry_path))
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
            when = f"{date} ({basis})" if basis else date  # an undated statement has no basis to name
            lines.append(f"  - {when};{occasion}{note}; {where}")
            lines.append(f"    why: sieve {statement.sieve} ({confidence(statement)} confidence): {statement.sieve_detail}")
            lines.append(f"    “{shorten(statement.quote, 100)}”")
            for speech in statement.quoted:
                lines.append(f"    quotes {book.registry[speech.actor_id].name}: “{shorten(speech.text, 70)}”")
        lines.append("")
    return lines


def unattributed_lines(book: SpeakerBook) -> list[str]:
    """The quotes the detector found and credited to nobody, each with its file and line and why."""
    lines = []
    for slug, section_slug, anchor, quote in book.unattributed:
        report = book.reports[slug]
        paragraph = report.paragraph(section_slug, anchor)
        line = report.line_of(" ".join(quote.split()[:6])) or report.line_of(" ".join(quote.split()[:2]))
        where = f"{report.source_path}:{line}" if line else report.source_path
        lines.append(f"  - {where} #{anchor}: “{shorten(quote, 100)}”")
        overruled = book.overruled.get((slug, section_slug, anchor, quote))
        lines.append(f"    why: {overruled or why_uncredited(paragraph, quote)}")
    return lines


def why_uncredited(paragraph: Paragraph | None, quote: str) -> str:
    if paragraph is None:
        return "unknown"
    if paragraph.kind == "quote":
        return UNCREDITED_QUOTED_PARAGRAPH
    cue = CUE.search(sentence_around(paragraph.text, quote))
    return UNCREDITED_CUED.format(cue=cue.group(0)) if cue else UNCREDITED_QUOTE


def sentence_around(text: str, quote: str) -> str:
    """The sentence of the paragraph the quote stands in, without the quote's own words."""
    begin = text.find(quote[:40])
    if begin < 0:
        return text
    end = begin + len(quote)
    start = max(text.rfind(stop, 0, begin) for stop in SENTENCE_STOPS) + 1
    stops = [found for stop in SENTENCE_STOPS if (found := text.find(stop, end)) >= 0]
    return text[start:begin] + " " + text[end : min(stops, default=len(text))]


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
    counts = f"{plural(total, 'statement')} by {plural(len(book.speakers), 'speaker')} in {plural(len(book.reports), 'report')}"
    to_check = f"{plural(len(book.unattributed), 'quote')} credited to nobody, {plural(len(book.provisional), 'speaker')} not in the registry"
    print(f"{counts}; {to_check} (listed at the end)\n", file=out)
    for line in speaker_lines(book):
        print(line, file=out)
    lines = unattributed_lines(book)
    count = len(book.unattributed)
    print(f"Quotes credited to nobody ({count}){': add the speaker to the registry or the text' if count else ': none'}", file=out)
    for line in lines:
        print(line, file=out)
    print("", file=out)
    problems = credit_warnings(book.registry.corrections, book.credit_uses, book.barred)
    if problems:
        print(f"Registry corrections that changed nothing ({len(problems)}):", file=out)
        for line in problems:
            print(f"  - {line}", file=out)
        print("", file=out)
    if book.provisional:
        heading = "those with statements of their own get provisional pages"
        print(f"Speakers not in the registry ({len(book.provisional)}): {heading}", file=out)
        for actor in book.provisional:
            where = f"{actor.source}:{actor.line}" if actor.line else actor.source
            page = "" if actor.id in book.speakers else "; only quoted in a speaker's words, no page"
            print(f"  - {actor.name} (first quoted at {where}{page})", file=out)
        if print_entries:
            print("\nEntries to check and paste into the registry:\n", file=out)
            print(CORRECTION_HINT + "\n", file=out)
            for actor in book.provisional:
                print(suggested_entry(actor) + "\n", file=out)
    return 0
