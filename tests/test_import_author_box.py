"""The author's box after a copied page's text: the name (a link) on a line of its own over the author's note. Passages
of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

PAGE = (
    "Harbour Pilots Should Share One Roster\n"
    "March 3rd 2026\n"
    "By\n"
    "Jane Roe\n"
    f"The pilots of the three northern ports work apart, and {PROSE.lower()}.\n"
    f"A shared roster would cut the night shifts by a third, and {PROSE.lower()}.\n"
    f"The boards meet again in May, and {PROSE.lower()}.\n"
    "Jane Roe\n"
    "is a senior fellow at the Harbour Institute.\n"
)


def test_the_authors_box_after_the_text_is_the_authors_note():
    result, report = built(PAGE)
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "senior fellow at the Harbour Institute")]
    assert headings(report) == [] and "senior fellow" not in body_text(report)
    assert 'author_note = "Jane Roe is a senior fellow at the Harbour Institute."' in result.markdown


def test_a_name_over_a_line_that_is_no_authors_box_stays():
    """Near miss: someone the byline does not name, over a line about them, is the text's."""
    _, report = built(PAGE.replace("Jane Roe\nis a", "John Doe\nis a"))
    assert "is a senior fellow at the Harbour Institute." in body_text(report)
