"""A weekday a clause looks ahead to stays a day to come with a channel's name before it ("which will be shown on HTV
Monday"), never the day the words were said; a weekday the cue names is still theirs. Passages written for these tests
(the report is dated Friday 16 December 2016)."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def dated(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Harbour chief quits"\ndate = 2016-12-16\n+++\n\nLea Marsk is leaving the board.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


def test_a_weekday_the_broadcast_is_set_for_after_a_channel_is_no_day_of_saying():
    body = "“We are ready,” she said in a Friday radio spot for the debate, which will be shown on HTV Monday."
    assert dated(body) == [("2016-12-16", "text")]


def test_a_weekday_the_broadcast_is_set_for_after_lower_case_words_as_before():
    body = "“We are ready,” she said in a clip previewing the interview, which is set to air on the channel Monday."
    assert dated(body)[0][0] == "2016-12-16"


def test_a_weekday_the_cue_names_after_a_channel_still_dates_the_words():
    body = "“We are ready,” she said on HTV Monday."
    assert dated(body) == [("2016-12-12", "text")]
