"""A numbered note stopped mid-sentence at the line's end, the line under it opening with a day of the month or another
number with no stop ('41. Jane Roe, “Harbour fees,” Harbour Times,' / '21  September 2017, accessed …'): the note goes
on, no new note 21."""

from __future__ import annotations

from dossier.importer import import_text

TEXT = """Harbour Dues in the North

The harbour board counted more barges at the northern locks this autumn than in any season before.1 Its engineers
expect the count to rise again once the second basin opens.2 Shippers who moved grain by rail have begun to book
berths.3

Notes

{notes}
"""


def imported(notes: str) -> tuple[str, list[str]]:
    result = import_text(TEXT.format(notes=notes), "dues.txt")
    return result.markdown, [problem.message for problem in result.problems]


def test_a_day_of_the_month_opening_the_line_goes_on_with_the_note_above() -> None:
    markdown, problems = imported(
        "1. Jane Roe, “Harbour fees,” Harbour Times,\n21  September 2017, accessed 1 May 2020.\n"
        "2. John Doe, “Basins,” Quay Review, 4 May 2019.\n3. Ines Vell, “Grain by rail,” River Post, 2019."
    )
    assert "[^1]: Jane Roe, “Harbour fees,” Harbour Times, 21  September 2017, accessed 1 May 2020.\n" in markdown
    assert "[^21]" not in markdown
    assert not any("defined but never cited" in problem for problem in problems)


def test_a_note_cut_after_accessed_goes_on_with_its_date() -> None:
    markdown, _ = imported(
        "1. Jane Roe, “Harbour fees,” Harbour Times, 2 May 2020.\n2. John Doe, “Basins,” Quay Review, accessed\n"
        "17 June 2020, https://example.org/basins.\n3. Ines Vell, “Grain by rail,” River Post, 2019."
    )
    assert "[^2]: John Doe, “Basins,” Quay Review, accessed 17 June 2020, [https://example.org/basins](<https://example.org/basins>).\n" in markdown


def test_the_next_notes_number_and_a_finished_note_start_anew() -> None:
    markdown, _ = imported(
        "1. Jane Roe, “Harbour fees,” Harbour Times, 2 May 2020.\n2 John Doe, “Basins,” Quay Review, 4 May 2019.\n"
        "3. Ines Vell, “Grain by rail,” River Post, 2019."
    )
    assert "[^2]: John Doe, “Basins,” Quay Review, 4 May 2019.\n" in markdown


def test_a_numbered_heading_over_its_numbered_sub_section_stays_apart() -> None:
    text = (
        "Harbour Dues in the North\n\n4. Evidence\n1 – Governance of the locks\n"
        "The harbour board counted more barges at the northern locks this autumn than in any season before.\n"
    )
    markdown = import_text(text, "dues.txt").markdown
    assert "Evidence 1" not in markdown


def test_a_page_footnote_under_a_numbered_paragraph_stays_apart() -> None:
    """'3. … in the dry months of the year, when the' at a page's foot over its footnote '1 Jane Roe, …': the number
    opens on a name, no day or count the line broke before."""
    lines = [
        "the board has asked for money to widen the gate and to deepen the approach",
        "channel, as its engineers proposed in their last survey of the river.",
    ]
    numbered = [line for key in (1, 2) for line in [f"{key}. The harbour board said that " + lines[0], *lines * 3]]
    page_one = ["HARBOUR REVIEW 2021", *numbered, "3. The tolls were raised in May after the vote of the board, as the"]
    page_one += ["ministry had asked the board to do in the dry months of the year, when the", "1 Jane Roe, Harbour Dues, Harbour Times, 4 May 2019."]
    page_two = ["HARBOUR REVIEW 2021", "water is low and the barges wait for days.", f"4. The harbour board said that {lines[0]}", *(lines * 3)]
    markdown = import_text("\n\f".join("\n".join(page) for page in (page_one, page_two)) + "\n", "review.txt").markdown
    assert "when the 1 Jane Roe" not in markdown


def test_a_numbered_heading_ending_in_lower_case_over_its_sub_section_stays_apart() -> None:
    text = (
        "Harbour Dues in the North\n\n4. Evidence from the ports\n1 – Governance of the locks\n"
        "The harbour board counted more barges at the northern locks this autumn than in any season before.\n"
    )
    assert "ports 1" not in import_text(text, "dues.txt").markdown


def test_a_count_the_line_broke_before_goes_on_with_the_note() -> None:
    markdown, _ = imported(
        "1. Jane Roe, “Harbour fees,” Harbour Times, 2 May 2020.\n2. John Doe counted\n"
        "40 barges a day at the locks, Quay Review, 4 May 2019.\n3. Ines Vell, “Grain by rail,” River Post, 2019."
    )
    assert "[^2]: John Doe counted 40 barges a day at the locks, Quay Review, 4 May 2019.\n" in markdown
