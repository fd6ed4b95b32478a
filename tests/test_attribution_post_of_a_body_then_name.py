"""“…” says the President of the Harbour Guild, Mr Tomas Brenner.": the holder named after the comma speaks, whatever
noun the body's name ends with (Guild, Society, Chamber, Union, Association, as with Council). Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "This is a reckless attack on the harbour pilots"


@pytest.mark.parametrize("body", ["Harbour Guild", "Ferry Society", "Harbour Chamber", "Harbour Union", "Harbour Association"])
def test_the_holder_named_after_the_post(body):
    assert attributed(f"“{QUOTE}” says the President of the {body}, Mr Tomas Brenner.") == [("Tomas Brenner", QUOTE)]


@pytest.mark.parametrize("body", ["Harbour Council", "Pilots’ Society"])
def test_a_body_read_right_before_stays(body):
    # near misses: a Council, or a name ending in a possessive, was read so before the rule
    assert attributed(f"“{QUOTE}” says the President of the {body}, Mr Tomas Brenner.") == [("Tomas Brenner", QUOTE)]


def test_the_post_with_no_name_after_stays_the_post():
    assert attributed(f"“{QUOTE}” says the President of the Harbour Guild.") == [("President of the Harbour Guild", QUOTE)]
