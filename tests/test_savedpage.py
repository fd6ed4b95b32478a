"""The saved-page reader (dossier.savedpage) on small pages, one or more per rule, and on two realistic saved pages."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from dossier import savedpage
from dossier.document import read_report
from dossier.model import ContentError, without_note_markers
from dossier.savedpage import looks_like_html, read_saved_page

FIXTURES = Path(__file__).parent / "fixtures" / "saved-page"
LONG = "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise."


def page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    return f'<!doctype html>\n<html><head><meta charset="{charset}"><title>A Report | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'.encode(
        charset
    )


def read(body: str, head: str = ""):
    return read_saved_page(page(body, head), "page.html")


def kinds(result) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in result.body]


def texts(result, *wanted: str) -> list[str]:
    return [u.text for u in result.body if not wanted or u.kind in wanted]


def plain(markdown: str) -> str:
    """What a reader sees of a unit's Markdown: no note markers, link text only, no escapes."""
    text = re.sub(r"\[\^[^\]]+\]", "", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\\(.)", r"\1", text)


def everything(result) -> str:
    return "\n".join([u.text for u in result.body] + [u.text for u in result.notes] + [str(u.data.get("credit", "")) for u in result.body])


# -- sniffing and bad input --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"<!DOCTYPE html><html><body><p>x</p></body></html>",
        b"\xef\xbb\xbf\n\n<html lang='en'><p>x</p></html>",
        b"<!-- saved from url=(0022)https://example.org/ -->\n<html>",
        b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">',
        b"<head><title>t</title></head>",
        b"<article><p>Just the article</p></article>",
        "<!doctype html><html><body>utf-16</body></html>".encode("utf-16"),
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!doctype html><html>",
    ],
)
def test_html_is_recognised(raw):
    assert looks_like_html(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"December 9, 2021 Inquiry & Analysis Series No. 1611\n\nA Title\n\nBody text.",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"Notes on <html> and <body> tags, far into a text file." + b" " * 5000 + b"<html>",
        b"",
    ],
)
def test_other_files_are_not_html(raw):
    assert not looks_like_html(raw)


def test_binary_data_is_refused_with_its_line():
    with pytest.raises(ContentError) as caught:
        read_saved_page(b"<!doctype html>\n<html>\n<body>\x00\x01\x02</body></html>", "saved.html")
    assert str(caught.value) == "saved.html:3: binary data (NUL bytes), not an HTML page"


def test_plain_text_is_refused():
    with pytest.raises(ContentError, match=r"^export\.txt:1: not an HTML page"):
        read_saved_page(b"A Title\n\nBy J. Doe\n\nSome text.\n", "export.txt")


def test_an_empty_file_is_refused():
    with pytest.raises(ContentError, match=r"^empty\.html: the file is empty$"):
        read_saved_page(b"  \n", "empty.html")


