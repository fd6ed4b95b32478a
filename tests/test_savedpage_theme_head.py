"""A news theme's story head in a saved page: a section's label set inside the <h1> ('Local News | ' before the
headline, MediaNews Group's WordPress theme), the standfirst set as an <h2> under the headline, and a lead photo's
caption and credit in one credit's block over the headline (The New Republic's `<div class="photo-credit">`). The
title is the headline the metadata confirm, the standfirst is the summary, the caption is a figure. Passages of our
own, with near misses."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEADLINE = "Mayor opens Harbourton bridge after delays"
DECK = "The crossing cost four million more than planned and opened two years late"
DESCRIPTION = "The new Harbourton bridge opened on Wednesday, two years late, the city announced."
STORY = (
    f"<div class='article-content'><div class='byline'>By Jane Roe</div><p>{DESCRIPTION}</p>"
    "<p>“This crossing will serve the town for a century,” said Mayor John Doe. “It was worth the wait.”</p>"
    "<p>Council member Ann Poe said the overrun must be explained. “Ratepayers deserve answers,” she said.</p></div>"
)


def page(h1: str, under: str = "", over: str = "", meta_title: str = HEADLINE) -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{meta_title}</title>"
        f"<meta property='og:title' content='{meta_title}'><meta property='og:description' content='{DESCRIPTION}'>"
        "<meta property='article:published_time' content='2023-11-08T16:56:00-05:00'></head><body><article>"
        f"<header class='entry-header'>{over}<div class='headlines'><h1 class='entry-title'>{h1}</h1>{under}</div></header>"
        f"{STORY}</article></body></html>"
    ).encode()


def front_and_body(raw: bytes) -> tuple[str, str]:
    front, body = import_page(read_saved_page(raw, "bridge.html"), "bridge.html").markdown.split("+++")[1:3]
    return front, body


def labelled(label: str) -> str:
    return f"<div class='entry-section'><a href='/local-news/'>{label} | </a></div><span class='dfm-title'>{HEADLINE}</span>"


def test_a_section_label_inside_the_headline_is_no_part_of_the_title():
    for label in ("Local News", "Sports", "Things to Do"):
        front, _ = front_and_body(page(labelled(label)))
        assert f'title = "{HEADLINE}"' in front, label


def test_a_bar_the_metadata_keep_is_the_headlines_own():  # near miss
    headline = f"Ferry strike | {HEADLINE}"
    front, _ = front_and_body(page(headline, meta_title=headline))
    assert f'title = "{headline}"' in front


def test_a_bar_the_metadata_keep_before_the_sites_name_is_cut_off():  # near miss
    """No og:site_name: the page's <title> 'Ann Poe | 1948–2023 | Harbourton Daily' cut to one part gives '1948–2023',
    but the raw og:title and <title> keep the bar: the headline's own."""
    for headline in ("Ann Poe | 1948–2023", "Ferry Notes | Why the crossing failed"):
        raw = page(headline, meta_title=headline).replace(
            f"<title>{headline}</title>".encode(), f"<title>{headline} | Harbourton Daily</title>".encode()
        )
        front, _ = front_and_body(raw)
        assert f'title = "{headline}"' in front, headline


def test_a_label_no_metadata_confirms_stays():  # near miss: nothing says the headline goes without it
    front, _ = front_and_body(page(labelled("Local News"), meta_title="Harbourton Daily"))
    assert f'title = "Local News | {HEADLINE}"' in front


def test_the_standfirst_under_the_headline_is_the_summary_before_the_sites_description():
    for under in (f"<h2 class='subheadline'>{DECK}</h2>", f"<h2 class='article-subhead'><span>{DECK}</span></h2>"):
        front, body = front_and_body(page(HEADLINE, under))
        assert f'summary = "{DECK}"' in front, under
        assert body.count(DECK) == 1 and body.strip().startswith(DECK), under  # the text's opening, shown once as the lede
        assert body.count(DESCRIPTION) == 1, under


def test_without_a_standfirst_the_description_stays_the_summary():  # near miss
    front, _ = front_and_body(page(HEADLINE, "<h2 class='subheadline'>Roads</h2>"))
    assert f'summary = "{DESCRIPTION}"' in front


PHOTO = "<div class='article-image image'><img src='bridge.jpg'></div>"


def test_a_caption_and_its_credit_in_a_credit_block_over_the_headline_are_a_figure():
    for credit_class in ("photo-credit", "article-photo-credit"):
        cover = (
            f"<div class='article-cover'>{PHOTO}<div class='{credit_class}'>"
            "Mayor John Doe and council member Ann Poe at the opening in 2023. (Lia Brun/Harbour Press)</div></div>"
        )
        _, body = front_and_body(page(HEADLINE, f"<h2 class='article-subhead'>{DECK}</h2>", over=cover))
        assert ":credit: Lia Brun/Harbour Press" in body, credit_class
        assert "\n\nMayor John Doe and council member Ann Poe at the opening in 2023.\n:::" in body, credit_class
        paragraphs = [block for block in body.split("\n\n") if block.strip() and not block.startswith((":", "Mayor John Doe and"))]
        assert paragraphs[0].strip() == DECK, credit_class


def test_a_credit_block_without_a_bracketed_credit_is_no_caption():  # near miss: a story's credits, no picture's
    cover = (
        f"<div class='article-cover'>{PHOTO}<div class='story-credit'>Reporting by Jane Roe and editing by Tom Hale for the city desk.</div></div>"
    )
    _, body = front_and_body(page(HEADLINE, over=cover))
    assert "\n\nReporting by Jane Roe and editing by Tom Hale for the city desk.\n:::" not in body
