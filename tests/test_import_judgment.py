"""A court's judgment as text: the caption's and signatures' short lines are no sections, the judge over the text is
the author and the decision line dates it."""

from __future__ import annotations

import datetime as dt

from imported import body_text, built, headings

CAPTION = [
    "IN THE HIGH COURT OF OSTRAVIA",
    "In the matter of an Appeal in terms of section",
    "41 (2) of the Harbours and Moorings Act",
    "No. 9 of 1988.",
    "Court of Appeal No: Republic of Ostravia",
    "CA/HB/0042/21 COMPLAINANT",
    "Vs.",
    "Tomas Keller",
    "ACCUSED-APPELLANT",
    "Before : Ines Varga, J.",
    ": Pavel Orlik, J.",
    "Argued on : 11-09-2023",
    "Decided on : 03-04-2024",
]
TEXT = [
    "Ines Varga, J.",
    "The appellant was convicted by the magistrate of taking a pilot boat from the inner harbour at night and leaving it "
    "adrift on the bar, where it was found by the morning watch with its engine flooded.",
    "Facts in Brief",
    "The harbour master said that she saw the appellant untie the boat and steer it out past the breakwater without lights, "
    "and the watchman said the same when he was called.",
    "Accordingly, the appeal is dismissed and the conviction affirmed.",
    "Judge of the High Court",
    "Pavel Orlik, J.",
    "I agree.",
    "Judge of the High Court",
]


def test_a_judgments_caption_and_signatures_are_text_its_judge_the_author_and_its_decision_day_the_date():
    result, report = built("\n\n".join(CAPTION + TEXT) + "\n")
    assert headings(report) == ["Facts in Brief"]
    assert "date = 2024-04-03" in result.markdown  # day first
    assert 'name = "Ines Varga"' in result.markdown
    text = body_text(report)
    assert "In the matter of an Appeal in terms of section 41 (2) of the Harbours and Moorings Act No. 9 of 1988." in text
    assert "Judge of the High Court" in text and "I agree." in text
    assert "Ines Varga, J.\n" not in text + "\n"  # the byline, not a paragraph
    assert result.markdown.split('summary = "', 1)[1].startswith("In the matter of an Appeal in terms of section 41 (2) of")


def test_near_miss_a_caption_field_with_no_judge_over_the_text_is_left_as_it_was():
    """'Before : …' in a text no judge's line opens is no judgment: its headings stay, no author or date is taken."""
    text = "\n\n".join(CAPTION + TEXT[1:]) + "\n"
    result, report = built(text)
    assert "Argued on : 11-09-2023" in headings(report) or "Decided on : 03-04-2024" in headings(report)
    assert 'date = "unknown"' in result.markdown and "[[authors]]" not in result.markdown


def test_near_miss_a_judges_name_line_with_no_caption_field_is_no_byline():
    opening = "The board met four times in the year and heard the harbour master's report on the night the pilot boat was taken."
    text = "\n\n".join(["Harbour Board Annual Review", "March 3, 2024", opening, *TEXT]) + "\n"
    result, report = built(text)
    assert "Judge of the High Court" in headings(report)
    assert "date = 2024-03-03" in result.markdown


def test_the_decision_line_is_read_day_first_and_in_words():
    from dossier.judgment import _decision_day

    assert _decision_day("Decided on : 16-01-2024")[0] == dt.date(2024, 1, 16)
    assert _decision_day("Date of Judgment: 5 March 2024")[0] == dt.date(2024, 3, 5)
    assert _decision_day("Argued on : 11-09-2023") is None


def test_a_judges_post_after_the_name_under_the_title_is_no_second_author():
    text = "Harbour Appeal Judgment\n\nInes Varga, J.\n\n" + TEXT[1] + "\n"
    result, _ = built(text)
    assert 'name = "Ines Varga"' in result.markdown and 'name = "J."' not in result.markdown
