"""A release copied as plain text: its findings under '… concludes that:' with their bullets lost are the text's
paragraphs alike, no block quote for the first; a closing 'Source : <address>' line is where it was copied from, an
editors' note, never a figure with no caption. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

TOP = "Harbour survey finds slow wage growth\n\nBy Ann Lee\n\nMarch 4, 2021\n\nA new Harbour Survey finds wages rising slowly in the port towns.\n\n"
FINDINGS = "Looking at the longer trend, the survey concludes that:\n\nWages have risen slowly in the south.\n\nJobs are scarce in the north.\n\n"


def test_findings_under_a_that_clause_are_paragraphs_alike():
    result, report = built(TOP + FINDINGS + "The survey calls for more training.\n")
    assert "\n> " not in result.markdown
    assert "Wages have risen slowly in the south." in body_text(report)
    # near miss: the paragraph under 'she said:' is the quotation whose marks the copy lost
    quoted = built(TOP + "The survey's author, Ann Lee, said:\n\nWages will not rise until the port reopens.\n\nThe survey closes so.\n")[0]
    assert "\n> Wages will not rise" in quoted.markdown
    stated = built(TOP + "The audit office states clearly that:\n\nWages will not rise until the port reopens.\n\nThe survey closes so.\n")[0]
    assert "\n> Wages will not rise" in stated.markdown


def test_a_closing_source_address_is_an_editors_note_no_figure():
    result, _ = built(TOP + FINDINGS + "Source : https://example.org/news/harbour-survey\n")
    assert ":::{figure}" not in result.markdown and "(no caption)" not in result.markdown
    assert "<https://example.org/news/harbour-survey>" in result.markdown
    # near miss: a source line with a chart's words stays as it was read, and so does one over more of the text
    result, _ = built(TOP + "Source : https://example.org/news/harbour-survey\n\n" + FINDINGS + "The survey calls for more training.\n")
    assert "Source: <https://example.org" not in result.markdown
