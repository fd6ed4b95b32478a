"""Headlines, bylines, dates and furniture of saved news pages, found on the second held-out round of
bench/saved_pages.py (tests/fixtures/saved-pages-heldout2): one small page of our own per rule, with its near miss."""

from __future__ import annotations

import datetime as dt

from saved_page_passages import LONG, body_text, read

# -- a class that says there is no promotion ----------------------------------------------------------------------------


def test_a_header_whose_class_says_no_promo_is_the_storys_header():
    """CBS News: <header class="content__header content__header--no-promo"> holds the headline and the byline: a BEM
    modifier saying the header has no promotion image is not an advertisement."""
    saved = read(
        "<article><header class='story__header story__header--no-promo'><h1>Key moments from the hearing</h1>"
        f"<p class='story__byline'>By Jane Roe, John Doe, Ann Poe</p></header><p>{LONG}</p></article>",
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Hearings: key moments", '
        '"author": {"@type": "Person", "name": "Jane Roe"}}</script>',
    )
    assert saved.meta["title"] == "Key moments from the hearing"
    assert saved.meta["authors"] == ["Jane Roe", "John Doe", "Ann Poe"]


def test_a_promo_box_is_still_an_advertisement():
    """Near miss: <div class="story__promo"> (or "promo-box") in the story is a promotion, dropped."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='story__promo'><p>Try our new app for a month free of charge.</p></div></article>")
    assert "Try our new app" not in body_text(saved)


# -- dates --------------------------------------------------------------------------------------------------------------


def test_a_year_one_date_in_the_metadata_is_no_date():
    """USA Today's EU page: JSON-LD "datePublished": "0001-01-01T00:00:00Z", a CMS's empty date (which no site can
    build); the byline's "Published 7:07 PM EST Nov 19, 2019" dates the page."""
    saved = read(
        f"<article><h1>T</h1><div class='byline'>Jane Roe USA NEWS Published 7:07 PM EST Nov 19, 2019</div><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>',
    )
    assert saved.meta["date"] == dt.date(2019, 11, 19)


def test_a_real_date_in_the_metadata_stands():
    """Near miss: a datePublished of the page's own years is taken."""
    saved = read(
        f"<article><h1>T</h1><div class='byline'>Jane Roe USA NEWS Published 7:07 PM EST Nov 19, 2019</div><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T10:00:00-05:00"}</script>',
    )
    assert saved.meta["date"] == dt.date(2019, 11, 18)


# -- names --------------------------------------------------------------------------------------------------------------


