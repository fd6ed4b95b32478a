"""Headlines, bylines and furniture of saved news pages, found on the third held-out round of bench/saved_pages.py
(tests/fixtures/saved-pages-heldout3): one small page of our own per rule, with its near miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

# -- a related-links box labelled "More:" -------------------------------------------------------------------------------


def test_a_more_label_over_links_is_a_related_box():
    """Al Jazeera, the New York Post: <h4>More:</h4> (or "More On:") over a list of links to other stories between the
    paragraphs: the box's label goes with its links, it is no sub-heading of the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h4>More:</h4><ul><li><h4><a href='/news/a.html'>Officials meet for two-day talks</a></h4></li>"
        f"<li><h4><a href='/news/b.html'>Envoy says young people must be heard</a></h4></li></ul><p>{LONG}</p></article>"
    )
    assert "More:" not in body_text(saved)
    assert "Officials meet" not in body_text(saved)


def test_a_more_heading_over_the_storys_list_stays():
    """Near miss: a sub-heading that begins with "More" and says what follows ("More troops for the border") over a
    list of the story's own points stays."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>More troops for the border</h2><ul><li>Two brigades move north in May.</li>"
        f"<li>A third follows in June.</li></ul><p>{LONG}</p></article>"
    )
    assert "More troops for the border" in body_text(saved)
    assert "Two brigades move north" in body_text(saved)


# -- one author string naming two reporters, or a reporter and her post -------------------------------------------------


def test_a_json_ld_author_string_naming_two_reporters_gives_both():
    """Global News: JSON-LD "author": "Samya Kullab and Vasilisa Stepanenko", one string for two people."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": "Jane Roe and John Doe"}</script>',
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe"]


def test_a_json_ld_author_that_is_one_body_stays_whole():
    """Near miss: "Center for Strategy and Studies" joins words with "and" but is one body, not two people."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": "Center for Strategy and Studies"}</script>',
    )
    assert saved.meta["authors"] == ["Center for Strategy and Studies"]


def test_an_agency_post_after_the_name_is_no_part_of_it():
    """SFGate's AP story: JSON-LD author "By STEVE PEOPLES, AP National Political Writer": the reporter is Steve
    Peoples; the agency's post after the comma is his role, not his name."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": [{"@type": "person", '
        '"name": "By JANE ROE, AP National Political Writer"}]}</script>',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_names_parted_by_commas_are_each_a_reporter():
    """One author string "Jane Roe, John Doe and Ann Poe": three reporters."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": "Jane Roe, John Doe and Ann Poe"}</script>',
    )
    assert saved.meta["authors"] == ["Jane Roe", "John Doe", "Ann Poe"]


def test_a_surname_first_name_stays_whole():
    """Near miss: "Roe, Jane" is one name written surname first (a library's catalogue form), not two."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": "Roe, Jane"}</script>',
    )
    assert saved.meta["authors"] == ["Roe, Jane"]


# -- a site footer whose copyright line comes after a long map of the site ------------------------------------------------

SITE_MAP = "".join(
    f"<p><a href='/{s.lower()}'>{s}</a></p><ul>"
    + "".join(f"<li><a href='/{s.lower()}/{i}'>{s} page number {i}</a></li>" for i in range(12))
    + "</ul>"
    for s in ("National", "State", "City", "Sports", "Business", "Opinion", "Entertainment", "Lifestyle")
)


def test_a_footer_mapping_the_site_before_its_copyright_line_is_furniture():
    """The Deccan Herald: <footer id="footer-wrapper"> inside the page's content column, a map of the site's sections
    (more than 2,000 characters of links) and then "© 2019 The Printers (Mysore) Private Ltd.": the page's footer."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>{LONG}</p><footer id='footer-wrapper'>{SITE_MAP}<p>© 2019 Example Printers Ltd.</p></footer></article>"
    )
    assert "Sports page number 3" not in body_text(saved)
    assert "Example Printers" not in body_text(saved)


def test_a_long_story_footer_with_a_copyright_line_stays():
    """Near miss: an article's own <footer> of prose (an editor's note, then a photo's copyright) is not a map of links."""
    note = " ".join([LONG] * 12)
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><footer><p>Editor's note: {note}</p><p>Photo copyright Jane Roe.</p></footer></article>")
    assert "Editor's note" in body_text(saved)


