"""Rules found by importing real saved news and think-tank pages as a new user would (one small page of our own per rule,
with the near miss beside it). The real pages they came from are named in each test's docstring."""

from __future__ import annotations

import datetime as dt

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

LONG = "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise."


def page(body: str, head: str = "") -> bytes:
    return (
        f'<!doctype html>\n<html><head><meta charset="utf-8"><title>A Report | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'.encode()
    )


def read(body: str, head: str = ""):
    return read_saved_page(page(body, head), "page.html")


# -- the date and the authors: schema.org microdata, the page address, a byline in capitals --------------------------------


def test_microdata_date_and_author_of_the_article_item():
    """The New York Times, Politico and the Telegraph mark the article up as a schema.org item (itemscope itemtype=
    NewsArticle) with itemprop="datePublished" and itemprop="author", and no JSON-LD date or article:published_time."""
    body = (
        "<main itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>T</h1>"
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Kate Davidson'></div>"
        "<p class='timestamp'><time itemprop='datePublished' datetime='2022-10-11 08:00:00'>10/11/2022</time></p>"
        f"<article itemprop='articleBody'><p>{LONG}</p></article>"
        # a teaser in a related list is an item of its own: its date and author are not the article's
        "<ul class='list'><li itemscope itemtype='https://schema.org/NewsArticle'><a href='/x'>Other story</a>"
        "<time itemprop='datePublished' datetime='2022-10-01'>1 Oct</time><span itemprop='author'>Someone Else</span></li></ul></main>"
    )
    result = read(body)
    assert (result.meta["date"], result.meta["date_basis"]) == (dt.date(2022, 10, 11), "microdata datePublished")
    assert (result.meta["authors"], result.meta["authors_basis"]) == (["Kate Davidson"], "microdata author")
    # near miss: the same properties outside any article item (a teaser list on its own) are not read
    loose = read(
        f"<article><h1>T</h1><p>{LONG}</p></article><ul><li itemscope itemtype='https://schema.org/Person'>"
        "<time itemprop='datePublished' datetime='2022-10-01'>1 Oct</time><span itemprop='author'>Someone Else</span></li></ul>"
    )
    assert loose.meta["date"] is None and loose.meta["authors"] == []


def test_a_meta_tags_itemprop_is_read_beside_its_property():
    """nytimes.com: <meta property="article:published" itemprop="datePublished" content="…"> in <head>."""
    head = '<meta property="article:published" itemprop="datePublished" content="2017-01-13T00:00:04-05:00">'
    result = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head)
    assert result.meta["date"] == dt.date(2017, 1, 13)


def test_json_ld_date_published_is_preferred_to_date_created():
    """telegraph.co.uk: JSON-LD dateCreated is the next morning's; the page and its microdata say the day before."""
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "dateCreated": "2017-11-17T10:41:09Z"}</script>'
    body = f"<main itemscope itemtype='https://schema.org/Article'><h1>T</h1><meta itemprop='datePublished' content='2017-11-16T14:15+0000'><p>{LONG}</p></main>"
    result = read(body, ld)
    assert (result.meta["date"], result.meta["date_basis"]) == (dt.date(2017, 11, 16), "microdata datePublished")
    only_created = read(f"<article><h1>T</h1><p>{LONG}</p></article>", ld)
    assert (only_created.meta["date"], only_created.meta["date_basis"]) == (dt.date(2017, 11, 17), "JSON-LD dateCreated")


def test_date_from_the_page_address_when_the_page_says_none():
    """washingtonpost.com (2015): the byline says "March 18 at 12:22 PM" without a year; the address has /2015/03/18/."""
    canonical = '<link rel="canonical" href="http://www.washingtonpost.com/business/economy/netanyahu-win/2015/03/18/ca175d64_story.html">'
    body = f"<article><h1>T</h1><p class='byline'>By Steven Mufson March 18 at 12:22 PM</p><p>{LONG}</p></article>"
    result = read(body, canonical)
    assert (result.meta["date"], result.meta["date_basis"]) == (dt.date(2015, 3, 18), "the page address")
    # near misses: a year alone, or numbers that are not a date, in the address give nothing
    for href in (
        "https://example.org/reports/2015/iran-report.html",
        "https://example.org/2015/13/40/x.html",
        "https://example.org/x?d=/2015/03/18/",
    ):
        assert read(f"<article><h1>T</h1><p>{LONG}</p></article>", f'<link rel="canonical" href="{href}">').meta["date"] is None


