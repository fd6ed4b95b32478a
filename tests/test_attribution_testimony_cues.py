"""Cues of first-person testimonies and the regional press the detector learnt from files 473 and 475 and the ninth
new-user review: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_passive_cue_with_an_adverb_and_its_agent_before_the_quote_is_the_agents():
    body = 'When Tan asked for a boat, he was told bluntly by then Transport Minister Arun Pillai: "We are a small port."'
    assert attributed(body) == [("Arun Pillai", "We are a small port.")]
    body = "Mara Lind asked for a boat. She was told by the harbour master, Ivo Sand: “We are a small port.”"
    assert attributed(body) == [("Ivo Sand", "We are a small port.")]
    # near miss: the one told acting in a later sentence
    near = 'Tan was told by then Transport Minister Arun Pillai to wait. Tan said: "We are a small port."'
    assert attributed(near) == [("Tan", "We are a small port.")]
