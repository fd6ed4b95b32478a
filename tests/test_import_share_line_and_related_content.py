"""A page copied with select-all: a share bar copied as one line under its label ('Share: Facebook Twitter Email') is
the site's, no section; a 'Related Content' box closing the story, with the sign-up form, the footer's links and the
site's address under it down to the copyright line, is the site's too. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

TOP = ["Quay Workers Alliance", "Issues", "Reports", "Donate", "", "Harbour Pay Slips Again, Survey Finds", "May 2, 2023"]
STORY = [
    "Pay on the quays fell for the third year running, according to a survey released today by the Quay Workers Alliance.",
    "",
    "“Crews are earning less than they did ten years ago,” said Oren Vask, the alliance's secretary.",
    "",
    "The survey covered forty ports and more than two thousand workers across the northern coast this spring.",
    "",
]
TAIL = [
    "Related Content",
    "Pay on the Quays 2022",
    "Crews Without Contracts",
    "Sign up for our newsletter",
    "Email address",
    "Subscribe",
    "About Us",
    "Careers",
    "Privacy Policy",
    "4 Wharf Lane, Eastport",
    "© 2023 Quay Workers Alliance",
]


def test_a_share_line_under_the_date_is_no_section():
    for share in ("Share: Facebook Twitter Email", "Share this article: X | LinkedIn | WhatsApp"):
        _, report = built("\n".join([*TOP, share, *STORY]))
        text = body_text(report)
        assert "Facebook" not in text and "LinkedIn" not in text and "Share" not in text
        assert text.startswith("Pay on the quays fell")


def test_a_related_content_box_and_the_footer_under_it_are_the_sites():
    _, report = built("\n".join([*TOP, *STORY, *TAIL]))
    text = body_text(report)
    assert "Crews Without Contracts" not in text and "Email address" not in text and "Wharf Lane" not in text
    assert text.rstrip().endswith("across the northern coast this spring.")


def test_a_sentence_about_sharing_and_a_section_on_related_content_stay():
    """'Share:' over prose, and a text's own paragraph under a 'Related content' line, are the text's."""
    share = "Share: the alliance asks members to pass the survey on to crews in other ports."
    closing = "Further reading on the survey's method is set out in the annex, with the ports' own figures."
    _, report = built("\n".join([*TOP, share, *STORY, "Related content", closing]))
    text = body_text(report)
    assert "pass the survey on" in text and "Further reading on the survey" in text
