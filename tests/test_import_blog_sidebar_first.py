"""A blog's page copied whole (select all, copy) whose theme sets its sidebar first: the widgets' lists (recent posts,
recent comments, the archive's months, the categories), the site's menu, the breadcrumb ending on the headline, the
headline again, its byline field a line each ('Written by' / the site / 'on November 7, 2023'), the story, then the
reply form ('Leave a Reply' / 'Cancel reply' / 'Comment' / 'Name' / 'Website')."""

from __future__ import annotations

from dossier.importer import import_text

MONTHS = ["November", "October", "September", "August", "July", "June", "May", "April", "March", "February", "January", "December"]
ARCHIVE = [f"{MONTHS[i % 12]} {2023 - (i + 1) // 12}" for i in range(27)]
SIDEBAR = [
    "E-Paper",
    "Recent Posts",
    "Harbour council approves ferry budget",
    "New bridge opens in Eastport",
    "Recent Comments",
    "Lena Marsh",
    "on",
    "Ferry fares rise again",
    "Archives",
    *ARCHIVE,
    "Categories",
    "Business",
    "Transport",
    "Front Page",
]
CRUMB = ["»", "Transport", "» Harbour council approves ferry budget"]
HEAD = ["Harbour council approves ferry budget", "Written by", "Harbour Today", "on November 7, 2023", "Advertisement"]
STORY = [
    "The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays.",
    "“We need this,” said Mayor Ann Bell, who has pushed for the ferries since her election.",
]
FORM = ["Leave a Reply", "Cancel reply", "Your email address will not be published.", "Comment", "Name", "*", "Website", "Share", "Tweet"]
SITE_LINES = ("Recent Comments", "Archives", "October 2023", "Lena Marsh", "New bridge opens", "Categories", "Leave a Reply")
SITE_LINES += ("Cancel reply", "Website", "Your email address", "Written by")


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n".join(lines) + "\n", "page.txt")
    return result.markdown, "\n".join(result.summary)


def test_the_headline_the_breadcrumb_ends_on_under_the_sidebar() -> None:
    markdown, summary = imported(SIDEBAR + CRUMB + HEAD + STORY + FORM)
    assert 'title = "Harbour council approves ferry budget"' in markdown
    assert "date = 2023-11-07" in markdown
    assert 'name = "Harbour Today"' in markdown and "Recent Posts" not in markdown
    assert "sections: 0 top-level" in summary
    for site_line in SITE_LINES:
        assert site_line not in markdown.split("+++")[-1], site_line
    assert "“We need this,” said Mayor Ann Bell" in markdown


def test_the_breadcrumb_on_one_line() -> None:
    markdown, _ = imported([*SIDEBAR, "Home » Transport » Harbour council approves ferry budget", *HEAD, *STORY])
    assert 'title = "Harbour council approves ferry budget"' in markdown and "date = 2023-11-07" in markdown
    assert "October 2023" not in markdown


def test_the_headline_over_its_written_by_field_with_no_breadcrumb() -> None:
    markdown, summary = imported(SIDEBAR + HEAD + STORY + FORM)
    assert 'title = "Harbour council approves ferry budget"' in markdown and "date = 2023-11-07" in markdown
    assert "sections: 0 top-level" in summary and "October 2023" not in markdown


def test_the_copy_opening_on_the_breadcrumb() -> None:
    markdown, _ = imported(CRUMB[2:] + HEAD + STORY)
    assert 'title = "Harbour council approves ferry budget"' in markdown


def test_a_breadcrumb_ending_elsewhere_marks_no_headline() -> None:
    """The line under the breadcrumb is not the headline it ends on: no sidebar is found by it, the lines stay."""
    lines = ["Ferry timetable changes", "» Winter timetable", "Boats leave the quay every forty minutes from December."]
    lines += STORY
    markdown, _ = imported(lines)
    assert "Boats leave the quay every forty minutes" in markdown


