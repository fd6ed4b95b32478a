"""A media release whose first line is its kicker, the label with the release's date ('Media Release 29 August 2000'),
over the headline on a line of its own: the headline is the title, the kicker's date the date, and neither the headline
nor the contact line under the text is a section heading."""

from __future__ import annotations

from imported import built, headings

RELEASE = (
    "{kicker}\n\n"
    "Quay Board Welcomes Review of Mooring Fees\n\n"
    "The Quay Board has welcomed the review of mooring fees announced today by the harbour minister.\n\n"
    "“The review is overdue, and it will help the smallest traders on the quay,” says Dr Ilse Varga, chair of the board.\n\n"
    "“We look forward to taking part,” Dr Varga says.\n"
)


def test_a_kicker_with_the_release_date_is_not_the_title():
    for kicker, day in (
        ("Media Release 29 August 2000", "2000-08-29"),
        ("Press Release: May 3, 2001", "2001-05-03"),
        ("News release - Tuesday, 3 May 2001", "2001-05-03"),
        ("MEDIA RELEASE 3 May 2001", "2001-05-03"),
    ):
        result, report = built(RELEASE.replace("{kicker}", kicker))
        assert 'title = "Quay Board Welcomes Review of Mooring Fees"' in result.markdown, kicker
        assert f"date = {day}" in result.markdown, kicker
        assert headings(report) == [], kicker


def test_a_headline_opening_with_the_words_stays_the_title():
    result, _ = built(RELEASE.replace("{kicker}\n\n", "").replace("Quay Board Welcomes Review of Mooring Fees", "Media Release Angers Quay Traders"))
    assert 'title = "Media Release Angers Quay Traders"' in result.markdown


def test_the_issuing_body_over_the_label_the_date_and_the_headline_is_no_title():
    for issuer in ("Department of Moorings", "DEPARTMENT OF MOORINGS", "Office of the Quay Master", "Harbour Traders Guild"):
        for gap in ("\n\n", "\n"):
            text = gap.join([issuer, "Media Release", "3 May 2001", ""]) + RELEASE.replace("{kicker}\n\n", "")
            result, report = built(text)
            assert 'title = "Quay Board Welcomes Review of Mooring Fees"' in result.markdown, (issuer, gap)
            assert "date = 2001-05-03" in result.markdown, (issuer, gap)
            assert headings(report) == [], (issuer, gap)
            assert issuer not in result.markdown.split("+++")[2], (issuer, gap)


def test_a_headline_over_the_label_and_the_date_stays_the_title():  # near misses
    text = RELEASE.replace("{kicker}\n\n", "").replace(
        "Quay Board Welcomes Review of Mooring Fees\n\n", "Quay Board Welcomes Review of Mooring Fees\n\nMedia Release\n\n3 May 2001\n\n"
    )
    result, _ = built(text)
    assert 'title = "Quay Board Welcomes Review of Mooring Fees"' in result.markdown
    result, _ = built("Moorings Review\n\nMedia Release\n\n" + RELEASE.replace("{kicker}\n\n", "").split("\n\n", 1)[1])
    assert 'title = "Moorings Review"' in result.markdown


def test_a_headline_over_the_label_with_an_embargo_or_a_contact_line_under_the_date_stays_the_title():  # near misses
    story = RELEASE.replace("{kicker}\n\n", "").split("\n\n", 1)[1]
    for headline, label, day, under in (
        ("Quay Board Welcomes Review of Mooring Fees", "Media Release", "3 May 2001", "For Immediate Release"),
        ("Quay Board Welcomes Review of Mooring Fees", "Press Release", "May 3, 2001", "Contact Ingrid Varga on 555 0199"),
        ("Eastport Ferry Timetable", "News Release", "May 3, 2001", "Embargoed Until 6 AM Thursday"),
        ("Mooring Fees Review Announced", "Media Release", "3 May 2001", "Media contact: Ingrid Varga 555 0199"),
    ):
        result, _ = built("\n\n".join([headline, label, day, under, story]))
        assert f'title = "{headline}"' in result.markdown, (headline, under)
        assert headline not in result.dropped.get("release masthead", []), (headline, under)


def test_the_issuing_body_over_the_label_with_an_embargo_line_under_the_date_is_no_title():
    text = "\n\n".join(["Eastport Port Authority", "Media Release", "3 May 2001", "For Immediate Release", ""]) + RELEASE.replace("{kicker}\n\n", "")
    result, _ = built(text)
    assert 'title = "Quay Board Welcomes Review of Mooring Fees"' in result.markdown
    assert "Eastport Port Authority" in result.dropped.get("release masthead", [])
