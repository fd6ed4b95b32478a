"""An essay page's widgets and head set in heading type: video boxes, hashtag prompts, captions set as block quotes, a
byline in an <h3> between the subtitle and the dek."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>Untitled Document</title></head><body>"
TOP = (
    "<h1>The Quiet Ledger</h1><h2>Money, Ports, and the Pursuit of Smugglers</h2><h3>Helen Venn, Jr.</h3>"
    "<h3>Three officials disagree about how far customs audits should reach</h3><p>May 3, 2019</p>"
)
ONE = '<p>When the port inspector Talia Brennick opened the first crate, she found nothing but paper. "We expected rifles," Brennick said.</p>'
TWO = '<p>The audit office disagreed. Its director, Piet Salander, called the search "a waste of a morning," and the board agreed.</p>'
THREE = '<p>By autumn the audit had widened to every port on the coast. "Every invoice is a story," Salander told reporters.</p>'
VIDEO = (
    '<div id="ch1video"><h3>WORDS FROM THE AUTHOR</h3><div onclick="play1();" title="Play Video"><img src="still1.jpg" alt="Play Video"></div></div>'
)
PROMPT = '<div class="chatter"><h3>WORD ON THE STREET...</h3><blockquote>Share your opinions using hashtag #LedgerView</blockquote></div>'


def read(body: str) -> tuple[str, str, list[str]]:
    result = import_page(read_saved_page((HEAD + body + "</body></html>").encode(), "ledger.html"), "ledger.html")
    _, head, text = result.markdown.split("+++", 2)
    return head, text, [p.message for p in result.problems]


def test_video_boxes_and_hashtag_prompts_are_furniture() -> None:
    _, text, _ = read(TOP + ONE + VIDEO + TWO + PROMPT + "<h2>The Long Audit</h2>" + THREE)
    assert "WORDS FROM THE AUTHOR" not in text and "WORD ON THE STREET" not in text
    assert "#LedgerView" not in text
    assert "## The Long Audit" in text and "Piet Salander" in text


def test_a_box_with_a_heading_over_prose_stays_a_section() -> None:
    # near miss: a heading in a box over the report's own paragraph, and a sentence that names a hashtag
    tagged = "<p>Dock workers shared photographs using the hashtag #LedgerView, which trended for two days.</p>"
    _, text, _ = read(TOP + ONE + '<div class="chapter"><h3>The Second Crate</h3>' + TWO + "</div>" + tagged)
    assert "## The Second Crate\n" in text
    assert "hashtag #LedgerView, which trended" in text


def test_a_heading_alone_in_a_box_named_for_a_video_stays_a_section() -> None:
    # near miss: a section's heading in a box whose class names a video, the section's text after the box
    _, text, _ = read(TOP + ONE + '<div class="video-essay-head"><h2>The Second Crate</h2></div>' + TWO + THREE)
    assert "## The Second Crate\n" in text


def test_a_short_line_quoted_beside_a_picture_is_its_caption() -> None:
    figure = (
        '<div><img src="charter.png" alt="charter"><blockquote>The Harbour Charter<br>'
        '<a href="https://example.org/archive">County Archive</a></blockquote></div>'
    )
    _, text, _ = read(TOP + ONE + figure + TWO)
    assert ":::{figure}\n:credit: County Archive\n\nThe Harbour Charter\n:::" in text
    assert "> The Harbour Charter" not in text


def test_a_quotation_beside_a_picture_stays_a_quotation() -> None:
    # near miss: someone's words set beside their portrait are a block quote, not a caption
    figure = '<div><img src="brennick.png" alt="Talia Brennick"><blockquote>"We expected rifles, and we found paper."</blockquote></div>'
    _, text, _ = read(TOP + ONE + figure + TWO)
    assert '> "We expected rifles, and we found paper."' in text


def test_a_byline_heading_between_subtitle_and_dek() -> None:
    head, text, problems = read(TOP + ONE + TWO)
    assert 'title = "The Quiet Ledger: Money, Ports, and the Pursuit of Smugglers"' in head
    assert 'name = "Helen Venn, Jr."' in head
    assert 'summary = "Three officials disagree about how far customs audits should reach"' in head
    assert "### " not in text and "Helen Venn" not in text
    assert not any("no author found" in p for p in problems)


def test_headings_over_the_text_with_no_name_among_them_stay_sections() -> None:
    # near miss: an abstract's headings under the headline ("Recent Findings" is two capitalised words, no name)
    _, text, _ = read("<h1>The Quiet Ledger</h1><h2>Abstract</h2><h3>Recent Findings</h3>" + ONE + "<h3>Summary</h3>" + TWO)
    assert "## Abstract" in text and "### Recent Findings" in text
    # nor a word a given name's ending might suggest ("Norlandia Tariffs": the lists are read, not the ending in -a)
    _, text, _ = read("<h1>The Quiet Ledger</h1><h2>Abstract</h2><h3>Norlandia Tariffs</h3>" + ONE + "<h3>Summary</h3>" + TWO)
    assert "### Norlandia Tariffs" in text


def test_a_byline_heading_whose_given_name_no_list_knows() -> None:
    top = TOP.replace("Helen Venn, Jr.", "Orla Quennell")
    head, text, problems = read(top + ONE + TWO)
    assert 'name = "Orla Quennell"' in head
    assert "### " not in text and "Orla Quennell" not in text
    assert not any("no author found" in p for p in problems)


def test_a_subhead_between_subtitle_and_dek_whose_words_the_text_uses_stays() -> None:
    # near miss: 'Paper Crates' between the subtitle and the dek is written 'paper' and 'crates' in the text: no name
    top = TOP.replace("Helen Venn, Jr.", "Paper Crates")
    crates = "<p>The crates held paper, and the paper held the ledger's numbers for the whole coast.</p>"
    head, text, _ = read(top + ONE + crates + TWO)
    assert 'name = "Paper Crates"' not in head
    assert "Paper Crates" in text
