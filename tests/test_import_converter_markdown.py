"""A report's PDF turned into Markdown by a converter (`[^n]` footnotes, `#` headings): what the converter leaves of the
printed page (page numbers, page comments, continued paragraphs) is no part of the report's structure or text."""

from __future__ import annotations

import re

from dossier.importer import import_text

FRONT = '---\ntitle: "Harbour Money: Anatomy of a Collapse"\nauthors: "Dunmore Assembly Committee on Harbours"\ndate: 2019-05-03\n---\n\n'
PARAGRAPH = (
    "The board was set up in 1990 to run the pier, the depot and the ferry, and for most of its life it kept its money in the "
    "town's own bank, under rules the assembly wrote and the auditors checked every spring."
)


def sections(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, re.M)


def test_a_heading_of_hash_marks_and_a_page_number_is_no_section():
    """'# # # v' is a converter's heading for a roman page number and '# # #' the end mark: the '##' chapters stay sections."""
    text = FRONT + f"## COMMITTEE ON HARBOURS\n\n# # # v\n\n## EXECUTIVE SUMMARY\n\n{PARAGRAPH}\n\n# # 12\n\n## BACKGROUND\n\n{PARAGRAPH}\n\n# # #\n"
    result = import_text(text, "harbour.md")
    assert sections(result.markdown) == ["COMMITTEE ON HARBOURS", "EXECUTIVE SUMMARY", "BACKGROUND"]
    assert "# v" not in result.markdown and "\n#\n" not in result.markdown
    assert not re.search(r"^#+ #", result.markdown, re.M)


def test_near_miss_a_heading_of_a_roman_number_alone_stays():
    """Near miss: '# IV' and '# 1990' are a part's number and a year as headings, with no '#' mark in their text."""
    text = FRONT + f"# IV\n\n{PARAGRAPH}\n\n# 1990\n\n{PARAGRAPH}\n"
    assert sections(import_text(text, "harbour.md").markdown) == ["IV", "1990"]


def test_bracketed_numbers_in_an_export_with_its_own_notes_stay_text():
    """'"[0]%-[9]%"' (a tranche quoted with its brackets) and an alteration '[i]t' are the text's own where notes are '[^n]'."""
    text = FRONT + (
        '## SUMMARY\n\nThe offer sheet said that the lowest slice, "[0]%-[9]%," was "committed first loss."[^1] The treasurer '
        'said "[i]t was never sold."[^2]\n\n[^1]: Offer sheet of 10 January 2017.\n\n[^2]: Interview with the treasurer.\n'
    )
    result = import_text(text, "harbour.md")
    assert '"[0]%-[9]%,"' in result.markdown and "[^0]" not in result.markdown and "[^9]" not in result.markdown
    assert 'first loss."[^1]' in result.markdown and '"[i]t was never sold."[^2]' in result.markdown
    assert not [p for p in result.problems if "note 0" in p.message or "note 9" in p.message]


def test_near_miss_bracketed_numbers_are_notes_where_the_export_has_no_footnotes():
    """Near miss: an export without '[^n]' notes cites '[1]' under a Notes heading, read as before."""
    text = FRONT + f"## SUMMARY\n\n{PARAGRAPH} [1]\n\n## Notes\n\n[1] Board accounts, 2007.\n"
    assert "[^1]: Board accounts, 2007." in import_text(text, "harbour.md").markdown


def test_numbered_recommendations_are_no_page_footnotes_in_an_export_with_its_own_notes():
    """Numbered paragraphs between the others ('3. Strengthen Audits. The board should …') are the report's, never a PDF's
    page footnotes, where the export defines its notes as '[^n]' (a converter leaves some markers glued: 'said so.2')."""
    above = " ".join(f"The auditor reported it in year {n}.{n}" for n in range(1, 4))
    steps = "\n\n".join(
        f"{n}. {name}. The board should {verb} before the next season opens."
        for n, name, verb in (
            (1, "Review Ferry Deals", "review every ferry deal"),
            (2, "Narrow Exceptions", "narrow its exceptions"),
            (3, "Strengthen Audits", "strengthen its audits"),
        )
    )
    notes = "\n\n".join(f"[^{n}]: Board minutes, volume {n}." for n in range(1, 4))
    text = FRONT + f"## RECOMMENDATIONS\n\n{above} The report was filed.[^1]\n\n{steps}\n\n{PARAGRAPH}[^2][^3]\n\n{notes}\n"
    result = import_text(text, "harbour.md")
    assert "Strengthen Audits. The board should strengthen its audits" in result.markdown
    assert "[^1]: Board minutes, volume 1." in result.markdown
    assert not [p for p in result.problems if "defined twice" in p.message]


def test_a_lettered_subhead_among_others_is_no_copyright_line():
    """'(c) Loan Fraud' after '(a) …' and '(b) …' is the third lettered subhead; '(c) Harbour Trust 2019' is a copyright line."""
    parts = "\n\n".join(f"({letter}) {name}\n\n{PARAGRAPH}" for letter, name in (("a", "Weak Systems"), ("b", "Risk Layering"), ("c", "Loan Fraud")))
    result = import_text(FRONT + f"## LENDING\n\n{parts}\n\n(c) Harbour Trust 2019\n", "harbour.md")
    assert "(c) Loan Fraud" in result.markdown and "(c) Harbour Trust 2019" not in result.markdown


