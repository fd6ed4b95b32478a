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
