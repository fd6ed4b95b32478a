"""A feature page built as a scrolling story (a think tank's long read): body paragraphs carrying numbered scroll
anchors, headings set as repeated `div` classes, pull quotes with their author's name and title beside the text, and the
authors named only by JSON-LD `creator`. One small page of our own per rule, with its near miss."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

OPENING = "At the same time, the boards that decide on early release met less often, and many people waited years for a hearing."


def test_a_numbered_scroll_anchor_never_makes_a_paragraph_a_sidebar():
    """<p id="sidebar11">: the page's script pins the pull quote of the same number beside this paragraph."""
    saved = read(f'<div class="left-col"><p id="sidebar11">{OPENING}</p><p>{LONG}</p></div>')
    assert OPENING in body_text(saved)


def test_a_box_named_sidebar_by_its_id_is_still_dropped():
    """Near miss: id="sidebar" (no number) names the page's side column."""
    saved = read(f'<div class="main"><p>{LONG}</p></div><div id="sidebar"><p>{OPENING}</p></div>')
    assert OPENING not in body_text(saved)
    assert LONG in body_text(saved)


SECOND = "By the turn of the century, several states had abolished parole for most offenses and restricted it for the rest."


def _headings(saved) -> list[str]:
    return [unit.text for unit in saved.body if unit.kind == "heading"]


def test_a_repeated_header_class_over_paragraphs_sets_the_sub_headings():
    """<div class="left-col-header">One short line.</div> over the paragraphs, twice, on a page with no <h2>."""
    saved = read(
        f'<div class="left-col"><p>{OPENING}</p><div class="left-col-header">Boards lengthened the wait for a hearing.</div>'
        f'<p>{LONG}</p><div class="left-col-header">Some states abolished parole altogether.</div><p>{SECOND}</p></div>'
    )
    assert _headings(saved) == ["Boards lengthened the wait for a hearing.", "Some states abolished parole altogether."]


def test_a_header_class_used_once_or_on_a_page_with_headings_stays_text():
    """Near misses: one such line alone is a line of the story, and a page with headings of its own sets them so."""
    once = read(f'<div class="left-col"><p>{OPENING}</p><div class="left-col-header">Boards lengthened the wait.</div><p>{LONG}</p></div>')
    assert _headings(once) == []
    headed = read(
        f'<div class="left-col"><h2>Parole</h2><p>{OPENING}</p><div class="box-header">Boards lengthened the wait.</div>'
        f'<p>{LONG}</p><div class="box-header">Some states abolished parole.</div><p>{SECOND}</p></div>'
    )
    assert _headings(headed) == ["Parole"]


QUOTE = "&ldquo;I waited nine years for a hearing that lasted four minutes.&rdquo;"
PULL = (
    f'<div class="sidebar-quote"><p>{QUOTE}</p></div><div class="border"></div>'
    '<div class="sidebar-quote-author">MARY MAJOR</div><div class="sidebar-author-title">Waited nine years for parole</div>'
)


def test_a_pull_quote_with_its_authors_name_is_a_block_quote_over_her_line_once():
    """The desktop copy in the side column and the mobile copy in the text: one block quote, then 'Mary Major, …'."""
    saved = read(
        f'<div class="left-col"><p>{OPENING}</p><div class="note-container">{PULL}</div>'
        f'<div class="sidebar-div-mobile"><div class="sidebar-quote-mobile">{PULL}</div></div><p>{LONG}</p></div>'
    )
    quotes = [unit.text for unit in saved.body if unit.kind == "quote"]
    assert quotes == ["“I waited nine years for a hearing that lasted four minutes.”"]
    assert "Mary Major, Waited nine years for parole" in body_text(saved)
    assert body_text(saved).count("nine years for a hearing") == 1


def test_a_sidebar_quote_with_no_author_stays_dropped():
    """Near miss: a quotation in a sidebar box with no author element beside it is the page's furniture."""
    saved = read(f'<div class="left-col"><p>{OPENING}</p><div class="sidebar-quote"><p>{QUOTE}</p></div><p>{LONG}</p></div>')
    assert "nine years for a hearing" not in body_text(saved)


def test_the_pull_quotes_speaker_is_credited_with_it():
    from dossier.actors import Registry
    from dossier.document import read_report
    from dossier.importer import import_page
    from dossier.statements import extract_statements

    saved = read(f'<div class="left-col"><p>{OPENING}</p><div class="note-container">{PULL}</div><p>{LONG}</p></div>')
    report = read_report(import_page(saved, "page.html").markdown, "reports/x.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    assert [(registry[s.speaker].name, s.quote) for s in found.statements] == [
        ("Mary Major", "I waited nine years for a hearing that lasted four minutes.")
    ]


def _ld(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"How Rules Keep People Waiting",{fields}}}</script>'


def _author_names(saved) -> list[str]:
    return [a["name"] if isinstance(a, dict) else a for a in saved.meta.get("authors", [])]


def test_json_ld_creator_names_the_authors():
    """A feature page's JSON-LD gives "creator": ["Jane Roe", "John Doe"] and no "author"."""
    saved = read(f'<div class="left-col"><p>{OPENING}</p><p>{LONG}</p></div>', _ld('"creator":["Jane Roe","John Doe"]'))
    assert _author_names(saved) == ["Jane Roe", "John Doe"]


def test_json_ld_author_wins_over_creator():
    """Near miss: where "author" is given too, it names the authors."""
    saved = read(f'<div class="left-col"><p>{OPENING}</p><p>{LONG}</p></div>', _ld('"author":{"name":"Ann Major"},"creator":["Jane Roe"]'))
    assert _author_names(saved) == ["Ann Major"]


def test_a_clips_box_over_its_player_is_furniture():
    """<div class="audio-container">LISTEN TO / Jane Roe / the clip's title / <audio>: the player's labels, not the story."""
    box = '<div class="audio-container"><div>LISTEN TO</div><div>Jane Roe</div><div>How parole boards shrank</div><audio src="a.mp3"></audio></div>'
    saved = read(f'<div class="left-col"><p>{OPENING}</p>{box}<p>{LONG}</p></div>')
    assert "LISTEN TO" not in body_text(saved) and "How parole boards shrank" not in body_text(saved)


def test_a_transcript_beside_a_clip_stays():
    """Near miss: a box with an <audio> element and the clip's transcript (over forty words) keeps the transcript."""
    box = f'<div class="audio-container"><div>LISTEN TO</div><p>{LONG} {OPENING}</p><audio src="a.mp3"></audio></div>'
    saved = read(f'<div class="left-col"><p>{SECOND}</p>{box}<p>{LONG}</p></div>')
    assert OPENING in body_text(saved)


def test_a_pull_quote_and_its_author_standing_in_the_column_itself_keep_the_column():
    """The quote and its author's element are the column's own children: they become the block quote and her line, and
    the column's paragraphs stay."""
    saved = read(f'<div class="left-col"><p>{OPENING}</p>{PULL}<p>{LONG}</p></div>')
    text = body_text(saved)
    assert OPENING in text and LONG in text
    assert "Mary Major, Waited nine years for parole" in text
