"""The offline search index, sharded: report text, notes, speakers and actors as many small classic scripts.

Classic scripts (`dossierSearch.add(…)`) rather than JSON fetched at run time,
because pages opened from file:// may not fetch() their neighbours. The search
page loads `search/index.js` (the sources and the shard keys), then for a query
only the word shards its words need and the text blocks of the hits it shows:

- `search/w/<key>.js`: every indexed word whose first two folded letters are
  `key` (a one-letter word has its own shard), with the passages it is in,
  grouped by source (the actors, then each report in slug order);
- `search/t/<slug>.<n>.js` and `search/actors.<n>.js`: the text of a source's
  passages, BLOCK at a time, with what a hit's line shows;
- `search/reports.<n>.js`: the reports' titles and dates, REPORTS_BLOCK at a time
  (a hit on a title needs no more).

Each source is encoded once into a SearchPart, which depends only on that
report (and its speakers' names) or on the actors; a shard is the parts'
pieces joined in order, so a warm build re-encodes only the reports that
changed and the output is byte for byte what a cold build writes.
Words are runs of letters and digits of the folded text (`fold`: lower case
without accents); a query word matches the words it begins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .dates import format_date
from .model import Report, Statement, without_note_markers
from .pages import OVERVIEW_FILE, page_file, section_label, short_title
from .text import fold

if TYPE_CHECKING:  # the book and the graph import much of the package; here they are only types
    from .relations import ActorGraph
    from .speakers import SpeakerBook

SEARCH_FOLDER = "search"
INDEX_FILE = f"{SEARCH_FOLDER}/index.js"
WORDS_FOLDER = f"{SEARCH_FOLDER}/w"
TEXT_FOLDER = f"{SEARCH_FOLDER}/t"
ACTORS_SOURCE = ""  # the actors' source name; reports are named by slug
BLOCK = 32  # passages in a text block
REPORTS_BLOCK = 64  # reports' titles and dates in a file
KEY_LENGTH = 2
SPLIT_BYTES = 96 * 1024  # a two-letter shard larger than this is split by the words' third letter
WORD = re.compile(r"[^\W_]+")
_PLAIN_KEY = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """The indexed words of a text: runs of letters and digits once folded (search.js splits a query alike)."""
    return WORD.findall(fold(text))


def shard_key(word: str, split: frozenset[str] | set[str] = frozenset()) -> str:
    """The shard of a word: its first two letters, or three where the site's shard of those two is split."""
    return word[: KEY_LENGTH + 1] if word[:KEY_LENGTH] in split else word[:KEY_LENGTH]


def key_file(key: str) -> str:
    """A shard key's file name: the key itself when it is ASCII letters and digits, else its code points."""
    if _PLAIN_KEY.fullmatch(key):
        return key
    return "_" + "-".join(f"{ord(char):x}" for char in key)


def script_text(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # U+2028/2029 end a line in older script parsers; "</" could close a script element if ever inlined.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")


@dataclass
class SearchPart:
    """One source's share of the index: its text blocks' data and, by shard key, its words with their passages."""

    blocks: list[str]
    # a word's first two letters -> [(its first three, '"word":[first,gap,gap…],…')], passage numbers as gaps
    postings: dict[str, list[tuple[str, str]]]
    sizes: dict[str, int]  # the characters of each two letters' entries
    heading: list[str] | None = None  # a report's [title, date], listed REPORTS_BLOCK reports a file


def encode_postings(documents: list[str]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, int]]:
    found: dict[str, list[int]] = {}
    for number, text in enumerate(documents):
        for word in set(WORD.findall(fold(text))):
            if word in found:
                found[word].append(number)
            else:
                found[word] = [number]
    by_prefix: dict[str, list[str]] = {}
    for word in sorted(found):
        numbers = found[word]
        gaps = [numbers[0], *(b - a for a, b in pairwise(numbers))]
        # A word is letters and digits only: nothing in it needs escaping in a script's string.
        entry = f'"{word}":[{",".join(map(str, gaps))}]'
        prefix = word[: KEY_LENGTH + 1]
        if prefix in by_prefix:
            by_prefix[prefix].append(entry)
        else:
            by_prefix[prefix] = [entry]
    postings: dict[str, list[tuple[str, str]]] = {}
    sizes: dict[str, int] = {}
    for prefix, entries in by_prefix.items():  # in order: sorted words give sorted prefixes
        joined = ",".join(entries)
        postings.setdefault(prefix[:KEY_LENGTH], []).append((prefix, joined))
        sizes[prefix[:KEY_LENGTH]] = sizes.get(prefix[:KEY_LENGTH], 0) + len(joined)
    return postings, sizes


def blocks_of(head: dict[str, Any], rows: list[Any]) -> list[str]:
    return [script_text({**head, "d": rows[start : start + BLOCK]}) for start in range(0, max(len(rows), 1), BLOCK)]


