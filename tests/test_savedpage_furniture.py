"""Page furniture of saved news pages inside and after the story, found on the held-out pages of bench/saved_pages.py
(tests/fixtures/saved-pages-heldout): one small page of our own per rule, with its near miss beside it."""

from __future__ import annotations

from dossier.savedpage import read_saved_page
from saved_page_passages import LONG, body_text, read


def story(*blocks: str) -> str:
    return f"<article><h1>T</h1><p>{LONG}</p>{''.join(blocks)}<p>{LONG}</p></article>"


def test_the_pages_notices_under_the_story_are_furniture():
    """Prospect ("Comments are closed"), Investment Executive ("Share this article and your comments with peers on social
    media"), The Times of India ("Read this story in Bengali"), HuffPost ("Suggest a correction"), al.com ("Note to
    readers: if you purchase something through one of our affiliate links we may earn a commission.", "More Alabama
    news"), CNBC ("WATCH LIVE"): lines a reader of the page knows for its furniture, as the plain-text import does."""
    saved = read(
        story(
            "<p>Comments are closed</p>",
            "<div><span>Share this article and your comments with peers on social media</span></div>",
            "<div><a href='/bn/story'>Read this story in Bengali</a></div>",
            "<div class='entry-corrections'><a href='#'>Suggest a correction</a></div>",
            "<p class='disclosure'>Note to readers: if you purchase something through one of our affiliate links we may earn a commission.</p>",
            "<div class='rawhtml'><a href='/news/'>More Alabama news</a></div>",
            "<div><a href='/live'>WATCH LIVE</a></div>",
        )
    )
    text = body_text(saved)
    for line in (
        "Comments are closed",
        "Share this article",
        "Bengali",
        "Suggest a correction",
        "affiliate links",
        "More Alabama news",
        "WATCH LIVE",
    ):
        assert line not in text, line
    assert text.count("The minister") == 2


def test_the_same_words_inside_the_storys_sentences_stay():
    """Near miss: a sentence of the story that speaks of comments, corrections or a language is text."""
    lines = [
        "<p>Comments are closed on the ministry's site, the spokesman said, after a week of abuse.</p>",
        "<p>She asked readers to suggest a correction if the figures were wrong.</p>",
        "<p>Read this story in Bengali and you will find the quotes differ, the editor said.</p>",
    ]
    text = body_text(read(story(*lines)))
    assert "Comments are closed on the ministry" in text and "suggest a correction" in text and "Read this story in Bengali and" in text


def test_an_appeal_set_in_bold_or_italics_after_the_story_is_furniture():
    """HuffPost (<em><strong>Want more updates from Sam? Sign up for his newsletter, …</strong></em>), Quartz (<b><i>Sign up to
    the … Weekly Brief here for news and analysis … in your inbox</i></b>), Vox (<strong>Will you support Vox’s explanatory
    journalism?</strong>, then its two lines asking for a contribution): the site's appeal, not the story."""
    saved = read(
        story(
            "<div class='embed'><span><em><strong>Want more updates from Jane? Sign up for her newsletter, The Brief.</strong></em></span></div>",
            "<p><b><i>Sign up to the <a href='/e'>Africa Weekly Brief here</a> for news and analysis on business and tech in your inbox</i></b></p>",
            "<div class='c-footer'><p><strong><a href='/c'>Will you support our explanatory journalism?</a></strong></p>"
            "<p>Millions turn to us to understand what's happening in the news.</p><p>Please consider making a contribution today.</p></div>",
        )
    )
    text = body_text(saved)
    assert "Sign up" not in text and "support our explanatory" not in text and "Millions turn" not in text and "contribution" not in text
    assert text.count("The minister") == 2


def test_the_storys_own_sentence_about_newsletters_stays():
    """Near miss: a sentence of the story about signing up, not set in bold or italics, is text; so is an emphasised
    sentence that asks for nothing."""
    saved = read(
        story(
            "<p>Readers who sign up for the newsletter get the numbers a day early, the company said.</p>",
            "<p><em>The ministry did not answer questions sent on Friday.</em></p>",
        )
    )
    text = body_text(saved)
    assert "sign up for the newsletter" in text and "did not answer" in text


