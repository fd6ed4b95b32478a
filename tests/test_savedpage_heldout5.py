"""Bylines, split stories and furniture of saved government press pages and news stories, found on the fifth held-out
round of bench/saved_pages.py (tests/fixtures/saved-pages-heldout5): one small page of our own per rule, with its near
miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

# -- a byline labelled "Written by:" ------------------------------------------------------------------------------------


def test_an_author_element_labelled_written_by_gives_the_name_alone():
    """A government news agency's page: <div class="author"><b>Written by:</b> Jane Roe</div> under the headline."""
    saved = read(f"<article><h1>T</h1><div class='entry-meta'><div class='author'><b>Written by:</b> Jane Roe</div></div><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


def test_a_written_by_line_opening_the_text_is_the_byline():
    """A repost: <p><em>Written by: <a>Jane Roe</a></em></p> as the text's first lines, no byline element."""
    saved = read(f"<article><h1>T</h1><p><em>Written by: <a href='https://example.org/story'>Jane Roe</a></em></p><p>{LONG}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


def test_a_sentence_that_says_written_by_is_no_byline():
    """Near miss: a paragraph that mentions a book written by someone is text, and names no author."""
    saved = read(f"<article><h1>T</h1><p>Written by Jane Roe in 1990, the plan was never adopted.</p><p>{LONG}</p></article>")
    assert not saved.meta.get("authors")
    assert "Written by Jane Roe in 1990" in body_text(saved)


# -- an author field that names the site itself -------------------------------------------------------------------------


def test_a_meta_author_naming_the_site_with_its_address_is_no_author():
    """Deutsche Welle: <meta name="author" content="Deutsche Welle (www.dw.com)"> on www.dw.com: the site, no person."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example.com/en/story/a-1"><meta name="author" content="Example Radio (www.example.com)">',
    )
    assert not saved.meta["authors"]


def test_a_microdata_author_naming_the_site_gives_way_to_the_written_by_line():
    """The Planetary Press: its microdata author is the site (og:site_name), the line "Written by: Jane Roe" over the
    text names the writer."""
    saved = read(
        "<article itemscope itemtype='https://schema.org/Article'><span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<meta itemprop='name' content='Example Today'></span><h1>T</h1><p><em>Written by: Jane Roe</em></p>"
        f"<p>{LONG}</p></article>",
        '<meta property="og:site_name" content="Example Today">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_byline_naming_the_organisation_stays():
    """Near miss: a visible byline naming the organisation ("By Example Foundation", its own press release) is what the
    page shows as its author: it stays, as does a byline whose e-mail address is at the site's domain."""
    head = '<link rel="canonical" href="https://example.org/news/a"><meta property="og:site_name" content="Example Foundation">'
    saved = read(
        f"<article><h1>T</h1><div class='byline'>By <a href='/news/author/ef/' rel='author'>Example Foundation</a></div><p>{LONG}</p></article>", head
    )
    assert saved.meta["authors"] == ["Example Foundation"]
    saved = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head + '<meta name="author" content="Jane Roe | jroe@example.org">')
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_meta_author_that_is_a_person_stays():
    """Near miss: a meta author who is a person, on a site of another name, is the author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<link rel="canonical" href="https://www.example.com/a"><meta property="og:site_name" content="Example Today"><meta name="author" content="Jane Roe">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_a_byline_naming_the_site_gives_way_to_a_written_by_line_opening_the_text():
    """The Planetary Press (a tagDiv theme): "By The Planetary Press - January 17, 2020" over a story it reposts, whose
    text opens "Courtesy of Forests News" and "Written by: Jane Roe": the writer is Jane Roe."""
    saved = read(
        "<article><h1>T</h1><div class='td-post-author-name'>By <a href='/author/admin/'>Example Today</a> -</div>"
        f"<p><em>Courtesy of Example News</em></p><p><em>Written by: <a href='https://example.org/s'>Jane Roe</a></em></p><p>{LONG}</p></article>",
        '<meta property="og:site_name" content="Example Today">',
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Written by" not in body_text(saved)


# -- a story split into blocks of one template ----------------------------------------------------------------------------

SECOND = (
    "The committee met again in the autumn and heard the ministry's answers, which the chairman called late and thin, "
    "and the members asked for the written replies well before the next meeting so that the staff could read them."
)


def test_a_story_split_into_blocks_of_one_template_is_read_whole():
    """Quanta, the Obama White House archive: no <article> or <main>; the story is two or more <div class="post-text">
    blocks, split by a share box, a figure or a video; the densest of them alone lost the others (the opening)."""
    wrapped = "<section class='outer'><div class='col'><div class='section'><div class='post-text'>{}</div></div></div></section>"
    first = wrapped.format(f"<p>Opening one. {LONG}</p><p>{SECOND}</p><h2>The Birth</h2><p>{LONG}</p>")
    rest = wrapped.format(
        f"<p>Middle one. {SECOND}</p><p>{LONG}</p><p>{SECOND}</p><p>{LONG}</p><h2>Flight Checks</h2><p>{SECOND}</p><p>{LONG} The end.</p>"
    )
    saved = read(
        f"<div class='page'><div class='content'><div class='header-wrap'><div class='inner'><div class='intro'>{first}</div></div></div>"
        "<div class='share'><h3>Share this article</h3></div><figure><img src='a.jpg'><figcaption>A chart.</figcaption></figure>"
        f"{rest}</div></div>"
    )
    text = body_text(saved)
    assert "Opening one." in text and "Middle one." in text and "The end." in text
    assert [u.text for u in saved.body if u.kind == "heading"] == ["The Birth", "Flight Checks"]


def test_teaser_blocks_of_the_same_template_stay_out():
    """Near miss: other stories' teasers in blocks of the story's template, each a line or two, are not the story."""
    teasers = "".join(f"<div class='post-text'><p>Another story number {i}, short.</p></div>" for i in range(4))
    saved = read(
        f"<div class='page'><div class='main'><div class='post-text'><p>{LONG}</p><p>{SECOND}</p><p>{LONG} The end.</p></div></div>"
        f"<div class='more'>{teasers}</div></div>"
    )
    assert "Another story" not in body_text(saved)


# -- a news theme's furniture around the story: crumbs, ad labels, previous / next links, category lines, reporter links --


def test_entry_crumbs_are_breadcrumbs():
    """The Planetary Press (a tagDiv theme): <div class="td-crumb-container"><div class="entry-crumbs">Home › Climate, in
    the post's header box beside the one that holds the headline."""
    saved = read(
        "<article><div class='td-post-header'><div class='td-crumb-container'><div class='entry-crumbs'><span><a class='entry-crumb' href='/'>Home</a>"
        "</span> <span><a class='entry-crumb' href='/category/climate/'>Climate</a></span></div></div><div class='td-post-header-holder'>"
        f"<header class='td-post-title'><ul class='td-category'><li><a href='/category/climate/'>Climate</a></li></ul><h1>T</h1></header></div></div><p>{LONG}</p></article>"
    )
    assert "Home" not in body_text(saved)


def test_a_class_that_only_contains_crumb_is_no_breadcrumb():
    """Near miss: a box whose class holds "crumb" inside a word ("crumble-recipe") is text."""
    saved = read(f"<article><h1>T</h1><div class='crumble-recipe'><p>The crumble was served. {LONG}</p></div></article>")
    assert "The crumble was served." in body_text(saved)


def test_an_advertisement_label_set_between_dashes_is_furniture():
    """The St Kitts Nevis Observer: <span class="td-adspot-title">- Advertisement -</span> over and under the story."""
    saved = read(f"<article><h1>T</h1><div class='td-g-rec'><span class='td-adspot-title'>- Advertisement -</span></div><p>{LONG}</p></article>")
    assert "Advertisement" not in body_text(saved)
    saved = read(f"<article><h1>T</h1><p>— ADVERTISEMENT —</p><p>{LONG}</p></article>")
    assert "ADVERTISEMENT" not in body_text(saved)


def test_a_sentence_about_advertisements_stays():
    """Near miss: a short line of the story that speaks of advertisements."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>Advertisement spending fell.</p></article>")
    assert "Advertisement spending fell." in body_text(saved)


def test_previous_and_next_article_links_are_navigation():
    """The tagDiv theme's <div class="td-post-next-prev"> with "Previous article" and "Next article" links after the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='td-block-row td-post-next-prev'><div class='td-post-prev-post'><span>Previous article</span>"
        "<a href='/a/'>France Phases Out Plastics</a></div><div class='td-post-next-post'><span>Next article</span><a href='/b/'>China Plans</a></div></div></article>"
    )
    assert "Previous article" not in body_text(saved) and "China Plans" not in body_text(saved)


