"""A syndicating site's upsell box under the story's copyright line (a heading 'Using <Site> for work?', its licence
pitch, its buttons 'Join Wire Plus Find out more', a link to its directory): the site's, no sections, no text. A
closing section under a copyright line with no upsell in it stays."""

from __future__ import annotations

from imported import body_text, built, headings

FRONT = '---\ntitle: "Ferry fares rise"\ndate: 2024-07-10\n---\n'
STORY = (
    "The ferry board raised the fares by a third on Tuesday, the third rise in as many years, and the crews objected.\n\n"
    "“The town cannot afford this,” said Ilsa Varn, who chairs the users' group.\n\n"
)
UPSELL = (
    "[© Velden Wire](http://wire.example/terms)\n\n"
    "### Using Velden Wire for work?\n\n"
    "Velden Wire is free for personal use, but you’ll need a licence for work use. Join today with plans from $3 per week.\n\n"
    "[Join Wire Plus](https://pro.wire.example/) [Find out more](https://pro.wire.example/using/)\n\n"
    "Find more from [Ferry Users Group](https://info.wire.example/fug) on InfoPages.\n"
)


def test_the_sites_upsell_box_under_its_copyright_line_is_furniture() -> None:
    result, report = built(FRONT + STORY + UPSELL)
    assert headings(report) == []
    assert "licence" not in result.markdown and "Find out more" not in result.markdown and "InfoPages" not in result.markdown
    assert "cannot afford this" in body_text(report)


def test_a_closing_section_under_a_copyright_line_with_no_upsell_stays() -> None:
    tail = "[© Velden Wire](http://wire.example/terms)\n\n### Using the ferry for work?\n\nThe board will publish a commuter rate in May, its spokesman said.\n"
    _, report = built(FRONT + STORY + tail)
    assert "Using the ferry for work?" in headings(report)
    assert "commuter rate" in body_text(report)


def test_a_correction_and_a_line_on_a_licence_under_the_copyright_line_stay() -> None:
    # near miss: no box's buttons nor heading, only a line of the story's that names a licence
    tail = (
        "© 2024 Velden Wire\n\n"
        "Correction: an earlier version of this story gave the wrong day for the vote. It was Tuesday, not Monday.\n\n"
        "The users' group has put its own fare tables online, free for personal use under an open licence.\n"
    )
    result, _ = built(FRONT + STORY + tail)
    assert "wrong day for the vote" in result.markdown and "own fare tables online" in result.markdown


def test_the_storys_lines_under_the_box_stay() -> None:
    # near miss: the box's run goes, the correction under it stays
    tail = UPSELL + "\nCorrection: an earlier version of this story gave the wrong day for the vote.\n"
    result, _ = built(FRONT + STORY + tail)
    assert "Find out more" not in result.markdown and "wrong day for the vote" in result.markdown
