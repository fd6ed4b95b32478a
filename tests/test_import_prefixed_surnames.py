"""A surname whose prefix runs on into a capital ('McAdam', 'MacLeod', 'DeVane', 'LeVine', 'LaRue', 'VanDyke') is a
person's name as any other: the byline under the date line, the writer named over her note under a journal's issue line."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays.",
    "“We need this,” said Mayor Ann Bell, who has pushed for the ferries since her election.",
]


def authors_of(lines: list[str]) -> list[str]:
    markdown = import_text("\n\n".join(lines) + "\n", "post.txt").markdown
    header = markdown.split("+++")[1]
    return [line.split('"')[1] for line in header.splitlines() if line.startswith("name = ")]


def test_a_prefixed_surname_under_the_date_line() -> None:
    for name in ("Lena McAdam", "Tom MacLeod", "Jane LeVine", "Ivo DeVane"):
        assert authors_of(["Harbour ferries go electric", "2019-01-18", name, *STORY]) == [name], name


def test_writers_over_their_notes_under_a_journal_issue_line() -> None:
    """Each name over the note opening on it ('Dr. Lena McAdam is …'): both are the authors, not the first alone."""
    lines = ["Ferries and the harbour economy", "The Harbour Quarterly", "Volume 12 Number 3, Article 4", "Winter 11-17-2021"]
    lines += ["Lena McAdam", "Dr. Lena McAdam is a lecturer in maritime history at the Harbour Institute of Maritime Studies."]
    lines += ["Tom Eyre", "Dr. Tom Eyre is a research fellow at the Harbour Institute of Maritime Studies and an editor of the quarterly."]
    assert authors_of(lines + STORY) == ["Lena McAdam", "Tom Eyre"]


def test_a_line_of_a_menu_under_the_date_is_no_byline() -> None:
    assert authors_of(["Harbour ferries go electric", "2019-01-18", "Business News", *STORY]) == []


def test_a_brand_or_a_place_under_the_date_is_no_byline() -> None:
    """A prefixed word is a surname only after a given name the lists hold: 'Apple MacBook', 'Delta LaGuardia' under the
    date line are a tech site's product line and a travel site's category, no writer."""
    for line in ("Apple MacBook", "Gaming MacBook", "Reviews MacBook", "Delta LaGuardia"):
        assert authors_of(["Harbour ferries go electric", "2019-01-18", line, *STORY]) == [], line


def test_an_unlisted_given_name_its_closing_note_names() -> None:
    """'Ewan MacAlder' over the date line, his given name in no list: the writer where the closing note opens on him."""
    note = "Ewan MacAlder is a research fellow at the Harbour Institute of Maritime Studies."
    assert authors_of(["Harbour ferries go electric", "Ewan MacAlder", "2019-01-18", *STORY, note]) == ["Ewan MacAlder"]
    assert (
        note
        not in import_text("\n\n".join(["Harbour ferries go electric", "Ewan MacAlder", "2019-01-18", *STORY, note]) + "\n", "p.txt").markdown.split(
            "+++"
        )[2]
    )
    assert authors_of(["Harbour ferries go electric", "Ewan MacAlder", "2019-01-18", *STORY]) == []
