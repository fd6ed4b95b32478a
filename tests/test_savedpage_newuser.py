"""Saved news pages a new user imported (tests/fixtures/saved-pages-newuser): the date line under a standfirst, a
"DON'T MISS" row of links, a CMS's switches among the tags, a comment count as a heading and a list of author bios. One
small page of our own per rule, with its near miss."""

from __future__ import annotations

import datetime as dt

from saved_page_passages import LONG, body_text, read

DESCRIPTION = "TROOPS were sent to the port city in a bid to restore order after months of unrest, the ministry said on Monday."
HEAD = f'<meta name="description" content="{DESCRIPTION}">'


def test_a_published_and_updated_stamp_under_the_standfirst_is_dropped():
    """Express: h1, the description again as an <h3> standfirst, then <div class="dates"><time>PUBLISHED: 10:48, Tue,
    Nov 19, 2019</time> | <time>UPDATED: …</time></div>: the page's stamp, not the story's first paragraph."""
    saved = read(
        f"<article><header><h1>Troops sent to the port</h1><h3>{DESCRIPTION}</h3>"
        '<div class="publish-info"><div class="author"> By <a href="/search?s=Jane">Jane Roe</a></div><div class="dates">'
        '<time datetime="2019-11-19T10:48:00Z"><span>PUBLISHED: </span><span>10:48, Tue, Nov 19, 2019</span></time>'
        ' <time datetime="2019-11-19T11:05:00Z">| UPDATED: <span>11:05, Tue, Nov 19, 2019</span></time></div></div></header>'
        f'<div class="body"><p>{LONG}</p></div></article>',
        HEAD,
    )
    assert "PUBLISHED" not in body_text(saved)
    assert LONG in body_text(saved)


def test_a_sentence_with_a_weekday_and_a_date_stays():
    """Near miss: a sentence of the story naming a weekday and a date is no stamp."""
    sentence = "The council met on Tue, Nov 19, 2019 and published its findings."
    saved = read(f"<article><h1>Troops sent to the port</h1><h3>{DESCRIPTION}</h3><p>{sentence}</p><p>{LONG}</p></article>", HEAD)
    assert sentence in body_text(saved)


def test_a_dont_miss_label_and_its_row_of_links_are_dropped():
    """Express: <p><strong>DON'T MISS</strong></p><p><a>Other story</a> [INSIGHT]| <a>…</a> [VIDEO]</p> inside the text."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p><strong>DON'T MISS</strong></p>"
        '<p><a href="/a">Leader furious at rival over port jibe</a> [<strong>INSIGHT]|</strong>'
        '<a href="/b">Match called off amid the unrest</a> [<strong>VIDEO]</strong></p>'
        "<p>The ministry said the troops would stay until the spring, whatever the talks gave.</p></article>"
    )
    text = body_text(saved)
    assert "DON'T MISS" not in text and "Leader furious" not in text
    assert "whatever the talks gave" in text


def test_a_read_more_label_over_prose_stays():
    """Near miss: a label over a paragraph of prose with one link in it is the story's."""
    prose = 'The <a href="/c">ministry</a> said the troops would stay until the spring, whatever the talks gave.'
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p><strong>Read more</strong></p><p>{prose}</p></article>")
    assert "whatever the talks gave" in body_text(saved)


def test_a_cms_switch_is_no_tag():
    """Express's news_keywords "ctp_video,autoplay_video,Hong Kong,China": the CMS's switches are not the report's topics."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", '<meta property="article:tag" content="ctp_video,autoplay_video,Hong Kong,China">')
    assert saved.meta["tags"] == ["Hong Kong", "China"]


def test_a_tag_with_a_hyphen_or_space_stays():
    """Near miss: "covid-19", "steel trade us-mexico" are topics, lower case or not."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", '<meta property="article:tag" content="covid-19,steel trade us-mexico">')
    assert saved.meta["tags"] == ["covid-19", "steel trade us-mexico"]


