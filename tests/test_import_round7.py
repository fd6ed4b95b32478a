"""Copied texts that the corpus's standing misses and the sixth held-out round showed: an embedded post's signature
line, a page's label and date line over its headline, a byline whose names stand on lines of their own. Passages of
our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built

# -- an embedded post's signature line is the post's day, not the page's ---------------------------------------------------

POST = (
    "Why the River Ferry Stopped Running\n\n"
    f"The ferry to the island stopped last spring, and {PROSE.lower()}.\n\n"
    "The mayor wrote about it on social media:\n\n"
    "The ferry will be back when the pier is safe\n"
    "We are asking the county for the money today\n\n"
    "— Jane Roe (@janeroe_mayor) March 4, 2021\n\n"
    f"Residents said the crossing by road now takes an hour, and {PROSE.lower()}.\n"
)


def test_an_embedded_posts_signature_does_not_date_the_page():
    result, _ = built(POST)
    assert 'date = "unknown"' in result.markdown


def test_a_date_line_over_the_story_still_dates_it_beside_an_embedded_post():
    """Near miss: the page's own date line is read as before, the post's signature below it or not."""
    text = POST.replace("Running\n\n", "Running\n\nMarch 9, 2021\n\n", 1)
    result, _ = built(text)
    assert "date = 2021-03-09" in result.markdown
