"""A magazine story copied as plain text closes on its notes, each opening on an asterisk: the print issue it ran in
('*This article appears in the May 4, 2020 issue of …') and its correction ('*An earlier version of this story …'). Each is
kept, set apart as a note, without the asterisk, never escaped into the story's last paragraphs. Passages of our own, with
near misses: an asterisk note of another kind, and a sentence of the story about another article."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "The Lock Keepers\n\nBy Vera Hollin\nApril 9, 2021\n\n"
LEDE = "Shipping on the northern canal stopped on Monday as the lock pilots walked out over rosters."
QUOTE = '"We cannot move a barge without them," said canal board chair Mirela Oster.'


def markdown(*tail: str) -> str:
    return import_text(HEAD + "\n\n".join([LEDE, QUOTE, *tail]) + "\n", "x.txt").markdown


def test_starred_issue_and_correction_notes_are_kept_as_notes():
    issue = "*This article appears in the May 4, 2020 issue of Canal Quarterly."
    correction = "*An earlier version of this story gave the wrong year for the strike."
    text = markdown(issue, correction)
    assert ":::{editorial}\nThis article appears in the May 4, 2020 issue of Canal Quarterly.\n:::" in text
    assert ":::{editorial}\nAn earlier version of this story gave the wrong year for the strike.\n:::" in text
    assert "\\*" not in text


def test_the_same_notes_without_an_asterisk_are_notes_too():
    text = markdown("This story appeared in the spring edition of Canal Quarterly.")
    assert ":::{editorial}\nThis story appeared in the spring edition of Canal Quarterly.\n:::" in text


def test_near_miss_another_starred_note_stays_as_it_was():
    text = markdown("*Some names have been changed to protect the pilots.")
    assert "{editorial}" not in text and "names have been changed" in text


def test_near_miss_a_sentence_about_another_article_stays_in_the_text():
    line = "A report in the union's newsletter, which ran in the same week, said the rosters had been cut twice since 2019."
    text = markdown(line)
    assert "{editorial}" not in text and line in text


def test_near_miss_an_unstarred_issue_sentence_mid_story_stays_in_the_text():
    line = "This story ran in the evening edition of the Gazette on March 2, 1968, and by morning the harbour master had quit."
    text = markdown(line, '"We saw it at supper and he was gone by breakfast," said pilot Anders Vik.', "The Gazette folded in 1979.")
    assert "{editorial}" not in text and "harbour master had quit" in text


def test_a_starred_issue_note_mid_tail_is_still_a_note():
    text = markdown("*This article appears in the winter issue of Canal Quarterly.", "*An earlier version of this story misspelled a name.")
    assert ":::{editorial}\nThis article appears in the winter issue of Canal Quarterly.\n:::" in text
