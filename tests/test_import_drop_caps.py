"""A drop cap a copy keeps apart from its word at a paragraph's start ('L uc Moreau was …', 'I t is not hard …', 'S hort
lets are …', 'J ean-Luc') opening the story or a section is joined back to it, where the join makes a word and the split
does not; 'I think', 'A new', 'T cells', 'B and C wards' and a letter inside a paragraph stay as written. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Short Lets and the Old Harbour\n\nBy Jane Roe\n\nMarch 4, 2024\n\n"
STORY = (
    "L uc Moreau was not expecting an eviction notice. He had lived in his flat in the old harbour for twenty years. "
    "“It was where I raised my son,” he said.\n\n"
    "The city council drew up rules in 2016. Moreau went to the housing tribunal.\n\n"
    "The ruling\n\n"
    "I t is not hard to see why landlords want short lets. The harbour district was once a working port.\n\n"
    "Rents\n\n"
    "S hort lets are a long-term worry in many cities. Rents rose 5 percent in 2019.\n\n"
    "Tenants\n\n"
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


def test_a_capital_that_is_a_word_of_its_own_stays():
    story = (
        "T cells are the body's guard against infection, and a lab in Dunmore has studied them for years.\n\n"
        "Vitamins\n\n"
        "B vitamins matter too, the lab's director Ola Vik said last week.\n\n"
        "Scans\n\n"
        "X rays showed the damage to the bone clearly.\n\n"
        "Water\n\n"
        "E coli was found in the river near the quay.\n\n"
        "Wards\n\n"
        "B and C wards were closed, and the rays and the cells were studied again.\n"
    )
    markdown = import_text(HEAD + story, "story.txt").markdown
    for kept in ("T cells are", "B vitamins matter", "X rays showed", "E coli was", "B and C wards"):
        assert kept in markdown, kept


def test_a_drop_cap_after_a_paragraph_of_prose_stays():
    story = STORY.replace("The ruling\n\n", "")
    markdown = import_text(HEAD + story, "story.txt").markdown
    assert "I t is not hard" in markdown and "Luc Moreau was not" in markdown
