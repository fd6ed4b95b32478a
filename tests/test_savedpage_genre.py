"""Rules of the saved news and report page, found with bench/saved_pages.py on real publishers' pages (one small page
of our own per rule, with its near miss). The bench pages each rule came from are named in its docstring."""

from __future__ import annotations

import datetime as dt
import json

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

LONG = (
    "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise, "
    "and the agencies reported that week that the corridor would stay closed to trucks until the spring, whatever the talks gave."
)


def page(body: str, head: str = "") -> bytes:
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>A Report | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'.encode()
    )


def read(body: str, head: str = ""):
    return read_saved_page(page(body, head), "page.html")


def ld_json(data: dict[str, str]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def body_text(saved) -> str:
    return "\n".join(unit.text for unit in saved.body)


# -- the byline ---------------------------------------------------------------------------------------------------------


def test_a_byline_classed_date_line_does_not_end_the_search_for_the_byline():
    """The Los Angeles Times (class="ArticlePage-datePublished" above the byline), Salon (class="dateline" over the
    rel=author byline), Politico (a photo caption in class="story-meta" over the byline): the first byline-classed line
    names nobody; the byline is the next one that names someone. The date line is the date and leaves the body."""
    saved = read(
        "<article><h1>T</h1><div class='story-dateline'>Feb. 19, 2020 4 AM</div>"
        "<p class='story-byline'>By <a href='/people/jane-roe'>Jane Roe</a></p>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Feb. 19" not in body_text(saved) and "Jane Roe" not in body_text(saved)
    assert saved.meta["date"] == dt.date(2020, 2, 19)


def test_a_date_line_alone_still_dates_the_story_and_names_nobody():
    """Near miss: a page whose only byline-classed line is its date has a date and no author."""
    saved = read(f"<article><h1>T</h1><div class='story-dateline'>Feb. 19, 2020 4 AM</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []
    assert saved.meta["date"] == dt.date(2020, 2, 19)
    assert "Feb. 19" not in body_text(saved)


def test_a_dateline_opening_the_first_paragraph_stays_in_it():
    """The Washington Post: <span class="dateline">CAIRO —</span> opens the first paragraph, above it the byline
    outside the article. The place is the story's, not a byline: it stays, and the byline is found on the page."""
    saved = read(
        "<div class='sig-line'><span class='pb-byline'>By <a href='/people/erin-roe'>Erin Roe</a></span></div>"
        f"<article><h1>T</h1><p><span class='dateline'>CAIRO —</span> {LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Erin Roe"]
    assert body_text(saved).startswith("CAIRO —")


def test_a_byline_below_the_article_text_is_an_insets():
    """Politico: a newsletter teaser inside the story (<p class="byline">By JAKE …</p> after several paragraphs) is not
    the story's byline and stays where it is; the story's byline is the one over it."""
    saved = read(
        "<p class='story-meta__authors'>By <a href='/staff/ally-roe'>ALLY ROE</a></p>"
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p><div class='inset'><p class='byline'>By <a href='/staff/jake-doe'>JAKE DOE</a></p></div>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Ally Roe"]


def test_a_byline_element_holding_only_a_name_is_the_author():
    """The Herald Sun: <em class="byline">JOE HILDEBRAND</em>, no "By"; MSN: <span class="authorname-txt">."""
    saved = read(f"<article><h1>T</h1><p><em class='byline'>JOE ROE </em></p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Joe Roe"]
    saved = read(f"<article><h1>T</h1><span class='authorname-txt'><span class='truncate'>Anna Roe</span></span><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Anna Roe"]


def test_a_byline_element_holding_a_job_title_is_not_a_name():
    """Near miss, BuzzFeed: <div class="byline__title">BuzzFeed News Reporter</div> beside the name's link
    (class="byline__author"): the name is the author, the title is not a second one."""
    saved = read(
        "<article><h1>T</h1><div class='user-bylines'><div class='byline__body'><a href='/janeroe' class='byline__author'>Jane Roe</a>"
        f"<div class='byline__title'>Example News Reporter</div></div></div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    saved = read(f"<article><h1>T</h1><div class='byline__title'>Example News Reporter</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []


def test_a_reporters_handle_separates_the_names_of_a_byline():
    """The Evening Standard ("By April Roach @aprilroach28 Daniel O'Mahony") and CNNMoney ("by Ahiza Garcia
    @ahiza_garcia February 1, 2016"): a Twitter handle after a name ends it."""
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe @janeroe28 Daniel O'Doe 01 October 2020</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Daniel O'Doe"]
    saved = read(f"<article><h1>T</h1><p class='byline'>by Jane Roe @jane_roe February 1, 2016: 12:41 PM ET</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]


def test_an_email_address_in_a_byline_is_not_a_handle():
    """Near miss: "jane@example.org" is no separator (the @ follows a word)."""
    saved = read(f"<article><h1>T</h1><p class='byline'>By Jane Roe and Daniel Doe, jane@example.org</p><p>{LONG}</p></article>")
    assert saved.meta["authors"][:2] == ["Jane Roe", "Daniel Doe"]


def test_a_post_after_the_name_ends_the_byline_names():
    """The ACLU: "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project":
    the post and the project are not more authors."""
    saved = read(
        "<article><h1>T</h1><div class='blog-byline'>By Jane Roe , Senior Staff Technologist, Example Speech, Privacy, "
        f"and Technology Project April 5, 2018 | 6:00 PM</div><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    saved = read(f"<article><h1>T</h1><div class='blog-byline'>By Jane Roe, Daniel Doe and Ann Poe April 5, 2018</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "Daniel Doe", "Ann Poe"]


def test_the_byline_names_both_reporters_where_json_ld_names_the_first():
    """The Evening Standard: JSON-LD author April Roach, the byline over the story "By April Roach … Daniel O'Mahony"."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    body = "<article><h1>T</h1><div class='author'>By <a href='/author/jane-roe'>Jane Roe</a> <a href='/author/dan-doe'>Daniel Doe</a></div>"
    saved = read(f"{body}<p>{LONG}</p></article>", head)
    assert (saved.meta["authors"], saved.meta["authors_basis"]) == (["Jane Roe", "Daniel Doe"], "byline")
    # near miss: a byline naming someone else does not overrule JSON-LD
    other = "<article><h1>T</h1><div class='author'>By <a href='/author/ann-poe'>Ann Poe</a> <a href='/author/dan-doe'>Daniel Doe</a></div>"
    saved = read(f"{other}<p>{LONG}</p></article>", head)
    assert (saved.meta["authors"], saved.meta["authors_basis"]) == (["Jane Roe"], "JSON-LD author")


def test_the_imported_report_lists_the_bylines_authors():
    """What the user gets: the front matter's [[authors]]."""
    saved = read(f"<article><h1>T</h1><p><em class='byline'>JOE ROE</em></p><p>{LONG}</p></article>")
    assert 'name = "Joe Roe"' in import_page(saved, "page.html").markdown


# -- the title ----------------------------------------------------------------------------------------------------------


def test_a_hidden_h1_is_not_the_headline():
    """Yahoo (ABC News): <h1 class="… Hidden">Good Morning America</h1>, the show's name in a utility class that hides
    it, above <h1 class="headline">; the hidden one is neither the title nor a heading of the body."""
    saved = read(f"<article><h1 class='Fz-2xl Hidden'>Morning Show</h1><h1 class='headline'>Veteran Wraps Baby in Flag</h1><p>{LONG}</p></article>")
    assert saved.meta["title"] == "Veteran Wraps Baby in Flag"
    assert "Morning Show" not in body_text(saved)


def test_a_hidden_class_never_drops_the_articles_text():
    """Near miss: a page whose article sits in a class="hidden" wrapper (shown by a script) keeps its text."""
    saved = read(f"<h1>Veteran Wraps Baby in Flag</h1><div class='hidden'><p>{LONG}</p><p>{LONG}</p></div>")
    assert LONG in body_text(saved)


def test_the_headline_the_page_shows_decides_between_disagreeing_metadata():
    """The Los Angeles Times and The Atlantic: JSON-LD gives the SEO headline, og:title the one the page shows in its
    <h1> outside the article body; SCMP: JSON-LD's headline is cut short with "...", the <h1> gives it whole."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Michael Bloomberg is having to answer questions"}</script>'
        '<meta property="og:title" content="As his first debate nears, Bloomberg answers for his past">'
    )
    saved = read(
        f"<div class='top'><h1>As his first debate nears, Bloomberg answers for his past</h1></div><div itemprop='articleBody'><p>{LONG}</p></div>",
        head,
    )
    assert (saved.meta["title"], saved.meta["title_basis"]) == ("As his first debate nears, Bloomberg answers for his past", "<h1>")
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tsai Ing-wen’s political playbook should be reading for Hong Kong leader..."}</script>'
    saved = read(
        f"<header><h1>Tsai Ing-wen’s political playbook should be reading for Hong Kong leader Carrie Lam</h1></header><main><p>{LONG}</p></main>",
        head,
    )
    assert saved.meta["title"] == "Tsai Ing-wen’s political playbook should be reading for Hong Kong leader Carrie Lam"


def test_an_h1_outside_the_article_that_no_metadata_gives_stays_behind_them():
    """Near miss: an <h1> outside the article in the page header ("Opinion") that no metadata title agrees with does
    not beat JSON-LD's headline."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The Real Headline"}</script>'
    saved = read(f"<header><h1>Opinion</h1></header><main><p>{LONG}</p></main>", head)
    assert saved.meta["title"] == "The Real Headline"


def test_a_banner_header_in_the_article_holding_its_headline_is_the_storys():
    """The Atlantic: <article><header role="banner"> holds the rubric, the <h1>, the dek and the byline; it is the
    story's header (its headline and byline are read), not the site's banner."""
    saved = read(
        "<article><header class='c-article-header' role='banner'><h1>How Can We Plan for the Future?</h1>"
        "<div class='c-article-meta'><address itemprop='author'><a href='/author/leah-roe/'>Leah Roe</a>"
        "<div class='bio'>Assistant professor at UC</div></address></div>"
        f"</header><p>{LONG}</p></article>",
        '<meta property="og:title" content="How Can We Plan for the Future?">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Disasters Are a Warning"}</script>',
    )
    assert saved.meta["title"] == "How Can We Plan for the Future?"
    assert saved.meta["authors"] == ["Leah Roe"]


def test_a_banner_header_with_the_sites_navigation_is_still_the_sites():
    """Near miss: <header role="banner"> with the site's <nav> and a logo <h1><a href="/">Site</a></h1> is dropped."""
    saved = read(
        "<article><header role='banner'><h1><a href='/'>Example Times</a></h1><nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav></header>"
        f"<h2>Story</h2><p>{LONG}</p></article>"
    )
    assert "Example Times" not in body_text(saved) and "World" not in body_text(saved)


# -- the article's text -------------------------------------------------------------------------------------------------


def test_the_opening_paragraphs_above_a_read_more_wrapper_are_the_storys():
    """The Herald Sun's mobile page: the lede and the first paragraphs stand in the story's body, the rest of the story
    in <div id="read-more-content"> under a "Read more" link; the story is both, from its first paragraph."""
    opening = "The roadshow featured the national security adviser and the police commissioner, who met the executives in turn. " * 2
    rest = "".join(f"<p>{LONG} Paragraph {n}.</p>" for n in range(6))
    saved = read(
        f"<div class='story-body'><div class='story-intro'><p><strong>{opening}</strong></p></div><p>{opening}</p><p>{opening}</p>"
        f"<div id='read-more'><div id='read-more-link'><a href=''>Read more</a></div><div id='read-more-content'>{rest}</div></div></div>"
        "<div class='sidebar-links'><p>Short teaser.</p></div>"
    )
    text = body_text(saved)
    assert text.startswith("The roadshow") and text.count("The roadshow featured") == 6 and "Paragraph 5." in text


def test_a_lone_paragraph_above_the_story_does_not_widen_it():
    """Near miss: one short standfirst-like paragraph above the densest block (a promo line) does not pull the page's
    wrapper, and what else it holds, into the article."""
    rest = "".join(f"<p>{LONG} Paragraph {n}.</p>" for n in range(6))
    saved = read(f"<div class='page'><p>Sign up for our morning briefing and get the news first.</p><div class='story'>{rest}</div></div>")
    assert "Sign up" not in body_text(saved)


def test_the_date_line_beside_a_byline_above_the_article_dates_it():
    """The Herald Sun: the story header above the body holds <li class="byline"><cite class="author">Laurie Oakes</cite>
    and <li class="date-and-time">March 13, 2015 9:00PM</li>; the byline is the author and the date line the date."""
    saved = read(
        "<div class='story-header'><h1>T</h1><ul><li class='byline first'><span class='source-prefix'>by:</span>"
        "<cite class='author author-laurie-roe'>Laurie Roe</cite></li><li class='source'>From: Example Sun</li>"
        "<li class='date-and-time last'><span class='datestamp'>March 13, 2015</span> <span class='timestamp'>9:00PM</span></li></ul></div>"
        f"<div class='story-body'><p>{LONG}</p><p>{LONG}</p></div>"
    )
    assert (saved.meta["authors"], saved.meta["date"]) == (["Laurie Roe"], dt.date(2015, 3, 13))


def test_a_page_built_by_javascript_takes_its_text_from_json_ld_article_body():
    """SCMP: the saved HTML holds the headline and a one-line summary; the page's JSON-LD articleBody holds the whole
    opinion piece (702 words, no line breaks). The report is that text, in paragraphs, and a problem line says so."""
    sentences = " ".join(f"Sentence {n} says the chief executive botched the affairs of the city once more." for n in range(40))
    head = ld_json({"@type": "OpinionNewsArticle", "headline": "T", "articleBody": sentences})
    saved = read("<main><h1>T</h1><ul><li>While both faced a challenging year, the leader capitalised on the crisis.</li></ul></main>", head)
    paragraphs = [u.text for u in saved.body if u.kind == "paragraph"]
    assert len(paragraphs) >= 4 and paragraphs[0].startswith("Sentence 0 says") and "Sentence 39" in paragraphs[-1]
    assert any("JSON-LD articleBody" in p.message for p in saved.problems)


def test_a_page_whose_html_holds_the_article_keeps_its_own_text():
    """Near miss: the HTML holds the article (with its links and headings); JSON-LD's articleBody is not used."""
    sentences = " ".join(f"Sentence {n} says the chief executive botched the affairs of the city once more." for n in range(20))
    head = ld_json({"@type": "NewsArticle", "headline": "T", "articleBody": sentences})
    saved = read(f"<article><h1>T</h1><p>{sentences} <a href='https://example.org/x'>source</a></p></article>", head)
    assert "https://example.org/x" in body_text(saved)
    assert not any("JSON-LD articleBody" in p.message for p in saved.problems)


# -- page furniture -----------------------------------------------------------------------------------------------------


def test_a_players_controls_and_menus_are_not_the_story():
    """Yahoo (ABC News): <div id="ym-player"> holds the video player's settings menus as text (Video Quality, Closed
    Captions, a list of fonts, "Next video starts in"); a player is named by its id or class, and its text goes."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='vp-wrap'><div id='ym-player'><div class='yvp-settings-header'>Closed Caption Settings</div>"
        f"<ul><li>Georgia</li><li>Palatino Linotype</li></ul><span>Next video starts in : 7 Play</span></div></div><p>{LONG}</p></article>"
    )
    text = body_text(saved)
    assert "Closed Caption" not in text and "Palatino" not in text and "Next video" not in text


def test_a_player_that_shows_a_video_still_says_so():
    """Near miss, the BBC: a player that holds the video itself (an iframe with a title) keeps its embed's note."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><figure class='media-with-caption'><div class='player'>"
        "<iframe src='https://emp.example.com/video/1' title='Mr Obama told the BBC that gun control was his biggest frustration'></iframe>"
        f"</div></figure><p>{LONG}</p></article>"
    )
    assert "gun control was his biggest frustration" in import_page(saved, "page.html").markdown


def test_a_topics_block_is_the_storys_tags():
    """The Guardian: <div class="submeta"><span>Topics</span><ul><li><a>New Zealand</a></li>… at the story's end;
    Salon: <p>Topics: <a>uber</a>, <a>libertarians</a>, …</p>. Tags, not the story's last paragraph."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='submeta'><span class='submeta__label'>Topics</span><ul>"
        "<li><a href='/nz'>New Zealand</a></li><li><a href='/whales'>Whales</a></li><li><a href='/marine'>Marine life</a></li></ul></div>"
        "<p>Topics: <a href='/t/uber'>uber</a>, <a href='/t/lib'>libertarians</a>, <a href='/t/syd'>Sydney</a></p></article>"
    )
    text = body_text(saved)
    assert "Whales" not in text and "libertarians" not in text
    assert "tags" in saved.dropped


def test_a_paragraph_opening_on_topics_stays():
    """Near miss: a paragraph of the story that opens on "Topics" and holds a link or two is text."""
    saved = read(f"<article><h1>T</h1><p>Topics such as <a href='/a'>the border</a> and the corridor came up first. {LONG}</p></article>")
    assert "Topics such as" in body_text(saved)


def test_a_charts_placed_labels_are_not_the_story():
    """The New York Times: an ai2html chart is an image with its labels in <div>s placed at percentages over it
    (style="top:9.5%;left:5.4%"): "$915", "’17", "MONTHLY"… are the chart's, not lines of the story."""
    labels = "".join(
        f"<div class='g-aiAbs' style='top:{10 + 8 * n}%;margin-top:-9px;left:{5 + 9 * n}%;width:30px;'><p>{label}</p></div>"
        for n, label in enumerate(["$915", "600", "’17", "’18", "MONTHLY"])
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='g-artboard'><img src='chart.png' alt=''>{labels}</div><p>{LONG}</p></article>")
    text = body_text(saved)
    assert "$915" not in text and "MONTHLY" not in text and text.count("The minister") == 2


def test_a_single_placed_overlay_stays():
    """Near miss: one text placed over a picture (a headline overlay, a caption) is not a chart's label."""
    saved = read(
        f"<article><h1>T</h1><div class='hero'><img src='a.jpg' alt=''><div style='top:50%;left:10%'>A city under siege</div></div><p>{LONG}</p></article>"
    )
    assert "A city under siege" in body_text(saved)


def test_an_ad_networks_slot_and_its_label_are_advertising():
    """CNNMoney: <div class="teads-inread"><div>ADVERTISING</div>…<a>inRead invented by Teads</a></div> between the
    story's paragraphs: an ad network's slot (Teads, Nativo, Zergnet, Revcontent) and an "ADVERTISING" label go."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='teads-inread'><div class='teads-ui-components-label'>ADVERTISING</div>"
        f"<div class='teads-ui-components-credits'><a href='http://x.example'>inRead invented by Teads</a></div></div>"
        f"<div><div>ADVERTISING</div></div><p>{LONG}</p></article>"
    )
    assert "ADVERTISING" not in body_text(saved) and "Teads" not in body_text(saved)


def test_the_reporters_contact_line_is_not_the_story():
    """BuzzFeed: "Contact Mark Di Stefano at <a href="mailto:…">mark.distefano@buzzfeed.com</a>" under the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>Contact Jane Roe at <a href='mailto:jane.roe@example.com'>jane.roe@example.com</a></p></article>"
    )
    assert "Contact Jane Roe" not in body_text(saved)
    assert "author's contact" in saved.dropped


def test_a_sentence_asking_readers_to_contact_someone_stays():
    """Near miss: a sentence of the story that names an address without a mailto link, or says more, stays."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>Readers who saw the convoy can contact the ministry at its office in Baku until Friday.</p>"
        "<p>Contact Jane Roe at jane.roe@example.com</p></article>"
    )
    text = body_text(saved)
    assert "contact the ministry" in text and "Contact Jane Roe" in text


# -- the date -----------------------------------------------------------------------------------------------------------


def test_a_date_line_in_a_datetime_or_time_class_dates_the_story():
    """BuzzFeed: <span class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span>; FiveThirtyEight and MSN:
    class="time". The date line dates the story and leaves its text."""
    saved = read(f"<article><h1>T</h1><span class='buzz_datetime converted'>posted on April 21, 2015, at 11:29 a.m.</span><p>{LONG}</p></article>")
    assert saved.meta["date"] == dt.date(2015, 4, 21)
    assert "posted on" not in body_text(saved)


def page_in(lang: str, body: str) -> bytes:
    return page(body).replace(b"<html>", f'<html lang="{lang}">'.encode()) if lang else page(body)


def test_a_numeric_date_is_read_in_the_pages_language():
    """MSN UK (xml:lang="en-GB"): <span class="time">02/10/2020</span> is 2 October; on an en-US page the same line is
    February 10; a day over 12 says itself."""
    body = f"<article><h1>T</h1><span class='time'>02/10/2020</span><p>{LONG}</p></article>"
    assert read_saved_page(page_in("en-GB", body), "p.html").meta["date"] == dt.date(2020, 10, 2)
    assert read_saved_page(page_in("en-US", body), "p.html").meta["date"] == dt.date(2020, 2, 10)
    body = f"<article><h1>T</h1><span class='time'>25/10/2020</span><p>{LONG}</p></article>"
    assert read_saved_page(page_in("", body), "p.html").meta["date"] == dt.date(2020, 10, 25)


def test_a_numeric_date_in_the_storys_text_does_not_date_it():
    """Near miss: "02/10/2020" inside a paragraph of the story, not on a date line, is not the story's date."""
    body = f"<article><h1>T</h1><p>The order of 02/10/2020 still stands. {LONG}</p></article>"
    assert read_saved_page(page_in("en-GB", body), "p.html").meta["date"] is None


def test_the_publishers_lines_under_every_story_are_not_its_text():
    """Reuters: "Our Standards: <a>The Thomson Reuters Trust Principles.</a>"; The Atlantic: "We want to hear what you
    think about this article. <a>Submit a letter</a> to the editor or write to letters@…". Under every story alike."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>Our Standards: <a href='https://x.example/trust'>The Example Trust Principles.</a></p>"
        "<p>We want to hear what you think about this article. <a href='/letters'>Submit a letter</a> to the editor.</p></article>"
    )
    text = body_text(saved)
    assert "Our Standards" not in text and "want to hear" not in text


def test_a_story_about_standards_keeps_its_sentence():
    """Near miss: a sentence of the story that speaks of standards or letters, at length, is text."""
    sentence = "Our standards of evidence, the minister wrote in a letter to the editor, were never meant for a war of this kind."
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>{sentence}</p></article>")
    assert sentence in body_text(saved)