def test_a_page_over_50_mb_is_refused_before_it_is_parsed(monkeypatch):
    def no_parsing(*args, **kwargs):
        raise AssertionError("the page was parsed")

    monkeypatch.setattr(savedpage, "BeautifulSoup", no_parsing)
    monkeypatch.setattr(savedpage, "UnicodeDammit", no_parsing)
    raw = b"<!doctype html><html><body>" + b"<p>x</p>" * (50 * 1024 * 1024 // 8)
    with pytest.raises(ContentError, match=r"^big\.html: the page is 50\.0 MB; pages over 50 MB are not read$"):
        read_saved_page(raw, "big.html")


def test_a_page_with_too_many_tags_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(savedpage, "MAX_TAGS", 100)
    monkeypatch.setattr(savedpage, "BeautifulSoup", None)
    with pytest.raises(ContentError, match=r"^tags\.html: the page has 2,0\d\d tags; over 100"):
        read_saved_page(page("<p>x</p>" * 1000), "tags.html")


def test_a_page_with_only_furniture_has_no_article_text():
    body = '<header><nav><a href="/">Home</a><a href="/about">About us</a></nav></header><div class="cookie-banner"><p>We use cookies.</p></div><footer><p>© 2024 Site</p></footer>'
    with pytest.raises(ContentError, match=r"^page\.html(:\d+)?: no article text found"):
        read(body)


def test_a_javascript_shell_has_no_article_text():
    with pytest.raises(ContentError, match=r"no article text found.*JavaScript"):
        read('<div id="root"></div><script src="/app.js"></script><noscript>You need to enable JavaScript to run this app.</noscript>')


def test_deeply_nested_unclosed_tags_give_text_not_a_traceback():
    # 2,000 levels: twice Python's recursion limit, so a walk taking even one frame a level would fail (the reader's
    # walk takes three and fails from 400); deeper costs time, not coverage (the reader's furniture checks grow with
    # the depth squared: 3,000 pairs took 40 s)
    body = "<article><h1>Deep</h1>" + "<div><font>" * 1000 + f"<p>{LONG}</p><p>Second paragraph at the bottom of the pile.</p></article>"
    result = read(body)
    assert [plain(t) for t in texts(result, "paragraph")] == [LONG, "Second paragraph at the bottom of the pile."]


def test_unclosed_paragraphs_are_separate_paragraphs():
    result = read(f"<article><h1>T</h1><p>{LONG}<p>Two.<p>Three.</article>")
    assert texts(result, "paragraph") == [LONG, "Two.", "Three."]


# -- decoding ------------------------------------------------------------------------------------------------------------


def test_the_declared_windows_1252_charset_is_used():
    raw = page(f"<article><h1>T</h1><p>“Quoted,” he said — {LONG}</p></article>", charset="windows-1252")
    result = read_saved_page(raw, "cp.html")
    assert texts(result, "paragraph") == [f"“Quoted,” he said — {LONG}"]
    assert not [p for p in result.problems if "charset" in p.message]


def test_utf8_bytes_under_a_wrong_declared_charset_are_read_as_utf8():
    raw = page(f"<article><h1>T</h1><p>Çavuşoğlu said: “{LONG}”</p></article>").replace(b"utf-8", b"windows-1252")
    result = read_saved_page(raw, "x.html")
    assert texts(result, "paragraph") == [f"Çavuşoğlu said: “{LONG}”"]


def test_latin1_bytes_declared_as_utf8_are_read_and_reported():
    raw = f'<!doctype html>\n<html><head><meta charset="utf-8"></head><body>\n<article><h1>T</h1>\n<p>Café {LONG}</p></article></body></html>'.encode(
        "latin-1"
    )
    result = read_saved_page(raw, "x.html")
    assert texts(result, "paragraph") == [f"Café {LONG}"]
    assert any(p.line == 4 and "declares charset utf-8" in p.message for p in result.problems)


# -- where the article is ----------------------------------------------------------------------------------------------


def test_the_article_element_is_the_body_and_page_furniture_is_recorded():
    body = (
        '<a class="skip-link" href="#main">Skip to content</a>'
        '<div id="cookie-notice"><p>This site uses cookies to measure its readers.</p></div>'
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/research">Research</a></nav></header>'
        f"<article><h1>T</h1><p>{LONG}</p></article>"
        '<aside class="sidebar"><p>Popular this week on the site and elsewhere.</p></aside>'
        "<footer><p>© 2024 The Institute</p></footer><script>var x = 1;</script>"
    )
    result = read(body)
    assert texts(result) == [LONG]
    assert result.dropped["skip link"] == ["Skip to content"]
    assert result.dropped["cookie banner"] == ["This site uses cookies to measure its readers."]
    assert result.dropped["header"] == ["Home Research"]
    assert result.dropped["sidebar"] == ["Popular this week on the site and elsewhere."]
    assert result.dropped["footer"] == ["© 2024 The Institute"]
    assert result.dropped["script/style"] == ["<script>"]


def test_of_several_articles_the_one_with_the_text_is_chosen():
    teaser = '<article class="teaser"><h2><a href="/other">Another report</a></h2><p>A short teaser.</p></article>'
    result = read(f"{teaser}<article><h1>T</h1><p>{LONG}</p><p>{LONG} Again.</p></article>{teaser}")
    assert texts(result) == [LONG, f"{LONG} Again."]


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div itemprop="articleBody">{}</div>',
        "<main>{}</main>",
        '<div role="main">{}</div>',
    ],
)
def test_article_body_main_and_role_main_are_the_body(wrapper):
    aside = "<div><p>Our newsletter goes out every Friday to thousands of readers who like this.</p></div>"
    result = read(aside + wrapper.format(f"<p>{LONG}</p>") + aside)
    assert texts(result) == [LONG]


def test_without_markup_the_densest_element_is_the_body():
    sidebar = '<div class="col"><p>About us: a small blog.</p><ul><li><a href="/a">Archive</a></li></ul></div>'
    content = f'<div class="col"><div class="text"><p>{LONG}</p><p>{LONG} Two.</p><p>{LONG} Three.</p></div></div>'
    result = read(f'<div class="wrap">{sidebar}{content}</div>')
    assert texts(result) == [LONG, f"{LONG} Two.", f"{LONG} Three."]
    assert result.dropped["outside the article"] == ["About us: a small blog."]


# -- furniture inside the article --------------------------------------------------------------------------------------


def test_a_share_bar_inside_the_article_is_dropped():
    bar = '<div class="share-tools"><span>Share:</span><a href="https://twitter.com/x">Twitter</a><a href="mailto:?s=x">Email</a></div>'
    result = read(f"<article><h1>T</h1>{bar}<p>{LONG}</p>{bar.replace('share-tools', 'social-links')}</article>")
    assert texts(result) == [LONG]
    assert result.dropped["share bar"] == ["Share: Twitter Email", "Share: Twitter Email"]


def test_a_related_list_inside_the_article_is_dropped_by_class_and_by_heading():
    by_class = '<div class="related-posts"><h3>More on Iran</h3><ul><li><a href="/a">Report A</a></li></ul></div>'
    by_heading = '<h3>You may also like</h3><ul><li><a href="/b">Report B</a></li><li><a href="/c">Report C</a></li></ul>'
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{by_class}<p>Middle.</p>{by_heading}<p>End.</p></article>")
    assert texts(result) == [LONG, "Middle.", "End."]
    assert result.dropped["related articles"] == ["More on Iran", "You may also like"]


