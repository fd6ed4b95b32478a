"""A magazine's deck quoting the lead speaker under a cue of its own ('“…,” says Jane Roe, head of music at the firm.'),
the story giving the quotation again under a cue in other words, is the deck's statement: kept in the text and as the
summary, never dropped as a standfirst given again in full. A deck with no cue, or one that is the story's sentence cue
and all, is still the standfirst."""

from __future__ import annotations

from dossier.importer import import_text

TITLE = "Harbourtone Bets Its Future on a Streaming Service"
QUOTE = "You will be able to hear a great many records on Harbourtone that no other service can carry today"
LEAD = "Harbourtone's long-awaited streaming service has finally arrived, launching on Tuesday morning."
BODY = (
    f"“Harbourtone was built from the ground up as a network service,” Ines Marlow, head of music at Harbourtone, tells The Quay Ledger. “{QUOTE}.”"
)


def imported(deck: str, body: str = BODY) -> str:
    return import_text("\n\n".join([TITLE, deck, LEAD, body, "Analysts said the launch was late."]) + "\n", "deck.txt").markdown


def test_a_deck_with_its_own_cue_stays_in_the_text_and_is_the_summary() -> None:
    deck = f"“{QUOTE},” says Ines Marlow, head of music at the tech firm."
    markdown = imported(deck)
    assert f"\n{deck}\n" in markdown
    assert 'summary = "“You will be able to hear' in markdown
    assert f"\n{BODY}\n" in markdown


def test_an_inverted_cue_after_the_name_counts_too() -> None:
    deck = f'"{QUOTE}," Ines Marlow, head of music at the tech firm, said.'
    markdown = imported(deck)
    assert f"\n{deck}\n" in markdown
    assert 'summary = "\\"You will be able to hear' in markdown


def test_a_deck_repeating_the_story_sentence_cue_and_all_is_still_the_standfirst() -> None:
    deck = "“Harbourtone was built from the ground up as a network service,” Ines Marlow, head of music at Harbourtone, tells The Quay Ledger."
    markdown = imported(deck)
    assert f"\n{deck}\n" not in markdown
    assert f"\n{BODY}\n" in markdown


def test_a_deck_with_no_cue_is_still_the_standfirst() -> None:
    deck = f"“{QUOTE}.”"
    markdown = imported(deck)
    assert f"\n{deck}\n" not in markdown
    assert f"\n{BODY}\n" in markdown
