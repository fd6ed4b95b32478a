"""The statements of a speaker page and of a timeline page, written by Python once per page.

A Jinja macro call per statement (its meta line, its quote, its source) cost most of these pages' rendering: at 1,000
reports the archive has some 19,000 statements, each written on a speaker page and on a timeline page. These functions
write the same markup the macros wrote, byte for byte, and every value goes through markupsafe's `escape`, as under
Jinja's autoescape; the templates call them once per page with the page's SITEURL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

import markupsafe
from dossier.dates import format_date
from dossier.pages import first_words, short_date, shorten
from dossier.speakers import SpeakerBook
from markupsafe import Markup, escape


def _replaced(text: str) -> str:
    """The five characters markupsafe replaces, replaced as it does (its pure-Python version)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")


# markupsafe's own replacement as a plain string (MarkupSafe 3's C function, which `escape` calls), else the same in Python
_replace: Callable[[str], str] = getattr(markupsafe, "_escape_inner", _replaced)


def _escaped(value: Any) -> str:
    """`escape(value)` as a plain string: the same characters, without the Markup object `escape` makes of each of
    the hundreds of thousands of values these pages write (1 µs a value; 0.15 µs this way). A value that is not a
    plain string (Markup, a number) goes through `escape`."""
    if type(value) is str:
        return _replace(value)
    return escape(value)


def _count(value: Any) -> str:
    """A count as `escape` writes it: a whole number's digits need no escaping."""
    return str(value) if type(value) is int else _escaped(value)


