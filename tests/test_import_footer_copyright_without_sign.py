"""A news page copied whole whose footer's copyright line lost its sign (the site draws '©' as an icon, which a
select-all copy leaves out): '2025 Harbour Daily. All Rights Reserved.' is the copyright line, so the site's lists and
footer menus over it after the story are the site's, never sections. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

HEAD = "Ferry crews walk out as talks over night shifts stall\nBy Tanvi Okafor\n12 March 2025\n"
STORY = (
    "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay.\n"
    "Union organiser Mira Ostrand said the crews had given the operator every chance to make a fair offer.\n"
    "“We will sail again the day the rota is fixed, and not before,” she said.\n"
    "The operator said it hoped to return to the table by the weekend, and that it would keep one boat running.\n"
)
TAIL = (
    "READ NEXT:\nHarbour board names new chair after a year of disputes\nEDITOR'S CHOICE\nCoast\n"
    "Lighthouse keepers vote to strike over pensions\nSport\nVell Rovers sign keeper from the north\n"
    "Download our app\nGet the latest news and updates on WhatsApp\nAbout us\nContact us\nOur team\nNewsletters\n"
    "Jobs at the Vell Courier\nAdvertising rate card\nFAQs\nPrivacy policy\nTerms and conditions\nNEWS\nBUSINESS\nSPORT\n"
)


def test_a_footer_closing_on_a_signless_copyright_line_is_the_site_s():
    result, report = built(HEAD + STORY + TAIL + "2025 The Vell Courier. All Rights Reserved.\n")
    assert headings(report) == []
    assert "Jobs at the Vell Courier" not in body_text(report) and "EDITOR'S CHOICE" not in result.markdown
    assert "The operator said it hoped" in body_text(report)


@pytest.mark.parametrize(
    "line", ["2025 The Vell Courier. All Rights Reserved.", "2019-2025 Harbour Daily, All rights reserved", "2024 Vell Media All rights reserved."]
)
def test_a_year_a_holder_and_all_rights_reserved_is_a_copyright_line(line):
    assert furniture_kind(line) == "copyright line"


@pytest.mark.parametrize(
    "line",
    [
        "2025 budgets were cut. All rights reserved.",
        "In 2025 The Vell Courier reserved all rights to the photographs.",
        "2025 The Vell Courier annual review",
    ],
)
def test_near_misses_are_no_copyright_line(line):
    assert furniture_kind(line) != "copyright line"
