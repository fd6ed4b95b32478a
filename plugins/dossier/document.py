"""Read a Dossier Markdown report (TOML front matter + Markdown body) into the model.

Parsing is mistune's; this module adds three small mistune plugins (notes
with report-wide keys, a figure whose image may be absent, an editorial
note) and a renderer that gives every paragraph a permalink and every note
reference an id that is unique in the report.
"""

from __future__ import annotations

import datetime as dt
import glob
import html
import os
import re
import re._parser as _re_parser  # type: ignore[import-not-found]  # re's own parser, to check a pattern's shape
import tomllib
from collections import defaultdict
from html import escape
from typing import Any, cast

import mistune
from mistune.core import BlockState
from mistune.directives import DirectivePlugin, FencedDirective
from mistune.util import striptags

from .actors import type_name
from .dates import iso_month, parse_date
from .lede import OPENING_PARAGRAPHS, completed_summary
from .model import Author, Citation, ContentError, Heading, Note, Paragraph, ParagraphKind, Report, Section, without_note_markers
from .paths import shown_path
from .sourcefile import NotUtf8, decode_utf8, read_bytes, toml_error, unify_line_ends
from .text import WEB_LINK, escape_markdown, slugify, squash_spaces, unique_slug

FRONT_MATTER_FENCE = "+++"
RESERVED_SLUGS = {"index", "notes"}
PELICAN_LINK = re.compile(r"^%7B(filename|static|attach|index|author|category|tag)%7D", re.I)
# Control characters have no place in a page (NUL above all); tab, line ends and form feed are whitespace.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
AUTHOR_FIELDS = ("name", "role")
FrontMatter = dict[str, Any]  # tomllib's reading, plus "__lines__" (key -> line) and "__tables__" (table -> lines)
Token = dict[str, Any]  # a mistune token


