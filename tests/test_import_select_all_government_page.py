"""A government news agency's page copied with select-all: hundreds of short menu lines and side rails (each teaser a
headline over its section's name and a date), then the story's header a field a line: the headline, the section's name,
the date line, 'Written by:' over the writer's name, and 'Photo:' with the photographer over the lead photo's caption."""

from __future__ import annotations

from dossier.importer import import_text

PAGE = """Skip to content

Advertisement

Harbour Information Office

Services

Passports

Driving Permits

Tax Returns

Health Tips

Flood Safety Tips

Storm Safety Tips

FAQs

How Do I Report A Fallen Tree?

What Are The Storm Warning Levels?

Ministries

Ministry of Ports

Ministry of Fisheries

Ministry of Roads

Agencies

Harbour Authority

Coast Watch

Events

Search

home

Latest stories

Fishing Licences Renewed For Coastal Villages

Fisheries

March 2, 2024

New Ferry Timetable For The Northern Isles

Transport

March 2, 2024

Harbour Dredging Plan Unveiled For Port Sel

Business

March 3, 2024

Written by:
Lena Varga

Photo: Tomas Brill

Minister of Ports, Ines Reyes (left), speaks with harbour master Paul Orr at the quay in Port Sel.

The Harbour Authority will dredge the main channel of Port Sel this summer, the Ministry of Ports said on Monday.

The work, which is to start in June, will let larger cargo ships enter the port at low tide.

“We expect forty more ships a month once the channel is deep enough,” Minister of Ports Ines Reyes said.

Registration for the contractors' briefing is now open.
"""


def test_the_header_under_the_menus_gives_title_date_and_writer() -> None:
    result = import_text(PAGE, "page.txt")
    markdown, summary = result.markdown, " ".join(result.summary)
    assert 'title = "Harbour Dredging Plan Unveiled For Port Sel"' in markdown
    assert "date = 2024-03-03" in markdown and 'name = "Lena Varga"' in markdown
    body = markdown.split("+++")[2]
    for menu in ("Storm Warning", "Ministry of Fisheries", "Latest stories", "New Ferry Timetable", "Written by"):
        assert menu not in body
    assert "- " not in body and "sections: 0 top-level" in summary


def test_without_the_section_label_too() -> None:
    result = import_text(PAGE.replace("\n\nBusiness\n\nMarch 3, 2024", "\n\nMarch 3, 2024"), "page.txt")
    assert 'title = "Harbour Dredging Plan Unveiled For Port Sel"' in result.markdown and 'name = "Lena Varga"' in result.markdown


def test_the_credit_over_the_caption_is_the_lead_photo_never_the_summary() -> None:
    markdown = import_text(PAGE, "page.txt").markdown
    assert ":credit: Photo: Tomas Brill\n\nMinister of Ports, Ines Reyes (left), speaks" in markdown
    assert 'summary = "The Harbour Authority will dredge' in markdown


def test_a_report_with_a_writer_label_and_no_menu_keeps_its_opening() -> None:
    text = (
        "Harbour Dredging Plan Unveiled For Port Sel\n\nMarch 3, 2024\n\nWritten by:\nLena Varga\n\n"
        "The Harbour Authority will dredge the main channel of Port Sel this summer, the Ministry of Ports said.\n\n"
        "The work will let larger cargo ships enter the port at low tide.\n"
    )
    markdown = import_text(text, "page.txt").markdown
    assert 'title = "Harbour Dredging Plan Unveiled For Port Sel"' in markdown and 'name = "Lena Varga"' in markdown
    assert "The work will let larger cargo ships" in markdown


def test_a_photo_label_over_a_long_paragraph_is_the_text() -> None:
    long = " ".join(["The Harbour Authority will dredge the main channel this summer."] * 4)
    markdown = import_text(
        PAGE.replace("Minister of Ports, Ines Reyes (left), speaks with harbour master Paul Orr at the quay in Port Sel.", long), "page.txt"
    ).markdown
    assert ":credit: Photo: Tomas Brill\n\nThe Harbour Authority" not in markdown and long in markdown


