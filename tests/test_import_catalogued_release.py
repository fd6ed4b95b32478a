"""A release as a library's catalogue stores it: the catalogue's headline with a stop, the date, then the release's own
date line, 'For immediate release' and its headline (its date run in or not); a letter it sent appended with its memo
head. The stopped headline is the title and the release's headline no section; 'For immediate release' is the release's
furniture; the memo head ('To: …', 'From: …', the date over 'Dear …,') and the office's address line stay lines of text."""

from __future__ import annotations

from imported import built, headings

LEDE = "In its first response, the Coastal Towns Council has called the state budget one of missed chances for the harbour towns."
QUOTE = '"The budget is one of missed chances for the harbour towns," said Council Director, Ilse Marrow.'


def test_a_stopped_catalogue_headline_over_the_release_headline_with_its_date_run_in() -> None:
    result, report = built("\n\n".join(["Harbour funding cuts.", "2019-03-04", "Harbour funding cuts 4 March 2019", LEDE, QUOTE]) + "\n")
    assert 'title = "Harbour funding cuts."' in result.markdown
    assert not headings(report) and "4 March 2019" not in result.markdown


def test_for_immediate_release_is_furniture() -> None:
    top = ["Harbour charter broken.", "2019-03-04", "04/03/2019", "For immediate release", "Harbour charter broken"]
    result, report = built("\n\n".join([*top, LEDE, QUOTE]) + "\n")
    assert 'title = "Harbour charter broken."' in result.markdown
    assert not headings(report) and "immediate release" not in result.markdown


def test_a_stopped_first_line_that_nothing_repeats_is_no_title() -> None:
    result, _ = built("\n\n".join(["Harbour funding was cut again this year.", "2019-03-04", "Ferry fares rise in the harbour towns", LEDE]) + "\n")
    assert 'title = "Harbour funding was cut again this year."' not in result.markdown


def test_an_appended_letters_memo_head_stays_text() -> None:
    letter = [
        "For more information contact the press officer, Rhea Stone, Tel: + 44 (0)20 7940 1234. E-mail: stone@alliance.example",
        "Northern Ferry Crews' Alliance: HEAD OFFICE, 12 Quay Road, Marlow, Tel: + 44 (0) 20 7403 1234, Email: office@alliance.example",
        "To: The Mayor of Marlow, Ms Ada Kern",
        "From: Tomas Verel, General Secretary",
        "4 March 2019",
        "Dear Mayor,",
        "I write to advise you that closing the pier to the night boats breaks the harbour charter of the town, and we ask you to act.",
        "Yours faithfully,",
        "Tomas Verel,",
    ]
    result, report = built("\n\n".join(["Harbour charter broken", "4 March 2019", LEDE, QUOTE, *letter]) + "\n")
    assert not headings(report)
    assert "\n- " not in result.markdown
    assert "To: The Mayor of Marlow, Ms Ada Kern" in result.markdown and "From: Tomas Verel, General Secretary" in result.markdown


def test_a_section_heading_with_a_colon_stays_a_heading() -> None:
    body = [
        LEDE,
        "Tomorrow: The Harbour Plan",
        "The council will meet the boards to set the plan for the ferries, and the crews will be heard first.",
    ]
    _, report = built("\n\n".join(["Harbour charter broken", "4 March 2019", *body, "Background", LEDE]) + "\n")
    assert "Background" in headings(report)


def test_a_reports_immediate_release_section_heading_is_kept() -> None:
    sections = [
        "Immediate release",
        "The quick tablet dissolves within half an hour and peaks within two hours of the dose.",
        "Extended release",
        "The slow tablet dissolves over twelve hours and keeps the level steady through the night.",
    ]
    top = [
        "Tablet forms of a harbour medicine",
        "By Lena Duro",
        "Published 4 March 2024",
        "This review compares two tablets that clinics in Varno give.",
    ]
    _, report = built("\n\n".join([*top, *sections]) + "\n")
    assert "Immediate release" in headings(report) and "Extended release" in headings(report)
