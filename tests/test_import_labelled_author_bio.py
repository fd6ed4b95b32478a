"""A syndicated piece closing on its writer's note under the 'Author Bio:' label ('**Author Bio:** This article was
produced by Our Harbour. Jane Roe is chief correspondent for Our Harbour.'), the writer already named by the byline: the
author's note, never the text's last paragraph. Passages of our own, with near misses."""

from __future__ import annotations

from imported import PROSE, body_text, built

FRONT = '---\ntitle: "Harbour schools are changing"\ndate: 2021-05-04\nauthor: Jane Roe\n---\n\n'
STORY = f"The harbour schools open their doors to families after hours. {PROSE}.\n\n{PROSE}, again.\n\n“Schools need to be places where whole families learn,” Ada Vell said.\n\n"
BIO = "This article was produced by Our Harbour. Jane Roe is chief correspondent for Our Harbour."


def test_the_labelled_bio_of_the_byline_s_writer_is_the_author_s_note():
    for label in ("**Author Bio:** ", "Author Bio: ", "**About the author:** "):
        _, report = built(FRONT + STORY + label + BIO + "\n")
        assert "chief correspondent" not in body_text(report), label
        assert "chief correspondent for Our Harbour" in str(report.author_note), label
        assert [a.name for a in report.authors] == ["Jane Roe"], label


def test_a_labelled_note_about_someone_else_stays():
    """Near miss: the note under the label names no author of the byline."""
    _, report = built(FRONT + STORY + "**Author Bio:** Tom Aster is a teacher at the harbour school.\n")
    assert "Tom Aster is a teacher" in body_text(report)


def test_a_contributors_credit_is_no_author_s_note():
    """Near miss: 'Contributors:' credits reporting, naming the byline's writer and another: a paragraph of the text."""
    for label in ("Contributors: ", "**Contributor:** "):
        _, report = built(FRONT + STORY + label + "Jane Roe and Ivo Renk contributed reporting from Kelby.\n")
        assert "Ivo Renk contributed reporting" in body_text(report), label
        assert "Ivo Renk" not in str(report.author_note or ""), label
