"""A blog's archive page (a tag, category or author page) copied as text: several dated posts one after another, each
with its headline, date line, text and footer. One report, each post a section under its headline and its day, its
writer under it, the footers left out. Passages of our own, with near misses (a digest's days, a timeline, a
story with two updates, a list of dated links)."""

from __future__ import annotations

from dossier.blogarchive import post_date
from imported import body_text, built, headings

POSTS = [
    (
        "March 9, 2026",
        "Ferry fares to rise in April",
        "The harbour board voted on Monday to raise the fares on every ferry line by a tenth from the first of April.",
        "Jane Roe",
    ),
    (
        "March 6, 2026",
        "Quay Street works run late",
        "The council says the works on Quay Street will run three weeks past the date it gave the traders in January.",
        "Tomas Berg",
    ),
    (
        "March 2, 2026",
        "Harbour master steps down",
        "After eleven years in the post, the harbour master told the board he would leave at the end of the season.",
        "Jane Roe",
    ),
    (
        "February 27, 2026",
        "Night buses return to the old town",
        "The night buses that stopped running in the autumn will return to the old town from next week, the operator said.",
        "Ana Lutz",
    ),
]


HEADINGS = [f"{headline} ({day})" for day, headline, _, _ in POSTS]


def wordpress_page(posts=POSTS) -> str:
    """The date over the headline, each post closed by its writer, categories and tags (a WordPress theme's tag page)."""
    head = "Harbour Notes\n\nNews from the quay and the town\n\nPosts tagged ‘harbour board’\n\n"
    return head + "".join(
        f"{day}\n\n{headline}\n\n{text}\n\nA second paragraph follows here, as every post has more than one line of its text.\n\n"
        f"Posted by {writer}\n\nCategories: Harbour\n\nTags: harbour board, ferries\n\n4 Comments\n\n"
        for day, headline, text, writer in posts
    )


def paper_blog_page() -> str:
    """The headline over its date and time, a related list and a dash sign-off after the text (a paper's blog platform)."""
    head = "Quayside\n\nCategory: Harbour board\n\n"
    return head + "".join(
        f"{headline}\n\n{day} | 10:41 am\n\n{text}\n\nALSO:\n\nTram line to close for a week\n\nCouncil names new clerk\n\n"
        f"--{writer} in Vells\n\nPhoto: The harbour at dawn, seen from the north pier on a calm morning. Credit: Ines Reyes/Harbour Times\n\n"
        "Twitter: @quaysidenews\n\nMore in: Harbour, Ferries, Council\n\n"
        for day, headline, text, writer in POSTS
    )


def test_a_tag_pages_posts_are_sections_under_their_headlines_with_their_dates():
    result, report = built(wordpress_page())
    assert headings(report) == HEADINGS
    assert report.title == "Harbour Notes: Posts tagged ‘harbour board’"
    assert report.date.isoformat() == "2026-03-09"
    assert [a.name for a in report.authors] == ["Jane Roe", "Tomas Berg", "Ana Lutz"]
    assert "## Quay Street works run late (March 6, 2026)\n\nBy Tomas Berg\n\nThe council says" in result.markdown
    text = body_text(report)
    assert "Categories:" not in text and "Tags:" not in text and "4 Comments" not in text and "Posted by" not in text
    assert report.summary == "News from the quay and the town"


def test_a_paper_blogs_category_page_keeps_each_posts_caption_and_leaves_its_related_list_out():
    result, report = built(paper_blog_page())
    assert headings(report) == HEADINGS
    assert report.title == "Quayside: Category: Harbour board"
    assert [a.name for a in report.authors] == ["Jane Roe", "Tomas Berg", "Ana Lutz"]
    assert "## Harbour master steps down (March 2, 2026)\n\nBy Jane Roe\n\nAfter eleven years" in result.markdown
    text = body_text(report)
    assert "Tram line to close" not in text and "ALSO:" not in text and "More in:" not in text and "--Jane Roe" not in text
    assert "The harbour at dawn" in result.markdown  # the post's photo caption stays


