"""A blog post (a WordPress theme's page) printed to PDF and turned into text: the headline broken over lines right
over the byline, the byline with its date, time and a dangling separator where the comment count was cut off ('By
Jane Roe on October 15, 2018 12:13 pm ·'), the share buttons with their icon font's glyphs, the author box with the
name run into the bio, the sidebar's 'Archives' drop-down. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built, headings

POST = (
    "Councillor Vos has repeatedly attacked the harbour board at town meetings. At a meeting this past June, he offered to fund the tram.\n"
    "“We will read that little audit very gently,” Vos said. “And if it shows the board is right, I will pay myself.”\n"
    "Today the board published its audit.\n"
    "Then, Vos denied ever making the offer even though it is on tape.\n"
)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "Councillor Denies Offer He Made To Fund The Tram If\nThe Board Publishes Its Audit And It’s All On\nVideo\n",
            "Councillor Denies Offer He Made To Fund The Tram If The Board Publishes Its Audit And It’s All On Video",
        ),
        ("Why The Harbour Board Will Not Publish The\nAudit It Promised\n", "Why The Harbour Board Will Not Publish The Audit It Promised"),
        ("Tram Fund Row Deepens As Vos Turns On\nHis Own Party\n", "Tram Fund Row Deepens As Vos Turns On His Own Party"),
    ],
)
@pytest.mark.parametrize(
    "byline",
    [
        "By Pia Lund on October 15, 2018 12:13 pm ·",
        "By Pia Lund · October 15, 2018 · 3 Comments",
        "By Pia Lund on October 15, 2018",
    ],
)
def test_a_headline_broken_over_lines_over_the_byline_is_one_title(lines, title, byline):
    _result, report = built(lines + byline + "\n" + POST)
    assert report.title == title
    assert [a.name for a in report.authors] == ["Pia Lund"]
    assert str(report.date) == "2018-10-15"
    assert headings(report) == []


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        ("Opinion\nCouncillor Denies Offer He Made To Fund The Tram\n", "Councillor Denies Offer He Made To Fund The Tram"),  # a kicker
        # a headline over its subtitle: the headline ends on a word of its own
        ("Councillor Denies Offer\nThe Board Publishes Its Audit\n", "Councillor Denies Offer: The Board Publishes Its Audit"),
    ],
)
def test_near_miss_lines_over_the_byline_that_end_on_their_own_words_stay_apart(lines, title):
    result, report = built(lines + "By Pia Lund on October 15, 2018 12:13 pm ·\n" + POST)
    assert report.title == title  # a kicker beside the headline; a headline and its subtitle, as the title rules join them
    assert not any("broken over" in line for line in result.inferred)


def test_the_share_buttons_author_box_and_sidebar_under_the_post_are_the_site_s():
    tail = (
        "\nShare this Article!\nShare on Facebook\n\n\uf099 Share on Twitter\n\n"
        "Author: Pia LundPia writes about the harbour and its trams for Quay Notes.\n\n"
        "Archives\nArchives Select Month\n\nQuay Notes | News You Can Use\n"
    )
    _result, report = built("Tram Fund Row Deepens\nBy Pia Lund on October 15, 2018 12:13 pm ·\n" + POST + tail)
    assert headings(report) == []
    text = body_text(report)
    assert "Share" not in text and "writes about the harbour" not in text and "Archives" not in text and "\uf099" not in text
    assert text.rstrip().endswith("even though it is on tape.")


def test_an_author_box_run_on_and_a_sidebar_with_no_share_bar_over_them_are_the_site_s():
    tail = "\nAuthor: Pia LundPia writes about the harbour and its trams.\n\nArchives\nSelect Month\n\nQuay Notes | News You Can Use\n"
    _result, report = built("Tram Fund Row Deepens\nBy Pia Lund on October 15, 2018 12:13 pm ·\n" + POST + tail)
    text = body_text(report)
    assert "writes about the harbour" not in text and "Select Month" not in text


def test_near_miss_a_report_s_archives_section_with_prose_stays():
    section = (
        "\nArchives\n\nThe harbour board's archives hold the minutes of every meeting since 1921, and the audit's authors "
        "read all of them, from the first ferry licence to the tram fund's last report to the council in March.\n"
    )
    _result, report = built("Tram Fund Row Deepens\nBy Pia Lund on October 15, 2018\n" + POST + section)
    assert "first ferry licence" in body_text(report)


def test_near_miss_an_author_credit_line_alone_stays():
    _result, report = built("Tram Fund Row Deepens\nBy Pia Lund on October 15, 2018\n" + POST + "\nAuthor: Pia Lund\n")
    assert "Author: Pia Lund" in body_text(report) or [a.name for a in report.authors] == ["Pia Lund"]
