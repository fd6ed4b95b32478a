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


COVER = [" United Nations  S/2025/999 ", "", "Security Council ", "", "Distr.: General ", "11 April 2025 ", "", "Original: English "]
COVER += ["", "25-04876 (E)    160425 ", "*2504876*   ", "United Nations Support Mission in Norland ", "", "Report of the Secretary-General ", ""]


def test_the_cover_block_is_furniture_and_the_lines_under_it_are_title_and_author():
    result, report = built("\n".join(COVER) + numbered("I. Introduction", "II. Political developments").split("\n", 1)[1])
    assert report.title == "United Nations Support Mission in Norland"
    assert str(report.date) == "2025-04-11"
    assert [a.name for a in report.authors] == ["Secretary-General"]
    assert headings(report) == ["I. Introduction", "II. Political developments"]
    assert "*2504876*" in result.dropped["the document's cover block"]


def test_one_document_symbol_at_the_top_is_no_cover_block():
    """Near miss: a note that opens by citing a document's symbol on a line of its own keeps its lines as they are."""
    result, _ = built("A/HRC/58/28\n\nSecurity Council\n\n" + numbered("I. Introduction", "II. Observations"))
    assert "the document's cover block" not in result.dropped


LONG_TITLE = "III. Security sector support and the implementation of the ceasefire agreement of October 2020"


def test_lettered_parts_and_long_roman_titles_are_headings_under_their_sections():
    """'B. Security situation' over a sub-heading, not prose; a Roman title longer than a heading usually is."""
    text = numbered("I. Introduction", "II. Political developments", "A. Political process", "B. Security situation")
    text = text.replace(PARAGRAPH.format(n=4), "")
    text += " Tripoli and western region \n\n" + PARAGRAPH.format(n=4) + f"\n\n {LONG_TITLE} \n\n" + PARAGRAPH.format(n=5) + "\n"
    _, report = built(text)
    assert headings(report) == [
        "I. Introduction",
        "II. Political developments",
        LONG_TITLE,
        "A. Political process",
        "B. Security situation",
        "Tripoli and western region",
    ]
    assert [h.title for h in report.sections[1].subheadings] == ["A. Political process", "B. Security situation", "Tripoli and western region"]


def test_lettered_lines_in_a_report_without_roman_sections_stay_text():
    """Near miss: 'A. …' and 'B. …' lines where no sections run I, II, III are a list or paragraphs, as before."""
    text = "Report on the Mission in Norland\n\n" + PARAGRAPH.format(n=1) + "\n\nA. The first option would keep the Mission as it is\n\n"
    text += PARAGRAPH.format(n=2) + "\n\nB. The second option would close its office in the south\n\n" + PARAGRAPH.format(n=3) + "\n"
    _, report = built(text)
    assert "A. The first option would keep the Mission as it is" not in headings(report)


def paged(paragraphs: list[str]) -> str:
    """Paragraphs wrapped to a 78-column page, the page's symbol and job line set apart at each page's head."""
    import textwrap

    lines: list[str] = []
    for number, paragraph in enumerate(paragraphs, start=2):
        wrapped = textwrap.wrap(paragraph, 78)
        cut = len(wrapped) // 2
        lines += [*wrapped[:cut], "S/2025/999 ", " ", f"25-04876 {number}/15 ", " ", *wrapped[cut:]]
    return "Report on the Mission in Norland\n\n I. Introduction \n\n" + "\n".join(lines) + "\n"


PLACES = ["Norton", "Sirte", "Tobruk", "Ghat", "Derna", "Zuwara", "Misrata", "Sabha", "Kufra", "Ubari"]
SENTENCES = [
    f"{n}. In {place}, the Mission held {n + 2} meetings with the municipal council of {place} during the period, and the "
    f"advisory committee of {place} met {n + 3} times to consider the issues in the electoral framework of {place} and the "
    f"options to address them, before it reported to the Council on the {n + 4} consultations held in {place} that month."
    for n, place in enumerate(PLACES, start=1)
]


def test_a_paragraph_cut_by_a_running_head_with_no_form_feed_is_one_paragraph():
    """'… the advisory committee met in' / 'S/2025/999' / '25-04876 2/15' / 'the capital and …': one paragraph."""
    _, report = built(paged(SENTENCES))
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert len(paragraphs) == 10
    assert all(p.endswith("that month.") for p in paragraphs)
