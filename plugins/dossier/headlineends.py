"""A headline's last word an abbreviation: its stop is the abbreviation's, and the line a headline's, no sentence."""

from __future__ import annotations

import re

from .importunits import is_title_case

# a headline's closing abbreviation, whose stop ends no sentence: 'U.S.', 'U.K.', 'D.C.', 'Inc.', 'Co.', 'Ltd.', 'Jr.'
CLOSING_ABBREVIATION = re.compile(r"\s(?:(?:[A-Z]\.){2,}|(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros)\.)$")
SENTENCE_STOP_INSIDE = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[A-Z]")


def without_closing_abbreviation_stop(text: str, at_top: bool) -> str:
    """A header line ending in an abbreviation, its stop off where the line is a headline's: in title case, or the page's
    first line ('Harbor Deal Stirs Questions About Its Ties With U.S.'); a sentence under a headline keeps its stop."""
    if not text.endswith(".") or len(text) > 160:
        return text
    closing = CLOSING_ABBREVIATION.search(text)
    if closing is None or SENTENCE_STOP_INSIDE.search(text, 0, closing.start() + 1):
        return text
    bare = text[:-1]
    return bare if at_top or is_title_case(bare) else text
