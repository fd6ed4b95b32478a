"""Wrong credits of held-out texts (round 49): who tells whose words, the work a quotation appeared in, a method's
working terms, single-marked wire copy and a caption's day. Passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed

SHOUTED = "The chief executive told the staff that the team leads would be let go. "


# a name in the words before a parenthetical "he said" is never the "he" (he said that Brandt …)


def test_a_name_in_the_clause_a_parenthetical_pronoun_reports_is_not_the_pronoun():
    body = (
        SHOUTED + 'Finally, one of the engineers, Tomas Verlaine, started shouting at Brandt. What Brandt was doing was "absurd and unfair," he said.'
    )
    assert attributed(body) == [("Tomas Verlaine", "absurd and unfair,")]
    body = "The board met. Ruth Okafor, a senior partner, turned on Imogen Pyle. Pyle's report had been “a work of fiction from the start,” she said."
    assert attributed(body) == [("Ruth Okafor", "a work of fiction from the start,")]
    body = "The board met. Then Tomas Verlaine turned on Brandt. Brandt had been “out of his depth for a year,” he said, and “deeply unfair.”"
    assert attributed(body) == [("Tomas Verlaine", "out of his depth for a year,"), ("Tomas Verlaine", "deeply unfair.")]


def test_the_one_whose_view_opens_the_sentence_or_who_speaks_before_a_colon_stays_the_pronoun():
    body = "The board met on Monday. For Tomas Verlaine, the deal was “a disaster from the start,” he said."
    assert attributed(body) == [("Tomas Verlaine", "a disaster from the start,")]
    body = "The board met on Monday. Tomas Verlaine turned to the room: “This is completely absurd,” he said."
    assert attributed(body) == [("Tomas Verlaine", "This is completely absurd,")]
    body = "Tomas Verlaine started shouting at Brandt. “This is completely absurd,” he said."
    assert attributed(body) == [("Tomas Verlaine", "This is completely absurd,")]