def test_a_list_of_headlines_between_the_paragraphs_is_related_stories():
    """CBC: <ul class="similarLinks"><li><a href="/news/…">Bank of Canada hikes rate to 2.5%. Here's what it means for
    you</a></li>…</ul> between two paragraphs: other stories' headlines, each a link and nothing else."""
    saved = read(
        story(
            "<ul class='links'><li><a href='/news/business/rates-1.6'><span>Central bank hikes rate to 2.5%. Here's what it means for you</span></a></li>"
            "<li><a href='/news/business/rates-1.7'><span>Central bank hikes interest rate again, triggering higher payments</span></a></li></ul>"
        )
    )
    assert "Central bank hikes" not in body_text(saved)


def test_a_list_of_points_with_links_in_them_stays():
    """Near miss: a list whose items are the story's sentences with a link in them, or short names of documents, is text."""
    saved = read(
        story(
            "<ul><li>The <a href='/report'>ministry's report</a> counted 4,000 trucks a day at the crossing.</li>"
            "<li>The <a href='/talks'>talks in Baku</a> resume on Monday, officials said.</li></ul>"
        )
    )
    assert "counted 4,000 trucks" in body_text(saved) and "resume on Monday" in body_text(saved)


def test_a_related_heading_over_an_empty_element_and_its_list_is_furniture():
    """NDTV: <div class="…reltd"><h3>Related</h3><span class="crclBtn"></span><ul><li><a …>Opinion: …</a></li>…</ul></div>:
    the list after the heading is found past the empty button between them."""
    saved = read(
        story(
            "<div class='wdgt'><h3>Related</h3><span class='btn'></span><ul><li><a href='/opinion/x'>Opinion: Protect All Health Workers</a></li>"
            "<li><a href='/india/y'>Child Dies On Way To Hospital, Family Says</a></li></ul></div>"
        )
    )
    assert "Protect All Health Workers" not in body_text(saved) and "Related" not in body_text(saved)


def test_a_box_of_live_figures_is_furniture():
    """NDTV: a coronavirus tracker under the story (<div class="_world-wrapper"><h3>World</h3><span>28,25,140</span><span>Cases
    </span>… and a table of states by <div>): figures counted on the day the page was saved, not the story."""
    cells = "".join(f"<div><span>State {i}</span><span>{i * 37}</span><span>{i * 5}</span><span>{i}</span></div>" for i in range(1, 8))
    saved = read(
        story(f"<div class='tracker'><h3>World</h3><span>28,25,140</span><span>Cases</span><span>1,97,666</span><span>Deaths</span>{cells}</div>")
    )
    assert "28,25,140" not in body_text(saved) and "World" not in body_text(saved)
    assert body_text(saved).count("The minister") == 2


def test_a_paragraph_of_figures_stays():
    """Near miss: the story's own sentences full of numbers, and a table of them, are text."""
    numbers = "<p>Cases rose to 28,25,140 worldwide, 1,97,666 deaths, 18,29,648 active and 7,97,826 recovered by Saturday.</p>"
    table = "<table><tr><th>State</th><th>Cases</th></tr>" + "".join(f"<tr><td>S{i}</td><td>{i * 37}</td></tr>" for i in range(1, 8)) + "</table>"
    text = body_text(read(story(numbers, table)))
    assert "28,25,140" in text and "259" in text


def test_two_one_headline_lists_side_by_side_are_related_stories():
    """CBC writes each related headline as a list of its own: two one-item lists of headline links, side by side."""
    one = "<ul class='links'><li><a href='/news/business/rates-1.{n}'><span>Central bank hikes rate again, what it means {n}</span></a></li></ul>"
    saved = read(story(one.format(n=6) + one.format(n=7)))
    assert "Central bank hikes" not in body_text(saved)


def test_a_lone_one_headline_list_stays():
    """Near miss: one list of one link, nothing like it beside it, may be the story's own pointer: it stays."""
    saved = read(story("<ul><li><a href='/news/business/rates-1.6'>Central bank hikes rate again, what it means</a></li></ul>"))
    assert "Central bank hikes" in body_text(saved)


