"""A news page copied whole (select all, copy) whose site has a short menu: a bar of links on a line or two ('E-EDITION
SUBSCRIBE | CONTACT US | SIGN IN', 'News | Sports | Opinion'), then a few section and columnist links one a line, over
the story's headline, its byline and its publication date."""

from __future__ import annotations

import re

from .bylines import byline_shaped, is_byline_line
from .furniture import MENU_MIN_ITEMS, _date_line_below, _ends_sentence, _headline_shape, furniture_kind
from .importunits import Unit

SHORT_MENU_REACH = 30  # lines from the top where the byline under a headline is looked for
MENU_ITEM_MAX = 100  # a menu's line is short
LINK_BAR_MAX = 400  # a bar of a site's sections, a dozen or two between pipes
LINK_BAR = re.compile(r"\S\s+\|\s+\S.*\S\s+\|\s+\S|\S\t+\S")  # 'News | Sports | Opinion' (three items), 'E-EDITION\tSUBSCRIBE'


def menu_over_bylined_headline(units: list[Unit]) -> set[int]:
    """The lines over the headline, when the headline stands right over a 'By …' byline with the date line under it
    ('Published: 11/18/2011 2:27 AM'), and all the lines over it are short links, none a sentence, five or more, one at
    least a bar of links (items between pipes, or set apart by a tab: a browser copies a table's cells that way) or the
    site's furniture. A report's own opening (its kicker, a contents list) has no bar of links."""
    for at in range(MENU_MIN_ITEMS + 1, min(len(units) - 1, SHORT_MENU_REACH)):
        text = units[at].text.strip()
        if not byline_shaped(text):
            continue
        if not _date_line_below(units, at + 1) or not is_byline_line(text):
            return set()
        headline = at - 1
        menu = units[:headline]
        if not _headline_shape(units[headline].text) or len(menu) < MENU_MIN_ITEMS:
            return set()
        bars = [LINK_BAR.search(u.text) is not None and len(u.text) <= LINK_BAR_MAX for u in menu]
        if any(not bar and (len(u.text) >= MENU_ITEM_MAX or _ends_sentence(u.text)) for u, bar in zip(menu, bars, strict=True)):
            return set()
        if not any(bars) and not any(furniture_kind(u.text) for u in menu):
            return set()
        return set(range(headline))
    return set()