def test_a_category_line_above_the_headlines_header_is_a_label():
    """Newsday: <a class="article-category">News</a> before <header><h1>…</h1></header>; the tagDiv theme's
    <ul class="td-category"> of two category links before <header class="td-post-title">."""
    saved = read(f"<article><a class='article-category' href='/category/news'>News</a><header><h1>T</h1></header><p>{LONG}</p></article>")
    assert body_text(saved).startswith(LONG[:20])
    saved = read(
        "<article><div class='td-post-header'><ul class='td-category'><li><a href='/category/breaking/'>Breaking News</a></li>"
        f"<li><a href='/category/regional/'>Regional</a></li></ul><header class='td-post-title'><h1>T</h1></header></div><p>{LONG}</p></article>"
    )
    assert "Regional" not in body_text(saved)


def test_a_paragraph_above_the_headlines_header_stays():
    """Near miss: a long paragraph above the headline's <header> (an editor's note) is text, not a label."""
    saved = read(f"<article><p>Editor's note: {LONG}</p><header><h1>T</h1></header><p>{LONG}</p></article>")
    assert "Editor's note" in body_text(saved)


def test_a_link_to_the_reporters_page_naming_the_author_is_the_byline():
    """Newsday: <address class="article-author"><a rel="author" href="/reporter/jane_roe">Jane Roe</a></address> under
    the headline, the author named by the JSON-LD: the byline, out of the body."""
    saved = read(
        f"<article><h1>T</h1><address class='article-author'><a rel='author' href='https://example.com/reporter/jane_roe'>Jane Roe</a></address><p>{LONG}</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>',
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "Jane Roe" not in body_text(saved)


def test_a_reporters_link_inside_the_text_stays():
    """Near miss: the same link inside a sentence of the story ("as Jane Roe reported") is text."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG} As <a href='https://example.com/reporter/jane_roe'>Jane Roe</a> reported, the road stays shut.</p></article>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "author": {"@type": "Person", "name": "Jane Roe"}}</script>',
    )
    assert "As [Jane Roe](https://example.com/reporter/jane_roe) reported" in body_text(saved)


# -- sub-headings set as bold paragraphs ------------------------------------------------------------------------------


def test_bold_paragraphs_each_over_prose_are_subheadings():
    """Deutsche Welle: <p><strong>Freedom fighters replace colonial leaders</strong></p> and <p><strong>Right-wing
    resistance</strong></p>, each over the paragraphs of its part: two sub-headings."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p><strong>Freedom fighters replace leaders</strong></p><p>{SECOND}</p><p>{LONG}</p>"
        f"<p><strong>Right-wing resistance</strong></p><p>{SECOND}</p></article>"
    )
    assert [u.text for u in saved.body if u.kind == "heading"] == ["Freedom fighters replace leaders", "Right-wing resistance"]


