"""A saved news page's byline and dateline over the story's first paragraph: a byline set at the head of that paragraph
over a line break ('<p>By Jane Roe<br>VELDEN, Norland — …</p>') and a dateline set in a paragraph of its own
('<p>VELDEN, Norland —</p>'). Small pages of our own, each with the near misses that must stay as they were."""

from __future__ import annotations

from saved_page_passages import body_text, read

STORY = "Ferry crews at the port of Velden stopped work on Monday, saying the new night rota left them too tired to sail safely."
MORE = "The harbour board said talks would resume on Wednesday, and the unions said they would wait for its offer."


def test_a_byline_over_a_line_break_in_the_first_paragraph_keeps_the_story_under_it():
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>By Jane Roe<br>VELDEN, Norland — {STORY}</p><p>{MORE}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    text = body_text(saved)
    assert text.startswith(f"VELDEN, Norland — {STORY}")
    assert "By Jane Roe" not in text


def test_a_byline_over_a_line_break_with_no_dateline_keeps_the_story_under_it():
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>By Anna Holm<br>{STORY}</p><p>{MORE}</p></article>")
    assert saved.meta["authors"] == ["Anna Holm"]
    assert body_text(saved).startswith(STORY)


def test_a_byline_over_its_date_after_a_break_is_read_whole():
    """Near miss: the names and the date over a break are the byline alone, no story under it."""
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>By Jane Roe<br>March 4, 2024</p><p>{STORY}</p><p>{MORE}</p></article>")
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "March 4" not in body_text(saved)
    assert body_text(saved).startswith(STORY)


def test_words_of_the_story_opening_on_by_over_a_break_are_no_byline():
    """Near miss: 'By Christmas' opens the story's own sentence; no writer is named."""
    saved = read(
        f"<article><h1>Ferry crews walk out</h1><p class='byline'>By Jane Roe</p><p>{STORY}</p>"
        f"<p>By Christmas<br>the quays at Velden will have been closed for a month, the board said in its statement.</p></article>"
    )
    assert saved.meta["authors"] == ["Jane Roe"]
    assert "By Christmas" in body_text(saved)


def test_a_dateline_in_a_paragraph_of_its_own_opens_the_first_paragraph():
    saved = read(
        f"<article><h1>Ferry crews walk out</h1><p class='byline'>By Jane Roe</p><p>VELDEN, Norland —</p><p>{STORY}</p><p>{MORE}</p></article>"
    )
    assert body_text(saved).split("\n")[0] == f"VELDEN, Norland — {STORY}"


def test_a_wire_dateline_with_its_agency_alone_opens_the_first_paragraph():
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>VELDEN, Norland (AP) —</p><p>{STORY}</p><p>{MORE}</p></article>")
    assert body_text(saved).split("\n")[0].startswith("VELDEN, Norland (AP) — Ferry crews")


def test_a_line_closing_on_a_dash_after_the_story_has_begun_stays_apart():
    """Near miss: down in the story a short line ending on a dash is the story's own, not a dateline."""
    late = "Velden, Norland —"
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>{STORY}</p><p>{late}</p><p>{MORE}</p></article>")
    assert body_text(saved).split("\n")[1] == late


def test_a_word_alone_before_a_dash_is_no_dateline():
    """Near miss: 'NOTE —' over a paragraph names no place."""
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>NOTE —</p><p>{STORY}</p><p>{MORE}</p></article>")
    assert body_text(saved).split("\n")[0] == "NOTE —"


LONG = "the quays at Velden will have been closed for a month and the ferry crews will have lost two weeks of pay, the board said."


def test_a_by_run_over_a_break_under_the_storys_short_sentences_is_no_byline():
    """Near miss: 'By Anna Holm<br>…' after the story has begun in short paragraphs is the story's own words."""
    saved = read(
        "<article><h1>Ferry crews walk out</h1><p>Tolls rise in April.</p><p>The board met again.</p>"
        f"<p>By Anna Holm<br>{LONG}</p><p>{MORE}</p></article>"
    )
    assert not saved.meta.get("authors")
    assert "By Anna Holm" in body_text(saved)


def test_a_by_run_over_a_break_under_a_long_paragraph_is_no_byline():
    saved = read(f"<article><h1>Ferry crews walk out</h1><p>{STORY}</p><p>By Anna Holm<br>{LONG}</p></article>")
    assert not saved.meta.get("authors")


def test_a_label_and_its_date_in_a_paragraph_of_its_own_is_no_dateline():
    for label in ("UPDATED, March 3 —", "EDITOR'S NOTE, March 3 —"):
        saved = read(f"<article><h1>Ferry crews walk out</h1><p>{label}</p><p>{STORY}</p><p>{MORE}</p></article>")
        assert f"{label} {STORY}" not in body_text(saved)
