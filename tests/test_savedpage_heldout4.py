"""Titles, authors, headings and furniture of saved analysis pages, found on the fourth held-out round of
bench/saved_pages.py (tests/fixtures/saved-pages-heldout4): one small page of our own per rule, with its near miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

# -- a scholarly page's citation_author written surname first -----------------------------------------------------------


def test_a_citation_author_written_surname_first_is_turned_round():
    """Nature, SpringerLink: <meta name="citation_author" content="Roe, Jane">, the catalogue's order: the author is
    Jane Roe, as the byline over the story writes her."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Doe, John A.">',
    )
    assert saved.meta["authors"] == ["Jane Roe", "John A. Doe"]


def test_a_citation_author_in_reading_order_stays():
    """Near miss: a citation_author already in reading order, and an institution with a comma in its name, stay."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<meta name="citation_author" content="Jane Roe"><meta name="citation_author" content="University of Somewhere, Centre for Maps">',
    )
    assert saved.meta["authors"][0] == "Jane Roe"
    assert "Centre for Maps University of Somewhere" not in saved.meta["authors"]


# -- an <h1> holding a rubric beside its marked headline ----------------------------------------------------------------


def test_an_h1_with_a_rubric_beside_its_marked_headline_gives_the_headline():
    """The Economist: <h1><span>Open Progress</span><br><span itemprop="headline">Why groups think better</span></h1>:
    the rubric is no part of the title."""
    saved = read(
        f"<article><h1><span class='sub'>Open Progress</span><br><span itemprop='headline'>Why groups think better than one</span></h1>"
        f"<p>{LONG}</p></article>"
    )
    assert saved.meta["title"] == "Why groups think better than one"


def test_an_h1_without_a_marked_part_is_the_title_whole():
    """Near miss: an <h1> of two spans, none marked as the headline, is the title whole."""
    saved = read(f"<article><h1><span>Open Progress:</span> <span>Why groups think better than one</span></h1><p>{LONG}</p></article>")
    assert saved.meta["title"] == "Open Progress: Why groups think better than one"


# -- a log-in wall over a subscriber's preview --------------------------------------------------------------------------


def test_a_log_in_wall_box_is_furniture():
    """Nature: <div class="app-access-wall"> with "Enjoying our latest content? Log in or create an account to continue"
    and its buttons after the preview's last paragraph."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='app-access-wall' id='registration-wall'><h2>Enjoying our latest content? "
        "Log in or create an account to continue</h2><ul><li>Access the most recent journalism</li></ul><p>or</p></div></article>"
    )
    assert "Log in or create an account" not in body_text(saved)
    assert "Access the most recent journalism" not in body_text(saved)


def test_a_story_box_named_for_a_wall_stays():
    """Near miss: a box of the story's own whose class names a wall of another kind ("sea-wall") stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='sea-wall-box'><p>The sea wall at the port was rebuilt in 2019.</p></div></article>")
    assert "The sea wall at the port was rebuilt" in body_text(saved)


# -- "Latest on:" over other stories -------------------------------------------------------------------------------------


def test_a_latest_on_heading_over_links_is_a_related_box():
    """Nature: <h2>Latest on:</h2> over tabs of subjects and other stories' headlines after the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><section><h2>Latest on:</h2><ul><li><a href='/a'>Climate change is devastating mining</a></li>"
        "<li><a href='/b'>Why a cloud-seeding trial failed</a></li></ul></section></article>"
    )
    assert "Latest on" not in body_text(saved)
    assert "Why a cloud-seeding trial failed" not in body_text(saved)


def test_a_latest_on_section_title_of_the_story_stays():
    """Near miss: a section of the story titled "Latest on the talks" stays a heading with its text."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>Latest on the talks</h2><p>{LONG}</p></article>")
    assert "Latest on the talks" in body_text(saved)


# -- headings that are not a section's title -----------------------------------------------------------------------------


def test_an_ornament_set_as_a_heading_is_a_section_break():
    """The Village Voice: <h4>∼ ∼ ∼</h4> around a note over the story: a pause, no section's title."""
    saved = read(f"<article><h1>T</h1><h4>∼ ∼ ∼</h4><p>{LONG}</p><h3>* * *</h3><p>{LONG}</p></article>")
    assert "∼" not in body_text(saved)
    assert "* * *" not in body_text(saved)
    assert not [unit for unit in saved.body if unit.kind == "heading"]


def test_a_heading_of_a_year_stays():
    """Near miss: a heading of digits only ("2024") is a title."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>2024</h2><p>{LONG}</p></article>")
    assert [unit.text for unit in saved.body if unit.kind == "heading"] == ["2024"]


def test_a_long_sentence_set_as_a_heading_is_a_paragraph():
    """The Village Voice: <h4>This article is part of a series — At 250, Who Will America Be? — reporting on threats to
    American democracy …, on July 4, 2026.</h4>: a note in a heading's type, no section."""
    note = (
        "This article is part of a series on the port towns of the northern coast, reporting on what the new road means "
        "for the fishing families who have lived there since the war."
    )
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h4>{note}</h4><p>{LONG}</p></article>")
    assert not [unit for unit in saved.body if unit.kind == "heading"]
    assert note in body_text(saved)


def test_a_long_title_without_a_full_stop_stays_a_heading():
    """Near miss: a long section title that ends no sentence stays a heading."""
    title = "What the new road along the northern coast means for the fishing families of the port towns and their children"
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><h2>{title}</h2><p>{LONG}</p></article>")
    assert [unit.text for unit in saved.body if unit.kind == "heading"] == [title]


