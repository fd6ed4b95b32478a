"""Think-tank pages run into one paragraph, as an archive stores them (the fourth held-out round's shapes): endnotes
numbered in brackets, headings run into the prose before a sentence adverb, headings holding "The" or a lower-case
preposition. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

SENTENCES = " ".join(f"{PROSE}, and the talks went on into the night number {n}." for n in range(8))


def page(body: str) -> str:
    return f"How The Border Talks Ended\n\n2026-03-09\n\n{body}\n"


# -- endnotes numbered in brackets --------------------------------------------------------------------------------------


def test_endnotes_in_brackets_run_into_a_flattened_page_are_its_notes_list():
    notes = " ".join(
        f"[{key}] Jane Roe, ‘Report {key}’ (Example Review, 2025) <https://example.org/r/{key}> accessed {key} May 2025." for key in range(1, 5)
    )
    body = (
        f"{SENTENCES} The council met twice. [1] {SENTENCES} The port stayed shut. [2] [3] {SENTENCES} Both sides agreed. [4] "
        f"Endnotes {notes} Authors Jane Roe John Doe Share this page"
    )
    _, report = built(page(body))
    assert sorted(report.notes, key=int) == ["1", "2", "3", "4"] and all(n.defined and n.citations for n in report.notes.values())
    assert report.notes["4"].text.endswith("accessed 4 May 2025.")  # the access date is the note's, the author box is not
    assert "Authors Jane Roe" not in body_text(report)


def test_numbers_in_brackets_without_a_notes_label_stay_text():
    body = f"{SENTENCES} The council met twice. [1] {SENTENCES} Items [1] to [3] of the list [2] were read out. [3] {SENTENCES}"
    _, report = built(page(body))
    assert not any(n.defined for n in report.notes.values())


# -- headings run into the prose ----------------------------------------------------------------------------------------


def test_run_in_headings_before_a_sentence_adverb_or_lets_and_holding_the_or_before_are_whole():
    body = (
        f"{SENTENCES} Converging Views: The Limits of Early Rules in Trade Let’s start with the ports. {SENTENCES} "
        f"Market Shape: Upstream Strength and Downstream Spread Importantly, the firms are small. {SENTENCES} "
        f"Conclusion: Enforcement before Regulation Two distinct issues remain. {SENTENCES}"
    )
    _, report = built(page(body))
    assert headings(report) == [
        "Converging Views: The Limits of Early Rules in Trade",
        "Market Shape: Upstream Strength and Downstream Spread",
        "Conclusion: Enforcement before Regulation",
    ]
    assert "Let’s start with the ports." in body_text(report) and "Importantly, the firms are small." in body_text(report)


def test_a_photo_credit_before_a_sentence_adverb_is_no_heading():
    """Near miss: a photo's credit run into the prose before "Meanwhile," is in title case too."""
    body = f"{SENTENCES} AFP via Getty Images Meanwhile, the council said little. {SENTENCES} Sven Hoppe/Getty Images However, the mediator left. {SENTENCES}"
    _, report = built(page(body))
    assert headings(report) == []


# -- the site's header over the title given again, the byline run in under it, the site's items after the text ---------

MENU = "About Research Opportunities Team Analysis Alumni Updates Donate"
PAGE_LONG = f"{SENTENCES} {SENTENCES} {SENTENCES}"  # a page run into one paragraph is 3,000 characters or more


def test_the_sites_header_the_run_in_byline_and_the_sites_items_after_the_text_are_set_apart():
    body = (
        f"How The Border Talks Ended {MENU} {MENU} How The Border Talks Ended Jane Roe , John Doe March 9, 2026 — 10 min read "
        f"The ministers met at dawn. {PAGE_LONG} Both sides left without a word. Leave a Reply Cancel reply Most Read Insights "
        "Newsletter Sign up"
    )
    result, report = built(page(body))
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]
    text = body_text(report)
    assert text.startswith("The ministers met at dawn.") and text.endswith("Both sides left without a word.")
    assert MENU not in text and "Leave a Reply" not in text
    assert not [p for p in result.problems if "no byline" in p.message]


def test_a_byline_with_the_authors_post_run_in_under_the_title():
    body = f"How The Border Talks Ended {MENU} How The Border Talks Ended By Jane Roe, a Senior Adviser at the Board of Trade. The ministers met at dawn. {PAGE_LONG}"
    _, report = built(page(body))
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "Senior Adviser at the Board of Trade")]
    assert body_text(report).startswith("The ministers met at dawn.")