def test_an_author_element_naming_two_people_gives_both():
    """USA Today: <span class="author">Kevin Johnson and Kevin McCoy</span>: two reporters, not one name."""
    saved = read(f"<article><h1>T</h1><div class='byline'><span class='author'>Jane Roe and John Doe</span> USA NEWS</div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]


def test_an_author_element_naming_an_institution_with_and_stays_whole():
    """Near miss: "Center for Strategy and Studies" in an author element is one body, not two names."""
    saved = read(f"<article><h1>T</h1><div class='byline'><span class='author'>Center for Strategy and Studies</span></div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Center for Strategy and Studies"]


def test_the_sites_own_name_as_json_ld_author_is_no_author():
    """Al Bawaba, Polygraph.info: JSON-LD "author": {"@type": "Organization", "name": "Al-Bawaba"}, the site itself,
    and no byline: the page names no author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example-times.com/news/story-1">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example-Times"}}</script>',
    )
    assert saved.meta["authors"] == []


def test_another_organization_as_json_ld_author_stays():
    """Near miss: an Organization that is not the site (a think tank's team on a news site) is the author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example-times.com/news/story-1">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Border Studies Team"}}</script>',
    )
    assert saved.meta["authors"] == ["Border Studies Team"]


def test_a_bem_article_meta_line_is_a_byline():
    """PolitiFact: <p class="article__meta">By <a href="/staff/jane-roe/">Jane Roe</a>, <a …>John Doe</a>
    <span class="article__meta">on Monday, November 18th, 2019 at 11:08 a.m.</span></p>: the reporters and the date."""
    saved = read(
        "<article><h1>T</h1><p class='article__meta'> By <a href='/west/staff/jane-roe/'>Jane Roe</a> , <a href='/west/staff/john-doe/'>John Doe</a> "
        f"<span class='article__meta'>on Monday, November 18th, 2019 at 11:08 a.m.</span></p><p>{LONG}</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]
    assert saved.meta["date"] == dt.date(2019, 11, 18)
    assert "Monday" not in body_text(saved)


def test_an_article_metadata_block_further_down_is_not_read_as_a_byline():
    """Near miss: a class "article__metadata-note" is no meta line; the text under it stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p class='article__metadata-note'>By the numbers: 12 trucks crossed on Monday.</p></article>")
    assert "By the numbers" in body_text(saved)


# -- furniture ----------------------------------------------------------------------------------------------------------


def test_a_persons_hover_card_inside_a_paragraph_is_not_the_story():
    """The Hill: a politician's name in a paragraph is <span class="rollover-people"><a …>Ilhan Omar</a><span
    class="rollover-people-block">(photo, name, three headlines, MORE)</span></span>: the card shown on hover is not
    the story's text; the name is."""
    saved = read(
        "<article><h1>T</h1><p>He threatened Rep. <span class='rollover-people'><a href='/people/jane-roe'>Jane Roe</a>"
        "<span class='rollover-people-block'><span><a class='name' href='/people/jane-roe'>Jane Roe</a>"
        "<a href='/policy/1-budget-vote'>Budget vote slips to next week as talks stall over the border</a>"
        f"<a class='more' href='/people/jane-roe'>MORE</a></span></span></span> (D-Minn.), the office said.</p><p>{LONG}</p></article>"
    )
    text = body_text(saved)
    assert "He threatened Rep. Jane Roe (D-Minn.), the office said." in text
    assert "Budget vote slips" not in text


def test_a_tooltip_trigger_with_no_card_stays_whole():
    """Near miss: a hover wrapper holding only its link (the card not saved) is the paragraph's text."""
    saved = read(
        "<article><h1>T</h1><p>He threatened Rep. <span class='rollover-people'><a href='/people/jane-roe'>Jane Roe</a></span>"
        f" (D-Minn.), the office said.</p><p>{LONG}</p></article>"
    )
    assert "He threatened Rep. Jane Roe (D-Minn.), the office said." in body_text(saved)


def test_a_related_stories_heading_over_an_empty_widget_is_furniture():
    """Al Bawaba: <section><h2>You may also like</h2><div><div id="POSTQUARE_WIDGET_…"></div></div></section>, the
    list a script fills: the heading is not a section of the report."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><section><h2>You may also like</h2><div><div id='WIDGET_1'></div></div></section>"
        f"<section><h2>Background</h2><p>{LONG}</p></section></article>"
    )
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Background"]


def test_a_related_heading_over_text_stays():
    """Near miss: "Read more" over a paragraph of the story's own (no list, no empty widget) stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>Read more</h2><p>The talks resume in the spring, the ministry said.</p></article>")
    assert "Read more" in [u.text for u in saved.body if u.kind == "heading"]


def test_a_call_to_action_box_is_a_promotion():
    """National Review: <div class="nrplus-cta-wrap"><div class="nrplus-cta"><h4>Something to Consider</h4><p>If you
    enjoyed this article, we have a proposition for you: Join NRPLUS …</p></div></div>: a call to action, not the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='plus-cta-wrap'><div class='plus-cta'><h4>Something to Consider</h4>"
        "<p>If you liked this article, we have an offer for you: join our club for full access.</p></div></div></article>"
    )
    assert "Something to Consider" not in body_text(saved)
    assert "join our club" not in body_text(saved)


def test_a_class_with_cta_inside_a_word_is_not_a_promotion():
    """Near miss: a class such as "factbox" or "actor-list" has the letters, not the word."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='actor-list'><p>The ministry, the agency and the border guard spoke.</p></div></article>"
    )
    assert "the border guard spoke" in body_text(saved)


def test_a_contact_the_author_heading_and_its_box_are_furniture():
    """The Intercept: <div class="author-footer"><h2>Contact the author:</h2>(each author's avatar, name and links)
    </div> below the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='writer-footer'><h2>Contact the authors:</h2>"
        "<div><a href='/staff/jane-roe/'>Jane Roe</a> <a href='mailto:jane@example.com'>jane@example.com</a></div></div></article>"
    )
    assert "Contact the authors" not in body_text(saved)
    assert "jane@example.com" not in body_text(saved)


def test_a_contact_heading_of_the_storys_own_stays():
    """Near miss: "Contact tracing in the camps" is a section of the story."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>Contact tracing in the camps</h2><p>{LONG}</p></article>")
    assert "Contact tracing in the camps" in [u.text for u in saved.body if u.kind == "heading"]


# -- the headline and the time stamp shown again ------------------------------------------------------------------------


def test_the_headline_set_as_a_subheading_over_the_story_is_not_a_section():
    """AP's hosted pages: no <h1>, the headline is <h2 class="ap-story-headline"> above the byline and the story; the
    title comes from og:title, and the same words are not the report's first section."""
    saved = read(
        f"<main><div class='story'><div>Nov. 20, 2019</div><h2 class='story-headline'>Envoy faces questions about the talks</h2><p>{LONG}</p>"
        f"<h2>The call</h2><p>{LONG}</p></div></main>",
        '<meta property="og:title" content="Envoy faces questions about the talks">',
    )
    assert saved.meta["title"] == "Envoy faces questions about the talks"
    assert [u.text for u in saved.body if u.kind == "heading"] == ["The call"]


def test_a_subheading_of_other_words_stays():
    """Near miss: the first subheading is the story's own when it is not the headline."""
    saved = read(
        f"<main><div class='story'><h2>The call</h2><p>{LONG}</p><h2>The hearing</h2><p>{LONG}</p></div></main>",
        '<meta property="og:title" content="Envoy faces questions about the talks">',
    )
    assert [u.text for u in saved.body if u.kind == "heading"] == ["The call", "The hearing"]


