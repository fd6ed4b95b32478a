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

import hashlib
import json
import os
import re
from array import array
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .dates import format_date, format_month
from .fingerprints import add_parts
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
PART_SUFFIX = ".search"  # in the cache folder: one pickled SearchPart a source, named by its key
BLOCK = 32  # passages in a text block
REPORTS_BLOCK = 64  # reports' titles and dates in a file
KEY_LENGTH = 2
SPLIT_BYTES = 96 * 1024  # a shard larger than this is split by the words' next letter (the third, fourth, fifth)
LONGEST_KEY = 5
WORD = re.compile(r"[^\W_]+")
_PLAIN_KEY = re.compile(r"[a-z0-9]+")
ENTRY = re.compile(r'"([^"]*)":\[[^\]]*\]')  # '"word":[passage,…]' in a part's postings (words are letters and digits)
# In a part's postings, instead of the "," between two words: RUN_3 where their first three letters differ, RUN_4
# where only the fourth does. A word is letters and digits and a passage list digits and commas, so neither is found
# anywhere else; a shard split by the third or fourth letter then takes a run of words whole, found by str.split,
# rather than each word found by ENTRY (1.4 million words at 1,000 reports).
RUN_3 = ";"
RUN_4 = "|"


def words(text: str) -> list[str]:
    """The indexed words of a text: runs of letters and digits once folded (search.js splits a query alike)."""
    return WORD.findall(fold(text))


# every ASCII character but a letter or a digit made a space, the other bytes of UTF-8 kept: what splits a folded
# text's UTF-8 into runs that WORD's words never cross
_ASCII_NON_WORD = bytes(b if b >= 0x80 or (chr(b).isascii() and chr(b).isalnum()) else 0x20 for b in range(256))


def word_set(folded: str) -> set[str]:
    """set(WORD.findall(folded)), several times faster: WORD reads its class character by character, while a
    translation of the UTF-8 and a split cut the text at every ASCII character that is no letter or digit, which
    is where most words end; a piece with other characters (a curly quote, an accented letter) is read by WORD."""
    data = folded.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD)
    if folded.isascii():
        return set(data.decode("ascii").split())
    # str.split also cuts at Unicode spaces, which are no word characters either
    pieces = b" ".join(data.split()).decode("utf-8", "surrogatepass").split()
    found = set()
    for piece in pieces:
        if piece.isascii():
            found.add(piece)
        else:
            found.update(WORD.findall(piece))
    return found


def shard_key(word: str, split: frozenset[str] | set[str] = frozenset()) -> str:
    """The shard of a word: its first two letters, or three where the site's shard of those two is split, and so
    on up to LONGEST_KEY (split names a shard by its length and letters: "2co", "3con")."""
    for length in range(KEY_LENGTH, LONGEST_KEY):
        if f"{length}{word[:length]}" not in split:
            return word[:length]
    return word[:LONGEST_KEY]


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
    # a word's first two letters -> '"word":[passage,passage…],…', its words in order (RUN_3 or RUN_4 instead of the
    # "," where the third or fourth letter changes): one string, not one a word (every part is held at once while
    # the index is assembled: at 300 reports 260,000 small strings and tuples)
    postings: dict[str, str]
    heading: list[str] | None = None  # a report's [title, date], listed REPORTS_BLOCK reports a file
    # sizes, worked out once when the part is made (where the report is read, in parallel) and kept compact: the
    # tags space-separated and their values as an array of 32-bit numbers (at 300 reports, as dicts, they held
    # 38 MiB during the assembly)
    size_tags: str = ""
    size_values: bytes = b""

    def __post_init__(self) -> None:
        if not self.size_tags and self.postings:
            found = postings_sizes(self.postings)
            self.size_tags = " ".join(found)
            self.size_values = array("I", found.values()).tobytes()

    @property
    def sizes(self) -> dict[str, int]:
        """The characters of the entries of each first two ("2co"), three ("3con") and four letters' words."""
        if not self.size_tags:
            return {}
        return dict(zip(self.size_tags.split(" "), array("I", self.size_values), strict=True))


