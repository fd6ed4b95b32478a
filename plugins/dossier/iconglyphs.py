"""An icon font's glyphs in a copied or printed page's text: Font Awesome's bird before 'Share on Twitter', a
dashicon before 'Search'. They sit in Unicode's private use area (U+E000–U+F8FF), which holds no letters any text
shares, and show as an empty box or nothing: no part of the words."""

from __future__ import annotations

import re

ICON_GLYPHS = re.compile(r"[\ue000-\uf8ff]+[ \t\u00a0]?")


def without_icon_glyphs(text: str, inferred: list[str]) -> str:
    """The text without its icon fonts' glyphs (and the space after each), so that '\uf099 Share on Twitter' is the share
    button it is."""
    text, found = ICON_GLYPHS.subn("", text)
    if found:
        inferred.append(f"icon fonts' glyphs (private use characters) dropped ×{found}")
    return text
