"""Notes keyed by a symbol, as a piece with one note or two marks them: the text cites an asterisk or a dagger glued to a
word or its stop ('… said so.*', 'Claire†'), and a paragraph under it opens with the same symbol and gives the note
('* Figures from the 2019 survey.'). Such a paragraph is a note keyed by its symbol ('[^*]'), never a list item or a
stray paragraph; a symbol the text above does not cite leaves the line as it is (a bulleted list, an author's note
under a byline marked so, read in classify)."""

from __future__ import annotations

import re

from .importunits import GLUED_CITE, SYMBOL_KEY, Unit, glued_cite

# the note: its symbol, then its words (with no asterisk in them: '**Author:** …' is a bold label, '*Title*' italics)
SYMBOL_NOTE = re.compile(rf"^\s*(?P<key>{SYMBOL_KEY})\s*(?P<text>[^\s*†‡][^*]*)$")
# the same in a saved page's Markdown, its asterisks escaped ('\* Figures …')
ESCAPED_SYMBOL_NOTE = re.compile(r"^\s*(?P<key>(?:\\\*){1,3}|†{1,2}|‡{1,2})\s*(?P<text>[^\s\\*†‡][^*]*)$")


_ANY_KEY = {False: SYMBOL_KEY, True: r"(?:\\\*){1,3}|†{1,2}|‡{1,2}"}
# a bulleted list's item: two or more such lines in a row are a list, never notes
BULLET = re.compile(r"^\s*(?:\\?\*|-|•)\s")


def _cited_keys(text: str, escaped: bool) -> set[str]:
    """The symbols a paragraph cites, none of its asterisks its emphasis (an asterisk glued to a word in a text that also
    writes emphasis with them is that emphasis)."""
    found = [m.group("key").replace("\\*", "*") for m in re.finditer(GLUED_CITE.format(key=_ANY_KEY[escaped]), text)]
    stars = sum(len(key) for key in found if key.startswith("*"))
    emphasis = stars != text.replace("\\*", "*").count("*")
    return {key for key in found if not (emphasis and key.startswith("*"))}


class SymbolCites:
    """The symbols the paragraphs read so far cite and whose note is not yet found, the body walked once. A cite gives one
    note, the nearest paragraph under it that opens on its symbol in the same section; a note closing the text may
    answer a cite of any section."""

    def __init__(self, escaped: bool = False) -> None:
        self.escaped = escaped
        self.read = 0  # how many units of the body were looked at
        self.section: dict[str, list[Unit]] = {}
        self.earlier: dict[str, list[Unit]] = {}
        self.notes: dict[str, int] = {}  # how many notes each symbol keyed so far

    def _read(self, body: list[Unit]) -> None:
        for unit in body[self.read :]:
            if unit.kind == "heading":
                for key, units in self.section.items():
                    self.earlier.setdefault(key, []).extend(units)
                self.section = {}
            elif unit.kind != "note":
                for key in _cited_keys(unit.text, self.escaped):
                    self.section.setdefault(key, []).append(unit)
        self.read = len(body)

    def take_note(self, text: str, body: list[Unit], closes_text: bool) -> tuple[str, str] | None:
        """The key and the words of a note keyed by a symbol that a paragraph of the body cites, else None; the cites it
        answers are marked on their units and used up."""
        note = (ESCAPED_SYMBOL_NOTE if self.escaped else SYMBOL_NOTE).match(text)
        if note is None:
            return None
        self._read(body)
        symbol = note.group("key").replace("\\*", "*")
        citing = self.section.pop(symbol, [])
        if closes_text:
            citing += self.earlier.pop(symbol, [])
        if not citing:
            return None
        self.notes[symbol] = self.notes.get(symbol, 0) + 1  # each part may key its own note by the same symbol
        key = symbol if self.notes[symbol] == 1 else f"{symbol}{self.notes[symbol]}"
        for unit in citing:
            if key not in unit.data.setdefault("symbol cites", []):
                unit.data["symbol cites"].append(key)
        return key, note.group("text").strip()


def in_bulleted_list(texts: list[str], at: int) -> bool:
    """Whether the line at `at` and the one above or under it open on a bullet: a list, never symbol notes."""
    return BULLET.match(texts[at]) is not None and any(
        0 <= other < len(texts) and BULLET.match(texts[other]) is not None for other in (at - 1, at + 1)
    )


def closing_notes_from(texts: list[str], escaped: bool = False) -> int:
    """Where the run of lines opening on a symbol that closes the text begins (its length when there is none)."""
    pattern = ESCAPED_SYMBOL_NOTE if escaped else SYMBOL_NOTE
    at = len(texts)
    while at > 0 and pattern.match(texts[at - 1]):
        at -= 1
    return at


def symbol_notes_of_page(body: list[Unit], notes: list[Unit], inferred: list[str]) -> None:
    """A saved page's notes keyed by a symbol: each paragraph so opened and cited above becomes a note, its cites links."""
    keep: list[Unit] = []
    cites = SymbolCites(escaped=True)
    texts = [unit.text for unit in body]
    closing = closing_notes_from(texts, escaped=True)
    for at, unit in enumerate(body):
        candidate = unit.kind == "paragraph" and unit.data.get("markdown") and not in_bulleted_list(texts, at)
        found = cites.take_note(unit.text, keep, closes_text=at >= closing) if candidate else None
        if found is None:
            keep.append(unit)
            continue
        key, text = found
        for citing in keep:
            if key in citing.data.get("symbol cites", []) and key not in citing.data.get("note_keys", []):
                citing.text = glued_cite(key, escaped=True).sub(f"[^{key}]", citing.text)
                citing.data["note_keys"] = [*citing.data.get("note_keys", []), key]
        unit.kind, unit.text, unit.data = "note", text, {"key": key, "markdown": True, "note_keys": []}
        notes.append(unit)
        inferred.append(f"line {unit.line}: the paragraph opening on {key!r}, which the text cites, read as note {key}")
    body[:] = keep


def convert_symbol_cites(escaped_text: str, keys: list[str]) -> str:
    """A plain unit's cites of its symbol notes, once escaped for Markdown, as the notes' references."""
    for key in keys:
        escaped_text = glued_cite(key, escaped=True).sub(f"[^{key}]", escaped_text)
    return escaped_text
