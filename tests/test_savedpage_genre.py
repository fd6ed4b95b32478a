"""Rules of the saved news and report page, found with bench/saved_pages.py on real publishers' pages (one small page
of our own per rule, with its near miss). The bench pages each rule came from are named in its docstring."""

from __future__ import annotations

import datetime as dt

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

LONG = (
    "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise, "
    "and the agencies reported that week that the corridor would stay closed to trucks until the spring, whatever the talks gave."
)


def page(body: str, head: str = "") -> bytes:
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>A Report | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'.encode()
    )


def read(body: str, head: str = ""):
    return read_saved_page(page(body, head), "page.html")


def body_text(saved) -> str:
    return "\n".join(unit.text for unit in saved.body)


# -- the byline ---------------------------------------------------------------------------------------------------------


def test_a_byline_classed_date_line_does_not_end_the_search_for_the_byline():
    """The Los Angeles Times (class="ArticlePage-datePublished" above the byline), Salon (class="dateline" over the
    rel=author byline), Politico (a photo caption in class="story-meta" over the byline): the first byline-classed line
    names nobody; the byline is the next one that names someone. The date line is the date and leaves the body."""
    saved = read(
        "<article><h1>T</h1><div class='story-dateline'>Feb. 19, 2020 4 AM</div>"
        "<p class='story-byline'>By <a href='/people/jane-roe'>Jane Roe</a></p>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Feb. 19" not in body_text(saved) and "Jane Roe" not in body_text(saved)
    assert saved.meta["date"] == dt.date(2020, 2, 19)


def test_a_date_line_alone_still_dates_the_story_and_names_nobody():
    """Near miss: a page whose only byline-classed line is its date has a date and no author."""
    saved = read(f"<article><h1>T</h1><div class='story-dateline'>Feb. 19, 2020 4 AM</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []
    assert saved.meta["date"] == dt.date(2020, 2, 19)
    assert "Feb. 19" not in body_text(saved)


def test_a_dateline_opening_the_first_paragraph_stays_in_it():
    """The Washington Post: <span class="dateline">CAIRO —</span> opens the first paragraph, above it the byline
    outside the article. The place is the story's, not a byline: it stays, and the byline is found on the page."""
    saved = read(
        "<div class='sig-line'><span class='pb-byline'>By <a href='/people/erin-roe'>Erin Roe</a></span></div>"
        f"<article><h1>T</h1><p><span class='dateline'>CAIRO —</span> {LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Erin Roe"]
    assert body_text(saved).startswith("CAIRO —")


def test_a_byline_below_the_article_text_is_an_insets():
    """Politico: a newsletter teaser inside the story (<p class="byline">By JAKE …</p> after several paragraphs) is not
    the story's byline and stays where it is; the story's byline is the one over it."""
    saved = read(
        "<p class='story-meta__authors'>By <a href='/staff/ally-roe'>ALLY ROE</a></p>"
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p><div class='inset'><p class='byline'>By <a href='/staff/jake-doe'>JAKE DOE</a></p></div>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Ally Roe"]


def test_a_byline_element_holding_only_a_name_is_the_author():
    """The Herald Sun: <em class="byline">JOE HILDEBRAND</em>, no "By"; MSN: <span class="authorname-txt">."""
    saved = read(f"<article><h1>T</h1><p><em class='byline'>JOE ROE </em></p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Joe Roe"]
    saved = read(f"<article><h1>T</h1><span class='authorname-txt'><span class='truncate'>Anna Roe</span></span><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Anna Roe"]


def test_a_byline_element_holding_a_job_title_is_not_a_name():
    """Near miss, BuzzFeed: <div class="byline__title">BuzzFeed News Reporter</div> beside the name's link
    (class="byline__author"): the name is the author, the title is not a second one."""
    saved = read(
        "<article><h1>T</h1><div class='user-bylines'><div class='byline__body'><a href='/janeroe' class='byline__author'>Jane Roe</a>"
        f"<div class='byline__title'>Example News Reporter</div></div></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    saved = read(f"<article><h1>T</h1><div class='byline__title'>Example News Reporter</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []


def test_a_reporters_handle_separates_the_names_of_a_byline():
    """The Evening Standard ("By April Roach @aprilroach28 Daniel O'Mahony") and CNNMoney ("by Ahiza Garcia
    @ahiza_garcia February 1, 2016"): a Twitter handle after a name ends it."""
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe @janeroe28 Daniel O'Doe 01 October 2020</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Daniel O'Doe"]
    saved = read(f"<article><h1>T</h1><p class='byline'>by Jane Roe @jane_roe February 1, 2016: 12:41 PM ET</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]


def test_an_email_address_in_a_byline_is_not_a_handle():
    """Near miss: "jane@example.org" is no separator (the @ follows a word)."""
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe and Daniel Doe, jane@example.org</p><p>{LONG}</p></article>")
    assert saved.meta["authors"][:2] == ["Jane Roe", "Daniel Doe"]


def test_a_post_after_the_name_ends_the_byline_names():
    """The ACLU: "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project":
    the post and the project are not more authors."""
    saved = read(
        "<article><h1>T</h1><div class='blog-byline'>By Jane Roe , Senior Staff Technologist, Example Speech, Privacy, "
        f"and Technology Project April 5, 2018 | 6:00 PM</div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    saved = read(f"<article><h1>T</h1><div class='blog-byline'>By Jane Roe, Daniel Doe and Ann Poe April 5, 2018</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Daniel Doe", "Ann Poe"]


def test_the_byline_names_both_reporters_where_json_ld_names_the_first():
    """The Evening Standard: JSON-LD author April Roach, the byline over the story "By April Roach … Daniel O'Mahony"."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    body = "<article><h1>T</h1><div class='author'>By <a href='/author/jane-roe'>Jane Roe</a> <a href='/author/dan-doe'>Daniel Doe</a></div>"
    saved = read(f"{body}<p>{LONG}</p></article>", head)
    assert (saved.meta["authors"], saved.meta["authors_basis"]) == (["Jane Roe", "Daniel Doe"], "byline")
    # near miss: a byline naming someone else does not overrule JSON-LD
    other = "<article><h1>T</h1><div class='author'>By <a href='/author/ann-poe'>Ann Poe</a> <a href='/author/dan-doe'>Daniel Doe</a></div>"
    saved = read(f"{other}<p>{LONG}</p></article>", head)
    assert (saved.meta["authors"], saved.meta["authors_basis"]) == (["Jane Roe"], "JSON-LD author")


def test_the_imported_report_lists_the_bylines_authors():
    """What the user gets: the front matter's [[authors]]."""
    saved = read(f"<article><h1>T</h1><p><em class='byline'>JOE ROE</em></p><p>{LONG}</p></article>")
    assert 'name = "Joe Roe"' in import_page(saved, "page.html").markdown


# -- the title ----------------------------------------------------------------------------------------------------------


def test_a_hidden_h1_is_not_the_headline():
    """Yahoo (ABC News): <h1 class="… Hidden">Good Morning America</h1>, the show's name in a utility class that hides
    it, above <h1 class="headline">; the hidden one is neither the title nor a heading of the body."""
    saved = read(f"<article><h1 class='Fz-2xl Hidden'>Morning Show</h1><h1 class='headline'>Veteran Wraps Baby in Flag</h1><p>{LONG}</p></article>")
    assert saved.meta["title"] == "Veteran Wraps Baby in Flag"
    assert "Morning Show" not in body_text(saved)


def test_a_hidden_class_never_drops_the_articles_text():
    """Near miss: a page whose article sits in a class="hidden" wrapper (shown by a script) keeps its text."""
    saved = read(f"<h1>Veteran Wraps Baby in Flag</h1><div class='hidden'><p>{LONG}</p><p>{LONG}</p></div>")
    assert LONG in body_text(saved)


def test_the_headline_the_page_shows_decides_between_disagreeing_metadata():
    """The Los Angeles Times and The Atlantic: JSON-LD gives the SEO headline, og:title the one the page shows in its
    <h1> outside the article body; SCMP: JSON-LD's headline is cut short with "...", the <h1> gives it whole."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Michael Bloomberg is having to answer questions"}</script>'
        '<meta property="og:title" content="As his first debate nears, Bloomberg answers for his past">'
    )
    saved = read(
        f"<div class='top'><h1>As his first debate nears, Bloomberg answers for his past</h1></div><div itemprop='articleBody'><p>{LONG}</p></div>",
        head,
    )
    assert (saved.meta["title"], saved.meta["title_basis"]) == ("As his first debate nears, Bloomberg answers for his past", "<h1>")
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tsai Ing-wen’s political playbook should be reading for Hong Kong leader..."}</script>'
    saved = read(
        f"<header><h1>Tsai Ing-wen’s political playbook should be reading for Hong Kong leader Carrie Lam</h1></header><main><p>{LONG}</p></main>",
        head,
    )
    assert saved.meta["title"] == "Tsai Ing-wen’s political playbook should be reading for Hong Kong leader Carrie Lam"


def test_an_h1_outside_the_article_that_no_metadata_gives_stays_behind_them():
    """Near miss: an <h1> outside the article in the page header ("Opinion") that no metadata title agrees with does
    not beat JSON-LD's headline."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The Real Headline"}</script>'
    saved = read(f"<header><h1>Opinion</h1></header><main><p>{LONG}</p></main>", head)
    assert saved.meta["title"] == "The Real Headline"


def test_a_banner_header_in_the_article_holding_its_headline_is_the_storys():
    """The Atlantic: <article><header role="banner"> holds the rubric, the <h1>, the dek and the byline; it is the
    story's header (its headline and byline are read), not the site's banner."""
    saved = read(
        "<article><header class='c-article-header' role='banner'><h1>How Can We Plan for the Future?</h1>"
        "<div class='c-article-meta'><address itemprop='author'><a href='/author/leah-roe/'>Leah Roe</a>"
        "<div class='bio'>Assistant professor at UC</div></address></div>"
        f"</header><p>{LONG}</p></article>",
        '<meta property="og:title" content="How Can We Plan for the Future?">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Disasters Are a Warning"}</script>',
    )
    assert saved.meta["title"] == "How Can We Plan for the Future?"
    assert saved.meta["authors"] == ["Leah Roe"]


def test_a_banner_header_with_the_sites_navigation_is_still_the_sites():
    """Near miss: <header role="banner"> with the site's <nav> and a logo <h1><a href="/">Site</a></h1> is dropped."""
    saved = read(
        "<article><header role='banner'><h1><a href='/'>Example Times</a></h1><nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav></header>"
        f"<h2>Story</h2><p>{LONG}</p></article>"
    )
    assert "Example Times" not in body_text(saved) and "World" not in body_text(saved)
