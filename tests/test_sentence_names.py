"""A paragraph's registry names looked up once and shared out to its sentences (dossier.sentence_names), on small
passages of our own and on every corpus text: each sentence must get what it would get looked up alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dossier.relations import sentence_spans, split_sentences
from dossier.sentence_names import report_sentence_forms, sentence_forms
from dossier.sentences import SENTENCE_MAX
from dossier.text import fold
from test_statements import registry

CORPUS = Path(__file__).parent / "corpus" / "reports"


def alone(paragraph: str, known, on: dt.date | None = None) -> list[list[tuple[int, int, str]]]:
    return [known.named_spans(sentence, on) for sentence in split_sentences(paragraph)]


def shared(paragraph: str, known, on: dt.date | None = None) -> list[list[tuple[int, int, str]]]:
    return [
        known.named_in_spans(s.text, s.forms, on) if s.forms is not None else known.named_spans(s.text, on)
        for s in sentence_forms(paragraph, sentence_spans(paragraph), known)
    ]


def test_each_sentence_gets_its_own_names_with_offsets_in_the_sentence():
    known = registry()
    paragraph = "Rahimi met Varga in Geneva. Then the Herald quoted Okafor.  Southmark said nothing."
    found = sentence_forms(paragraph, sentence_spans(paragraph), known)
    assert [s.text for s in found] == ["Rahimi met Varga in Geneva.", "Then the Herald quoted Okafor.", "Southmark said nothing."]
    assert [paragraph[s.start : s.start + len(s.text)] for s in found] == [s.text for s in found]
    assert [[s.text[b:e] for b, e, _ in s.forms or []] for s in found] == [["Rahimi", "Varga"], ["the Herald", "Okafor"], ["Southmark"]]
    assert (
        shared(paragraph, known)
        == alone(paragraph, known)
        == [[(0, 6, "rahimi"), (11, 16, "varga")], [(5, 15, "the-herald"), (23, 29, "okafor")], [(0, 9, "southmark")]]
    )


def test_a_role_is_resolved_for_each_sentence_by_its_own_date():
    known = registry()
    paragraph = "Norland's Foreign Minister arrived. Norland's Foreign Minister left."
    for on in (None, dt.date(2022, 6, 1), dt.date(2023, 6, 1)):
        assert shared(paragraph, known, on) == alone(paragraph, known, on)
    assert shared(paragraph, known, dt.date(2023, 6, 1))[0][0][2] == "okafor"  # Rahimi held the role until 2022


def test_a_name_across_a_sentence_edge_sends_the_sentence_to_be_looked_up_alone():
    known = registry()
    known.add_provisional("Varga. Then", "content/reports/a.md", 1)  # a form with a full stop inside it
    paragraph = "Rahimi met Varga. Then she left."
    found = sentence_forms(paragraph, sentence_spans(paragraph), known)
    assert [s.forms for s in found] == [None, None]
    assert shared(paragraph, known) == alone(paragraph, known)


def test_a_piece_cut_inside_a_word_is_looked_up_alone():
    known = registry()
    paragraph = "Varga" + "x" * (SENTENCE_MAX + 10) + " Rahimi spoke"  # one word longer than a piece: cut inside it
    found = sentence_forms(paragraph, sentence_spans(paragraph), known)
    assert len(found) > 1 and found[0].forms is None
    assert shared(paragraph, known) == alone(paragraph, known)


def test_sentence_spans_are_the_sentences_with_where_each_starts():
    text = "Mr. Varga met Dr. Okafor.   Then they left. " + " ".join(f"Name{i} met Other{i} and" for i in range(300)) + "  "
    spans = sentence_spans(text)
    assert [s for _, s in spans] == split_sentences(text)
    assert all(text[start : start + len(s)] == s for start, s in spans)
    assert sentence_spans("") == [] and sentence_spans("   ") == []


@pytest.mark.parametrize("with_provisional", [False, True])
def test_every_corpus_sentence_gets_what_it_gets_alone(with_provisional):
    """The rule of the module, on real text, each corpus text read as a report (its lines the paragraphs): a sentence's
    share of the report's names is what it finds alone, with the registry's own forms and with forms added afterwards
    (provisional speakers, matched without the expression)."""
    known = registry()
    if with_provisional:
        for name in ["Vladimir Putin", "Putin", "Kremlin", "Ukraine", "Iran", "U.S.", "Al-Manar", "Hezbollah", "IRGC"]:
            known.add_provisional(name, "content/reports/a.md", 1)
    sentences = names = 0
    for path in sorted(CORPUS.glob("*.txt")):
        paragraphs = path.read_text(encoding="utf-8").splitlines()
        found = report_sentence_forms(paragraphs, [sentence_spans(p) for p in paragraphs], known)
        for paragraph, paragraph_sentences in zip(paragraphs, found, strict=True):
            assert [(s.start, s.text) for s in paragraph_sentences] == sentence_spans(paragraph)
            shares = [known.named_in_spans(s.text, s.forms) if s.forms is not None else known.named_spans(s.text) for s in paragraph_sentences]
            assert shares == alone(paragraph, known), paragraph
            sentences += len(shares)
            names += sum(map(len, shares))
    assert sentences > 8000 and names > (2000 if with_provisional else 0)  # the test registry names almost nobody of the corpus
    assert fold("Çavuşoğlu’s") == "cavusoglu's"  # one character for one: a paragraph's folded slice is its sentence's


def test_a_name_resolves_anew_once_an_actor_with_it_comes_or_goes():
    """Registry.resolve keeps what no date changes (a plain sense, or none at all): adding or removing a provisional
    actor under that name must be seen at once, and a name held by a role is still read for each date."""
    from dossier.actors import Registry
    from dossier.model import Actor, Role

    known = Registry([Actor("pm", "Ann Holm", "person", roles=[Role("Prime Minister", dt.date(2020, 1, 1), dt.date(2021, 1, 1), ["the Premier"])])])
    assert known.resolve("Bo Lind") is None and known.resolve("Ann Holm") == "pm"
    added = known.add_provisional("Bo Lind", "content/reports/a.md", 1)
    assert known.resolve("Bo Lind") == added.id == known.resolve("bo lind ")
    known.remove(added.id)
    assert known.resolve("Bo Lind") is None
    assert known.resolve("the Premier", dt.date(2020, 6, 1)) == "pm" and known.resolve("the Premier", dt.date(2022, 6, 1)) is None


def test_actors_named_reads_a_passage_once_until_an_actor_comes_or_goes(monkeypatch):
    """Registry.actors_named keeps what it found in a passage (the engine asks it of a paragraph for each statement in
    it): asked again, it does not scan; an actor added or removed under a name the passage holds is seen at once."""
    from dossier.actors import Registry
    from dossier.model import Actor, Role

    known = Registry([Actor("pm", "Ann Holm", "person", roles=[Role("Prime Minister", dt.date(2020, 1, 1), dt.date(2021, 1, 1), ["the Premier"])])])
    passage = "Ann Holm met Bo Lind in Vessby, and the Premier left."
    scans = []
    scan = known._named
    monkeypatch.setattr(known, "_named", lambda text, on: scans.append(text) or scan(text, on))
    assert known.actors_named(passage, dt.date(2020, 6, 1)) == ["pm", "pm"]
    assert known.actors_named(passage, dt.date(2020, 6, 1)) == ["pm", "pm"] and len(scans) == 1
    assert known.actors_named(passage, dt.date(2022, 6, 1)) == ["pm"] and len(scans) == 2  # another date: read anew
    added = known.add_provisional("Bo Lind", "content/reports/a.md", 1)
    assert known.actors_named(passage, dt.date(2020, 6, 1)) == ["pm", added.id, "pm"]
    known.remove(added.id)
    assert known.actors_named(passage, dt.date(2020, 6, 1)) == ["pm", "pm"]
    found = known.actors_named(passage, dt.date(2020, 6, 1))
    found.append("changed")  # the caller's list is its own
    assert known.actors_named(passage, dt.date(2020, 6, 1)) == ["pm", "pm"]
