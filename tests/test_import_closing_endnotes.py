"""A think-tank paper's endnotes listed under its text with no Notes heading ('1. For an overview, see …'), cited by
numbers glued to its words ('sustained it.1'); a quoted passage the author numbered ('[1] in the history of …') cites
nothing; and a closing numbered list of points stays the text's list."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

HEAD = "# Tides over the Varn Estuary\n\nOla Brenn, Visiting Fellow, Centre for Estuary Studies\n\n"
NOTES = [
    "For a survey, see Edda Lun, The Estuary Decades (Port Sel: Heron Books, 2020).",
    "I keep the council's own spelling of the river's name.",
    "Sorvik, Collected Addresses II, 31.",
    "Sorvik, Collected Addresses II, 88.",
    "See Ivo Tamm, “After the Dykes,” Estuary Review, June 2023.",
]


def paper(body: str, notes: list[str] = NOTES, between: dict[int, str] | None = None, tail: str = "") -> str:
    listed = []
    for number, note in enumerate(notes, start=1):
        listed.append(f"{number}. {note}")
        if between and number in between:
            listed.append(between[number])
    return HEAD + body + "\n\n" + "\n\n".join(listed) + "\n" + tail


BODY = (
    "The first Halden cabinet began a long quarrel with the delta towns, and the cabinet after it kept it going.1 Nobody "
    "yet knows how the Delta League (DL)2 will read the quarrel under its new chair.3\n\n"
    "# The Quarrel\n\n"
    "In a speech on 4 June 2021, Governor Pia Sorvik said: “The dykes have never been stronger.”4 Her rivals doubt it.5"
)


def markdown_of(text: str, name: str = "paper.md") -> str:
    return import_text(text, name).markdown


def test_a_closing_numbered_list_cited_by_glued_numbers_is_the_notes_list() -> None:
    markdown = markdown_of(paper(BODY))
    assert "kept it going.[^1]" in markdown and "(DL)[^2]" in markdown and "stronger.”[^4]" in markdown
    assert "[^5]: See Ivo Tamm, “After the Dykes,” Estuary Review, June 2023." in markdown
    assert "\n1. For a survey" not in markdown and "\n5. See Ivo Tamm" not in markdown  # no list in the text


def test_a_plain_text_copy_of_the_paper_too() -> None:
    text = paper(BODY.replace("# The Quarrel", "The Quarrel")).replace("# Tides", "Tides")
    markdown = markdown_of(text, "paper.txt")
    assert "kept it going.[^1]" in markdown and "[^3]: Sorvik, Collected Addresses II, 31." in markdown


def test_a_note_wrapped_over_lines_and_its_further_paragraphs_stay_with_it() -> None:
    notes = [*NOTES]
    notes[0] = "\n".join(textwrap.wrap("For a survey of the long quarrel, see " + NOTES[0][len("For a survey, see ") :] + " and its sequel.", 40))
    between = {3: "“We shall hold the line at the dykes, whatever the towns say,” he told the council that winter."}
    markdown = markdown_of(paper(BODY, notes, between))
    assert "[^1]: For a survey of the long quarrel, see Edda Lun, The Estuary Decades" in markdown and "and its sequel." in markdown
    assert "[^3]: Sorvik, Collected Addresses II, 31. “We shall hold the line" in markdown
    body = markdown.split("[^1]:")[0]
    assert "We shall hold the line" not in body  # a note's quotation is no paragraph of the text, credited to nobody in it


def test_a_number_the_export_ran_into_the_note_above_leaves_the_list_whole() -> None:
    notes = [*NOTES]
    notes[1] = NOTES[1] + " 3. " + NOTES[2]
    del notes[2]  # 3 now inside 2: the list reads 1, 2, 4, 5 under its numbers … renumber the last two
    text = paper(BODY).split("\n\n1. ")[0] + "\n\n" + "\n\n".join(f"{n}. {t}" for n, t in zip((1, 2, 4, 5), notes, strict=True)) + "\n"
    markdown = markdown_of(text)
    assert "[^5]: See Ivo Tamm" in markdown and "[^1]: For a survey" in markdown


def test_a_quoted_passage_the_author_numbered_cites_no_note() -> None:
    body = (
        "The first Halden cabinet began a long quarrel with the delta towns, and the cabinet after it kept it going.1 "
        "Governor Sorvik closed her address with this passage [numbers added]:\n\n"
        "The dykes are, [1] for the towns of the delta, a matter of life. [2] For the region and [3] for the kingdom, they "
        "are a matter of pride.2\n\n# The Quarrel\n\nHer rivals doubt it.3"
    )
    markdown = markdown_of(paper(body, NOTES[:3]))
    assert "are, [1] for the towns" in markdown and "[2] For the region" in markdown
    assert "a matter of pride.[^2]" in markdown and "kept it going.[^1]" in markdown and "doubt it.[^3]" in markdown


def test_bracketed_markers_in_several_paragraphs_stay_the_markers() -> None:
    body = "The cabinet kept the quarrel going. [1]\n\nThe league will read it anew. [2]\n\n# The Quarrel\n\nHer rivals doubt it. [3]"
    markdown = markdown_of(paper(body, NOTES[:3]))
    assert "going. [^1]" in markdown and "[^3]: Sorvik" in markdown


def test_a_closing_list_of_points_with_no_glued_numbers_stays_a_list() -> None:
    body = "The council weighed three ways to pay for the dykes.\n\n# Recommendations\n\nThe centre recommends that the council:"
    points = ["Raise the harbour toll by a tenth.", "Sell the old pumping station.", "Ask the kingdom for a loan over ten years."]
    markdown = markdown_of(paper(body, points))
    assert "1. Raise the harbour toll" in markdown and "[^" not in markdown


def test_figures_and_years_are_no_glued_markers_of_a_closing_list() -> None:
    body = (
        "Tolls rose by 4.5 percent in 2021. Section 2.3 of the charter sets them.\n\n# Recommendations\n\n"
        "The toll stood at 12 crowns in May 2020, and 13 crowns in May 2021."
    )
    points = ["Raise the harbour toll by a tenth.", "Sell the old pumping station.", "Ask the kingdom for a loan over ten years."]
    markdown = markdown_of(paper(body, points))
    assert "1. Raise the harbour toll" in markdown and "[^" not in markdown


def test_notes_numbered_without_a_stop_as_a_pdf_text_prints_them() -> None:
    text = paper(BODY.replace("# The Quarrel", "The Quarrel")).replace("# Tides", "Tides")
    text = "\n\n".join(part[: part.index(".")] + part[part.index(".") + 1 :] if part[:1].isdigit() else part for part in text.split("\n\n"))
    markdown = markdown_of(text, "paper.txt")
    assert "kept it going.[^1]" in markdown and "[^2]: I keep the council's own spelling" in markdown
