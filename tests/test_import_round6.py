"""Subheads of copied texts that the corpus's last misses and the fifth held-out round showed: numbered short lines over
the paragraphs they head, a quoted phrase beside a page's other headings, and numbered headings under an unnumbered
one. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

SENTENCES = [
    "The harbour board met on a wet morning and heard from the pilots, the dockers and the owners of the small boats",
    "Fees for the smallest boats had doubled in two years, and several owners said they would move to the river port",
    "The chair said the board had never been asked to cut its fees and that the ministry had set the rates itself",
    "A pilot who works the night shift said the second pilot had been promised three times and never hired",
    "The owners of the tugboats said their crews had been blamed for a collision they had no part in at all",
    "Engineers said the old crane on the north quay could not lift the new containers and needed replacing soon",
    "The ministry's lawyer read a long statement and then declined to answer the questions put to him afterwards",
    "By the evening the public gallery had emptied and only the reporters and the board's clerks were left",
]


def para(n: int) -> str:
    """A paragraph of prose, different for each n (a paragraph given twice is read as a pull quote)."""
    return f"{SENTENCES[n % len(SENTENCES)]}, {PROSE.lower()}"


def story(body: str) -> str:
    return f"Five Moments From the Harbour Board's Long Hearing\n\nMarch 9, 2026\n\n{body}\n"


# -- numbered short lines, each over the paragraphs it heads ---------------------------------------------------------------


def test_numbered_short_lines_over_their_paragraphs_are_subheads():
    body = (
        f"{para(2)}. Here are the moments that mattered:\n\n"
        f"2. Never asked the port to cut its fees\n\n{para(3)}.\n\n{para(4)}, the chair said.\n\n"
        f'3. "Not some back channel"\n\n{para(5)}.\n\n'
        f"4. Doubts about the pilot's account\n\n{para(6)}.\n"
    )
    _, report = built(story(body))
    assert headings(report) == ["2. Never asked the port to cut its fees", '3. "Not some back channel"', "4. Doubts about the pilot's account"]


def test_numbered_lines_one_after_another_stay_a_list():
    """Near miss: numbered lines that follow one another are a list's items, and numbered sentences are paragraphs."""
    body = (
        f"{para(7)}. The board asked for three things:\n\n1. Lower fees for small boats\n\n2. A second pilot at night\n\n"
        f"3. A new crane by the spring\n\n{para(8)}.\n\n"
        f"1. The board met twice in May.\n\n{para(9)}.\n\n2. The chair resigned in June.\n\n{para(10)}.\n\n3. The port reopened in July.\n\n{para(11)}.\n"
    )
    _, report = built(story(body))
    assert headings(report) == []
    assert "The board met twice in May." in body_text(report)


# -- a quoted phrase beside the page's other headings -------------------------------------------------------------------


def test_quoted_phrase_on_a_page_with_headings_is_a_subhead():
    body = (
        f"{para(12)}.\n\nThe north quay\n\n{para(13)}.\n\nThe night shift\n\n{para(14)}.\n\n"
        f"“U.S.-owned pirate tugboats”\n\n{para(15)}, the ministry said of the tugboats it blamed.\n"
    )
    _, report = built(story(body))
    assert headings(report) == ["The north quay", "The night shift", "“U.S.-owned pirate tugboats”"]


def test_quoted_phrase_without_headings_or_a_quoted_sentence_stays_text():
    """Near miss: the same phrase in a story with no headings, and a quoted sentence beside headings, are no subheads."""
    plain = f"{para(16)}.\n\n“U.S.-owned pirate tugboats”\n\n{para(17)}, the ministry said of the tugboats it blamed.\n"
    _, report = built(story(plain))
    assert headings(report) == []
    sentence = f"{para(18)}.\n\nThe north quay\n\n{para(19)}.\n\nThe night shift\n\n{para(20)}.\n\n“We will not leave the quay.”\n\n{para(21)}, the dockers said.\n"
    _, report = built(story(sentence))
    assert headings(report) == ["The north quay", "The night shift"]


# -- numbered headings under an unnumbered heading ----------------------------------------------------------------------


def sections_and_subsections(report) -> tuple[list[str], list[str]]:
    return [s.title for s in report.chapters], [h.title for s in report.sections for h in s.subheadings]


def test_numbered_headings_between_unnumbered_ones_are_sub_sections():
    body = (
        f"How the Port Recovered\n\n{para(22)}.\n\n1. Fees for Small Boats\n\n{para(23)}.\n\n2. Pilots at Night\n\n{para(24)}.\n\n"
        f"3. Cranes and Quays\n\n{para(25)}.\n\nWhat Comes Next\n\n{para(26)}.\n"
    )
    _, report = built(story(body))
    assert sections_and_subsections(report) == (
        ["How the Port Recovered", "What Comes Next"],
        ["1. Fees for Small Boats", "2. Pilots at Night", "3. Cranes and Quays"],
    )


