"""A news site's photo box in a saved page: the picture, then its credit and its caption each in a plain block classed so
(`<div class="credit">`, `<div class="caption">`), in a box whose own class says nothing of pictures. Passages of our own,
with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, read

SECOND = "The council will hear the harbour master again in the spring, when the new pier's survey is due to be published."


def paragraphs(saved) -> str:
    return "\n".join(u.text for u in saved.body if u.kind == "paragraph")


def test_a_picture_with_a_credit_block_and_a_caption_block_is_a_figure():
    for inner in (
        "<div class='credit'>Harbor Photo Agency</div><div class='caption'>Pier police on patrol at the east pier.</div>",
        "<div class='photo-caption'>Pier police on patrol at the east pier.</div><div class='photo-credit'>Harbor Photo Agency</div>",
        "<p class='caption'>Pier police on patrol at the east pier.</p>",
    ):
        saved = read(
            f"<article><h1>T</h1><p>{LONG}</p><div class='enhMed rightWrap'><img src='pier.jpg' alt=''>{inner}</div><p>{SECOND}</p></article>"
        )
        figures = [u for u in saved.body if u.kind == "figure"]
        assert len(figures) == 1 and figures[0].text == "Pier police on patrol at the east pier.", inner
        assert "Pier police" not in paragraphs(saved) and "Harbor Photo Agency" not in paragraphs(saved), inner
        if "credit" in inner:
            assert figures[0].data["credit"] == "Harbor Photo Agency", inner


def test_near_misses_stay_text():
    """A box with a picture and an unclassed block of the story's text, or with no picture, keeps its text as paragraphs."""
    saved = read(f"<article><h1>T</h1><div class='enhMed'><img src='pier.jpg' alt=''><div>{LONG}</div></div><p>{SECOND}</p></article>")
    assert LONG[:40] in paragraphs(saved)
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='enhMed'><div class='caption'>Harbour plan, page two</div><div>{SECOND}</div></div></article>"
    )
    assert SECOND[:40] in paragraphs(saved)


def test_a_grid_cells_caption_holding_its_source_alone_is_left_as_it_was():
    """Near miss: a picture grid's cell whose 'caption' block holds only its source (`<p class="source_via">Harbor Post</p>`)
    is no captioned figure."""
    cell = (
        "<div class='grid_cell'><div class='wrap'><img src='a.jpg'></div><div class='cell_caption'><p class='source_via'>Harbor Post</p></div></div>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{cell}<p>{SECOND}</p></article>")
    assert not [u for u in saved.body if u.kind == "figure" and u.data.get("credit") == "Harbor Post"]
