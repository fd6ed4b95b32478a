"""Turn a plain-text export of an analytical report into Dossier Markdown.

The export is what a publisher's web page gives when copied as text:
headings are bare lines, footnote markers are ``[n]``, the notes are listed
at the end, and image captions and page furniture are mixed in. The importer
infers the structure, writes Markdown with TOML front matter, and reports
what it inferred and every problem it found, each with its line number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from .dates import find_date
from .roman import is_roman, roman_value
from .text import escape_markdown, slugify, squash_spaces

QUOTE_OPEN = '"“„«'
QUOTE_CLOSE = '"”“»'
TERMINAL = ".!?"

NOTE_LINE = re.compile(r"^\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]\s*(?P<text>.*)$")
NOTE_LINE_IN_NOTES = re.compile(r"^(?:\[(?P<k1>\w{1,7})\]|(?P<k2>\d{1,3}|[ivxlcdm]{1,7})[.)]|\^(?P<k3>\d{1,3}))\s*(?P<text>.*)$")
NOTE_MARKER = re.compile(r"\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]")
ESCAPED_NOTE_MARKER = re.compile(r"(?<!\\)\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]")
NOTES_HEADING = re.compile(r"^(end\s*notes|notes|footnotes|references|sources)\s*:?$", re.I)
BULLET = re.compile(r"^[•\-–*·▪◦‣]\s+(?P<text>\S.*)$")
SERIES = re.compile(r"^(?P<series>.*?\S)\s+(?:No\.?|Number|#)\s*(?P<number>[\w.-]+)$", re.I)
CAPTION = re.compile(
    r"^(?P<caption>.*?)\s*(?:\((?P<paren>(?:source|photo|credit|image|photo credit)s?\s*:.*?)\)"
    r"|(?P<bare>\b(?:source|photo|credit|image)s?\s*:.*))\s*$",
    re.I,
)
VIDEO_LEFTOVER = re.compile(r"^to (?:view|watch|see) (?P<what>.+?),?\s+click (?:here|below|the (?:image|video))\b.*$", re.I)
LEFTOVERS = [
    re.compile(p, re.I)
    for p in (
        r"^share (?:this|on)\b.*$",
        r"^(?:print|email|tweet|share|facebook|twitter|whatsapp|linkedin|telegram)\s*:?$",
        r"^click here\b.*$",
        r"^(?:related|read more|see also|subscribe)\b.{0,60}$",
        r"^(?:download|view) (?:the )?pdf\b.{0,40}$",
        r"^advertisement$",
    )
]
AUTHOR_NOTE = re.compile(r"^\*+\s*(?P<text>\S.*)$")
AUTHOR_ROLE = re.compile(r"^(?P<name>.+?)\s+(?:is|was|serves as)\s+(?:an?\s+|the\s+)?(?P<role>.+?)\.?$")
BYLINE = re.compile(r"^by\s+(?P<names>.+)$", re.I)
WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "for",
    "in",
    "nor",
    "of",
    "on",
    "or",
    "the",
    "to",
    "vs",
    "via",
    "with",
    "from",
    "into",
    "over",
}


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.message}"


@dataclass
class Unit:
    """One paragraph-like piece of the export, with the line it starts on."""

    line: int
    text: str
    kind: str = "paragraph"
    level: int = 0
    data: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    markdown: str
    slug: str
    inferred: list[str]
    problems: list[Problem]


def decode_export(raw: bytes) -> tuple[str, Problem | None]:
    """Text of an export and, when it was not UTF-8, a note saying how it was read."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return raw.decode("cp1252", errors="replace"), Problem(line, "not UTF-8; read as Windows-1252 (Latin-1)")


def split_units(text: str) -> list[Unit]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    units: list[Unit] = []
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.replace("\u00a0", " ").strip()
        if not line:
            continue
        previous = units[-1] if units else None
        if previous and previous.data.get("end") == number - 1 and _is_wrapped_continuation(previous.text, line):
            previous.text += " " + line
            previous.data["end"] = number
            continue
        units.append(Unit(number, line, data={"end": number}))
    return units


