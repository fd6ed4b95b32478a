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


MENUS = [
    "Skip to search.", "Sign Out", "Help", "Mail", "Home", "Video", "Photos", "Local", "Odd Stories", "Opinion", "Weather",
    "World", "Europe", "Africa", "Asia", "Business", "Markets", "Personal Finance", "Sports", "Football", "Tennis", "Golf",
    "Science", "Space / Astronomy", "Health", "Seniors / Aging", "Blogs", "Special Reports", "Tech", "Gadgets", "Apps",
    "Upgrade Your Life", "EDITORS' PICKS",
]  # fmt: skip
PORTAL_STORY = [
    "HARBOURTON (Wire) — Ines Marlow, the founder of Gizmo Works, stepped down as chief executive on Tuesday, saying she could no longer do the job.",
    "The board named Oskar Brem, its finance chief, to replace her.",
    "New yards",
    "“He ran the yard well for years,” Marlow said of her successor.",
    "___",
    "Wire Business Writer Ida Kern in Portmere contributed to this report.",
]
PORTAL_TAIL = [
    "@portalnews on Twitter, become a fan on Pagebook",
    "1 - 4 of 12",
    "Shipyard jobs fair draws hundreds",
    "Play Video",
    "All Comments",
    "Post",
    "Newest",
    "Lars 16 minutes ago",
    "She was the best boss the yard ever had.",
    "Copyright 2011 The Wire. All rights reserved.",
]


def portal(headline: list[str], byline: str) -> tuple[str, str]:
    related = [
        "Play Video",
        "Video: Gizmo Works founder steps down",
        "Article: Marlow's letter to the board",
        "Article: A chronology of Marlow at Gizmo",
    ]
    result = import_text("\n".join([*MENUS, *headline, byline, *related, *PORTAL_STORY, *PORTAL_TAIL]) + "\n", "portal-print.txt")
    return result.markdown, " ".join(result.summary)


def test_a_portal_page_printed_whole_its_wrapped_headline_and_glued_byline() -> None:
    for headline in (["Gizmo Works says", "Ines Marlow", "stepping down as CEO"], ["Gizmo Works founder Ines Marlow steps down"]):
        for byline in (
            "WireBy LENA VOSS and OSKAR BREM - Wire Business Writers | Wire – 1 hr 4 mins agoRelated Content",
            "By LENA VOSS and OSKAR BREM - Wire Business Writers | Wire – 1 hr 4 mins ago",
            "APBy LENA VOSS and OSKAR BREM - AP Business Writers | AP – 1 hr 4 mins ago",
        ):
            markdown, summary = portal(headline, byline)
            assert f'title = "{" ".join(headline)}"' in markdown, (headline, byline)
            assert 'name = "Lena Voss"' in markdown and 'name = "Oskar Brem"' in markdown, byline
            body = markdown.split("+++")[2]
            assert "Related Content" not in markdown and "Article:" not in body and "Play Video" not in body
            assert "## New yards" in body and "sections: 1 top-level, 0 sub-sections" in summary  # the story's own subhead stays
            assert body.rstrip().endswith("contributed to this report.")
            assert "Lars" not in body and "Upgrade Your Life" not in body and "EDITORS" not in markdown


def test_a_second_wire_story_on_the_portal_page_is_kept_to_its_own_contribution_line() -> None:
    second = [
        "Harbourton yard wins ferry order",
        "By IDA KERN - Wire Business Writer | Wire – 2 hrs ago",
        "HARBOURTON (Wire) — The Gizmo Works yard won an order for two ferries from the island council on Monday.",
        "Wire Business Writer Lena Voss contributed to this report.",
    ]
    lines = [*MENUS, "Gizmo Works founder Ines Marlow steps down", "By LENA VOSS - Wire Business Writer | Wire – 53 mins ago"]
    result = import_text("\n".join([*lines, *PORTAL_STORY, *second, *PORTAL_TAIL]) + "\n", "portal-print.txt")
    body = result.markdown.split("+++")[2]
    assert "won an order for two ferries" in body
    assert body.rstrip().endswith("Lena Voss contributed to this report.")
    assert "Lars" not in body and "Upgrade Your Life" not in body