def postings_sizes(postings: dict[str, str]) -> dict[str, int]:
    """SearchPart.sizes of these postings."""
    by_prefix: dict[str, int] = {}
    for entries in postings.values():
        for entry in ENTRY.finditer(entries):
            prefix = entry.group(1)[:LONGEST_KEY]
            by_prefix[prefix] = by_prefix.get(prefix, -1) + 1 + len(entry.group(0))  # the prefix's entries joined by ","
    sizes: dict[str, int] = {}
    for prefix, size in by_prefix.items():
        for length in range(KEY_LENGTH, LONGEST_KEY):
            tag = f"{length}{prefix[:length]}"
            sizes[tag] = sizes.get(tag, 0) + size
    return sizes


def encode_postings(documents: list[str]) -> dict[str, str]:
    return encode_postings_sized(documents)[0]


def encode_postings_sized(documents: list[str]) -> tuple[dict[str, str], dict[str, int]]:
    """The postings of these documents and their postings_sizes(), counted while the entries are made rather
    than by reading them again."""
    found: dict[str, list[str]] = {}  # a word -> the numbers of the documents it is in, as written in its entry
    for number, text in enumerate(documents):
        label = str(number)
        for word in word_set(fold(text)):
            numbers = found.get(word)
            if numbers is None:
                found[word] = [label]
            else:
                numbers.append(label)
    # In sorted order a group's words (their first KEY_LENGTH letters) follow each other, and so do the words of each
    # shorter and longer prefix: each group is joined once it ends, and each size (the entries of a "2co", "3con" or
    # "4cons" joined by ",", which is one less per LONGEST_KEY prefix) is added up while its words last, and put in
    # its place, which it takes when its first word comes (the order postings_sizes gives them).
    postings: dict[str, str] = {}
    sizes: dict[str, int] = {}
    pieces: list[str] = []
    group = previous = tag_3 = tag_4 = ""
    size_2 = size_3 = size_4 = 0
    for word in sorted(found):
        # A word is letters and digits only: nothing in it needs escaping in a script's string.
        entry = f'"{word}":[{",".join(found[word])}]'
        if word[:KEY_LENGTH] != group:
            if pieces:
                postings[group] = "".join(pieces)
                sizes[f"2{group}"], sizes[tag_3], sizes[tag_4] = size_2, size_3, size_4
            group = word[:KEY_LENGTH]
            pieces = [entry]
            tag_3, tag_4 = f"3{word[:3]}", f"4{word[:4]}"
            sizes[f"2{group}"] = sizes[tag_3] = sizes[tag_4] = 0
            size_2 = size_3 = size_4 = -1
        elif word[:3] != previous[:3]:
            pieces += (RUN_3, entry)
            sizes[tag_3], sizes[tag_4] = size_3, size_4
            tag_3, tag_4 = f"3{word[:3]}", f"4{word[:4]}"
            sizes[tag_3] = sizes[tag_4] = 0
            size_2 -= 1
            size_3 = size_4 = -1
        elif word[:4] != previous[:4]:
            pieces += (RUN_4, entry)
            sizes[tag_4] = size_4
            tag_4 = f"4{word[:4]}"
            sizes[tag_4] = 0
            size_2 -= 1
            size_3 -= 1
            size_4 = -1
        else:
            pieces += (",", entry)
            if word[:LONGEST_KEY] != previous[:LONGEST_KEY]:
                size_2 -= 1
                size_3 -= 1
                size_4 -= 1
        size = 1 + len(entry)
        size_2 += size
        size_3 += size
        size_4 += size
        previous = word
    if pieces:
        postings[group] = "".join(pieces)
        sizes[f"2{group}"], sizes[tag_3], sizes[tag_4] = size_2, size_3, size_4
    return postings, sizes


def sized_part(blocks: list[str], documents: list[str]) -> SearchPart:
    """A part of these text blocks and documents, its sizes worked out with its postings."""
    postings, sizes = encode_postings_sized(documents)
    return SearchPart(blocks, postings, None, " ".join(sizes), array("I", sizes.values()).tobytes())