def test_a_list_under_an_ordinary_heading_is_kept():
    result = read(f"<article><h1>T</h1><p>{LONG}</p><h3>Related Developments</h3><ul><li>Iran protested.</li></ul></article>")
    assert kinds(result)[1:] == [("heading", "Related Developments"), ("bullet", "Iran protested.")]


def test_a_pull_quote_that_repeats_the_text_is_dropped_and_a_new_one_kept():
    repeat = "<aside class='pullquote'><blockquote><p>“Rational action accompanied by might.”</p></blockquote></aside>"
    new = "<aside><blockquote><p>“A quotation found nowhere else in the text.”</p></blockquote></aside>"
    result = read(
        f"<article><h1>T</h1><p>He said it needs “rational action, accompanied by might,” and left.</p>{repeat}{new}<p>{LONG}</p></article>"
    )
    assert kinds(result) == [
        ("paragraph", "He said it needs “rational action, accompanied by might,” and left."),
        ("quote", "“A quotation found nowhere else in the text.”"),
        ("paragraph", LONG),
    ]
    assert result.dropped["pull quote"] == ["“Rational action accompanied by might.”"]


def test_a_key_takeaways_aside_is_kept_and_another_aside_dropped():
    takeaways = "<aside class='key-takeaways'><h2>Key Takeaways</h2><ul><li>One.</li><li>Two.</li></ul></aside>"
    other = "<aside><h4>About the series</h4><p>This series is funded by a foundation.</p></aside>"
    result = read(f"<article><h1>T</h1>{takeaways}<p>{LONG}</p>{other}</article>")
    assert kinds(result) == [("heading", "Key Takeaways"), ("bullet", "One."), ("bullet", "Two."), ("paragraph", LONG)]
    assert result.dropped["aside"] == ["About the series"]


def test_a_sign_up_form_comments_and_ads_inside_the_article_are_dropped():
    signup = '<div class="newsletter"><h3>Get the brief</h3><p>Weekly, free.</p><form><input type="email"><button>Sign up</button></form></div>'
    comments = '<section id="comments"><h2>2 Comments</h2><p>Great piece, thank you for writing it.</p></section>'
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{signup}<p>Advertisement</p><p>After.</p>{comments}</article>")
    assert texts(result) == [LONG, "After."]
    assert result.dropped["sign-up form"] == ["Get the brief"]
    assert result.dropped["comments"] == ["2 Comments"]
    assert result.dropped["advertisement"] == ["Advertisement"]


def test_a_form_that_wraps_the_whole_page_is_not_dropped():
    result = read(f'<form id="aspnetForm" action="/report.aspx"><div id="content"><p>{LONG}</p><p>{LONG} Two.</p></div></form>')
    assert texts(result) == [LONG, f"{LONG} Two."]


def test_a_class_never_drops_the_text_it_wraps():
    result = read(f'<article><h1>T</h1><div class="content has-social-share"><p>{LONG}</p><p>{LONG} Two.</p></div></article>')
    assert texts(result) == [LONG, f"{LONG} Two."]


def test_the_articles_own_header_and_footer_are_kept_and_a_quotes_footer_too():
    body = (
        "<main><header class='page-header'><h1>The Title</h1><p class='standfirst'>What the report finds, in one line.</p></header>"
        f"<p>{LONG}</p><blockquote><p>We will not allow it.</p><footer>— The Minister</footer></blockquote>"
        "<footer><p>Leila Haddad is a fellow at the Institute.</p></footer></main>"
    )
    result = read(body)
    assert result.meta["title"] == "The Title"
    assert kinds(result) == [
        ("paragraph", "What the report finds, in one line."),
        ("paragraph", LONG),
        ("quote", "We will not allow it."),
        ("quote", "— The Minister"),
        ("paragraph", "Leila Haddad is a fellow at the Institute."),
    ]


def test_hidden_and_screen_reader_text_is_dropped():
    result = read(
        f'<article><h1>T</h1><p>{LONG}<span class="screen-reader-text"> (opens in a new tab)</span></p><div hidden><p>Secret.</p></div></article>'
    )
    assert texts(result) == [LONG]
    assert result.dropped["hidden"] == ["Secret."]


def test_permalink_anchors_are_dropped():
    result = read(
        f"<article><h1>T</h1><h2 id='s'>Section <a class='headerlink' href='#s'>¶</a></h2><p id='p-1'>{LONG} <a href='#p-1'>¶</a></p></article>"
    )
    assert kinds(result) == [("heading", "Section"), ("paragraph", LONG)]
    assert result.dropped["permalinks"] == ["¶", "¶"]


def test_breadcrumbs_inside_the_body_are_dropped():
    result = read(f'<main><div class="breadcrumb"><a href="/">Home</a> › <a href="/r">Research</a></div><p>{LONG}</p></main>')
    assert texts(result) == [LONG]
    assert result.dropped["breadcrumbs"] == ["Home › Research"]


# -- units ---------------------------------------------------------------------------------------------------------------