def test_a_long_paragraph_naming_its_title_once_and_a_disclaimer_early_in_the_text_stay():
    """Near miss: the title only at the start (no menu under it), 'Read more' and a disclaimer-like sentence in the first
    half of the text: nothing is cut."""
    body = f"How The Border Talks Ended as the ministers met at dawn. Read more about the talks. The views expressed in this report are the ministers'. {PAGE_LONG}"
    _, report = built(page(body))
    assert body_text(report).startswith("How The Border Talks Ended as the ministers met at dawn. Read more")


# -- a page as the browser shows it: chart titles, a list under a colon, an image slider's labels -----------------------

LINE_PROSE = f"{PROSE}. {PROSE}, and the ports stayed shut for a week."


def lines(*blocks: str) -> str:
    return "\n\n".join(["How The Border Talks Ended", "Published 29 May, 2026", *blocks]) + "\n"


def test_a_chart_title_naming_its_unit_is_a_figure_not_a_heading():
    _, report = built(
        lines(LINE_PROSE, "Oil Exports on the Water, in Millions of Barrels per Week", LINE_PROSE, "Grain Imports in 2025 (%), by Port", LINE_PROSE)
    )
    assert headings(report) == []
    _, near = built(lines(LINE_PROSE, "Millions of Barrels Go Missing", LINE_PROSE, "The Ports in Winter", LINE_PROSE))
    assert headings(near) == ["Millions of Barrels Go Missing", "The Ports in Winter"]  # near miss: no unit named


def test_short_lines_under_a_line_ending_in_a_colon_are_its_list_and_the_last_no_heading():
    _, report = built(
        lines(
            LINE_PROSE,
            "The port authority set up a tiered system of passage, encompassing roughly:",
            "Friendly states like the two neighbours",
            "Other states keeping relations with the capital",
            "Private deals for single ships, with up to $150,000 per ship charged",
            LINE_PROSE,
        )
    )
    assert headings(report) == []
    assert "Private deals for single ships" in body_text(report)
    _, near = built(lines(LINE_PROSE, "The authority named one problem above the rest:", "Slow Dredging in the Channel", LINE_PROSE, LINE_PROSE))
    assert headings(near) == ["Slow Dredging in the Channel"]  # near miss: one line under the colon, a heading over its prose


def test_an_image_sliders_before_and_after_labels_are_furniture():
    result, report = built(lines(LINE_PROSE, "Before", "After", "Top left: the port in July 2024. Top right: the port in 2025.", LINE_PROSE))
    assert headings(report) == [] and "image slider labels" in result.dropped
    _, near = built(lines(LINE_PROSE, "After the Vote", LINE_PROSE, "Before the Talks", LINE_PROSE))
    assert headings(near) == ["After the Vote", "Before the Talks"]


# -- headings in sentence case run into a flattened page: named in quotation marks, numbered, short questions ----------


