"""A picture's caption and credit set as plain blocks beside it (no <figure>, no class saying caption): a figure, its
first line the caption and a credit's line its credit. Passages of our own, with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, read

SECOND = "The ferry will run twice a day from May, the operator said, once the new pontoon at the south quay is in place."


def figures(body: str):
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{body}<p>{SECOND}</p></article>")
    paragraphs = "\n".join(u.text for u in saved.body if u.kind == "paragraph")
    return [u for u in saved.body if u.kind == "figure"], paragraphs


def test_a_picture_with_its_caption_and_credit_lines_is_a_figure():
    for box in (
        "<div class='art-img'><a><picture><img src='f.jpg' alt=''></picture></a><div class='art-img__cont'>"
        "<div class='art-img__copy'>The ferry at the south quay.</div><div class='art-img__author'>Photograph by <span>Bo Lind</span></div></div></div>",
        "<div class='story-block'><img src='f.jpg' alt=''><div class='txt'>The ferry at the south quay.</div><div class='txt'>Photo: Bo Lind</div></div>",
        "<div class='c9'><picture></picture><p>The ferry at the south quay.</p><p>© Bo Lind</p></div>",  # its <img> was in a <noscript>
    ):
        found, paragraphs = figures(box)
        assert len(found) == 1 and found[0].text == "The ferry at the south quay.", box
        assert "Bo Lind" in found[0].data["credit"], box
        assert "south quay." not in paragraphs and "Bo Lind" not in paragraphs, box


def test_a_caption_alone_needs_a_box_naming_a_picture():
    found, _ = figures("<div class='media-item'><img src='f.jpg' alt=''><div><div>The ferry at the south quay.</div></div></div>")
    assert len(found) == 1 and found[0].text == "The ferry at the south quay."


def test_near_misses_stay_the_storys_text():
    for box in (
        # a plain box of a picture and a short paragraph: the story may go on beside its picture
        "<div class='col'><img src='f.jpg' alt=''><div>The ferry at the south quay.</div></div>",
        # two lines and no credit: nothing says which is the caption
        "<div class='art-img'><img src='f.jpg' alt=''><div>The ferry at the south quay.</div><div>It sails at nine.</div></div>",
        # a paragraph beside the picture in a box naming a picture, no credit under it: the story's
        "<div class='image'><img src='f.jpg' alt=''><p>The ferry at the south quay.</p></div>",
        # a "Source:" sentence under a line of the story's is no credit
        "<div class='entry'><img src='f.jpg' alt=''><div>The ferry at the south quay.</div><div>Source: the ferry company's own timetable for the coming year</div></div>",
        # a writer's note in a class naming the author is no credit
        "<section><img src='f.jpg' alt=''><div>The ferry at the south quay.</div><div class='author-note'>Bo Lind reported from Tolk.</div></section>",
        # words before the picture
        "<div class='art-img'><div>The ferry at the south quay.</div><img src='f.jpg' alt=''><div>Photo: Bo Lind</div></div>",
    ):
        found, paragraphs = figures(box)
        assert not any(f.text == "The ferry at the south quay." for f in found), box
        assert "The ferry at the south quay." in paragraphs, box


def test_the_writers_picture_beside_the_byline_is_no_figure():
    for box in (
        "<div class='pane-blog-byline'><div class='pic'><img src='w.jpg' alt=''></div><div class='blog-author'>By <a href='/bio/ada'>Ada Renn</a>,"
        " Senior Fellow</div><div class='updated-date'>April 5, 2018 | 6:00 PM</div></div>",
        "<div class='media-item'><img src='w.jpg' alt=''><div class='credit'>Bo Lind</div><div class='when'>April 5, 2018</div></div>",
    ):
        saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>{SECOND}</p></article>")
        assert not [u for u in saved.body if u.kind == "figure"], box


def test_a_sentence_of_saying_beside_a_picture_stays_the_storys():  # near misses: a verb of saying is the story's
    for box in (
        "<div class='media-block'><img src='f.jpg' alt=''><div>The ferry will run from May, the operator said on Friday.</div></div>",
        "<div class='entry'><img src='f.jpg' alt=''><div>The operator says the ferry will run from May.</div><div>Photo: Bo Lind</div></div>",
    ):
        found, paragraphs = figures(box)
        assert not found and "the ferry will run from May" in paragraphs.replace("The ferry", "the ferry"), box


def test_a_credit_worded_as_one_makes_the_other_line_the_caption():
    for credit in ("(Image: Bo Lind)", "Bo Lind / Reuters", "Bo Lind via Getty Images", "Source: Tolk Harbour Board"):
        found, paragraphs = figures(f"<div class='entry'><img src='f.jpg' alt=''><div>The ferry at the south quay.</div><div>{credit}</div></div>")
        assert len(found) == 1 and found[0].text == "The ferry at the south quay.", credit
        assert "Bo Lind" not in paragraphs and "south quay." not in paragraphs, credit
