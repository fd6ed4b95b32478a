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
    assert "[^2]: John Doe, “Basins,” Quay Review, accessed 17 June 2020, https://example.org/basins.\n" in markdown


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
