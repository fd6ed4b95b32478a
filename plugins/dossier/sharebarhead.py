"""A news page copied whole whose first share bar stands over the story's header: the site's menus and its carousel of
other stories' teasers (a section label, a headline, a one-line dek, often each given twice), then the share bar
('Facebook' / 'Twitter' / 'Share' / 'Print'), then the story's kicker, headline, standfirst, byline and date line, a
second share bar and the story. The share bar with a headline, a byline and a date line under it opens the story, never
ends it; everything above it is the site's, when it reads as a carousel (a teaser given twice). Menus over the story's own
headline and standfirst, the bar under them, are no teasers: the header above the bar stays the story's.
"""

from __future__ import annotations

from .bylines import BYLINE, _byline_over_lines, _is_date_line
from .captions import AGENCY_CREDIT, LABELLED_PHOTO_LINE, PAREN_CREDIT, is_photo_caption
from .furniture import _finished_paragraph, furniture_kind
from .importunits import TERMINAL, WORD, Unit

SHARE_BAR_MIN = 3  # buttons in a row: fewer may be a byline's 'Email' or 'Print' link
HEAD_REACH = 12  # lines between the share bar and the date line: kicker, headline, caption, credit, standfirst, byline
TEASER_LINES_MIN = 8  # lines of the site's above the bar: never only the story's own headline and standfirst
TEASER_LINE_MAX = 300  # characters: a teaser's dek is one sentence; a longer line over the bar is the story's text
HEADLINE_MAX = 160
HEADLINE_WORDS_MIN = 3
STORY_PARAGRAPHS_MIN = 3  # the story's finished paragraphs under the header


def _share_bar_at(units: list[Unit], at: int) -> bool:
    return at + SHARE_BAR_MIN <= len(units) and all(furniture_kind(u.text) == "share bar" for u in units[at : at + SHARE_BAR_MIN])


def _byline_at(units: list[Unit], at: int) -> bool:
    text = units[at].text.strip()
    return (BYLINE.match(text) is not None and len(text) <= HEADLINE_MAX) or _byline_over_lines(units, at) is not None


def _headline(text: str) -> bool:
    """A headline's shape, never a photo's credit or caption ('Photo: Jo Roe/Harbour Wire', 'Jo Roe at the quay, May 3')."""
    text = text.strip()
    return (
        len(text) <= HEADLINE_MAX
        and text[-1:] not in TERMINAL
        and len(WORD.findall(text)) >= HEADLINE_WORDS_MIN
        and not furniture_kind(text)
        and not (LABELLED_PHOTO_LINE.match(text) or AGENCY_CREDIT.match(text) or PAREN_CREDIT.match(text) or is_photo_caption(text))
    )


def _teasers_given_twice(above: list[Unit]) -> bool:
    """A carousel of other stories' teasers: a site sets each teaser twice (its slides and their copies for the loop)."""
    seen: set[str] = set()
    for unit in above:
        text = unit.text.strip()
        if len(WORD.findall(text)) >= HEADLINE_WORDS_MIN and text in seen:
            return True
        seen.add(text)
    return False


def _header_under(units: list[Unit], start: int) -> bool:
    """A headline, then a byline and a date line, within HEAD_REACH lines under `start` (the share bar's lines skipped)."""
    head = range(start, min(len(units), start + HEAD_REACH))
    byline = next((at for at in head if _byline_at(units, at)), None)
    if byline is None or not any(_headline(units[at].text) for at in range(start, byline)):
        return False
    return any(_is_date_line(units[at]) for at in head if at > byline) or any(_is_date_line(units[at]) for at in range(start, byline))


def story_header_under_share_bar(units: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """The units from the story's header down, where the page's first share bar has the story's header under it and the
    site's teasers over it (no byline or date line of their own, no long paragraph); else the units as they were."""
    bar = next((at for at, u in enumerate(units) if len(u.text) > TEASER_LINE_MAX or _share_bar_at(units, at)), None)
    if bar is None or len(units[bar].text) > TEASER_LINE_MAX:
        return units
    above = [u for u in units[:bar] if not furniture_kind(u.text)]
    if (
        len(above) < TEASER_LINES_MIN
        or not _teasers_given_twice(above)
        or any(_byline_at(units, at) or _is_date_line(u) for at, u in enumerate(units[:bar]))
    ):
        return units
    end = bar
    while end < len(units) and furniture_kind(units[end].text) == "share bar":
        end += 1
    if not _header_under(units, end) or sum(1 for u in units[end:] if _finished_paragraph(u.text)) < STORY_PARAGRAPHS_MIN:
        return units
    dropped.setdefault("the site's teasers and share bar over the story's header", []).extend(u.text for u in units[:end])
    inferred.append(f"line {units[end].line}: the story's header is under the page's first share bar; the {end} lines above it are the site's")
    return units[end:]
