"""A release's labelled media contact line ('Media contact: Jane Roe 02 5555 0000 or 0400 000 000') and an early web
site's copyright footer with the holder before the year, its page stamp and call for feedback after it ('Copyright
Quay Board 2001. Last Modified Thursday 1 March 2001. Your comments/ feedback are welcome!') are furniture, never text;
a sentence of the text opening on the same words stays."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

RELEASE = (
    "Quay Board Welcomes Review of Mooring Fees\n\n"
    "3 May 2001\n\n"
    "The Quay Board has welcomed the review of mooring fees announced today by the harbour minister.\n\n"
    "“The review is overdue, and it will help the smallest traders on the quay,” says Dr Ilse Varga, chair of the board.\n\n"
    f"The board will publish its submission in June, and {PROSE.lower()}.\n\n"
    "{tail}\n"
)


def test_a_media_contact_line_is_furniture():
    for line in (
        "Media contact: Tomas Brem 02 5555 0100 or 0400 555 010",
        "Press enquiries: Tomas Brem, tbrem@quayboard.example",
        "Media Contacts: Tomas Brem (02) 5555 0100",
    ):
        result, report = built(RELEASE.replace("{tail}", line))
        assert "Tomas Brem" not in body_text(report), line
        assert line in result.dropped.get("media contact", []), line
        assert headings(report) == [], line


def test_an_early_web_copyright_footer_is_furniture():
    for line in (
        "Copyright Quay Board 2001. Last Modified Thursday 1 March 2001. Your comments/ feedback are welcome!",
        "Copyright Board of the Port of Vells 2001",
        "Copyright Quay Board 1999-2001. Last Updated 4 May 2001.",
    ):
        result, report = built(RELEASE.replace("{tail}", line))
        assert "Copyright" not in body_text(report), line
        assert line in result.dropped.get("copyright line", []), line


def test_sentences_opening_on_the_same_words_stay():
    for line in (
        "Media enquiries rose by a third in 2001, the board said, as traders asked about the 2002 fees.",
        "Copyright Agency figures for 2001 show a rise in licence fees across the quay.",
    ):
        _, report = built(RELEASE.replace("{tail}", line))
        assert line in body_text(report), line


def test_a_heading_naming_a_copyright_statute_stays_a_heading():
    """'Copyright Act 1968' over a section of a report on media law is the law's name, no footer; a sibling heading shows it."""
    story = RELEASE.replace(
        "{tail}",
        "Copyright Amendment Act 1998\n\n"
        "The board says the act no longer fits the way archives are kept, and asks for an exception for the quay's records.\n\n"
        "Harbour Services Act 1992\n\n"
        "The board also wants the licence rules eased for the small community stations that serve the quay and its traders.",
    )
    result, report = built(story)
    assert headings(report) == ["Copyright Amendment Act 1998", "Harbour Services Act 1992"]
    assert "copyright line" not in result.dropped