def test_the_h1_is_the_title_and_heading_levels_are_relative():
    result = read(f"<article><h1>The Title</h1><h3>Section</h3><p>{LONG}</p><h4>Sub</h4><p>Text.</p><h3>Next</h3><p>More.</p></article>")
    assert result.meta["title"] == "The Title" and result.meta["title_basis"] == "<h1>"
    assert [(u.text, u.level) for u in result.body if u.kind == "heading"] == [("Section", 2), ("Sub", 3), ("Next", 2)]
    assert "The Title" not in texts(result)


def test_a_third_heading_level_becomes_a_sub_section_and_is_reported():
    result = read(f"<article><h1>T</h1><h2>A</h2><p>{LONG}</p><h3>B</h3><p>x</p><h4>C</h4><p>y</p></article>")
    assert [(u.text, u.level) for u in result.body if u.kind == "heading"] == [("A", 2), ("B", 3), ("C", 3)]
    assert any("headings of 3 levels; h4 read as sub-sections like h3" in p.message for p in result.problems)


def test_each_paragraph_of_a_blockquote_is_a_quote_unit():
    result = read(f"<article><h1>T</h1><p>{LONG}</p><blockquote><p>One.</p><p>Two.</p></blockquote><blockquote>Bare text.</blockquote></article>")
    assert kinds(result)[1:] == [("quote", "One."), ("quote", "Two."), ("quote", "Bare text.")]


def test_list_items_are_bullets_and_ordered_ones_numbered():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><ul><li>a</li><li>b<ul><li>b1</li></ul></li></ul><ol start='4'><li>four</li><li value='9'>nine</li><li>ten</li></ol></article>"
    )
    bullets = [(u.text, u.data.get("ordered"), u.data.get("number"), u.data["depth"]) for u in result.body if u.kind == "bullet"]
    assert bullets == [
        ("a", False, None, 0),
        ("b", False, None, 0),
        ("b1", False, None, 1),
        ("four", True, 4, 0),
        ("nine", True, 9, 0),
        ("ten", True, 10, 0),
    ]


def test_a_figure_has_caption_and_credit_and_no_image_to_load():
    figure = (
        '<figure><img src="https://cdn.example.org/map.jpg" alt="A map">'
        '<figcaption>The border crossing at Nurduz.<sup><a href="#fn1">1</a></sup> <span class="credit">Photo: Tasnim</span></figcaption></figure>'
    )
    notes = '<ol class="footnotes"><li id="fn1">Tasnim (Iran), 2021.</li></ol>'
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{figure}{notes}</article>")
    unit = result.body[1]
    assert (unit.kind, unit.data["caption"], unit.data["credit"], unit.data["note_keys"]) == (
        "figure",
        "The border crossing at Nurduz.[^1]",
        "Photo: Tasnim",
        ["1"],
    )
    assert "cdn.example.org" not in unit.text + unit.data["caption"] + unit.data["credit"] and "![" not in unit.text
    assert unit.line == 4


def test_a_figure_credit_in_the_caption_text_is_split_off_and_alt_text_used_without_caption():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><figure><img src='a.jpg'><figcaption>Trucks at the border (Source: Reuters)</figcaption></figure><figure><img src='b.jpg' alt='A *bold* map'></figure></article>"
    )
    assert [(u.data["caption"], u.data["credit"]) for u in result.body if u.kind == "figure"] == [
        ("Trucks at the border", "(Source: Reuters)"),
        ("A \\*bold\\* map", ""),
    ]


def test_an_embedded_video_becomes_an_editorial_note():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><iframe title='The interview' src='https://www.youtube.com/embed/x'></iframe><iframe src='https://ads.doubleclick.net/x' width='1' height='1'></iframe></article>"
    )
    assert kinds(result)[1:] == [("editorial", "Video not included in this edition: The interview.")]
    assert len(result.dropped["embed"]) == 2


def test_a_data_table_is_one_paragraph_a_row():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><table><tr><th>Year</th><th>Trade</th></tr><tr><td>2018</td><td>1.2 | 3</td></tr></table></article>"
    )
    assert texts(result)[1:] == ["Year | Trade", "2018 | 1.2 \\| 3"]


def test_two_line_breaks_split_a_paragraph_and_one_does_not():
    result = read(f"<article><h1>T</h1><p>{LONG}<br><br>Second<br>line.</p></article>")
    assert texts(result) == [LONG, "Second line."]


# -- Markdown text -------------------------------------------------------------------------------------------------------


def test_text_is_escaped_markdown():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>1. Not a list, *not bold*, _not em_ and &lt;script&gt;alert(1)&lt;/script&gt;</p><p>- not a bullet</p></article>"
    )
    assert texts(result)[1:] == ["1\\. Not a list, \\*not bold\\*, \\_not em\\_ and \\<script\\>alert(1)\\</script\\>", "\\- not a bullet"]
    assert all(u.data["markdown"] is True for u in result.body)


def test_links_are_kept_only_for_web_and_mail_addresses():
    body = (
        f"<article><h1>T</h1><p>{LONG}</p><p>See <a href='https://example.org/a_(b)'>the statement</a>, "
        "<a href='mailto:press@example.org'>the office</a>, <a href='javascript:alert(1)'>this</a>, "
        "<a href='#top'>the top</a> and <a href='/research/part-ii'>Part II</a>.</p></article>"
    )
    assert (
        texts(read(body))[1]
        == "See [the statement](https://example.org/a_%28b%29), [the office](mailto:press@example.org), this, the top and Part II."
    )
    canonical = '<link rel="canonical" href="https://think.example/research/part-iii">'
    assert "[Part II](https://think.example/research/part-ii)" in texts(read(body, canonical))[1]


