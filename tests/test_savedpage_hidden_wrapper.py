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
    for hidden in ("style='display: none;'", "style='visibility:hidden'", "hidden", "aria-hidden='true'"):
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
