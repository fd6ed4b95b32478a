"""A reviewer's findings on the import rules, each on a passage of our own: the story-begun test read once per unit only
where a cheap test passed first, an author block's post, a live page's timed updates, a blog archive's 'Posted by'
line, breadcrumbs over a heading and a standfirst closing on a quotation."""

from __future__ import annotations

import dossier.classify as classify
import pytest
from dossier.blogarchive import footer_writer
from dossier.furniture import _standfirst_or_byline
from dossier.importer import import_text
from dossier.pulllines import breadcrumb_link

WORDS = ["harbour", "ferry", "council", "weather", "market", "school", "bridge", "library"]


def test_short_paragraphs_are_not_rescanned_for_the_story_begun(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = [0]
    story_begun = classify._story_begun

    def counting(body: list) -> bool:
        scanned[0] += len(body)
        return story_begun(body)

    monkeypatch.setattr(classify, "_story_begun", counting)
    lines = [f"The {WORDS[i % 8]} office said the {WORDS[(i * 3) % 8]} plan would wait until spring." for i in range(400)]
    result = import_text("Harbour notes\n\n" + "\n\n".join(lines) + "\n", "notes.txt")
    assert "The library office said" in result.markdown
    assert scanned[0] < 2_000  # the units before each unit, read again for every one: some 80,000


STORY = [
    "The question",
    "Mothers in Harbourtown read to their children more than fathers do, and we set out to learn why.",
    "We ran a small test with the town library over three weeks in the spring.",
]


def test_the_writers_post_is_no_second_author() -> None:
    head = "Why do fathers skip bedtime stories?"
    markdown = import_text("\n\n".join([head, "MARCH 4, 2021\nAuthor\nNORA VESTIG\nResearch Fellow", *STORY]) + "\n", "blog.txt").markdown
    assert 'name = "Nora Vestig"' in markdown and 'role = "Research Fellow"' in markdown and 'name = "Research Fellow"' not in markdown
    block = "March 4, 2021\nAuthor\nNORA VESTIG\nResearch Fellow\nHarbour Lab"
    markdown = import_text("\n\n".join([head, block, *STORY]) + "\n", "blog.txt").markdown
    assert 'role = "Research Fellow, Harbour Lab"' in markdown and 'name = "Harbour Lab"' not in markdown and "## Harbour Lab" not in markdown
    block = "March 4, 2021\nAuthors\nNORA VESTIG\nResearch Fellow\nIVO MARSH\nDirector, Harbour Lab"
    markdown = import_text("\n\n".join([head, block, *STORY]) + "\n", "blog.txt").markdown
    assert 'name = "Ivo Marsh"' in markdown and 'role = "Director, Harbour Lab"' in markdown and 'role = "Research Fellow"' in markdown


LIVE = [
    "Gizmo Works names a new chief",
    "March 3, 2021",
    "By Ida Kern",
    "Ines Marlow, the founder of Gizmo Works, stepped down as chief executive on Wednesday after twenty years.",
]


def test_a_live_pages_updates_over_their_share_links_stay() -> None:
    updates = ["Ida Kern 16 minutes ago", "The board has confirmed Oskar Brem as chief executive from next month.", "Share"]
    updates += ["Ida Kern 40 minutes ago", "Shares in Gizmo Works fell four per cent in early trading after the news broke.", "Share"]
    markdown = import_text("\n\n".join(LIVE + updates) + "\n", "live.txt").markdown
    assert "The board has confirmed Oskar Brem" in markdown and "Shares in Gizmo Works fell" in markdown
    comments = ["harbourfan · 2 hrs ago", "Twenty years is a long run.", "Like · Reply", "yardwatcher · 1 hr ago", "Agreed.", "Reply · Flag"]
    markdown = import_text("\n\n".join(LIVE + comments) + "\n", "live.txt").markdown
    assert "harbourfan" not in markdown and "Twenty years is a long run." not in markdown


def test_a_posted_by_line_names_only_a_capitalised_writer() -> None:
    assert footer_writer("Posted by Jane Roe at 10:41 AM") == "Jane Roe"
    assert footer_writer("POSTED BY Jane Roe on March 4") == "Jane Roe"
    assert footer_writer("Posted by the editors at 10:41 AM") == ""
    assert footer_writer("Filed by staff writers | Harbour desk") == ""


CRUMB_STORY = [
    "Ferry fares to rise in Harbourtown",
    "Harbourtown's ferry company said on Tuesday that it would raise fares by a tenth from June, the first rise in six years.",
    "The council, which owns a third of the company, said it had not been told of the plan before it was announced.",
]


def test_breadcrumbs_stop_at_three_and_at_a_byline_a_date_or_a_list_heading() -> None:
    lines = [CRUMB_STORY[0], "Home", "World", "Key Points", "- Fares rise in June", "- The council objects", *CRUMB_STORY[1:]]
    assert "## Key Points" in import_text("\n\n".join(lines) + "\n", "page.txt").markdown
    markdown = import_text(
        "\n\n".join([CRUMB_STORY[0], "Home", "News", "By Jane Roe", "March 4, 2026", *CRUMB_STORY[1:]]) + "\n", "page.txt"
    ).markdown
    assert 'name = "Jane Roe"' in markdown and "date = 2026-03-04" in markdown
    markdown = import_text("\n\n".join([CRUMB_STORY[0], "Home", "News", "Europe", "Ferries", "Fares", *CRUMB_STORY[1:]]) + "\n", "page.txt").markdown
    assert "Fares" in markdown.split("+++")[2] and "Ferries" not in markdown.split("+++")[2]


def test_a_byline_or_a_date_is_no_breadcrumb() -> None:
    assert breadcrumb_link("Health Policy") and not breadcrumb_link("By Jane Roe") and not breadcrumb_link("March 4, 2026")


def test_a_standfirst_closing_on_a_quotation_is_the_story_head() -> None:
    assert _standfirst_or_byline("The mayor called the plan for a new quay on the north shore “a disgrace to the harbour.”")
    assert _standfirst_or_byline("The mayor called the plan for a new quay on the north shore a disgrace to the harbour.")
    assert not _standfirst_or_byline("Harbor Deal Stirs Questions About Ferry Company's Ties With U.S.")
    assert not _standfirst_or_byline("The mayor called the plan for a new quay on the north shore “a disgrace to the harbour”")
