"""An icon font's glyph before a page's button in a copied or printed page's text: Font Awesome's bird before 'Share on
Twitter', an envelope before 'Email'. Such glyphs sit in Unicode's private use area (U+E000–U+F8FF) and show as an
empty box or nothing; a glyph there opening a line of text is a symbol font's bullet, the list's sign, and stays."""

from __future__ import annotations

import re

from .furniture import furniture_kind

ICON_BEFORE_LINE = re.compile(r"^[ \t\u00a0]*[\ue000-\uf8ff]+[ \t\u00a0]*(?P<rest>\S[^\n]*)$", re.M)


def without_icon_glyphs(text: str, inferred: list[str]) -> str:
    """The text without the icon glyphs opening its lines of page furniture ('\uf099 Share on Twitter' is the share button
    it is); a glyph opening a sentence (a symbol font's bullet) is left to the list rules."""
    if ICON_BEFORE_LINE.search(text) is None:
        return text
    found = 0

    def plain(match: re.Match[str]) -> str:
        nonlocal found
        if not furniture_kind(match.group("rest").strip()):
            return match.group(0)
        found += 1
        return match.group("rest")

    text = ICON_BEFORE_LINE.sub(plain, text)
    if found:
        inferred.append(f"icon fonts' glyphs before {found} lines of page furniture dropped")
    return text
