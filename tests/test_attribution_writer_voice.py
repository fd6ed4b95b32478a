"""The writer of a speech or an op-ed quoting a statement of his own on record in his own narration ("As I said in this
chamber last year, “…”"): the report's one author says the words. Only there: never where a cue after the quote names
someone else, in a passage a paragraph hands over to (testimony, a letter), a Q:/A: turn, an interview, a question, a
relayed quotation. Passages written for these tests, each with its near misses."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str, authors: str = '"Mara Quell"') -> list[tuple[str, str]]:
    """(speaker, quotation) for each statement of a report whose front matter names the given authors."""
    front = f'+++\ntitle = "An Address"\ndate = 2026-02-20\nauthors = [{authors}]\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}'
    report = read_report(front, "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_as_i_said_on_an_occasion_credits_the_reports_author():
    body = "As I said in this chamber last year, “The harbour levy is a tax on the poor.”"
    assert attributed(body) == [("Mara Quell", "The harbour levy is a tax on the poor.")]


def test_i_wrote_at_the_time_that_credits_the_reports_author():
    assert attributed("I wrote at the time that “the levy will fail”.") == [("Mara Quell", "the levy will fail")]


def test_i_said_over_a_block_quotation_credits_the_reports_author():
    body = "I said in March, and I have not changed my mind:\n\n> The levy was raised by the board. Who pays for it?"
    assert attributed(body) == [("Mara Quell", "The levy was raised by the board. Who pays for it?")]


def test_i_said_without_one_person_as_author_credits_nobody():
    body = "As I said in this chamber last year, “The harbour levy is a tax on the poor.”"
    assert attributed(body, authors="") == []
    assert attributed(body, authors='"Mara Quell", "Ivo Brandt"') == []
    assert attributed(body, authors='"Harbour Policy Institute"') == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # a cue after the quote names its speaker
        ("Tomas Vell spoke on Monday. As I said, “the levy is a tax on the poor,” Vell added.", [("Tomas Vell", "the levy is a tax on the poor,")]),
        (
            "Tomas Vell, in an interview, recalled the storm. I said at the meeting that “nobody checked the crates,” he recalled.",
            [("Tomas Vell", "nobody checked the crates,")],
        ),
        # another subject between "As I said" and the words
        (
            "Tomas Vell spoke at the town hall on Monday. I was there. As I said, he was angry: “The levy is a tax on the poor.”",
            [("Tomas Vell", "The levy is a tax on the poor.")],
        ),
        # an interview written in the first person: the one the writer talks with
        (
            "I met Tomas Vell at his farm outside Brenholt. He poured coffee and talked about the levy.\n\n"
            "As I said in Parliament last year, “the levy is a tax on the poor,” he told me.",
            [],
        ),
        # a scene, a question, a thought, a term, words relayed
        ("He was very ill. As I told him, “your son will be fine.”", []),
        ("He was very ill. I told him: “Your son will be fine.”", []),
        ("The clerk asked what I could do. I said: “Give me a chance and I will learn.”", []),
        ("I thought: “I can’t go on like this.”", []),
        ("The clerk asked what I could do. I said in reply: “Give me a chance.”", []),
        ("I met Tomas Vell on Monday. I asked Vell at the door: “Will you resign?”", []),
        ("I met the minister on Monday. I asked the minister at the door: “Will you resign?”", []),
        ("Tomas Vell resigned on Monday. I told reporters at the time: “He will be back.”", []),
        ("China has adopted what I term a “harbour squeeze” in this paper.", []),
        (
            "Ivo Brandt, the Governor, resigned on Monday. I quote the Governor: “It is with a heavy heart that I go.”",
            [("Ivo Brandt", "It is with a heavy heart that I go.")],
        ),
        # an "I" who is not the writer: testimony, a letter, a Q&A's answer, a block quotation
        (
            "Tomas Vell testified for three hours. His account, in his own words, ran as follows.\n\n"
            "I was at the dock that morning. As I said to the inspectors later, “nobody checked the crates.”",
            [],
        ),
        (
            "Tomas Vell wrote to the board in March. The letter reads in part:\n\n"
            "Dear members, I write again about the levy. As I said in my last letter, “the levy is a tax on the poor.”",
            [],
        ),
        ("Q: Why did you resign?\n\nA: As I said in Parliament, “the levy is a tax on the poor.”", []),
        ("> As I said in this chamber last year, “The harbour levy is a tax on the poor.”", []),
        # the "I" of a quoted person's words stays theirs
        (
            "Tomas Vell spoke on Monday. “As I said last year, I will not resign,” he said.",
            [("Tomas Vell", "As I said last year, I will not resign,")],
        ),
    ],
)
def test_an_i_that_is_not_the_writer_quoting_himself_on_record_is_left_as_it_was(body, expected):
    assert attributed(body) == expected
