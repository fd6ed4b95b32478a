"""An unnamed source's sentence that names someone else: "“…,” says a former employee who says Varga bullied her.
“…”" and "According to a former producer, Laterza entered fake names …: “…”" are the unnamed source's words, never the
person named inside the sentence. Passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_a_quote_after_an_unnamed_speakers_quote_is_not_the_person_her_sentence_names():
    body = "Other managers bullied staff, too. “Anyone who complained was a whiner,” says a former Harbour employee who says Varga bullied her. “Or a prude.”"
    assert attributed(body) == []
    body = "Other managers bullied staff, too. “Anyone who complained was a whiner,” a former employee who says Varga bullied her said. “Or a prude.”"
    assert attributed(body) == []


def test_a_quote_after_a_named_speakers_quote_still_goes_on_with_the_speaker():
    body = "“Anyone who complained was a whiner,” says Ada Roe, a former employee. “Or a prude.”"
    assert attributed(body) == [("Ada Roe", "Anyone who complained was a whiner,"), ("Ada Roe", "Or a prude.")]


def test_a_colon_line_under_an_unnamed_source_is_not_its_subjects():
    body = "According to a former Harbour producer, Ivo Laterza entered fake names into the visitor logs: “They kept no record of the women.”"
    assert attributed(body) == []


def test_a_colon_line_under_a_named_source_or_none_is_unchanged():
    named = "According to Ada Roe, a former producer, Ivo Laterza entered fake names into the visitor logs: “They kept no record.”"
    assert attributed(named) == [("Ada Roe", "They kept no record.")]
    subject = "In the end, Ivo Laterza summed it up: “Guest One, Guest Two.”"
    assert attributed(subject) == [("Ivo Laterza", "Guest One, Guest Two.")]


def test_an_account_of_a_person_quoted_before_under_an_unnamed_source_is_not_theirs():
    quoted = "Judy Laterza was his assistant. “I keep the diary,” Laterza said. Only his assistants saw who came in. "
    colon = (
        quoted + "According to a former Harbour producer, Laterza entered fake names into the datebook: “If you got his ledger, you would not know.”"
    )
    assert attributed(colon) == [("Judy Laterza", "I keep the diary,")]
    predicate = quoted + "According to a former producer, Laterza was “a gatekeeper”."
    assert attributed(predicate) == [("Judy Laterza", "I keep the diary,")]
    # near miss: with no source the sentence about her goes on with her words
    later = "Judy Laterza was his assistant. “I keep the diary,” Laterza said. Later, Laterza was “a gatekeeper”."
    assert attributed(later) == [("Judy Laterza", "I keep the diary,"), ("Judy Laterza", "a gatekeeper")]


def test_a_quote_after_a_bodys_unnamed_spokesperson_still_goes_on_with_the_body():
    body = "“The board takes it seriously,” a Harbour Board spokesperson said. “It has warned of this for years.”"
    assert attributed(body) == [("Harbour Board", "The board takes it seriously,"), ("Harbour Board", "It has warned of this for years.")]
