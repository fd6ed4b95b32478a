"""Bylines, dates and headlines of saved news pages, found on the held-out pages of bench/saved_pages.py
(tests/fixtures/saved-pages-heldout): one small page of our own per rule, with its near miss beside it."""

from __future__ import annotations

import datetime as dt

from saved_page_passages import LONG, body_text, read

# -- names -------------------------------------------------------------------------------------------------------------


def test_a_reporters_email_address_after_the_name_is_not_part_of_it():
    """al.com: <li class="byline__author"><a …>Mike Cason | mcason@al.com</a>: the name, not the address."""
    saved = read(
        f"<article><h1>T</h1><div class='byline'>By <span class='byline__author'>Jane Roe | jroe@example.com</span></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_name_with_no_address_stays_whole():
    """Near miss: a double-barrelled name with a hyphen keeps it."""
    saved = read(f"<article><h1>T</h1><div class='byline'>By <span class='byline__author'>Jane Roe-Smith</span></div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe-Smith"]


def test_the_outlet_on_its_own_line_in_the_byline_is_not_part_of_the_name():
    """Chicago Tribune and New York Daily News: <div class="article_byline"><div>By <span>Joe …</span></div><div><div>Washington
    Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div>. The name is read on the line of "By"; the outlet's line is not it."""
    saved = read(
        "<article><h1>T</h1><div class='article_byline'><div>By <span>Jane Roe</span></div>"
        f"<div><div>Example Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert saved.meta["date"] == dt.date(2016, 12, 13)


def test_two_names_on_the_line_of_by_are_both_read():
    """Near miss: the line of "By" holds two reporters; both are named, the outlet below is still left out."""
    saved = read(
        "<article><h1>T</h1><div class='article_byline'><div>By <span>Jane Roe</span> and <span>John Doe</span></div>"
        f"<div><div>Example Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]


def test_a_wire_agency_after_the_last_name_is_not_a_person():
    """investmentexecutive.com: "By: Paul Wiseman, Fatima Hussein, The Associated Press", its microdata author one Person
    with two itemprop=name. Both reporters, not the agency (and not the first name only)."""
    saved = read(
        "<article itemscope itemtype='http://schema.org/NewsArticle'><h1>T</h1>"
        "<div itemprop='author' itemscope itemtype='http://schema.org/Person'><span itemprop='name'>Jane Roe</span>"
        "<span itemprop='name'>John Doe, The Example Press</span></div>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]


def test_a_byline_naming_the_reporters_and_their_agency_reads_the_people():
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe, John Doe, The Example Press</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]


def test_a_name_that_merely_contains_the_is_kept():
    """Near miss: "Theodore Roe" starts with "The" but is a name, not an outlet."""
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe, Theodore Doe</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Theodore Doe"]


def test_by_in_an_element_of_its_own_is_followed_by_the_name():
    """Prospect: <span class="… author-meta">By</span><a class="… author-meta">Duncan Bell</a><div>January 19, 2017</div>:
    the byline-classed "By" names nobody; its line, with the name after it, does."""
    saved = read(
        "<div class='header-meta'><span class='author-meta'>By</span> <a class='author-meta-link'>Jane Roe</a>"
        f"<div class='header-date'>January 19, 2017</div></div><article><h1>T</h1><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_lone_by_with_no_name_after_it_names_nobody():
    """Near miss: "By" then only a date: no author."""
    saved = read(
        f"<div class='header-meta'><span class='author-meta'>By</span> <div>January 19, 2017</div></div><article><h1>T</h1><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == []


def test_an_author_card_above_the_story_is_its_byline():
    """HuffPost: the author card under the headline (<div class="author-card"> with the author's link and a one-line bio)
    is dropped as an author box, but it is the story's byline: its name is the author's."""
    saved = read(
        "<article><h1>T</h1><div class='author-card'><a href='/author/jane-roe'><span class='author-card__name'>Jane Roe</span></a>"
        f"<span class='author-card__microbio'>Senior Politics Editor, The Example</span></div><p>{LONG}</p><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Senior Politics Editor" not in body_text(saved)


def test_an_author_card_below_the_story_names_nobody():
    """Near miss: an author box after the story's text (an inset, another writer's teaser) is not its byline."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p><div class='author-card'><a href='/author/jane-roe'>"
        "<span class='author-card__name'>Jane Roe</span></a><span>Senior Politics Editor, The Example</span></div></article>"
    )
    assert saved.meta["authors"] == []


def test_a_name_before_a_slash_in_a_byline_is_the_author():
    """The Times of India: <div class="byline"><a href="/toireporter/author-…">Saibal Dasgupta</a> / TNN / <span>Updated:
    Oct 9, 2019, 11:05 IST</span></div>: the name, then the agency and the stamp, each after a slash."""
    saved = read(
        f"<article><h1>T</h1><div class='byline'><a href='/reporter/x-1'>Jane Roe</a> / ENS / <span>Updated: Oct 9, 2019, 11:05 IST</span></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert saved.meta["date"] == dt.date(2019, 10, 9)


def test_a_byline_of_a_date_and_a_slash_names_nobody():
    """Near miss: "Updated / Oct 9, 2019": nobody's name before the slash."""
    saved = read(f"<article><h1>T</h1><div class='byline'>Updated / Oct 9, 2019</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []


# -- dates -------------------------------------------------------------------------------------------------------------


def test_the_time_beside_the_byline_dates_the_story():
    """Bloomberg: <address class="…byline">by Jeremy Herron</address><div class="…times"><time datetime="2016-12-06T23:22…">
    December 6, 2016 — 6:22 PM EST</time>…</div>, no date in the metadata: the time stamp right after the byline."""
    saved = read(
        "<div class='lede'><h1>T</h1><address class='lede__byline'>by <span>Jane Roe</span></address>"
        "<div class='lede__times'><time datetime='2016-12-06T23:22:22.402Z'>December 6, 2016 — 6:22 PM EST</time></div></div>"
        f"<article><p>{LONG}</p></article>"
    )
    assert saved.meta["date"] == dt.date(2016, 12, 6)


def test_a_time_far_below_the_byline_does_not_date_the_story():
    """Near miss: a <time> after the story's first paragraph (a teaser's, an update's) is not the byline's."""
    saved = read(
        f"<div class='lede'><h1>T</h1><address class='lede__byline'>by <span>Jane Roe</span></address><p>{LONG}</p>"
        "<div class='lede__times'><time datetime='2016-12-06T23:22:22.402Z'>December 6, 2016</time></div></div>"
        f"<article><p>{LONG}</p></article>"
    )
    assert saved.meta["date"] is None


def test_the_day_the_page_shows_wins_over_a_utc_stamp_of_the_next_day():
    """al.com: article:published_time 2016-12-23T00:47:31Z, the page's date line "Published: Dec. 22, 2016, 6:47 p.m."
    (Central time): the story is of the 22nd, the day its readers saw."""
    saved = read(
        f"<article><h1>T</h1><ul class='dateline'><li>Published: Dec. 22, 2016, 6:47 p.m.</li></ul><p>{LONG}</p></article>",
        head="<meta property='article:published_time' content='2016-12-23T00:47:31Z'>",
    )
    assert saved.meta["date"] == dt.date(2016, 12, 22)


def test_the_day_the_page_shows_wins_over_a_stamp_with_no_time_zone_a_day_off():
    """article:published_time '2020-03-05T01:10:00.000' with no zone (the server's clock), the byline's date line 'March
    4, 2020' and '5 PM': the day the readers saw. Near miss: a date line three days off leaves the stamp its day."""
    for stamp in ("2020-03-05T01:10:00.000", "2020-03-05T01:10"):
        saved = read(
            f"<article><h1>T</h1><div class='byline'>By <span>Jane Roe</span></div><div class='date'>March 4, 2020</div><p>{LONG}</p></article>",
            head=f"<meta property='article:published_time' content='{stamp}'>",
        )
        assert saved.meta["date"] == dt.date(2020, 3, 4), stamp
        assert "no time zone" in saved.meta["date_basis"], stamp
    saved = read(
        f"<article><h1>T</h1><ul class='dateline'><li>Updated: March 8, 2020</li></ul><p>{LONG}</p></article>",
        head="<meta property='article:published_time' content='2020-03-05T01:10:00'>",
    )
    assert saved.meta["date"] == dt.date(2020, 3, 5)


def test_a_stamp_with_the_sites_own_offset_is_its_day():
    """Near miss: a stamp with its time zone (-05:00) is the site's own day already; a date line days away is another date."""
    saved = read(
        f"<article><h1>T</h1><ul class='dateline'><li>Updated: Dec. 20, 2016</li></ul><p>{LONG}</p></article>",
        head="<meta property='article:published_time' content='2016-12-23T00:47:31-05:00'>",
    )
    assert saved.meta["date"] == dt.date(2016, 12, 23)


# -- the headline ------------------------------------------------------------------------------------------------------


def test_the_shown_headline_wins_over_the_metadatas_longer_wording_of_it():
    """The Times of India: og:title "Kashmir issue: China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally |
    India News", the <h1> over the byline (outside the article's text block) "China snubs Imran Khan, says resolve J&K
    bilaterally": the page's own headline, most of whose words the metadata's repeats."""
    saved = read(
        f"<div class='top'><h1>Rain delays harvest, says farm board in Punjab</h1></div><div class='story'><p>{LONG}</p><p>{LONG}</p></div>",
        head="<meta property='og:title' content='Monsoon news: Heavy rain delays wheat harvest, says farm board in Punjab | India News'>",
    )
    assert saved.meta["title"] == "Rain delays harvest, says farm board in Punjab"


def test_an_h1_that_is_not_the_headline_leaves_the_metadatas():
    """Near miss: an <h1> of other words (the site's name, a section) does not replace the metadata's headline."""
    saved = read(
        f"<div class='top'><h1>India News Today</h1></div><div class='story'><p>{LONG}</p><p>{LONG}</p></div>",
        head="<meta property='og:title' content='Monsoon news: Heavy rain delays wheat harvest, says farm board in Punjab | India News'>",
    )
    assert saved.meta["title"] == "Monsoon news: Heavy rain delays wheat harvest, says farm board in Punjab"


# -- the story's head: standfirst, labels, a summary repeated ----------------------------------------------------------


def test_a_heading_under_the_headline_before_the_byline_is_the_standfirst():
    """CBC, HuffPost, Slate: <h1>…</h1><h2 class="deck">Average price of a home that sold in September was $640,479</h2>
    <div class="byline">…: a sentence set as a heading between the headline and the story's text is its standfirst, the
    story's opening paragraph (and its summary where the metadata give none), not the title of a first section."""
    saved = read(
        "<article><h1>Housing slowdown continues</h1><h2 class='deck'>Average price of a home that sold in September was down again</h2>"
        f"<div class='byline'>By Jane Roe</div><p>{LONG}</p><h2>Rental market is hot</h2><p>{LONG}</p></article>"
    )
    assert saved.meta["summary"] == "Average price of a home that sold in September was down again"
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Rental market is hot"]
    assert saved.body[0].kind == "paragraph" and saved.body[0].text.startswith("Average price")


def test_a_short_heading_under_the_headline_is_a_section():
    """Near miss: a report's first heading right under its title, a few words ("Key findings"), opens its first section."""
    saved = read(f"<article><h1>Housing slowdown continues</h1><h2>Key findings</h2><p>{LONG}</p><h2>Rental market</h2><p>{LONG}</p></article>")
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Key findings", "Rental market"]


def test_the_short_lines_before_the_headline_are_labels():
    """Slate and CBC: <header><div class="meta"><a href="/">Slate</a> <a href="/politics">Politics</a> Who's winning, who's
    losing, and why.</div><h1>…: the site's and the section's links over the headline, and the section's motto, are labels."""
    saved = read(
        "<article><header><div class='meta'><div><a href='/'>Site</a></div><div><a href='/politics'>Politics</a></div>"
        f"<div>Who wins, who loses, and why.</div></div><h1>Broken Pledge</h1></header><p>{LONG}</p></article>"
    )
    assert "Politics" not in body_text(saved) and "Who wins" not in body_text(saved)
    assert body_text(saved).startswith("The minister")


def test_a_photo_over_the_headline_stays():
    """Near miss: a lead photo with its caption above the headline is the story's figure, not a label."""
    saved = read(
        "<article><header><figure><img src='a.jpg'><figcaption>Trucks at the border.</figcaption></figure><h1>Broken Pledge</h1>"
        f"</header><p>{LONG}</p></article>"
    )
    assert "Trucks at the border." in body_text(saved)


def test_a_summary_repeated_as_the_first_paragraph_is_read_once():
    """CBC: <div class="detailSummary">New numbers … in a funk.</div> under the headline, the same sentence the story's first
    paragraph: the report opens with it once."""
    first = "New numbers from the association confirm what buyers and sellers have known for a while: the market is in a funk."
    saved = read(
        f"<article><h1>T</h1><div class='detailSummary'>{first}</div><figure><img src='a.jpg'><figcaption>A house.</figcaption></figure><p>{first}</p><p>{LONG}</p></article>"
    )
    assert body_text(saved).count("New numbers") == 1


def test_a_sentence_said_twice_in_the_story_stays_twice():
    """Near miss: a line repeated deep in the story (a refrain, a quote recalled) is not a summary at its top."""
    line = "We will not be providing any individual names to the transition team."
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>{line}</p><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p><p>{line}</p></article>")
    assert body_text(saved).count("We will not") == 2


def test_a_byline_item_with_by_and_a_colon_leaves_the_body():
    """Investment Executive: <ul class="pub-details"><li>By: <a …>Paul Wiseman</a>, <a …>Fatima Hussein, The Associated
    Press</a></li>…: the byline, with "By:", in a list item; it names the reporters and is not the story's first line."""
    saved = read(
        "<article><h1>T</h1><ul class='pub-details'><li>By:  <a href='/writer/jane-roe/'>Jane Roe</a>, "
        f"<a href='/writer/john-doe/'>John Doe, The Example Press</a></li></ul><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]
    assert "Jane Roe" not in body_text(saved)


def test_a_list_item_that_merely_starts_with_by_stays():
    """Near miss: a point of the story that opens with "By" ("By 2030, …") is text."""
    saved = read(
        f"<article><h1>T</h1><p class='byline'>By Jane Roe</p><ul><li>By: 2030 the corridor is to carry 4,000 trucks a day.</li></ul><p>{LONG}</p></article>"
    )
    assert "By: 2030 the corridor" in body_text(saved)


# -- bylines the first pass missed (the eighth new-user review) -------------------------------------------------------------


def test_an_hcard_byline_names_its_formatted_name_not_the_post():
    """An hCard over the story, outside the article's text: <p class="author vcard"><a><b class="fn">Name</b></a>
    <span>Senior Correspondent</span></p>. The microformat's name is the author, the post beside it is not."""
    saved = read(
        "<div class='writer'><a href='/team/jane-roe/'><img alt='Jane Roe' src='jr.jpg'></a>"
        "<p class='author vcard'><a href='/team/jane-roe/'><b class='fn'>Jane Roe</b></a> <span class='blogtitle'>Senior Harbour Correspondent</span></p></div>"
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_an_hcard_that_is_no_byline_names_no_author():
    """Near miss: an hCard of another kind (a commenter's, a contact box's) is no byline, and its fn no author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p></article>"
        "<div class='comment vcard'><b class='fn'>Jane Roe</b> Senior Harbour Correspondent</div>"
    )
    assert saved.meta["authors"] == []


def test_a_byline_under_the_standfirst_that_repeats_the_description_is_read():
    """A transcript page: the headline, its date line, then the page's description again as a long standfirst, then <div class=
    "byline">Name</div>, the text in a box of its own below. The standfirst is not the text: the byline under it counts."""
    stand = "The decision to cut the harbour's budget has drawn criticism from the fishers who use the harbour every day of the year. They see it as a punishment for the poor catch of the last two seasons on the northern coast."
    saved = read(
        f"<div class='story'><h1>T</h1><p class='published'>Updated April 22, 2013</p><p>{stand}</p><div class='byline'>\n   Jane Roe</div>"
        f"<div class='transcript'><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div></div>",
        head=f'<meta name="description" content="{stand}">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_name_below_a_long_paragraph_that_is_no_description_is_no_byline():
    """Near miss: a long paragraph that is not the page's description is the text; a byline-classed name below it is
    an inset's, not the page's author."""
    stand = "The decision to cut the harbour's budget has drawn criticism from the fishers who use the harbour every day of the year. They see it as a punishment for the poor catch of the last two seasons on the northern coast."
    saved = read(
        f"<div class='story'><h1>T</h1><p class='published'>Updated April 22, 2013</p><p>{stand}</p><div class='byline'>\n   Jane Roe</div>"
        f"<div class='transcript'><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div></div>",
        head='<meta name="description" content="Fishers criticise the budget cut.">',
    )
    assert saved.meta["authors"] == []


def test_a_portals_stamps_after_a_bullet_are_not_part_of_the_name():
    """A news portal's byline element, 'Story by Jane Roe • 6h • 3 min read', a date, an update's stamp or the paper's
    name after a bullet: the name before the bullet, none of what follows it."""
    for line in (
        "Story by Jane Roe • 6h • 3 min read",
        "By Jane Roe · 12 June 2024",
        "By Jane Roe • 4 min read",
        "By Jane Roe · Mar 3, 2023",
        "By Jane Roe • Updated 5h ago",
        "By Jane Roe • Eugene Weekly • 3 March 2023",
        "By Jane Roe | Selm Gazette",
    ):
        saved = read(f"<article><h1>T</h1><div class='byline'>{line}</div><p>{LONG}</p></article>")
        assert saved.meta["authors"] == ["Jane Roe"], line


def test_a_second_writer_after_a_bullet_stays_a_writer():
    """Near miss: a person's name after the bullet is a second writer's, never dropped."""
    saved = read(f"<article><h1>T</h1><div class='byline'>By Jane Roe • Anna Holm • 3 March 2023</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Anna Holm"]


def test_a_bullet_before_a_desk_leaves_the_writers():
    """Near miss: the desk after the bullet is no writer; the two writers before it stay."""
    saved = read(f"<article><h1>T</h1><div class='byline'>By Jane Roe and Ivo Marsh • Harbour Desk</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Ivo Marsh"]