def _is_wrapped_continuation(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph goes on in lower case after a line with no end punctuation."""
    return len(previous) >= 40 and previous[-1] not in TERMINAL + ":" + QUOTE_CLOSE + ")]" and line[0].islower() and not BULLET.match(line)


def is_title_case(text: str) -> bool:
    words = [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(words) >= 0.8


def looks_like_heading(text: str, next_unit: Unit | None) -> bool:
    if len(text) > 250 or text[0] in QUOTE_OPEN or text.endswith((",", ";")):
        return False
    if text.endswith(".") and not text.endswith("..."):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    if is_title_case(text) and len(WORD.findall(text)) >= 1:
        return True
    # Sentence-case headings: short, unpunctuated, followed by prose.
    return len(text) <= 70 and text[0].isupper() and text[-1] not in TERMINAL and next_unit is not None and len(next_unit.text) > 2 * len(text)


def is_quoted_passage(text: str) -> bool:
    """A paragraph that is a quotation: it opens with a quote mark that closes only at its end, or not at all."""
    if not text or text[0] not in QUOTE_OPEN:
        return False
    body = NOTE_MARKER.sub("", text).rstrip()
    body = body.rstrip(".").rstrip()
    closing = [i for i, ch in enumerate(body) if ch in QUOTE_CLOSE and i > 0]
    if not closing:
        return True
    first_close = closing[0]
    tail = body[first_close + 1 :].strip(" '’.,")
    return first_close >= len(body) - 3 or (tail == "" and first_close == len(body.rstrip("'’ ")) - 1)


def _is_speaker_shape(text: str) -> bool:
    return bool(re.match(r"^[^\"“:]{2,140}:\s*\S", text))


def parse_header(units: list[Unit], meta: dict, inferred: list[str], problems: list[Problem]) -> int:
    """Read title, date, series, byline and tags from the top; return the index of the first body unit."""
    index = 0
    while index < len(units):
        unit = units[index]
        text = unit.text
        if len(text) > 300:
            break
        recognised = _parse_header_line(text, meta)
        if recognised:
            index += 1
            continue
        if "title" not in meta and not is_quoted_passage(text):
            meta["title"] = text.strip()
            meta["title_line"] = unit.line
            index += 1
            continue
        break
    if "title" not in meta:
        problems.append(Problem(1, "no title found at the top of the export"))
    if "date" not in meta:
        problems.append(Problem(1, "no publication date found at the top of the export"))
    if not meta.get("authors"):
        problems.append(Problem(1, "no byline ('By …') found at the top of the export"))
    return index


def _parse_header_line(text: str, meta: dict) -> bool:
    parts = [p.strip() for p in text.split("|")] if "|" in text else [text]
    recognised = []
    for part in parts:
        recognised.append(_parse_header_part(part, meta, allow_tags=len(parts) > 1))
    return all(recognised)


def _parse_header_part(part: str, meta: dict, allow_tags: bool) -> bool:
    found = find_date(part)
    if found and found[1].start() == 0:
        meta.setdefault("date", found[0])
        rest = part[found[1].end() :].strip(" ,–-")
        return not rest or _parse_header_part(rest, meta, allow_tags)
    byline = BYLINE.match(part)
    if byline:
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", byline.group("names").strip())
        meta["authors"] = [n.strip().rstrip("*").strip() for n in names if n.strip(" *")]
        meta["author_note_marked"] = "*" in byline.group("names")
        return True
    series = SERIES.match(part)
    if series and len(part) <= 120 and is_title_case(series.group("series")):
        meta.setdefault("series", series.group("series"))
        meta.setdefault("number", series.group("number"))
        return True
    if allow_tags and len(part) <= 160 and is_title_case(part):
        meta.setdefault("tags", [t.strip() for t in part.split(",") if t.strip()])
        return True
    return False


def classify(units: list[Unit], start: int, meta: dict, inferred: list[str], problems: list[Problem]) -> tuple[list[Unit], list[Unit]]:
    """Sort the units after the header into body units and note definitions."""
    body: list[Unit] = []
    notes: list[Unit] = []
    in_notes = False
    for position in range(start, len(units)):
        unit = units[position]
        text = unit.text
        next_unit = units[position + 1] if position + 1 < len(units) else None
        video = VIDEO_LEFTOVER.match(text)
        if video:
            what = video.group("what").strip()
            what = re.sub(r"^(?:a|the)\s+video\s+(?:of\s+)?", "", what, flags=re.I)
            unit.kind, unit.text = "editorial", f"Video not included in this edition: {what}."
            inferred.append(f"line {unit.line}: embedded video placeholder turned into an editorial note")
            body.append(unit)
            continue
        if any(p.match(text) for p in LEFTOVERS):
            inferred.append(f"line {unit.line}: dropped page leftover {text!r}")
            continue
        if NOTES_HEADING.match(text):
            in_notes = True
            continue
        note = (NOTE_LINE_IN_NOTES if in_notes else NOTE_LINE).match(text)
        if note and (in_notes or _rest_is_notes(units, position)):
            key = next(k for k in (note.groupdict().get(g) for g in ("key", "k1", "k2", "k3")) if k)
            unit.kind, unit.data["key"], unit.text = "note", key, note.group("text").strip()
            notes.append(unit)
            in_notes = True
            continue
        author_note = AUTHOR_NOTE.match(text)
        if author_note and (meta.get("author_note_marked") or in_notes or _mentions_author(text, meta)):
            meta["author_note"] = author_note.group("text").strip()
            continue
        if in_notes and notes:
            notes[-1].text += " " + text
            continue
        unit.kind = _classify_body_unit(text, next_unit)
        if unit.kind == "figure":
            match = CAPTION.match(text)
            unit.data["caption"] = (match.group("caption") or "").strip()
            credit = match.group("paren") or match.group("bare") or ""
            unit.data["credit"] = f"({credit.strip()})" if match.group("paren") else credit.strip()
        if unit.kind == "bullet":
            unit.text = BULLET.match(text).group("text")
        body.append(unit)
    return body, notes


def _rest_is_notes(units: list[Unit], position: int) -> bool:
    """A `[n] text` line starts the notes list only if everything after it is notes or page leftovers."""
    for unit in units[position:]:
        text = unit.text
        if NOTE_LINE.match(text) or AUTHOR_NOTE.match(text) or NOTES_HEADING.match(text):
            continue
        if any(p.match(text) for p in LEFTOVERS) or VIDEO_LEFTOVER.match(text):
            continue
        return False
    return True


def _mentions_author(text: str, meta: dict) -> bool:
    return any(name and name in text for name in meta.get("authors", []))


def _classify_body_unit(text: str, next_unit: Unit | None) -> str:
    if BULLET.match(text):
        return "bullet"
    if text[0] not in QUOTE_OPEN and len(text) < 300 and CAPTION.match(text):
        return "figure"
    if is_quoted_passage(text):
        return "quote"
    if looks_like_heading(text, next_unit):
        return "heading"
    return "paragraph"


def assign_heading_levels(body: list[Unit], inferred: list[str]) -> None:
    """Top-level sections are level 2; a heading directly followed by headings opens a group of level 3.

    The group lasts while the headings keep the shape of its first sub-heading
    (for example all `Speaker: "quote"` headings).
    """
    group_shape: bool | None = None
    for index, unit in enumerate(body):
        if unit.kind != "heading":
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if following is not None and following.kind == "heading":
            unit.level = 2
            group_shape = _is_speaker_shape(following.text)
            inferred.append(f"line {unit.line}: section {unit.text!r} has sub-sections")
            continue
        if group_shape is not None and _is_speaker_shape(unit.text) == group_shape:
            unit.level = 3
        else:
            unit.level, group_shape = 2, None


def note_sort_key(key: str) -> tuple[int, int]:
    if key.isdigit():
        return (0, int(key))
    return (1, roman_value(key)) if is_roman(key) else (2, 0)


def check_notes(body: list[Unit], notes: list[Unit], meta: dict, problems: list[Problem]) -> dict[str, Unit]:
    defined: dict[str, Unit] = {}
    for note in notes:
        if note.data["key"] in defined:
            problems.append(Problem(note.line, f"note {note.data['key']} is defined twice (first at line {defined[note.data['key']].line})"))
            continue
        defined[note.data["key"]] = note
    cited: dict[str, int] = {}
    for unit in body:
        for match in NOTE_MARKER.finditer(unit.text):
            key = match.group("key")
            if key.isdigit() or key in defined:
                cited.setdefault(key, unit.line)
    for key, line in sorted(cited.items(), key=lambda item: note_sort_key(item[0])):
        if key not in defined:
            problems.append(Problem(line, f"note {key} is cited but never defined"))
    for key, note in defined.items():
        if key not in cited:
            problems.append(Problem(note.line, f"note {key} is defined but never cited"))
        if not re.match(r"^\s*[\w\"“(]", note.text) or re.match(r"^\s*,", note.text) or not note.text.strip():
            problems.append(Problem(note.line, f"note {key} names no outlet: {note.text.strip()!r}"))
    numeric = sorted(int(k) for k in set(defined) | set(cited) if k.isdigit())
    if numeric:
        missing = sorted(set(range(1, numeric[-1] + 1)) - set(numeric))
        for key in missing:
            problems.append(Problem(notes[0].line if notes else 1, f"note {key} is missing: neither cited nor defined"))
    return defined


def convert_markers(text: str, defined: dict[str, Unit]) -> str:
    def replace(match: re.Match) -> str:
        key = match.group("key")
        if key.isdigit() or key in defined:
            return f"[^{key}]"
        return match.group(0)

    return ESCAPED_NOTE_MARKER.sub(replace, escape_markdown(text))


def split_author_note(note: str, authors: list[str]) -> list[dict]:
    entries = []
    roles: dict[str, str] = {}
    for sentence in re.split(r";\s*|\.\s+(?=[A-Z])", note):
        match = AUTHOR_ROLE.match(sentence.strip())
        if match:
            roles[match.group("name").strip()] = match.group("role").strip().rstrip(".")
    for name in authors:
        entry = {"name": name}
        role = roles.get(name) or next((r for n, r in roles.items() if name in n or n in name), "")
        if role:
            entry["role"] = role
        entries.append(entry)
    return entries


def toml_value(value) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def render_markdown(meta: dict, body: list[Unit], notes: dict[str, Unit]) -> str:
    lines = ["+++"]
    for key in ("title", "slug", "date", "series", "number", "tags", "summary", "author_note", "source"):
        if meta.get(key):
            lines.append(f"{key} = {toml_value(meta[key])}")
    for author in meta.get("author_entries", []):
        lines += ["", "[[authors]]"] + [f"{k} = {toml_value(v)}" for k, v in author.items()]
    lines += ["+++", ""]
    previous_kind = None
    for unit in body:
        text = convert_markers(unit.text, notes)
        if unit.kind == "heading":
            lines += ["#" * unit.level + " " + text, ""]
        elif unit.kind == "quote":
            if previous_kind == "quote":
                lines[-1:] = [">", "> " + text, ""]
            else:
                lines += ["> " + text, ""]
        elif unit.kind == "bullet":
            if previous_kind == "bullet":
                lines[-1:] = ["- " + text, ""]
            else:
                lines += ["- " + text, ""]
        elif unit.kind == "figure":
            lines += [":::{figure}"]
            if unit.data["credit"]:
                lines += [f":credit: {escape_markdown(unit.data['credit'])}"]
            lines += ["", convert_markers(unit.data["caption"], notes) or "(no caption)", ":::", ""]
        elif unit.kind == "editorial":
            lines += [":::{editorial}", text, ":::", ""]
        else:
            lines += [text, ""]
        previous_kind = unit.kind
    for key, note in notes.items():
        lines += [f"[^{key}]: {escape_markdown(note.text)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def import_text(text: str, source_name: str = "", slug: str | None = None) -> ImportResult:
    inferred: list[str] = []
    problems: list[Problem] = []
    units = split_units(text)
    if not units:
        problems.append(Problem(1, "the export is empty"))
        return ImportResult("", slug or "untitled", inferred, problems)
    meta: dict = {}
    start = parse_header(units, meta, inferred, problems)
    body, note_units = classify(units, start, meta, inferred, problems)
    assign_heading_levels(body, inferred)
    defined = check_notes(body, note_units, meta, problems)

    meta["slug"] = slug or slugify(meta.get("title", "untitled"))
    intro = next((u for u in body if u.kind == "paragraph"), None)
    if intro:
        meta["summary"] = squash_spaces(NOTE_MARKER.sub("", intro.text))
    meta["author_entries"] = split_author_note(meta.get("author_note", ""), meta.get("authors", []))
    if source_name:
        meta["source"] = source_name
    if not any(u.kind == "heading" for u in body):
        problems.append(Problem(units[start].line if start < len(units) else 1, "no section headings found; the report will be one page"))

    headings = [u for u in body if u.kind == "heading"]
    inferred[:0] = [
        f"title: {meta.get('title', '')!r}",
        f"date: {meta['date'].isoformat() if meta.get('date') else 'unknown'}",
        f"series: {meta.get('series', '')!r} number {meta.get('number', '')!r}",
        "authors: " + "; ".join(a["name"] + (f" ({a['role']})" if a.get("role") else "") for a in meta["author_entries"]),
        f"tags: {', '.join(meta.get('tags', []))}",
        f"sections: {sum(1 for h in headings if h.level == 2)} top-level, {sum(1 for h in headings if h.level == 3)} sub-sections",
        f"paragraphs: {sum(1 for u in body if u.kind == 'paragraph')}, quoted paragraphs: {sum(1 for u in body if u.kind == 'quote')}, "
        f"figures: {sum(1 for u in body if u.kind == 'figure')}, list items: {sum(1 for u in body if u.kind == 'bullet')}",
        f"notes: {len(defined)} defined",
    ]
    markdown = render_markdown(meta, body, dict(sorted(defined.items(), key=lambda item: note_sort_key(item[0]))))
    problems.sort(key=lambda p: p.line)
    return ImportResult(markdown, meta["slug"], inferred, problems)