def test_a_byline_in_capitals_is_spelled_as_a_name():
    """politico.com: "By KATE DAVIDSON"; nytimes.com "By JEFFREY GETTLEMAN" with meta author "Jeffrey Gettleman"."""
    result = read(
        f"<article><h1>T</h1><p class='byline'>By <a href='/staff/kate'>KATE DAVIDSON</a> and <a href='/staff/x'>SEAN O'BRIEN III</a></p><p>{LONG}</p></article>"
    )
    assert result.meta["authors"] == ["Kate Davidson", "Sean O'Brien III"]
    spelled = read(
        f"<article><h1>T</h1><p class='byline'>By <a href='/by/j'>JEFFREY MCGETTLEMAN</a></p><p>{LONG}</p></article>",
        '<meta name="author" content="Jeffrey McGettleman">',
    )
    assert spelled.meta["authors"] == ["Jeffrey McGettleman"]
    # near miss: an acronym-like body in capitals of three letters or fewer stays as written
    assert read(f"<article><h1>T</h1><p class='byline'>By <a href='/staff/isw'>ISW</a></p><p>{LONG}</p></article>").meta["authors"] == ["ISW"]


def test_a_missing_date_or_author_is_one_problem_line():
    """Every real page without a date got two lines for it (the reader's and the importer's); now one, at the title."""
    result = import_page(read(f"<article><h1>T</h1><p>{LONG}</p></article>"), "page.html")
    messages = [str(p) for p in result.problems]
    assert sum("no publication date" in m for m in messages) == 1 and sum("no author" in m or "no byline" in m for m in messages) == 1
    assert any('date = "unknown"' in m and m.startswith("4:") for m in messages)
    assert any("the report has no authors" in m for m in messages)


# -- notes: lettered backlinks, a linked title first, an outlet ----------------------------------------------------------------


def notes_page(items: str) -> bytes:
    cites = "".join(f"<sup class='reference'><a href='#cite_note-{k}'>[{n}]</a></sup>" for n, k in ((1, "1"), (2, "uncrunched-2"), (3, "3")))
    return page(f"<article><h1>T</h1><p>{LONG}{cites}</p><h2>References</h2><ol class='references'>{items}</ol></article>")


def test_a_note_cited_twice_keeps_its_number_and_a_linked_title_is_not_a_marker():
    """en.wikipedia.org (Mozilla): a note cited twice has backlinks "^ a b" (its key was read as "a"), and a note opening
    with a linked one-word title, [Persona](https://login.persona.org/), was read as the marker "[Persona]"."""
    items = (
        "<li id='cite_note-1'><b><a href='#cite_ref-1'>^</a></b> <cite><a href='https://a.example/r'>Report one</a>. Reuters. 2014.</cite></li>"
        "<li id='cite_note-uncrunched-2'><span class='mw-cite-backlink'>^ <a href='#cite_ref-u_2-0'><sup>a</sup></a> <a href='#cite_ref-u_2-1'><sup>b</sup></a></span>"
        " <cite><a href='https://b.example/h'>The Hypocrisy</a>. uncrunched.com. 6 April 2014.</cite></li>"
        "<li id='cite_note-3'><b><a href='#cite_ref-3'>^</a></b> <cite><a href='https://login.persona.org/'>Persona</a>, Mozilla</cite></li>"
    )
    result = import_page(read_saved_page(notes_page(items), "page.html"), "page.html")
    assert "[^1]: [Report one](https://a.example/r). Reuters. 2014." in result.markdown
    assert "[^2]: [The Hypocrisy](https://b.example/h). uncrunched.com. 6 April 2014." in result.markdown
    assert "[^3]: [Persona](https://login.persona.org/), Mozilla" in result.markdown
    assert not [p for p in result.problems if "note" in p.message], result.problems
    # near miss: a note that opens with a comma still names no outlet; a bracketed number is still its marker
    items = "<li id='n1'>[1] , 2014.</li><li id='n2'>[2] Report two. Reuters.</li><li id='n3'>[3] Report three. AP.</li>"
    near = import_page(read_saved_page(notes_page(items), "page.html"), "page.html")
    assert [p.message[:27] for p in near.problems if "note" in p.message] == ["note 1 names no outlet: ', "]