def test_an_emphasised_note_about_a_newsletter_asks_for_nothing():
    """Near miss: an editor's note in italics that names a newsletter ("Morning Money is a free version of …") is no appeal."""
    saved = read(story("<p><i>Editor’s note: The Brief is the free edition of our newsletter for subscribers.</i></p>"))
    assert "free edition of our newsletter" in body_text(saved)


def test_paragraphs_parted_by_one_line_break_are_paragraphs():
    """The Times of India: the story in one <div>, its paragraphs parted by a single <br> each: one paragraph a sentence
    ends before the break, not the whole story run into one."""
    saved = read(f"<article><h1>T</h1><div class='story'>{LONG}<br>{LONG}<br>“We will not retreat,” he said.</div></article>")
    assert [u.kind for u in saved.body] == ["paragraph", "paragraph", "paragraph"]


def test_short_lines_parted_by_line_breaks_stay_one_paragraph():
    """Near miss: an address or a verse, short lines parted by <br>, and a break inside a sentence, stay in one paragraph."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>Ministry of Transport.<br>12 Harbour Road.<br>Baku.</p>"
        "<div>The minister spoke at length about the border and the road to Armenia, and about the talks with Baku that followed<br>"
        "the exercise, until the spring.</div></article>"
    )
    assert len(saved.body) == 3


def test_a_line_of_time_stamps_over_the_story_is_furniture():
    """Bloomberg ("December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST" beside the byline), Quartz ("Published
    February 24, 2020"), Investment Executive (<li>October 11, 2022 October 11, 2022</li><li>15:11</li>): the page's stamps
    over the story, read for its date, are not its text."""
    saved = read(
        "<article><h1>T</h1><div class='times'><time>December 6, 2016 — 6:22 PM EST</time> <time>December 7, 2016 — 1:55 PM EST</time></div>"
        "<div class='pub'>Published February 24, 2020</div><ul class='details'><li>October 11, 2022 October 11, 2022</li><li>15:11</li></ul>"
        f"<p>{LONG}</p></article>"
    )
    assert [u.text for u in saved.body] == [LONG]


def test_a_date_heading_in_the_story_stays():
    """Near miss: a digest's day heading after the text has begun, and a line that says more than a date, are the story's."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h3>March 3, 2022</h3><p>{LONG}</p><p>Published in 1998, the report was ignored.</p></article>")
    assert "March 3, 2022" in body_text(saved) and "Published in 1998" in body_text(saved)


def test_a_list_of_links_to_the_sites_social_accounts_is_furniture():
    """HuffPost: "More:" then <ul><li><a href="http://facebook.com/HuffPostPolitics">1.94 M</a></li><li><a
    href="https://twitter.com/HuffPostPol">991 K</a></li>…: the site's followers on each network, not the story."""
    saved = read(
        story(
            "<ul><li><a href='http://facebook.com/SitePolitics'>1.94 M</a></li><li><a href='https://twitter.com/SitePol'>991 K</a></li>"
            "<li><a href='http://pinterest.com/site'>458 K</a></li></ul>"
        )
    )
    assert "1.94 M" not in body_text(saved)


def test_a_list_of_sources_with_one_social_link_stays():
    """Near miss: a list of the story's sources where one item links to a post on a network is the story's."""
    saved = read(
        story(
            "<ul><li><a href='https://twitter.com/minister/status/1'>The minister's statement</a></li>"
            "<li><a href='/reports/border'>The ministry's border report</a></li></ul>"
        )
    )
    assert "The minister's statement" in body_text(saved)


def test_a_pull_quote_with_its_attribution_repeats_the_story():
    """HuffPost: <blockquote class="pull-quote"><span class="quote">What I always found was …</span><span
    class="attribution">A close Trump associate</span></blockquote>, the words said in the paragraph above with "said the
    associate" between them: the attribution line makes the box's words not the paragraph's, but its opening words are."""
    said = "“What I always found was you have to suggest something to him,” said the associate. “You’re not going to tell him.”"
    saved = read(
        story(
            f"<p>{said}</p><blockquote class='pull-quote'><span>What I always found was you have to suggest something to him. "
            "You’re not going to tell him.</span> <span>A close associate</span></blockquote>"
        )
    )
    assert "A close associate" not in body_text(saved) and body_text(saved).count("What I always found") == 1


