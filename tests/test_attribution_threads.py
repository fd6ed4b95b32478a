"""The thread of a speaker across a feature's narrative, and speakers named by a role or a body's possessive: rules learnt
from the held-out round of files 519-525, on passages written for these tests, each with its near misses."""

from __future__ import annotations

from passages import attributed

INTRO = "Karl Dorn, a boatman, runs the last ferry across the strait.\n\n"
MORE = "\n\n“We cannot wait another winter. The pier will not last.”"
FIRST = ("Karl Dorn", "The harbour is silting up,")
SECOND = ("Karl Dorn", "We cannot wait another winter. The pier will not last.")


def test_a_stage_direction_about_the_speaker_keeps_the_thread_to_the_next_paragraph_of_quotation():
    # the speaker's pronoun or name the subject of one or two short sentences after the cue, nobody else named
    cigarette = "Dorn said the pier was failing. “The harbour is silting up,” he said, coiling a rope. The ferry, he added, had not sailed in a week."
    assert attributed(INTRO + cigarette + MORE) == [FIRST, SECOND]
    assert attributed(INTRO + "“The harbour is silting up,” Dorn told reporters. Dorn then walked back to his boat." + MORE) == [FIRST, SECOND]
    inverted = "Ruth Okafor, 52, pilots the ferry.\n\n“The harbour is silting up,” said Okafor, pausing at the gate. She had not slept in two days."
    assert attributed(inverted + MORE) == [("Ruth Okafor", FIRST[1]), ("Ruth Okafor", SECOND[1])]
    assert attributed(INTRO + "“The harbour is silting up,” Dorn said." + MORE) == [FIRST, SECOND]  # no narrative: as before


def test_narrative_about_anyone_else_after_the_statement_breaks_the_thread():
    lawyer = "“The harbour is silting up,” Dorn said. His lawyer, Petra Vos, shook her head."
    assert attributed(INTRO + lawyer + MORE) == [FIRST]
    she = "Dorn said the pier was failing. “The harbour is silting up,” he said. She nodded."  # 'she' is not the man who spoke
    assert attributed(INTRO + she + MORE) == [FIRST]
    assert attributed(INTRO + "“The harbour is silting up,” Dorn said. Officials disagreed." + MORE) == [FIRST]
    assert attributed(INTRO + "“The harbour is silting up,” Dorn said. He and his wife left the quay." + MORE) == [FIRST]
    longer = "“The harbour is silting up,” Dorn said. He looked away. He lit a pipe. He sighed."  # more than a stage direction
    assert attributed(INTRO + longer + MORE) == [FIRST]
