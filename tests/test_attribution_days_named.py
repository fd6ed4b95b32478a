"""A day's, a night's or a week's name in capitals ("Boxing Day", "Election Night", "Good Friday", "Christmas Eve") is a
time, never a person a later "he said" can mean; a person whose surname is Day stays one. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“We will march until the wages rise,” he said."


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_a_day_or_a_night_named_before_he_said_is_nobody():
    for time in ("Boxing Day", "Election Night", "Christmas Eve"):
        assert speakers(f"Shops stayed shut on {time} in the port. {QUOTE}") == [], time
    assert speakers(f"Shops stayed shut on Good Friday and Boxing Day. {QUOTE}") == []


def test_near_miss_the_man_named_before_the_day_is_still_the_one_who_said_it():
    body = f"Olek Brandt spoke at the rally. Crowds filled the square on Good Friday. {QUOTE}"
    assert speakers(body) == ["Olek Brandt"]
    body = f"Olek Brandt spoke at the rally. On Election Night the count ran late. {QUOTE}"
    assert speakers(body) == ["Olek Brandt"]


def test_near_miss_a_person_whose_surname_is_day_is_still_a_person():
    assert speakers("Doris Day sang at the rally. “We will march until the wages rise,” she said.") == ["Doris Day"]
    assert speakers("“We will march until the wages rise,” said Peter Day.") == ["Peter Day"]


def test_may_day_opening_a_sentence_is_a_day_and_may_hollis_a_woman():
    assert speakers("May Day passed quietly in the port. “We will march until the wages rise,” he said.") == []
    assert speakers("May Hollis spoke at the rally. “We will march until the wages rise,” she said.") == ["May Hollis"]


MARCH = "“We will march until the wages rise,”"


def test_a_person_named_day_whose_given_name_is_unlisted_keeps_the_quote():
    assert speakers(f"{MARCH} said Siobhan Day, the union leader.") == ["Siobhan Day"]
    assert speakers(f"Priya Day, the union leader, said: {MARCH[:-2]}.”") == ["Priya Day"]
    assert speakers(f"Oksana Day told reporters: {MARCH[:-2]}.”") == ["Oksana Day"]
    assert speakers(f"{MARCH} Green Day said in a statement.") == ["Green Day"]


def test_she_said_after_an_unlisted_day_goes_to_her_not_to_the_one_before():
    body = f"Olek Brandt opened the meeting. Union leader Siobhan Day spoke next. {MARCH} she said."
    assert speakers(body) == ["Siobhan Day"]
    body = f"Mara Vole chaired the meeting and Kwame Day, the union leader, spoke. {MARCH} he said."
    assert speakers(body) == ["Kwame Day"]
    for name in ("Obinna Day", "Ifeoma Night", "Tavita Week"):
        assert speakers(f"{name} spoke at the rally. {MARCH} he said.") == [name], name


def test_near_miss_a_possessive_or_a_state_or_a_closed_list_word_still_makes_a_day():
    for time in ("Canada Day", "Fashion Week", "Super Tuesday"):
        assert speakers(f"Shops stayed shut on {time} in the port. {QUOTE}") == [], time