# -- headings: their own ids, wiki edit links, a contents box ------------------------------------------------------------------


def test_a_heading_named_for_a_promotion_is_not_an_advertisement():
    """en.wikipedia.org: <span class="mw-headline" id="Eich_CEO_promotion_controversy"> went as an advertisement
    (its id has the word "promotion"), leaving an empty sub-section; with it the wiki's "[edit]" links and contents box."""
    body = (
        "<article><h1>T</h1><div id='toc' class='toc'><h2>Contents</h2><ul><li><a href='#History'>1 History</a></li></ul></div>"
        "<h2><span class='mw-headline' id='History'>History</span><span class='mw-editsection'>[<a href='/w/index.php?action=edit&amp;section=1'>edit</a>]</span></h2>"
        f"<p>{LONG}</p><h3><span class='mw-headline' id='Eich_CEO_promotion_controversy'>Eich CEO promotion controversy</span></h3>"
        f"<p>{LONG}</p><h3 id='sponsored-research'>Sponsored research</h3><p>{LONG}</p><div class='promo'><p>Subscribe for $1</p></div></article>"
    )
    result = read(body)
    headings = [u.text for u in result.body if u.kind == "heading"]
    assert headings == ["History", "Eich CEO promotion controversy", "Sponsored research"]
    assert result.dropped["contents list"] == ["Contents"] and len(result.dropped["page tools"]) == 1
    # near miss: a block whose class says promotion is still an advertisement
    assert result.dropped["advertisement"] == ["Subscribe for $1"]


# -- chrome that became sections: author and series boxes, related-story insets, players, labels -------------------------------


def test_an_about_box_and_a_contact_card_are_not_sections():
    """kas.de (a Konrad-Adenauer-Stiftung country report): the contact person's card ("Ansprechpartner", <h3> Daniel
    Braun) and "Über diese Reihe" with the series blurb set in an <h3> became sections; the byline "von Daniel Braun,
    Davor Pasoski" (class c-page-intro__author) gave no authors."""
    body = (
        "<article><h1>T</h1><div class='c-page-intro__author'><span>von</span> Daniel Braun, Davor Pasoski</div>"
        f"<h2>Erdrutschsieg</h2><p>{LONG}</p><h2>Wie geht es weiter?</h2><p>{LONG}</p>"
        "<div class='c-aside-teaser c-aside-teaser--person'><div class='c-person'><span>Ansprechpartner</span>"
        "<h3 class='c-person__name'><a href='/de/mitarbeiter/daniel-braun'>Daniel Braun</a></h3></div></div>"
        "<div class='c-page-context'><div class='c-page-context__header'><h2 class='o-page-headline'>Über diese Reihe</h2></div>"
        "<div><h3>Die Stiftung ist in rund 110 Ländern auf fünf Kontinenten mit einem eigenen Büro vertreten. Die Auslandsmitarbeiter"
        " vor Ort können aus erster Hand über aktuelle Ereignisse und langfristige Entwicklungen in ihrem Einsatzland berichten und"
        " bieten in den Länderberichten exklusiv Analysen.</h3></div></div></article>"
    )
    result = read(body)
    assert [u.text for u in result.body if u.kind == "heading"] == ["Erdrutschsieg", "Wie geht es weiter?"]
    assert result.meta["authors"] == ["Daniel Braun", "Davor Pasoski"]
    assert sorted(result.dropped) == ["about box", "author box", "byline"]
    # near misses: "About the authors" runs on in the article itself only to the next heading of its rank; a heading as
    # long as a paragraph is kept as a paragraph; "von der Leyen" at the start of a line is not a byline
    body = (
        f"<article><h1>T</h1><p>von der Leyen spoke first.</p><h2>Findings</h2><p>{LONG}</p><h2>About the authors</h2><p>Jane Roe is a fellow.</p>"
        f"<h2>Notes</h2><p>{LONG}</p><h3>{LONG} {LONG} {LONG}</h3></article>"
    )
    near = read(body)
    assert [u.text for u in near.body if u.kind == "heading"] == ["Findings", "Notes"]
    assert near.dropped["about box"] == ["About the authors"] and "Jane Roe is a fellow." not in [u.text for u in near.body]
    assert f"{LONG} {LONG} {LONG}" in [u.text for u in near.body if u.kind == "paragraph"] and near.meta["authors"] == []


