"""A bare "she said" right after a paragraph where a newly named person speaks whose given name no list sexes ("Kelly",
"Lerato", "Thandeka"): hers, not an earlier woman's, unless the text tells the new one is a man. Passages written for these
tests, with invented people, as community papers and features introduce each speaker ("Curator X, from Y, said …")."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The craft fair opened on Saturday.\n\n"
FIRST = "I sold two works that night,"
SECOND = "We had a lively crowd,"


def two_speakers(first: str, second: str, clause: str = "said the fair had grown.") -> str:
    return (
        f"{SETTING}Painter {first}, from Rondebosch, said her first exhibition went well.\n\n“{FIRST}” she said.\n\n"
        f"Curator {second}, from Woodstock, {clause}\n\n“{SECOND}” she said."
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("Mary Dawes", "Kelly Fourie"), ("Thandeka Molefe", "Lerato Mkhize"), ("Susan Perel", "Tshepiso Abrahams")],
)
def test_she_is_the_new_speaker_whose_given_name_no_list_holds(first: str, second: str) -> None:
    assert attributed(two_speakers(first, second)) == [(first, FIRST), (second, SECOND)]


def test_an_earlier_woman_called_ms_does_not_take_the_new_speakers_she() -> None:
    body = (
        f"{SETTING}Ms Mary Dawes, from Rondebosch, said the show went well.\n\n“{FIRST}” she said.\n\n"
        f"Author and one of the organisers, Kelly P Fourie, from Woodstock, said the fair had grown.\n\n“{SECOND}” she said."
    )
    assert attributed(body) == [("Mary Dawes", FIRST), ("Kelly P Fourie", SECOND)]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Thandeka Molefe", "Nomsa Mkhize"), ("Anele Dube", "Lerato Mkhize")],
)
def test_near_miss_a_womans_name_or_two_unknown_names_were_right_before(first: str, second: str) -> None:
    assert attributed(two_speakers(first, second)) == [(first, FIRST), (second, SECOND)]


@pytest.mark.parametrize(
    ("second", "clause"),
    [
        ("Peter Fourie", "said the fair had grown."),  # a man's given name
        ("Mr Kelly Fourie", "said the fair had grown."),  # a man's title
        ("Kelly Fourie", "said his gallery had grown."),  # the clause tells a man
        ("Kelly Fourie", "lent the hall."),  # named, but saying nothing
    ],
)
def test_near_miss_she_stays_with_the_earlier_woman(second: str, clause: str) -> None:
    assert attributed(two_speakers("Mary Dawes", second, clause)) == [("Mary Dawes", FIRST), ("Mary Dawes", SECOND)]


def test_near_miss_a_husband_speaking_is_no_she() -> None:
    body = (
        f"{SETTING}Painter Mary Dawes, from Rondebosch, said her first exhibition went well.\n\n“{FIRST}” she said.\n\n"
        f"Her husband, Kelly Fourie, from Woodstock, said the fair had grown.\n\n“{SECOND}” she said."
    )
    assert attributed(body) == [("Mary Dawes", FIRST), ("Mary Dawes", SECOND)]


def test_near_miss_a_name_someone_else_speaks_of_is_no_speaker() -> None:
    body = (
        f"{SETTING}Painter Mary Dawes, from Rondebosch, said her first exhibition went well.\n\n“{FIRST}” she said.\n\n"
        f"The council said Kelly Fourie, a curator from Woodstock, had lent the hall.\n\n“{SECOND}” she said."
    )
    assert attributed(body) == [("Mary Dawes", FIRST), ("Mary Dawes", SECOND)]


def after_a_first_woman(paragraph: str) -> str:
    return f"{SETTING}Painter Anna Keyter, from Observatory, said her first stall did well.\n\n“{FIRST}” she said.\n\n{paragraph}\n\n“{SECOND}” she said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Grower Lindani Zulu, who keeps the orchard with his wife, said the frost had come early.",  # "his" before the cue
        "Lindani Zulu, who says he has grown apples for 20 years, said the frost had come early.",
        "Grower Lindani Zulu, a father of four, said the frost had come early.",
        "Grower Lindani Zulu said the frost had come early. He grows pears.",  # the next sentence tells a man
        "Grower Lindani Zulu said the frost had come early. Mr Zulu grows pears.",
        "Curator Kelly Fourie said the fair had grown. Neighbours thanked him.",
        "Curator Kelly Fourie said Keyter had sold more pots than anyone.",  # a clause about the earlier woman
        "Stallholder Tran Van Duc said trade was quiet.",  # a trade word taken into the name
    ],
)
def test_near_miss_the_new_speakers_paragraph_tells_a_man_or_speaks_of_the_woman(paragraph: str) -> None:
    assert attributed(after_a_first_woman(paragraph)) == [("Anna Keyter", FIRST), ("Anna Keyter", SECOND)]


def test_near_miss_an_earlier_paragraph_tells_the_new_speaker_is_a_man() -> None:
    body = after_a_first_woman("Lindani Zulu, from Paarl, said the frost had come early.").replace(
        "Painter Anna", "Grower Lindani Zulu opened the gates. He has grown apples for 20 years.\n\nPainter Anna"
    )
    assert attributed(body) == [("Anna Keyter", FIRST), ("Anna Keyter", SECOND)]


@pytest.mark.parametrize("given", ["Sipho", "Themba", "Bongani", "Mandla", "Tshepo", "Sibusiso", "Thulani"])
def test_near_miss_a_mans_given_name_from_the_list(given: str) -> None:
    body = after_a_first_woman(f"Grower {given} Zulu, from Paarl, said the frost had come early.")
    assert attributed(body) == [("Anna Keyter", FIRST), ("Anna Keyter", SECOND)]
