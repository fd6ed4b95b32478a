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
