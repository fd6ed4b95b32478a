"""The day a wire or news-service story's dateline states in full ("WASHINGTON, Oct. 7, 2001 -- America is striking
back."): the day of the event the story reports. A quotation the story gives no other day, whose speaker it shows
speaking at that event (an address, a speech, a press conference), was said that day; an interview, a post or a
statement the story does not place in time is left undated (a feature's "HAIYANG, Aug. 14 (Xinhua) --" gives its
interview no day)."""

from __future__ import annotations

import datetime as dt

from ..datelines import dateline_end
from ..dates import last_said_date
from ..model import Report

STORY_OPENING_PARAGRAPHS = 3  # the dateline opens the story: among its first paragraphs (under a headline or a byline line)
# the occasions a story reports as they happen, on its day: words said to an audience at an appointed time
EVENT_OCCASIONS = frozenset(("speech", "press conference"))


def dateline_day(report: Report) -> dt.date | None:
    """The date of the dateline opening one of the report's first paragraphs (a day without its year in the report's
    year, never after the report's date), or None."""
    read = 0
    for section in report.sections:
        for paragraph in section.paragraphs:
            end = dateline_end(paragraph.text)
            if end:
                return last_said_date(paragraph.text[:end], report.date.year if report.date else None, report.date)
            read += 1
            if read >= STORY_OPENING_PARAGRAPHS:
                return None
    return None
