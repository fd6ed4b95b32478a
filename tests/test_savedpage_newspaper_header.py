"""An old newspaper site's story page (a table layout): the byline set in bold capitals at the head of the first paragraph
with no "By", the paper's name after the headline in the page's <title> ('… (from The Dunmore Courier )') and a section
menu's labels in cells classed `subMenu`."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORY = (
    "It will have to be a careful performance. Today's announcement by Transport Minister Ivo Kell must settle the future "
    "of the harbour depot, a question that has divided the parliament for months."
)
MORE = (
    "<p>The board's planned move to Dunmore was a central part of the town's successful bid for the regatta, when much was "
    "made of the harmony between the parties on the council.</p>"
)


def page(lead: str, title: str = "Board faces dilemma over depot (from The Dunmore Courier )") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body><table><tr><td class='content_main'>"
        "<table><tr><td class='subMenu'><a href='javascript:void(0)' class='subMenu'>INDEX</a></td></tr></table>"
        "<div class='artHeadline'>Board faces dilemma over depot</div><div class='storyText' id='articleBody'>"
        f"<p>{lead}{STORY}</p>{MORE}</div></td></tr></table></body></html>"
    )


def read(html: str) -> tuple[str, str]:
    result = import_page(read_saved_page(html.encode(), "depot.html"), "depot.html")
    _, head, text = result.markdown.split("+++", 2)
    return head, text


def test_a_bold_capitals_byline_heading_the_first_paragraph_names_the_authors():
    head, text = read(page("<b>ANN KENT and GERRY VOSS</b><br><br>"))
    assert 'name = "Ann Kent"' in head and 'name = "Gerry Voss"' in head
    assert "ANN KENT" not in text and text.strip().startswith("It will have to be")


def test_the_papers_name_after_the_title_and_a_menu_label_are_left_out():
    head, text = read(page("<b>ANN KENT and GERRY VOSS</b><br><br>"))
    assert 'title = "Board faces dilemma over depot"' in head
    assert "INDEX" not in head and "INDEX" not in text


def test_near_miss_a_bold_lead_in_in_capitals_is_no_byline():
    """Near miss: 'BREAKING NEWS' in bold capitals opening the story names no one; a title ending '(from 1990 to 2020)' keeps it."""
    head, text = read(page("<b>BREAKING NEWS</b><br>", title="Harbour dues (from 1990 to 2020)"))
    assert "[[authors]]" not in head and "BREAKING NEWS" in text
    assert 'title = "Harbour dues (from 1990 to 2020)"' in head