def blocks_of(head: dict[str, Any], rows: list[Any]) -> list[str]:
    return [script_text({**head, "d": rows[start : start + BLOCK]}) for start in range(0, max(len(rows), 1), BLOCK)]


def report_part(report: Report, book: SpeakerBook | None) -> SearchPart:
    """Passage 0 is the report's title (its row a 0); then its paragraphs [page, anchor, text, speakers, date] where
    speakers and date are those of the statements in the paragraph (else empty), section by section; then its notes.
    Pages are [section title shortened, file]; the title and date are the part's heading."""
    if book is None:
        return statements_part(report, [], str)
    registry = book.registry
    return statements_part(report, book.by_report.get(report.slug, []), lambda actor_id: registry[actor_id].name)


def statements_part(report: Report, statements: list[Statement], name_of: Callable[[str], str]) -> SearchPart:
    """report_part() of a report with these statements, their speakers named by name_of."""
    spoken: dict[str, list[Statement]] = {}
    for statement in statements:
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
                names = list(dict.fromkeys(name_of(s.speaker) for s in statements))
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
    part = sized_part(blocks_of({"p": pages}, rows), documents)
    part.heading = [report.title, format_month(report.date) if report.month_only else format_date(report.date)]
    return part


def part_key(code: str, report: Report, statements: list[Statement], name_of: Callable[[str], str]) -> str:
    """The key of a report's part: everything statements_part() reads (the report follows from its path and text)."""
    digest = hashlib.sha256()
    # one JSON text for all the statements (a repr of a tuple a statement cost a warm build of 1,000 reports 0.03 s)
    said = json.dumps([[s.anchor, s.speaker, name_of(s.speaker), str(s.date), s.date_is_guess] for s in statements], ensure_ascii=False)
    add_parts(digest, code, report.source_path, report.source_digest(), said)
    return digest.hexdigest()


def part_file(folder: str, key: str) -> str:
    """Where the cache folder keeps a part."""
    return os.path.join(folder, key + PART_SUFFIX)


def actor_rows(graph: ActorGraph | None, book: SpeakerBook) -> list[list[str]]:
    """Every actor of the map [name, kind, url, other names and description]."""
    rows: list[list[str]] = []
    for actor in graph.actors if graph else []:
        if actor.id in book.speakers:
            url = f"speakers/{actor.file_name}"
        else:
            url = f"map.html#focus={actor.id}"
        extra = [form for form in actor.surface_forms if form != actor.name]
        about = " · ".join([*extra, actor.description] if actor.description else extra)
        rows.append([actor.name, actor.kind_label, url, about])
    return rows


def actors_part(rows: list[list[str]]) -> SearchPart:
    return sized_part(blocks_of({}, rows), [f"{row[0]} · {row[3]}" for row in rows])


def text_file(source: str, block: int) -> str:
    return f"{SEARCH_FOLDER}/actors.{block}.js" if source == ACTORS_SOURCE else f"{TEXT_FOLDER}/{source}.{block}.js"


def reports_file(block: int) -> str:
    return f"{SEARCH_FOLDER}/reports.{block}.js"


@dataclass
class IndexState:
    """What a build's index was made of, so that the next build can patch it: sources in order with their parts'
    keys, the characters of each two letters' entries over all parts, the reports' headings, each source's text
    blocks and the word shards' keys."""

    sources: list[str]
    part_keys: list[str]
    sizes: dict[str, int]
    headings: list[list[str]]
    blocks: list[int]
    keys: list[str]
    split_bytes: int = SPLIT_BYTES

    def split(self) -> set[str]:
        return {group for group, size in self.sizes.items() if size > self.split_bytes}


Files = dict[str, str | None]  # path under the output folder -> text, or None: the same as the last build's file
SEGMENT = re.compile(r"\[(\d+),\{")  # a segment's start; inside one a "[" is followed by digits and a digit, never "{"


def shard_file(key: str) -> str:
    return f"{WORDS_FOLDER}/{key_file(key)}.js"


