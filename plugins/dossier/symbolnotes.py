"""Notes keyed by a symbol, as a piece with one note or two marks them: the text cites an asterisk or a dagger glued to a
word or its stop ('… said so.*', 'Claire†'), and a paragraph under it opens with the same symbol and gives the note
('* Figures from the 2019 survey.'). Such a paragraph is a note keyed by its symbol ('[^*]'), never a list item or a
stray paragraph; a symbol the text above does not cite leaves the line as it is (a bulleted list, an author's note
under a byline marked so, read in classify)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importunits strips the cites from a unit's plain text with glued_cite
    from .importunits import Unit

SYMBOL_KEY = r"\*{1,3}|†{1,2}|‡{1,2}"
# the note: its symbol, then its words (with no asterisk in them: '**Author:** …' is a bold label, '*Title*' italics)
SYMBOL_NOTE = re.compile(rf"^\s*(?P<key>{SYMBOL_KEY})\s*(?P<text>[^\s*†‡][^*]*)$")
# the same in a saved page's Markdown, its asterisks escaped ('\* Figures …')
ESCAPED_SYMBOL_NOTE = re.compile(r"^\s*(?P<key>(?:\\\*){1,3}|†{1,2}|‡{1,2})\s*(?P<text>[^\s\\*†‡][^*]*)$")


def glued_cite(key: str, escaped: bool = False) -> re.Pattern[str]:
    """The symbol glued to the word or the stop before it and standing alone ('so.*', not 'so.**' nor '*so')."""
    written = re.escape(key.replace("*", "\\*") if escaped else key)
    return re.compile(rf"(?<=[^\s*\\†‡]){written}(?![*†‡\w\\])")


def _cites(text: str, key: str, escaped: bool) -> bool:
    """Whether a paragraph cites the key, its other asterisks none (an asterisk glued to a word in a text that also
    writes emphasis with them is that emphasis)."""
    found = glued_cite(key, escaped).findall(text)
    if not found:
        return False
    return not key.startswith("*") or text.replace("\\*", "*").count("*") == len(key) * len(found)


def symbol_note(text: str, above: list[Unit], escaped: bool = False) -> tuple[str, str] | None:
    """The key and the words of a note keyed by a symbol, where a paragraph above cites it, else None."""
    note = (ESCAPED_SYMBOL_NOTE if escaped else SYMBOL_NOTE).match(text)
    if note is None:
        return None
    key = note.group("key").replace("\\*", "*")
    citing = [unit for unit in above if unit.kind != "note" and _cites(unit.text, key, escaped)]
    if not citing:
        return None
    for unit in citing:
        unit.data.setdefault("symbol cites", []).append(key)
    return key, note.group("text").strip()


def symbol_notes_of_page(body: list[Unit], notes: list[Unit], inferred: list[str]) -> None:
    """A saved page's notes keyed by a symbol: each paragraph so opened and cited above becomes a note, its cites links."""
    keep: list[Unit] = []
    for unit in body:
        found = symbol_note(unit.text, keep, escaped=True) if unit.kind == "paragraph" and unit.data.get("markdown") else None
        if found is None:
            keep.append(unit)
            continue
        key, text = found
        for citing in keep:
            if key in citing.data.get("symbol cites", []):
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
