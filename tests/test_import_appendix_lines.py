"""A paper's appendix, as a PDF's text gives it: its label ('APPENDIX', 'Appendix A: Crossing figures', a capitals' label
with the title run in) over the short lines of a chart or a list. One section: the table's rows kept as set (one
preformatted block), the list's lines plain lines, never a heading each; a heading over prose after it is the next part."""

from __future__ import annotations

import re

from dossier.importer import import_text

TOP = (
    "Tides and Tithes: the delta parishes\n\n"
    "Ola Brenn, Varn University\n\n"
    "The parishes' part in the dyke dispute is widely acknowledged by the delta's councils and by the river press.\n\n"
    "Their role in the quarrel was large and varied, and the quarrel itself was long and bitter for all the towns.\n\n"
    "Conclusion\n\n"
    "The quarrel is not over, and the councils meet again in the spring to decide what they ask of the dyke board.\n\n"
)
TABLE = "Year  Crossings  Pilots\n\n2001  3,120  842\n\n2002  2,950  701\n\n2003  1,400  310\n"
LIST = "Delta Ferry Board\n\nNorth Quay Pilots\n\nIsland Boats Company\n\nVarn Dyke Trust\n"
ACKNOWLEDGEMENTS = "\nAcknowledgements\n\nThe author thanks the delta archive and the two readers whose comments made this paper a better one.\n"


def imported(tail: str) -> str:
    return import_text(TOP + tail, "paper.txt").markdown


def headings(markdown: str) -> list[str]:
    return re.findall(r"^#+ (.*)$", markdown, re.M)


def test_an_appendixs_table_is_one_block_under_its_label() -> None:
    markdown = imported("Appendix A: Crossing figures\n\n" + TABLE)
    assert headings(markdown) == ["Conclusion", "Appendix A: Crossing figures"]
    assert "```\nYear  Crossings  Pilots\n2001  3,120  842\n2002  2,950  701\n2003  1,400  310\n```" in markdown


def test_a_table_under_a_bare_label_in_capitals_is_one_block() -> None:
    markdown = imported("APPENDIX\n\n" + TABLE)
    assert headings(markdown) == ["Conclusion", "APPENDIX"] and "```\nYear  Crossings  Pilots\n2001" in markdown


def test_an_appendixs_list_lines_are_no_headings() -> None:
    markdown = imported("APPENDIX Bodies of the delta councils\n\n" + LIST)
    assert headings(markdown) == ["Conclusion", "APPENDIX Bodies of the delta councils"]
    assert "North Quay Pilots" in markdown and "Varn Dyke Trust" in markdown


def test_a_heading_over_prose_after_the_appendix_is_the_next_part() -> None:
    """Near miss: 'Acknowledgements' over its paragraph ends the appendix's lines and stays a heading."""
    markdown = imported("Appendix A: Crossing figures\n\n" + TABLE + ACKNOWLEDGEMENTS)
    assert headings(markdown)[-1] == "Acknowledgements"


def test_a_sentence_naming_an_appendix_stays_a_paragraph() -> None:
    """Near miss: a sentence that cites the appendix is no label of one."""
    markdown = imported("Appendix A sets out the crossing figures for each year.\n\n" + LIST)
    assert "## Appendix A" not in markdown


def test_the_same_lines_outside_an_appendix_are_left_as_they_were() -> None:
    """Near miss: with no appendix's label over them, the lines are read as before (the rule keeps to appendices)."""
    before = imported("Crossing figures\n\n" + TABLE)
    assert "```" not in before


PROSE = "The parishes met the dyke board at the spring council and asked again for the crossing figures of each year.\n\n"


def test_a_references_heading_after_the_appendix_ends_it() -> None:
    """Near miss: the back matter's heading over its short entries is no chart line of the appendix."""
    markdown = imported(
        "Appendix A: Crossing figures\n\n" + TABLE + "\nReferences\n\nBrenn, O. (2001). Tides. Varn Press.\n\nKvale, T. (2003). Dykes. Delta Press.\n"
    )
    assert headings(markdown)[-1] == "References"


def test_a_section_over_its_subsection_after_an_appendix_label_stays_two_headings() -> None:
    """Near miss: 'Methods' over 'Sampling' over prose is a section and its subsection, never a chart's lines."""
    markdown = imported("Appendix A: Crossing figures\n\n" + TABLE + "\nMethods\n\nSampling\n\n" + PROSE)
    assert headings(markdown)[-2:] == ["Methods", "Sampling"]


def test_a_contents_line_naming_the_appendix_is_no_heading() -> None:
    """Near miss: the contents list's 'Appendix A: …' line (the label is repeated where the appendix stands) stays a line."""
    markdown = imported(
        "Contents\n\nThe dyke board\n\nAppendix A: Crossing figures\n\nThe dyke board\n\n" + PROSE + "Appendix A: Crossing figures\n\n" + TABLE
    )
    assert headings(markdown).count("Appendix A: Crossing figures") == 1


def test_a_label_over_prose_leaves_the_headings_after_it() -> None:
    """Near miss: a short 'Annex …' line over a paragraph opens no chart: the headings after it keep their levels."""
    markdown = imported("Annex two villages to the town\n\n" + PROSE + "Findings\n\nOne\n\nTwo\n\n" + PROSE)
    assert "## Findings" in markdown and "### One" in markdown and "### Two" in markdown
