"""A news page copied as a reader copies it (select all, copy: the browser's text of the page, menus and footer
included), imported as plain text: the menus, the section's name, the photo credit and the footer are furniture,
the headline is the title and the byline the author. A passage of our own, with the near misses."""

from __future__ import annotations

from dossier.furniture import furniture_kind
from imported import PROSE, body_text, built, headings

COPIED = "\n".join(
    [
        "SECTIONS",
        "SEARCH",
        "SKIP TO CONTENT",
        "SKIP TO SITE INDEX",
        "WORLD",
        "LOG IN",
        "",
        "ADVERTISEMENT",
        "",
        "Continue reading the main story",
        "Narvia’s Border Deal Leaves Neighbours Guessing",
        "",
        "The minister’s demands are complicating an end to the long dispute, experts say.",
        "",
        "The minister at the border crossing last week.",
        "Credit...",
        "Dana Kells/The Narvian Herald",
        "",
        "By Otto Brandt",
        "",
        f"{PROSE}. {PROSE}, and the talks went on into the night.",
        "",
        f"{PROSE}, again, and the talks resumed in the morning.",
        "",
        "© 2019 The Narvian Herald Company",
        "Contact UsWork with usAdvertiseYour Ad ChoicesPrivacyTerms of Service",
    ]
)


def test_a_copied_news_page_keeps_its_headline_and_byline_and_loses_its_menus():
    result, report = built(COPIED)
    assert report.title == "Narvia’s Border Deal Leaves Neighbours Guessing"
    assert [a.name for a in report.authors] == ["Otto Brandt"]
    assert headings(report) == []
    text = body_text(report)
    assert "SECTIONS" not in result.markdown and "LOG IN" not in result.markdown and "Continue reading" not in result.markdown
    assert "Credit..." not in result.markdown and "©" not in result.markdown and "Ad Choices" not in result.markdown
    assert "the talks resumed in the morning" in text


def test_near_misses_a_headline_with_a_possessive_and_a_slash_in_prose_stay():
    assert furniture_kind("Narvia’s Border Deal Leaves Neighbours Guessing Over Trade Talks") == ""
    assert furniture_kind("Conflict Europe & Eurasia Geopolitics & Energy Security Human Rights") == "topic tags"
    assert furniture_kind("Sources: https://t.me/GeneralStaffZSU/34544; https://www.facebook.com/pfbid0nk6YKRB7jQk8H2") == ""
    assert furniture_kind("The deal was signed in Geneva/Lausanne by both sides.") == ""