def test_a_menu_item_over_a_one_line_headline_is_no_part_of_it() -> None:
    markdown, _ = portal(["Gizmo Works founder Ines Marlow steps down"], "By LENA VOSS - Wire Business Writer | Wire – 53 mins ago")
    assert 'title = "Gizmo Works founder Ines Marlow steps down"' in markdown
    assert "Upgrade Your Life" not in markdown


def test_without_the_portals_menus_the_story_keeps_what_follows_its_contribution_line() -> None:
    # near miss: a short header (no portal's menus) is read as before, and a contribution line ends nothing
    lines = [
        "By LENA VOSS - Wire Business Writer | Wire – 53 mins ago",
        *PORTAL_STORY[:4],
        PORTAL_STORY[5],
        "Background",
        "Gizmo Works was founded in 1990.",
    ]
    markdown, _ = imported(lines)
    assert "## Background" in markdown and "founded in 1990" in markdown


def test_a_relative_stamp_leaves_the_day_to_the_wire_photos_caption() -> None:
    caption = (
        "FILE - In this March 2, 2011 file photo, Gizmo Works founder Ines Marlow speaks at the yard in Harbourton. "
        "Gizmo Works on Tuesday, Aug. 23, 2011 said Marlow is stepping down. (AP Photo/Lena Voss, File)"
    )
    lines = ["By LENA VOSS - AP Business Writer | AP – 53 mins ago", caption, *STORY]
    markdown, summary = imported(lines)
    assert "date = 2011-08-23" in markdown and "wire photo's caption" in summary
    # near miss: the file photo's own day alone is no day of the news
    markdown, _ = imported(["By LENA VOSS - AP Business Writer | AP – 53 mins ago", caption.split(" Gizmo Works on")[0], *STORY])
    assert 'date = "unknown"' in markdown


def test_a_whole_file_caption_lends_no_day_to_the_story_under_it() -> None:
    # the caption ends on its full stop: the paragraph under it is the story's, and the day it names is the story's history
    caption = "FILE - In this March 2, 2011 file photo, Gizmo Works founder Ines Marlow speaks at the yard in Harbourton."
    history = "The yard launched its first ferry on Feb. 24, 2009, months after the council approved the new slipway."
    markdown, _ = imported(["By LENA VOSS - AP Business Writer | AP – 53 mins ago", caption, history, *STORY])
    assert "2009-02-24" not in markdown.split("+++")[1]
    # near miss: a caption cut mid-sentence (a PDF's column) reads on into the next line for the day of the news
    wrapped = [caption[:-1] + ". Gizmo Works on Tuesday,", "Aug. 23, 2011 said Marlow is stepping down. (AP Photo/Lena Voss, File)"]
    markdown, _ = imported(["By LENA VOSS - AP Business Writer | AP – 53 mins ago", *wrapped, *STORY])
    assert "date = 2011-08-23" in markdown


def test_a_file_caption_run_into_the_story_lends_it_no_day_past_its_credit() -> None:
    """The caption closed by the agency's credit ('… (AP Photo/Lena Voss, File)') with the story's paragraph run on after
    it on the same line: the day the paragraph names is the story's history, no day of the news."""
    caption = "FILE - In this March 2, 2011 file photo, Gizmo Works founder Ines Marlow speaks at the yard in Harbourton. (AP Photo/Lena Voss, File)"
    for history in (
        "The yard launched its first ferry on Feb. 24, 2009, months after the council approved the new slipway.",
        "Marlow said in an interview on Feb. 24, 2009, that the yard would build ferries for the whole coast.",
    ):
        markdown, _ = imported(["By LENA VOSS - AP Business Writer | AP – 53 mins ago", f"{caption} {history}", *STORY])
        assert "2009-02-24" not in markdown.split("+++")[1], history
    # near miss: the day of the news inside the caption, before its credit, still dates the report
    news = caption.replace(" (AP Photo", " Gizmo Works on Tuesday, Aug. 23, 2011 said Marlow is stepping down. (AP Photo")
    markdown, _ = imported(
        ["By LENA VOSS - AP Business Writer | AP – 53 mins ago", f"{news} The yard launched its first ferry on Feb. 24, 2009.", *STORY]
    )
    assert "date = 2011-08-23" in markdown
