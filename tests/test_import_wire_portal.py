"""A wire story as a news portal prints it: the byline naming the agency's desk ('By JANE ROE and JOHN DOE - AP Technology
Writers | AP – 1 hr 4 mins ago') gives the authors and their post; the related stories' links near it (a headline over
'AP - 53 mins ago') are the portal's, no section."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

STORY = [
    "HARBOURTON (Wire) — Ines Marlow, the founder of Gizmo Works, stepped down as chief executive on Tuesday.",
    "“He ran the yard well for years,” Marlow said of her successor.",
]


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n\n".join(["Gizmo Works founder steps down", *lines]) + "\n", "portal-copy.txt")
    return result.markdown, " ".join(result.summary)


@pytest.mark.parametrize(
    ("byline", "authors", "role"),
    [
        ("By LENA VOSS and OSKAR BREM - AP Business Writers | AP – 1 hr 4 mins ago", ["Lena Voss", "Oskar Brem"], "AP Business Writer"),
        ("By LENA VOSS and OSKAR BREM, Associated Press Writers", ["Lena Voss", "Oskar Brem"], "Associated Press Writer"),
        ("By Lena Voss, Reuters – 2 hrs ago", ["Lena Voss"], "Reuters"),
        ("By Lena Voss - Associated Press | AP – 53 mins ago", ["Lena Voss"], "Associated Press"),
        ("By Lena Voss, Oskar Brem and Ida Kern, Staff Writers", ["Lena Voss", "Oskar Brem", "Ida Kern"], "Staff Writer"),
    ],
)
def test_the_writers_and_their_desk(byline: str, authors: list[str], role: str) -> None:
    markdown, summary = imported([byline, *STORY])
    for name in authors:
        assert f'name = "{name}"' in markdown
    assert markdown.count(f'role = "{role}"') == len(authors)
    assert "tags" not in markdown.split("+++")[1]
    assert "Writers" not in summary.split("sections:")[1]


def test_a_date_after_the_agency_dates_the_report() -> None:
    markdown, _ = imported(["By LENA VOSS, AP Business Writer | AP – Tue Apr 6, 2010 11:52 am ET", *STORY])
    assert "date = 2010-04-06" in markdown and 'name = "Lena Voss"' in markdown


def test_a_plain_byline_and_a_byline_with_a_topic_stay_as_they_were() -> None:
    markdown, _ = imported(["By Lena Voss and Oskar Brem", "March 2, 2010", *STORY])
    assert 'name = "Lena Voss"' in markdown and 'name = "Oskar Brem"' in markdown and "role" not in markdown
    markdown, _ = imported(["By Lena Voss - Politics and Trade", "March 2, 2010", *STORY])
    assert 'name = "Lena Voss"' not in markdown  # a name and a topic, no desk: not read as a wire byline


def test_related_stories_links_are_left_out() -> None:
    links = ["Article: Gizmo Works names a new chief", "Wire - 53 mins ago", "Video: Inside the Gizmo yard", "Wire – Mon Apr 5, 5:22 pm ET"]
    markdown, summary = imported(["By LENA VOSS - Wire Business Writer | Wire – 1 hr 4 mins ago", *links, *STORY])
    assert "sections: 0 top-level" in summary
    for line in links:
        assert line not in markdown
    assert "related stories' links ×4" in summary
    assert "Ines Marlow, the founder of Gizmo Works" in markdown


def test_one_headline_over_a_dated_line_stays() -> None:
    markdown, _ = imported(["By Lena Voss", "March 2, 2010", *STORY, "Harbour Reactions", "Wire - 53 mins ago", STORY[1]])
    assert "Harbour Reactions" in markdown
