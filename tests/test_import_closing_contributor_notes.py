"""A story with no byline closed by notes on its contributors, one after another ('Ida Brun is a photographer and
writer based in Northport. …' / 'Tomas Wren is a reporter at the Northport Courier.'), names its authors, but for
one the story names (a person it describes at its end); and a book excerpt's credit closing it ('Excerpted from TITLE by Jane Roe. Copyright © 2024 Jane
Roe.') names its author. Near misses: one such note on a person the story quotes, alone at its end, and a note in the
body, name no author; nor do closing notes on a notice's performers or an obituary's mourners with no word of writing,
nor a credit naming the publisher ('… by Harbour Press', '… published by Quay Books'). Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Saving the Harbour Archive\n\n"
STORY = (
    "When the floods came, the harbour board had no plan for the archive of the lower town, which lay in a basement.\n\n"
    "The archive team began counting what had been saved. “We had to move the whole archive in one night,” Brun "
    "recalls. “Nobody slept.”\n\n"
    "“Nobody had ever measured the damage before,” Brun says. “We had to start from zero.”\n\n"
    "The board has since moved the archive to the old customs house above the harbour, where it opens in May.\n\n"
)
NOTES = (
    "Ida Brun is a photographer and writer based in Northport. Her book on the archive won a regional award.\n\n"
    "Tomas Wren is a reporter at the Northport Courier.\n"
)


def authors(markdown: str) -> list[str]:
    return [line.split('"')[1] for line in markdown.split("+++")[1].splitlines() if line.startswith("name = ")]


def test_a_closing_run_of_contributor_notes_names_the_authors():
    story = STORY.replace("Brun", "the archivist").replace("“Nobody had", "“Nobody has")
    assert authors(import_text(HEAD + story + NOTES, "story.txt").markdown) == ["Ida Brun", "Tomas Wren"]
    assert authors(import_text(HEAD + STORY + NOTES, "story.txt").markdown) == ["Tomas Wren"]  # Brun, quoted, no author


def test_a_book_excerpts_credit_names_its_author():
    credit = "Excerpted from Quay Streets: How We Lost the Harbour by Nadia Okoro. Copyright © 2024 Nadia Okoro. Published by Tidewater Press.\n"
    assert authors(import_text(HEAD + STORY + credit, "story.txt").markdown) == ["Nadia Okoro"]


def test_one_note_on_a_person_the_story_quotes_names_no_author():
    note = "Brun added that the board would pay for the move. Ida Brun is an archivist based in Northport.\n"
    assert authors(import_text(HEAD + STORY + note, "story.txt").markdown) == []


def test_notes_in_the_body_name_no_author():
    story = NOTES + "\n" + STORY
    assert authors(import_text(HEAD + story, "story.txt").markdown) == []


def test_closing_notes_with_no_word_of_writing_name_no_author():
    lineup = "The line-up:\n\nSofie Berg is a singer from the islands.\n\nAnders Vik is a fiddler who has played every year.\n"
    assert authors(import_text(HEAD + STORY + lineup, "story.txt").markdown) == []
    mourners = "He leaves two children.\n\nSofie Berg is a teacher at the harbour school.\n\nAnders Vik is a carpenter on the quay.\n"
    assert authors(import_text(HEAD + STORY + mourners, "story.txt").markdown) == []


def test_an_excerpt_credit_naming_the_publisher_names_no_author():
    for credit in (
        "Excerpted from Quay Streets by Harbour Press. Copyright 2024.\n",
        "Adapted from The Quay, published by Tidewater Books. Copyright 2024.\n",
        "Adapted from The Quay, edited by Nadia Okoro. Copyright 2024.\n",
    ):
        assert authors(import_text(HEAD + STORY + credit, "story.txt").markdown) == [], credit
