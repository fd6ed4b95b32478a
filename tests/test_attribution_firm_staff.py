"""A firm's staff, unnamed, as the subject before the quote ("Analysts at the Tessel Institute said: …") or going on after
it ("…,” analysts from the Tessel Institute wrote, adding that … a “lost decade.”"): the firm speaks through them, as
"“…,” analysts at X said" already reads. Passages written for these tests."""

from __future__ import annotations

from passages import attributed_with_kinds


def credited(body: str) -> list[tuple[str, str]]:
    return [(name, quote) for name, _kind, quote in attributed_with_kinds(body)]


def test_analysts_at_a_body_before_the_quote_are_the_body():
    body = "Analysts at the Tessel Institute said in a note: “Prices will ease before long.”"
    assert credited(body) == [("Tessel Institute", "Prices will ease before long.")]


def test_economists_from_a_body_writing_that_a_term_is_the_body():
    body = "Economists from the Tessel Institute of Finance wrote that the slump could become a “lost decade”."
    assert credited(body) == [("Tessel Institute of Finance", "lost decade")]


def test_the_term_after_adding_that_goes_on_with_the_body():
    body = (
        "“The depth of the slump depends on the harvest,” analysts from the Tessel Institute of Finance wrote in a note, "
        "adding that the downturn risked becoming a “lost decade.”"
    )
    assert credited(body) == [
        ("Tessel Institute of Finance", "The depth of the slump depends on the harvest,"),
        ("Tessel Institute of Finance", "lost decade."),
    ]


def test_analysts_at_unnamed_banks_or_unnamed_analysts_are_nobody():
    assert credited("Analysts at several banks said in a note: “Prices will ease before long.”") == []
    assert credited("Analysts said in a note: “Prices will ease before long.”") == []
    assert credited("The slump risked becoming what commentators call a “lost decade.”") == []