def test_one_bold_line_or_bold_questions_stay_paragraphs():
    """Near miss: one bold line alone (an emphasised sentence), and an interview's bold questions, stay paragraphs."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p><strong>The road stays shut</strong></p><p>{SECOND}</p></article>")
    assert not [u for u in saved.body if u.kind == "heading"]
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p><strong>What did the minister say?</strong></p><p>{SECOND}</p>"
        f"<p><strong>And what happens next?</strong></p><p>{LONG}</p></article>"
    )
    assert not [u for u in saved.body if u.kind == "heading"]


# -- another piece's picture gallery inside the story ------------------------------------------------------------------


def test_a_list_of_slides_each_with_a_picture_and_a_heading_is_a_gallery():
    """Deutsche Welle: another piece's picture gallery set in the story, <ul class="slides"> of twelve <li>, each a
    picture, the gallery's title in <h4>, the slide's title in <h2> and a caption, the last signed "Author: …"."""
    slides = "".join(
        f"<li><div class='teaserImg'><img src='/image/{i}.jpg' alt='a'></div><div class='teaserContentWrap'><h4>Cruel history</h4>"
        f"<h2>Slide title {i}</h2><p>A caption of the slide number {i}, two sentences long. It tells the past.</p></div></li>"
        for i in range(4)
    )
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='longText'><div class='gallery'><ul class='slides'>{slides}</ul></div></div><p>{SECOND}</p></article>"
    )
    text = body_text(saved)
    assert "Slide title" not in text and "A caption of the slide" not in text
    assert SECOND[:30] in text


def test_a_list_of_points_with_headings_but_no_pictures_stays():
    """Near miss: the story's own list whose items carry a bold heading and a sentence, without pictures, stays."""
    items = "".join(f"<li><h3>Point {i}</h3><p>The point number {i} of the plan, as the minister put it.</p></li>" for i in range(4))
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><ul>{items}</ul></article>")
    assert "The point number 2 of the plan" in body_text(saved)


