"""A bulletin's item closing on 'please visit:' (or 'can be read at:') over a bare web address, the next item's heading in
capitals under it: the address is a line of the item, the heading the next section's, never a list's second item nor a
photo's credit with the address for its caption. A lead-in over a list of short lines stays a list."""

from __future__ import annotations

from imported import body_text, built, headings

TOP = ["The Weight Of Words", "2019-03-08", "By Lena Duro"]
ITEM = [
    "HOUSING BILL STALLS",
    "The select committee heard submissions on the housing bill this week. The forum asked for a clear definition of fair rent.",
]
NEXT = ["SCHOOLS IN THE SPOTLIGHT", "Schools were in the spotlight this week when the minister announced three new schools in Port Ellis."]


def test_the_heading_under_an_address_after_please_visit_is_a_section() -> None:
    lead = ["To read the forum's submission on the bill, please visit:", "http://www.velden-forum.example/submissions/housing_bill.pdf"]
    result, report = built("\n\n".join([*TOP, *ITEM, *lead, *NEXT]) + "\n")
    assert headings(report) == ["HOUSING BILL STALLS", "SCHOOLS IN THE SPOTLIGHT"]
    assert "- http" not in result.markdown and "http://www.velden-forum.example/submissions/housing_bill.pdf" in body_text(report)


def test_the_heading_under_an_address_is_no_photo_credit() -> None:
    lead = ["The report can be read at:", "http://www.stats.example/marriages2018.pdf"]
    last = ["THOUGHT FOR THE WEEK", "The statistics office said the figures would be revised in the spring, as every year."]
    result, report = built("\n\n".join([*TOP, *ITEM, *lead, *last, *NEXT]) + "\n")
    assert "THOUGHT FOR THE WEEK" in headings(report) and ":credit:" not in result.markdown


def test_a_lead_in_over_short_lines_stays_a_list() -> None:
    # near miss: the lines under the colon are items, no address among them
    lead = ["The forum asked the committee for three changes:", "A clear definition of fair rent", "A cap on yearly rises", "A tenants' ombudsman"]
    result, _ = built("\n\n".join([*TOP, *ITEM, *lead, *NEXT]) + "\n")
    assert "- A cap on yearly rises" in result.markdown