def test_a_related_story_inset_an_audio_player_and_a_section_label_are_not_sections():
    """npr.org: the kicker <h3 class="slug">America</h3>, an inset teaser of another story (<h3><a href=other story>),
    an "internallink" box, an audio module with Listen/Download/Transcript and "Enlarge this image"/"hide caption"."""
    body = (
        "<article><div class='slug-wrap'><h3 class='slug'><a href='/sections/america/'>America</a></h3></div><h1>T</h1>"
        f"<div class='imagewrap'><img src='a.jpg' alt=''><a class='enlargelink' href='a-big.jpg'>Enlarge this image</a></div>"
        f"<p>{LONG}</p><div class='bucketwrap inset2col'><div class='bucket'><h3><a href='https://www.npr.org/2016/12/09/505/confession'>"
        "In Taped Confession, Shooter Says 'We All Know I Am Guilty'</a></h3></div></div>"
        f"<p>{LONG}</p><div class='bucketwrap internallink'><h2 class='internallink__title'>Testimony Concludes</h2></div>"
        "<div class='bucketwrap resaudio' aria-label='audio-module'><h4 class='audio-module-title'>Testimony Concludes</h4>"
        "<ul><li><a href='x.mp3'>Download</a></li><li><a href='/transcripts/1'>Transcript</a></li></ul></div><p>Roof said so.</p></article>"
    )
    result = read(body)
    assert [u.kind for u in result.body] == ["paragraph", "paragraph", "paragraph"]
    assert {"category label", "related articles", "media player", "page tools"} <= set(result.dropped)
    # near miss: a digest's headings that link to the stories they sum up stand among its paragraphs and stay
    digest = read(
        f"<article><h1>T</h1><h2><a href='https://example.org/2022/10/01/imf'>IMF cuts its forecast</a></h2><p>{LONG}</p>"
        f"<h2><a href='https://example.org/2022/10/02/fed'>The Fed holds</a></h2><p>{LONG}</p></article>"
    )
    assert [u.kind for u in digest.body] == ["heading", "paragraph", "heading", "paragraph"]


# -- figures and metadata text ------------------------------------------------------------------------------------------------


