"""Import rules for news pages as scrapers store them (held-out round 173-177): a subhead quoting a phrase and going
on is a heading, and a tag list run together without spaces is furniture. Passages of our own, with the near misses
(a quoted phrase alone, not repeated below, stays a paragraph: test_import_held_out)."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def page(*lines: str) -> str:
    return "\n\n".join(["How The Border Talks Ended", "March 9, 2023", *lines]) + "\n"


def test_a_subhead_quoting_a_phrase_heads_the_prose_below_it():
    _, report = built(page(LONG, "‘Pure censorship’ claims", LONG, "'Gag law' defence", LONG))
    assert headings(report) == ["‘Pure censorship’ claims", "'Gag law' defence"]


def test_a_short_quotation_standing_as_a_paragraph_is_no_heading():
    _, report = built(page(LONG, "“We will not give in.”", LONG, "‘It is pure censorship,’ she said.", LONG))
    assert headings(report) == []
    assert "We will not give in." in body_text(report)


def test_a_tag_list_run_together_is_furniture():
    result, report = built(page("ForecastingPoliticsEuropeNarviaCountry Analysis", LONG))
    assert headings(report) == [] and "Forecasting" not in result.markdown
    _, report = built(page("McDonald Visits PlayStation Plant", LONG))
    assert headings(report) == ["McDonald Visits PlayStation Plant"]
