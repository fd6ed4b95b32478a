"""A scraped news page's date line with its hour and the zone as an offset from GMT ('March 9, 2026 10:15 AM GMT+02:00',
'Feb 27, 2026 - 10:42 am (GMT+03:00)', '27 Feb 2026 10:42 GMT+3'): the report's date, never a date in the lead photo's
caption above it. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.bylines import _is_date_line
from dossier.importunits import Unit
from imported import built

HEADLINE = "Harbour council votes to reopen the east ferry pier\n\n"
CAPTION = "Mayor Ivo Renk speaks at the harbour forum in Velden on March 3, 2026. (NPA Photo)\n\n"
STORY = (
    "The council voted on Monday to reopen the east pier after a year of repairs, the mayor said at the forum in Velden.\n\n"
    "“The pier is safe again and the ferries can come back,” Renk told reporters after the vote, which passed nine to two.\n"
)


@pytest.mark.parametrize(
    "line", ["March 9, 2026 10:15 AM GMT+02:00", "Mar 9, 2026 - 10:15 am (GMT+02:00)", "9 Mar 2026 10:15 GMT+2", "9 March 2026 10:15 UTC+01:00"]
)
def test_a_date_line_with_its_hour_and_zone_offset_dates_the_report_over_the_caption_s_day(line):
    _, report = built(HEADLINE + CAPTION + "By\n\nNewsroom\n\n" + line + "\n\n" + STORY)
    assert str(report.date) == "2026-03-09"
    assert [a.name for a in report.authors] == ["Newsroom"]


@pytest.mark.parametrize("line", ["March 9, 2026 10:15 AM GMT+02:00", "27 Feb 2026 10:42 GMT+3", "Feb 27, 2026 - 10:42 am (GMT+03:00)"])
def test_zoned_date_lines_are_date_lines(line):
    assert _is_date_line(Unit(1, line))


@pytest.mark.parametrize("line", ["March 9, 2026 10:15 GMT+2 talks resume", "March 9, 2026 the talks resumed at GMT+2 hours"])
def test_a_date_and_zone_with_words_after_them_are_no_date_line(line):
    assert not _is_date_line(Unit(1, line))
