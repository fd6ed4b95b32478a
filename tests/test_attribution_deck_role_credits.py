"""A deck under the headline crediting words by a role alone ("“…,” chief economist says"), the story giving the same
words to someone it names with that role: the deck's words are that person's too. Passages written for these tests,
with invented people, laid out as a news page's headline, deck and story."""

from __future__ import annotations

import pytest
from dossier.attribution.decks import deck_role_credit, named_with_role
from passages import attributed

WORDS = "The lean years are not over,"
HEADLINE = "Fund trims its outlook for next year\n\n"


def story(deck: str, body: str) -> str:
    return f"{HEADLINE}{deck}\n\nThe fund cut its forecast on Tuesday.\n\n{body} Two large economies are stalling."


def test_the_deck_is_the_one_the_story_names_with_the_role() -> None:
    body = story(f"“{WORDS}” chief economist says", f"“{WORDS}” said IMF chief economist Jean-Luc Moravec.")
    assert attributed(body) == [("Jean-Luc Moravec", WORDS), ("Jean-Luc Moravec", WORDS)]


def test_the_role_set_after_the_name_in_the_story() -> None:
    body = story(f"“{WORDS}” harbour chief warns", f"“{WORDS}” said Ilse Varga, the port's harbour chief.")
    assert attributed(body) == [("Ilse Varga", WORDS), ("Ilse Varga", WORDS)]


def test_near_miss_the_story_names_the_speaker_with_another_role() -> None:
    body = story(f"“{WORDS}” chief economist says", f"“{WORDS}” said fund treasurer Jean-Luc Moravec.")
    assert attributed(body) == [("Jean-Luc Moravec", WORDS)]


def test_near_miss_the_story_has_other_words() -> None:
    body = story(f"“{WORDS}” chief economist says", "“The hardest months are behind us,” said IMF chief economist Jean-Luc Moravec.")
    assert attributed(body) == [("Jean-Luc Moravec", "The hardest months are behind us,")]


def test_the_deck_line_is_a_quotation_a_role_and_its_verb_alone() -> None:
    assert deck_role_credit(f"“{WORDS}” chief economist says") == (WORDS, "chief economist")
    assert deck_role_credit(f"“{WORDS}” the finance minister said.") == (WORDS, "finance minister")
    assert deck_role_credit(f"“{WORDS}” critics say") is None  # no post
    assert deck_role_credit(f"“{WORDS}” chief economist says, as the fund cuts its forecast") is None  # more than a credit
    assert deck_role_credit(f"“{WORDS}” said chief economist Jean-Luc Moravec") is None  # a name: the usual sieves read it


def test_named_with_the_role_before_or_after_the_name() -> None:
    assert named_with_role("said IMF chief economist Ana Brel.", "Ana Brel", "chief economist")
    assert named_with_role("said Ana Brel, the fund's chief economist.", "Ana Brel", "chief economist")
    assert not named_with_role("said Ana Brel, who met the chief economist.", "Ana Brel", "chief economist")
    assert not named_with_role("The chief economist met Ana Brel.", "Ana Brel", "chief economist")


@pytest.mark.parametrize(
    "body",
    [
        f"“{WORDS}” said fund head Ola Rask, quoting chief economist Jean-Luc Moravec.",
        f"“{WORDS}” said Ola Rask, citing chief economist Jean-Luc Moravec.",
        f"“{WORDS}” said fund head Ola Rask, whose chief economist quit.",
        f"“{WORDS}” said Ola Rask, the fund's chief economist until June.",  # the role does not close the apposition
    ],
)
def test_near_miss_the_speaker_is_not_the_one_with_the_role(body: str) -> None:
    assert attributed(story(f"“{WORDS}” chief economist says", body)) == [("Ola Rask", WORDS)]


@pytest.mark.parametrize(
    ("deck", "body"),
    [
        ("finance minister says", "said Ola Rask, adviser to finance minister Jean-Luc Moravec."),
        ("finance minister says", "said Ola Rask, deputy finance minister."),
        ("finance minister says", "said Ola Rask, her predecessor as finance minister."),
        ("government says", "said Ola Rask, a government economist."),  # a body, not a post
        ("minister says", "said Ola Rask, the prime minister's chief of staff."),  # a possessive role
    ],
)
def test_near_miss_no_post_of_the_decks(deck: str, body: str) -> None:
    assert attributed(story(f"“{WORDS}” {deck}", f"“{WORDS}” {body}")) == [("Ola Rask", WORDS)]


def test_near_miss_a_deck_like_line_down_the_story() -> None:
    body = f"The fund cut its forecast.\n\n“{WORDS}” said IMF chief economist Jean-Luc Moravec.\n\nBy evening:\n\n“{WORDS}” chief economist says"
    assert attributed(body) == [("Jean-Luc Moravec", WORDS)]


def test_the_role_after_the_name_in_a_straight_quoted_story() -> None:
    body = story(f'"{WORDS}" chief economist says', f'"{WORDS}" said Jean-Luc Moravec, the bank\'s chief economist.')
    assert attributed(body) == [("Jean-Luc Moravec", WORDS), ("Jean-Luc Moravec", WORDS)]