# -- a journal article page's byline list, metrics, offer to buy and back matter --------------------------------------


def test_a_journal_pages_author_list_metrics_buy_box_and_back_matter_are_furniture():
    """SpringerLink, Nature: <ul class="c-author-list"> naming the citation_author, a metrics bar ("1786 Accesses"), a
    buy box ("Access options", prices) and the back matter's "Author information", "Rights and permissions", "About this
    article" sections."""
    saved = read(
        "<article><header><h1>T</h1><ul class='c-author-list'><li><a href='#a1'>Jane Roe</a><sup>1</sup></li></ul>"
        "<ul class='c-article-metrics-bar'><li>1786 Accesses</li><li>12 Citations</li></ul></header>"
        f"<section><h2>Abstract</h2><p>{LONG}</p></section>"
        "<div class='c-article-buy-box'><h2>Access options</h2><p>Instant access to the full article PDF.</p><p>37,40 €</p></div>"
        "<section><div class='c-article-section'><h2>Author information</h2><h3>Affiliations</h3><p>Harbour University, Roeville</p></div></section>"
        "<section><div class='c-article-section'><h2>Rights and permissions</h2><p>Reprints and Permissions</p></div></section>"
        "<section><div class='c-article-section'><h2>About this article</h2><h3>Cite this article</h3><p>Roe, J. T. Rep 19, 3 (2017).</p></div></section>"
        "</article>",
        '<meta name="citation_author" content="Roe, Jane">',
    )
    text = body_text(saved)
    for gone in ("Jane Roe", "1786 Accesses", "Access options", "37,40", "Author information", "Harbour University", "Reprints", "Cite this article"):
        assert gone not in text, gone
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Abstract"]


def test_a_story_list_of_authors_books_and_a_section_on_the_authors_rights_stay():
    """Near miss: a list of the story's own (books by someone the metadata do not name as author) and a section titled
    "Authors' rights and the law" stay."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><ul class='book-list'><li>Harbour Days, by John Doe</li><li>Quay Nights, by John Doe</li></ul>"
        f"<h2>Authors’ rights and the law</h2><p>{LONG}</p></article>",
        '<meta name="citation_author" content="Roe, Jane">',
    )
    assert "Harbour Days, by John Doe" in body_text(saved)
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Authors’ rights and the law"]


# -- other stories' cards, a media label, rights links ----------------------------------------------------------------


def _card(slug: str, headline: str) -> str:
    return (
        f"<div class='td_module_mx7'><div class='item-details'><h3><a href='/news/{slug}/'>{headline}</a></h3>"
        f"<div class='meta'><a href='/author/staff/'>Staff</a> - April 15, 2025</div><div class='excerpt'>{headline} and what it means "
        "for the towns along the northern border this spring.</div></div></div>"
    )


def test_a_row_of_other_stories_cards_a_video_label_and_rights_links_are_furniture():
    """Mexico News Daily: three boxes under the story, each another story's headline, author, date and excerpt, then
    "VIDEO OF THE WEEK" over the site's player; The Economist: "Reuse this content", "The Trust Project" links."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='row'>{_card('a', 'Drought halts water deliveries')}"
        f"{_card('b', 'Convicted nationals returned at the border')}</div><h2>VIDEO OF THE WEEK</h2><div class='player'></div>"
        "<div><a href='https://copyright.example.com/dispatch'>Reuse this content</a></div>"
        "<div><a href='/about'>The Trust Project</a></div></article>"
    )
    text = body_text(saved)
    for gone in ("Drought halts", "Convicted nationals", "April 15, 2025", "VIDEO OF THE WEEK", "Reuse this content", "Trust Project"):
        assert gone not in text, gone


def test_a_row_of_the_storys_own_boxes_and_a_heading_naming_a_video_stay():
    """Near miss: two boxes of one class side by side whose headings link nowhere (the story's fact boxes) and a section
    titled "The video of the raid" stay."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='row'><div class='factbox'><h3>The north quay</h3><p>Closed since May.</p></div>"
        f"<div class='factbox'><h3>The south quay</h3><p>Open at night.</p></div></div><h2>The video of the raid</h2><p>{LONG}</p></article>"
    )
    assert "Closed since May." in body_text(saved) and "Open at night." in body_text(saved)
    assert "The video of the raid" in [u.text for u in saved.body if u.kind == "heading"]


# -- a subjects list under its label --------------------------------------------------------------------------------------


def test_a_subjects_label_over_links_to_subject_pages_is_the_pages_tags():
    """Nature: <h2>Subjects</h2> over <ul class="c-article-subjects"> of links to the site's subject pages."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>Subjects</h2><ul class='c-article-subjects'><li><a href='/subjects/climate'>Climate change</a></li>"
        "<li><a href='/subjects/policy'>Policy</a></li></ul></article>"
    )
    assert "Subjects" not in body_text(saved)
    assert "Climate change" not in body_text(saved)


def test_a_subjects_heading_over_the_storys_own_list_stays():
    """Near miss: a "Subjects" heading over a list of plain items (a school's subjects the story names) stays."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>Subjects</h2><ul><li>Mathematics, taught in Russian</li><li>History</li></ul><p>{LONG}</p></article>"
    )
    assert "Mathematics, taught in Russian" in body_text(saved)
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Subjects"]