def test_a_lazy_loaded_photo_with_its_caption_is_a_figure_and_its_credit_label_keeps_its_credit():
    """telegraph.co.uk: the <img> of each photo is inside <noscript> (a <div data-src=…> placeholder shows it), so the
    caption became a body paragraph; its credit is a label <span class="…copyright-label">Credit:</span> then the name,
    and the page states the credit twice."""
    figure = (
        "<figure><span><div class='lazy-image' data-src='/content/dam/a.jpeg'></div><noscript><img src='/content/dam/a.jpeg' alt='x'></noscript></span>"
        "<figcaption><span itemprop='caption'>Opposition leader Morgan Tsvangirai meets church leaders in 2006 "
        "<span class='image-copyright-label'>Credit:</span> &nbsp;DESMOND KWANDE/&nbsp;AFP </span></figcaption>"
        "<span class='credit'>Credit: DESMOND KWANDE/ AFP</span></figure>"
    )
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{figure}<p>{LONG}</p></article>")
    assert [u.kind for u in result.body] == ["paragraph", "figure", "paragraph"]
    shown = result.body[1]
    assert (shown.data["caption"], shown.data["credit"]) == (
        "Opposition leader Morgan Tsvangirai meets church leaders in 2006",
        "Credit: DESMOND KWANDE/ AFP",
    )
    # near miss: a figure of words only (a quotation with its source) stays text; a credit class with a name in it is the credit
    words = read(f"<article><h1>T</h1><p>{LONG}</p><figure><p>We will not retreat.</p><figcaption>— The minister</figcaption></figure></article>")
    assert "figure" not in [u.kind for u in words.body]
    named = read(
        f"<article><h1>T</h1><p>{LONG}</p><figure><img src='a.jpg' alt=''><figcaption>A bridge <span class='credit'>Photo: AP</span></figcaption></figure></article>"
    )
    assert named.body[1].data["credit"] == "Photo: AP"


def test_metadata_escaped_twice_is_read_as_text():
    """telegraph.co.uk: <meta name="description" content="… Mugabe's &amp;quot;Blue House&amp;quot; compound …"> gave a
    summary with &quot; in it on the overview."""
    head = '<meta name="description" content="Under house arrest at Mugabe&#39;s &amp;quot;Blue House&amp;quot; compound">'
    assert read(f"<article><h1>T</h1><p>{LONG}</p></article>", head).meta["summary"] == 'Under house arrest at Mugabe\'s "Blue House" compound'
    # near miss: an ampersand written once (AT&amp;T) stays one ampersand
    head = '<meta name="description" content="AT&amp;T and the FCC">'
    assert read(f"<article><h1>T</h1><p>{LONG}</p></article>", head).meta["summary"] == "AT&T and the FCC"


def test_the_date_line_beside_a_byline_is_not_the_first_paragraph():
    """politico.com: <p class="byline">By KATE DAVIDSON</p><p class="timestamp"><time …>10/11/2022 08:00 AM EDT</time></p>;
    the byline was taken out, the date line stayed and became the report's summary on its overview."""
    body = (
        "<article><h1>T</h1><footer class='meta'><p class='byline'>By <a href='/staff/kate'>KATE DAVIDSON</a></p>"
        f"<p class='timestamp'><time datetime='2022-10-11 08:00:00'>10/11/2022 08:00 AM EDT</time></p></footer><p>{LONG}</p></article>"
    )
    result = read(body)
    assert [u.text for u in result.body] == [LONG] and result.meta["date"] == dt.date(2022, 10, 11)
    assert result.dropped["byline"] == ["By KATE DAVIDSON", "10/11/2022 08:00 AM EDT"]
    # near miss: a paragraph of the text that opens with a date in a <time> stays, as does a date line below the text
    body = (
        "<article><h1>T</h1><p class='byline'>By Jane Roe</p>"
        f"<p><time datetime='2022-10-01'>On October 1</time> the minister spoke at length about the border and the talks.</p><p>{LONG}</p>"
        "<p><time datetime='2022-10-12'>October 12, 2022</time></p></article>"
    )
    kept = read(body)
    assert len(kept.body) == 3 and kept.dropped["byline"] == ["By Jane Roe"]


