"""An outlet relaying someone's words after the quotation ("“…,” the Harbour Post reported him as saying"): the words
are the one it quotes, never the outlet's. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed_with_kinds

INTRO = "Harbourton coroner Olek Brandt echoed the point at an inquest.\n\n"
QUOTE = '"We have a real problem in Norland and more attention will help,"'


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


def test_reported_him_as_saying_is_his_and_the_next_quote_too():
    body = f'{INTRO}{QUOTE} the Harbour Post reported him as saying. "We hush it all up and create a dilemma."'
    assert speakers(body) == [("Olek Brandt", "person"), ("Olek Brandt", "person")]


def test_quoted_and_cited_as_saying():
    assert speakers(f"{INTRO}{QUOTE} the Harbour Post quoted him as saying.") == [("Olek Brandt", "person")]
    assert speakers(f"{INTRO}{QUOTE} the Harbour Post quoted Olek Brandt as saying.") == [("Olek Brandt", "person")]
    body = f"Harbourton coroner Mara Tiven echoed the point at an inquest.\n\n{QUOTE} the Harbour Post cited her as saying."
    assert speakers(body) == [("Mara Tiven", "person")]


def test_one_the_text_does_not_name_is_nobody_not_the_outlet():
    assert speakers(f"{INTRO}{QUOTE} the Harbour Post quoted a source close to the inquest as saying.") == []


def test_the_outlet_reporting_with_no_one_quoted_is_still_the_outlets():
    assert speakers(f"{INTRO}{QUOTE} the Harbour Post reported.") == [("Harbour Post", "outlet")]
