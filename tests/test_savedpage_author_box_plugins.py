"""WordPress's author-box plugins closing a post (Starbox's <div class="abh_box"> with its 'Author / Recent Posts' tabs, the
bio and 'Latest posts by …'; Simple Author Box's <div class="saboxplugin-wrap">; a theme's 'about-author' or 'author_box'):
the page's furniture, never the report's text, a section or its notes. A paragraph of the story that names an author
stays."""

from __future__ import annotations

import pytest
from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORY = (
    "<p>On Tuesday, the Velden Court of Appeal found that the market can be held liable for a kettle sold by another seller.</p>"
    "<p>“The market put itself between the maker and the buyer,” the court wrote in its ruling, which runs to forty pages.</p>"
)
POSTS = (
    '<ul><li><a href="/a/">Velden Mayor Names New Port Chief</a><span> - March 2, 2021</span></li>'
    '<li><a href="/b/">Ferry Fares To Rise In April</a><span> - March 1, 2021</span></li></ul>'
)
BIO = "Lena Duro is the senior editor of the Velden Globe. She can be reached at the newsroom."


def imported(box: str) -> str:
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Velden Court Rules Against Kettle Seller - Velden Globe</title></head><body>'
        '<article><h1>Velden Court Rules Against Kettle Seller</h1><div class="byline">By Lena Duro, <time datetime="2021-03-03">March 3, 2021</time></div>'
        f'<div class="entry-content">{STORY}{box}</div></article></body></html>'
    )
    return import_page(read_saved_page(page.encode(), "page.html"), "page.html").markdown


@pytest.mark.parametrize(
    "box",
    [
        '<div class="abh_box abh_box_down"><ul class="abh_tabs"><li><a href="#abh_about">Author</a></li><li><a href="#abh_posts">Recent Posts</a></li></ul>'
        f'<section class="abh_about_tab"><h3>Lena Duro</h3><div class="abh_description">{BIO}</div></section>'
        f'<section class="abh_posts_tab"><h4>Latest posts by Lena Duro (<a href="/author/">see all</a>)</h4>{POSTS}</section></div>',
        f'<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/author/">Lena Duro</a></div><div class="saboxplugin-desc"><p>{BIO}</p></div></div>',
        f'<div class="about-author"><h4>Lena Duro</h4><p>{BIO}</p></div>',
        f'<div class="author_box"><h4>Lena Duro</h4><p>{BIO}</p><h4>Latest posts by Lena Duro</h4>{POSTS}</div>',
    ],
)
def test_an_author_box_plugin_is_furniture(box: str) -> None:
    markdown = imported(box)
    body = markdown.split("+++")[2]
    assert "senior editor" not in body and "Latest posts" not in markdown and "[^" not in markdown
    assert "forty pages" in markdown
    assert "senior editor" not in markdown or f'author_note = "{BIO}"' in markdown  # the box's bio of the byline's writer: her note


def test_a_story_paragraph_naming_the_author_stays() -> None:
    line = "Lena Duro, the author of this story, bought one of the kettles herself last year and it burst within a week."
    markdown = imported(f'<div class="story-note"><p>{line}</p></div>')
    assert line in markdown


def test_a_box_about_an_authority_stays() -> None:
    # near miss: a class that opens on 'about-author…' and names another word
    line = "The Velden Trading Standards Authority was set up in 1987 and answers to the council, which names its board."
    markdown = imported(f'<div class="about-authority"><h3>Who checks the kettles</h3><p>{line}</p></div>')
    assert line in markdown and "## Who checks the kettles" in markdown
