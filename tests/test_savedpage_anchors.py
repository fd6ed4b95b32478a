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