def test_a_more_on_label_in_a_header_of_its_own_goes_with_its_box():
    """The New York Post: <div class="more-on"><div class="more-on__header"><h4>More On:</h4><h3><a>taliban</a></h3>
    </div><h2><a>…</a></h2><h2><a>…</a></h2></div> inside the story: the label, its topic and the links are one box."""
    box = (
        "<div class='more-on__wrapper'><div class='more-on__header'><h4>More On:</h4><h3><a href='/tag/taliban/'>taliban</a></h3></div>"
        "<h2><a href='/2019/11/12/a/'>Professor to be freed in prisoner swap</a></h2><h2><a href='/2019/10/31/b/'>Politician sees talks as only hope</a></h2></div>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>{LONG}</p></article>")
    assert "More On" not in body_text(saved)


def test_a_more_on_label_over_prose_stays():
    """Near miss: "More on the talks:" in a box of the story's prose (a sub-heading over its paragraphs) stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div><div><h4>More on the talks:</h4></div><p>{LONG}</p><p>{LONG}</p></div></article>")
    assert "More on the talks" in body_text(saved)


# -- the menu a byline's name opens ------------------------------------------------------------------------------------


def test_an_authors_flyout_menu_is_furniture():
    """The New York Post: under the byline, <div class="author-flyout"> per reporter with "View author archive",
    "Get author RSS feed", "email the author", "follow on twitter": the menu the name opens on hover."""
    flyout = (
        "<div class='author-flyout'><div class='author-flyout-inner'><ul class='author-flyout-links'>"
        "<li><a href='/author/jane-roe/'><span>View author archive</span></a></li>"
        "<li><a href='/author/jane-roe/feed/'><span>Get author RSS feed</span></a></li></ul></div></div>"
    )
    saved = read(f"<article><h1>T</h1><div><p class='byline'>By <a href='/author/jane-roe/'>Jane Roe</a></p>{flyout}</div><p>{LONG}</p></article>")
    assert "View author archive" not in body_text(saved)
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_tooltip_box_of_the_story_stays():
    """Near miss: a glossary box the story shows (<div class="tooltip-glossary">) is not an author's menu."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='tooltip-glossary'><p>A corridor is a road kept open by treaty.</p></div></article>")
    assert "A corridor is a road" in body_text(saved)


# -- sub-headings set as paragraphs in capitals -------------------------------------------------------------------------


def test_paragraphs_in_capitals_over_the_storys_paragraphs_are_its_subheads():
    """SFGate's AP story (<p>WHO IS THE FRONT-RUNNER?</p>), The Namibian (<p>NEVER SAY GOODBYE</p>): short paragraphs
    wholly in capitals, each over the story's prose, are its sub-headings: the report gets its sections."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>WHO LEADS THE FIELD?</p><p>{LONG}</p><p>‘WE HAD PLANS AFTER RETIREMENT’</p><p>{LONG}</p></article>"
    )
    headings = [u.text for u in saved.body if u.kind == "heading"]
    assert headings == ["WHO LEADS THE FIELD?", "‘WE HAD PLANS AFTER RETIREMENT’"]


def test_one_line_in_capitals_stays_a_paragraph():
    """Near miss: one short line in capitals (a slogan the crowd chanted, quoted on a line of its own) is no sub-heading."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>NO WAR IN OUR NAME</p><p>{LONG}</p></article>")
    assert not [u for u in saved.body if u.kind == "heading"]
    assert "NO WAR IN OUR NAME" in body_text(saved)


# -- what a page prints on paper only -----------------------------------------------------------------------------------


