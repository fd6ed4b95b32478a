"""The speaker's mood or manner between the article and the name after a quote ("a visibly tired Ms. Orlenka told
reporters", "an exasperated Mr. Dalvik said", "a smiling Ingrid Tamsberg said"), as wire and newspaper copy writes it:
the named person speaks. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "“The count was a farce and the whole chamber knows it,”"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_an_adverb_and_an_adjective_before_a_titled_surname():
    assert speakers(f"{QUOTE} a visibly weary Ms. Kovane told reporters.") == ["Ms. Kovane"]


def test_one_adjective_before_a_titled_surname():
    assert speakers(f"{QUOTE} an irritated Mr. Selvik said.") == ["Mr. Selvik"]


def test_a_participle_before_a_full_name_is_no_cue():
    assert speakers(f"{QUOTE} a grinning Oda Marveth said after the count.") == ["Oda Marveth"]


def test_a_title_and_a_full_name_after_the_mood():
    assert speakers(f"{QUOTE} a clearly furious Councillor Piet Selvik told the hall.") == ["Piet Selvik"]


def test_the_quote_after_adding_goes_on_with_the_same_speaker():
    body = f"{QUOTE} a visibly weary Ms. Kovane told reporters, adding, “my voice is gone.”"
    assert speakers(body) == ["Ms. Kovane", "Ms. Kovane"]


def test_an_unnamed_person_or_a_crowd_after_the_mood_is_nobody():
    assert speakers(f"{QUOTE} a visibly weary official told reporters.") == []
    assert speakers("“Down with the fees,” a visibly angry crowd chanted outside the hall.") == []
    assert speakers(f"{QUOTE} a smiling official said after the count.") == []


def test_a_place_after_an_unnamed_persons_noun_is_nobody():
    assert speakers(f"{QUOTE} a prominent monk in Velmar told a visiting reporter.") == []
    assert speakers(f"{QUOTE} a young man called Oda told the hall.") != ["called Oda"]


def test_a_noun_and_a_preposition_before_the_name_is_nobody():
    assert speakers("“We will appeal the ruling,” a lawyer representing Ola Ibe said.") == []
    assert speakers("“She lied to the board,” a lawsuit against Ola Ibe says.") == []
    assert speakers("“He never paid his debts,” a book about Tomas Brandt says.") == []
