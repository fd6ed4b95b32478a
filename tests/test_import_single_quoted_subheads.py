"""A story that quotes its speakers in double marks sets a subhead quoting a phrase in single marks, as the BBC and the
British press write them: 'We never felt unsafe' on a line of its own between paragraphs is a subhead, each time,
whatever the page's other headings. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import built, headings

HEAD = "Fans ready for the derby\n2024-03-05\n\n"
OPENING = 'Ines Varga, a supporter of twelve years, says the terraces have been "calm all season" and expects the same again.\n\n'
UNDER = "Kestrel won the cup on penalties that day, but Varga says the rivalry is far less bitter than some outside the town think.\n\n"
CLOSING = "The two supporters' teams will meet again in a friendly match at the harbour ground next month.\n"


@pytest.mark.parametrize(
    "before",
    [
        '"I would just hope that everybody behaves and there is no trouble," Varga said.\n\n',  # a quotation closed by its cue
        "The club expects more supporters to travel without tickets this year.\n\n",  # narration
        '"You might have to give a local address," she added. "Then it is fine.\n\n"It always has been."\n\n',  # a run of quotation
    ],
)
@pytest.mark.parametrize("subhead", ["'We never felt unsafe'", "‘Both sets of fans were calm’", "'No trouble at the gates'"])
def test_a_phrase_in_single_marks_between_paragraphs_is_a_subhead(before, subhead):
    _result, report = built(HEAD + OPENING + before + subhead + "\n\n" + UNDER + CLOSING)
    assert subhead in headings(report)


def test_every_such_phrase_is_a_subhead():
    text = HEAD + OPENING + "'We never felt unsafe'\n\n" + UNDER + "'A friendly next month'\n\n" + CLOSING + "\n" + UNDER
    _result, report = built(text)
    assert {"'We never felt unsafe'", "'A friendly next month'"} <= set(headings(report))


@pytest.mark.parametrize(
    "line",
    [
        "'Calm,' he said.",  # a quotation with its cue
        "'We stay here.'",  # a sentence quoted, its stop inside
        "'We never felt unsafe', she said.",  # the phrase with its cue
    ],
)
def test_near_miss_a_quotation_in_single_marks_stays_a_paragraph(line):
    _result, report = built(HEAD + OPENING + line + "\n\n" + UNDER + CLOSING)
    assert line not in headings(report)


def test_near_miss_a_text_quoting_in_single_marks_keeps_its_quoted_line():
    text = HEAD + OPENING + "'It is fine,' Varga said. 'It always has been.'\n\n'We never felt unsafe'\n\n" + UNDER + CLOSING
    _result, report = built(text)
    assert "'We never felt unsafe'" not in headings(report)


def test_near_miss_a_text_quoting_nobody_in_double_marks_keeps_its_line():
    text = HEAD + OPENING.replace('"', "") + "'We never felt unsafe'\n\n" + UNDER + CLOSING
    _result, report = built(text)
    assert "'We never felt unsafe'" not in headings(report)