def test_units_carry_their_source_line():
    result = read_saved_page(
        b"<!doctype html>\n<html>\n<body>\n<article>\n<h1>T</h1>\n<h2>Section</h2>\n<p>First.</p>\n\n<p>Second.</p>\n</article>", "x.html"
    )
    assert [(u.line, u.text) for u in result.body] == [(6, "Section"), (7, "First."), (9, "Second.")]


# -- notes ---------------------------------------------------------------------------------------------------------------


def test_footnote_list_with_back_links():
    body = (
        f"<article><h1>T</h1><p>{LONG}<sup><a href='#fn1' id='fnref1'>1</a></sup> And more.<sup>[<a href='#fn2'>2</a>]</sup></p>"
        "<section class='footnotes'><h2>Footnotes</h2><ol>"
        "<li id='fn1'><p>IRNA (Iran), March 1, 2024. <a href='#fnref1' class='footnote-back'>↩︎</a></p></li>"
        "<li id='fn2'>Tasnim (Iran), March 2, 2024. <a href='#fnref2'>↩</a></li></ol></section></article>"
    )
    result = read(body)
    assert texts(result) == [f"{LONG}[^1] And more.[^2]"]
    assert result.body[0].data["note_keys"] == ["1", "2"]
    assert [(n.kind, n.data["key"], n.text) for n in result.notes] == [
        ("note", "1", "IRNA (Iran), March 1, 2024."),
        ("note", "2", "Tasnim (Iran), March 2, 2024."),
    ]
    assert not result.problems or all("note" not in p.message for p in result.problems)


def test_a_notes_heading_with_bracketed_paragraphs_and_plain_markers():
    body = (
        f"<article><h1>T</h1><p>{LONG}[1] Then a second claim.[2] And [sic] stays.</p>"
        "<h3>Endnotes</h3><p>[1] IRNA (Iran), March 1, 2024.</p><p>[2] MEMRI TV, March 2, 2024.</p><p>Continued on a second line.</p></article>"
    )
    result = read(body)
    assert texts(result) == [f"{LONG}[^1] Then a second claim.[^2] And [sic] stays."]
    assert [(n.data["key"], n.text) for n in result.notes] == [
        ("1", "IRNA (Iran), March 1, 2024."),
        ("2", "MEMRI TV, March 2, 2024. Continued on a second line."),
    ]


def test_wordpress_ednref_notes_with_roman_keys():
    body = (
        f"<div class='entry-content'><p>{LONG}<a href='#_edn1' name='_ednref1'>[i]</a></p>"
        "<hr><div id='edn1'><p><a href='#_ednref1' name='_edn1'>[i]</a> TASS (Russia), March 12, 2019.</p></div></div>"
    )
    result = read(body)
    assert texts(result) == [f"{LONG}[^i]"]
    assert [(n.data["key"], n.text) for n in result.notes] == [("i", "TASS (Russia), March 12, 2019.")]


def test_a_bare_url_note_stays_a_note_with_the_url_as_a_link():
    body = f"<article><h1>T</h1><p>{LONG}<sup><a href='#note-1'>1</a></sup></p><ol><li id='note-1'>https://www.president.ir/en/131234 <a href='#ref-1'>↑</a></li></ol></article>"
    result = read(body)
    assert [(n.data["key"], n.text) for n in result.notes] == [("1", "[https://www.president.ir/en/131234](https://www.president.ir/en/131234)")]


def test_notes_cited_but_undefined_and_defined_but_uncited_are_problems():
    body = f"<article><h1>T</h1>\n<p>{LONG}<sup><a href='#fn1'>1</a></sup><sup><a href='#fn2'>2</a></sup></p>\n<ol class='footnotes'><li id='fn1'>A.</li>\n<li id='fn3'>C.</li></ol></article>"
    result = read(body)
    messages = [str(p) for p in result.problems]
    assert "5: note 2 is cited but never defined" in messages
    assert "7: note 3 is defined but never cited" in messages


# -- metadata ------------------------------------------------------------------------------------------------------------


def test_metadata_from_json_ld_graph():
    head = """<script type="application/ld+json">{"@graph": [
      {"@type": "WebPage", "name": "Wrong"},
      {"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2021-12-09T23:30:00-05:00",
       "author": [{"@id": "#p1"}, "R. Roe", {"@type": "Person", "name": "S. Soe"}]},
      {"@type": "Person", "@id": "#p1", "name": "J. Doe"}]}</script>"""
    result = read(f"<div class='content'><p>{LONG}</p></div>", head)
    meta = result.meta
    assert (meta["title"], meta["title_basis"]) == ("From JSON-LD", "JSON-LD headline")
    assert (meta["date"], meta["date_basis"]) == (dt.date(2021, 12, 9), "JSON-LD datePublished")
    assert meta["authors"] == ["J. Doe", "R. Roe", "S. Soe"]


