"""An NGO's or a think tank's initials alone under a release's title, over its first sentence, and named again in its
text: the body that wrote it, the byline, no section. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

RELEASE = (
    "Norland - Harbour pilots face new threats\n\n"
    "KHRA\n\n"
    "A wave of threats follows the pilots' report on the harbour board.\n\n"
    "(Kestrel Bay, March 4th, 2021) - The pilots who spoke out have been threatened, the Kestrel Harbour Rights Alliance "
    f"(KHRA) said today, and {PROSE.lower()}.\n\n"
    f"“We condemn these threats,” said Ola Brennick, Director of KHRA, as {PROSE.lower()}.\n\n"
    "The threats\n\n"
    f"KHRA has supported the pilots for months, and {PROSE.lower()}.\n"
)


def test_the_publishers_initials_under_the_title_are_the_byline_not_a_section():
    result, report = built(RELEASE)
    assert [a.name for a in report.authors] == ["KHRA"]
    assert "KHRA" not in headings(report) and "The threats" in headings(report)
    assert "date = 2021-03-04" in result.markdown


def test_initials_over_a_heading_are_a_section():
    """Near miss: the initials stand over no sentence."""
    _, report = built(RELEASE.replace("A wave of threats follows the pilots' report on the harbour board.\n\n", "Background of the case\n\n"))
    assert [a.name for a in report.authors] != ["KHRA"]


def test_initials_the_text_never_names_again_are_no_byline():
    """Near miss: a kicker or a programme's initials, named nowhere below."""
    text = RELEASE.replace("KHRA\n\n", "PFDQ\n\n", 1)
    _, report = built(text)
    assert [a.name for a in report.authors] != ["PFDQ"]
