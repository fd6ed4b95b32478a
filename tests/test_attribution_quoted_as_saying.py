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


# the outlet's verb before the quotation: "The Harbour Post quoted him as saying: “…”"
CURLY = "“We have a real problem in Norland and more attention will help.”"


def test_quoted_him_as_saying_before_the_quote_is_his():
    assert speakers(f"{INTRO}The Harbour Post quoted him as saying: {CURLY}") == [("Olek Brandt", "person")]
    body = f"Harbourton coroner Mara Tiven echoed the point at an inquest.\n\nThe Harbour Post cited her as saying {CURLY}"
    assert speakers(body) == [("Mara Tiven", "person")]


def test_reported_the_role_as_saying_before_the_quote_is_the_holders_never_the_outlets():
    body = f"Harbourton mayor Olek Brandt echoed the point at an inquest.\n\nThe Post reported the mayor as saying {CURLY}"
    assert speakers(body) == [("Olek Brandt", "person")]
    body = f"Harbourton mayor Olek Brandt echoed the point at an inquest.\n\nThe Post reported Brandt as saying: {CURLY}"
    assert speakers(body) == [("Olek Brandt", "person")]


def test_near_miss_a_role_the_report_gives_no_holder_or_an_unnamed_source_before_the_quote_is_nobody():
    assert speakers(f"{INTRO}The Post reported the harbour master as saying {CURLY}") == []
    assert speakers(f"{INTRO}The Harbour Post quoted a source close to the inquest as saying: {CURLY}") == []


def test_near_miss_the_outlet_reporting_before_the_quote_with_no_one_quoted_is_the_outlets():
    assert speakers(f"{INTRO}The Harbour Post reported: {CURLY}") == [("Harbour Post", "outlet")]
    assert speakers(f"{INTRO}The Harbour Post quoted Olek Brandt as saying: {CURLY}") == [("Olek Brandt", "person")]


OPENING_QUOTE = "“We have a real problem in Norland and more attention will help.”"


def test_quoted_as_saying_before_the_quote_skips_the_outlets_reporter_and_the_other_sex():
    body = (
        "Olek Brandt, the mayor, visited the quay on Monday. Post reporter Tom Reed interviewed him there.\n\n"
        f"The Post quoted him as saying: {OPENING_QUOTE}"
    )
    assert ("Tom Reed", "person") not in speakers(body)
    body = f"Olek Brandt met Mara Tiven on Monday. The Harbour Post quoted her as saying: {OPENING_QUOTE}"
    assert ("Olek Brandt", "person") not in speakers(body)
    body = f"Olek Brandt met the coroner, Mara Tiven, on Monday. The Harbour Post quoted her as saying: {OPENING_QUOTE}"
    assert ("Olek Brandt", "person") not in speakers(body)


def test_near_miss_quoted_as_saying_before_the_quote_keeps_the_obvious_person():
    body = f"{INTRO}The Harbour Post quoted him as saying: {OPENING_QUOTE}"
    assert speakers(body) == [("Olek Brandt", "person")]
    body = f"Harbourton coroner Mara Tiven echoed the point at an inquest.\n\nThe Harbour Post quoted her as saying: {OPENING_QUOTE}"
    assert speakers(body) == [("Mara Tiven", "person")]
