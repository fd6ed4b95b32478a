"""A drop cap a copy keeps apart from its word at a paragraph's start ('L uc Moreau was …', 'I t is not hard …', 'S hort
lets are …', 'J ean-Luc') is joined back to it, where the join makes a word and the split does not; 'I think', 'A new'
and a letter inside a paragraph stay as written. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Short Lets and the Old Harbour\n\nBy Jane Roe\n\nMarch 4, 2024\n\n"
STORY = (
    "L uc Moreau was not expecting an eviction notice. He had lived in his flat in the old harbour for twenty years. "
    "“It was where I raised my son,” he said.\n\n"
    "The city council drew up rules in 2016. Moreau went to the housing tribunal.\n\n"
    "I t is not hard to see why landlords want short lets. The harbour district was once a working port.\n\n"
    "S hort lets are a long-term worry in many cities. Rents rose 5 percent in 2019.\n\n"
    "J ean-Luc Fabre, a tenant, agreed with the tribunal. It was, he said, a long-term worry too.\n"
)


def test_drop_caps_are_joined_to_their_words():
    markdown = import_text(HEAD + STORY, "story.txt").markdown
    for joined in ("Luc Moreau was not", "It is not hard", "Short lets are", "Jean-Luc Fabre, a tenant"):
        assert joined in markdown, joined


def test_a_lone_word_of_one_letter_opening_a_paragraph_stays():
    story = STORY.replace("I t is not hard", "I think it is not hard").replace("S hort lets are", "A new worry are short lets, which are")
    markdown = import_text(HEAD + story, "story.txt").markdown
    assert "I think it is not hard" in markdown and "A new worry are short lets" in markdown


def test_a_letter_apart_inside_a_paragraph_stays():
    story = STORY.replace("Moreau went to the housing tribunal.", "Moreau went to Plan B at the tribunal.")
    markdown = import_text(HEAD + story, "story.txt").markdown
    assert "Plan B at the tribunal" in markdown
