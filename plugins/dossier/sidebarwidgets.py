"""A blog theme's sidebar widgets, as a copy of its page gives them: each a heading over its list ('Recent Posts' over
post titles, 'Recent Comments' over 'Jane Roe' / 'on' / a post's title, 'Archives' over months, 'Categories'), a
drop-down's prompt with it ('Archives Select Month')."""

from __future__ import annotations

import re

SIDEBAR_WIDGET = re.compile(
    r"^(?:archives|categories|recent\s+(?:posts|comments)|blogroll)(?:\s+select\s+(?:month|category))?$|^select\s+(?:month|category)$", re.I
)
DROP_DOWN = re.compile(r"select\s+(?:month|category)$")


def sidebar_widget_heading(text: str) -> bool:
    """'Recent Posts', 'Archives', 'Categories Select Category': a sidebar widget's heading, never a person's name."""
    return SIDEBAR_WIDGET.match(text.strip()) is not None
