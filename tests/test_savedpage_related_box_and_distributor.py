"""A news template's "Read More" box between the paragraphs, its other stories' links in a list with an ad slot as one
of its items, is the site's like the same box with no ad; a photo's credit followed by its distributor in a box of its
own after a slash ('Photo by Jane Roe /Harbour News') is one credit, and the caption keeps none of it."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

LINK_ITEM = (
    '<li class="more-topic__item"><a href="https://example.com/{slug}"><picture><img alt="A quay." height="96" width="96"></picture>'
    '<div class="more-topic__item-text"><span>{headline}</span></div></a></li>'
)
AD_ITEM = (
    '<li class="more-topic__item"><div class="article-card"><article class="ad__native"><section class="ad">'
    '<div class="visually-hidden">Advertisement 1</div><div class="ad__container"><div class="ad__label__center">Story continues below</div>'
    '<div class="ad__placeholder">This advertisement has not loaded yet, but your article continues below.</div></div></section></article></div></li>'
)
FIRST = "Property office explores the space it needs for a five-day return to the office"
SECOND = "Quay agency will not fit its staff in four days a week come July"


def page(box: str = "", caption: str = "") -> str:
    items = LINK_ITEM.format(slug="a", headline=FIRST) + LINK_ITEM.format(slug="b", headline=SECOND)
    related = f'<section class="more-topic"><div class="more-topic__title">Read More</div><ol class="more-topic__items">{box.replace("{items}", items)}</ol></section>'
    figure = f'<figure><img src="x.jpg" alt=""><figcaption class="image-caption">{caption}</figcaption></figure>' if caption else ""
    html = (
        '<!doctype html><html><head><title>Quay agency gave up office space | Quay Courier</title><meta name="author" content="Ilse Varga">'
        '<meta property="article:published_time" content="2026-05-25T16:38:12+0000"></head><body><article>'
        f"<h1>Quay agency gave up office space</h1>{figure}"
        "<p>A few months before delaying its office return, the Quay agency gave up ten floors of space in two towers.</p>"
        "<p>In March, the Quay Property Office said its plan to shed space was being adjusted, a spokesperson said.</p>"
        f"{related if box else ''}"
        "<p>Then, in April, an internal review found more space may be added where desks are scarce, the office said.</p>"
        "</article></body></html>"
    )
    return import_page(read_saved_page(html.encode(), "page.html"), "page.html", None).markdown


def test_a_read_more_box_with_an_ad_slot_among_its_links_is_the_sites() -> None:
    for box in ("{items}" + AD_ITEM, AD_ITEM + "{items}", "{items}"):
        markdown = page(box=box)
        assert FIRST not in markdown and SECOND not in markdown, box
        assert "Then, in April" in markdown


def test_a_list_with_an_item_of_the_storys_own_words_stays() -> None:
    markdown = page(box="{items}<li>The office kept two floors for its archive, its chair said on Tuesday.</li>")
    assert FIRST in markdown


def test_a_credit_and_its_distributor_after_a_slash_are_one_credit() -> None:
    caption = '<span class="caption">The agency released ten floors at its tower.</span> <span class="credit">Photo by Tomas Brem</span> /<span class="distributor">Quay News</span>'
    markdown = page(caption=caption)
    assert ":credit: Photo by Tomas Brem/Quay News" in markdown
    assert "\nThe agency released ten floors at its tower.\n" in markdown


def test_a_credit_alone_is_unchanged() -> None:
    caption = '<span class="caption">The agency released ten floors at its tower.</span> <span class="credit">Photo by Tomas Brem</span>'
    markdown = page(caption=caption)
    assert ":credit: Photo by Tomas Brem\n" in markdown
    assert "\nThe agency released ten floors at its tower.\n" in markdown