def test_a_print_header_and_footer_are_furniture():
    """SFGate: <div class="print-header"> with the page's address over the headline and <div class="print-footer">
    with "© 2019 Hearst Communications, Inc." under the story: lines its print stylesheet shows on paper only."""
    saved = read(
        "<article><div class='print-header'><img src='/logo.png' alt='logo'><span>https://example.com/news/article/story-123.php</span></div>"
        f"<h1>T</h1><p>{LONG}</p><p>{LONG}</p><div class='print-footer'><span>© 2019 Example Communications, Inc.</span></div></article>"
    )
    assert "example.com/news" not in body_text(saved)
    assert "Example Communications" not in body_text(saved)


def test_a_print_friendly_wrapper_is_the_story():
    """Near miss: <div class="print-friendly"> wraps the story to print it well: its paragraphs stay."""
    saved = read(f"<article><h1>T</h1><div class='print-friendly'><p>{LONG}</p><p>The talks resume in May.</p></div><p>{LONG}</p></article>")
    assert "The talks resume in May." in body_text(saved)


# -- a byline of a name and the agency's post ----------------------------------------------------------------------------


def test_a_byline_of_a_name_and_an_agency_post_names_the_reporter():
    """SFGate: <p class="byline ap-byline">Steve Peoples, Ap National Political Writer</p> under the headline: the
    reporter, whose post follows the comma; the line is the byline, not the story's first paragraph."""
    saved = read(f"<article><h1>T</h1><p class='byline ap-byline'>Jane Roe, Ap Diplomatic Writer</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Diplomatic Writer" not in body_text(saved)


def test_a_byline_line_of_a_post_alone_names_nobody():
    """Near miss: a byline-classed line that gives only a post ("AP National Political Writer") names no author."""
    saved = read(f"<article><h1>T</h1><p class='byline'>AP National Political Writer</p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == []


# -- a photo gallery's controls ------------------------------------------------------------------------------------------


def test_a_gallerys_controls_and_shortened_caption_are_furniture():
    """SFGate: the gallery over the story shows its photo with <div class="caption-full"> and <div class=
    "caption-truncated"> (the same words again), then a <div class="control-panel"> with the credit again, "Image 1 of /
    13" and "Caption" / "Close" toggles: the caption once, no controls."""
    gallery = (
        "<div class='gallery'><ul class='gallery-items'><li><div class='img-wrap'><img src='/p.jpg' alt=''></div><div class='caption'>"
        "<div class='caption-full'>The candidate speaks at a fundraiser in Las Vegas.</div>"
        "<div class='caption-truncated'>The candidate speaks at a fundraiser in Las Vegas.</div><span class='credit'>Photo: Jane Roe, AP</span></div></li></ul>"
        "<div class='control-panel'><div class='control-bar'><span class='credit'>Photo: Jane Roe, AP</span><div class='slide-count'>Image 1 of / 13</div>"
        "<p class='open'>Caption</p><p class='close'>Close</p></div></div></div>"
    )
    saved = read(f"<article><h1>T</h1>{gallery}<p>{LONG}</p></article>")
    text = body_text(saved)
    assert text.count("The candidate speaks") == 1
    assert "Image 1 of" not in text and "Close" not in text


def test_a_control_room_paragraph_stays():
    """Near miss: the story's paragraph about a control panel (no class of a gallery's controls) stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>The operators left the control panel of the reactor at noon.</p></article>")
    assert "control panel of the reactor" in body_text(saved)


# -- a breaking-news strip over the story --------------------------------------------------------------------------------


def test_a_breaking_news_strip_is_furniture():
    """SFGate: <div class="article-breaking-now"> over the headline, "BREAKING NEWS" and one link to another story
    ("Burks scores 29 as Warriors end skid with win over Grizzlies")."""
    strip = (
        "<div class='article-breaking-now'><div class='core-breaking-now'><div class='header'><h2><span>BREAKING</span> NEWS</h2></div>"
        "<ul class='total-1'><li class='item'><div class='itemWrapper'><a href='/sports/a.php'><img src='/a.jpg' alt='A guard shoots'></a>"
        "<span class='breaking-item'><a href='/sports/a.php'>Team ends skid with a win at home</a></span></div></li></ul></div></div>"
    )
    saved = read(f"<article>{strip}<h1>T</h1><p>{LONG}</p></article>")
    assert "Team ends skid" not in body_text(saved)


def test_a_breaking_story_is_the_story():
    """Near miss: a story marked as breaking (<div class="story breaking">) is read."""
    saved = read(f"<article><h1>T</h1><div class='story breaking'><p>{LONG}</p><p>Officials said more would follow.</p></div></article>")
    assert "Officials said more would follow." in body_text(saved)


# -- boxes and links of the page inside the story -------------------------------------------------------------------------


def test_a_magazines_current_issue_box_is_furniture():
    """The Nation: between two paragraphs, <div class="current-issue"><h4>Current Issue</h4><a><img alt="Cover of …">
    </a><div><a>December 25, 2023/January 1, 2024, Issue</a></div></div>: the magazine's promotion, no sub-heading."""
    box = (
        "<div class='current-issue float-l-w-2'><h4 class='current-issue__title'>Current Issue</h4><a href='/issue/may/'><img src='/c.jpg' alt='Cover'></a>"
        "<div class='current-issue__magazine-title'><a href='/issue/may/'>May 1, 2024, Issue</a></div></div>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>{LONG}</p></article>")
    assert "Current Issue" not in body_text(saved) and "May 1, 2024, Issue" not in body_text(saved)
    assert not [u for u in saved.body if u.kind == "heading"]


def test_a_read_next_teaser_and_keep_reading_are_furniture():
    """The New York Post's <div class="read-next-wrapper"><p class="read-next"><a>Read Next</a></p><p><a>Teen chased by
    police …</a></p></div>; The Nation's <a href="#" class="expand-reduce-keep">Keep Reading</a> and its list of
    "Submit a correction", "Reprints & permissions" under the story."""
    tail = (
        "<div class='expand'><a href='#' class='expand-keep'>Keep Reading</a></div>"
        "<ul class='article-end__links'><li><a href='/corrections'>Submit a correction</a></li><li><a href='http://reprints.example.com/'>Reprints &amp; permissions</a></li></ul>"
        "<div class='read-next-wrapper'><p class='read-next'><a href='/2019/a/'>Read Next</a></p><p class='read-next-link'><a href='/2019/a/'>Teen hurt in chase</a></p></div>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{tail}</article>")
    text = body_text(saved)
    for furniture in ("Keep Reading", "Submit a correction", "Reprints", "Read Next", "Teen hurt in chase"):
        assert furniture not in text


def test_a_list_of_the_storys_steps_stays():
    """Near miss: a list of steps the story gives ("Submit a correction to the registry by May 1.") is the story's."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><ul><li>Submit a correction to the registry by May 1.</li>"
        f"<li>Pay the fee at the district office.</li></ul><p>{LONG}</p></article>"
    )
    assert "Submit a correction to the registry" in body_text(saved)


# -- a byline with no class of its own ------------------------------------------------------------------------------------


def test_an_unclassed_byline_of_an_author_link_and_a_date_is_the_byline():
    """The Washington Free Beacon: under the headline and photo, <div><span><div><div><a href="/author/chuck-ross/">Chuck
    Ross</a></div><div>April 28, 2023</div></div></span></div>, utility classes only: the byline, out of the body."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    byline = "<div class='mt-4'><span class='text-xs'><div><div><a href='https://example.com/author/jane-roe/'>Jane Roe</a></div><div class='md:text-xs'>April 28, 2023</div></div></span></div>"
    saved = read(f"<article><div><h1>T</h1>{byline}</div><div class='article-content'><p>{LONG}</p></div></article>", head)
    text = body_text(saved)
    assert "Jane Roe" not in text and "April 28, 2023" not in text


def test_a_paragraph_opening_on_the_authors_name_stays():
    """Near miss: a short paragraph that links the author's page and says more ("Jane Roe reported from Kyiv.") is the
    story's, not a byline."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    saved = read(
        f"<article><h1>T</h1><p><a href='https://example.com/author/jane-roe/'>Jane Roe</a> reported from Kyiv.</p><p>{LONG}</p></article>", head
    )
    assert "reported from Kyiv" in body_text(saved)


def test_a_box_of_recent_articles_is_related():
    """The Free Beacon's "TOP HITS" box, <div class="top-hits … recent-articles">: other stories with their categories,
    authors and dates."""
    box = (
        "<div class='top-hits content-box recent-articles'><div><h3>TOP</h3><h3>HITS</h3></div><div><div><a href='/culture/'>Culture</a></div>"
        "<h4><a href='/?p=1'>Is the new policy working?</a></h4><div><a href='/author/john-doe/'>John Doe</a></div><div>January 11, 2023</div></div></div>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}</article>")
    assert "John Doe" not in body_text(saved) and "HITS" not in body_text(saved)


# -- the sources in the article's closing list of details -----------------------------------------------------------------


def test_the_sources_in_the_articles_closing_details_are_its_sources():
    """Snopes: the story's <footer><ul> repeats "Published 18 November 2019" and "By Dan Evon", then holds <h5>Sources
    </h5> over a list of citations: the report gets a Sources section with the citations, without the repeats."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    details = (
        "<footer><ul><li class='date'><span>Published</span> <span>18 November 2019</span></li>"
        "<li class='authors-wrapper'><div><span>By</span></div><ul><li><a href='/author/jane/'>Jane Roe</a></li></ul></li>"
        "<li class='citations-wrapper'><a><h5><span>Sources</span></h5></a><div><ul><li><p>Doe, John. “Five Takeaways.” Example News. 15 November 2019.</p></li>"
        "<li><p>Poe, Ann. “The Ambassador Speaks.” Example Times. 15 November 2019.</p></li></ul></div></li></ul></footer>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{details}</article>", head)
    headings = [u.text for u in saved.body if u.kind == "heading"]
    assert headings == ["Sources"]
    text = body_text(saved)
    assert "Five Takeaways" in text and "The Ambassador Speaks" in text
    assert "18 November 2019" not in text.split("Sources")[0]


def test_a_closing_list_with_more_than_details_is_left_as_it_is():
    """Near miss: a closing list that also holds the story's own points ("Two brigades move north.") is not rewritten."""
    details = (
        "<ul><li>Two brigades move north in May, the ministry said.</li>"
        "<li><h5>Sources</h5><ul><li>Doe, John. “Five Takeaways.” Example News.</li></ul></li></ul>"
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{details}</article>")
    assert "Two brigades move north" in body_text(saved)
    assert not [u for u in saved.body if u.kind == "heading"]


# -- a post's categories ----------------------------------------------------------------------------------------------------


def test_wordpress_category_links_are_a_category_label():
    """The Namibian: under the headline, <span><a rel="category tag">Geingob’s Funeral</a>, <a rel="category tag">National
    </a>, …</span>: the post's categories, not the story's first line."""
    cats = "<div class='post-info'><span><a href='/category/news/funeral/' rel='category tag'>Funeral</a>, <a href='/category/news/national/' rel='category tag'>National</a></span></div>"
    saved = read(f"<article><h1>T</h1>{cats}<p>{LONG}</p></article>")
    assert "National" not in body_text(saved)


def test_a_sentence_linking_a_category_stays():
    """Near miss: a sentence of the story around a category link ("More on the funeral is in National.") stays."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>More on the funeral is in <a href='/category/national/' rel='category tag'>National</a>.</p></article>"
    )
    assert "More on the funeral is in" in body_text(saved)
