"""What a news page copied whole (select all, copy) has under its story besides the story: a comment widget's comments
('Report CommentTomas (1 day ago)')."""

from __future__ import annotations

import re

from .furniture import COMMENT_BOX_LINE, _finished_paragraph
from .importunits import TERMINAL, Unit

AGO = r"\((?:about\s+)?(?:\d{1,2}|an?|one)\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\)"
# a comment widget's header of each comment, its 'Report Comment' link glued to the poster's handle: 'Report CommentTomas
# (1 day ago)', 'Report AbuseHarbourFan 4 (2 hours ago)'
REPORTED_COMMENT = re.compile(r"^report\s*(?:comment|abuse)\s*(?P<handle>\S.{0,40}?)\s*" + AGO + "$", re.I)
HANDLE_AND_AGE = re.compile(r"^(?P<handle>[^\s.!?:;\"“”(][^.!?:;\"“”()]{0,40}?)\s*" + AGO + "$", re.I)  # 'Tomas (1 day ago)'
# the box's lines over its first comment: 'Reader Comments\t3 Total', 'Show: Newest First', 'Learn About Our Comment Policy'
COMMENT_BOX_TOP = re.compile(r"^(?:(?:readers?[’']?\s+)?comments?\b.{0,30}|show\s*:.{0,30}|.{0,40}\bcomment\s+policy)$", re.I)
COMMENT_BOX_REACH = 6
COMMENTS_MIN = 2


def news_page_tail(units: list[Unit], start: int) -> dict[int, str]:
    """The lines under a copied news story that are the site's, each with what it is; the story's own lines stay."""
    if not any(_finished_paragraph(u.text) for u in units[start:]):
        return {}
    return widget_comments(units, start)


def widget_comments(units: list[Unit], start: int) -> dict[int, str]:
    """Readers' comments under the story, each under a header of the poster's handle and how long ago it was posted, the
    widget's 'Report Comment' link glued before it ('Report CommentTomas (1 day ago)'), two or more; or with no link,
    under the comment box's own lines ('Reader Comments 3 Total', 'Show: Newest First'). From the box down, all is the
    site's. A story's line naming someone with an age in brackets is no such header: it has no 'ago'."""
    reported = [at for at in range(start + 1, len(units)) if len(units[at].text) <= 80 and REPORTED_COMMENT.match(units[at].text.strip())]
    entries = reported or [at for at in range(start + 1, len(units)) if len(units[at].text) <= 80 and HANDLE_AND_AGE.match(units[at].text.strip())]
    if len(entries) < COMMENTS_MIN or not any(_finished_paragraph(u.text) for u in units[start : entries[0]]):
        return {}
    first = entries[0]
    while first - 1 > start and first - 1 >= entries[0] - COMMENT_BOX_REACH and _comment_box_line(units[first - 1].text):
        first -= 1
    if not reported and first == entries[0]:
        return {}  # handles with their ages but no comment box over them: a story's list, not comments
    return {at: "readers' comments after the story" for at in range(first, len(units))}


def _comment_box_line(text: str) -> bool:
    text = text.strip()
    return not text or (len(text) <= 60 and text[-1:] not in TERMINAL and (COMMENT_BOX_TOP.match(text) or COMMENT_BOX_LINE.match(text)) is not None)