def segments(part: SearchPart, number: int, split: set[str], known: dict[str, str] | None = None) -> dict[str, str]:
    """A source's segment of each word shard it has words in. known: shard keys by a word's first LONGEST_KEY
    letters (all shard_key reads), for this split, kept by the caller across sources."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    add_segments(found, part, number, split, split_by_length(split), {} if known is None else known)
    return {key: segment for key, (segment,) in found.items()}  # a source has one segment a shard


def split_by_length(split: set[str]) -> tuple[set[str], set[str], set[str]]:
    """The split shards' keys of two, three and four letters, without the length that names them in split: a run's
    letters are looked up as they are, and keep the hash worked out then for the shard's pieces."""
    by_length: dict[str, set[str]] = {"2": set(), "3": set(), "4": set()}
    for tag in split:
        by_length[tag[0]].add(tag[1:])
    return by_length["2"], by_length["3"], by_length["4"]


def add_segments(
    pieces: defaultdict[str, list[str]],
    part: SearchPart,
    number: int,
    split: set[str],
    split_keys: tuple[set[str], set[str], set[str]],
    known: dict[str, str],
) -> None:
    """segments() of a source added to each shard's pieces: the assembly's, without a dict a source (at 1,000
    reports 560,000 segments). split_keys: split_by_length(split)."""
    split_2, split_3, split_4 = split_keys
    opening = f"[{number},{{"  # made once a source, not once a group or a segment (a part has hundreds)
    for group, entries in part.postings.items():
        if group not in split_2:
            pieces[group].append(opening + entries.replace(RUN_3, ",").replace(RUN_4, ",") + "}]")
            continue
        for run_3 in entries.split(RUN_3):  # words with the same first three letters (a shorter word by itself)
            third = run_3[1:4].split('"', 1)[0]  # those three letters, or the word of one or two
            if third not in split_3:
                pieces[third].append(opening + run_3.replace(RUN_4, ",") + "}]")
                continue
            for run_4 in run_3.split(RUN_4):
                fourth = run_4[1:5].split('"', 1)[0]
                if fourth not in split_4:
                    pieces[fourth].append(opening + run_4 + "}]")
                    continue
                placed: dict[str, list[str]] = {}
                for entry in ENTRY.finditer(run_4):  # in order: a shard's words stay sorted
                    prefix = entry.group(1)[:LONGEST_KEY]
                    key = known.get(prefix)
                    if key is None:
                        key = known[prefix] = shard_key(prefix, split)
                    placed.setdefault(key, []).append(entry.group(0))
                for key, entries_here in placed.items():
                    pieces[key].append(opening + ",".join(entries_here) + "}]")


def shard_text(key: str, pieces: list[str]) -> str:
    return f"{shard_head(key)}{','.join(pieces)}]);\n"


def shard_head(key: str) -> str:
    return f"dossierSearch.add({script_text(key)},["


def common_files(state: IndexState, files: Files) -> None:
    """The reports' titles and the small index, written every build."""
    for start in range(0, len(state.headings), REPORTS_BLOCK):
        block = start // REPORTS_BLOCK
        files[reports_file(block)] = f'dossierSearch.text("@reports.{block}",{script_text({"d": state.headings[start : start + REPORTS_BLOCK]})});\n'
    manifest = {
        "sources": state.sources,
        "keys": state.keys,
        "split": sorted(state.split()),
        "longest": LONGEST_KEY,
        "block": BLOCK,
        "reports": REPORTS_BLOCK,
        "overview": OVERVIEW_FILE,
    }
    files[INDEX_FILE] = f"dossierSearch.index({script_text(manifest)});\n"


