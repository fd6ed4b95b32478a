"""In a PDF's text, a chart's labels and axes letter-spaced by its text layer ('F i g u r e O n e : H a r b o u r s',
'S a m p o r t', 'K V T', 'R 2 = 0 . 4 7 5 3', '6 0 0') and the short labels set between them ('Tonnage per berth')
are the chart's text, left out with the furniture: no paragraphs, no headings. Near misses: one letter-spaced heading
('C O N T E N T S'), 'Q & A', a text with no pages, a cover's letter-spaced title before any prose, and a heading
closing the run with its paragraph under it keep their lines. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

PROSE = (
    "The harbours of Arcadia vary widely in how well they are run, and the number of boards on each\n"
    "quay explains most of the difference between the western ports and the eastern ones today.\n"
)
CHART = (
    "Figure One compares the number of boards with the income of the ports across the seven\n"
    "harbours of the western and the eastern coasts over the last ten years of the survey.\n"
    "F i g u r e O n e : H a r b o u r s a n d I n c o m e\n"
    "S a m p o r t\n"
    "K V T\n"
    "Q u a y t o n\n"
    "R 2 = 0 . 4 7 5 3\n"
    "6 0 0\n"
    "Tonnage per berth\n"
    "8 0 0\n"
    "B o a r d s p e r p o r t\n\n"
)


def paper(middle: str, paged: bool = True) -> str:
    page = ("\f{}\n" if paged else "\n").format
    return "HARBOURS OF ARCADIA\n\nJane Roe\n\n" + page(2) + "Introduction\n\n" + PROSE + middle + PROSE + page(3) + PROSE + PROSE


def test_a_charts_letter_spaced_text_is_left_out() -> None:
    result = import_text(paper(CHART), "paper.txt")
    body = result.markdown.split("+++")[-1]
    for line in ("K V T", "S a m p o r t", "R 2 = 0", "6 0 0", "Tonnage per berth", "F i g u r e"):
        assert line not in body
    assert "## " + "K V T" not in result.markdown and "Tonnage per berth" not in result.markdown
    assert "the survey." in body and len(result.dropped["a chart's letter-spaced text"]) == 9


def test_a_spaced_heading_q_and_a_and_a_text_with_no_pages_keep_their_lines() -> None:
    markdown = import_text(paper("C O N T E N T S\n\n" + PROSE + "\nQ & A\n\n"), "paper.txt").markdown
    assert "C O N T E N T S" in markdown and "Q & A" in markdown
    assert "K V T" in import_text(paper(CHART, paged=False), "paper.txt").markdown


def test_a_covers_letter_spaced_title_and_a_heading_under_a_chart_are_kept() -> None:
    cover = "Y E A R\nB O O K\n2 0 3 1\nNorthport Quay Trust\n\n" + PROSE
    axis = "\n1 9 9 0\n2 0 0 0\n2 0 1 0\nBerth charges\n" + PROSE
    result = import_text(cover + "\f2\n" + PROSE + axis + "\f3\n" + PROSE + PROSE, "paper.txt")
    assert "Y E A R" in result.markdown and "Northport Quay Trust" in result.markdown
    assert "Berth charges" in result.markdown.split("+++")[-1]
    assert result.dropped["a chart's letter-spaced text"] == ["1 9 9 0", "2 0 0 0", "2 0 1 0"]
