"""A photo's credit on a line of its own naming the photographer, the agency and its distributor ('Photo by JANE
ROE/HARBOUR PRESS/AFP via Getty Images') is the page's credit, no paragraph of the text. Passages of our own, with near
misses."""

from __future__ import annotations

from imported import body_text, built

STORY = [
    "Harbour Pay Slips Again",
    "By Tomas Vell | May 12, 2023",
    "",
    "Pay on the quays fell for the third year running, according to a survey released today by the crews' union.",
    "",
    "The survey covered forty ports and more than two thousand workers across the northern coast this spring.",
    "",
]


def test_a_credit_naming_photographer_agency_and_distributor_is_no_paragraph():
    for credit in (
        "Photo by JANE ROE/HARBOUR PRESS/AFP via Getty Images",
        "Photo by Ines Vask/Reuters/Alamy",
        "Photo by Ines Vask/AFP via Getty Images",
    ):
        _, report = built("\n".join([*STORY, credit]))
        assert "Getty" not in body_text(report) and "Alamy" not in body_text(report) and "AFP" not in body_text(report)


def test_a_sentence_opening_so_stays():
    line = "Photos by the harbour board show the quay/pier in 2019, sent to the crews via the press office in the spring."
    _, report = built("\n".join([*STORY, line]))
    assert "sent to the crews via the press office" in body_text(report)


def test_an_uploaders_credit_via_a_photo_site_over_the_headline_is_no_title():
    for credit in ("Ines Vask via Pexels", "harbourgull via Wikimedia", "Ines Vask via Unsplash"):
        result, _ = built("\n".join([credit, "", *STORY]))
        assert 'title = "Harbour Pay Slips Again"' in result.markdown, credit
        assert credit not in result.markdown, credit


def test_a_headline_on_news_made_via_a_social_site_stays_the_title():  # near miss
    headline = "Crews Union Confirms Strike via Instagram"
    result, _ = built("\n".join([headline, *STORY[1:]]))
    assert f'title = "{headline}"' in result.markdown
    assert headline not in "".join(line for lines in result.dropped.values() for line in lines)
