"""A static site's Markdown copy of a portal's page, its headings marked ('===' under the headline, the portal's stamp in
bold): the release's own date line under the stamp ('21 APRIL 2004'), which gives the front matter's day again, is the
page's date line, left out: never the text's first paragraph nor its summary. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

FRONT = '---\ntitle: "Harbour Dues Explained"\ndate: 2004-04-21\nauthor: harbour-policy-institute\n---\nHarbour Dues Explained\n======================\n\n'
STAMP = "**Wednesday, 21 April 2004, 12:50 am**  \n**Speech: [Harbour Policy Institute](https://example.org/hpi)**\n\n"
STORY = (
    "Harbour Dues Explained\n\n"
    "Making sense of the debates about harbour dues can be like trying to nail jelly to the quay. We hear much talk of fair "
    "shares, but what does it all mean?\n\n"
    "The board has set the dues the same way since the war, and the ferry lines pay most of them.\n\n"
    "## What the board says\n\nThe board says the dues pay for the dredging and nothing else.\n"
)


def test_the_date_line_under_the_stamp_is_left_out():
    for date_line in ("21 APRIL 2004", "21 April 2004", "April 21, 2004"):
        result, report = built(FRONT + STAMP + date_line + "\n\n" + STORY)
        assert date_line not in body_text(report), date_line
        assert report.summary.startswith("Making sense of the debates"), date_line
        assert date_line in result.dropped.get("date line over the story", []), date_line


def test_a_date_line_of_another_day_stays():
    """Near miss: a day other than the report's opening the text (a diary's first entry) is the text's."""
    _, report = built(FRONT + STAMP + "3 MARCH 2004\n\n" + STORY)
    assert "3 MARCH 2004" in body_text(report)
