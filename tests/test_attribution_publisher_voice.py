"""An outlet or a publishing body speaking in its own text (the outlet as the questioner, "we said in a statement"), and a
participle going on with a sentence's pronoun subject after a connective: passages written for these tests, each with its
near miss."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements
from passages import attributed

MINISTER = "Tomas Vell arrived at the ministry on Monday morning.\n\n"


def test_a_participle_after_a_connective_and_a_pronoun_goes_on_with_the_pronoun():
    body = MINISTER + "However he indicated his meeting with Ada Roe did not go to plan, admitting: “We argued, we certainly argued.”"
    assert attributed(body) == [("Tomas Vell", "We argued, we certainly argued.")]


def test_a_participle_after_a_connective_and_a_name_stays_with_the_name():
    body = MINISTER + "But Ada Roe indicated the meeting did not go to plan, admitting: “We argued, we certainly argued.”"
    assert attributed(body) == [("Ada Roe", "We argued, we certainly argued.")]


def imported(text: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, quotation) for a plain text as it is imported: its Markdown emphasis kept as text."""
    result = import_text("A Report\n\nMarch 3, 2024\n\n" + text, "a.txt", "a")
    registry = Registry([])
    found = extract_statements(read_report(result.markdown, "reports/a.md"), registry)
    return [(registry[s.speaker].name, registry[s.speaker].kind, s.quote) for s in found.statements]


def test_a_publication_named_in_italics_asking_is_the_questioner():
    body = "Tomas Vell dodged questions from _Harbour Lantern_ on Monday.\n\nCalling out from the press pen, _Harbour Lantern_ asked Vell: “Will you resign?”"
    assert imported(body) == [("Harbour Lantern", "outlet", "Will you resign?")]


def test_a_reporter_of_the_publication_in_italics_asking_is_the_reporter():
    body = "Tomas Vell dodged questions on Monday.\n\nCalling out, _Harbour Lantern_ reporter Anna Lusk asked Vell: “Will you resign?”"
    assert imported(body) == [("Anna Lusk", "person", "Will you resign?")]


def test_we_asked_after_the_publication_asked_in_italics_is_the_publication():
    body = (
        "Tomas Vell dodged questions on Monday.\n\nCalling out from the press pen, _Harbour Lantern_ asked Vell: “Will you resign?”\n\n"
        "As he walked in, we asked: “Did you sign the contract?”"
    )
    assert imported(body) == [("Harbour Lantern", "outlet", "Will you resign?"), ("Harbour Lantern", "outlet", "Did you sign the contract?")]


def test_we_asked_with_no_publication_asking_is_nobody_never_the_one_asked():
    assert imported("Tomas Vell arrived on Monday.\n\nAs he walked in, we asked: “Will you resign?”") == []


def test_we_said_after_a_body_opened_the_paragraph_before_with_its_short_name_is_the_body():
    body = (
        "Harbor Watch Foundation (HWF) and two partner groups sent a letter to the port authority on Tuesday.\n\n"
        "“The authority has no basis to close the harbor,” we said in a statement."
    )
    assert attributed(body) == [("Harbor Watch Foundation", "The authority has no basis to close the harbor,")]


def test_we_said_after_a_body_named_further_back_is_nobody():
    body = (
        "Harbor Watch Foundation (HWF) sent a letter to the port authority.\n\nTomas Vell did not reply.\n\n"
        "“The authority has no basis to close the harbor,” we said in a statement."
    )
    assert attributed(body) == []


def test_the_group_after_a_body_opened_the_paragraph_before_with_its_short_name_is_the_body():
    letter = "Harbor Watch Foundation (HWF) and two partner groups sent a letter to the port authority on Tuesday.\n\n"
    assert attributed(letter + "“The rule is plainly unlawful,” the group said.") == [("Harbor Watch Foundation", "The rule is plainly unlawful,")]
    assert attributed(letter + "“We will go to court,” the foundation said.") == [("Harbor Watch Foundation", "We will go to court,")]


def test_a_role_noun_that_is_no_word_of_the_body_opening_the_paragraph_before_stays_unresolved():
    letter = "Harbor Watch Foundation (HWF) and two partner groups sent a letter to the port authority on Tuesday.\n\n"
    assert attributed(letter + "“The rule is plainly lawful,” the ministry said.") == []
