"""A saved page whose whole story sits in a wrapper its scripts reveal (`<div id="i76" style="display: none;">`, no
`<article>`) is read, not refused as "no article text found"; a hidden box that holds little of the page's text (a
pop-up, a print-only copy of a line) is still dropped. Passages of our own."""

from __future__ import annotations

from saved_page_passages import LONG, body_text, read

STORY = (
    "<h1>Harbour ferry fares to rise in spring</h1>"
    f"<p>The harbour board voted on Monday to raise ferry fares from April. {LONG}</p>"
    "<p>“Fuel has doubled since the last review,” said Ana Roe, the board's chair, after the vote.</p>"
    "<p>Season tickets will rise by a smaller share, and children under twelve will still travel free on weekdays.</p>"
)


def test_a_story_in_a_wrapper_hidden_until_scripts_run_is_read():
    for hidden in ("style='display: none;'", "style='visibility:hidden'", "hidden"):
        saved = read(f"<div class='menu'><a href='/'>Home</a></div><div id='i76' {hidden}>{STORY}</div>")
        text = body_text(saved)
        assert "Fuel has doubled since the last review" in text, hidden
        assert "children under twelve" in text, hidden


def test_a_hidden_box_beside_a_visible_story_is_still_dropped():
    box = "<div style='display:none'><p>Sign up to our newsletter for the week's harbour news.</p><p>Close this box.</p></div>"
    saved = read(f"<div>{STORY}{box}</div>")
    text = body_text(saved)
    assert "Fuel has doubled" in text
    assert "Sign up to our newsletter" not in text


SHORT = (
    "<h1>Quay lights to stay on all night</h1>"
    "<p>The harbour board voted on Monday to keep the quay lights on.</p>"
    "<p>“People walk home late,” said Mira Tosh, who chairs it.</p>"
    "<p>The change starts in May and costs little, the board says.</p>"
)
NEWSLETTER = (
    "<p>Subscribe to Quay Notes for a weekly letter on the harbour, its boats and its people, written by our staff.</p>"
    "<p>We will never share your address with anyone, and you can leave the list at any time with a single click.</p>"
)


def test_a_story_of_short_paragraphs_keeps_its_hidden_dialog_and_panel_hidden():
    for hidden in ("<div role='dialog' style='display:none'>", "<div aria-hidden='true'>", "<div style='display:none'>"):
        text = body_text(read(f"<div class='story'>{SHORT}</div>{hidden}{NEWSLETTER}</div>"))
        assert "keep the quay lights on" in text and "People walk home late" in text, hidden
        assert "Subscribe to Quay Notes" not in text, hidden


def test_a_print_copy_hidden_inside_the_hidden_wrapper_stays_hidden():
    print_copy = "<div class='print' style='display:none'><p>Fuel has doubled since the last review, said the chair of the harbour board.</p></div>"
    text = body_text(read(f"<div id='w' style='display:none'>{STORY}{print_copy}</div>"))
    assert text.count("Fuel has doubled since the last review") == 1
