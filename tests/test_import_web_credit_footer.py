"""A government news service's page copied whole with select-all: under the story, a rail of the site's other
headlines, its contact box (address, telephone), its language picker, the copyright line, 'Privacy Policy.' and the
web agency's credit closing the page. All of it is the site's footer: no 'Contact' section, no list. Passages of our own,
with near misses."""

from __future__ import annotations

from imported import built, headings

STORY = (
    "Harbour fair opens to investors on Monday\n\nApril 20, 2023\n\n"
    "The Vells Harbour Fair will open on Monday with more than forty exhibitors, the trade ministry said in a statement.\n\n"
    "“We expect buyers from six countries this year,” the fair's director, Lena Ortiz, told the news service.\n\n"
    "Registration for the fair is open and can be completed at www.harbourfair.example.\n\n"
)
FOOTER = (
    "Advertisements\n\nVells News Service\n\nNews\n\nCoastal Road Repairs Begin In May\n\nNew Ferry Timetable For Summer\n\n"
    "Schools Reopen After Storm Damage\n\nContact\n\nOffice:\n\n12 Quay Street, Vells 4\n\nTel:\n\n1 (555) 210-4400\n\n"
    "Email:\nSend us your query\n\nChange Language\n\nEnglish\n\nFrench\nGerman\nSpanish\n\n"
    "Copyright 2021 The Vells News Service. All Rights Reserved. Read our\nPrivacy Policy\n.\n\n"
)


def test_the_credit_and_the_furniture_over_it_are_the_sites():
    result, _report = built(STORY + FOOTER + "Designed & Developed by\n")
    markdown = result.markdown
    assert "Designed" not in markdown and "Copyright 2021" not in markdown
    assert "Registration for the fair is open and can be completed at www.harbourfair.example." in markdown


def test_a_named_agencys_credit_too():
    result, _report = built(STORY + FOOTER + "Website by Quayside Digital\n")
    assert "Quayside" not in result.markdown and "Copyright 2021" not in result.markdown


def test_a_credit_line_with_no_copyright_line_over_it_leaves_the_text_alone():
    closing = "Acknowledgements\n\nThe fair's catalogue was written by the exhibitors.\n\nPowered by volunteers\n"
    result, _report = built(STORY + closing)
    assert "The fair's catalogue was written by the exhibitors." in result.markdown


def test_a_reports_own_closing_sections_and_lists_over_a_credit_stay_its_own():
    closing = (
        "What we built\n\nMended the west slipway\nOpened the ferry museum\nPlanted the dune hedge\n\n"
        "Credits\n\nPhotography: Ivo Marsh\nEditing: Lena Ortiz\n\n© 2026 Vells Harbour Fair\nDesigned by Orm Studio\n"
    )
    result, report = built(STORY + closing)
    assert "Credits" in headings(report) and "What we built" in result.markdown
    assert "Opened the ferry museum" in result.markdown and "Ivo Marsh" in result.markdown
    assert "Orm Studio" not in result.markdown


def test_a_rights_notice_under_the_credit_leaves_it_the_footers_never_a_heading():
    closing = "What we built\n\nMended the west slipway\nOpened the ferry museum\n\n© 2026 Vells Harbour Fair\nDesigned by Orm Studio\nAll rights reserved\n"
    result, report = built(STORY + closing)
    assert "Orm Studio" not in result.markdown and "All rights reserved" not in result.markdown
    assert "Designed by Orm Studio" not in headings(report) and "Opened the ferry museum" in result.markdown


def test_a_sentence_under_the_credit_leaves_the_text_alone():
    closing = "© 2026 Vells Harbour Fair\nDesigned by Orm Studio\n\nThe fair thanks every exhibitor for coming back after the storm year.\n"
    result, _report = built(STORY + closing)
    assert "The fair thanks every exhibitor" in result.markdown and "Orm Studio" in result.markdown
