"""A council's or a ministry's media release: a subhead for each division or region with the grant's line under it, a
grant line the councillor's paragraph restates, a closing author card. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import body_text, built

HEAD = "Grants for the Marrow Valley\n\n4 May 2025\n\nA $3 million package will start six projects across the Marrow Valley, the shire said.\n\n"


def test_a_sum_under_each_division_subhead_is_the_sections_first_line_and_the_subheads_stay_sections():
    text = HEAD + (
        "WARD 1 FENN AND ODDBY\n\n£400,000 toward the Stage 3 Fenn Road Footbridge Renewal Project, Fenn\n\n"
        "The footbridge will be replaced before the winter.\n\n"
        "WARD 2 HOLLIS\n\n$450,000 to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis\n\n"
        "The club has waited ten years for the rooms.\n\n"
        "WARD 3 STAVE\n\n$1.2m to resurface the Stave Wharf car park\n\nWork starts in June.\n"
    )
    _, report = built(text)
    assert [s.title for s in report.chapters] == ["WARD 1 FENN AND ODDBY", "WARD 2 HOLLIS", "WARD 3 STAVE"]
    assert all(not s.subheadings for s in report.sections)
    assert "£400,000 toward the Stage 3 Fenn Road" in body_text(report)


def test_a_subhead_under_a_subhead_that_opens_on_no_sum_stays_its_sub_section():
    """Near miss: the line under the subhead names the project without a sum: a sub-section, as before."""
    text = HEAD + (
        "WARD 1 FENN AND ODDBY\n\nThe Fenn Road Footbridge\n\nThe footbridge will be replaced before the winter.\n\n"
        "The Oddby Hall\n\nThe hall will be rebuilt on its old footprint.\n"
    )
    _, report = built(text)
    assert [h.title for s in report.sections for h in s.subheadings] == ["The Fenn Road Footbridge", "The Oddby Hall"]


RESTATED = (
    "Ward councillor Petra Lind said $450,000 was a welcome boost to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis.\n\n"
)


def test_a_grant_line_under_its_subhead_that_the_councillors_paragraph_restates_is_kept():
    text = HEAD + (
        "WARD 2 HOLLIS\n\n$450,000 to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis\n\n"
        "The club asked the shire for help with the rooms two winters ago, after the old block flooded.\n\n"
        + RESTATED
        + "WARD 3 STAVE\n\nThe wharf car park will be resurfaced.\n"
    )
    result, report = built(text)
    assert "$450,000 to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis" in body_text(report).split("\n")
    assert not result.dropped.get("pull quote")


def test_the_same_line_set_between_two_paragraphs_of_prose_is_still_a_pull_quote():
    """Near miss: between paragraphs of the story, a line the next paragraph says again is set apart as a pull quote."""
    text = HEAD + (
        "WARD 2 HOLLIS\n\nThe club asked the shire for help with the rooms two winters ago, after the old block flooded.\n\n"
        "$450,000 to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis\n\n" + RESTATED
    )
    result, report = built(text)
    assert "$450,000 to support construction of Stage 3 of the Hollis Rec Changing Rooms, Hollis" not in body_text(report).split("\n")
    assert result.dropped.get("pull quote")
