"""A saved page's notes set in one paragraph, a line each parted by <br> ('<p>1. …<br>2. …<br>3. …</p>'): each line is a
note of its own, its key the one it opens with; a line with no key runs on the note above. A paragraph of the text with
numbered lines, or a note whose lines are not a run of keys, is left as it is."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>Quay Review</title></head><body><article><h1>Quay Review</h1>"
TEXT = (
    "<p>The quay trust met on the slipway twice this year, and the borough said the repairs ran late.<sup>1</sup> "
    "The boatmen blamed the silt in the basin.<sup>2</sup> The trust agreed with them.<sup>3</sup></p>"
    "<p>The borough will meet again in the spring to hear the auditors on the cost of the works.</p>"
)


def body(notes: str, label: str = "<h2>Notes</h2>") -> str:
    page = HEAD + TEXT + label + notes + "</article></body></html>"
    return import_page(read_saved_page(page.encode(), "quay.html"), "quay.html").markdown.split("+++")[2]


def test_notes_a_line_each_in_one_paragraph_are_notes_each() -> None:
    markdown = body(
        "<p>1. Quay Trust, Yearly Report 2019, p. 4.<br>2. Boatmen's Union, letter to the borough, 3 May 2019.<br>3. Minutes of the trust, 12 June 2019.</p>"
    )
    assert "[^1]: Quay Trust, Yearly Report 2019, p. 4.\n" in markdown
    assert "[^2]: Boatmen's Union, letter to the borough, 3 May 2019.\n" in markdown
    assert "[^3]: Minutes of the trust, 12 June 2019." in markdown
    assert "the silt in the basin.[^2] The trust agreed with them.[^3]" in markdown


def test_bracketed_keys_and_a_wrapped_line_run_on_the_note_above() -> None:
    markdown = body(
        "<p>[1] Quay Trust, Yearly Report 2019, p. 4.<br/>\n[2] Boatmen's Union, letter to the borough,<br>3 May 2019.<br>\n"
        "[3] Minutes of the trust, 12 June 2019.</p>"
    )
    assert "[^2]: Boatmen's Union, letter to the borough, 3 May 2019.\n" in markdown
    assert "[^3]: Minutes of the trust, 12 June 2019." in markdown


def test_superscript_keys_a_line_each_under_a_plain_notes_paragraph() -> None:
    markdown = body(
        "<p><sup>1</sup> Quay Trust, Yearly Report 2019.<br><sup>2</sup> Boatmen's Union, letter.<br><sup>3</sup> Minutes of the trust.</p>",
        label="<p>Notes</p>",
    )
    assert "[^1]: Quay Trust, Yearly Report 2019.\n" in markdown
    assert "[^3]: Minutes of the trust." in markdown


def test_a_notes_lines_that_are_no_run_of_keys_stay_one_note() -> None:
    # near miss: one note listing three reports under its own key, the sub-items keyed i, ii
    markdown = body(
        "<p>1. Quay Trust, Yearly Report 2019.</p><p>2. Boatmen's Union, letter.</p>"
        "<p>3. Three reports of the trust:<br>i. Silt, 2017.<br>ii. Slipway, 2018.</p>"
    )
    assert "[^3]: Three reports of the trust: i. Silt, 2017. ii. Slipway, 2018." in markdown


def test_numbered_lines_in_the_texts_own_paragraph_stay_in_it() -> None:
    page = (
        HEAD + "<p>The trust asked the borough for two things:<br>1. Dredge the basin before the winter.<br>2. Publish the contracts.</p>"
        "<p>The borough will meet again in the spring to hear the auditors on the cost of the works.</p></article></body></html>"
    )
    markdown = import_page(read_saved_page(page.encode(), "quay.html"), "quay.html").markdown
    assert "two things: 1. Dredge the basin before the winter. 2. Publish the contracts." in markdown
    assert "[^" not in markdown


LINKED_TEXT = (
    "<p>The quay trust met on the slipway twice this year, and the borough said the repairs ran late.<a href='#fn1'><sup>1</sup></a> "
    "The boatmen blamed the silt in the basin.<a href='#fn2'><sup>2</sup></a> The trust agreed.<a href='#fn3'><sup>3</sup></a></p>"
    "<p>The borough will meet again in the spring to hear the auditors on the cost of the works.</p>"
)


def linked(notes: str) -> str:
    page = HEAD + LINKED_TEXT + "<h2>Notes</h2>" + notes + "</article></body></html>"
    return import_page(read_saved_page(page.encode(), "quay.html"), "quay.html").markdown.split("+++")[2]


def test_linked_notes_under_a_notes_heading_keep_the_first_notes_text() -> None:
    for anchors in (
        "<p><a id='fn1'></a>1. Quay Trust, Yearly Report 2019.<br><a id='fn2'></a>2. Boatmen's Union, letter.<br><a id='fn3'></a>3. Minutes of the trust.</p>",
        "<p><a id='fn1'>1.</a> Quay Trust, Yearly Report 2019.<br><a id='fn2'>2.</a> Boatmen's Union, letter.<br><a id='fn3'>3.</a> Minutes of the trust.</p>",
    ):
        markdown = linked(anchors)
        assert "[^1]: Quay Trust, Yearly Report 2019.\n" in markdown
        assert "[^2]: Boatmen's Union, letter.\n" in markdown and "[^3]: Minutes of the trust." in markdown
        assert "ran late.[^1] The boatmen blamed the silt in the basin.[^2] The trust agreed.[^3]" in markdown
