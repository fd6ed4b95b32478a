"""Small text helpers shared by the importer, the reader and the pages."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TextIO

_NON_WORD = re.compile(r"[^a-z0-9]+")
# an address that is all the line or all the link holds: a web page's ('https://…') or a saved file's ('file:///…', a
# browser's print margin of a page read from disk); the scheme tells which
WHOLE_ADDRESS = re.compile(r"(?P<scheme>https?|file)://[^\s<>]+$")
# a web address written out in a text ('see https://harbour.example/tugs.'): the stop or bracket closing its sentence is
# the sentence's, never the address's, and so is a note's marker after it ('…/tugs.pdf[12]') and, in Markdown, the
# backslash escaping the character after it; one level of brackets inside it is its own ('…/wiki/Quay_(Harbour)'), as
# WEB_LINK allows
ADDRESS_IN_TEXT = re.compile(r"https?://(?:[^\s<>\"\[\]()]|\([^\s<>\"\[\]()]*\))*(?:[^\s<>\"\[\]()\\.,;:!?’”']|\([^\s<>\"\[\]()]*\))")
# a web link in Markdown, '[Harbour News](https://…)', as a saved page's credit or caption gives it: the address may
# hold one level of brackets ('…/File:Quay_(2019).jpg', as a wiki's file names have)
WEB_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\((?P<address>https?://(?:[^\s()<>\"]|\([^\s()<>\"]*\))+)\)")


# One folding rule for every comparison of names (the registry, the speakers' order, the map's and the search page's
# scripts, which run its copy in theme/static/js/fold.js): lower case without accents, one character for one, so that
# an offset in the folded text is an offset in the text. Letters that have no decomposition into a base letter and
# an accent are mapped by hand, as are the typographic apostrophes and dashes; "ß" stays itself (one for one).
# Characters outside the Basic Multilingual Plane are kept as they are: the browser counts them as two.
_FOLD_LETTERS = {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"}
_FOLDED: dict[int, str] = {}  # str.translate's table, filled as characters are first seen


def _fold_char(char: str) -> str:
    if ord(char) > 0xFFFF:
        return char
    base = unicodedata.normalize("NFKD", char)[:1] or char
    lower = base.lower()
    folded = lower if len(lower) == 1 else base
    return _FOLD_LETTERS.get(folded, folded)


def fold(text: str) -> str:
    """Lower case without accents, one character for one: 'Çavuşoğlu' -> 'cavusoglu', 'Støre' -> 'store'."""
    if text.isascii():
        return text.lower().replace("`", "'")
    # the ASCII characters as above, in bytes, where each other character is one "?"; those put back through the table.
    # str.translate with a dict, str.lower and a regular expression all read a text character by character in Python's
    # slower paths once it has any non-ASCII character (a curly quote), and prose is mostly ASCII
    encoded = text.encode("ascii", "replace")
    folded = encoded.lower().replace(b"`", b"'").decode("ascii")
    table = _FOLDED
    pieces: list[str] = []
    done = 0
    at = encoded.find(b"?")
    while at >= 0:
        char = text[at]
        if char != "?":
            if ord(char) not in table:
                table[ord(char)] = _fold_char(char)
            pieces += [folded[done:at], table[ord(char)]]
            done = at + 1
        at = encoded.find(b"?", at + 1)
    return "".join(pieces) + folded[done:] if pieces else folded


MIDDLE_INITIAL = re.compile(r"(?<=\S)\s+[A-Z]\.(?=\s+\S)")


def without_middle_initials(name: str) -> str:
    """'Vladimir V. Putin' -> 'Vladimir Putin': one person whether a publisher writes the initial or not."""
    return MIDDLE_INITIAL.sub("", name)


def slugify(text: str, max_length: int = 60) -> str:
    """A file-name-safe slug, cut at a hyphen so that it stays under max_length."""
    decomposed = unicodedata.normalize("NFKD", text)  # first, so that "ﬁ" is "fi", not "f"
    # ASCII has no combining characters: most titles and headings need no look at each character
    bases = decomposed if decomposed.isascii() else "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    letters = fold(bases).replace("ß", "ss")
    slug = _NON_WORD.sub("-", letters.replace("'", "")).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug or "untitled"


def unique_slug(base: str, taken: set[str]) -> str:
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    taken.add(slug)
    return slug


def squash_spaces(text: str) -> str:
    """Runs of white space as one space, none at the ends (str.split's white space is the regex \\s)."""
    return " ".join(text.split())


_MD_INLINE_SPECIALS = re.compile(r"([\\`*_<>]|\[(?=[^\]]*\][(\[:])|\[(?=\^))")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_BLOCK_START = re.compile(r"^(\s*)([#>+=|-]|\d+[.)](?=\s|$)|~~~|```|:::)")


def escape_markdown(text: str) -> str:
    """Escape plain text so that Markdown shows it exactly as written.

    Footnote markers already written as `[^n]` are left alone; every other
    character that Markdown would read as markup is backslash-escaped.
    """
    text = _MD_INLINE_SPECIALS.sub(r"\\\1", text)
    if "://" in text and "\\_" in text:
        text = _WEB_ADDRESS.sub(_address_underscores, text)
    text = _MD_ENTITY.sub("&amp;", text)
    return _MD_BLOCK_START.sub(_escape_block_start, text)


# a web address as escaped above, and an underscore in it between two letters or digits, which opens no emphasis
# (CommonMark), so that the .md keeps the address as written ('…/harbour_board.html?utm_term=x')
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+")
_INNER_UNDERSCORE = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")


def _address_underscores(match: re.Match[str]) -> str:
    return _INNER_UNDERSCORE.sub("_", match.group(0))


def _escape_block_start(match: re.Match[str]) -> str:
    marker: str = match.group(2)
    before: str = match.group(1)
    if marker[0].isdigit():  # "1." opens a list; only punctuation can be escaped, so the backslash goes before the dot
        return before + marker[:-1] + "\\" + marker[-1]
    return before + "\\" + marker


def write_json_records(handle: TextIO, head: Mapping[str, object], key: str, records: Iterable[object]) -> None:
    """A JSON object whose `key` lists the records one a line: readable, easy to diff, written as it goes and by the
    standard library's fast encoder (which `indent` turns off)."""
    handle.write("{")
    for name, value in head.items():
        handle.write(f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)},\n ")
    handle.write(f"{json.dumps(key)}: [\n")
    for number, record in enumerate(records):
        handle.write((",\n" if number else "") + json.dumps(record, ensure_ascii=False))
    handle.write("\n]}\n")


def json_records(head: Mapping[str, object], key: str, records: Iterable[object]) -> str:
    buffer = io.StringIO()
    write_json_records(buffer, head, key, records)
    return buffer.getvalue()