def test_a_cms_id_a_content_type_and_a_case_duplicate_are_no_tags():
    """JSON-LD keywords "Harbour, harbour, 7c1d2e30-…, story, 2024, Marlow": the CMS's id of the story and its content type
    are no topics, and a keyword given again in lower case is the tag once, with its capital. Near miss: a year stays."""
    keywords = '["Harbour", "harbour", "7c1d2e30-aa11-4b2c-9f00-12ab34cd56ef", "story", "1403225", "2024", "Marlow"]'
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "T", "keywords": {keywords}}}</script>'
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", ld)
    assert saved.meta["tags"] == ["Harbour", "2024", "Marlow"]


def test_a_comment_count_heading_is_dropped():
    """Pew: <h2>24 Comments</h2> over the comment list: no section of the report."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>24 Comments</h2>"
        '<ol class="commentlist"><li class="comment"><p>Reader • 2 weeks ago</p><p>I disagree with all of it.</p></li></ol></article>'
    )
    assert "24 Comments" not in body_text(saved)
    assert not [u for u in saved.body if u.kind == "heading"]


def test_a_heading_about_comments_stays():
    """Near miss: "Comments on the draft law" heads the story's own section."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>Comments on the draft law</h2><p>{LONG}</p></article>")
    assert "Comments on the draft law" in [u.text for u in saved.body if u.kind == "heading"]


def test_a_list_of_author_bios_is_dropped():
    """Pew: <ol class="bios"><li class="bio"><p><a rel="author">Jane Roe</a> is a writer at …</p><ul><li>Posts</li>
    <li>Email</li><li>@janeroe</li></ul></li>…</ol>: each author's links, not a numbered list of the report."""
    bio = '<li class="bio"><p><a href="/author/{0}" rel="author">{1}</a> is a writer at the centre.</p><ul class="more-links"><li><a href="/author/{0}">Posts</a></li><li><a href="/contact#{0}">Email</a></li></ul></li>'
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><ol class='bios'>{bio.format('jroe', 'Jane Roe')}{bio.format('jdoe', 'John Doe')}</ol></article>")
    text = body_text(saved)
    assert "Posts" not in text and "Email" not in text and "is a writer at the centre" not in text


def test_one_author_bio_is_the_authors_note():
    """One author's note in a box of its own (class "author-bio") is kept as the author's note, no paragraph of the text
    (imp73: the box is page furniture; its bio names the writer where the page has no byline)."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='author-bio'><p>Jane Roe is a senior fellow at the centre.</p></div></article>")
    assert "Jane Roe is a senior fellow at the centre." not in body_text(saved)
    assert saved.meta["authors"] == ["Jane Roe"] and saved.meta["author_note"] == "Jane Roe is a senior fellow at the centre."


STORIES = "".join(  # three stories in sibling boxes: the page's body is the article
    f'<div class="story"><h2>{head}</h2><p>{text}</p></div>'
    for head, text in (
        (
            "Port strike widens",
            "Dockworkers in Northport walked out on Monday, the union said, and the port authority said the walkout was "
            "illegal and would seek an injunction from the court before the end of the week.",
        ),
        (
            "Rates on hold",
            "The central bank of Eastland kept its main rate at 4 per cent on Monday, and the governor told reporters "
            "after the meeting that the bank would watch wages closely through the summer.",
        ),
        (
            "Further reading",
            "A long essay on lighthouses covers their keepers, their lamps and their slow decline over a century of "
            "change along the coast, and it is the best thing you will read this week.",
        ),
    )
)


def test_a_date_line_under_a_digests_name_dates_the_page():
    """A newsletter's page with no date in its metadata: <h1>Morning Brief</h1><p>May 4, 2026</p> over its stories. The
    date line is dropped as the page's stamp and gives the page its date."""
    saved = read(f'<div class="hdr"><h1>Morning Brief</h1><p>May 4, 2026</p></div>{STORIES}')
    assert saved.meta["date"] == dt.date(2026, 5, 4)
    assert "May 4, 2026" not in body_text(saved)


def test_a_page_dated_in_its_metadata_keeps_that_date():
    """Near miss: where the page's metadata date it, the date line over the story does not change the date."""
    head = '<meta property="article:published_time" content="2026-05-03T22:00:00-05:00">'
    saved = read(f'<div class="hdr"><h1>Morning Brief</h1><p>May 1, 2026</p></div>{STORIES}', head)
    assert saved.meta["date"] == dt.date(2026, 5, 3)
