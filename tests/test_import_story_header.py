"""A story as a wire or a news dataset stores it, under a labelled header ('HEADLINE: …' / 'DATE: …' / 'TEXT:').
Passages of our own, each with a near miss."""

from __future__ import annotations

from datetime import date

from imported import body_text, built, headings

STORY = (
    "Ferry crews at Port Vell went back to work on Thursday after a nine-day strike over rotas.\n\n"
    '"We got what we asked for," said Mira Holt, who speaks for the crews\' union.\n\n'
    "The port authority said services would run as normal by the weekend.\n"
)


def test_a_labelled_header_gives_title_and_date_and_the_story_starts_after_its_text_label():
    _, report = built("HEADLINE: Ferry Crews End Strike\nDATE: March 3, 2011\nSTORYID: 2011-W09-4\nTEXT:\n\n" + STORY)
    assert report.title == "Ferry Crews End Strike" and report.date == date(2011, 3, 3)
    text = body_text(report)
    assert "STORYID" not in text and "2011-W09-4" not in text and "TEXT:" not in text and "HEADLINE" not in text
    assert text.startswith("Ferry crews at Port Vell") and not headings(report)


def test_title_case_labels_with_a_byline_a_source_and_the_body_on_its_label_s_line():
    _, report = built(
        "Headline: Ferry crews end strike at Port Vell\nDateline: HARBOURTON, March 3, 2011\nByline: By Ana Kessel and Tomas Berg\n"
        "Source: Coastal Wire Service\nDocID: CWS-2011-0303-17\nBody: " + STORY
    )
    assert report.title == "Ferry crews end strike at Port Vell" and report.date == date(2011, 3, 3)
    assert [a.name for a in report.authors] == ["Ana Kessel", "Tomas Berg"]
    text = body_text(report)
    assert text.startswith("Ferry crews at Port Vell") and "Coastal Wire Service" not in text and "CWS-2011" not in text


def test_near_miss_a_first_paragraph_opening_on_date_and_a_colon_is_prose():
    _, report = built(
        "Rota Dispute Hearings\n\nDate: the committee met on 4 March 2019 to hear the harbour board's evidence, and again a week later.\n\n" + STORY
    )
    assert report.title == "Rota Dispute Hearings"
    assert body_text(report).startswith("Date: the committee met on 4 March 2019")
    # and a 'Date:' line of prose under a 'Title:' line makes no header either
    _, report = built("Title: Rota Dispute Hearings\nDate: the committee met on 4 March 2019 at the harbour office.\n\n" + STORY)
    assert "the committee met on 4 March 2019" in body_text(report)
