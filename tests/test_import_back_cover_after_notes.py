"""The publisher's address on a report's back cover, under the last note (street, telephone and fax, e-mail, website):
page furniture, never the last note's words."""

from __future__ import annotations

from dossier.importer import import_text

TEXT = """Harbour Dues in the North

The harbour board counted more barges at the northern locks this autumn than in any season before.1 Its engineers
expect the count to rise again once the second basin opens.2 Shippers who moved grain by rail have begun to book
berths.3

Notes

1. Jane Roe, “Harbour fees,” Harbour Times, 2 May 2020.
2. John Doe, “Basins,” Quay Review, 4 May 2019.
3. Ines Vell, “Grain by rail,” River Post, 2019.
{tail}"""


def last_note(tail: str) -> tuple[str, list[str]]:
    result = import_text(TEXT.format(tail=tail), "dues.txt")
    line = next(line for line in result.markdown.split("\n") if line.startswith("[^3]:"))
    return line, list(result.dropped.get("publisher's address on the back cover", []))


def test_the_back_covers_address_is_no_part_of_the_last_note() -> None:
    note, dropped = last_note(
        "12 Quay Street, Eastwick 4410, HARBOURLAND\nTel. : +44-20-79460000 Fax : +44-20-79460001\n"
        "E-mail: office@harbour-institute.example\nWebsite: www.harbour-institute.example\n"
    )
    assert note == "[^3]: Ines Vell, “Grain by rail,” River Post, 2019."
    assert "12 Quay Street, Eastwick 4410, HARBOURLAND" in dropped


def test_a_notes_own_lines_with_no_telephone_number_stay_in_it() -> None:
    note, dropped = last_note("Tel Aviv edition, reprinted in Harbour Papers 4 (2020).\n")
    assert note.endswith("River Post, 2019. Tel Aviv edition, reprinted in Harbour Papers 4 (2020).")
    assert dropped == []
