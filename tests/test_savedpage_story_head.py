"""A saved news page whose story's head stands above its article's container (a header block holding the headline, the
standfirst and the byline, then the lead picture, then <article>): the standfirst the page shows is the report's
summary, said once, and the lead picture is a figure of the story with its caption and credit, never dropped with the
header nor read as text. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORY = (
    "<p>Ferry crews at Port Vell went back to work on Thursday after a nine-day strike over rotas, the port authority said.</p>"
    "<p>“We have the fourth relief crew we asked for,” said union steward Oriol Pask.</p>"
)
DESCRIPTION = "A deal reached overnight ends the longest stoppage at the port in a decade."
DECK = "The union won a fourth relief crew for the winter timetable and a review of the night crossings."
FIGURE = (
    "<figure class='featured-image'><img alt='' src='ferry.jpg'><figcaption><span>A ferry leaves Port Vell.</span> "
    "<span class='credit'>Photo by Lia Brun / DUNMORE PRESS</span></figcaption></figure>"
)


def page(body: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry crews end strike | The Dunmore Courier</title>"
        f"<meta property='og:description' content='{DESCRIPTION}'></head><body>{body}</body></html>"
    ).encode()


def imported(body: str):
    return import_page(read_saved_page(page(body), "ferry.html"), "ferry.html")


def test_the_standfirst_and_the_lead_picture_above_the_article_are_the_story_s():
    result = imported(
        "<header class='article-header'><h1>Ferry crews end strike</h1>"
        f"<p class='deck'>{DECK}</p>"
        "<div class='article-meta'><span class='published-by__author'>Tomas Eyre</span> <time datetime='2026-03-05'>Mar 05</time></div>"
        f"</header>{FIGURE}<article class='article-content'>{STORY}</article>"
    )
    front, body = result.markdown.split("+++")[1:3]
    assert f'summary = "{DECK}"' in front
    assert body.count("fourth relief crew for the winter") == 0  # said once, as the summary
    assert ":credit: Photo by Lia Brun / DUNMORE PRESS" in body and "A ferry leaves Port Vell." in body
    assert body.index("A ferry leaves") < body.index("Ferry crews at Port Vell")
    assert 'name = "Tomas Eyre"' in front
    assert "date = 2026-03-05" in front


def test_a_subtitle_heading_and_a_picture_inside_the_head_over_a_nested_container():
    result = imported(
        f"<div class='story-top'><div class='kicker'>Ports</div><h1>Ferry crews end strike</h1><h2 class='subtitle'>{DECK}</h2>{FIGURE}</div>"
        f"<div class='share'>Share</div><div class='wrap'><div class='story-body' itemprop='articleBody'>{STORY}</div></div>"
    )
    front, body = result.markdown.split("+++")[1:3]
    assert f'summary = "{DECK}"' in front
    assert "winter timetable" not in body
    assert ":credit: Photo by Lia Brun / DUNMORE PRESS" in body


def test_near_miss_a_head_with_only_a_byline_and_a_date_line_keeps_the_description():
    result = imported(
        "<header class='article-header'><div class='label'>Ports</div><h1>Ferry crews end strike</h1>"
        "<p>By Tomas Eyre and Ana Lluch, Dunmore Courier staff</p><p>Published March 5, 2026 at 10:42 am, updated 11:00</p></header>"
        f"<article class='article-content'>{STORY}</article>"
    )
    assert f'summary = "{DESCRIPTION}"' in result.markdown


def test_near_miss_the_site_s_masthead_is_no_story_head():
    """A site header with its menu and its name as a linked <h1>, over a promotion with a picture: none of it is the story's."""
    result = imported(
        "<header class='site-header'><h1><a href='/'>The Dunmore Courier</a></h1>"
        "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        "<p>Read the whole paper every morning with our new app for phones and tablets.</p></header>"
        f"<div class='promo'><figure><img src='app.jpg'><figcaption>The new app.</figcaption></figure></div>"
        f"<article class='article-content'><h2>Ferry crews end strike</h2>{STORY}</article>"
    )
    front, body = result.markdown.split("+++")[1:3]
    assert f'summary = "{DESCRIPTION}"' in front
    assert "The new app." not in body


def test_near_miss_a_container_holding_its_own_headline_reads_its_head_inside():
    result = imported(
        "<div class='promo'><h1>Subscribe today and read the Courier on every device you own</h1></div>"
        f"<article><h1>Ferry crews end strike</h1><p class='deck'>{DECK}</p>{STORY}</article>"
    )
    body = result.markdown.split("+++")[2]
    assert "winter timetable" in body  # the standfirst inside the article stays its opening