class StatementWriter:
    """Writes statements as HTML for a book's pages. `short_title` is the template context's (it names speakers);
    `note_attributes` and `note_body` are the theme's filters for a note's list item (footnote_cards)."""

    def __init__(
        self,
        book: SpeakerBook,
        short_title: Callable[[str], str],
        note_attributes: Callable[[Any], str],
        note_body: Callable[[Any], str],
    ) -> None:
        self.book = book
        self.short_title = short_title
        self.note_attributes = note_attributes
        self.note_body = note_body
        # escaped once, not once a statement: a report's title and its title shortened; a section's title and short
        # title; a date as datetime, as written out and as in one-line listings; a note as listed
        self._reports: dict[str, tuple[str, str]] = {}
        self._sections: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._dates: dict[dt.date, tuple[str, str, str]] = {}
        self._notes: dict[str, tuple[str, str]] = {}  # a cited note's list item but its links back, by its anchor
        # a statement's quote and where it is, escaped once for its speaker page and its timeline page: by id(statement),
        # with the statement kept so that the id stays its own
        self._quotes: dict[int, tuple[Any, str | list[str], str]] = {}
        self._notes_titles: dict[str, str] = {}  # a report's title over its notes, by its slug
        self._options: dict[str, str] = {}  # a filter option's label, shortened and escaped, by its text

    def _report(self, slug: str) -> tuple[str, str]:
        found = self._reports.get(slug)
        if found is None:
            title = self.book.reports[slug].title
            found = self._reports[slug] = (_escaped(title), _escaped(shorten(title, 44)))
        return found

    def _notes_from(self, slug: str) -> str:
        """A report's title as a page's notes list heads its notes: shortened to 60 characters, escaped."""
        found = self._notes_titles.get(slug)
        if found is None:
            found = self._notes_titles[slug] = _escaped(shorten(self.book.reports[slug].title, 60))
        return found

    def _section(self, statement) -> tuple[str, str]:
        key = (statement.report_slug, statement.section_slug, statement.heading)
        found = self._sections.get(key)
        if found is None:
            section = statement.heading or self.book.section_title(statement)
            found = self._sections[key] = (_escaped(section), _escaped(self.short_title(section)))
        return found

    def _note(self, item: dict) -> tuple[str, str]:
        """A cited note's list item up to its links back (the same on every page that cites it) and its key."""
        found = self._notes.get(item["anchor"])
        if found is None:
            note = item["note"]
            key = _escaped(note.key)
            head = (
                f'<li id="{_escaped(item["anchor"])}"{_escaped(self.note_attributes(note))}><span class="note-key">{key}.</span>'
                f' <span class="note-text">{_escaped(self.note_body(note))}</span>'
            )
            found = self._notes[item["anchor"]] = (head, key)
        return found

    def _date(self, day: dt.date) -> tuple[str, str, str]:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = (_escaped(day.isoformat()), _escaped(format_date(day)), _escaped(short_date(day)))
        return found

    def speaker_link(self, actor_id: str, siteurl: str) -> str:
        """The actor's name, linked to their speaker page if they have one (the `speaker_link` macro)."""
        actor = self.book.registry[actor_id]
        if actor_id in self.book.speakers:
            return f'<a href="{_escaped(siteurl)}/speakers/{_escaped(actor.file_name)}">{_escaped(actor.name)}</a>'
        return _escaped(actor.name)

    def _quote(self, statement) -> tuple[str | list[str], str]:
        """The statement's quote escaped (a paragraph list for a block quote) and its paragraph's path escaped."""
        found = self._quotes.get(id(statement))
        if found is None or found[0] is not statement:
            quote: str | list[str] = _escaped(statement.quote) if statement.inline else [_escaped(p) for p in statement.paragraphs]
            found = self._quotes[id(statement)] = (statement, quote, _escaped(self.book.paragraph_path(statement)))
        return found[1], found[2]

    def body(self, statement, page_notes, siteurl: str, in_context: bool = False) -> str:
        """The quote with its note reference, whom it quotes, and where it is in its report."""
        reference = page_notes.reference(statement)
        note = (
            f'<sup class="note-ref"><a href="#{_escaped(reference["anchor"])}" id="{_escaped(reference["cite_id"])}"'
            f' aria-label="Note {_escaped(reference["key"])}">{_escaped(reference["key"])}</a></sup>'
            if reference
            else ""
        )
        quote, path = self._quote(statement)
        if statement.inline:
            parts = [f'<p class="statement-quote"><q>{quote}</q>{note}</p>\n']
        else:
            parts = ['<blockquote class="statement-quote">\n']
            last = len(quote) - 1
            parts.extend(f"  <p>{paragraph}{note if number == last else ''}</p>\n" for number, paragraph in enumerate(quote))
            parts.append("</blockquote>\n")
        if statement.quoted:
            quoted = "; ".join(f"{self.speaker_link(q.actor_id, siteurl)}: <q>{_escaped(q.text)}</q>" for q in statement.quoted)
            parts.append(f'<p class="statement-quoted">Quoting {quoted}</p>\n')
        title, cited = self._report(statement.report_slug)
        section, where = self._section(statement)
        href = f"{_escaped(siteurl)}/{path}"
        if in_context:
            parts.append(
                f'<p class="statement-source"><a class="in-context" href="{href}">In context</a> in <cite title="{title}">{cited}</cite>, {where}</p>\n'
            )
        else:
            parts.append(f'<p class="statement-source"><a href="{href}" title="{title}: {section}">In <cite>{cited}</cite>, {where}</a></p>\n')
        return "".join(parts)

    def speaker_items(self, statements: Sequence, ids: Sequence[str], page_notes, siteurl: str) -> Markup:
        """A speaker page's list items: each statement's date, occasion and permalink, then its body. The template
        puts the first item's indentation and the list's closing line around them."""
        items = []
        for statement, statement_id in zip(statements, ids, strict=True):
            anchor = _escaped(statement_id)
            if statement.date:
                iso, spoken, _ = self._date(statement.date)
                when = f'<time datetime="{iso}">{spoken}</time>'
                if statement.date_is_guess:
                    when += ' <span class="date-guess">(the report’s date: the text gives none)</span>'
                label = f" of {spoken}"
            else:
                when = '<span class="date-guess">Undated</span>'
                label = ""
            occasion = f' · <span class="occasion">{_escaped(statement.occasion)}</span>' if statement.occasion else ""
            items.append(
                f'<li class="statement" id="{anchor}">\n'
                f'        <p class="statement-meta">\n{when}{occasion}'
                f' <a class="statement-permalink" href="#{anchor}" aria-label="Link to this statement{label}">#</a></p>\n\n'
                f"        {self.body(statement, page_notes, siteurl)}\n"
                "      </li>"
            )
        return Markup("\n      ".join(items))

    def timeline_entries(self, statements: Sequence, ids: Sequence[str], page_notes, siteurl: str) -> Markup:
        """A timeline page's entries of one month: date, speaker and first words as the summary of an open
        details element, then the body and links to the statement and to the speaker's page. The template puts
        the line after the last one."""
        registry = self.book.registry
        root = _escaped(siteurl)
        entries = []
        for statement, entry_id in zip(statements, ids, strict=True):
            speaker = registry[statement.speaker]
            name = _escaped(speaker.name)
            iso, spoken, short = self._date(statement.date)
            anchor = _escaped(entry_id)
            occasion = f' · <span class="occasion">{_escaped(statement.occasion)}</span>' if statement.occasion else ""
            guess = '<p class="date-guess">Dated by the report: the text gives no date for this statement.</p>' if statement.date_is_guess else ""
            entries.append(
                f'<li class="statement timeline-entry" id="{anchor}" data-speaker="{_escaped(statement.speaker)}"'
                f' data-report="{_escaped(statement.report_slug)}" data-occasion="{_escaped(statement.occasion)}">\n'
                "  <details open>\n"
                "    <summary>\n"
                f'      <span class="statement-meta entry-meta"><time datetime="{iso}">{short}</time>'
                f' · <bdi class="entry-speaker">{name}</bdi>{occasion}</span>\n'
                f'      <span class="entry-excerpt"><q>{_escaped(first_words(" ".join(statement.paragraphs)))}</q></span>\n'
                "    </summary>\n"
                '    <div class="entry-body">\n'
                f"{guess}      {self.body(statement, page_notes, siteurl, in_context=True)}\n"
                f'      <p class="entry-links"><a href="#{anchor}" class="statement-permalink"'
                f' aria-label="Link to this statement of {spoken} by {name}">#</a>'
                f' <a href="{root}/speakers/{_escaped(speaker.file_name)}">All of <bdi>{name}</bdi>’s statements</a></p>\n'
                "    </div>\n"
                "  </details>\n"
                "</li>"
            )
        return Markup("\n".join(entries))

    def filter_options(self, rows: Sequence[tuple[str, str, int]]) -> Markup:
        """A timeline filter's options: each row's value, its label shortened to 60 characters and its count (the
        same speakers, reports and occasions are listed on page after page)."""
        options = self._options
        parts = []
        for value, text, count in rows:
            label = options.get(text)
            if label is None:
                label = options[text] = _escaped(shorten(text, 60))
            parts.append(f'<option value="{_escaped(value)}">{label} ({_count(count)})</option>')
        return Markup("".join(parts))

    @staticmethod
    def reports_attribute(report_counts: Sequence[tuple[str, int]], numbers: dict[str, int]) -> Markup:
        """A month page's statements by report, as the reports' numbers in the month index's list: ' data-reports="number:count …"'."""
        return Markup(f' data-reports="{" ".join(f"{_count(numbers[slug])}:{_count(count)}" for slug, count in report_counts)}"')

    def notes_list(self, page_notes, siteurl: str) -> Markup:
        """The notes the page's statements cite, by report in slug order (under a heading each when there are
        several), each with a link back to every citation on the page; nothing when none is cited."""
        items = page_notes.items
        if not items:
            return Markup("")
        root = _escaped(siteurl)
        by_report = [list(group) for _, group in groupby(sorted(items, key=lambda item: item["report"].slug), key=lambda item: item["report"].slug)]
        parts = ['<section class="page-notes" aria-labelledby="page-notes-heading">\n  <h2 id="page-notes-heading">Notes</h2>\n']
        for group in by_report:
            report = group[0]["report"]
            link = f'<a href="{root}/reports/{_escaped(report.slug)}/notes.html">{self._notes_from(report.slug)}</a>'
            if len(by_report) == 1:
                parts.append(f'  <p class="notes-from">From {link}.</p>\n')
            else:
                parts.append(f'  <h3 class="notes-from">{link}</h3>\n')
            parts.append('  <ol class="notes keyed">\n')
            for item in group:
                head, key = self._note(item)
                cites = item["cite_ids"]
                numbered = len(cites) > 1
                backrefs = "".join(
                    f' <a class="backref" href="#{_escaped(cite_id)}" aria-label="Back to citation {number} of note {key}">↩{number if numbered else ""}</a>'
                    for number, cite_id in enumerate(cites, 1)
                )
                parts.append(f"{head}{backrefs}</li>\n")
            parts.append("  </ol>\n")
        parts.append("</section>\n")
        return Markup("".join(parts))