def test_a_credit_over_a_caption_under_a_short_header_is_the_lead_photo() -> None:
    text = (
        "Harbour Dredging Plan Unveiled For Port Sel\n\nMarch 3, 2024\n\nWritten by:\nLena Varga\n\nPhoto: Tomas Brill\n\n"
        "Minister of Ports, Ines Reyes (left), speaks with harbour master Paul Orr at the quay.\n\n"
        "The Harbour Authority will dredge the main channel of Port Sel this summer, the Ministry of Ports said.\n\n"
        "The work will let larger cargo ships enter the port at low tide.\n"
    )
    markdown = import_text(text, "page.txt").markdown
    assert ":credit: Photo: Tomas Brill\n\nMinister of Ports, Ines Reyes (left)" in markdown
    assert 'summary = "The Harbour Authority will dredge' in markdown


STORY = (
    "Harbour Dredging Plan Unveiled For Port Sel\n\nMarch 3, 2024\n\n"
    "The Harbour Authority will dredge the main channel of Port Sel this summer, the Ministry of Ports said on Monday.\n\n"
    "{crumb}"
    "The work, which is to start in June, will let larger cargo ships enter the port at low tide.\n"
)


def test_a_breadcrumb_a_link_a_line_with_its_separators_is_furniture() -> None:
    result = import_text(STORY.format(crumb="home\n\n»\n\nHarbour News\n\n»\n\nBusiness\n\n"), "page.txt")
    body = result.markdown.split("+++")[2]
    assert "»" not in body and "Harbour News" not in body and "Business" not in body
    assert "sections: 0 top-level" in " ".join(result.summary)


def test_a_breadcrumb_with_angle_separators_and_no_home_link_too() -> None:
    """With no 'Home' link, only over the story's first paragraph (right under the date line)."""
    crumb = "Harbour News\n\n›\n\nBusiness\n\n›\n\nPorts\n\n"
    body = import_text(STORY.replace("March 3, 2024\n\n", "March 3, 2024\n\n" + crumb).format(crumb=""), "page.txt").markdown.split("+++")[2]
    assert "›" not in body and "Ports\n" not in body


def test_a_process_linked_by_marks_under_the_story_is_no_breadcrumb() -> None:
    """Near miss: a flow's steps a line each, linked by '›' or '»', under the story's first paragraph are the text's."""
    for mark in ("›", "»"):
        crumb = f"Proposal\n\n{mark}\n\nReview by the engineers\n\n{mark}\n\nVote of the board\n\n"
        result = import_text(STORY.format(crumb=crumb), "page.txt")
        assert "Review by the engineers" in result.markdown.split("+++")[2], mark
        assert "breadcrumb" not in result.dropped, mark


def test_a_mark_alone_over_a_sentence_is_no_breadcrumb() -> None:
    body = import_text(
        STORY.format(crumb="Harbour News\n\n»\n\nThe board will name an acting chief next week, its chair said.\n\n"), "page.txt"
    ).markdown
    assert "The board will name an acting chief next week" in body


def test_a_labelled_byline_far_down_a_compilation_drops_nothing_above_it() -> None:
    """Near miss: the menus over a labelled byline are looked for in the page's first hundreds of lines; a byline far
    down (a later part of a compilation whose first part is a register of short lines) leaves the part above it."""
    register = "".join(f"Berth {n} at the east quay\n\n" for n in range(1, 700))
    result = import_text("Harbour Register\n\nSearch\n\nhome\n\n" + register + PAGE.split("Latest stories\n\n", 1)[1], "page.txt")
    body = result.markdown.split("+++")[2]
    assert "Berth 12 at the east quay" in body and "Berth 650 at the east quay" in body