def report_part(report: Report, book: SpeakerBook | None) -> SearchPart:
    """Passage 0 is the report's title (its row a 0); then its paragraphs [page, anchor, text, speakers, date] where
    speakers and date are those of the statements in the paragraph (else empty), section by section; then its notes.
    Pages are [section title shortened, file]; the title and date are the part's heading."""
    spoken: dict[str, list[Statement]] = {}
    for statement in book.by_report.get(report.slug, []) if book else []:
        spoken.setdefault(statement.anchor, []).append(statement)
    pages: list[list[str]] = []
    rows: list[Any] = [0]
    documents = [report.title]
    for section in report.sections:
        page_number = len(pages)
        pages.append([short_title(section_label(section)), page_file(section)])
        for paragraph in section.paragraphs:
            text = " ".join(without_note_markers(paragraph).split())
            if text:
                statements = spoken.get(paragraph.anchor, [])
                names = list(dict.fromkeys(book.registry[s.speaker].name for s in statements)) if book else []
                dates = sorted({s.date for s in statements if s.date and not s.date_is_guess})
                rows.append([page_number, paragraph.anchor, text, ", ".join(names[:2]), format_date(dates[0]) if dates else ""])
                documents.append(text)
    notes_page = len(pages)
    pages.append(["Notes", "notes.html"])
    for note in report.notes.values():
        if note.defined and note.text:
            text = f"{note.key}. {' '.join(note.text.split())}"
            rows.append([notes_page, note.anchor, text])
            documents.append(text)
    part = SearchPart(blocks_of({"p": pages}, rows), *encode_postings(documents))
    part.heading = [report.title, format_date(report.date)]
    return part


def actors_part(graph: ActorGraph | None, book: SpeakerBook) -> SearchPart:
    """Every actor of the map [name, kind, url, other names and description]."""
    rows: list[Any] = []
    documents: list[str] = []
    for actor in graph.actors if graph else []:
        if actor.id in book.speakers:
            url = f"speakers/{actor.file_name}"
        else:
            url = f"map.html#focus={actor.id}"
        extra = [form for form in actor.surface_forms if form != actor.name]
        about = " · ".join([*extra, actor.description] if actor.description else extra)
        rows.append([actor.name, actor.kind_label, url, about])
        documents.append(f"{actor.name} · {about}")
    return SearchPart(blocks_of({}, rows), *encode_postings(documents))


def text_file(source: str, block: int) -> str:
    return f"{SEARCH_FOLDER}/actors.{block}.js" if source == ACTORS_SOURCE else f"{TEXT_FOLDER}/{source}.{block}.js"


def reports_file(block: int) -> str:
    return f"{SEARCH_FOLDER}/reports.{block}.js"


def site_files(parts: dict[str, SearchPart], split_bytes: int = SPLIT_BYTES) -> dict[str, str]:
    """Every file of the index by its path under the output folder: parts by source name, the actors' ("") first."""
    parts = {ACTORS_SOURCE: SearchPart(blocks_of({}, []), {}, {}), **parts}  # the actors are source 0, even none
    sources = sorted(parts)
    files: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for source in sources:
        part = parts[source]
        for block, data in enumerate(part.blocks):
            files[text_file(source, block)] = f'dossierSearch.text("{source}.{block}",{data});\n'
        for group, size in part.sizes.items():
            sizes[group] = sizes.get(group, 0) + size
    split = {group for group, size in sizes.items() if size > split_bytes}
    pieces: dict[str, list[str]] = {}
    for number, source in enumerate(sources):
        for group, entries in parts[source].postings.items():
            if group in split:  # a segment a word's first three letters
                for prefix, joined in entries:
                    pieces.setdefault(prefix, []).append(f"[{number},{{{joined}}}]")
            else:
                pieces.setdefault(group, []).append(f"[{number},{{{','.join(joined for _, joined in entries)}}}]")
    keys = sorted(pieces)
    for key in keys:
        files[f"{WORDS_FOLDER}/{key_file(key)}.js"] = f"dossierSearch.add({script_text(key)},[{','.join(pieces[key])}]);\n"
    headings = [parts[source].heading or ["", ""] for source in sources if source != ACTORS_SOURCE]
    for start in range(0, len(headings), REPORTS_BLOCK):
        block = start // REPORTS_BLOCK
        files[reports_file(block)] = f'dossierSearch.text("@reports.{block}",{script_text({"d": headings[start : start + REPORTS_BLOCK]})});\n'
    manifest = {"sources": sources, "keys": keys, "split": sorted(split), "block": BLOCK, "reports": REPORTS_BLOCK, "overview": OVERVIEW_FILE}
    files[INDEX_FILE] = f"dossierSearch.index({script_text(manifest)});\n"
    return files