def test_a_single_json_ld_author_object_and_a_broken_block():
    head = '<script type="application/ld+json">{"@type": "Report", "author": {"@type": "Person", "name": "J. Doe"}}</script>\n<script type="application/ld+json">{broken</script>'
    result = read(f"<article><p>{LONG}</p></article>", head)
    assert result.meta["authors"] == ["J. Doe"]
    assert any("JSON-LD block could not be read" in p.message for p in result.problems)


def test_metadata_from_meta_tags_and_title_tails():
    head = (
        '<meta property="og:title" content="The Report | Institute">'
        '<meta property="og:site_name" content="The Institute">'
        '<meta property="article:published_time" content="2024-03-03T10:00:00Z">'
        '<meta name="author" content="J. Doe">'
        '<meta property="og:description" content="What it finds.">'
        '<meta property="og:url" content="https://think.example/r">'
    )
    meta = read(f"<article><p>{LONG}</p></article>", head).meta
    assert (meta["title"], meta["title_basis"]) == ("The Report", "meta og:title")
    assert (meta["date"], meta["date_basis"]) == (dt.date(2024, 3, 3), "meta article:published_time")
    assert (meta["authors"], meta["authors_basis"]) == (["J. Doe"], "meta author")
    assert (meta["summary"], meta["source_url"]) == ("What it finds.", "https://think.example/r")


def test_citation_title_and_a_dash_tail_that_is_the_site_name():
    head = '<meta name="citation_title" content="Iran – Part III: The Road">'
    assert read(f"<div><p>{LONG}</p></div>", head).meta["title"] == "Iran – Part III: The Road"
    raw = page(f"<div><p>{LONG}</p></div>", '<meta property="og:site_name" content="Monitor">').replace(
        b"A Report | Site", b"Iran \xe2\x80\x93 Part III \xe2\x80\x93 Monitor"
    )
    assert read_saved_page(raw, "x.html").meta["title"] == "Iran – Part III"


def test_byline_with_time_and_a_by_line():
    byline = "<div class='byline'>By <a rel='author' href='/a/doe'>J. Doe</a> and <a rel='author' href='/a/roe'>R. Roe</a> | <time datetime='2021-12-09'>Dec 9</time></div>"
    result = read(f"<article><h1>T</h1>{byline}<p>{LONG}</p></article>")
    assert (result.meta["authors"], result.meta["authors_basis"]) == (["J. Doe", "R. Roe"], "byline")
    assert (result.meta["date"], result.meta["date_basis"]) == (dt.date(2021, 12, 9), "byline time")
    assert texts(result) == [LONG]
    assert result.dropped["byline"] == ["By J. Doe and R. Roe | Dec 9"]
    plain_by = read(
        f"<article><h1>T</h1><p>By A. Savyon and M. Manzour* | December 9, 2021</p><p>{LONG}</p><p>By contrast, Iran waited.</p></article>"
    )
    assert plain_by.meta["authors"] == ["A. Savyon", "M. Manzour"]
    assert plain_by.meta["date"] == dt.date(2021, 12, 9) and plain_by.meta["date_basis"] == "byline"
    assert texts(plain_by) == [LONG, "By contrast, Iran waited."]


def test_missing_metadata_is_reported():
    raw = f"<!doctype html><html><body><div><p>{LONG}</p></div></body></html>".encode()
    messages = [p.message for p in read_saved_page(raw, "x.html").problems]
    assert any(m.startswith("no title found") for m in messages)
    assert any(m.startswith("no publication date found") for m in messages)
    assert any(m.startswith("no author found") for m in messages)


# -- two saved pages -----------------------------------------------------------------------------------------------------

THINK_TANK_BODY = [
    ("heading", "Key Takeaways"),
    ("bullet", "Tehran’s show of force on the Azerbaijani border"),
    ("bullet", "Iran then tried three diplomatic channels"),
    ("bullet", "None of them has yet reopened Iran’s free road"),
    ("paragraph", "Iran’s show of strength in the “Conquerors of Khaybar”"),
    ("paragraph", "This report, the third in a series that began with Part II"),
    ("heading", "Tehran Turns to Diplomacy"),
    ("paragraph", "In his speech on October 3, 2021, Supreme Leader Ali Khamenei"),
    ("heading", "Talks with Baku"),
    ("paragraph", "Foreign Minister Hossein Amir-Abdollahian told reporters"),
    ("quote", "We have no problem with Iran."),
    ("quote", "Azerbaijan will decide for itself"),
    ("quote", "— Jeyhun Bayramov, Foreign Minister of Azerbaijan"),
    ("figure", "Trucks waiting at the Nurduz crossing"),
    ("paragraph", "Amir-Abdollahian’s visit to Baku was postponed twice."),
    ("heading", "Appeals to Moscow"),
    ("paragraph", "Tehran also asked Russia, the guarantor of transit"),
    ("bullet", "that the Goris–Kapan road stay open"),
    ("bullet", "that no “corridor” cut Iran off from Armenia;"),
    ("bullet", "that no extra-regional forces be stationed"),
    ("paragraph", "Moscow’s answer was noncommittal."),
    ("heading", "Turkey and the 3+3 Format"),
    ("paragraph", "The third channel was Ankara."),
    ("paragraph", "Georgia has so far refused to take part"),
    ("heading", "Conclusion"),
    ("paragraph", "Iran’s diplomatic turn is a measure of its weakness."),
]
THINK_TANK_FURNITURE = [
    "We use cookies",
    "Accept all cookies",
    "Skip to content",
    "Our Experts",
    "Search the archive",
    "South Caucasus</",
    "Analysis",
    "Share this analysis",
    "Twitter",
    "LinkedIn",
    "Email a friend",
    "Get our analysis in your inbox",
    "Sign up for the weekly",
    "Subscribe",
    "Email address",
    "The Zangezur Corridor, Explained",
    "Related",
    "Tags:",
    "thoughts on",
    "Excellent piece",
    "blown out of proportion",
    "Leave a Reply",
    "will not be published",
    "Most Read",
    "Caspian Energy After 2022",
    "All rights reserved",
    "Contact us",
    "dataLayer",
    "↩",
    "By Leila Haddad",
    "rational action accompanied by might.”",
]


