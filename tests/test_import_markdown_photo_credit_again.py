"""A photo's labelled credit under its image in a Markdown export ('Photo: Jane Roe'): the figure's credit. A gallery
may give it again right under the figure, a repeat left out; a later photo by the same photographer has its own credit
line, never dropped as a repeat, so the paragraph under it stays in the text. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text


def _imported(text: str):
    return import_text(text, "export.md")


def test_a_second_photo_by_the_same_photographer_keeps_its_credit_and_the_paragraph_under_it():
    result = _imported(
        "# Ferries return to Northbay\n\nThe ferry board met on Tuesday to approve the new timetable for the islands.\n\n"
        "![Ferries at the pier](a.jpg)\nPhoto: Lena Moss\n\nThe first ferry left at six, the board said.\n\n"
        "![A ticket office on the pier](b.jpg)\nPhoto: Lena Moss\n\nThe council said the new service would run until October.\n\n"
        "Pier master Ivo Brandt said the islands had waited a decade for it.\n"
    )
    body = result.markdown.split("+++")[2]
    assert body.count(":credit: Photo: Lena Moss") == 2
    assert "The council said the new service would run until October." in body
    figures = body.split(":::{figure}")[1:]
    assert not any("would run until October" in figure.split(":::")[0] for figure in figures)
    assert "the photo's credit given again" not in result.dropped


def test_the_credit_given_again_right_under_its_figure_is_left_out():
    """Near miss: the gallery's repeat right under the figure is still a repeat."""
    result = _imported(
        "# Ferries return to Northbay\n\nThe ferry board met on Tuesday to approve the new timetable for the islands.\n\n"
        "![Ferries at the pier](a.jpg)\nPhoto: Lena Moss\n\nPhoto: Lena Moss\n\nThe first ferry left at six, the board said.\n"
    )
    assert result.dropped.get("the photo's credit given again") == ["Photo: Lena Moss"]
    assert "The first ferry left at six" in result.markdown
