"""A magazine's byline set inside its share bar's box, and a picture's credit in a block classed as an author's: the
byline is the story's author, the credit stays with its picture. Passages of our own, with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

SHARES = "<a href='https://twitter.com/share?url=x'>twitter</a><a href='https://www.facebook.com/sharer?u=x'>facebook</a>"


def page(share_bar: str, picture: str = "") -> str:
    return f"<article><h1>Salt marsh returns to Kell Bay</h1>{share_bar}{picture}<p>{LONG}</p></article>"


def test_a_by_line_in_the_share_bar_is_the_byline():
    for bar in (
        f"<div class='sharekit'><div class='sharekit__byline'>By Ines Harrow</div>{SHARES}</div>",
        f"<div class='social-share'><span class='share-author'>By Ines Harrow and Tom Keld</span>{SHARES}</div>",
    ):
        saved = read(page(bar))
        assert saved.meta["authors"][0] == "Ines Harrow", bar
        assert "twitter" not in body_text(saved) and "By Ines" not in body_text(saved), bar


def test_a_by_line_in_top_and_bottom_share_bars_is_kept_once():
    bar = f"<div class='share'><span class='byline'>By Ines Harrow</span>{SHARES}</div>"
    saved = read(f"<article><h1>Salt marsh returns to Kell Bay</h1>{bar}<p>{LONG}</p>{bar.replace('share', 'share bottom', 1)}</article>")
    assert saved.meta["authors"] == ["Ines Harrow"]
    assert "By Ines" not in body_text(saved) and "twitter" not in body_text(saved)


def test_a_share_bar_with_no_by_line_keeps_nothing():  # near miss: the bar's label, no byline, goes with it
    saved = read(page(f"<div class='sharekit'><div class='sharekit__label'>Share this story</div>{SHARES}</div>"))
    assert not saved.meta.get("authors") and "Share this story" not in body_text(saved)


def test_a_photo_credit_in_an_author_classed_block_is_no_byline():
    picture = (
        "<div class='art-img'><a><picture><img src='marsh.jpg' alt=''></picture></a><div class='art-img__cont'>"
        "<div class='art-img__copy'>The marsh at high water.</div>"
        "<div class='art-img__author'>Photograph by <span>Olla Brenn, Kell Bay Trust</span></div></div></div>"
    )
    saved = read(page(f"<div class='sharekit'><div class='sharekit__byline'>By Ines Harrow</div>{SHARES}</div>", picture))
    assert saved.meta["authors"] == ["Ines Harrow"]
    # with no byline at all, the credit still names no author
    saved = read(page(f"<div class='sharekit'>{SHARES}</div>", picture))
    assert "Olla Brenn" not in (saved.meta.get("authors") or [])
    assert "Kell Bay Trust" not in (saved.meta.get("authors") or [])


def test_a_credit_worded_byline_with_no_picture_beside_it_stays_the_byline():  # near misses: the story's makers
    for line in ("<div class='author'>Video by Ines Harrow</div>", "<div class='byline'>Photographs by Ines Harrow and text by Tom Keld</div>"):
        saved = read(page(line))
        assert "Ines Harrow" in (saved.meta.get("authors") or []), line
        assert "Ines Harrow" not in body_text(saved), line


def test_a_byline_crediting_pictures_and_text_names_both():
    for line in ("Photographs by Ines Harrow and text by Tom Keld", "Words by Tom Keld, pictures by Ines Harrow"):
        saved = read(page(f"<div class='byline'>{line}</div>"))
        assert sorted(saved.meta.get("authors") or []) == ["Ines Harrow", "Tom Keld"], line


def test_a_video_credit_beside_a_picture_is_still_a_byline():  # near miss: a video's maker is no picture's credit
    picture = "<div class='lead'><img src='marsh.jpg' alt=''><div class='lead__author'>Video by Ines Harrow</div></div>"
    saved = read(page("", picture))
    assert saved.meta.get("authors") == ["Ines Harrow"]


def test_an_author_classed_by_line_outside_any_share_bar_stays_the_byline():  # near miss: the usual byline
    saved = read(page(f"<div class='byline'>By Ines Harrow</div><div class='sharekit'>{SHARES}</div>"))
    assert saved.meta["authors"] == ["Ines Harrow"]


def test_a_box_of_category_links_classed_cats_under_the_story_is_tags():
    saved = read(page("", "<div class='art__dyn-cats'><ul><li><a href='/coast-and-sea'>Coast</a></li></ul></div>"))
    assert "Coast" not in body_text(saved) and saved.dropped.get("tags") == ["Coast"]


def test_a_list_naming_cats_in_its_words_stays():  # near miss: the class, never the words, says tags
    saved = read(page("", "<ul class='facts'><li><a href='/cats'>Cats</a> rest on the marsh in spring</li></ul>"))
    assert "Cats rest on the marsh" in body_text(saved).replace("[Cats](/cats)", "Cats")
