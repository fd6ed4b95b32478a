"""A saved page's <meta> elements in every shape a site writes its topics and its links in: `name="tags"` (a site
search's field, one tag a meta, repeated), `keywords`, `news_keywords`, `article:tag`, empty ones, and metas whose name is
one the reader keeps for a field of its own (`canonical`, `base`, `authors`). None stops the import; `tags` and
`article:tag` give the page's tags, one a meta or all in one."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

ARTICLE = f"<article><h1>Harbour board reopens the pier</h1><p>By Jane Roe</p><p>{LONG}</p><p>{LONG}</p></article>"


def test_a_tags_meta_gives_the_tag():
    saved = read(ARTICLE, '<meta name="tags" content="Harbour">')
    assert saved.meta["tags"] == ["Harbour"]
    assert LONG in body_text(saved)


def test_repeated_tags_metas_give_each_tag_and_value_stands_for_content():
    head = '<meta class="swiftype" name="tags" data-type="string" value="Jane Roe"><meta name="tags" value="Kelby Pier">'
    assert read(ARTICLE, head).meta["tags"] == ["Jane Roe", "Kelby Pier"]


def test_tags_metas_of_both_names_are_one_list():
    for head in (
        '<meta name="tags" content="Harbour"><meta property="article:tag" content="Ferries">',
        '<meta property="article:tag" content="Harbour"><meta name="tags" content="Ferries">',
    ):
        assert read(ARTICLE, head).meta["tags"] == ["Harbour", "Ferries"], head


def test_one_tags_meta_holding_them_all():
    assert read(ARTICLE, '<meta name="tags" content="Harbour, Ferries, Kelby">').meta["tags"] == ["Harbour", "Ferries", "Kelby"]


def test_every_meta_shape_on_one_page_imports():
    head = (
        '<meta name="tags" content="Harbour"><meta name="tags" content="">'
        '<meta name="keywords" content="harbour, pier, ferries"><meta name="keywords" content="">'
        '<meta name="news_keywords" content="Harbour, Kelby"><meta property="article:tag" content="Ferries">'
        '<meta property="article:tag" content=""><meta name="canonical" content="https://example.org/pier">'
        '<meta name="base" content="https://example.org/"><meta name="authors" content="Jane Roe">'
        '<meta name="saved_from" content="x"><meta name="citation_authors" content="Jane Roe">'
    )
    saved = read(ARTICLE, head)
    assert saved.meta["tags"] == ["Harbour", "Ferries"]
    assert saved.meta["title"] == "Harbour board reopens the pier"
    assert LONG in body_text(saved)


def test_keywords_metas_alone_give_no_tags():
    """Near miss: as before, a page's SEO keywords are no tags of the report."""
    saved = read(ARTICLE, '<meta name="keywords" content="harbour, pier"><meta name="news_keywords" content="Harbour, Kelby">')
    assert "tags" not in saved.meta
