"""A news story's dateline day ("PORTVALE, May 7, 2004 --") dates the quotations of a speaker the story shows speaking at
that day's event (an address, a speech, a press conference) where the text gives them no other day; an interview or a
statement the story does not place in time is left to the report's date, as before."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def dated(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Harbour patrols begin"\ndate = 2004-05-09\n+++\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


STORY = (
    "{dateline} The patrols have begun.\n\n"
    "Governor Ada Ashby announced the coast guard has started patrols along the northern harbour.\n\n"
    "“These patrols are designed to keep the shipping lanes open,” Ashby said {occasion}.\n\n"
    "“We are supported by every port on the coast,” the governor said."
)


def test_a_dateline_day_dates_an_address_reported_as_it_happened() -> None:
    body = STORY.format(dateline="PORTVALE, May 7, 2004 --", occasion="in an address from the capitol")
    assert dated(body) == [("2004-05-07", "text"), ("2004-05-07", "text")]
    body = STORY.format(dateline="PORTVALE, May 7 (Coastal News) -", occasion="in an address from the capitol")
    assert dated(body) == [("2004-05-07", "text"), ("2004-05-07", "text")]


def test_near_misses_an_interview_or_no_dateline_keep_the_report_date() -> None:
    body = STORY.format(dateline="PORTVALE, May 7, 2004 --", occasion="in an interview")
    assert dated(body) == [("2004-05-09", "report"), ("2004-05-09", "report")]
    body = STORY.format(dateline="PORTVALE --", occasion="in an address from the capitol")
    assert dated(body) == [("2004-05-09", "report"), ("2004-05-09", "report")]


def test_near_miss_a_day_the_text_gives_wins_over_the_dateline() -> None:
    body = STORY.format(dateline="PORTVALE, May 7, 2004 --", occasion="in an address on May 5")
    assert dated(body)[0] == ("2004-05-05", "text")