def test_bold_subheadings_take_the_rank_of_the_storys_other_subheadings():
    """Polygraph: two sub-headings set in <h4>, two as bold paragraphs: the four are of one rank."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p><strong>The base</strong></p><p>{SECOND}</p><h4>The camp</h4><p>{LONG}</p>"
        f"<p><strong>The claim</strong></p><p>{SECOND}</p><h4>The answer</h4><p>{LONG}</p></article>"
    )
    headings = [u for u in saved.body if u.kind == "heading"]
    assert [h.text for h in headings] == ["The base", "The camp", "The claim", "The answer"]
    assert len({h.level for h in headings}) == 1


# -- a video teaser and a newsletter link set in the story ---------------------------------------------------------------


def test_a_video_teaser_in_the_story_is_furniture():
    """Deutsche Welle: a box with a play button ("Watch video 02:17") and the video's title in an <h2> beside a video
    icon, after the story's last paragraph; then a paragraph that is one link, the newsletter's appeal."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='col3 right'><div class='group'><div class='imgTeaserL video'>"
        "<div class='playButtonArea'><div class='customPlayBtn'><span class='playBtnText'>Watch video</span> <span class='right'>02:17</span></div></div>"
        "<div class='teaserContentWrap information'><h2>Villagers want the monuments removed</h2><span class='icon video'></span></div></div></div></div>"
        "<p><a href='/en/newsletter-registration/a-1'>Every day, our editors send out a selection of the day's news. Sign up for the newsletter here.</a></p></article>"
    )
    text = body_text(saved)
    assert "Watch video" not in text and "monuments removed" not in text and "Sign up" not in text
    assert not [u for u in saved.body if u.kind == "heading"]


def test_a_heading_over_a_video_and_prose_and_a_link_to_a_report_stay():
    """Near miss: a sub-heading over a part that shows a video and goes on in prose is the story's; a paragraph that is
    one link to the full report is no appeal."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>The hearing</h2><div class='video'><iframe src='https://www.youtube.com/embed/abc'></iframe></div>"
        f"<p>{SECOND}</p><p><a href='/report.pdf'>Read the committee's full report here.</a></p></article>"
    )
    assert [u.text for u in saved.body if u.kind == "heading"] == ["The hearing"]
    assert "full report" in body_text(saved)


# -- credit lines, a release stamp, a header image's caption, a player's download links -----------------------------------


def test_a_site_name_alone_after_a_story_is_its_credit():
    """The St Kitts Nevis Observer: <p><strong>BVINEWS.COM</strong></p> after the story it took from that site."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p><strong>EXAMPLENEWS.COM</strong></p><h2>The statement</h2><p>{SECOND}</p></article>")
    assert "EXAMPLENEWS.COM" not in body_text(saved)


def test_a_sentence_naming_a_site_stays():
    """Near miss: a short sentence of the story that names a site."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>Read more at example.com.</p><p>{SECOND}</p></article>")
    assert "Read more at example.com." in body_text(saved)


def test_a_release_date_label_and_its_stamp_are_furniture():
    """A government statement given whole: "Release Date:" on a line of its own, then "Thursday, 28 April 2022 – 3:55pm"."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><h2>The statement</h2><p><span class='field-label'>Release Date:</span></p>"
        f"<div class='field-date'><span>Thursday, 28 April 2022 – 3:55pm</span></div><p>{SECOND}</p></article>"
    )
    text = body_text(saved)
    assert "Release Date" not in text and "3:55pm" not in text