def test_a_photo_box_with_its_caption_is_a_figure():
    """npr.org: <div class="bucketwrap image large"> holds the photo (<div class="imagewrap">) and its caption and credit
    (<div class="credit-caption">); the caption and the credit became body paragraphs, and "He also said" after a caption
    naming Sharon Risher credited her with Dylann Roof's words."""
    box = (
        "<div class='bucketwrap image medium'><div class='imagewrap'><img src='risher.jpg' alt=''></div>"
        "<div class='credit-caption'><div class='caption'><p>Sharon Risher, whose mother was killed at the church."
        "<b class='credit'>Win McNamee/Getty Images</b></p></div></div></div>"
    )
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>He also said: “I am guilty.”</p></article>")
    assert [u.kind for u in result.body] == ["paragraph", "figure", "paragraph"]
    assert (result.body[1].data["caption"], result.body[1].data["credit"]) == (
        "Sharon Risher, whose mother was killed at the church.",
        "Win McNamee/Getty Images",
    )
    # near misses: an image box without a caption, or a box of two photos, is not made one figure
    bare = read(f"<article><h1>T</h1><p>{LONG}</p><div class='image'><img src='a.jpg' alt=''><p>{LONG}</p></div></article>")
    assert "figure" not in [u.kind for u in bare.body]
    two = read(
        f"<article><h1>T</h1><p>{LONG}</p><div class='photo'><img src='a.jpg' alt=''><img src='b.jpg' alt=''><p class='caption'>Two</p></div></article>"
    )
    assert [u.kind for u in two.body].count("figure") == 0


# -- a real page -------------------------------------------------------------------------------------------------------------


def test_a_real_news_page_imports_without_its_chrome():
    """tests/fixtures/saved-page-real/npr-dylann-roof-verdict.html (see the README there for its source)."""
    from pathlib import Path

    from dossier.reportimport import read_export

    path = Path(__file__).parent / "fixtures" / "saved-page-real" / "npr-dylann-roof-verdict.html"
    result = read_export(str(path), None)
    markdown = result.markdown
    assert 'title = "Jury Finds Dylann Roof Guilty In S.C. Church Shooting"' in markdown and "date = 2016-12-15" in markdown
    assert 'name = "Rebecca Hersher"' in markdown
    assert "\n#" not in markdown.split("+++", 2)[2]  # no chrome heading became a section: the story has none
    for chrome in (
        "Enlarge this image",
        "hide caption",
        "toggle caption",
        "America]",
        "The Two-Way",
        "In Taped Confession",
        "Transcript",
        "Download",
    ):
        assert chrome not in markdown, chrome
    assert markdown.count(":::{figure}") == 2 and ":credit: Chuck Burton/AP" in markdown and ":credit: Win McNamee/Getty Images" in markdown
    assert "A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts" in markdown
    assert "Roof is facing [separate murder charges]" in markdown


def test_notes_pasted_without_links_are_read_as_notes():
    """kas.de: the text cites <sup>[i]</sup> … <sup>[iv]</sup>, and after an <hr> its last paragraphs each open with
    <sup>[i]</sup> …: no links, no Notes heading; the notes stayed body text with "[i]" in it."""
    body = (
        f"<article><h1>T</h1><p>The coalition won one mayoralty.<sup>[i]</sup> {LONG}</p><p>In Kumanovo<sup>[ii]</sup> the dissident won.</p>"
        "<hr><p>&nbsp;</p><p><sup>[i]</sup> Zaev complained after the first round.</p><p><sup>[ii]</sup> A dissident of the SDSM.</p></article>"
    )
    result = read(body)
    assert [(n.data["key"], n.text) for n in result.notes] == [("i", "Zaev complained after the first round."), ("ii", "A dissident of the SDSM.")]
    assert [u.text for u in result.body] == [f"The coalition won one mayoralty.[^i] {LONG}", "In Kumanovo[^ii] the dissident won."]
    # near misses: keyed paragraphs the text does not cite, or followed by more of the text, are the text's own
    uncited = read(f"<article><h1>T</h1><p>{LONG}</p><p><sup>1</sup> First step.</p><p><sup>2</sup> Second step.</p></article>")
    assert uncited.notes == [] and len(uncited.body) == 3
    middle = f"<article><h1>T</h1><p>Cited.<sup>1</sup> Twice.<sup>2</sup></p><p><sup>1</sup> A keyed line.</p><p><sup>2</sup> Another.</p><p>{LONG}</p></article>"
    assert read(middle).notes == []