def test_a_pull_quote_of_words_the_story_does_not_say_stays():
    """Near miss: a pull-classed quote whose words are nowhere else in the story (the only place they are given) stays."""
    saved = read(
        story("<blockquote class='pull-quote'><span>We will never trade the corridor for a promise.</span> <span>The minister</span></blockquote>")
    )
    assert "We will never trade" in body_text(saved)


def test_a_tag_cloud_is_the_storys_tags():
    """HuffPost: <div class="tag-cloud"><h2>More:</h2><a class="tag" …>Donald Trump</a> …: its topics, not a section."""
    saved = read(story("<div class='tag-cloud'><h2>More:</h2><a href='/news/jane-roe/'>Jane Roe</a> <a href='/news/baku/'>Baku</a></div>"))
    assert [u.text for u in saved.body if u.kind == "heading"] == []


def test_tags_written_in_one_meta_with_commas_are_several():
    """HuffPost: <meta property="article:tag" content="Donald Trump,Barack Obama    ">: two tags."""
    saved = read(story(), head="<meta property='article:tag' content='Jane Roe,Baku Talks  '>")
    assert saved.meta["tags"] == ["Jane Roe", "Baku Talks"]


def test_tags_one_a_meta_keep_their_commas():
    """Near miss: The New York Times gives one tag a meta, "Trump, Donald J" among them: a tag with a comma in it."""
    saved = read(story(), head="<meta property='article:tag' content='Trump, Donald J'><meta property='article:tag' content='Interest Rates'>")
    assert saved.meta["tags"] == ["Trump, Donald J", "Interest Rates"]


def test_a_follow_us_box_and_a_products_tout_are_furniture():
    """HuffPost: <div class="follow-us …"><p>Get top stories and blog posts emailed to me each day.</p>…; Bloomberg: <div
    class="terminal-tout"><span>Before it's here, it's on the Bloomberg Terminal.</span> LEARN MORE</div> in the story's
    column: the site's box asking to follow it, and a promotion of its own product (a "tout")."""
    saved = read(
        story(
            "<div class='follow-us follow-us--b-page'><p>Get top stories emailed to me each day.</p></div>",
            "<div class='terminal-tout'><span>Before it's here, it's on the Terminal.</span> <a href='/t'>LEARN MORE</a></div>",
        )
    )
    assert "Get top stories" not in body_text(saved) and "Terminal" not in body_text(saved)


def test_a_follow_up_box_of_the_story_stays():
    """Near miss: a box classed "followup" (the story's follow-up) or "touted-claims" is not a follow-us box or a tout."""
    saved = read(
        story("<div class='followup'><p>The ministry answered on Monday.</p></div><div class='touted-claims'><p>Claims were made.</p></div>")
    )
    assert "answered on Monday" in body_text(saved) and "Claims were made" in body_text(saved)


def test_the_new_furniture_lines_leave_a_plain_text_export_too():
    """The same lines copied from a page as text: a link to the story in another language, a feedback link, an
    affiliate notice, a section's link and a live-TV button; the story's sentence with the same opening stays."""
    from dossier.importer import import_text

    lines = "\n\n".join(
        [
            "Read this story in Bengali",
            "Suggest a correction",
            "Note to readers: if you purchase something through one of our affiliate links we may earn a commission.",
            "More Alabama news",
            "WATCH LIVE",
        ]
    )
    result = import_text(f"A Report\n\nBy Jane Roe\n\nDecember 9, 2021\n\n{LONG}\n\n{lines}\n\nRead this story in Bengali and compare.\n", "r.txt")
    body = result.markdown.split("+++")[-1]
    for line in ("Suggest a correction", "affiliate links", "More Alabama news", "WATCH LIVE"):
        assert line not in body, line
    assert "Read this story in Bengali and compare." in body and body.count("Read this story in Bengali") == 1