def test_a_label_over_a_sentence_stays():
    """Near miss: a line ending in a colon over a sentence of the story (a list's lead-in) stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>The minister said:</p><p>{SECOND}</p></article>")
    assert "The minister said:" in body_text(saved)


def test_a_courtesy_line_over_a_reposted_story_is_its_credit():
    """The Planetary Press: <p><em>Courtesy of Forests News</em></p> as the reposted story's first line: the repost's
    credit to the outlet, set apart as the editors' note (reposts.py), never a paragraph of the story."""
    saved = read(f"<article><h1>T</h1><p><em>Courtesy of Example News</em></p><p>{LONG}</p></article>")
    assert [u.text for u in saved.body if u.kind == "editorial"] == ["Courtesy of Example News."]
    assert not any("Courtesy of" in u.text for u in saved.body if u.kind == "paragraph")


def test_a_sentence_opening_with_courtesy_stays():
    """Near miss: a sentence of the story that opens with the word."""
    saved = read(f"<article><h1>T</h1><p>Courtesy of the ministry, the road was opened for a day. {LONG}</p></article>")
    assert "Courtesy of the ministry" in body_text(saved)


def test_a_header_image_line_is_the_pictures_caption():
    """The Planetary Press: the last paragraph "Header Image: People have lived … Credit: Jane Roe/Agency (CC BY 2.0)"
    describes the picture over the story: a figure's caption and credit, not the story's last paragraph."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><p>Header Image: A petroglyph in Napo province. Credit: Jane Roe/Example (<a href='https://creativecommons.org/'>CC BY 2.0</a>)</p></article>"
    )
    figures = [u for u in saved.body if u.kind == "figure"]
    assert figures and "A petroglyph in Napo province." in figures[0].text
    assert saved.body[-1].kind == "figure"


def test_format_links_beside_a_player_are_download_links():
    """The Obama White House archive: <div class="press-article-media-links"><a>MP4</a><a>MP3</a></div> under the video."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='media-links'> <a href='/a/address.mp4'>MP4</a><a href='/a/address.mp3'>MP3</a> </div><p>{SECOND}</p></article>"
    )
    assert "MP4" not in body_text(saved)


def test_a_link_named_as_a_format_in_a_sentence_stays():
    """Near miss: a sentence with a link named "PDF" stays."""
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><p>The ruling is online as a <a href='/r.pdf'>PDF</a> for all to read.</p></article>")
    assert "for all to read" in body_text(saved)


# -- an "Author" field in the page's list of details ---------------------------------------------------------------------


def test_an_author_field_in_the_pages_details_names_the_author():
    """Deutsche Welle: no byline over the story; beside it <ul class="smallList"><li><strong>Date</strong> 19.01.2020</li>
    <li><strong>Author</strong> Ben Knight</li>…</ul>."""
    saved = read(
        f"<div class='col'><article><h1>T</h1><p>{LONG}</p><p>{SECOND}</p></article></div><div class='col1'><ul class='smallList'>"
        "<li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Jane Roe</li><li><strong>Keywords</strong> <a href='/k'>Berlin</a></li></ul></div>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]


def test_an_author_field_of_a_gallery_inside_the_story_names_no_author():
    """Near miss: "Author: John Doe (eg)", the signature of another piece's picture caption in the story, is no field of
    the page's details: the story has no author."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='slide'><p>A picture's caption.</p><p class='author'>Author: John Doe (eg)</p></div><p>{SECOND}</p></article>"
    )
    assert not any("John Doe" in a for a in saved.meta["authors"])


def test_a_pictures_courtesy_credit_stays_its_credit():
    """Near miss: <figcaption>… <span class="media-credit">Courtesy Louvre</span></figcaption> (Observer): the picture's
    credit, kept with its figure."""
    saved = read(
        f"<article><h1>T</h1><figure><img src='a.jpg'><figcaption>A basket of strawberries. <span class='media-credit'>Courtesy Louvre</span></figcaption></figure><p>{LONG}</p></article>"
    )
    figure = next(u for u in saved.body if u.kind == "figure")
    assert "Courtesy Louvre" in figure.data["credit"]


# -- a picture's box with its caption in a plain paragraph -----------------------------------------------------------------


def test_a_box_of_one_picture_and_one_short_paragraph_is_a_figure():
    """Deutsche Welle: <div class="picBox medium"><a><img …></a><p>Tahir Della helped organize Berlin's new initiative</p>
    </div> between the story's paragraphs: the photo's caption, a figure, not a paragraph of the story."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='picBox medium'><a class='overlayLink' href='#'><img src='/image/1.jpg' alt='Jane Roe'></a>"
        f"<p>Jane Roe helped organize the initiative</p></div><p>{SECOND}</p></article>"
    )
    figures = [u for u in saved.body if u.kind == "figure"]
    assert len(figures) == 1 and figures[0].text == "Jane Roe helped organize the initiative"
    assert "Jane Roe helped" not in "\n".join(u.text for u in saved.body if u.kind == "paragraph")