def read_fixture(name: str):
    return read_saved_page((FIXTURES / name).read_bytes(), name)


def check_markers(result) -> None:
    keys = [n.data["key"] for n in result.notes]
    assert len(keys) == len(set(keys))
    cited = []
    for unit in result.body:
        markers = re.findall(r"\[\^([^\]]+)\]", unit.text + unit.data.get("caption", ""))
        assert markers == unit.data["note_keys"]
        cited += markers
    assert sorted(set(cited)) == sorted(keys), "every marker has its note and every note is cited"
    assert not re.search(r"(?<![\\^])\[(?:\d{1,3}|[ivx]{1,5})\]", "\n".join(texts(result))), "no marker left unconverted"


def test_think_tank_fixture_keeps_every_paragraph_in_order():
    result = read_fixture("think-tank-report.html")
    got = [(u.kind, plain(u.text)) for u in result.body]
    assert len(got) == len(THINK_TANK_BODY)
    for (kind, text), (want_kind, start) in zip(got, THINK_TANK_BODY, strict=True):
        assert kind == want_kind and text.startswith(start), (kind, text)
    levels = [(u.text, u.level) for u in result.body if u.kind == "heading"]
    assert levels == [
        ("Key Takeaways", 2),
        ("Tehran Turns to Diplomacy", 2),
        ("Talks with Baku", 3),
        ("Appeals to Moscow", 3),
        ("Turkey and the 3+3 Format", 2),
        ("Conclusion", 2),
    ]
    # the author's box after the text (<div class="author-bio">) is page furniture, no paragraph of the report: its bios
    # (the byline names the authors too) are the authors' note
    assert not any("Caspian Policy Institute" in u.text for u in result.body)
    assert result.meta["author_note"] == (
        "Leila Haddad is a senior fellow at the Caspian Policy Institute. Tomas Brandt is a research associate in its Caucasus programme."
    )
    figure = next(u for u in result.body if u.kind == "figure")
    assert figure.data["credit"] == "Photo: Tasnim News Agency"
    assert "[statement on the meeting](https://www.mfa.gov.tr/no_-301_-iran-turkey.en.mfa)" in result.body[22].text


def test_think_tank_fixture_drops_every_piece_of_furniture():
    result = read_fixture("think-tank-report.html")
    seen = everything(result)
    for furniture in THINK_TANK_FURNITURE:
        assert furniture not in seen, furniture
    assert set(result.dropped) >= {
        "cookie banner",
        "skip link",
        "header",
        "breadcrumbs",
        "category label",
        "byline",
        "share bar",
        "pull quote",
        "sign-up form",
        "related articles",
        "tags",
        "comments",
        "sidebar",
        "footer",
        "script/style",
    }
    assert all(len(line) <= 80 for lines in result.dropped.values() for line in lines)


