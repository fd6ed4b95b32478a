"""A paragraph of bare quotation after a line of narration that follows someone's quoted words ("Calder explained: “…”" /
"In practice, it would close every shop." / "“We asked them …”"), as live blogs and features run a speech: the one
who spoke goes on. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Mayor Ines Varga defended the choice on harbour radio on Monday morning.\n\n"
QUOTED_CLOSED = "Varga explained: “They wanted a strict closure of the quays for a month.”\n\n"
QUOTED_OPEN = "Varga explained: “They wanted a strict closure of the quays for a month.\n\n"
AFTER = (
    "\n\n“We asked them for some proof that a month would be enough. They could not give us that proof.”\n\n"
    "“We asked whether the ferries could keep running. They thought so, we were not so sure.”"
)
NARRATION = "In practice, it would have shut every stall but the fish market."


@pytest.mark.parametrize("quoted", [QUOTED_CLOSED, QUOTED_OPEN])
def test_quoted_paragraphs_after_a_short_line_of_narration_go_on_with_the_speaker(quoted: str) -> None:
    found = attributed(LEAD + quoted + NARRATION + AFTER)
    assert [speaker for speaker, _ in found] == ["Ines Varga"] * 3
    assert found[1][1].startswith("We asked them for some proof")


@pytest.mark.parametrize(
    "narration",
    [
        "Harbour board chair Olek Brandt disagreed with that account.",  # another person named
        "She took questions for an hour afterwards.",  # a pronoun
        "The board said the curfew had worked elsewhere.",  # a cue of its own
        # a line whose subject is someone who may answer: a role, a body, "the <noun>"
        "The harbour master refused.",
        "The board’s lawyer was blunt.",
        "The board disagreed.",
        "Board officials were unmoved.",
        "In practice, it would have shut every stall but the fish market, the net lofts, the chandlers and the boatyards "
        "along the western quay, and the ferry office would have closed its doors at noon on every weekday.",  # too long
    ],
)
def test_a_line_naming_someone_speaking_or_running_long_breaks_the_thread(narration: str) -> None:
    found = attributed(LEAD + QUOTED_CLOSED + narration + AFTER)
    assert [speaker for speaker, _ in found if speaker == "Ines Varga"] == ["Ines Varga"]


def test_a_quotation_not_in_the_first_person_is_left_alone() -> None:
    after = "\n\n“The quays are shut on Sundays in winter, and the fish market opens at six.”"
    found = attributed(LEAD + QUOTED_CLOSED + NARRATION + after)
    assert found == [("Ines Varga", "They wanted a strict closure of the quays for a month.")]


@pytest.mark.parametrize("narration", [NARRATION, "This was in the spring.", "There were four ferries then."])
def test_a_line_on_the_matter_itself_keeps_the_thread(narration: str) -> None:
    found = attributed(LEAD + QUOTED_CLOSED + narration + AFTER)
    assert [speaker for speaker, _ in found] == ["Ines Varga"] * 3


def test_a_question_before_the_line_is_answered_by_the_other_party() -> None:
    asked = "Varga asked: “Will the board meet us before the summer?”\n\n"
    found = attributed(LEAD + asked + NARRATION + AFTER)
    assert [speaker for speaker, _ in found if speaker == "Ines Varga"] == ["Ines Varga"]
