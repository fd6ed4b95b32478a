"""Bylines, split stories and furniture of saved government press pages and news stories, found on the fifth held-out
round of bench/saved_pages.py (tests/fixtures/saved-pages-heldout5): one small page of our own per rule, with its near
miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

# -- a byline labelled "Written by:" ------------------------------------------------------------------------------------


def test_an_author_element_labelled_written_by_gives_the_name_alone():
    """A government news agency's page: <div class="author"><b>Written by:</b> Jane Roe</div> under the headline."""
    saved = read(f"<article><h1>T</h1><div class='entry-meta'><div class='author'><b>Written by:</b> Jane Roe</div></div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


def test_a_written_by_line_opening_the_text_is_the_byline():
    """A repost: <p><em>Written by: <a>Jane Roe</a></em></p> as the text's first lines, no byline element."""
    saved = read(f"<article><h1>T</h1><p><em>Written by: <a href='https://example.org/story'>Jane Roe</a></em></p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


def test_a_sentence_that_says_written_by_is_no_byline():
    """Near miss: a paragraph that mentions a book written by someone is text, and names no author."""
    saved = read(f"<article><h1>T</h1><p>Written by Jane Roe in 1990, the plan was never adopted.</p><p>{LONG}</p></article>")
    assert not saved.meta.get("authors")
    assert "Written by Jane Roe in 1990" in body_text(saved)


# -- an author field that names the site itself -------------------------------------------------------------------------


def test_a_meta_author_naming_the_site_with_its_address_is_no_author():
    """Deutsche Welle: <meta name="author" content="Deutsche Welle (www.dw.com)"> on www.dw.com: the site, no person."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example.com/en/story/a-1"><meta name="author" content="Example Radio (www.example.com)">',
    )
    assert not saved.meta["authors"]


def test_a_microdata_author_naming_the_site_gives_way_to_the_written_by_line():
    """The Planetary Press: its microdata author is the site (og:site_name), the line "Written by: Jane Roe" over the
    text names the writer."""
    saved = read(
        "<article itemscope itemtype='https://schema.org/Article'><span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<meta itemprop='name' content='Example Today'></span><h1>T</h1><p><em>Written by: Jane Roe</em></p>"
        f"<p>{LONG}</p></article>",
        '<meta property="og:site_name" content="Example Today">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_byline_naming_the_organisation_stays():
    """Near miss: a visible byline naming the organisation ("By Example Foundation", its own press release) is what the
    page shows as its author: it stays, as does a byline whose e-mail address is at the site's domain."""
    head = '<link rel="canonical" href="https://example.org/news/a"><meta property="og:site_name" content="Example Foundation">'
    saved = read(
        f"<article><h1>T</h1><div class='byline'>By <a href='/news/author/ef/' rel='author'>Example Foundation</a></div><p>{LONG}</p></article>", head
    )
    assert saved.meta["authors"] == ["Example Foundation"]
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head + '<meta name="author" content="Jane Roe | jroe@example.org">')
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_meta_author_that_is_a_person_stays():
    """Near miss: a meta author who is a person, on a site of another name, is the author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example.com/a"><meta property="og:site_name" content="Example Today"><meta name="author" content="Jane Roe">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_byline_naming_the_site_gives_way_to_a_written_by_line_opening_the_text():
    """The Planetary Press (a tagDiv theme): "By The Planetary Press - January 17, 2020" over a story it reposts, whose
    text opens "Courtesy of Forests News" and "Written by: Jane Roe": the writer is Jane Roe."""
    saved = read(
        "<article><h1>T</h1><div class='td-post-author-name'>By <a href='/author/admin/'>Example Today</a> -</div>"
        f"<p><em>Courtesy of Example News</em></p><p><em>Written by: <a href='https://example.org/s'>Jane Roe</a></em></p><p>{LONG}</p></article>",
        '<meta property="og:site_name" content="Example Today">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


# -- a story split into blocks of one template ----------------------------------------------------------------------------

SECOND = (
    "The committee met again in the autumn and heard the ministry's answers, which the chairman called late and thin, "
    "and the members asked for the written replies well before the next meeting so that the staff could read them."
)


def test_a_story_split_into_blocks_of_one_template_is_read_whole():
    """Quanta, the Obama White House archive: no <article> or <main>; the story is two or more <div class="post-text">
    blocks, split by a share box, a figure or a video; the densest of them alone lost the others (the opening)."""
    wrapped = "<section class='outer'><div class='col'><div class='section'><div class='post-text'>{}</div></div></div></section>"
    first = wrapped.format(f"<p>Opening one. {LONG}</p><p>{SECOND}</p><h2>The Birth</h2><p>{LONG}</p>")
    rest = wrapped.format(
        f"<p>Middle one. {SECOND}</p><p>{LONG}</p><p>{SECOND}</p><p>{LONG}</p><h2>Flight Checks</h2><p>{SECOND}</p><p>{LONG} The end.</p>"
    )
    saved = read(
        f"<div class='page'><div class='content'><div class='header-wrap'><div class='inner'><div class='intro'>{first}</div></div></div>"
        "<div class='share'><h3>Share this article</h3></div><figure><img src='a.jpg'><figcaption>A chart.</figcaption></figure>"
        f"{rest}</div></div>"
    )
    text = body_text(saved)
    assert "Opening one." in text and "Middle one." in text and "The end." in text
    assert [u.text for u in saved.body if u.kind == "heading"] == ["The Birth", "Flight Checks"]


def test_teaser_blocks_of_the_same_template_stay_out():
    """Near miss: other stories' teasers in blocks of the story's template, each a line or two, are not the story."""
    teasers = "".join(f"<div class='post-text'><p>Another story number {i}, short.</p></div>" for i in range(4))
    saved = read(
        f"<div class='page'><div class='main'><div class='post-text'><p>{LONG}</p><p>{SECOND}</p><p>{LONG} The end.</p></div></div>"
        f"<div class='more'>{teasers}</div></div>"
    )
    assert "Another story" not in body_text(saved)
