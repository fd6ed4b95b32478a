"""A journal article's endnotes copied as plain text under 'NOTES' ('1. …' to the last): a note citing a work again by its
short title alone ('4. “After the Dykes.”'), short enough to look like a numbered heading, keeps the list whole; the
numbers glued after an acronym's stop ('the DL.2'), a closing bracket ('(see figure 2).3') and a year ('in May
2021.4') are its markers, read by their order; a note whose marker the copy lost is named in the dry run."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Tides over the Varn Estuary\n\nBy Ola Brenn\n\nMarch 3, 2023\n\n"
BODY = (
    "The first Halden cabinet began a long quarrel with the delta towns, and the cabinet after it kept it going.1 Nobody "
    "yet knows how the Delta League will read the quarrel under the new chair of the DL.2\n\n"
    "THE QUARREL\n\n"
    "The dykes of the north bank were raised twice (see figure 2).3 The works were finished in May 2021.4 Her rivals "
    "doubt the figures the council gives for them.5 The towns say the same of the dredging.6"
)
NOTES = [
    "Edda Lun, The Estuary Decades (Port Sel: Heron Books, 2020), p. 4.",
    "Ivo Tamm, “After the Dykes,” Estuary Review, 4 June 2023.",
    "Varn Council, Annual Works Report (Port Sel: Varn Council, 2022), p. 19.",
    "“After the Dykes.”",
    "Ibid.",
    "Ola Brenn, “Dredging the Varn,” Delta Weekly, 9 May 2022, deltaweekly.example/.",
]


def paper(body: str = BODY, notes: list[str] = NOTES) -> str:
    listed = "\n".join(f"{number}. {note}" for number, note in enumerate(notes, start=1))
    disclaimer = "The views in this article are the author's own and not those of the Varn Council."
    return HEAD + body + "\n\nNOTES\n" + disclaimer + "\n\n" + listed + "\n"


def test_a_short_title_note_keeps_the_notes_list_whole() -> None:
    result = import_text(paper(), "paper.txt")
    assert "[^4]: “After the Dykes.”" in result.markdown
    assert "[^6]: Ola Brenn, “Dredging the Varn,”" in result.markdown
    assert "\n4. “After the Dykes.”" not in result.markdown  # no heading, no list item
    assert not any("numbers are taken out of the words" in p.message for p in result.problems)


def test_markers_after_an_acronym_a_bracket_and_a_year_are_read_by_their_order() -> None:
    markdown = import_text(paper(), "paper.txt").markdown
    assert "the chair of the DL.[^2]" in markdown.replace("new chair", "chair")
    assert "(see figure 2).[^3]" in markdown
    assert "in May 2021.[^4] Her rivals" in markdown


def test_a_note_whose_marker_the_copy_lost_is_named() -> None:
    result = import_text(paper(BODY.replace("dredging.6", "dredging.")), "paper.txt")
    assert "[^6]: Ola Brenn" in result.markdown  # the list is still the notes
    assert any(p.message == "note 6 is defined but never cited" for p in result.problems)


def test_a_closing_list_of_points_with_a_quoted_item_stays_a_list() -> None:
    points = ["Raise the dykes.", "Dredge the channel.", "“Ask the towns.”"]
    text = HEAD + BODY.replace("1 Nobody", " Nobody").replace(".2", ".").replace(".3", ".").replace(".4", ".").replace(".5", ".").replace(".6", ".")
    text += "\n\nThe council recommends three things.\n\n" + "\n".join(f"{n}. {p}" for n, p in enumerate(points, start=1)) + "\n"
    markdown = import_text(text, "paper.txt").markdown
    assert "[^" not in markdown


def test_a_long_subhead_between_paragraphs_ending_on_their_markers_stays_a_subhead() -> None:
    subhead = "THE NORTH BANK: WHERE THE COUNCIL RAISED THE DYKES TWICE IN TEN YEARS"
    long_paragraph = "The works on the north bank began in the spring and ran over budget for three seasons in a row, the towns say.3"
    body = BODY.replace("(see figure 2).3", f"(see figure 2).\n\n{subhead}\n\n{long_paragraph}")
    markdown = import_text(paper(body), "paper.txt").markdown
    assert f"## {subhead}" in markdown


def test_the_disclaimer_under_the_notes_heading_is_the_editors_note_and_no_section() -> None:
    result = import_text(paper(), "paper.txt")
    assert ":::{editorial}\nThe views in this article are the author's own" in result.markdown
    assert "## NOTES" not in result.markdown and not any("NOTES" in line for line in result.summary if line.startswith("sections"))


def test_a_section_over_the_notes_list_keeps_its_heading() -> None:
    text = paper().replace("NOTES\n", "THE TOWNS\n\nThe towns have written to the council twice this year about the dykes.\n\n")
    text = text.replace("The views in this article are the author's own and not those of the Varn Council.\n\n", "")
    result = import_text(text, "paper.txt")
    assert "## THE TOWNS" in result.markdown and ":::{editorial}" not in result.markdown
