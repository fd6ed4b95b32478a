"""Credits left over from the held-out rounds 555-581 (policy news, trend reports of posts, blog archives), each rule's
passages written for these tests with invented names and the near miss beside them."""

from __future__ import annotations

from passages import attributed

BOARD = "Members of the Tessel Water Board (TWBs) have asked for an audit of the pumps. The TWBs also raised the cost of repairs.\n\n"
FITTER = "After the board's vote on the pumps, a Norrin Pipes fitter has voiced concern, saying: “The mains are older than the town.”"


def test_they_with_any_verb_after_an_unnamed_speaker_is_nobody_not_a_body_named_before():
    for going_on in (
        "They said: “Half the valves have rusted shut.”",
        "“Half the valves have rusted shut,” they said.",
        "They stressed: “Half the valves have rusted shut.”",
        "They also warned that “half the valves have rusted shut.”",
        "“Half the valves have rusted shut,” they told the Gazette.",
    ):
        assert attributed(BOARD + FITTER + "\n\n" + going_on) == [], going_on
    assert attributed(BOARD + FITTER + " They explained: “Half the valves have rusted shut.”") == []


def test_they_still_means_the_body_that_spoke_before_or_is_named_again_after_the_unnamed_words():
    board = "The Tessel Water Board said in a statement on Friday: “The mains are older than the town.”"
    assert attributed(BOARD + board + "\n\nThey said: “Half the valves have rusted shut.”") == [
        ("Tessel Water Board", "The mains are older than the town."),
        ("Tessel Water Board", "Half the valves have rusted shut."),
    ]
    named_again = (
        "The fund holds 40 million for the purpose of “keeping the taps running in every village.” The Tessel Water Board, "
        "organized by volunteers, has been collecting small gifts. “Every village deserves clean water,” they proclaim."
    )
    assert attributed(named_again) == [("Tessel Water Board", "Every village deserves clean water,")]