def test_near_miss_a_lone_c_line_is_still_a_copyright_line():
    """Near miss: '(c) Harbour Trust' with no lettered subheads in the text is the site's copyright line."""
    result = import_text(FRONT + f"## LENDING\n\n{PARAGRAPH}\n\n(c) Harbour Trust\n", "harbour.md")
    assert "(c) Harbour Trust" not in result.markdown


def test_page_marks_are_left_out_and_a_sentence_they_cut_is_whole_again():
    """'%%page 31%%' (Obsidian's hidden comment, a converter's page mark) is no paragraph; a paragraph it cut mid-sentence goes
    on ('… from over $64 million in' / '2002, to over …'), and its second half, repeating a sentence told again later in the
    report, is no pull quote."""
    half = "2002, to over $265 million in 2006, when the auditors first asked for the board's ledgers."
    text = FRONT + (
        f"## SUMMARY\n\nThe board's fees for ferry bonds grew from over $64 million in\n\n%%page 31%%\n\n{half}[^1]\n\n"
        f"The committee found that the board had been warned twice.\n\n%%page 32%%\n\nNeither warning reached the full board.\n\n"
        f"## FEES\n\n{PARAGRAPH} The fees grew from over $64 million in {half}\n\n[^1]: Board accounts, 2007.\n"
    )
    result = import_text(text, "harbour.md")
    assert "%%" not in result.markdown
    assert f"from over $64 million in {half}[^1]" in result.markdown
    assert "warned twice.\n\nNeither warning" in result.markdown  # a finished paragraph stays apart


def test_an_enumerated_subhead_or_a_paragraph_citing_notes_is_no_pull_quote():
    """An enumerated subhead ('(5) How the Board Sold …') or a paragraph citing its notes repeats words the report says
    again elsewhere (its contents, its summary): it is text, never a pull quote."""
    subhead = "(5) How the Board Sold the Depot Bonds to Its Own Pension Fund Without Telling Anyone"
    cited = "The board sold the depot bonds to the town's own pension fund in the spring of 2017 and never told its trustees."
    text = FRONT + (
        f"## SUMMARY\n\n{PARAGRAPH} Part five tells how the Board Sold the Depot Bonds to Its Own Pension Fund Without Telling "
        f"Anyone, as the trustees found.\n\n{PARAGRAPH} {cited} The trustees learned of it a year later from the auditors.\n\n"
        f"## FINDINGS\n\n{PARAGRAPH}\n\n{subhead}\n\n{cited}[^1]\n\n[^1]: Pension fund minutes, 2018.\n"
    )
    body = import_text(text, "harbour.md").markdown.split("+++")[2]
    assert subhead in body and f"\n{cited}[^1]\n" in body


def test_near_miss_a_short_line_repeating_a_sentence_is_still_a_pull_quote():
    """Near miss: a line of its own in sentence case repeating a sentence of the paragraph above, no note cited, is a pull quote."""
    line = "The board sold the depot bonds to the town's own pension fund and never told its trustees."
    other = "The trustees learned of the sale a year later, from the auditors, and asked the assembly for an inquiry."
    text = FRONT + f"## SUMMARY\n\n{PARAGRAPH}\n\n{other} {line} They were not told why.\n\n{line}\n\nThe inquiry opened in May.\n"
    body = import_text(text, "harbour.md").markdown.split("+++")[2]
    assert body.count(line) == 1


def test_a_contents_list_on_dot_leaders_is_left_out_with_its_heading():
    """'## TABLE OF CONTENTS' over entries running on dot leaders to their page numbers (which a converter may turn into
    note markers, '. . . .[^15]'), part labels and page numbers between them: the site's own contents replace it."""
    contents = (
        "## TABLE OF CONTENTS\n\nI. SUMMARY. . . . . . . . . . . . . . . .[^1]\n\n> A. The Ferry Fund . . . . . . . .[^1] "
        "B. The Depot . . . . . . .[^2]\n\nII. LENDING:\n\nCASE STUDY OF THE DEPOT. . . . . . . . . . .[^3]\n\ni\n\n"
    )
    text = (
        FRONT
        + contents
        + f"## SUMMARY\n\n{PARAGRAPH}[^1]\n\n## LENDING\n\n{PARAGRAPH}[^2][^3]\n\n"
        + "\n\n".join(f"[^{n}]: Board minutes, volume {n}." for n in range(1, 4))
    )
    result = import_text(text, "harbour.md")
    body = result.markdown.split("+++")[2]
    assert sections(result.markdown) == ["SUMMARY", "LENDING"]
    assert ". . . ." not in body and "II. LENDING:" not in body


def test_near_miss_a_contents_heading_over_prose_stays():
    """Near miss: a 'Contents' heading over paragraphs with no dot leaders (a chapter on the board's contents) is a section."""
    text = FRONT + f"## Contents\n\n{PARAGRAPH}\n\n## SUMMARY\n\n{PARAGRAPH} Its books were kept apart.\n"
    assert "## Contents" in import_text(text, "harbour.md").markdown
