"""A legislature's minutes or order paper: labels in capitals ('TABLINGS:') and numbered tablings lists ('1. The Minister
of Finance:' over the papers tabled). Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

OPENING = (
    "Harbour Council of Provinces\n\nMinutes of Proceedings, Tuesday, 14 June 2011\n\n"
    "The House met at 14:00 and the Chairperson of the Council took the Chair.\n\n"
)
NOTICES = (
    "NOTICES OF MOTION:\n\n"
    "Ms R Okafor gave notice that at the next sitting day of the Council she would move that the Council debates the ferry rotas.\n\n"
)
TABLINGS = (
    "TABLINGS:\n\n"
    "1. The Minister of Finance:\n\n"
    "(a) Report of the Auditor-General on the Financial Statements of the Rural Roads Fund for 2009-10.\n\n"
    "(b) Annual Report of the Harbour Development Bank for 2009-10.\n\n"
    "(Draft Resolution)\n\n"
    "2. The Minister of Home Affairs:\n\n"
    "(a) Report on the review of the Electoral Boundaries Board for 2010.\n\n"
)
REPORTS = (
    "COMMITTEE REPORTS:\n\n"
    "The Select Committee on Finance, having considered the Rural Roads Fund Amendment Bill, reports the Bill without amendment.\n\n"
    "The Council adjourned at 16:12.\n"
)


def bullets(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs if p.kind == "item"]


def test_numbered_tablings_are_list_items_and_a_bracketed_note_stays_text():
    _, report = built(OPENING + NOTICES + TABLINGS + REPORTS)
    found = headings(report)
    assert not any("Minister" in h or "Draft Resolution" in h for h in found)
    assert "(Draft Resolution)" in body_text(report) and "(a) Report on the review of the Electoral Boundaries Board" in body_text(report)
    assert [b for b in bullets(report) if "Minister" in b] == ["The Minister of Finance:", "The Minister of Home Affairs:"]


def test_labels_in_capitals_head_the_minutes_and_none_is_a_dateline():
    _, report = built(OPENING + NOTICES + TABLINGS + REPORTS)
    found = headings(report)
    assert "NOTICES OF MOTION:" in found and "TABLINGS:" in found and "COMMITTEE REPORTS:" in found


def test_near_misses_a_numbered_heading_over_prose_and_a_story_s_one_dateline():
    prose = "The review found that the rotas left two crossings a day without a relief crew, and that the board knew it by May.\n\n"
    _, report = built("Ferry Rota Review\n\n1. Key Findings:\n\n" + prose + "2. Next Steps:\n\n" + prose)
    assert "1. Key Findings:" in headings(report) or "Key Findings:" in " ".join(headings(report))
    story = (
        "Ferry Crews End Strike\n\nPORT VELL:\n\nFerry crews at Port Vell went back to work on Thursday after a nine-day strike over "
        "rotas, the port authority said, adding that services would run as normal by the weekend.\n\n" + prose
    )
    _, report = built(story)
    assert "PORT VELL:" not in headings(report) and body_text(report).startswith("PORT VELL: Ferry crews")
