"""A paper's or a talk's title of two phrases joined by a hyphen, each opening with a verb in -ing ("Setting Goals-Taking
Control of the Debate"), names nobody a later "she" can mean; and "Clare" is a woman's given name. Passages written for
these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed

PAPER = (
    "{author}, a former councillor, wrote the Harbour Party's pamphlet for its autumn conference, and the party printed"
    " it as Word Power: {title} of the Debate.\n\nShe argues that “whoever names the problem owns the answer”."
)
SAID = "whoever names the problem owns the answer"


@pytest.mark.parametrize("author", ["Clare Whitby", "Mira Whitby", "Sharon Whitby"])
def test_the_author_is_the_she_after_a_title_of_two_phrases(author):
    assert attributed(PAPER.format(title="Setting Goals-Taking Control", author=author)) == [(author, SAID)]


@pytest.mark.parametrize("author", ["Kerry Whitby", "Jordan Whitby"])
def test_a_title_of_two_phrases_is_never_the_she(author):
    assert attributed(PAPER.format(title="Setting Goals-Taking Control", author=author)) in ([], [(author, SAID)])


@pytest.mark.parametrize("chunk", ["Setting Goals-Taking Control", "Building Bridges-Breaking Walls"])
def test_two_gerund_phrases_name_nobody(chunk):
    assert head_of(chunk) is None


@pytest.mark.parametrize("chunk", ["Mary Smith-Jones", "Sterling Lloyd-Manning Jones", "Harding Ode-Fielding"])
def test_hyphened_surnames_stay_names(chunk):
    head = head_of(chunk)
    assert head is not None and head.kind == "person"