def test_a_keyword_list_stuffed_with_phrases_of_the_text_keeps_only_its_topics():
    stuffed = (
        "Military, Human Rights, fake news, Legislative Council of Hong Kong, Omar Lamrani, a senior military analyst at Stratfor, "
        "Russian and Syrian claims are false, territory controlled by the Syrian government, or MaT – formerly the Free Syrian Army"
    )
    saved = read(f"<article><h1>A Report</h1><p>{LONG}</p></article>", f'<meta property="article:tag" content="{stuffed}">')
    assert saved.meta["tags"] == ["Military", "Human Rights", "fake news", "Legislative Council of Hong Kong", "Omar Lamrani"]


def test_a_newsletters_sign_up_box_inside_the_story_is_furniture():
    """A box set between the story's paragraphs that calls for a newsletter's sign-up in several ways (its heading, 'never
    miss …', 'your email', 'unsubscribe'), or a briefing's name over '… delivered to your inbox' and its e-mail field: the
    site's, never the story's paragraphs or a section of it."""
    box = (
        "<div class='factbox'><span class='factbox-header'><h3>Get the Harbour Wire daily</h3></span><div>"
        "<p>Never miss a story from the quays by signing up to our newsletter.</p>"
        "<p>Pop your email into the box at the top of the page and we will do the rest.</p>"
        "<p>You can unsubscribe at any time.</p></div></div>"
    )
    briefing = (
        "<div class='briefing-box'><h1 class='h2'>Quay Briefing</h1><p>The week's port news, delivered to your inbox every Friday.</p>"
        "<form action='/join' method='post'><label for='e'>Email address</label><input id='e' type='email'><button>Go</button></form></div>"
    )
    saved = read(story(box, f"<p>{LONG}</p>", briefing))
    text = body_text(saved)
    for line in ("Never miss", "Pop your email", "unsubscribe", "Quay Briefing", "inbox"):
        assert line not in text, line
    assert text.count("The minister") == 3


def test_a_box_of_the_storys_own_paragraphs_that_speak_of_a_newsletter_stays():
    """Near miss: a box with a heading whose paragraphs are the story's, one of them about a newsletter's subscribers."""
    box = (
        "<div class='factbox'><h3>What the port board decided</h3>"
        "<p>The board's newsletter told its subscribers that fees would rise in May.</p>"
        "<p>Fishers who sign up for a berth before then keep the old rate.</p>"
        "<p>The harbour master said the dredging would take three weeks.</p></div>"
    )
    text = body_text(read(story(box)))
    assert "subscribers that fees would rise" in text and "dredging would take" in text


def test_a_journal_pages_own_citation_and_doi_under_the_story_are_furniture():
    """A journal's news page ends on its own citation ('Harbour Science 12, 40-41 (2021)') and its DOI alone on a line."""
    saved = read(story("<p><span>Harbour Science</span> <span><strong>12</strong>, 40-41 (2021)</span></p>", "<div>doi: 10.5555/hs-2021-0412</div>"))
    text = body_text(saved)
    assert "40-41 (2021)" not in text and "doi:" not in text
    assert text.count("The minister") == 2


def test_a_citation_inside_a_sentence_or_a_reference_list_stays():
    """Near miss: a sentence that cites the journal, and a reading list's entry, are the story's."""
    saved = read(
        story(
            "<p>The survey appeared in Harbour Science 12, 40-41 (2021), and the board read it closely.</p>",
            "<ol><li>Harbour Science 12, 40-41 (2021)</li><li>Quay Review 3, 7 (2020)</li></ol>",
        )
    )
    text = body_text(saved)
    assert "appeared in Harbour Science 12, 40-41 (2021)" in text and "Quay Review 3, 7 (2020)" in text


# -- a political news site's inline promotions, its excerpt cut before 'Read more', its words about itself -----------------


def promo_card(label: str, href: str, headline: str) -> str:
    return f"<article class='promo'><span>{label}</span><a href='{href}'><img src='logo.png' alt='logo'><span>{headline}</span></a></article>"


def test_promoted_cards_set_between_the_paragraphs_are_not_the_story():
    """Two <article> cards inside the story, each a label and one link to another page ('Featured' / a member's
    headline): the site's promotions."""
    cards = promo_card("Featured", "https://example.org/press/1/", "Ferry union welcomes the new timetable for the islands")
    cards += promo_card("Sponsored", "https://example.org/press/2/", "Port board answers questions about the dredging contract")
    text = body_text(read(story(f"<div class='listings'>{cards}</div>")))
    assert "Ferry union" not in text and "Port board answers" not in text and "Featured" not in text
    assert text.count("The minister") == 2