def test_a_box_of_a_picture_and_paragraphs_of_text_stays_text():
    """Near miss: a box holding a small picture and the story's paragraphs (an inline image) is text."""
    saved = read(f"<article><h1>T</h1><div class='entry'><img src='/image/1.jpg' alt=''><p>{LONG}</p><p>{SECOND}</p></div></article>")
    assert LONG[:40] in "\n".join(u.text for u in saved.body if u.kind == "paragraph")


def test_a_credit_class_on_the_box_around_caption_and_credit_is_not_the_credit():
    """Quanta: <figcaption><div class="… _pattribution-w-auto _pcaption-w-auto"><div class="caption"><p>Ellen Fetter and
    …</p></div><div class="attribution">Olena Shmahalo/Quanta Magazine</div></div></figcaption>: the caption is the
    caption, the credit the attribution's, not the whole box."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p><figure><img src='a.gif' alt='A drawing'><figcaption><section><div class='d-flex _pattribution-w-auto _pcaption-w-auto'>"
        "<div class='caption wysiwyg'><p>Two programmers ran the machine.</p></div><div class='attribution'><p>Jane Roe/Example Magazine</p></div>"
        f"</div></section></figcaption></figure><p>{SECOND}</p></article>"
    )
    figure = next(u for u in saved.body if u.kind == "figure")
    assert figure.text == "Two programmers ran the machine."
    assert figure.data["credit"] == "Jane Roe/Example Magazine"


# -- a description cut short -------------------------------------------------------------------------------------------------


def test_a_description_cut_short_gives_way_to_the_whole_one():
    """Quanta: <meta name="description"> stops mid-sentence ("… the changing status of computation in"), its
    twitter:description says it whole ("… computation in science."): the summary is the whole one."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<meta name="description" content="Two programmers ran the machine. Their story shows the changing status of computation in">'
        '<meta name="twitter:description" content="Two programmers ran the machine. Their story shows the changing status of computation in science.">',
    )
    assert saved.meta["summary"].endswith("computation in science.")


def test_a_longer_description_of_other_words_does_not_replace_the_first():
    """Near miss: a twitter:description that says something else at more length leaves the page's description."""
    saved = read(
        f"<article><h1>T</h1><p>{LONG}</p></article>",
        '<meta property="og:description" content="The road stays shut."><meta name="twitter:description" content="Read our full story on the road and the talks.">',
    )
    assert saved.meta["summary"] == "The road stays shut."


def test_a_description_cut_at_an_unescaped_quote_is_said_whole_by_the_opening():
    """A page whose description holds a quote mark it left unescaped: content="(May 2) -- Calling "the soul of the fleet"
    …" ends at that mark ('(May 2) -- Calling'). The story's opening line goes on from there: the summary is that line."""
    opening = 'PORT ELLIS (May 2) -- Calling "the soul of the fleet" at stake, the minister ordered a review of the coast guard.'
    saved = read(
        f"<article><h1>T</h1><div class='entry'>{opening}<br><br>{LONG}</div></article>",
        '<meta name="description" content="(May 2) -- Calling "the soul of the fleet" at stake, the minister ordered a review." />',
    )
    assert saved.meta["summary"] == '(May 2) -- Calling "the soul of the fleet" at stake, the minister ordered a review of the coast guard.'


def test_a_description_with_no_stop_that_the_text_does_not_go_on_from_stays():
    """Near miss: a description with no full stop that is no piece of the opening (a tagline) is the summary as given."""
    saved = read(
        f"<article><h1>T</h1><p>The minister ordered a review of the coast guard, calling the fleet's soul at stake.</p><p>{LONG}</p></article>",
        '<meta name="description" content="A review of the coast guard and its fleet">',
    )
    assert saved.meta["summary"] == "A review of the coast guard and its fleet"
