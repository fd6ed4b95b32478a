"""The writer of a speech or an op-ed quoting himself in his own narration ("As I said in this chamber last year, “…”"):
the report's one author says the words. Passages written for these tests, each with its near miss."""

from __future__ import annotations

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


def test_as_i_said_credits_the_reports_author():
    body = "As I said in this chamber last year, “The harbour levy is a tax on the poor.”"
    assert attributed(body) == [("Mara Quell", "The harbour levy is a tax on the poor.")]


def test_i_wrote_that_credits_the_reports_author():
    assert attributed("I wrote at the time that “the levy will fail”.") == [("Mara Quell", "the levy will fail")]


def test_i_said_over_a_block_quotation_credits_the_reports_author():
    body = "I said recently in the Senate and I have no reason to change my view:\n\n“The levy was raised by the board. Who pays for it?”"
    assert attributed(body) == [("Mara Quell", "The levy was raised by the board. Who pays for it?")]


def test_i_in_a_quoted_persons_words_stays_the_quoted_persons():
    body = "Tomas Vell spoke on Monday. “As I said last year, I will not resign,” he said."
    assert attributed(body) == [("Tomas Vell", "As I said last year, I will not resign,")]


def test_i_said_without_one_author_credits_nobody():
    body = "As I said in this chamber last year, “The harbour levy is a tax on the poor.”"
    assert attributed(body, authors="") == []
    assert attributed(body, authors='"Mara Quell", "Ivo Brandt"') == []
    assert attributed(body, authors='"Harbour Policy Institute"') == []


def test_a_scene_the_writer_recalls_or_a_term_he_coins_credits_nobody():
    assert attributed("I thought: “I can’t go on like this.”") == []
    assert attributed("The clerk asked what I could do. I said: “Give me a chance and I will learn.”") == []
    assert attributed("He was very ill. I told him: “Your son will be fine.”") == []
    assert attributed("China has adopted what I term a “harbour squeeze” in this paper.") == []
