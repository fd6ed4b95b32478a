"""A paragraph that is one quotation from end to end, right under a paragraph whose quotation its cue closes ('"…," he
added.'), goes on with the speaker's words: a paragraph of the text, no block quote set apart. Passages of our own,
with near misses."""

from __future__ import annotations

import pytest
from imported import built

HEAD = "Fans ready for the derby\n2024-03-05\n\nBackground\n"
OPENING = 'Ines Varga, a supporter of twelve years, says the rivalry is "not as bad" as some outside the town think.\n\n'
FOLLOWING = '"Generally, fans will stand side by side in the pub and you will not see any problems at all."\n\n'
CLOSING = "Kestrel won the cup on penalties that day, and the two sets of supporters shared a drink afterwards.\n"


@pytest.mark.parametrize(
    "credited",
    [
        '"There is a bit of banter, but there always is when two sets of supporters meet," he added.\n\n',
        "“There is a bit of banter, but there always is when two sets of supporters meet,” Varga said.\n\n",
        '"There is a bit of banter, but there always is when two sets of supporters meet," said Ines Varga.\n\n',
        '"Is there banter? Of course there is," she told the BBC.\n\n',
        '"There is a bit of banter, but there always is when two sets of supporters meet," explains Ines Varga.\n\n',
    ],
)
def test_a_quotation_under_a_credited_quotation_is_a_paragraph(credited):
    result, _report = built(HEAD + OPENING + credited + FOLLOWING + CLOSING)
    assert "\n> " not in "\n" + result.markdown


def test_near_miss_a_saying_under_a_heading_stays_a_block_quote():
    result, _report = built(HEAD + "Harbour\n\n" + FOLLOWING.replace("Generally", "The sea gives and the sea takes; generally") + CLOSING)
    assert "\n> " in "\n" + result.markdown


def test_near_miss_an_excerpt_under_a_lead_in_stays_a_block_quote():
    lead = "The letter to the club reads:\n\n"
    result, _report = built(HEAD + OPENING + lead + FOLLOWING + CLOSING)
    assert "\n> " in "\n" + result.markdown
