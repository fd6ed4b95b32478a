"""A saved page's prompt under the story asking readers to comment or to send a tip ('Do you know the story behind it?
[Comment] below or [Send us a tip]'), its links the page's own comments and an address to write to: the site's, never the
story's last paragraph. Passages of our own, with near misses: a sentence of the story that links to the comments, a
short box with a link to another page."""

from __future__ import annotations

from saved_page_passages import LONG, read


def article(tail: str) -> str:
    return f"<article><h1>Ferry timetable cut</h1><p>{LONG}</p><p>{LONG.replace('minister', 'mayor')}</p>{tail}</article>"


def text(saved) -> str:
    return "\n".join(u.text for u in saved.body)


def test_a_prompt_to_comment_or_send_a_tip_is_dropped():
    for tail in (
        "<div class='tip-box'><strong>Know more about the ferries?</strong> <a href='/news/ferry-cut#comments'>Comment</a> below or "
        "<a href='mailto:tips@example.org'>Send us a tip</a></div>",
        "<p>Were you on the last crossing? <a href='#respond'>Leave a comment</a>.</p>",
    ):
        saved = read(article(tail))
        assert "comment" not in text(saved).lower(), tail
        assert "comments" in saved.dropped


def test_near_miss_a_sentence_of_the_story_linking_to_the_comments_stays():
    line = "Readers in the <a href='#comments'>comments</a> said the morning boat was always late."
    saved = read(article(f"<p>{line}</p>"))
    assert "morning boat was always late" in text(saved)


def test_near_miss_a_box_linking_to_another_page_is_not_a_comment_prompt():
    saved = read(article("<div>Questions? <a href='/ferries/timetable'>See the full timetable</a> and <a href='#comments'>comment</a>.</div>"))
    assert "full timetable" in text(saved)


def test_near_miss_a_question_whose_link_is_the_comments_inside_a_sentence_stays():
    line = (
        "Was the timetable rigged? Many readers said so in the <a href='#comments'>comments</a> under our June story, "
        "and the harbour board has now asked for an audit."
    )
    saved = read(article(f"<p>{line}</p>"))
    assert "asked for an audit" in text(saved)


def test_near_miss_an_appeal_whose_links_are_the_story_s_words_stays():
    line = (
        "Can you help? Passengers who kept tickets can <a href='mailto:ferries@example.org'>write to our desk</a> or "
        "<a href='#respond'>answer below</a>; we will print the totals in July."
    )
    saved = read(article(f"<div>{line}</div>"))
    assert "print the totals in July" in text(saved)