def test_an_editors_note_is_set_apart_and_is_not_the_summary():
    """politico.com (Morning Money): the first paragraph, "Editor’s note: Morning Money is a free version of POLITICO Pro
    …", became the report's summary on its overview and a paragraph of its text."""
    from dossier.importer import import_text

    page_body = (
        f"<article><h1>T</h1><p><b><i>Editor’s note: </i></b><i>Morning Money is a free version of a newsletter.</i></p><p>{LONG}</p></article>"
    )
    result = import_page(read(page_body), "page.html")
    assert ":::{editorial}\nMorning Money is a free version of a newsletter.\n:::" in result.markdown
    assert f'summary = "{LONG}"' in result.markdown
    text = import_text(f"A Report\n\nBy Jane Roe\n\nDecember 9, 2021\n\n{LONG}\n\nEditors' note — This report was updated on December 10.\n", "r.txt")
    assert ":::{editorial}\nThis report was updated on December 10.\n:::" in text.markdown
    # near misses: a paragraph about an editor's note, and the words alone, stay text
    near = import_text(
        f"A Report\n\nBy Jane Roe\n\nDecember 9, 2021\n\n{LONG}\n\nEditors note the decline of local papers.\n\nEditor's note:\n", "r.txt"
    )
    assert ":::{editorial}" not in near.markdown and "Editors note the decline of local papers." in near.markdown


# -- bad input ---------------------------------------------------------------------------------------------------------------


def test_a_save_cut_off_says_so_with_its_last_line():
    """A page saved or downloaded before it had loaded (the first 30 KB of nytimes.com's page: its <head> and menus) was
    refused as "a page built by JavaScript"; one cut off in the article imported without a word about its missing end."""
    import pytest
    from dossier.model import ContentError

    head_only = b"<!doctype html>\n<html><head><title>T</title></head>\n<body>\n<nav><a href='/'>Home</a></nav>\n<div class='story'>\n"
    with pytest.raises(ContentError, match=r"^page\.html:5: no article text found, and the file stops here, before </html>"):
        read_saved_page(head_only, "page.html")
    cut = f"<!doctype html>\n<html><head><title>T</title></head>\n<body><article><h1>T</h1>\n<p>{LONG}</p>\n<p>The minister".encode()
    result = read_saved_page(cut, "page.html")
    assert [str(p) for p in result.problems if "</html>" in p.message] == [
        "5: the file stops here, before </html>: the save may be incomplete and the report may lack its end"
    ]
    # near misses: a whole page says nothing of the kind, and one without text but complete still names JavaScript
    assert not [p for p in read(f"<article><h1>T</h1><p>{LONG}</p></article>").problems if "</html>" in p.message]
    with pytest.raises(ContentError, match=r"^page\.html:\d+: no article text found: .*JavaScript"):
        read_saved_page(page("<div id='root'></div>"), "page.html")


def test_a_byline_in_the_articles_meta_column_and_meta_values():
    """theguardian.com (as postlight/parser stores it): the byline is an <address aria-label="Contributor info"> with
    rel=author links inside an <aside> of the article, which went as furniture with it; its <meta> tags carry value=
    instead of content=, and Reuters' date is og:article:published_time."""
    column = (
        "<aside class='dcr-1aul2ye'><div><address aria-label='Contributor info' data-component='meta-byline'>"
        "<a rel='author' href='/profile/jcw'>Julia Carrie Wong</a> and <a rel='author' href='/profile/sl'>Sam Levin</a></address>"
        "<details><summary>Tue 29 Nov 2016 15.26 EST</summary></details></div><ul class='share'><li><a href='https://twitter.com/x'>Twitter</a></li></ul></aside>"
    )
    head = '<meta value="2016-11-29T20:26:06.000Z" name="article:published_time">'
    result = read(f"<article><h1>T</h1>{column}<p>{LONG}</p></article>", head)
    assert result.meta["authors"] == ["Julia Carrie Wong", "Sam Levin"] and result.meta["date"] == dt.date(2016, 11, 29)
    assert [u.text for u in result.body] == [LONG]
    reuters = read(f"<article><h1>T</h1><p>{LONG}</p></article>", '<meta value="2016-12-14T06:02:15Z" name="og:article:published_time">')
    assert reuters.meta["date"] == dt.date(2016, 12, 14)
    # near miss: an aside listing other stories with their bylines gives none of them
    teasers = "".join(
        f"<div class='byline'><a rel='author' href='/p/{n}'>{n}</a></div><a href='/story/{n}'>Story by {n}</a>" for n in ("Ann Lee", "Bo Ray")
    )
    other = read(f"<article><h1>T</h1><aside>{teasers}</aside><p>{LONG}</p></article>")
    assert other.meta["authors"] == [] and [u.text for u in other.body] == [LONG]