# --- front matter ---------------------------------------------------------------------------


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, str, int]:
    """The front matter as a dict, the body, and the line number the body starts on."""
    text = unify_line_ends(text)
    control = CONTROL_CHARACTER.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        name = "a NUL byte" if control.group() == "\x00" else f"the control character U+{ord(control.group()):04X}"
        raise ContentError(path, line, f"contains {name} at column {column}; remove it (a report is plain text)")
    lines = text.split("\n")
    if not text.strip():
        raise ContentError(path, 1, "the report is empty; it needs front matter with a title and date, then its text")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise ContentError(path, 1, f"a report starts with front matter between '{FRONT_MATTER_FENCE}' lines (TOML)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE)
    except StopIteration:
        raise ContentError(path, 1, f"front matter is not closed by a '{FRONT_MATTER_FENCE}' line") from None
    source = "\n".join(lines[1:end])
    try:
        meta = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        error_line, message = toml_error(error)
        raise ContentError(path, error_line + 1 if error_line else end, f"front matter is not valid TOML: {message}") from None
    keys: dict[str, int] = {}
    tables: dict[str, list[int]] = {}
    for number, text_line in enumerate(lines[1:end], 2):
        if key := re.match(r"\s*([\w-]+)\s*=", text_line):
            keys.setdefault(key.group(1), number)
        elif table := re.match(r"\s*\[\[?\s*([\w.-]+)\s*\]", text_line):
            tables.setdefault(table.group(1), []).append(number)
            keys.setdefault(table.group(1), number)
    meta["__lines__"] = keys
    meta["__tables__"] = tables
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _field_line(meta: FrontMatter, key: str) -> int:
    line: int = meta["__lines__"].get(key, 1)
    return line


def _text_field(meta: FrontMatter, key: str, path: str, required: bool = False) -> str:
    value = meta.get(key, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ContentError(path, _field_line(meta, key), f"'{key}' must be text in quotes, not {type_name(value)}")
    if required and not value.strip():
        raise ContentError(path, _field_line(meta, key), f"'{key}' is required in the front matter")
    return value.strip()


UNKNOWN_DATE = "unknown"


def _date_field(meta: FrontMatter, path: str) -> dt.date | None:
    """The report's date; None where the front matter says `date = "unknown"` (the importer found none)."""
    value = meta.get("date")
    if value is None:
        raise ContentError(path, 1, f"'date' is required in the front matter (write date = 2021-12-09, or date = \"{UNKNOWN_DATE}\")")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value.strip().lower() == UNKNOWN_DATE:
            return None
        parsed = iso_month(value) or parse_date(value)
        if parsed:
            return parsed
    raise ContentError(
        path, _field_line(meta, "date"), f'\'date\' is not a date: {value!r} (write 2021-12-09, "2021-12" for a month, or "{UNKNOWN_DATE}")'
    )


def _authors_field(meta: FrontMatter, path: str) -> list[Author]:
    """`authors = "A, B"`, `authors = ["A", "B"]` or [[authors]] tables with a name and a role."""
    value = meta.get("authors", [])
    line = _field_line(meta, "authors")
    if isinstance(value, str):
        value = [v for v in re.split(r";|,| and ", value) if v.strip()]
    if not isinstance(value, list):
        raise ContentError(path, line, f'\'authors\' must be a list: [[authors]] tables with a name, or authors = ["A", "B"]; not {type_name(value)}')
    headers = meta.get("__tables__", {}).get("authors", [])
    authors = []
    for number, entry in enumerate(value):
        at = headers[number] if number < len(headers) else line
        if isinstance(entry, str):
            if entry.strip():
                authors.append(Author(entry.strip()))
            continue
        if not isinstance(entry, dict):
            raise ContentError(path, at, f"each author is a name in quotes or an [[authors]] table, not {type_name(entry)}")
        unknown = sorted(set(entry) - set(AUTHOR_FIELDS))
        if unknown:
            raise ContentError(path, at, f"unknown author field {unknown[0]!r} (known: {', '.join(AUTHOR_FIELDS)})")
        for field in AUTHOR_FIELDS:
            if field in entry and not isinstance(entry[field], str):
                raise ContentError(path, at, f"an author's '{field}' must be text in quotes, not {type_name(entry[field])}")
        if not entry.get("name", "").strip():
            raise ContentError(path, at, 'each author needs a name (name = "…")')
        authors.append(Author(entry["name"].strip(), entry.get("role", "").strip()))
    return authors


def _tags_field(meta: FrontMatter, path: str) -> list[str]:
    value = meta.get("tags", [])
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        raise ContentError(path, _field_line(meta, "tags"), f'\'tags\' must be a list of text such as ["Iran", "Caucasus"], not {type_name(value)}')
    for item in value:
        if not isinstance(item, str):
            raise ContentError(
                path, _field_line(meta, "tags"), f'\'tags\' must be a list of text such as ["Iran", "Caucasus"], not a list holding {type_name(item)}'
            )
    return [v.strip() for v in value if v.strip()]


# --- mistune plugins ------------------------------------------------------------------------

NOTE_KEY = r"[^\]\s\^]{1,40}"
NOTE_DEFINITION = r"^ {0,3}\[\^(?P<note_key>" + NOTE_KEY + r")\]:[ \t]*(?P<note_text>[^\n]*(?:\n(?: {2,}|\t)[^\n]*)*)\n?"
NOTE_REFERENCE = r"\[\^(?P<note_key>" + NOTE_KEY + r")\]"


def _parse_note_definition(block: Any, m: re.Match[str], state: BlockState) -> int:
    root = state
    while root.parent is not None:
        root = root.parent
    definitions = root.env.setdefault("note_definitions", {})
    key, text = m.group("note_key"), squash_spaces(m.group("note_text"))
    first_line = root.env.get("first_line", 1)
    if state is root:
        # the lines before it, counted on from the definition before (they come in order): a report of many notes
        # counted its text's lines from the start, and copied that text, for each
        counted_to, lines = root.env.get("note_lines_counted", (0, 0))
        if m.start() < counted_to:
            counted_to, lines = 0, 0
        lines += state.src.count("\n", counted_to, m.start())
        root.env["note_lines_counted"] = (m.start(), lines)
        line = lines + first_line
    else:
        # Inside a quote or a list the block's text is not the file's: the n-th definition of this key
        # read so far is the n-th one written in the file.
        seen = root.env.setdefault("note_definitions_seen", defaultdict(int))
        written = list(re.finditer(r"^[ \t>]*(?:[-*+]|\d+[.)])?[ \t>]*\[\^" + re.escape(key) + r"\]:", root.src, re.M))
        index = seen[key]
        position = written[index].start() if index < len(written) else 0
        line = root.src.count("\n", 0, position) + first_line
    root.env.setdefault("note_definitions_seen", defaultdict(int))[key] += 1
    if key in definitions:
        root.env.setdefault("note_duplicates", []).append((key, line))
    else:
        definitions[key] = (text, line)
    return m.end()


def _parse_note_reference(inline: Any, m: re.Match[str], state: Any) -> int:
    state.append_token({"type": "note_ref", "attrs": {"key": m.group("note_key")}})
    return m.end()


def report_notes(md: mistune.Markdown) -> None:
    """Notes keyed by the report's own numbers (1, 2, iv …), kept even when a definition is missing."""
    md.block.register("note_definition", NOTE_DEFINITION, _parse_note_definition, before="ref_link")
    # Definitions inside > quotes and lists are definitions too (and a duplicate there is an error, not text).
    for rules in (md.block.block_quote_rules, md.block.list_rules):
        if "note_definition" not in rules:
            rules.insert(rules.index("ref_link") if "ref_link" in rules else len(rules), "note_definition")
    # start_chars keeps mistune's fast scan over plain text, which an undeclared rule turns off
    md.inline.register("note_ref", NOTE_REFERENCE, _parse_note_reference, before="link", start_chars="[")


def _credit_link(found: re.Match[str]) -> str:
    return f'<a href="{escape(html.unescape(found.group("address")))}">{found.group("text")}</a>'


class FigureDirective(DirectivePlugin):
    """``:::{figure}`` with a caption, a ``:credit:`` and an optional ``:src:``; the image may be absent."""

    def parse(self, block: Any, m: re.Match[str], state: BlockState) -> Token:
        options = dict(self.parse_options(m))
        content = self.parse_content(m).strip()
        return {
            "type": "figure_block",
            "text": content,
            "attrs": {"credit": options.get("credit", ""), "src": options.get("src", ""), "alt": options.get("alt", "")},
        }

    def __call__(self, directive: Any, md: mistune.Markdown) -> None:
        directive.register("figure", self.parse)


class EditorialDirective(DirectivePlugin):
    """``:::{editorial}``: a note from the editors, shown apart from the report's own text."""

    def parse(self, block: Any, m: re.Match[str], state: BlockState) -> Token:
        return {"type": "editorial", "children": self.parse_tokens(block, self.parse_content(m), state)}

    def __call__(self, directive: Any, md: mistune.Markdown) -> None:
        directive.register("editorial", self.parse)


def create_parser() -> mistune.Markdown:
    markdown = mistune.create_markdown(
        renderer=None,
        plugins=[
            report_notes,
            "strikethrough",
            "table",
            FencedDirective([FigureDirective(), EditorialDirective()], markers=":"),
        ],
    )
    _scan_from_line_starts(markdown.block)
    return markdown


def _starts_at_line(items: Any) -> bool:
    """Whether every match of a parsed pattern (re's parser) begins with '^'."""
    if not items:
        return False
    op, arguments = items[0]
    if op is _re_parser.AT:
        return bool(arguments is _re_parser.AT_BEGINNING)
    if op is _re_parser.SUBPATTERN:
        return _starts_at_line(arguments[-1])
    if op is _re_parser.BRANCH:
        return all(_starts_at_line(branch) for branch in arguments[1])
    if op in (_re_parser.MAX_REPEAT, _re_parser.MIN_REPEAT):
        return bool(arguments[0] >= 1) and _starts_at_line(arguments[2])
    return False


def _scan_from_line_starts(block: Any) -> None:
    """mistune looks for the next block rule with one pattern of all of them; every rule starts with '^', so the
    same pattern behind one more '^' finds the same matches, trying the rules only where a line starts: a paragraph
    opening with a quotation mark or a digit was scanned about ten times slower."""
    compile_sc = block.compile_sc
    anchored: dict[str, re.Pattern[str]] = {}

    def compile_anchored(rules: list[str] | None = None) -> re.Pattern[str]:
        pattern = compile_sc(rules)
        faster = anchored.get(pattern.pattern)
        if faster is None:
            try:
                lined = _starts_at_line(_re_parser.parse(pattern.pattern, pattern.flags))
            except Exception:  # re's parser is internal: if it changes, keep mistune's own pattern
                lined = False
            faster = anchored[pattern.pattern] = re.compile("^(?:" + pattern.pattern + ")", pattern.flags) if lined else pattern
        return faster

    block.compile_sc = compile_anchored


_PARSER = create_parser()


# --- rendering ------------------------------------------------------------------------------


def plain_text(tokens: list[Token]) -> str:
    parts = []
    for token in tokens:
        kind = token["type"]
        if kind == "note_ref":
            parts.append(f"[{token['attrs']['key']}]")
        elif kind in ("softbreak", "linebreak"):
            parts.append(" ")
        elif kind == "text":
            parts.append(html.unescape(token["raw"]))
        elif "raw" in token:
            parts.append(token["raw"])  # raw HTML too: the page shows it as text, so the model keeps it
        elif "children" in token:
            parts.append(plain_text(token["children"]))
    return "".join(parts)


def _table_cells(token: Token) -> list[Token]:
    if token["type"] == "table_cell":
        return [token]
    return [cell for child in token.get("children", []) for cell in _table_cells(child)]


def note_refs(tokens: list[Token]) -> list[str]:
    keys = []
    for token in tokens:
        if token["type"] == "note_ref":
            keys.append(token["attrs"]["key"])
        elif "children" in token:
            keys.extend(note_refs(token["children"]))
    return keys


class ReportRenderer(mistune.HTMLRenderer):
    """HTML for one report: paragraph permalinks, report-wide note ids, figures without images."""

    def __init__(self) -> None:
        super().__init__(escape=True)  # raw HTML in a report is shown as text, never run
        self.paragraph_count = 0
        self.citation_counts: dict[str, int] = defaultdict(int)
        self.citations: list[Citation] = []
        self.section: Section | None = None
        self.anchor = ""
        self.context: list[str] = []
        self.heading_title = ""
        self.heading_slugs: set[str] = set()

    @property
    def current(self) -> Section:
        """The section being rendered: _render_sections sets it before the first token."""
        assert self.section is not None
        return self.section

    # Paragraph-like blocks get an id, a permalink and an entry in the model.
    def render_token(self, token: Token, state: BlockState) -> str:
        kind = token["type"]
        if kind == "paragraph" and "item" not in self.context:
            return self._anchored(token, state, "p", "quote" if "quote" in self.context else "paragraph")
        if kind == "list_item":
            return self._anchored(token, state, "li", "item")
        if kind == "table":
            return self._table(token, state)
        if kind == "block_quote":
            self.context.append("quote")
            try:
                return super().render_token(token, state)
            finally:
                self.context.pop()
        return super().render_token(token, state)

    def _anchored(self, token: Token, state: BlockState, tag: str, kind: ParagraphKind) -> str:
        self.paragraph_count += 1
        anchor = f"p-{self.paragraph_count}"
        previous_anchor, self.anchor = self.anchor, anchor
        children = token.get("children", [])
        self.current.paragraphs.append(Paragraph(anchor, kind, squash_spaces(plain_text(children)), note_refs(children), self.heading_title))
        self.context.append(kind)
        try:
            inner = self.render_tokens(children, state).rstrip("\n")
        finally:
            self.context.pop()
            self.anchor = previous_anchor if tag == "li" else anchor
        permalink = f' <a class="permalink" href="#{anchor}" aria-label="Permalink to this paragraph">¶</a>'
        if tag == "li" and inner.endswith("</p>"):
            inner = inner[:-4] + permalink + "</p>"
            permalink = ""
        return f'<{tag} id="{anchor}">{inner}{permalink}</{tag}>\n'

    def _table(self, token: Token, state: BlockState) -> str:
        """A table pasted from a report: an anchor and one model paragraph (its cells' text, for search)."""
        self.paragraph_count += 1
        anchor = f"p-{self.paragraph_count}"
        cells = [cell.get("children", []) for cell in _table_cells(token)]
        text = " · ".join(squash_spaces(plain_text(children)) for children in cells)
        refs = [key for children in cells for key in note_refs(children)]
        self.current.paragraphs.append(Paragraph(anchor, "table", text, refs, self.heading_title))
        self.anchor = anchor
        self.context.append("table")
        try:
            inner = super().render_token(token, state)
        finally:
            self.context.pop()
        return f'<div class="table-scroll" id="{anchor}">\n{inner}</div>\n'

    # mistune's table and strikethrough plugins register these only on a renderer given to create_markdown.
    def table(self, text: str) -> str:
        return "<table>\n" + text + "</table>\n"

    def table_head(self, text: str) -> str:
        return "<thead>\n<tr>\n" + text + "</tr>\n</thead>\n"

    def table_body(self, text: str) -> str:
        return "<tbody>\n" + text + "</tbody>\n"

    def table_row(self, text: str) -> str:
        return "<tr>\n" + text + "</tr>\n"

    def table_cell(self, text: str, align: str | None = None, head: bool = False) -> str:
        tag = "th" if head else "td"
        # a class, not a style attribute: the pages' Content-Security-Policy allows no inline style
        aligned = f' class="align-{align}"' if align in ("left", "center", "right") else ""
        return f"<{tag}{aligned}>{text}</{tag}>\n"

    def strikethrough(self, text: str) -> str:
        return "<del>" + text + "</del>"

    def note_ref(self, key: str) -> str:
        self.citation_counts[key] += 1
        cite_id = f"cite-{key}-{self.citation_counts[key]}"
        self.citations.append(Citation(key, cite_id, self.current.slug, self.anchor))
        if key not in self.current.note_keys:
            self.current.note_keys.append(key)
        safe_key = escape(key)
        return f'<sup class="note-ref"><a href="#note-{safe_key}" id="{escape(cite_id)}" aria-label="Note {safe_key}">{safe_key}</a></sup>'

    def heading(self, text: str, level: int, **attrs: Any) -> str:
        title = squash_spaces(html.unescape(striptags(text)))
        anchor = unique_slug(slugify(title, 50), self.heading_slugs)
        self.current.subheadings.append(Heading(level, title, text, anchor))
        self.heading_title = title
        shown = max(2, level - 1)
        return f'<h{shown} id="{anchor}">{text}</h{shown}>\n'

    def link(self, text: str, url: str, title: str | None = None) -> str:
        return super().link(text, PELICAN_LINK.sub(r"{\1}", url), title)

    def image(self, text: str, url: str, title: str | None = None) -> str:
        return super().image(text, PELICAN_LINK.sub(r"{\1}", url), title)

    def figure_block(self, text: str, credit: str = "", src: str = "", alt: str = "") -> str:
        self.paragraph_count += 1
        anchor = f"p-{self.paragraph_count}"
        self.current.paragraphs.append(Paragraph(anchor, "caption", squash_spaces(html.unescape(striptags(text))), [], self.heading_title))
        credit_html = f' <span class="credit">{WEB_LINK.sub(_credit_link, escape(credit))}</span>' if credit else ""
        if src:
            picture = self.image(alt or striptags(text), src)
        else:
            picture = '<div class="image-missing">Image not included in this edition</div>'
        return f'<figure id="{anchor}">{picture}<figcaption>{text}{credit_html}</figcaption></figure>\n'

    def editorial(self, text: str) -> str:
        return f'<div class="editorial-note" role="note"><strong>Editors’ note:</strong> {text}</div>\n'


# --- the report ------------------------------------------------------------------------------


def note_source(text: str) -> tuple[str, dt.date | None]:
    """The outlet and date a note cites, where it names them: 'ISNA (Iran), October 1, 2021.'"""
    date = parse_date(text)
    head = re.split(r"[(,]|\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", text, maxsplit=1)[0]
    outlet = head.strip(" .;:")
    if re.match(r"^https?://", outlet):
        outlet = re.sub(r"^https?://(www\.)?", "", outlet).split("/")[0]
    if not outlet or outlet[0].isdigit() or len(outlet) > 80:
        outlet = ""
    return outlet, date


def _line_of(body: str, needle: str, first_line: int) -> int | None:
    position = body.find(needle)
    return body[:position].count("\n") + first_line if position >= 0 else None


def read_source_text(path: str, shown_path: str) -> str:
    return decode_source(read_bytes(path, shown_path), shown_path)


def decode_source(raw: bytes, shown_path: str) -> str:
    try:
        return decode_utf8(raw)
    except NotUtf8 as error:
        raise ContentError(shown_path, error.line, "is not UTF-8 text (save it as UTF-8, or re-import it)") from None


def read_report_files(content: str) -> list[Report]:
    """Every report under content/reports, in path order, each read as the site build reads it."""
    reports = []
    for path in sorted(glob.glob(os.path.join(content, "reports", "**", "*.md"), recursive=True)):
        shown = shown_path(path)
        reports.append(read_report(read_source_text(path, shown), shown))
    return reports


def read_report(text: str, path: str) -> Report:
    """Parse a report file's text; raise ContentError for input that would make a wrong site."""
    meta, body, body_line = split_front_matter(text, path)
    title = _text_field(meta, "title", path, required=True)
    slug = _text_field(meta, "slug", path) or slugify(title)
    if slugify(slug, 200) != slug:
        raise ContentError(path, _field_line(meta, "slug"), f"'slug' must be lower-case letters, digits and hyphens: {slug!r}")
    report = Report(
        source_path=path,
        slug=slug,
        title=title,
        date=_date_field(meta, path),
        month_only=isinstance(meta.get("date"), str) and iso_month(meta["date"]) is not None,
        series=_text_field(meta, "series", path),
        number=_text_field(meta, "number", path),
        summary=_text_field(meta, "summary", path),
        author_note=_text_field(meta, "author_note", path),
        authors=_authors_field(meta, path),
        tags=_tags_field(meta, path),
        source_text=text,
    )
    report.extra = {k: v for k, v in meta.items() if k not in {"__lines__"}}
    if report.date is None:
        report.warnings.append(f'{path}:{_field_line(meta, "date")}: the report\'s date is unknown; pages say "date unknown" and list it last')

    state = BlockState()
    state.env["first_line"] = body_line
    parsed, state = _PARSER.parse(body, state)
    tokens = cast(list[Token], parsed)  # no renderer: mistune gives the tokens
    definitions: dict[str, tuple[str, int]] = state.env.get("note_definitions", {})
    for key, line in state.env.get("note_duplicates", []):
        raise ContentError(path, line, f"note {key} is defined twice (first at line {definitions[key][1]})")

    renderer = ReportRenderer()
    _render_sections(report, tokens, renderer, state)

    cited = list(dict.fromkeys(c.note_key for c in renderer.citations))
    for key in list(definitions) + [k for k in cited if k not in definitions]:
        if key in definitions:
            note_text, line = definitions[key]
            children = _PARSER.inline(note_text, state.env)
            note_html = renderer.render_tokens(children, state)
            outlet, date = note_source(note_text)
            note = Note(key, squash_spaces(plain_text(children)), note_html, outlet, date, True, line)
        else:
            note = Note(key, "", "", defined=False, line=_line_of(body, f"[^{key}]", body_line))
            report.warnings.append(f"{path}:{note.line}: note {key} is cited but never defined")
        report.notes[key] = note
    for citation in renderer.citations:
        report.notes[citation.note_key].citations.append(citation)
    for key, note in report.notes.items():
        if note.defined and not note.citations:
            report.warnings.append(f"{path}:{note.line}: note {key} is defined but never cited")
    report.warnings.extend(unclosed_quote_warnings(report, path))
    opening = [p for s in report.sections for p in s.paragraphs if p.kind == "paragraph"][:OPENING_PARAGRAPHS]
    first = opening[0] if opening else None
    if not report.summary:
        report.summary = re.sub(r"\[[^\]\s]{1,40}\]", "", first.text) if first else ""
    else:
        report.summary = completed_summary(
            report.summary, " ".join(without_note_markers(p) for p in opening), without_note_markers(first) if first else ""
        )
    return report


def unclosed_quote_warnings(report: Report, path: str) -> list[str]:
    """A quote left open where no quoted paragraph follows to continue it: the text is probably missing a mark."""
    from .quotes import quote_spans

    warnings = []
    for section in report.sections:
        paragraphs = [p for p in section.paragraphs if p.kind != "caption"]
        for index, paragraph in enumerate(paragraphs):
            spans = quote_spans(paragraph.text)
            if not spans or spans[-1].closed:
                continue
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and following.kind in ("quote", "paragraph") and following.text.lstrip()[:1] in '"“„«':
                continue  # a quote of several paragraphs closes only at its end
            opened = paragraph.text[spans[-1].inner_start : spans[-1].inner_start + 30].strip()
            # where the quote opens, else where its paragraph starts (its text as the file writes it may differ: escapes, breaks)
            tries = [opened[:20], opened[:8], paragraph.text.strip()[:20], " ".join(paragraph.text.split()[:2])]
            tries += [escape_markdown(text) for text in tries[2:]]  # "content\_digest: ''": the file escapes what the text shows
            line = next((found for text in tries if text and (found := report.line_of(text))), None)
            where = f"{path}:{line}" if line else path
            warnings.append(f"{where}: a quotation mark opened here is never closed; the quote runs to the end of the paragraph")
    return warnings


def _render_sections(report: Report, tokens: list[Token], renderer: ReportRenderer, state: BlockState) -> None:
    taken = set(RESERVED_SLUGS)
    current = Section("index", "Introduction", "Introduction")
    parts: list[str] = []

    def close() -> None:
        current.html = "".join(parts)
        if current.is_introduction and not current.html.strip():
            return
        report.sections.append(current)

    renderer.section = current
    for token in tokens:
        if token["type"] == "heading" and token["attrs"]["level"] <= 2:
            close()
            title = squash_spaces(plain_text(token["children"]))
            current = Section(unique_slug(slugify(title, 50), taken), title, "")
            renderer.heading_slugs.add(current.slug)
            renderer.section, renderer.heading_title, parts = current, title, []
            current.title_html = renderer.render_tokens(token["children"], state)
            continue
        parts.append(renderer.render_token(token, state))
    close()