def test_chapters_a_reading_guide_names_in_quotation_marks_are_headings_where_they_start_a_sentence():
    body = (
        f"How to read this note If you run a port, read ‘How the ports are run today’; if you sit on a council, read "
        f"‘What the councils decided in May’. {PAGE_LONG} How the ports are run today The harbour board meets weekly. {PAGE_LONG} "
        f"What the councils decided in May The councils voted twice. {PAGE_LONG} Border fees are rising, as ‘border fees’ go. {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == ["How the ports are run today", "What the councils decided in May"]


def test_a_quoted_term_found_again_at_a_sentences_start_is_no_heading():
    """Near miss: ‘Border fees rising’ quoted, then a sentence opening with those words and going on in lower case."""
    body = f"{PAGE_LONG} The papers spoke of ‘Border fees rising’ all week. Border fees rising is what the councils feared. {PAGE_LONG}"
    _, report = built(page(body))
    assert headings(report) == []


def test_numbered_headings_in_sentence_case_and_short_questions_among_them_are_headings():
    body = (
        f"{PAGE_LONG} Three lessons from the ports 1. Ports are not uniform According to the board, {PAGE_LONG} "
        f"2. Coordination is essential The councils agree. {PAGE_LONG} 3. Incentives matter Participation is voluntary. {PAGE_LONG} "
        f"What is a toll booth? Although nobody agrees, {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == ["1. Ports are not uniform", "2. Coordination is essential", "3. Incentives matter", "What is a toll booth?"]


def test_numbered_sentences_figure_numbers_and_a_writers_questions_stay_text():
    """Near miss: a list of numbered sentences, figures' numbers, and short questions on a page with no headings."""
    body = (
        f"{PAGE_LONG} The plan has three steps. 1. Dredge the channel. 2. Rebuild the quay. 3. Open the basin. {PAGE_LONG} "
        f"Figure 1. Barges per week The count rose. Figure 2. Tolls per barge The toll fell. Figure 3. Ships per day The "
        f"ships came. What is a toll booth? Nobody could say. Who pays the toll? The shippers do. {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == []


# -- a notes list with no numbers, each note ending on its link back ("↩") ---------------------------------------------


def test_notes_ending_on_their_back_links_are_the_notes_list_numbered_in_order():
    notes = " ".join(f"Jane Roe, Report {key} (Example Review, 2026), https://example.org/r/{key} . ↩" for key in range(1, 5))
    body = f"{PAGE_LONG} The council met twice. 1 {PAGE_LONG} The port stayed shut. 2 Both sides agreed. 3 The talks ended. 4 Endnotes {notes} Authors Jane Roe Senior Fellow"
    _, report = built(page(body))
    assert sorted(report.notes, key=int) == ["1", "2", "3", "4"] and all(n.defined and n.citations for n in report.notes.values())
    assert report.notes["4"].text.startswith("Jane Roe, Report 4")


def test_back_link_arrows_without_a_notes_label_or_fewer_than_three_stay_text():
    """Near miss: two arrows after a Notes label, and arrows in a page with no such label."""
    two = f"{PAGE_LONG} The council met. 1 The port shut. 2 Notes Jane Roe, Report 1 . ↩ Jane Roe, Report 2 . ↩ Share"
    _, report = built(page(two))
    assert not any(n.defined for n in report.notes.values())
    unlabelled = f"{PAGE_LONG} Back to top ↩ The council met. ↩ The port shut. ↩ Both agreed. ↩ {PAGE_LONG}"
    _, report = built(page(unlabelled))
    assert not any(n.defined for n in report.notes.values())


def test_headings_in_sentence_case_before_a_new_sentences_first_word_are_headings():
    body = (
        f"{PAGE_LONG} How the ports became a UN issue To understand the debate, {PAGE_LONG} "
        f"A compromise with many open questions Although a compromise, {PAGE_LONG} Turning rules into practice The councils agree. {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == ["How the ports became a UN issue", "A compromise with many open questions", "Turning rules into practice"]


def test_a_sentences_opening_before_a_title_or_a_name_is_no_heading():
    """Near miss: "In his 1999 book The Lexus and …", "According to The Guardian, …", "She wrote in The Economist that …"."""
    body = (
        f"{PAGE_LONG} In his 1999 book The Lexus and the Olive Tree, the writer saw it coming. {PAGE_LONG} According to The "
        f"Guardian, the talks failed. She wrote in The Economist that the ports would close. {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == []


def test_a_contents_list_under_its_label_after_the_text_names_the_headings():
    entries = ["How the ports became a shared issue", "A compromise with many open questions", "Turning the rules into practice"]
    body = (
        f"{PAGE_LONG} {entries[0]} Dredging began, {PAGE_LONG} {entries[1]} Dredging stopped, {PAGE_LONG} "
        f"{entries[2]} Dredging resumed, {PAGE_LONG} Table of Contents {' '.join(entries)} Share this page Print"
    )
    result, report = built(page(body))
    assert headings(report) == entries and result.dropped["contents list"]


def test_a_run_in_heading_before_a_sentence_opening_with_a_number_word():
    body = (
        f"{PAGE_LONG} First Place: Learning the Grammar of Trade The winning plan came from the port. {PAGE_LONG} "
        f"Finalists Propose Using Barges to Ease the Queues Four additional plans were named. {PAGE_LONG}"
    )
    _, report = built(page(body))
    assert headings(report) == ["First Place: Learning the Grammar of Trade", "Finalists Propose Using Barges to Ease the Queues"]


# -- an archive document's security marking and its place-and-date line ------------------------------------------------


def test_a_documents_security_marking_and_place_and_date_line_are_no_sections():
    text = "\n\n".join(["Note by the Secretary", "1965-06-30", "Canberra, 30 June 1965", "Top Secret", "Summary", LINE_PROSE, "Outlook", LINE_PROSE])
    result, report = built(text + "\n")
    assert headings(report) == ["Summary", "Outlook"]
    assert result.dropped["security marking"] == ["Top Secret"] and result.dropped["place and date line"] == ["Canberra, 30 June 1965"]


def test_a_heading_naming_a_secret_or_a_place_stays_a_heading():
    """Near miss: "Secret Talks in Geneva" and "Canberra, the Capital" are headings over their prose."""
    text = "\n\n".join(["Note by the Secretary", "1965-06-30", "Secret Talks in Geneva", LINE_PROSE, "Canberra, the Capital", LINE_PROSE])
    _, report = built(text + "\n")
    assert headings(report) == ["Secret Talks in Geneva", "Canberra, the Capital"]
