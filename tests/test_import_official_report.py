"""An official report's text from its PDF (a UN Secretary-General's report): the cover block of the document's symbol,
distribution, language, job number and barcode over the title, sections numbered in Roman numerals, lettered
sub-sections. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

PARAGRAPH = "{n}. The Mission held meetings with officials across Norland during the period and reported on them to the Council in full."


def numbered(*titles: str) -> str:
    return "Report on the Mission in Norland\n\n" + "\n\n".join(f" {t} \n\n{PARAGRAPH.format(n=i)}" for i, t in enumerate(titles, start=1)) + "\n"


def test_every_roman_numbered_section_heading_is_a_heading():
    """VIII has four letters and a stop, as a photo's caption's last word before its credit has: still a section's number."""
    _, report = built(numbered("I. Introduction", "VII. Youth and peace", "VIII. Humanitarian situation", "IX. Observations"))
    assert headings(report) == ["I. Introduction", "VII. Youth and peace", "VIII. Humanitarian situation", "IX. Observations"]


def test_a_caption_with_its_credit_is_still_no_heading():
    """Near miss: 'The harbour offices in Norton. Jane Roe for Norland News' is a photo's caption and credit."""
    _, report = built(numbered("I. Introduction", "The harbour offices in Norton. Jane Roe for Norland News", "II. Observations"))
    assert "The harbour offices in Norton. Jane Roe for Norland News" not in headings(report)