def test_a_date_line_naming_the_writer_and_a_blogger_footer():
    """'Posted on Monday, March 9, 2026 by Jane Roe' under the headline (the writer on the date line), and a Blogger
    footer, 'Posted by Jane Roe at 10:41 AM' over 'Labels: …'."""
    page = "Quay Diary\n\n" + "".join(
        f"{headline}\n\nPosted on {day} by {writer}\n\n{text}\n\nLabels: harbour, ferries\n\n" for day, headline, text, writer in POSTS
    )
    result, report = built(page)
    assert headings(report) == HEADINGS
    assert report.title == "Quay Diary"
    assert "## Ferry fares to rise in April (March 9, 2026)\n\nBy Jane Roe\n\nThe harbour board" in result.markdown
    page = "Quay Diary\n\n" + "".join(
        f"{day}\n\n{headline}\n\n{text}\n\nPosted by {writer} at 10:41 AM\n\nLabels: harbour, ferries\n\n" for day, headline, text, writer in POSTS
    )
    _, report = built(page)
    assert headings(report) == HEADINGS
    assert [a.name for a in report.authors] == ["Jane Roe", "Tomas Berg", "Ana Lutz"]


def test_a_post_date_line_holds_a_date_and_little_else():
    assert post_date("December 10, 2012 | 4:39 pm") is not None
    assert post_date("Tuesday, March 3, 2026") is not None
    assert post_date("Posted on March 9, 2026 by Jane Roe") is not None
    assert post_date("On March 9, 2026, the board voted to raise the fares.") is None
    assert post_date("Harbour board meeting, March 9, 2026") is None


def test_a_digests_days_over_their_items_are_no_archive():
    """Near miss: a digest's or a timeline's dated items, each a headline over its text with no footer of its own (no
    writer, no tags), stay as the importer reads them otherwise: no archive page's title, no date lines moved."""
    page = "Harbour timeline\n\n" + "".join(f"{day}\n\n{headline}\n\n{text}\n\n" for day, headline, text, _ in POSTS)
    result, report = built(page)
    assert not any("archive page" in line for line in result.inferred)
    assert report.title != "Quay Diary" and "Harbour timeline" in report.title


def test_two_posts_or_posts_out_of_date_order_are_no_archive():
    """Near misses: a story with two dated updates under it, and dated posts in no order (a page of picks)."""
    result, _ = built(wordpress_page(POSTS[:2]))
    assert not any("archive page" in line for line in result.inferred)
    shuffled = [POSTS[1], POSTS[3], POSTS[0], POSTS[2]]
    result, _ = built(wordpress_page(shuffled))
    assert not any("archive page" in line for line in result.inferred)


def test_dated_headlines_with_no_text_under_them_are_a_list_of_links():
    """Near miss: a box of dated headlines (each with its writer) and no post's text is no archive of posts."""
    page = "Ferry fares to rise in April\n\nBy Jane Roe\n\n" + POSTS[0][2] + "\n\nMore from the harbour desk\n\n"
    page += "".join(f"{day}\n\n{headline}\n\nPosted by {writer}\n\n" for day, headline, _, writer in POSTS[1:] * 2)
    result, report = built(page)
    assert not any("archive page" in line for line in result.inferred)
    assert report.title == "Ferry fares to rise in April"


def test_each_posts_statements_are_dated_by_their_post_and_stay_in_it():
    """A quotation whose sentence names no day is dated by its post's day, not the newest post's; and a 'he said' opening
    the next post is no one's from the post above."""
    from dossier.actors import Registry
    from dossier.document import read_report
    from dossier.statements import extract_statements

    posts = list(POSTS)
    posts[2] = (*posts[2][:2], posts[2][2] + ' "I have loved every season of it," said Piet Hoorn, the harbour master.', posts[2][3])
    posts[3] = (*posts[3][:2], '"We listened to the night workers," he said, as the operator set out the new timetable for the buses.', posts[3][3])
    result, _ = built(wordpress_page(posts))
    found = extract_statements(read_report(result.markdown, "reports/x.md"), Registry([])).statements
    quotes = {s.quote.rstrip(","): s for s in found}
    assert quotes["I have loved every season of it"].date.isoformat() == "2026-03-02"
    assert "We listened to the night workers" not in quotes or "hoorn" not in quotes["We listened to the night workers"].speaker


def test_text_over_the_first_post_found_is_never_left_out_as_the_pages_header():
    """Near miss: where a copy ran the first posts' lines together (a hard-wrapped export), the first post found stands
    under text of the page: no archive's header, nothing of the text dropped."""
    lead = "The harbour board met late on Friday and heard the traders' case against the new fares for the second time this month."
    result, report = built("Harbour Notes\n\n" + lead + "\n\n" + wordpress_page().split("\n\n", 3)[3])
    assert not any("archive page" in line for line in result.inferred)
    assert lead in body_text(report) or lead == report.summary  # read as the ordinary importer reads it