def assemble(parts: dict[str, SearchPart], part_keys: dict[str, str] | None = None, split_bytes: int = SPLIT_BYTES) -> tuple[Files, IndexState]:
    """Every file of the index from every source's part, by source name, the actors' ("") first."""
    parts = {ACTORS_SOURCE: SearchPart(blocks_of({}, []), {}), **parts}  # the actors are source 0, even none
    sources = sorted(parts)
    files: Files = {}
    sizes: dict[str, int] = {}
    size_of = sizes.get
    for source in sources:
        part = parts[source]
        for block, data in enumerate(part.blocks):
            files[text_file(source, block)] = f'dossierSearch.text("{source}.{block}",{data});\n'
        if part.size_tags:  # part.sizes without making its dict (1.7 million sizes at 1,000 reports)
            for group, size in zip(part.size_tags.split(" "), array("I", part.size_values), strict=True):
                sizes[group] = size_of(group, 0) + size
    split = {group for group, size in sizes.items() if size > split_bytes}
    pieces: defaultdict[str, list[str]] = defaultdict(list)
    known: dict[str, str] = {}
    split_keys = split_by_length(split)
    for number, source in enumerate(sources):
        add_segments(pieces, parts[source], number, split, split_keys, known)
    keys = sorted(pieces)
    for key in keys:
        files[shard_file(key)] = shard_text(key, pieces[key])
    headings = [parts[source].heading or ["", ""] for source in sources if source != ACTORS_SOURCE]
    keyed = part_keys or {}
    state = IndexState(sources, [keyed.get(s, "") for s in sources], sizes, headings, [len(parts[s].blocks) for s in sources], keys, split_bytes)
    common_files(state, files)
    return files, state


def site_files(parts: dict[str, SearchPart], split_bytes: int = SPLIT_BYTES) -> dict[str, str]:
    """Every file of the index as text (a cold build's)."""
    files, _ = assemble(parts, None, split_bytes)
    return {path: text or "" for path, text in files.items()}


def patch(
    state: IndexState,
    changed: dict[int, tuple[SearchPart, SearchPart, str]],
    read_last: Callable[[str], str | None],
) -> tuple[Files, IndexState] | None:
    """The index after the sources numbered in changed (old part, new part, new key) changed, from the last
    build's state and files (read_last reads one); None where a whole assembly is needed (the shards are split
    otherwise, or a file of the last build is not as expected). Gives the same files as assemble()."""
    sizes = dict(state.sizes)
    for old, new, _ in changed.values():
        for group, size in old.sizes.items():
            sizes[group] -= size
        for group, size in new.sizes.items():
            sizes[group] = sizes.get(group, 0) + size
    sizes = {group: size for group, size in sizes.items() if size > 0}
    after = IndexState(
        list(state.sources), list(state.part_keys), sizes, [list(h) for h in state.headings], list(state.blocks), [], state.split_bytes
    )
    split = after.split()
    if split != state.split():
        return None
    files: Files = {}
    for number, source in enumerate(state.sources):
        if number not in changed:
            for block in range(state.blocks[number]):
                files[text_file(source, block)] = None
    touched: dict[str, dict[int, str | None]] = {}
    for number, (old, new, key) in sorted(changed.items()):
        source = state.sources[number]
        for block, data in enumerate(new.blocks):
            files[text_file(source, block)] = f'dossierSearch.text("{source}.{block}",{data});\n'
        after.part_keys[number], after.blocks[number] = key, len(new.blocks)
        if number > 0:
            after.headings[number - 1] = new.heading or ["", ""]
        before, now = segments(old, number, split), segments(new, number, split)
        for shard in before.keys() | now.keys():
            if before.get(shard) != now.get(shard):
                touched.setdefault(shard, {})[number] = now.get(shard)
    keys = set(state.keys)
    for shard in state.keys:
        if shard not in touched:
            files[shard_file(shard)] = None
    for shard, replaced in sorted(touched.items()):
        pieces: dict[int, str] = {}
        if shard in keys:
            text = read_last(shard_file(shard))
            head = shard_head(shard)
            if text is None or not text.startswith(head) or not text.endswith("]);\n"):
                return None
            body = text[len(head) : -4]
            starts = list(SEGMENT.finditer(body))
            for index, found in enumerate(starts):
                end = starts[index + 1].start() - 1 if index + 1 < len(starts) else len(body)
                pieces[int(found.group(1))] = body[found.start() : end]
        for number, segment in replaced.items():
            if segment is None:
                pieces.pop(number, None)
            else:
                pieces[number] = segment
        if pieces:
            files[shard_file(shard)] = shard_text(shard, [pieces[n] for n in sorted(pieces)])
            keys.add(shard)
        else:
            keys.discard(shard)
    after.keys = sorted(keys)
    common_files(after, files)
    return files, after
