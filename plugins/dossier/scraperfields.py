"""A scraper's fields at the top of a plain text: the metadata it stored about the page, one bare field a line
('type: blog', 'source: https://…', 'date: AUGUST 10, 2021', 'tags: energy, water'), under the headline or over it.
They give the date, the authors and the tags and are left out: never the summary, a figure's credit or a section."""

from __future__ import annotations

import re

from .bylines import BYLINE, _parse_header_part
from .dates import find_line_date
from .importunits import TERMINAL, Meta, Unit, listed_tags

# a stored field: its label in lower case, one to three words ('type', 'date published', 'source_url'), then its value
FIELD = re.compile(r"^(?P<label>[a-z][a-z]{1,15}(?:[ _-][a-z]{2,15}){0,2})\s*:\s+(?P<value>\S.{0,300})$")
# the labels scrapers give a page's metadata; two of them or more mark the run as theirs, not a text's lower-case lead-ins
KNOWN_LABELS = {
    "type", "source", "source url", "source_url", "url", "link", "date", "date published", "published", "pubdate", "year",
    "author", "authors", "byline", "tags", "tag", "keywords", "categories", "category", "country", "countries", "continent",
    "region", "language", "lang", "site", "publisher", "outlet", "title", "section", "topic", "topics", "format",
}  # fmt: skip
DATE_LABELS = {"date", "date published", "published", "pubdate"}
AUTHOR_LABELS = {"author", "authors", "byline"}
TAG_LABELS = {"tags", "tag", "keywords", "categories", "category", "topics"}
FIELDS_MIN = 3  # fields in the run: two may be a text's own ('note: …', 'update: …')
KNOWN_MIN = 2
REACH = 3  # units over the run: the headline, a kicker
LINK_WORDS = 6  # the words of the page's link a scraper writes between its fields ('Original article published here')


def _field(unit: Unit) -> tuple[str, str] | None:
    text = unit.text.strip()
    found = FIELD.match(text) if "\n" not in text else None
    if found is None or (text[-1:] in TERMINAL and len(text.split()) > 6):  # 'note: the figures are provisional.'
        return None
    return found.group("label").replace("_", " "), found.group("value").strip()


def _link_words(unit: Unit) -> bool:
    """A short line between two fields with no stop nor colon: the words of the link the scraper kept."""
    text = unit.text.strip()
    return 0 < len(text.split()) <= LINK_WORDS and text[-1:] not in TERMINAL and ":" not in text


def scraper_fields(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """The run of three stored fields or more near the top, two of them with a scraper's labels (a line of the link's
    words between two of them goes with them): all of them left out, kept in the meta for stored_field_fallbacks."""
    for start in range(min(REACH + 1, len(units))):
        if _field(units[start]) is not None:
            break
    else:
        return units
    fields: list[tuple[str, str, Unit]] = []
    end = start
    while end < len(units):
        field = _field(units[end])
        if field is None and fields and end + 1 < len(units) and _link_words(units[end]) and _field(units[end + 1]) is not None:
            end += 1  # 'source: https://…' / 'Original article published here' / 'year: 2021'
            continue
        if field is None:
            break
        fields.append((*field, units[end]))
        end += 1
    if len(fields) < FIELDS_MIN or sum(label in KNOWN_LABELS for label, _, _ in fields) < KNOWN_MIN:
        return units
    meta["stored_fields"] = [(label, value, unit.line) for label, value, unit in fields]
    dropped.setdefault("the scraper's fields over the text", []).extend(unit.text for unit in units[start:end])
    labels = ", ".join(label for label, _, _ in fields)
    inferred.append(f"lines {units[start].line}–{units[end - 1].line}: the scraper's fields ({labels}) read as the page's metadata, no text")
    return units[:start] + units[end:]


def stored_field_fallbacks(meta: Meta) -> None:
    """The date, authors and tags of the scraper's fields, where the page's own header gives none: its date line and
    byline, read as they stand, come first."""
    for label, value, line in meta.pop("stored_fields", []):
        if label in DATE_LABELS and "date" not in meta and (day := find_line_date(value)) is not None:
            meta["date"], meta["date_basis"] = day[0], f"the scraper's '{label}:' field, line {line}"
        elif label in AUTHOR_LABELS and not meta.get("authors"):
            _parse_header_part(value if BYLINE.match(value) else f"By {value}", meta, allow_tags=False, line=line)
        elif label in TAG_LABELS and not meta.get("tags"):
            meta["tags"] = listed_tags(value, ",;|")


# a feed archive's header: the fields of the feed it stored on one line, each label glued to its value ('Source:Harbour
# Wire - World News, URL:https://example.com/world, language:en'); the source's name may hold a dash, not a comma
FEED_FIELD_SPLIT = re.compile(r",\s*(?=[A-Za-z][A-Za-z ]{0,15}:\S)")
FEED_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,15}):(?P<value>\S.*)$")
FEED_NAME_LABELS = ("title", "feed", "channel", "source")  # in order: a feed's own title before its source's name
FEED_LINK_LABELS = ("url", "link", "feed url")
FEED_FIELDS_MIN = 3
FEED_ITEMS_MIN = 2  # items under the header, each with its date field: a digest; one story has its own headline


def _item_date_fields(units: list[Unit]) -> int:
    """The lines of the units that are a stored date field ('date published: 2024-05-02T09:15:00+00:00')."""
    lines = (line for unit in units for line in unit.text.split("\n"))
    return sum(1 for line in lines if (found := _field(Unit(0, line))) is not None and found[0] in DATE_LABELS)


def feed_header_line(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """An RSS archive's header line over the items it stored, the feed's fields on one line with their labels glued to
    their values, three or more, one the feed's name ('Source:', 'Title:'), one its address ('URL:https://…'): the
    feed's name is the report's title (a digest of its items has no headline of its own), the line left out, never the
    title as it stands; only over two items or more with their date fields ('date published: …'): over one story the line
    is left out and the story's own headline stays the title. Its 'Title:' comes before its 'Source:', whatever their
    order on the line. A line with a space after each colon is a text's own or a scraper's field (scraper_fields)."""
    for start in range(min(REACH + 1, len(units))):
        text = units[start].text.strip()
        if "\n" in text:
            continue
        parts = [FEED_FIELD.match(part.strip()) for part in FEED_FIELD_SPLIT.split(text)]
        if len(parts) < FEED_FIELDS_MIN or any(part is None for part in parts):
            continue
        fields = {part.group("label").lower(): part.group("value").strip() for part in parts if part is not None}
        name = next((fields[label] for label in FEED_NAME_LABELS if label in fields), "")
        link = next((fields[label] for label in FEED_LINK_LABELS if label in fields), "")
        if not name or not link.startswith(("http://", "https://")):
            continue
        dropped.setdefault("the feed archive's header line", []).append(text)
        if _item_date_fields(units[start + 1 :]) < FEED_ITEMS_MIN:
            inferred.append(f"line {units[start].line}: a feed's header line over one story read as its fields; the story's headline stays the title")
            return units[:start] + units[start + 1 :]
        meta["title"], meta["title_line"] = name, units[start].line
        meta["title_basis"] = f"the feed archive's header line, line {units[start].line}"
        inferred.append(f"line {units[start].line}: the feed archive's header line read as the feed's fields; its name {name!r} is the title")
        return units[:start] + units[start + 1 :]
    return units


def stored_field_line(text: str) -> bool:
    """'date published: 2025-02-24T21:47:23+00:00': a stored field with a scraper's label, no sentence: never a summary."""
    found = _field(Unit(0, text))
    return found is not None and found[0] in KNOWN_LABELS
