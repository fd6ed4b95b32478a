"""A video's teaser set between a story's paragraphs, copied as text: its title on a line, its running time on the next
('Inside the dam deal: What it means for farmers' / '23:27'). The site's, no part of the story."""

from __future__ import annotations

import re

from .bylines import story_sentence
from .importunits import TERMINAL, Unit

RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
TEASER_TITLE_WORDS = (3, 20)
TEASER_TITLE_MAX = 140


def video_teasers(units: list[Unit], start: int) -> dict[int, str]:
    """The title and running time of a video's teaser: a time alone on its line ('04:12', '1:02:45') under a title (a
    few words, no stop) that stands under a finished paragraph. Only where the text has one such time line: a live
    page's entries each stand under their own time ('04:12' / 'The first warning reached …'), a transcript's turns too."""
    times = [at for at in range(start, len(units)) if len(units[at].text) <= 10 and RUNNING_TIME.match(units[at].text.strip())]
    if len(times) != 1 or times[0] - 2 < start:
        return {}
    at = times[0]
    title = units[at - 1].text.strip()
    words = len(title.split())
    if not (TEASER_TITLE_WORDS[0] <= words <= TEASER_TITLE_WORDS[1]) or len(title) > TEASER_TITLE_MAX or title[-1:] in TERMINAL:
        return {}
    if not title[:1].isupper() or not story_sentence(units[at - 2].text):
        return {}
    return {at - 1: "video teaser", at: "video teaser"}
