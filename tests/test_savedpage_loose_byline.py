"""A saved news page whose CMS sets the byline as loose text at the top of the article's body ('by <span>Jane Roe</span>'
before the first <p>), and whose analytics data layer (digitalData's pageInfo.author) names the writer. Pages of our own,
with near misses."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

TITLE = "<h1>Harbour lights go dark for the winter</h1>"


def article(opening: str) -> str:
    return f"<div class='article'>{TITLE}<div class='article-content-paras'>\n  {opening}\n  <p>{LONG}</p><p>{LONG}</p></div></div>"


def test_a_loose_by_line_before_the_first_paragraph_is_the_byline():
    for opening, names in (
        ("by <span style='font-weight:bold'>\n   Jane Roe</span>", ["Jane Roe"]),
        ("By <b>Jane Roe</b> and <b>John Doe</b>", ["Jane Roe", "John Doe"]),
        ("Written by Jane Roe", ["Jane Roe"]),
    ):
        saved = read(article(opening))
        assert saved.meta["authors"] == names, opening
        assert "Jane Roe" not in body_text(saved) and LONG in body_text(saved), opening


def test_loose_words_before_the_paragraph_that_name_no_one_stay_the_text():
    saved = read(article("by the end of the week, <em>the harbour</em> was dark"))
    assert saved.meta.get("authors", []) == []
    assert "by the end of the week" in body_text(saved)


def data_layer(author: str) -> str:
    layer = '{"page":{"pageInfo":{"pageName":"Harbour lights","author":"' + author + '"}}}'
    return f"<script>var digitalData = {layer};</script>"


def test_the_data_layer_s_author_where_the_page_names_no_one():
    saved = read(article(""), head=data_layer("Jane Roe"))
    assert saved.meta["authors"] == ["Jane Roe"]
    # near misses: a CMS's user name is no one's name; a byline on the page comes first
    assert read(article(""), head=data_layer("jroe")).meta.get("authors", []) == []
    assert read(article("by <span>John Doe</span>"), head=data_layer("Jane Roe")).meta["authors"] == ["John Doe"]