def test_an_inner_article_of_the_storys_own_sentences_stays():
    """Near miss: an <article> inside the story holding its own prose with a link in a sentence is text."""
    inner = "<article><p>The port board, <a href='https://example.org/board/'>which met on Monday</a>, said the dredging would resume in June after the storms.</p></article>"
    assert "The port board" in body_text(read(story(inner)))


def test_a_description_cut_before_its_read_more_link_gives_its_full_sentences():
    head = (
        "<meta property='og:description' content='The harbour board asked the mayor to resign over the dredging. "
        "Its chair said in a statement, first reported by... Read more &raquo;'>"
    )
    assert read(story(), head).meta["summary"] == "The harbour board asked the mayor to resign over the dredging."
    whole = "<meta property='og:description' content='The harbour board asked the mayor to resign. Continue reading →'>"
    assert read(story(), whole).meta["summary"] == "The harbour board asked the mayor to resign."
    # near miss: 'read more' as the sentence's own words stays
    own = "<meta property='og:description' content='Why the harbour board wants residents to read more'>"
    assert read(story(), own).meta["summary"] == "Why the harbour board wants residents to read more"


def page_named(body: str, title: str = "Harbour plan passes - Harbour Ledger"):
    page = f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n{body}\n</body></html>\n'
    return read_saved_page(page.encode(), "page.html")


def test_the_sites_words_about_itself_closing_the_story_with_a_call_to_subscribe_are_not_the_story():
    blurb = "<p>Harbour Ledger is the coast's leading independent news website. Subscribe to our morning briefing <a href='/subscribe/'>here</a>.</p>"
    text = body_text(page_named(story(blurb)))
    assert "leading independent" not in text and text.count("The minister") == 2


def test_a_paragraph_naming_the_site_without_a_call_or_another_name_asking_stays():
    """Near misses: the site's name in a sentence that asks nothing, and another body asking readers to subscribe."""
    own = "<p>Harbour Ledger is one of three papers the board named in its complaint to the regulator on Monday.</p>"
    other = "<p>Coast Radio is asking listeners to subscribe to its new bulletin, its editor said on Monday.</p>"
    text = body_text(page_named(story(own, other)))
    assert "one of three papers" in text and "Coast Radio is asking" in text


def test_a_share_bar_in_a_class_naming_no_share_is_furniture():
    """A share bar under the dek whose classes say nothing of sharing ('ActionBar'): its links, the networks' share
    intents or the buttons' words, say what it is; its 'Share' label goes with it."""
    bar = (
        "<div class='ActionBar'><span>Share</span><ul class='ActionBar-items'>"
        "<li><a href='https://www.facebook.com/dialog/share?href=x'>Facebook</a></li>"
        "<li><a href='https://twitter.com/intent/tweet?url=x'>Twitter</a></li>"
        "<li><a href='https://www.linkedin.com/shareArticle?url=x'>LinkedIn</a></li>"
        "<li><a href='#'><span>Copy Link URL</span><span>Copied!</span></a></li><li><a href='#'>Print</a></li></ul></div>"
    )
    buttons = "<ul class='Tools'><li><a href='#'>Email</a></li><li><a href='#'>WhatsApp</a></li><li><a href='#'>Print</a></li></ul>"
    text = body_text(read(story(bar, buttons)))
    for word in ("Facebook", "LinkedIn", "Copy Link", "Copied", "WhatsApp", "Print", "Share"):
        assert word not in text, word


def test_a_list_of_links_to_the_networks_pages_stays():  # near miss: a report's list naming the networks it studied
    networks = (
        "<ul><li><a href='https://example.org/facebook-study'>Facebook: 41 accounts removed after the audit</a></li>"
        "<li><a href='https://example.org/x-study'>X: 12 accounts suspended</a></li>"
        "<li><a href='https://example.org/tiktok'>TikTok: no reply to our questions</a></li></ul>"
    )
    text = body_text(read(story(networks)))
    assert "41 accounts removed" in text and "no reply to our questions" in text