def test_a_sidebar_heading_is_no_masthead_name() -> None:
    """'Recent Posts' over a post's title naming a council is a widget, no author over an affiliation; a journal's
    author over her institute still is."""
    markdown, _ = imported(["Harbour ferries", "Recent Posts", "Harbour council approves ferry budget", *STORY])
    assert "Recent Posts" not in markdown.split("+++")[1]
    markdown, _ = imported(["Ferries and the harbour economy", "Lena Marsh", "Harbour Institute of Maritime Studies", *STORY])
    assert 'name = "Lena Marsh"' in markdown


SHORT_HEADLINE = "Quayside market reopens"  # four words: a blog's headline may be shorter than a news page's


def test_a_four_word_headline_the_breadcrumb_ends_on() -> None:
    sidebar = [line.replace("Harbour council approves ferry budget", SHORT_HEADLINE) for line in SIDEBAR]
    head = [SHORT_HEADLINE, "Written by", "Harbour Today", "on November 7, 2023"]
    markdown, summary = imported([*sidebar, "»", "Transport", f"» {SHORT_HEADLINE}", *head, *STORY])
    assert f'title = "{SHORT_HEADLINE}"' in markdown and "date = 2023-11-07" in markdown
    assert 'name = "Harbour Today"' in markdown and "sections: 0 top-level" in summary
    for site_line in SITE_LINES[:6]:
        assert site_line not in markdown.split("+++")[-1], site_line


def test_a_three_word_headline_given_again_under_its_breadcrumb_with_no_byline() -> None:
    markdown, summary = imported([*SIDEBAR, "Home » Transport » Ferries run late", "Ferries run late", *STORY])
    assert 'title = "Ferries run late"' in markdown and "sections: 0 top-level" in summary
    assert "Recent Comments" not in markdown.split("+++")[-1]


def test_a_short_headline_over_its_written_by_field_with_no_breadcrumb() -> None:
    markdown, _ = imported([*SIDEBAR, SHORT_HEADLINE, "Written by", "Harbour Today", "on November 7, 2023", *STORY])
    assert f'title = "{SHORT_HEADLINE}"' in markdown and "date = 2023-11-07" in markdown
    assert "October 2023" not in markdown


def test_a_breadcrumb_ending_on_a_two_word_label_marks_no_headline() -> None:
    """'» Local news' over 'Local news' is a section's page heading, no story's headline: the lines over it stay theirs."""
    lines = ["Harbour Today", "Recent Posts", "Ferry fares rise again", "Home » Local news", "Local news", *STORY]
    markdown, _ = imported(lines)
    assert 'title = "Local news"' not in markdown


def test_the_archive_widgets_months_date_nothing() -> None:
    """With no date in the story's header, the archive's months ('November 2023' / 'October 2023' / …) are no cover's
    month: the report is dated unknown."""
    markdown, _ = imported([*SIDEBAR, "» Harbour council approves ferry budget", "Harbour council approves ferry budget", *STORY])
    assert 'date = "unknown"' in markdown and "2023-11" not in markdown


def test_a_cover_month_alone_still_dates_the_report() -> None:
    markdown, _ = imported(["Ferries and the harbour economy", "A report of the Harbour Institute", "May 2021", *STORY])
    assert 'date = "2021-05"' in markdown


def test_a_covers_two_months_still_date_the_report() -> None:
    """Near miss from the review: a bulletin's cover giving two months a line each ('May 2021' / 'June 2021') is no
    archive's list: the first month dates it; under the widget's 'Archives' label even two months date nothing."""
    markdown, _ = imported(["Ferries and the harbour economy", "Quarterly Bulletin", "May 2021", "June 2021", *STORY])
    assert 'date = "2021-05"' in markdown
    markdown, _ = imported(["Harbour Today", "Archives", "November 2023", "October 2023", "Harbour council approves ferry budget", *STORY])
    assert "2023-11" not in markdown
