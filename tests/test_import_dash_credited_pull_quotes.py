"""A magazine's pull quote given in marks with a dash credit on its line ('“We had to move the archive in one night.” —
Norwegian archivist Ida Brun'), repeating a quotation of the text, is kept as a paragraph whatever words come before
the name, as one credited '— Ida Brun' is: the reader counts it as her words. A pull quote with no credit repeating the
text is still dropped. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "Saving the Harbour Archive\n\nBy Jane Roe\n\nMarch 4, 2024\n\n"
BODY = (
    "When the floods came, the harbour board had no plan for the archive of the lower town, which lay in a basement.\n\n"
    "{pull}\n\n"
    "The archive team began counting what had been saved. “We had to move the whole archive out of the basement in one "
    "night,” Brun recalls. “Nobody slept, and nobody asked us to stop.”\n\n"
    "The board has since moved the archive to the old customs house above the harbour.\n"
)
QUOTATION = "“We had to move the whole archive out of the basement in one night.”"


@pytest.mark.parametrize("credit", ["— Norwegian archivist Ida Brun", "— Ida Brun", "– archivist Ida Brun", "— BBC producer Ida Brun"])
def test_a_dash_credited_pull_quote_is_kept(credit):
    pull = f"{QUOTATION} {credit}"
    result = import_text(HEAD + BODY.format(pull=pull), "story.txt")
    assert pull in result.markdown, result.dropped


def test_a_pull_quote_with_no_credit_is_still_dropped():
    result = import_text(HEAD + BODY.format(pull="We had to move the whole archive out of the basement in one night"), "story.txt")
    assert "\nWe had to move the whole archive out of the basement in one night\n" not in result.markdown
    assert result.dropped.get("pull quote"), result.dropped