def test_near_miss_a_video_box_or_a_teaser_card_between_the_head_and_the_article_stays_out():
    """A featured video (its poster and the title of the clip it plays) and a card linking to another story, where a lead
    picture would stand: neither is the story's figure."""
    video = (
        "<figure class='featured'><div class='c-video'><img src='poster.jpg'></div>"
        "<figcaption>RELATED: Dock workers vote on the new rota</figcaption></figure>"
    )
    card = "<div class='card'><a href='/news/dock-vote'><figure><img src='dock.jpg'><figcaption>Dock workers vote</figcaption></figure></a></div>"
    for between in (video, card):
        result = imported(
            f"<header class='article-header'><h1>Ferry crews end strike</h1><p class='deck'>{DECK}</p></header>"
            f"{between}<article class='article-content'>{STORY}</article>"
        )
        assert "Dock workers vote" not in result.markdown
        assert f'summary = "{DECK}"' in result.markdown


def og_page(body: str, og_title: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry crews end strike | The Dunmore Courier</title>"
        f"<meta property='og:title' content='{og_title}'><meta property='og:description' content='{DESCRIPTION}'></head>"
        f"<body>{body}</body></html>"
    ).encode()


def og_imported(body: str, og_title: str = "Will the Night Crossings Survive the Deal?"):
    return import_page(read_saved_page(og_page(body, og_title), "ferry.html"), "ferry.html")


def test_the_headline_shown_over_the_story_is_the_title_whatever_og_title_says():
    """A page whose og:title is a social headline of its own: the <h1> it shows in the story's head above <article> is the
    title, the subtitle beside it (a <span>, a <p class='dek'>) the summary."""
    for subtitle in (f"<span class='subtitle'>{DECK}</span>", f"<p class='dek'>{DECK}</p>", f"<h2>{DECK}</h2>"):
        result = og_imported(
            "<nav><a href='/'>The Dunmore Courier</a> <a href='/ports'>Ports</a></nav>"
            f"<div class='title-bar'><div class='wrap'><span class='type'>on the waterfront</span><h1 class='title'>Ferry crews end strike</h1>{subtitle}</div></div>"
            f"<div class='byline'>Tomas Eyre <span>March 5, 2026</span></div><article><div class='body'>{STORY}</div></article>"
        )
        front, body = result.markdown.split("+++")[1:3]
        assert 'title = "Ferry crews end strike"' in front, subtitle
        assert f'summary = "{DECK}"' in front, subtitle
        assert "winter timetable" not in body, subtitle


def test_near_miss_a_sites_name_set_as_h1_over_the_story_leaves_og_title():
    """A site's name in an <h1> that is a link, in a masthead with its menu, or alone in its box over the story with no
    standfirst beside it, is no story's head: og:title stays the title."""
    for masthead in (
        "<div class='masthead'><h1><a href='/'>The Dunmore Courier</a></h1><nav><a href='/ports'>Ports</a></nav></div>",
        "<div class='top'><h1>Dunmore Courier Today</h1></div>",
    ):
        result = og_imported(f"{masthead}<article><div class='body'>{STORY}</div></article>", og_title="Ferry crews end strike")
        assert 'title = "Ferry crews end strike"' in result.markdown.split("+++")[1], masthead


def test_a_photo_credit_as_the_storys_last_paragraph_is_its_pictures():
    """'Photo by … via Getty Images' set as a paragraph after the story's text is a picture's credit, no sentence of the
    story; a credit under its picture stays the figure's, and a sentence about a photographer stays."""
    for credit in ("Photo by LIA BRUN/PORTPRESS/AFP via Getty Images", "(Photo by Lia Brun/Reuters)", "Photo by Lia Brun / DUNMORE PRESS"):
        result = imported(f"<article><h1>Ferry crews end strike</h1>{STORY}<p>{credit}</p></article>")
        body = result.markdown.split("+++")[2]
        assert credit not in body and "fourth relief crew" in body, credit
        assert credit in result.dropped["photo credit"], credit
    sentence = "<p>Photographs by Lia Brun of the night crossings were shown at the port museum in May.</p>"
    result = imported(f"<article><h1>Ferry crews end strike</h1>{STORY}{sentence}</article>")
    assert "shown at the port museum" in result.markdown.split("+++")[2]
    result = imported(f"<article><h1>Ferry crews end strike</h1>{STORY}<img src='ferry.jpg' alt=''><p>Photo by Lia Brun/Reuters</p></article>")
    assert "Photo by Lia Brun/Reuters" in result.markdown.split("+++")[2]
