"""A saved page's gallery slide counters ('1of4', '2 of 4') and its row of keyword chips, where the page marks them by
their class (a slideshow's count or pager; keywords, topics), are the site's, left out. Pages of our own, near misses."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

FIGURES = (
    '<figure><img src="a.jpg"><figcaption>The old pier in 1950.</figcaption></figure><span class="{count}">1of4</span>'
    '<figure><img src="b.jpg"><figcaption>The last ferry.</figcaption></figure><span class="{count}">2 of 4</span>'
)
CHIPS = '<div class="{chips}"><a href="/t/ports">Ports &amp; Harbours</a> <a href="/t/kelby">Kelby</a> <a href="/t/ferries">Ferries</a></div>'


def page(count: str = "slideshow-count", chips: str = "article-keywords") -> str:
    return (
        f"<article><h1>Harbour pier closes</h1><p>{LONG}</p><div class='slideshow'>{FIGURES.format(count=count)}</div>"
        f"<p>{LONG}</p>{CHIPS.format(chips=chips)}</article>"
    )


def test_slide_counters_and_keyword_chips_are_left_out():
    for count, chips in (("slideshow-count", "article-keywords"), ("slideshow-pager", "story-topics"), ("slide-number", "keywords")):
        text = body_text(read(page(count, chips)))
        assert "1of4" not in text and "2 of 4" not in text, count
        assert "Ports & Harbours" not in text and "Ferries" not in text, chips
        assert "The old pier in 1950." in text and LONG in text


def test_unmarked_counters_and_links_stay():
    """Near misses: a count and a row of links in elements whose class names neither."""
    text = body_text(read(page("pier-note", "pier-links")))
    assert "2 of 4" in text and "Ferries" in text
