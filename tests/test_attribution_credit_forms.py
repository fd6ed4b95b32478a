"""Credit forms newspapers and reports use around a quote that the engine reads: a spokesperson for a body, a cue after
an initialism, "shared the following view:", a dash credit line, a citation in brackets. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

BOARD = "Tenants queue for hours when they try to fix errors through the Velk Housing Board.\n\n"


def test_a_spokesperson_for_a_named_body_after_the_quote_speaks_for_it():
    body = BOARD + "“Every case is checked twice,” a spokeswoman for the Velk Housing Board wrote in an email. “It takes time.”"
    assert attributed(body) == [("Velk Housing Board", "Every case is checked twice,"), ("Velk Housing Board", "It takes time.")]


def test_said_a_spokesperson_for_a_named_body_speaks_for_it():
    body = "“We will reopen the quay,” said a spokesman for the Marrow Port Authority. Traders were relieved."
    assert attributed(body) == [("Marrow Port Authority", "We will reopen the quay,")]


def test_a_spokesperson_for_the_ministry_is_the_ministry_the_passage_names():
    body = (
        "The Velk Ministry of Housing said on Monday that it would hire more staff.\n\n"
        "“Every case is checked twice,” a spokesperson for the ministry said."
    )
    assert attributed(body) == [("Velk Ministry of Housing", "Every case is checked twice,")]


def test_a_spokesperson_for_no_body_stays_unnamed():
    body = BOARD + "“Every case is checked twice,” a spokesperson wrote in an email. “It takes time.”"
    assert attributed(body) == []


def test_a_spokesperson_for_a_family_is_no_body():
    body = "“They only want answers,” a spokesperson for the family said. The inquest resumes on Monday."
    assert attributed(body) == []

