"""A verb that makes its object say what the infinitive tells ("rising rents prompted the Harbour Party to acknowledge
that “…”", "led Mayor Ilse Varga to admit that", "forced the board to concede that"): the object said the words, not
the cause. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“fair rents are a basic condition of a quiet city.”"


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_a_body_prompted_to_acknowledge_says_it():
    assert speakers(f"Despite growth, rising rents prompted the Harbour Party to acknowledge that {QUOTE}") == ["Harbour Party"]


def test_a_person_led_to_admit_says_it():
    assert speakers(f"The audit led Mayor Ilse Varga to admit that {QUOTE}") == ["Ilse Varga"]


def test_a_board_forced_to_concede_says_it():
    assert speakers(f"The scandal forced the Harbour Board to concede that {QUOTE}") == ["Harbour Board"]


def test_a_person_a_named_cause_prompted_says_it():
    assert speakers(f"Tomas Feld prompted the Harbour Board to acknowledge that {QUOTE}") == ["Harbour Board"]


def test_the_body_acknowledging_still_says_it():
    assert speakers(f"Despite growth, the Harbour Party acknowledged that {QUOTE}") == ["Harbour Party"]


def test_a_verb_of_asking_keeps_its_reading():
    assert speakers(f"Tomas Feld asked the Harbour Board to acknowledge that {QUOTE}") == ["Tomas Feld"]


def test_led_to_a_place_is_no_cause():
    assert speakers(f"The river led to the sea, and Ilse Varga said that {QUOTE}") == ["Ilse Varga"]


def test_moving_to_a_place_to_argue_is_the_mover_s_saying():
    assert speakers(f"Ana Ruiz moved to Orvia in 2019 to argue that {QUOTE}") == ["Ana Ruiz"]
    assert speakers(f"Ana Ruiz moved to Harbour Radio in 2019 to argue that {QUOTE}") == ["Ana Ruiz"]


def test_one_led_to_a_place_to_announce_is_not_the_one_who_led():
    assert speakers(f"Ana Ruiz led Tom Reed to the podium to announce that {QUOTE}") == ["Ana Ruiz"]
    assert speakers(f"Tom Reed led Ana Ruiz to Orvia to argue that {QUOTE}") == ["Tom Reed"]
