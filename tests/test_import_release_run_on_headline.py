"""A release's headline run onto its lede's line, two spaces apart, as a PDF's or an OCR copy's text sets it ('Ferry
Fares to Rise on the Vell Line  The cost of a crossing will rise …'): the headline is the title and the summary opens on
the lede. A first paragraph opening on a dateline's place, a sentence, or a paragraph further down keeps its gaps."""

from __future__ import annotations

from imported import built

HEAD = ["Velden Ferry Users Group  www.veldenferryusers.org", "3 March 2011"]
LEDE = "The cost of a crossing will rise for Velden commuters unless the board acts, the Velden Ferry Users Group has warned."
QUOTE = "“Unless the board acts today, the crossing will price out the town,” said Group Director Ilsa Varn."


def first_paragraph(text: str) -> tuple[str, str]:
    """The report's title and its first paragraph, the passage imported as a text export."""
    _, report = built(text)
    return report.title, next(p.text for s in report.sections for p in s.paragraphs)


def test_the_headline_run_onto_the_lede_is_the_title() -> None:
    result, _ = built("\n\n".join([*HEAD, "Ferry Fares to Rise on the Vell Line  " + LEDE, QUOTE]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown
    assert 'summary = "The cost of a crossing will rise' in result.markdown


def test_under_a_distribution_line_too() -> None:
    result, _ = built("\n\n".join([*HEAD, "ATTENTION: News Editors", "Ferry Fares to Rise on the Vell Line  " + LEDE, QUOTE]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown


def test_a_wrapped_lede_under_the_run_on_headline() -> None:
    wrapped = (
        "Ferry Fares to Rise on the Vell Line  The cost of a crossing will rise for Velden\ncommuters unless the board acts, the Group has warned."
    )
    result, _ = built("\n\n".join([*HEAD, wrapped, QUOTE]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown


def paragraphs(text: str) -> tuple[str, list[str]]:
    """The report's title and its paragraphs, the passage imported as a text export."""
    _, report = built(text)
    return report.title, [p.text for s in report.sections for p in s.paragraphs]


def test_a_sentence_with_a_doubled_gap_keeps_its_words() -> None:
    # near miss, no title line above: the first paragraph's doubled gap falls after a sentence's opening words
    sentence = "The cost of a crossing will rise for Velden commuters unless the board acts, the Group has warned."
    title, found = paragraphs("\n\n".join([*HEAD, sentence.replace("of a ", "of a  "), QUOTE]) + "\n")
    assert title == "Export" and found[0] == sentence


def test_a_dateline_place_is_no_headline() -> None:
    # near miss, no title line above: two words in title case before the gap are the dateline's place, no headline
    title, found = paragraphs("\n\n".join([*HEAD, "Port Velden  " + LEDE, QUOTE]) + "\n")
    assert title == "Export" and found[0] == "Port Velden " + LEDE


def test_a_later_paragraph_opening_in_title_case_stays_whole() -> None:
    # near miss, no title line above: only the text's first paragraph may carry the headline
    later = "Group Director Ilsa Varn  The board has not replied to the Group's letter of last month, a spokesman said."
    title, found = paragraphs("\n\n".join([*HEAD, LEDE, later, QUOTE]) + "\n")
    assert title == "Export" and found[:2] == [LEDE, later.replace("Varn  The", "Varn The")]


def test_a_dateline_with_its_region_is_no_headline() -> None:
    # near miss, no title line above: a place and its region before the gap are the story's dateline
    title, paragraph = first_paragraph("\n\n".join([*HEAD, "Port Carrow, Norland  " + LEDE, QUOTE]) + "\n")
    assert title != "Port Carrow, Norland"
    assert paragraph == "Port Carrow, Norland " + LEDE


def test_a_contact_line_with_a_phone_number_is_no_headline() -> None:
    # near miss, no title line above: a digit before the gap (a phone number, a date) is never a headline's
    title, paragraph = first_paragraph("\n\n".join(["3 March 2011", "Contact Ilsa Varn 0400 111 222  " + LEDE, QUOTE]) + "\n")
    assert title != "Contact Ilsa Varn 0400 111 222"
    assert paragraph == "Contact Ilsa Varn 0400 111 222 " + LEDE
