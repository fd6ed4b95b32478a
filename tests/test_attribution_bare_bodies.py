"""A party or a firm called by one capitalised word ("Revolutionary argued …", "Renewal promised to …"), as political
and business copy call them, after the report writes the word as a body's ("outlined its programme", "the Renewal
Party's candidates"): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed_with_kinds

PLANS = "Ahead of the poll, {name} outlined its programme for the water board.\n\n"
ARGUED = "{name} argued that the water board had “swollen into an expensive tangle of committees nobody can steer.”\n\n"
PROMISED = "{name} promised to “strip the water board back to the pipes and the crews who mend them.”"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


def test_a_party_called_by_an_adjective_that_reads_as_a_title_is_the_party():
    body = (PLANS + ARGUED + PROMISED).format(name="Revolutionary")
    assert speakers(body) == [("Revolutionary", "organization")] * 2


def test_a_one_word_body_that_reads_as_a_surname_is_a_body_not_a_person():
    for name in ("Renewal", "Liberal", "Tidewater"):
        body = (PLANS + ARGUED + PROMISED).format(name=name)
        assert speakers(body) == [(name, "organization")] * 2, name


def test_the_word_after_the_party_named_in_full_is_that_party():
    body = "Ahead of the poll, the Renewal Party picked its candidates for the water board.\n\n" + (ARGUED + PROMISED).format(name="Renewal")
    assert speakers(body) == [("Renewal Party", "organization")] * 2


def test_a_surname_of_someone_named_in_full_stays_the_person():
    body = "Ivo Tidewater mends boats. " + (PLANS + ARGUED).format(name="Tidewater")
    assert speakers(body) == [("Ivo Tidewater", "person")]


def test_a_titled_surname_stays_a_person():
    body = "Ahead of the poll, Mr Tidewater outlined its programme for the water board.\n\n" + ARGUED.format(name="Tidewater")
    assert speakers(body) == [("Tidewater", "person")]


def test_its_that_belongs_to_another_noun_shows_no_body():
    body = "Ahead of the poll, Tidewater thanked the board and its crews for the water.\n\n" + ARGUED.format(name="Tidewater")
    assert speakers(body) == [("Tidewater", "person")]


def test_a_verb_on_anothers_thing_shows_no_body():
    for verb in ("praised", "visited", "criticised", "joined"):
        body = f"Ahead of the poll, Tidewater {verb} its crews at the water board.\n\n" + ARGUED.format(name="Tidewater")
        assert speakers(body) == [("Tidewater", "person")], verb


def test_party_after_a_common_noun_with_no_politics_near_is_no_party():
    body = "Neighbours gathered at the Garden Party on Sunday.\n\n" + ARGUED.format(name="Garden")
    assert ("Garden Party", "organization") not in speakers(body)


def test_the_word_before_a_noun_in_another_speakers_clause_is_not_the_body():
    body = PLANS.format(name="Revolutionary") + (
        "Ivo Marek, a shipping analyst at Tidewater Research, said the leaks showed the Revolutionary leadership was “asleep at the valves”."
    )
    assert ("Revolutionary", "organization") not in speakers(body)
