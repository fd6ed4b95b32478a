"""Copied texts that the last round's annotators and new user showed: a photo credit line between paragraphs, a
standfirst with no subject under the headline, a long caption between the standfirst and the byline, a browser copy
whose menus come before the headline. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a news page's credit for its photos on a line of its own is no section heading -------------------------------------------

CREDITED = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "Risks ahead\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}.\n\n"
    "{credit}\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}.\n"
)


def test_a_photo_credit_line_is_dropped_not_read_as_a_heading():
    for credit in ("Pix by Lena Ford", "Photo by Lena Ford", "Pic: Lena Ford", "Pictures: Lena Ford/Norland Press"):
        result, report = built(CREDITED.replace("{credit}", credit))
        assert headings(report) == ["Risks ahead"], credit
        assert credit in result.dropped.get("photo credit", []), credit
        assert "Members said the levy" in body_text(report)


def test_a_subhead_that_begins_with_a_photo_word_stays_a_heading():
    """Near miss: 'Pictures of home' and 'Photos From the Front Line' name no photographer."""
    for heading in ("Pictures of Home", "Photos From the Front Line"):
        _, report = built(CREDITED.replace("{credit}", heading))
        assert headings(report) == ["Risks ahead", heading], heading
