"""A story copied whole from a browser ends on the page's tag links, 'Tags:' alone over them, the copy running the tags
together with no commas ('canalslock pilotsmirela oster'), then the share buttons ('Share on Facebook', 'Tweet this
Story'). None of it is a section 'Tags:'. Passages of our own, with near misses: a section headed 'Tags' over a
sentence, and a 'Tags:' label over a list with commas (read as the tags)."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = ["The Locks Fall Silent", "", "By Vera Hollin", "April 9, 2021", ""]
LEDE = "Shipping on the northern canal stopped on Monday as the lock pilots walked out over rosters."
QUOTE = '"We cannot move a barge without them," said canal board chair Mirela Oster.'


def page(*tail: str) -> str:
    return "\n".join([*HEAD, LEDE, "", QUOTE, "", *tail]) + "\n"


def test_a_glued_tag_line_under_tags_and_the_share_buttons_are_dropped():
    _, report = built(page("Tags:", "canalslock pilotsmirela oster", "", "Share on Facebook", "", "Tweet this Story"))
    assert headings(report) == []
    text = body_text(report)
    assert "Mirela Oster" in text
    for gone in ("Tags", "pilotsmirela", "Tweet this"):
        assert gone not in text, gone


def test_pin_this_and_post_this_are_share_buttons():
    _, report = built(page("Pin this story", "", "Post this"))
    assert "Pin this" not in body_text(report) and "Post this" not in body_text(report)


def test_near_miss_a_tags_label_over_a_list_with_commas_gives_the_tags():
    _, report = built(page("Tags:", "canals, lock pilots, Mirela Oster"))
    assert "Tags" not in body_text(report)
    assert "lock pilots" in [str(t) for t in report.tags]


def test_near_miss_a_section_on_tags_over_a_sentence_stays():
    sentence = "Every barge on the canal carries brass tags, stamped with its owner's number, which the pilots check at each lock."
    _, report = built(page("Tags", "", sentence, "", "The pilots say the tags are often missing."))
    assert sentence in body_text(report)
