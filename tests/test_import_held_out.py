"""Import rules from the held-out rounds (files 56-78): each on a small passage of our own, with a near miss beside it."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.dates import find_date, find_line_date
from imported import PROSE, body_text, built, headings

# --- page footnotes of a PDF turned into text ------------------------------------------------------------------------

PAGED = f"""A Study Of Deterrence

Winter 11-17-2021

Introduction

{PROSE}.[1] The committee met twice that year and agreed on a plan of action.[2] It is a regular topic for quantitative and

[1] Jane Roe, “Deterrence Revisited,” Foreign Affairs 100, no. 4 (2021): 58–67.

[2] John Doe, The Long Game (New York: Norton, 2020), 12.

theoretical policy analysis, in particular game theory, which the board then reviewed.[3]

The second part of the argument turns on the costs of war and the board of

[3] Roe, “Deterrence Revisited,” 60.

Pinar del Rio region, where the reports were first received by the board.

The Findings

{PROSE}, and the findings were published.
"""


def test_page_footnotes_between_paragraphs_are_notes_and_a_cut_paragraph_is_joined():
    result, report = built(PAGED)
    assert sorted(report.notes) == ["1", "2", "3"] and all(n.defined for n in report.notes.values())
    assert report.notes["2"].text.startswith("John Doe, The Long Game")
    text = body_text(report)
    assert "quantitative and theoretical policy analysis" in text  # cut before a lower-case word
    assert "the board of Pinar del Rio region" in text  # cut after a function word
    assert "Jane Roe" not in text
    assert headings(report) == ["Introduction", "The Findings"]
    assert not [p for p in result.problems if "note" in p.message]


def test_numbered_lines_that_nothing_above_cites_stay_in_the_text():
    text = f"A Study Of Deterrence\n\nSpring 2021\n\n{PROSE}.\n\n[1] First, the ports.\n\n[2] Second, the roads.\n\n[3] Third, the rails.\n\n{PROSE}, again.\n"
    _, report = built(text)
    assert report.notes == {} or not any(n.defined for n in report.notes.values())
    assert "First, the ports." in body_text(report)


# --- date lines ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, day",
    [
        ("3-2-2022", "2022-03-02"),  # a US repository's M-D-Y
        ("Winter 11-17-2021", "2021-11-17"),  # a journal issue's season and date
        ("17-11-2021", "2021-11-17"),  # the first number cannot be a month: day first
        ("2024-10-26T12:29:33+00:00", "2024-10-26"),
        ("date published: 2024-03-29T12:00:00Z", "2024-03-29"),
        ("5. November 2021", "2021-11-05"),
        ("05.11.2021", "2021-11-05"),
        ("Jan 9th 2020", "2020-01-09"),
    ],
)
def test_date_lines_of_repositories_feeds_and_german_pages(line, day):
    result, report = built(f"A Report On The Corridor\n\n{line}\n\n{PROSE}.\n\n{PROSE}, again.\n")
    assert report.date is not None and report.date.isoformat() == day
    assert not any("no date line" in p.message or "no publication date" in p.message for p in result.problems)
    assert headings(report) == []  # the date line is not a section


def test_numeric_dates_are_read_only_on_a_date_line():
    assert find_date("the vote went 3-2-2022 style") is None  # find_date, used on running text, is unchanged
    assert find_line_date("pages 3-2-2022x") is None
    _, report = built(f"A Report On The Corridor\n\n{PROSE}, with a score of 3-2-2022 in the table.\n")
    assert report.date is None


def test_a_caption_date_is_taken_only_when_the_story_has_no_date_line_of_its_own():
    text = (
        f"Coup in the capital\n\n{PROSE}.\n\nSmoke rises over the city on Aug. 18, 2020 (Photo: Jane Roe/Agency)\n\n"
        f"{PROSE}.\n\nPublished: August 19, 2020\n\n{PROSE}.\n"
    )
    assert built(text)[1].date.isoformat() == "2020-08-19"
    assert built(text.replace("Published: August 19, 2020", "A second paragraph."))[1].date.isoformat() == "2020-08-18"


# --- the header: rubric, title, standfirst, date line, bylines -------------------------------------------------------


def test_a_rubric_and_a_standfirst_above_the_date_line_leave_the_headline_as_title():
    text = f"After the assassination\n\nHow the country can respond to the killing of its general\n\nIts options are constrained\n\nJan 9th 2020\n\n{PROSE}.\n\n{PROSE}, again.\n"
    _, report = built(text)
    assert report.title == "How the country can respond to the killing of its general"
    assert report.date.isoformat() == "2020-01-09" and headings(report) == []
    # near miss: with no date line below them, the first line is the title and the others are text
    _, plain = built(text.replace("Jan 9th 2020\n\n", ""))
    assert plain.title == "After the assassination"


def test_a_date_line_repeated_under_every_item_of_a_digest_is_not_the_header():
    item = "Russia says big powers need to stop 'strangling' North Korea\ndate published: 2024-03-29T00:00:00+00:00\n\n"
    text = "World News, the Wire Service\n\n" + "".join(item.replace("Russia", name) for name in ("Russia", "China", "India")) + f"{PROSE}.\n"
    _, report = built(text)
    assert report.date.isoformat() == "2024-03-29"
    assert body_text(report).count("stop 'strangling' North Korea") == 3  # each headline its own paragraph, none glued to its date line
    assert "Korea date published" not in body_text(report)


def test_an_author_name_over_a_bio_line_and_a_lone_name_with_an_initial_are_the_byline():
    text = f"Religious Soft Power in Foreign Policy\n\nUTK Law Faculty Publications\n\n3-2-2022\n\nRobert Blitt\n\nRobert C. Blitt is a professor of law at the University of Tennessee.\n\nEXECUTIVE SUMMARY\n\n{PROSE}.\n"
    _, report = built(text)
    assert [a.name for a in report.authors] == ["Robert Blitt"] and "professor of law" in report.authors[0].role
    assert report.title == "Religious Soft Power in Foreign Policy" and headings(report) == ["EXECUTIVE SUMMARY"]
    _, lone = built(f"The Missile Crisis Reconsidered\n\n8-25-2022\n\nArthur I. Cyr\n\n{PROSE}.\n")
    assert [a.name for a in lone.authors] == ["Arthur I. Cyr"]
    # near miss: a name heading over a paragraph that does not open with the name is a heading
    _, heading = built(f"The Missile Crisis Reconsidered\n\n8-25-2022\n\n{PROSE}.\n\nVladimir Putin\n\n{PROSE}, again and at length.\n")
    assert heading.authors == [] and "Vladimir Putin" in headings(heading)


def test_a_name_over_its_bio_at_the_end_is_not_a_section():
    text = f"The Missile Crisis Reconsidered\n\n8-25-2022\n\nLessons\n\n{PROSE}.\n\nJane M. Roe\n\nDr. Jane M. Roe has served as the vice president of the council.\n"
    _, report = built(text)
    assert headings(report) == ["Lessons"] and "Dr. Jane M. Roe has served" in body_text(report)


def test_a_byline_over_two_lines():
    text = f"Floods leave millions homeless\n\nBy Jane Doe\n\nBBC News, Islamabad\n\n{PROSE}.\n\n{PROSE}, again.\n"
    _, report = built(text)
    assert [(a.name, a.role) for a in report.authors] == [("Jane Doe", "BBC News, Islamabad")] and headings(report) == []
    # near miss: a heading after a byline (no comma) is still a heading
    _, other = built(f"Floods leave millions homeless\n\nBy Jane Doe\n\n{PROSE}.\n\nThe Relief Effort\n\n{PROSE}, again.\n")
    assert "The Relief Effort" in headings(other)


def test_a_cable_header_and_author_line():
    text = (
        "Saudi Snub Dashes Reconciliation Hopes\n\n18 March 1994\n\nDocument Type:FBIS TRENDS-17MAR94-JORDAN\n\n"
        f"SUMMARY\n\n{PROSE}.\n\nDamage Control\n\n{PROSE}, again.\n\n(AUTHOR:  MURRAY.  QUESTIONS AND/OR COMMENTS, PLEASE CALL CHIEF.)\n"
    )
    result, report = built(text)
    assert headings(report) == ["SUMMARY", "Damage Control"]
    assert [a.name for a in report.authors] == ["Murray"] and not any("no byline" in p.message for p in result.problems)
    assert "Document Type" not in result.markdown.split("+++")[2]


def test_the_speaker_and_day_of_a_floor_statement():
    _, report = built(f"SIDELINING HUMAN RIGHTS\n\nMr. WOLF — 23 September 2009\n\nMr. WOLF. Madam Speaker, {PROSE}.\n")
    assert report.date.isoformat() == "2009-09-23" and [a.name for a in report.authors] == ["Mr. Wolf"]
    assert headings(report) == [] and body_text(report).startswith("Mr. WOLF — 23 September 2009")


# --- lines that are not headings ------------------------------------------------------------------------------------


def test_a_dateline_alone_opens_the_first_paragraph_and_a_labelled_story_link_is_dropped():
    text = f"President resigns after coup\n\n(CNN)\n\nMali's President {PROSE}.\n\nRelated: Why the Mali coup could worry Donald Trump and Emmanuel Macron\n\n{PROSE}, again.\n"
    result, report = built(text)
    assert headings(report) == [] and body_text(report).startswith("(CNN) Mali's President")
    assert result.dropped["related articles"] == ["Related: Why the Mali coup could worry Donald Trump and Emmanuel Macron"]
    _, near = built(f"President resigns after coup\n\n{PROSE}.\n\nRelated to this, the ministry said the borders would stay closed.\n")
    assert "Related to this" in body_text(near)


def test_a_bracketed_source_line_is_not_a_heading():
    _, report = built(
        f"SIDELINING HUMAN RIGHTS\n\n{PROSE}.\n\n[From the Washington Post, Sept. 23, 2009]\n\nA Cold Shoulder to Liberty\n\n{PROSE}, again.\n"
    )
    assert headings(report) == ["A Cold Shoulder to Liberty"]


def test_a_mailonline_caption_is_a_figure_and_a_rubric_is_not():
    caption = "Anger: Israel's Prime Minister denounced the agreement as an 'historic mistake' that left the programme within reach"
    text = f"By Jane Doe\n\n{PROSE}.\n\n{caption}\n\n{PROSE}, again.\n\nExclusive: Taiwan's navy chief to visit the capital next week, sources say\n\n{PROSE}.\n"
    _, report = built(text)
    captions = [p.text for s in report.sections for p in s.paragraphs if p.kind == "caption"]
    assert captions == [caption] and headings(report) == []
    assert "Exclusive: Taiwan's navy chief" in body_text(report)
    _, field = built(f"A Peace Plan\n\n{PROSE}.\n\nParties acting: Russia, NATO\n\n{PROSE}, again.\n")
    assert not [p for s in field.sections for p in s.paragraphs if p.kind == "caption"]


def test_short_questions_between_paragraphs_are_an_explainers_subheads():
    text = f"What to know about the vote\n\n{PROSE}.\n\nWho won?\n\n{PROSE}, and the count went on.\n\nWhat is the world saying?\n\n{PROSE}, and the envoys spoke.\n"
    assert headings(built(text)[1]) == ["Who won?", "What is the world saying?"]
    # near miss: one question alone is a paragraph (an interviewer's question)
    assert headings(built(text.replace("What is the world saying?\n\n", ""))[1]) == []


def test_one_question_is_a_subhead_in_a_story_that_has_other_subheads():
    text = (
        f"Strikes hit the port\n\n{PROSE}.\n\nWho are the rebels?\n\n{PROSE}, and the count went on.\n\nRegional tensions rise\n\n{PROSE}, again.\n"
    )
    assert headings(built(text)[1]) == ["Who are the rebels?", "Regional tensions rise"]


def test_a_quoted_phrase_repeated_in_the_paragraph_under_it_is_a_subhead():
    text = (
        f"Strikes hit the port\n\n{PROSE}.\n\n‘Not an innocent port’\n\n"
        "The prime minister said in a statement on Saturday that the harbour was “not an innocent port.”\n\n"
        f"{PROSE}, again.\n"
    )
    assert headings(built(text)[1]) == ["‘Not an innocent port’"]
    # near misses: a short quotation the paragraph under it does not repeat, and one with its own full stop, are paragraphs
    assert headings(built(text.replace("“not an innocent port.”", "a target"))[1]) == []
    assert headings(built(text.replace("‘Not an innocent port’", "“Not an innocent port.”"))[1]) == []


def test_a_scrapes_broken_sentence_and_its_lost_links_text_are_not_headings():
    text = (
        f"Photographer sentenced again\n\n{PROSE}.\n\nHe was prosecuted over comments posted on the\n\nOpen Courts\n\n"
        f"{PROSE}, again.\n\nIn fact, 21 migrants died every day in 2025, according to\n\n{PROSE}, and again.\n\n"
        f"Step up search and rescue\n\n{PROSE}, and once more.\n"
    )
    _, report = built(text)
    assert headings(report) == ["Step up search and rescue"]
    assert "Open Courts" in body_text(report) and "according to" in body_text(report)


def test_keywords_become_tags_and_capitals_are_sections_over_title_case_subheads():
    text = (
        f"A Study Of Deterrence\n\n8-25-2022\n\nKeywords:\n\nCuba, deterrence, leadership\n\nEXECUTIVE SUMMARY\n\n{PROSE}.\n\n"
        f"INTRODUCTION\n\n{PROSE}.\n\nBoosting State Sovereignty\n\n{PROSE}.\n\nProhibiting Falsification\n\n{PROSE}.\n\nCONCLUSIONS\n\n{PROSE}.\n"
    )
    _, report = built(text)
    assert report.tags == ["Cuba", "deterrence", "leadership"]
    assert [s.title for s in report.chapters] == ["EXECUTIVE SUMMARY", "INTRODUCTION", "CONCLUSIONS"]
    assert [h.title for s in report.sections for h in s.subheadings] == ["Boosting State Sovereignty", "Prohibiting Falsification"]


def test_a_heading_in_capitals_after_the_notes_list_ends_it():
    text = f"A Study Of Deterrence\n\n{PROSE}.[1]\n\nNOTES\n\n[1] Jane Roe, Deterrence (2021).\n\nABOUT THE PROJECT\n\nThe project studies the use of religion in foreign affairs.\n"
    _, report = built(text)
    assert report.notes["1"].text == "Jane Roe, Deterrence (2021)." and "ABOUT THE PROJECT" in headings(report)


def test_a_long_caption_full_of_names_is_not_a_heading_but_a_long_title_case_heading_is():
    caption = "U.S. Secretary of State John Kerry arrives at Geneva International airport in Geneva, Switzerland on Saturday"
    _, report = built(f"By Jane Doe\n\n{PROSE}.\n\n{caption}\n\n{PROSE}, again.\n")
    assert headings(report) == [] and caption in body_text(report)
    heading = "The Foreign Policy Implications of the 2020 Constitutional Amendments for Russia and Its Church Abroad"
    _, near = built(f"By Jane Doe\n\n{PROSE}.\n\n{heading}\n\n{PROSE}, again.\n")
    assert headings(near) == [heading]


def test_a_saved_german_page_dates_itself_by_its_time_element():
    from dossier.savedpage import read_saved_page

    def page(when: str) -> bytes:
        body = f"<article><h1>Länderbericht zur Lage</h1><p class='date'><time>{when}</time></p><p>{PROSE}.</p><p>{PROSE}, again.</p></article>"
        return f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bericht</title></head><body>{body}</body></html>'.encode()

    assert read_saved_page(page("5. November 2021"), "page.html").meta.get("date") == dt.date(2021, 11, 5)
    assert not read_saved_page(page("im November"), "page.html").meta.get("date")


def test_page_footnotes_numbered_without_brackets_read_the_numbers_glued_to_the_words_above():
    text = (
        f"A Study Of Deterrence\n\nWinter 11-17-2021\n\n{PROSE}, as the board agreed.1 The plan was then adopted.2\n\n"
        "1 Jane Roe, Deterrence Revisited (New York: Norton, 2021), 4.\n\n2 John Doe, The Long Game (2020), 12.\n\n"
        f"{PROSE}, and the third point followed.3\n\n3 Roe, Deterrence Revisited, 60.\n\n{PROSE}, again.\n"
    )
    _, report = built(text)
    assert sorted(report.notes) == ["1", "2", "3"] and all(n.defined and n.citations for n in report.notes.values())
    # near miss: a numbered list nothing above refers to stays a list
    _, listed = built(f"A Study Of Deterrence\n\n{PROSE}.\n\n1 First, the ports.\n\n2 Second, the roads.\n\n3 Third, the rails.\n\n{PROSE}, again.\n")
    assert not any(n.defined for n in listed.notes.values())


def test_a_mailonline_date_stamp_is_the_date_line():
    text = f"By Jane Doe\nPUBLISHED:\n06:44 EST, 10 September 2013\n|\nUPDATED:\n13:10 EST, 11 September 2013\n{PROSE}.\n{PROSE}, again.\n"
    result, report = built(text)
    assert report.date.isoformat() == "2013-09-10" and not any("date" in p.message for p in result.problems)
    assert "06:44 EST" not in body_text(report)


def test_a_paragraph_cut_at_a_proper_noun_is_joined_and_a_finished_one_is_not():
    cut = (
        f"A Study Of Deterrence\n\nWinter 11-17-2021\n\n{PROSE}.[1] The plan was adopted.[2] The assertiveness of the Democratic Progressive\n\n"
        "[1] Jane Roe, Deterrence Revisited (2021), 4.\n\n[2] John Doe, The Long Game (2020), 12.\n\n"
        "Party and the decline of the old party are signs of this shift.\n\nThe second page goes on with a finished paragraph of its own.[3]\n\n"
        "[3] Roe, Deterrence, 60.\n\nA third paragraph opens the next page, in capitals as a sentence does.\n\n"
        "Later Years\n\nThe last paragraph closes the study with a summary of the argument.\n"
    )
    _, report = built(cut)
    text = body_text(report)
    assert "the Democratic Progressive Party and the decline" in text
    # a finished paragraph ('….[3]') and a heading after a page's footnotes stay apart from what follows
    assert [len(s.paragraphs) for s in report.sections] == [3, 1] and headings(report) == ["Later Years"]