def test_a_time_stamp_closing_the_story_is_not_its_last_line():
    """USA Today: <div class="footer-publish-date">Published 7:07 PM EST Nov 19, 2019</div> after the last paragraph."""
    saved = read(
        "<article><h1>T</h1><div class='byline'><span class='author'>John Doe</span> Published 7:07 PM EST Nov 19, 2019</div>"
        f"<p>{LONG}</p><p>Contributing: Jane Roe</p><div class='foot-date'>Published 7:07 PM EST Nov 19, 2019</div></article>"
    )
    assert body_text(saved).endswith("Contributing: Jane Roe")


def test_a_last_sentence_with_a_date_stays():
    """Near miss: the story's last sentence naming a day is the story's."""
    saved = read(
        "<article><h1>T</h1><div class='byline'><span class='author'>John Doe</span> Published 7:07 PM EST Nov 19, 2019</div>"
        f"<p>{LONG}</p><p>The court sits again on Nov 19, 2019.</p></article>"
    )
    assert body_text(saved).endswith("The court sits again on Nov 19, 2019.")


def test_a_sticky_bars_short_headline_is_not_the_storys_last_line():
    """New York magazine: <span class="ambrose-short-hed">Why Polarization (Still) Isn’t Our Democracy’s Real Problem
    </span>, the page's <title>, set in the bar that follows the reader: the headline again, not text."""
    saved = read(
        f"<article><h1>The Party Is the Problem</h1><p>{LONG}</p><p>The talks resume in the spring.</p>"
        "<section><span class='short-hed'>Why the Border Talks Still Matter</span></section></article>",
        '<meta name="twitter:title" content="Why the Border Talks Still Matter">',
    )
    assert body_text(saved).endswith("The talks resume in the spring.")


def test_a_short_line_not_among_the_titles_stays():
    """Near miss: a closing line of the story's own, in title case, that no title of the page gives."""
    saved = read(
        f"<article><h1>The Party Is the Problem</h1><p>{LONG}</p><p>Why the Border Talks Still Matter Now</p></article>",
        '<meta name="twitter:title" content="Why the Border Talks Still Matter">',
    )
    assert body_text(saved).endswith("Why the Border Talks Still Matter Now")


def test_a_partners_label_over_its_logo_is_furniture():
    """The Intercept: <a href="https://www.972mag.com/"><p>In partnership with</p><div><img …></div></a> under the
    byline: the partner's credit, not the story's first line."""
    saved = read(
        f"<article><h1>T</h1><div><a href='https://partner.example.com/'><p>In partnership with</p><div><img src='logo.png' alt=''></div></a></div><p>{LONG}</p></article>"
    )
    assert "In partnership with" not in body_text(saved)


def test_a_sentence_about_a_partnership_stays():
    """Near miss: a sentence that opens with the words goes on to say something."""
    saved = read(f"<article><h1>T</h1><p>In partnership with the ministry, the agency opened two crossings.</p><p>{LONG}</p></article>")
    assert "In partnership with the ministry" in body_text(saved)


def test_a_cms_analytics_fields_are_not_topics():
    """The Intercept and National Review: article:tag "Day: Wednesday", "Time: 20.00", "WC: 2000-2999", "Subject: World",
    "topic: White House": the fields of a CMS's analytics; a topic's or subject's value is a tag, the rest are not."""
    head = "".join(
        f'<meta property="article:tag" content="{t}">' for t in ("Day: Wednesday", "Time: 20.00", "WC: 2000-2999", "Subject: World", "Impeachment")
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head)
    assert saved.meta["tags"] == ["World", "Impeachment"]


def test_one_tag_with_a_colon_stays():
    """Near miss: one topic with a colon among plain ones ("Brexit: The Deal") is a topic."""
    head = "".join(f'<meta property="article:tag" content="{t}">' for t in ("Brexit: The Deal", "Impeachment"))
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head)
    assert saved.meta["tags"] == ["Brexit: The Deal", "Impeachment"]


def test_a_bare_date_after_the_last_paragraph_stays():
    """Near miss: "October 12, 2022" alone under a statement is the day it was signed, no time stamp."""
    saved = read(
        "<article><h1>T</h1><div class='byline'><span class='author'>John Doe</span> Published 7:07 PM EST Nov 19, 2019</div>"
        f"<p>{LONG}</p><p>October 12, 2022</p></article>"
    )
    assert body_text(saved).endswith("October 12, 2022")


def test_a_widgets_loading_placeholder_is_furniture():
    """Al Bawaba: a tabbed list of stories a script fills shows "Loading content ..." in the saved page."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='tabs'><div>Loading content ...</div></div></article>")
    assert "Loading content" not in body_text(saved)


def test_a_sentence_opening_with_loading_stays():
    """Near miss: "Loading the trucks took …" is the story's."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>Loading the trucks took hours at the crossing.</p></article>")
    assert "Loading the trucks took hours" in body_text(saved)