def test_numbered_sections_of_a_report_stay_sections():
    """Near miss: a report whose own sections are numbered, with no unnumbered heading around them, keeps them as sections."""
    body = f"1. Fees for Small Boats\n\n{para(27)}.\n\n2. Pilots at Night\n\n{para(28)}.\n\n3. Cranes and Quays\n\n{para(29)}.\n"
    _, report = built(story(body))
    assert sections_and_subsections(report) == (["1. Fees for Small Boats", "2. Pilots at Night", "3. Cranes and Quays"], [])


# -- a copied page's top: the site's menu, the lead photo's credit, a rubric over the headline, a read time --------------

MENU = "Skip to Content\nCongress\nMedia\nAccount\nDonate\nAbout\nExperts\nPrograms\nPublications\nTopics\nEvents\n"
HEADLINE = "Harbour Fees and the Politics of the Northern Quay"


def test_a_copied_pages_menu_credit_and_rubric_are_not_its_title():
    text = (
        f"{MENU}Jane Roe/AFP via Getty Images\nCommentary from Ports and Power: Navigating Maritime Governance in the North Sea\n"
        f"{HEADLINE}\n\nby John Doe\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n"
    )
    _, report = built(text)
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["John Doe"]
    assert report.date is not None and report.date.isoformat() == "2020-07-01"


def test_a_short_menu_a_headline_via_and_a_letter_alone_stay_title_candidates():
    """Near miss: three short lines are a section's name and kicker, not a site's menu; a headline with 'via' in it is no
    photo credit; a 'Letter from …' line with no other headline beside it is the title."""
    _, report = built(f"World\nEurope\nPorts\nShipping Moves via the Arctic Route\n\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.title == "Shipping Moves via the Arctic Route"
    _, report = built(f"Letter from the Northern Quay\n\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.title == "Letter from the Northern Quay"


def test_a_copied_pages_menu_is_no_title():
    _, report = built(f"{MENU}{HEADLINE}\n\nby John Doe\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.title == HEADLINE


def test_the_lead_photos_credit_over_the_headline_is_no_title():
    _, report = built(f"Jane Roe/AFP via Getty Images\n{HEADLINE}\n\nby John Doe\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.title == HEADLINE


def test_a_rubric_over_the_headline_is_no_title_however_long():
    rubric = "Commentary from Ports and Power: Navigating Maritime Governance in the North Sea"
    _, report = built(f"{rubric}\n{HEADLINE}\n\nby John Doe\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.title == HEADLINE


# -- the site's own items after a page's notes ------------------------------------------------------------------------


def noted_page(after_notes: str) -> str:
    return (
        f"{HEADLINE}\n\nJuly 1, 2020\n\n{para(1)}.[1]\n\n{para(2)}.[2]\n\nENDNOTES\n\n"
        f"[1] Jane Roe, Harbour Fees (London: Quay Press, 2019), 12.\n\n[2] John Doe, The Northern Quay (Leeds: Dock Books, 2020), 40.\n\n"
        f"{after_notes}"
    )


def test_the_sites_items_after_the_notes_are_not_the_reports():
    site = "PROGRAMS\nPorts and Power\nSEARCH\nharbours\nshipping\nmaritime governance\nCentre for Northern Sea Studies\n"
    _, report = built(noted_page(site))
    assert headings(report) == []
    assert "Centre for Northern Sea Studies" not in body_text(report)


def test_a_heading_in_capitals_over_prose_after_the_notes_is_the_reports():
    """Near miss: 'ABOUT THE AUTHORS' over a paragraph after the notes is the report's own section."""
    _, report = built(noted_page(f"ABOUT THE AUTHORS\n\n{para(3)}.\n"))
    assert "ABOUT THE AUTHORS" in headings(report)


# -- a byline of names with Dutch particles -------------------------------------------------------------------------------


def test_names_with_van_den_and_ter_are_a_bare_byline():
    _, report = built(f"{HEADLINE}\nAnna van den Berg, Pieter ter Horst, Jan Smit\n\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert [a.name for a in report.authors] == ["Anna van den Berg", "Pieter ter Horst", "Jan Smit"]


def test_a_line_of_words_with_den_is_no_byline():
    """Near miss: a kicker naming places, one with 'den' in it, is no list of people."""
    _, report = built(f"{HEADLINE}\nThe Hague, Den Helder and the Coast\n\nJuly 1, 2020\n\n{para(1)}.\n\n{para(2)}.\n")
    assert report.authors == []
