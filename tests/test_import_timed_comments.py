"""Readers' comments under a copied story on a commenting widget, each under its poster's handle and how long ago it was
posted ('Tomas 16 minutes ago'), under the box's count and prompt or with reply and report links: the site's, no
sections. A live page's updates under their writer and time, with no comment box, stay."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "Gizmo Works names a new chief",
    "March 3, 2021",
    "By Ida Kern",
    "Ines Marlow, the founder of Gizmo Works, stepped down as chief executive on Wednesday after twenty years.",
    "“The yard will be in good hands,” Marlow said, naming her deputy Oskar Brem as her successor at the firm.",
]


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n\n".join(lines) + "\n", "copied-story.txt")
    return result.markdown, " ".join(result.summary)


def test_comments_under_the_box_count_prompt_and_tabs() -> None:
    comments = ["12 comments", "Post a comment", "Newest", "Oldest", "Lars", "Lars 16 minutes ago", "Marlow built that yard from nothing."]
    comments += ["Pia Holt", "Pia Holt about a minute ago", "“Good luck, Oskar,” I said to my screen."]
    markdown, summary = imported(STORY + comments)
    assert "sections: 0 top-level" in summary
    for line in ("Lars", "Pia Holt", "Marlow built that yard", "Good luck, Oskar", "Newest"):
        assert line not in markdown.split("+++")[2]
    assert "naming her deputy Oskar Brem" in markdown


def test_comments_with_reply_and_report_links_and_no_box() -> None:
    comments = ["harbourfan · 2 hrs ago", "Twenty years is a long run.", "Reply · Report", "yardwatcher · 1 hr ago", "Agreed.", "Reply · Report"]
    markdown, summary = imported(STORY + comments)
    assert "harbourfan" not in markdown and "Twenty years is a long run." not in markdown
    assert "sections: 0 top-level" in summary


def test_a_live_pages_timed_updates_stay() -> None:
    updates = ["Ida Kern 16 minutes ago", "The board has confirmed Oskar Brem as chief executive from next month."]
    updates += ["Ida Kern 40 minutes ago", "Shares in Gizmo Works fell four per cent in early trading after the news broke."]
    markdown, _ = imported(STORY + updates)
    assert "The board has confirmed Oskar Brem" in markdown and "Shares in Gizmo Works fell" in markdown
