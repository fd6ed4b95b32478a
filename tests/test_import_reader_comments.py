"""Readers' comments under a story, each under who posted it and when ('Posted by: Brad, Glasgow on 11:16am Wed 9 Jan
08'): no part of the story, in a saved page or in text copied from one. Passages of our own, each with a near miss."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page
from imported import body_text, built

STORY = [
    "Ferry crews at Port Vell went back to work on Thursday after a nine-day strike over rotas, the port authority said.",
    "The union said its members had won a fourth relief crew for the winter timetable and a review of the night crossings.",
    "The authority said services would run as normal by the weekend, and that the two cancelled sailings would be refunded.",
]
COMMENTS = [
    ("Posted by: Harbour Watcher, Dunmore on 9:35am Wed 9 Jan 08", "About time the crews got a fair deal on the night crossings."),
    ("Posted by: Ivo, Port Vell on 11:16am Wed 9 Jan 08", "The refunds should have come a week ago."),
]


def saved_page(comments: list[tuple[str, str]]) -> bytes:
    """An old newspaper site's table layout: each block in a wrapper span, the comments under the story's container."""
    story = f"<p><b>MARY HOLT and PETER VOSS</b><br><br>{STORY[0]}</p>" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    posts = "".join(
        f"<div class='b_box'><span class='x5'>{who.rsplit(' on ', 1)[0]} on</span> <span class='itdate'>{who.rsplit(' on ', 1)[1]}</span>"
        f"</div><span class='x5'><div class='entry' id='com{n}'><span class='x5'>{said}</span></div></span>"
        "<div class='b_box'><a href='#'>Quote</a> | <a href='#'>Report this post</a></div>"
        for n, (who, said) in enumerate(comments)
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry crews end strike</title></head><body><table><tr>"
        "<td class='content_main'><span class='x0'><div class='artHeadline'>Ferry crews end strike</div></span><span class='x0'>"
        f"<div class='storyText' id='articleBody'><span><div id='article_text' class='articleText'>{story}</div></span></div>"
        "</span><span class='x0'><div><a href='javascript:void(0)'>Add Comment</a></div></span>"
        f"<a name='comments'></a>{posts}</td></tr></table></body></html>"
    ).encode()


def test_readers_comments_under_a_saved_page_s_story_are_left_out():
    result = import_page(read_saved_page(saved_page(COMMENTS), "ferry.html"), "ferry.html")
    text = result.markdown.split("+++", 2)[2]
    assert "Posted by" not in text and "About time" not in text and "Report this post" not in text and "Add Comment" not in text
    assert STORY[2] in text and result.dropped["readers' comments after the story"][1] == COMMENTS[0][0]
    # the first comment's "Posted by: …" line is no byline: the authors are the story's
    assert 'name = "Mary Holt"' in result.markdown and "Harbour Watcher" not in result.markdown.split("+++")[1]


def test_readers_comments_under_a_copied_story_are_left_out():
    copied = "Ferry Crews End Strike\n\n" + "\n\n".join(STORY) + "\n\n" + "\n\n".join(f"{w}\n\n{s}\n\nQuote | Report this post" for w, s in COMMENTS)
    _, report = built(copied)
    assert "Posted by" not in body_text(report) and "About time" not in body_text(report) and STORY[2] in body_text(report)


def test_near_miss_one_posted_by_line_is_no_comments_box():
    """A blog's own 'Posted by … on …' line in the story, given once, stays: comments come two or more."""
    one = [("Posted by: Ivo, Port Vell on 11:16am Wed 9 Jan 08", "The refunds should have come a week ago.")]
    result = import_page(read_saved_page(saved_page(one), "ferry.html"), "ferry.html")
    assert "The refunds should have come a week ago." in result.markdown
    copied = "Ferry Crews End Strike\n\n" + "\n\n".join(STORY) + "\n\nPosted by: Ivo, Port Vell on 11:16am Wed 9 Jan 08\n\nThe refunds are due.\n"
    _, report = built(copied)
    assert "The refunds are due." in body_text(report)