def test_more_on_this_story_and_features_lists_are_not_sections():
    """bbc.com: <div class="group__header"><h2>More on this story</h2></div><div class="group__body"><ul>…, and
    "Features & Analysis" over a block of promo links set in <div>s, became the report's last two sections."""
    more = (
        "<div class='group story-alsos'><div class='group__header'><h2 class='group__title'>More on this story</h2></div>"
        "<div class='group__body'><ul><li><a href='/news/1'>Obama 'distress' over gun laws</a></li><li><a href='/news/2'>Kenya trip</a></li></ul></div></div>"
    )
    features = (
        "<div id='comp-f'><h2>Features &amp; Analysis</h2><div><div><a href='/news/a'>Why the trend matters</a></div>"
        "<div><a href='/news/b'>The man who walked</a> 2 hours ago</div></div></div>"
    )
    result = read(f"<article><h1>T</h1><h2>Kenya trip</h2><p>{LONG}</p>{more}{features}</article>")
    assert [u.text for u in result.body if u.kind == "heading"] == ["Kenya trip"] and [u.text for u in result.body][-1] == LONG
    # near miss: a section of the text named "Latest news", followed by its paragraphs, stays
    kept = read(f"<article><h1>T</h1><h2>Latest news</h2><p>{LONG}</p><p>{LONG} Two.</p></article>")
    assert [u.kind for u in kept.body] == ["heading", "paragraph", "paragraph"]


def test_an_age_notice_and_off_screen_labels_are_furniture():
    """theguardian.com: "This article is more than 5 years old" opened the report's first page; bbc.com: the off-screen
    label "Media caption" (<span class="off-screen">) ran into every video's caption."""
    body = (
        "<article><div class='dcr-92oqeo'>This article is more than <strong>5 years old</strong></div><h1>T</h1>"
        "<figure><iframe src='//emp.bbc.com/emp/1' title='Video'></iframe><figcaption><span class='off-screen'>Media caption</span> "
        "President Obama told the BBC he would deliver a message</figcaption></figure>"
        f"<p>{LONG}</p><p>This article is more than a summary of the talks.</p></article>"
    )
    result = read(body)
    texts = [u.text for u in result.body]
    assert texts[0] == "Embedded content not included in this edition: President Obama told the BBC he would deliver a message."
    assert texts[1:] == [LONG, "This article is more than a summary of the talks."]  # near miss: a sentence that opens the same way
    assert result.dropped["age notice"] == ["This article is more than 5 years old"] and result.dropped["screen-reader text"] == ["Media caption"]


def test_a_short_heading_above_the_headline_is_a_kicker():
    """kas.de: <h4 class="c-page-intro__banner"><em>Länderberichte</em></h4> (the series) above the <h1> was the
    report's first sub-section."""
    result = read(f"<article><h4 class='banner'><em>Länderberichte</em></h4><h1>Kommunalwahlen</h1><h2>Erdrutschsieg</h2><p>{LONG}</p></article>")
    assert [u.text for u in result.body if u.kind == "heading"] == ["Erdrutschsieg"] and result.dropped["category label"] == ["Länderberichte"]
    # near miss: headings after text above a late <h1> are the page's own and stay
    late = read(f"<article><h2>Summary</h2><p>{LONG}</p><h1>Kommunalwahlen</h1><h2>Erdrutschsieg</h2><p>{LONG}</p></article>")
    assert [u.text for u in late.body if u.kind == "heading"] == ["Summary", "Erdrutschsieg"]
