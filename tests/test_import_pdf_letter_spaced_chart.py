"""In a PDF's text, a chart's labels and axes letter-spaced by its text layer ('F i g u r e O n e : H a r b o u r s',
'S a m p o r t', 'P N G', 'R 2 = 0 . 4 7 5 3', '6 0 0') and the short labels set with them ('GDP per capita') are
the chart's text, left out with the furniture: no paragraphs, no headings. Near misses: one letter-spaced heading
('C O N T E N T S'), 'Q & A', and a text with no pages keep their lines. Passages of our own."""

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
    "P N G\n"
    "Q u a y t o n\n"
    "R 2 = 0 . 4 7 5 3\n"
    "6 0 0\n"
    "8 0 0\n"
    "B o a r d s p e r p o r t\n"
    "GDP per capita\n\n"
)


def paper(middle: str, paged: bool = True) -> str:
    page = ("\f{}\n" if paged else "\n").format
    return "HARBOURS OF ARCADIA\n\nJane Roe\n\n" + page(2) + "Introduction\n\n" + PROSE + middle + PROSE + page(3) + PROSE + PROSE


def test_a_charts_letter_spaced_text_is_left_out() -> None:
    result = import_text(paper(CHART), "paper.txt")
    body = result.markdown.split("+++")[-1]
    for line in ("P N G", "S a m p o r t", "R 2 = 0", "6 0 0", "GDP per capita", "F i g u r e"):
        assert line not in body
    assert "## " + "P N G" not in result.markdown and "GDP per capita" not in result.markdown
    assert "the survey." in body and len(result.dropped["a chart's letter-spaced text"]) == 9


def test_a_spaced_heading_q_and_a_and_a_text_with_no_pages_keep_their_lines() -> None:
    markdown = import_text(paper("C O N T E N T S\n\n" + PROSE + "\nQ & A\n\n"), "paper.txt").markdown
    assert "C O N T E N T S" in markdown and "Q & A" in markdown
    assert "P N G" in import_text(paper(CHART, paged=False), "paper.txt").markdown
