"""What every step of the importer shares: the Unit a line or paragraph of the export becomes, a Problem
reported with its line, the front matter being gathered (Meta), quotation marks and a few text shapes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Meta = dict[str, Any]  # the front matter being gathered: title, date, authors …, and where each came from

QUOTE_OPEN = '"“„«'
QUOTE_CLOSE = '"”“»'
TERMINAL = ".!?"
# a note keyed by a symbol (dossier/symbolnotes.py): an asterisk, a dagger or a double dagger, once, twice or thrice
SYMBOL_KEY = r"\*{1,3}|†{1,2}|‡{1,2}"
SIGNATORY_KEY = "signatory line"  # a unit's data: a line of a signatories' list (signatories.py), no caption nor heading
# a unit's data: a block of a Markdown (or reStructuredText) export, which marks its block quotes ('>'): a paragraph in
# quotation marks without that mark is a paragraph quoting someone, never a block quote
MARKUP_BLOCK_KEY = "block of a markup export"
# the symbol of a cite glued to the word or the stop before it, and standing alone ('so.*', not 'so.**' nor '*so'); an
# asterisk glued to a figure and followed by a word is the figure's rating ('a 5* hotel', 'rated it 3* in')
STAR_RATING = r"(?!(?<=\d)(?:\\?\*)+\s[a-z])"
GLUED_CITE = r"(?<=[^\s*\\†‡])" + STAR_RATING + r"(?P<key>{key})(?![*†‡\w\\])"


def glued_cite(key: str, escaped: bool = False) -> re.Pattern[str]:
    """The symbol glued to the word or the stop before it and standing alone ('so.*', not 'so.**' nor '*so')."""
    symbol = key.rstrip("0123456789")  # a second note keyed by the same symbol is numbered ('*2')
    return re.compile(GLUED_CITE.format(key=re.escape(symbol.replace("*", "\\*") if escaped else symbol)))


# the heading over a text's notes, a line of its own (furniture.py, importnotes.py and pdftext.py read it)
CITED_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"  # a cited work's year in an author-date citation or a reference entry ("2009a")
NOTES_HEADING = re.compile(r"^(end\s*notes|notes|footnotes|references|sources|notes and sources)\s*:?$", re.I)
# a document's part named by its label and number alone ('CHAPTER 4', 'Part II', 'ANNEX 3'), its name as a rule on the line under it
PART_LABEL = re.compile(r"^(?:chapter|part|section|volume|book|annex|appendix|schedule|title)\s+[\dIVXLC]+[A-Z]?$", re.I)
NOTE_MARKER = re.compile(r"\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]")
# a clause closed by a semicolon and its note's number at the paragraph's end, a space between them or none ('… Skerry
# (Harbourland); 2'): where the number stands, no heading's or paragraph's end (headings, exportlines) and a note's marker
# (importnotes)
CLAUSE_MARKER_GAP = r"(?<=;)\s?(?=\d{1,3}\s*$)"
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
    "before",  # prepositions a title in the Chicago style leaves in lower case ("Enforcement before Regulation")
    "after",
    "about",
    "per",
    "than",
    "versus",
}
# the words a headline's line never ends on unless the headline goes on into the next line: its small words, a
# question's or a clause's opening ('… He Promised If' / '…', '… Here Is Why' / '…'), a possessive or a verb waiting
# for its object ('… And It’s' / 'On', '… Council Has' / 'Spoken')
HEADLINE_GOES_ON_WORDS = frozenset(
    SMALL_WORDS
    | {"if", "that", "when", "while", "because", "what", "how", "why", "who"}
    | {"its", "their", "his", "her", "it’s", "it's", "is", "are", "has", "have", "will"}
)


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
    data: dict[str, Any] = field(default_factory=dict)


# a teaser that opens on an ellipsis, the tail of a quotation cut at its start ('"... awaiting someone.”'): a fragment
# that says nothing alone, never the report's summary (the summary is then taken from the text)
CUT_TEASER = re.compile(r"^[\"“‘'«]?\s*(?:\.\s?\.\s?\.|…)")
CUT_TEASER_WORDS = 12  # a paragraph opening on an ellipsis past this is a quotation of the text, no teaser


def folded_words(text: str) -> list[str]:
    """A line's words, case folded, its marks and spacing aside: what two lines giving the same words share."""
    return [word.casefold() for word in WORD.findall(text)]


def same_words(one: str, other: str) -> bool:
    """Two lines giving the same words in the same order, whatever their case, marks and spacing ('HARBOUR FUNDING CUTS' /
    'Harbour funding cuts.')."""
    return folded_words(one) == folded_words(other)


def is_cut_teaser(text: str) -> bool:
    return len(text.split()) <= CUT_TEASER_WORDS and CUT_TEASER.match(text.strip()) is not None


TITLE_CASE_SHARE = 0.8  # of a line's words outside SMALL_WORDS, those capitalised (or a number) in a title


def title_case_counts(text: str) -> tuple[int, int]:
    """The text's words outside SMALL_WORDS, and those of them capitalised or opening on a digit."""
    words = [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS]
    return len(words), sum(1 for w in words if w[0].isupper() or w[0].isdigit())


def is_title_case(text: str) -> bool:
    words, capitalised = title_case_counts(text)
    return words > 0 and capitalised / words >= TITLE_CASE_SHARE


def listed_tags(line: str, separators: str = ",") -> list[str]:
    """The tags a line lists ('Harbour, Fishing, '), each stripped, none empty; a scraper's field may part them by more
    marks (separators ',;|')."""
    return [tag.strip() for tag in re.split(f"[{re.escape(separators)}]", line) if tag.strip()]


def _plain(unit: Unit) -> str:
    text = unit.text
    if unit.data.get("markdown"):
        text = re.sub(r"\[\^[^\]]+\]", "", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        return re.sub(r"\\(.)", r"\1", text)
    for key in unit.data.get("symbol cites", []):
        text = glued_cite(key).sub("", text)
    return NOTE_MARKER.sub("", text)


def _shorten(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
