"""Someone unnamed who tells the writer something ("A former anchor told me she …", "One producer, who asked not to be
named, said …"): the "she" or "he" after it that may be theirs is theirs, nobody's, never a person named before or
inside the account. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "body",
    [
        # a woman named before, a teller who is "she" in her own account
        "Nora Vale ran the station for twenty years. A former anchor told me she was asked to twirl for her. "
        "“She would say I looked tired,” she said.",
        # a relative clause set off by commas, the teller's sex untold
        "Nora Vale ran the station for twenty years. One producer, who asked not to be named, said the newsroom was afraid of "
        "her. “Nobody crossed her,” she added.",
        # a relative clause without commas, the one the account is about named inside it
        "Nora Vale ran the station for twenty years. A woman who worked the night desk told me that Vale scared her. "
        "“She shouted at everyone,” she says.",
        # the one the account is about named only inside it, whose sex the text never tells
        "Harlan ran the concert hall for a decade. A former singer told me that her parents called the police on Harlan "
        "after the tour in 1999. “I remember Harlan calming my parents down,” she says.",
        # the writer meeting someone unnamed who tells
        "Nora Lind ran the depot. I spoke with a driver who said the depot was run on fear. “Nobody spoke up,” she said.",
        "Karl Brandt ran the depot. I spoke with another driver who said Nora Lind hired her in 2004. “I don’t feel comfortable,” she said.",
        # "he"
        "Karl Brandt ran the depot. One driver, who asked not to be named, said the others feared him. “Nobody spoke up,” he added.",
        "Tom Vale ran the station for twenty years. A former anchor told me he was asked to fetch coffee for him. "
        "“He would say I looked tired,” he said.",
    ],
)
def test_a_pronoun_after_an_unnamed_teller_is_the_tellers_and_nobody_named(body):
    assert attributed(body) == []


def test_a_pronoun_of_the_other_sex_than_the_teller_may_still_be_the_one_named():
    # near miss: the teller is "she" in her account; "he" is the man named before, who answers
    body = "Tom Vale ran the station for twenty years. A former anchor told me she was afraid of him. “It never happened,” he said."
    assert attributed(body) == [("Tom Vale", "It never happened,")]


def test_one_who_asks_or_tells_someone_else_is_no_teller_of_the_writers():
    # near misses: the one asked answers
    asked = "Tom Vale ran the station for twenty years. A reporter asked him whether he would stay. “No,” he said."
    assert attributed(asked) == [("Tom Vale", "No,")]


def test_the_one_named_is_the_subject_again_after_the_teller():
    # near miss: a sentence with the named woman as its subject comes between
    body = (
        "Nora Vale ran the station for twenty years. A former anchor told me she was asked to twirl for her. Vale denied it. "
        "“I never asked anyone to twirl,” she said."
    )
    assert attributed(body) == [("Nora Vale", "I never asked anyone to twirl,")]


def test_a_bodys_spokeswoman_is_no_unnamed_teller():
    # near miss: a spokeswoman speaks for the body; the rule leaves her as it found her
    body = "Nora Vale ran the station for twenty years. A spokeswoman for the station said she was proud of it. “We stand by her,” she said."
    assert attributed(body) == [("Nora Vale", "We stand by her,")]


def test_the_writer_meeting_someone_named_is_no_unnamed_teller():
    # near miss: the one the writer spoke with is named, and speaks
    body = "Nora Lind ran the depot for years. I spoke with Lind, who said the depot was run on fear. “Nobody spoke up,” she said."
    assert attributed(body) == [("Nora Lind", "Nobody spoke up,")]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Nora Vale ran the station for twenty years. A year later she told me she was leaving. “I am tired,” she said.", "Nora Vale"),
        ("Nora Vale ran the station for twenty years. One morning she told me she was leaving. “I am tired,” she said.", "Nora Vale"),
        ("Tom Vale ran the station for twenty years. A week ago he told me he was leaving. “I am tired,” he said.", "Tom Vale"),
        ("Nora Vale listened. A moment later she recalled the night of the fire. “It was chaos,” she said.", "Nora Vale"),
        ("Nora Vale listened. A few days later she told me she had quit. “It was chaos,” she said.", "Nora Vale"),
        ("Tom Vale ran the station. Another time he recalled how he had started. “I was a clerk,” he said.", "Tom Vale"),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_unnamed_teller(body, speaker):
    # "A year later she told me": the determiner opens a time phrase, and the one who tells is the one named before
    assert [name for name, _quote in attributed(body)] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: "night" is the desk's, not a time phrase's; an article or a possessive after "of" is a partitive's
        "Nora Vale ran the station for twenty years. A night producer told me she was afraid of her. “She shouted at everyone,” she said.",
        "Nora Vale ran the station for twenty years. One of the producers told me she was afraid of her. “She shouted at everyone,” she said.",
        "Nora Vale ran the station for twenty years. A friend of her mother told me she was afraid of her. “She shouted at everyone,” she said.",
    ],
)
def test_someone_unnamed_with_a_word_of_time_or_an_article_in_the_description_is_still_a_teller(body):
    assert attributed(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Tom Vale ran the station for twenty years.\n\nA former anchor told me she was afraid there. “It never happened,” he said.",
        "Tom Vale ran the station for twenty years. A former anchor told me she was afraid there.\n\n“It never happened,” he said in a statement.",
    ],
)
def test_the_one_named_before_stays_salient_after_a_teller_of_the_other_sex(body):
    # a "she" teller cannot be the man named before: his "he" after her sentence, in its paragraph or the next, is his
    assert attributed(body) == [("Tom Vale", "It never happened,")]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a teller of the named person's sex, or of a sex untold, may be the one who speaks next
        "Tom Vale ran the station for twenty years.\n\nA former anchor told me he was afraid there. “It never happened,” he said.",
        "Tom Vale ran the station for twenty years.\n\nOne producer, who asked not to be named, said the place was cruel. “It never happened,” he said.",
    ],
)
def test_after_a_teller_who_may_be_the_one_speaking_the_one_named_before_is_not_salient(body):
    assert attributed(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Nora Vale ran the bar. A regular told me she was afraid of Vale. I put this to Vale. “I am not cruel,” she said.",
        "Nora Vale ran the station. A former anchor told me she was afraid of Vale. When I asked Vale about it, she laughed. "
        "“I never shouted,” she said.",
        "Nora Vale ran the bar. A regular told me she was afraid of Vale. I put these claims to Vale. “I am not cruel,” she said.",
    ],
)
def test_the_one_the_writer_puts_an_account_to_is_salient_again(body):
    # the right of reply: the writer asks the one named, who answers
    assert [name for name, _quote in attributed(body)] == ["Nora Vale"]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the writer asks the teller, or someone the writer leaves unnamed
        "Nora Vale ran the bar. A regular told me she was afraid of Vale. I asked her why. “I am scared,” she said.",
        "Nora Vale ran the bar. A regular told me she was afraid of Vale. I put this to a barmaid. “I am scared,” she said.",
    ],
)
def test_the_writer_asking_no_one_named_leaves_the_teller_salient(body):
    assert attributed(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a woman named in the paragraph above, no speaker: not the one "she" means after an unnamed woman's account
        "Ada Roe runs the night shelter in Kelby.\n\nA woman who asked not to be named said she had slept at the shelter "
        "for a month. “I was afraid every night,” she said.",
        # a woman who spoke above: nor her, in the next paragraph either
        "Ada Roe, the manager, said the shelter was “full every night”.\n\nA woman who asked not to be named said she had "
        "slept there for a month.\n\n“I was afraid every night,” she said.",
    ],
)
def test_a_she_after_an_unnamed_womans_account_is_not_a_woman_named_above(body):
    assert not any(quote.startswith("I was afraid") for _, quote in attributed(body))


def test_guard_the_woman_named_is_she_again_once_she_is_the_subject_after_the_teller():
    body = (
        "Ada Roe runs the night shelter in Kelby.\n\nA woman who asked not to be named said she had slept at the shelter. "
        "Roe said the shelter was “full every night”. “We need more beds,” she said."
    )
    assert attributed(body) == [("Ada Roe", "full every night"), ("Ada Roe", "We need more beds,")]


def test_guard_a_definite_description_of_the_unnamed_teller_is_nobody_named():
    body = (
        "Ada Roe, the manager, said the shelter was “full every night”.\n\nA woman who asked not to be named said she had "
        "slept there for a month. The woman, then 25, said she was “afraid every night”. The nurse, who asked not to be "
        "named either, said the ward was “always short of beds”."
    )
    assert attributed(body) == [("Ada Roe", "full every night")]


def test_a_woman_named_in_full_after_the_teller_in_any_part_of_her_sentence_is_she_again():
    body = (
        "A woman who asked not to be named said she had slept at the shelter for a month.\n\nThe council said it would add "
        "beds. The shelter, run by Ada Roe since 2019, has 40.\n\n“We turn people away every night,” she said."
    )
    assert attributed(body) == [("Ada Roe", "We turn people away every night,")]


def test_near_miss_a_woman_named_before_the_teller_or_in_the_tellers_sentence_is_not_she():
    for body in (
        "Ada Roe runs the shelter. A woman who asked not to be named said she had slept there.\n\n“It is cold,” she said.",
        "A woman who asked not to be named said she knew Ada Roe well.\n\n“It is cold,” she said.",
    ):
        assert attributed(body) == [], body
