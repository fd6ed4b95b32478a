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