def test_think_tank_fixture_notes_and_markers():
    result = read_fixture("think-tank-report.html")
    check_markers(result)
    assert [n.data["key"] for n in result.notes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert result.notes[1].text == "Khamenei.ir (Iran), October 3, 2021."
    assert result.notes[5].text == "[https://www.president.ir/en/131234](https://www.president.ir/en/131234)"
    assert [n.line for n in result.notes] == list(range(136, 143))
    assert result.problems == []


def test_think_tank_fixture_metadata():
    meta = read_fixture("think-tank-report.html").meta
    assert meta["title"] == "Iran’s Diplomatic Turn in the South Caucasus" and meta["title_line"] == 63
    assert (meta["date"], meta["date_basis"]) == (dt.date(2021, 12, 9), "JSON-LD datePublished")
    assert meta["authors"] == ["Leila Haddad", "Tomas Brandt"]
    assert meta["summary"].startswith("After its military signalling failed, Tehran tried talks with Baku")
    assert meta["source_url"] == "https://www.caspianpolicy.example/research/iran-diplomatic-turn-south-caucasus"


def test_wordpress_fixture_without_article_element():
    result = read_fixture("wordpress-endnotes.html")
    assert [(u.kind, plain(u.text)[:40]) for u in result.body] == [
        ("paragraph", "Russia’s position on the Aras border has"),
        ("paragraph", "The remark was aimed as much at Ankara a"),
        ("heading", "The View from Tehran"),
        ("paragraph", "Tehran welcomed the statement. Governmen"),
        ("paragraph", "The daily Kayhan wrote that Russia “has "),
        ("heading", "Trade Across the River"),
        ("paragraph", "Trade through the Nurduz crossing grew b"),
        ("figure", "The Aras bridge at Agarak"),
        ("heading", "A Russian Guarantee?"),
        ("paragraph", "Whether Moscow would act on its words is"),
        ("editorial", "Video not included in this edition: Lavr"),
        ("quote", "Our border guards have been there since "),
    ]
    assert [u.level for u in result.body if u.kind == "heading"] == [2, 3, 3]
    assert result.body[7].data["credit"] == "(Source: Armenpress)"
    check_markers(result)
    assert [n.data["key"] for n in result.notes] == ["i", "ii", "iii", "iv", "v"]
    assert result.notes[3].text == "Kayhan (Iran), March 13, 2019. See [kayhan.example/fa/news/1589](http://kayhan.example/fa/news/1589)."
    seen = everything(result)
    for furniture in (
        "Share this",
        "Spread the word",
        "Read more",
        "Baku Looks South",
        "Endnotes",
        "Hrant",
        "About the Monitor",
        "Proudly powered",
        "Posted on",
    ):
        assert furniture not in seen, furniture
    meta = result.meta
    assert (meta["title"], meta["authors"], meta["date"], meta["date_basis"]) == (
        "Moscow’s Balancing Act on the Aras",
        ["Daniel Okafor"],
        dt.date(2019, 3, 14),
        "byline",
    )
    assert meta["source_url"] == "http://monitor.example.net/2019/03/14/moscows-balancing-act/"
    assert not [p for p in result.problems if "charset" in p.message or "note" in p.message]


def test_a_large_generated_page_is_read_whole():
    paragraphs = [f"<p>Paragraph {n}: {LONG}<sup><a href='#fn{n % 50 + 1}'>{n % 50 + 1}</a></sup></p>" for n in range(6000)]
    notes = "".join(f"<li id='fn{k}'>Source {k}, 2024.</li>" for k in range(1, 51))
    result = read("<article><h1>Big</h1>" + "".join(paragraphs) + f"<ol class='footnotes'>{notes}</ol></article>")
    assert len(result.body) == 6000 and len(result.notes) == 50
    assert result.body[-1].text.endswith("[^50]")


def to_markdown(result) -> str:
    """The units written the way the README's report format says, for Dossier's own reader."""
    when = result.meta["date"].isoformat() if result.meta["date"] else '"unknown"'
    lines = ["+++", f"title = {json.dumps(result.meta['title'] or 'T')}", f"date = {when}", "+++", ""]
    previous = None
    for unit in result.body:
        if unit.kind == "heading":
            lines += ["#" * unit.level + " " + unit.text, ""]
        elif unit.kind in ("quote", "bullet"):
            prefix = "> " if unit.kind == "quote" else "- "
            lines[-1:] = ([">"] if unit.kind == "quote" else []) + [prefix + unit.text, ""] if previous == unit.kind else ["", prefix + unit.text, ""]
        elif unit.kind == "figure":
            lines += [":::{figure}", f":credit: {unit.data['credit']}", "", unit.data["caption"], ":::", ""]
        elif unit.kind == "editorial":
            lines += [":::{editorial}", unit.text, ":::", ""]
        else:
            lines += [unit.text, ""]
        previous = unit.kind
    lines += [f"[^{note.data['key']}]: {note.text}\n" for note in result.notes]
    return "\n".join(lines)


@pytest.mark.parametrize("name", ["think-tank-report.html", "wordpress-endnotes.html"])
def test_the_units_markdown_reads_back_as_the_page_shows_it(name):
    result = read_fixture(name)
    report = read_report(to_markdown(result), name.replace(".html", ".md"))
    assert report.warnings == []
    assert sorted(report.notes) == sorted(n.data["key"] for n in result.notes)
    paragraphs = [p for section in report.sections for p in section.paragraphs]
    assert [without_note_markers(p).strip() for p in paragraphs] == [plain(u.text) for u in result.body if u.kind != "heading"]
    assert [p.kind for p in paragraphs] == [
        {"bullet": "item", "figure": "caption", "editorial": "paragraph"}.get(u.kind, u.kind) for u in result.body if u.kind != "heading"
    ]
    assert not [p for p in paragraphs if "\\" in p.text or "[^" in p.text or "](" in p.text], "no escape, marker or link syntax is shown"
    assert [key for p in paragraphs for key in p.note_keys] == [key for u in result.body for key in u.data["note_keys"]]


def test_escaped_text_reads_back_exactly():
    result = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>1. Not a list, *not bold* and &lt;b&gt;not bold&lt;/b&gt;</p><p>- not a bullet</p><p># not a heading</p></article>"
    )
    report = read_report(to_markdown(result), "x.md")
    assert [p.text for p in report.sections[0].paragraphs] == [
        LONG,
        "1. Not a list, *not bold* and <b>not bold</b>",
        "- not a bullet",
        "# not a heading",
    ]
