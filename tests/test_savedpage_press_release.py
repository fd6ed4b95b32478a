"""A press-release wire's page: each paragraph of the body its own `<p itemprop="articleBody">`, the people quoted marked
up as schema.org Persons inside the sentences, the dateline opening the text and a datePublished stamp at the page's
foot. One small page of our own per rule, with its near miss."""

from __future__ import annotations

import datetime as dt

from saved_page_passages import LONG, body_text, read

OPENING = "LORWICK, Ont., June 3, 2019 /Example Wire/ -- Fenmoor Foods announced today that it will open a bakery in Lorwick."
QUOTED = '"The town has the workers we need," said Ida Kessel, chief executive of Fenmoor Foods.'
CLOSING = "Fenmoor Foods is a family-owned bakery group founded in 1961 with eleven plants across the province."


def person(name: str) -> str:
    return f'<span class="wire-person" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{name}</span></span>'


def release(*paragraphs: str, head: str = "", foot: str = "") -> str:
    parts = "".join(f'<p itemprop="articleBody">{p}</p>' for p in paragraphs)
    return (
        '<div class="masthead"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="release"><h1>Fenmoor Foods to open a Lorwick bakery</h1><div class="release-text">{parts}</div></div>'
        f'<div class="site-footer"><p>About Example Wire</p></div>{foot}'
    )


def test_each_paragraph_marked_as_the_article_body_is_kept():
    """Every `<p itemprop="articleBody">` is part of the body: the article is the element holding them all."""
    saved = read(release(OPENING, QUOTED, LONG, CLOSING))
    text = body_text(saved)
    for paragraph in (OPENING, QUOTED, LONG, CLOSING):
        assert paragraph in text
    assert "About Example Wire" not in text


def test_one_article_body_beside_a_teaser_marked_the_same_stays_alone():
    """Near miss: an articleBody element holding the story, and another in a related story's box, far apart: the
    story's own element is the article, the box stays out."""
    saved = read(
        f'<div itemprop="articleBody" class="story"><h1>Fenmoor Foods to open a Lorwick bakery</h1><p>{OPENING}</p><p>{LONG}</p>'
        f"<p>{CLOSING}</p><p>{LONG}</p></div>"
        + "<div class='rail'>"
        + "".join(
            f"<div class='card'><a href='/s{i}'>Story {i}</a><p>Some other story's teaser, number {i}, about ports.</p></div>" for i in range(12)
        )
        + '<div class="teaser"><p itemprop="articleBody">A teaser of another release from the wire.</p></div></div>'
    )
    text = body_text(saved)
    assert OPENING in text and CLOSING in text
    assert "teaser of another release" not in text and "Story 3" not in text


def test_a_person_marked_up_inside_a_sentence_keeps_its_name():
    """'said <span class="…-person" itemtype="…/Person">Ida Kessel</span>, chief executive …': the name is the
    sentence's, no author box."""
    quoted = f'"The town has the workers we need," said {person("Ida Kessel")}, chief executive of Fenmoor Foods.'
    saved = read(f"<article><h1>Fenmoor Foods to open a Lorwick bakery</h1><p>{OPENING}</p><p>{quoted}</p><p>{LONG}</p></article>")
    assert QUOTED in body_text(saved)
    assert "author box" not in saved.dropped


def test_a_person_box_of_its_own_is_still_an_author_box():
    """Near miss: the same markup standing as a block of its own (the writer's card over the story) is furniture."""
    saved = read(
        f'<article><h1>Fenmoor Foods to open a Lorwick bakery</h1><div class="author-card">{person("Ida Kessel")}</div>'
        f"<p>{OPENING}</p><p>{LONG}</p></article>"
    )
    assert "Ida Kessel" not in body_text(saved)
    assert "author box" in saved.dropped


def test_a_label_with_one_link_marked_as_related_is_still_dropped():
    """Near miss: 'Read more: <a class="related-link">…</a>' has too few words of its own to be a sentence."""
    saved = read(
        f"<article><h1>Fenmoor Foods to open a Lorwick bakery</h1><p>{OPENING}</p>"
        f'<p>See also <a class="related-link" href="/x">Fenmoor buys a mill</a></p><p>{LONG}</p></article>'
    )
    assert "Fenmoor buys a mill" not in body_text(saved)


FOOT_STAMP = '<meta itemprop="datePublished" content="2019-11-20T08:12:00Z"/>'


def test_a_date_published_stamp_at_the_pages_foot_yields_to_the_heads_date():
    """The head's `<meta name="date">` and the dateline say June 3; the stamp after the page's footer (the wire's
    archive copy, months on) says November 20: the release is of June 3."""
    saved = read(release(OPENING, QUOTED, LONG, foot=FOOT_STAMP), '<meta name="date" content="2019-06-03T09:00:00Z"/>')
    assert saved.meta["date"] == dt.date(2019, 6, 3)


def test_a_date_published_stamp_at_the_pages_foot_yields_to_the_dateline():
    """With no date in the head, the dateline opening the text dates the release, not the foot stamp."""
    saved = read(release(OPENING, QUOTED, LONG, foot=FOOT_STAMP))
    assert saved.meta["date"] == dt.date(2019, 6, 3)


def test_a_foot_stamp_dates_a_page_that_says_nothing_else():
    """Near miss: with no date in the head nor a dateline, the stamp at the foot is the page's date."""
    saved = read(release(QUOTED, LONG, CLOSING, foot=FOOT_STAMP))
    assert saved.meta["date"] == dt.date(2019, 11, 20)


def test_a_date_published_above_the_text_still_outranks_the_dateline():
    """Near miss: a datePublished in the page's head (or over the text) is the page's own date and comes first."""
    saved = read(release(OPENING, QUOTED, LONG), '<meta itemprop="datePublished" content="2019-06-02T22:00:00Z"/>')
    assert saved.meta["date"] == dt.date(2019, 6, 2)


def test_a_date_ending_the_first_clause_of_a_sentence_is_no_dateline():
    """Near miss: 'Fenmoor Foods, the bakery group, said on June 3, 2019 – …' opens a sentence, not a dateline: the foot
    stamp, the only date the page gives, dates it."""
    sentence = "Fenmoor Foods, the bakery group, said on June 3, 2019 – a Monday – that it will open a bakery in Lorwick."
    saved = read(release(sentence, QUOTED, LONG, foot=FOOT_STAMP))
    assert saved.meta["date"] == dt.date(2019, 11, 20)
