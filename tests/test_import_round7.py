"""Copied texts that the corpus's standing misses and the sixth held-out round showed: an embedded post's signature
line, a page's label and date line over its headline, a byline whose names stand on lines of their own. Passages of
our own, each with a near miss."""

from __future__ import annotations

from pathlib import Path

from imported import PROSE, body_text, built, headings

# -- an embedded post's signature line is the post's day, not the page's ---------------------------------------------------

POST = (
    "Why the River Ferry Stopped Running\n\n"
    f"The ferry to the island stopped last spring, and {PROSE.lower()}.\n\n"
    "The mayor wrote about it on social media:\n\n"
    "The ferry will be back when the pier is safe\n"
    "We are asking the county for the money today\n\n"
    "— Jane Roe (@janeroe_mayor) March 4, 2021\n\n"
    f"Residents said the crossing by road now takes an hour, and {PROSE.lower()}.\n"
)


def test_an_embedded_posts_signature_does_not_date_the_page():
    result, _ = built(POST)
    assert 'date = "unknown"' in result.markdown


def test_a_date_line_over_the_story_still_dates_it_beside_an_embedded_post():
    """Near miss: the page's own date line is read as before, the post's signature below it or not."""
    text = POST.replace("Running\n\n", "Running\n\nMarch 9, 2021\n\n", 1)
    result, _ = built(text)
    assert "date = 2021-03-09" in result.markdown


# -- a page's label and date over its headline, a standfirst with no stop, the date again, 'By' over the names ---------------

LABELLED = (
    "Harbours\n"
    "March 3rd 2026\n"
    "The Case for a Second Night Pilot at the River Port\n"
    "How a small port could cut its waiting times by sharing pilots with its neighbours\n"
    "March 3rd 2026\n"
    "By\n"
    "Jane Roe\n"
    ",\n"
    "Ann Poe\n"
    ", and\n"
    "John Doe\n"
    f"The port has one pilot at night, and {PROSE.lower()}.\n"
    f"Ships wait at the bar for hours, and {PROSE.lower()}.\n"
)


def test_a_headline_under_a_label_and_date_line_with_its_byline_over_several_lines():
    result, report = built(LABELLED)
    assert report.title == "The Case for a Second Night Pilot at the River Port"
    assert [a.name for a in report.authors] == ["Jane Roe", "Ann Poe", "John Doe"]
    assert "date = 2026-03-03" in result.markdown
    first = report.sections[0].paragraphs[0].text
    assert first.startswith("The port has one pilot at night")


def test_an_unpunctuated_line_under_a_dated_headline_with_text_under_it_stays_in_the_text():
    """Near miss: a long line with no stop under the headline is the text's when no date line or byline follows it."""
    text = "The Case for a Second Night Pilot at the River Port\nMarch 3, 2026\nHow a small port could cut its waiting times by sharing pilots\n"
    text += f"The port has one pilot at night, and {PROSE.lower()}.\n"
    _, report = built(text)
    assert report.sections[0].paragraphs[0].text.startswith("How a small port could cut its waiting times")


def test_by_over_a_line_that_is_no_name_is_no_byline():
    """Near miss: 'By' over words that are no person's name ('By' / 'the numbers') is not read as a byline."""
    text = "The Case for a Second Night Pilot at the River Port\nMarch 3, 2026\nBy\nthe numbers\n"
    text += f"The port has one pilot at night, and {PROSE.lower()}.\n"
    _, report = built(text)
    assert not report.authors


# -- a news page's highlights box and a dateline on a line of its own are no sections ------------------------------------------

BOXED = (
    "Ferry Strike Ends After Three Weeks as Owners Agree to Talks\n\n"
    "March 9, 2026\n\n"
    "Highlights\n\n"
    "The strike began on February 16\n\n"
    "Owners agreed to talks on pay and night shifts\n\n"
    "The first ferries sail on Tuesday\n\n"
    "Lisbon / Setúbal:\n\n"
    f"The ferry crews went back to work on Monday after three weeks, and {PROSE.lower()}.\n\n"
    f"The owners said the talks would start within a week, and {PROSE.lower()}.\n"
)


def test_a_highlights_box_and_a_dateline_line_are_no_sections():
    _, report = built(BOXED)
    assert headings(report) == []
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert any(p.startswith("Lisbon / Setúbal: The ferry crews went back to work") for p in paragraphs)
    assert "The first ferries sail on Tuesday" in body_text(report)


def test_a_highlights_section_of_paragraphs_and_a_label_with_a_colon_inside_the_story_stay():
    """Near miss: 'Highlights' over long paragraphs is a report's section; a colon line after the story has begun is not
    its dateline."""
    long = f"The ferry crews went back to work on Monday after three weeks, and {PROSE.lower()}. " * 2
    text = (
        "Ferry Strike Ends After Three Weeks as Owners Agree to Talks\n\nMarch 9, 2026\n\n"
        f"{long}\n\nHighlights\n\n{long}\n\n{long}\n\nLisbon:\n\n{long}\n"
    )
    _, report = built(text)
    assert "Highlights" in headings(report)
    assert not any(p.text.startswith("Lisbon:") for s in report.sections for p in s.paragraphs)


# -- an explainer's question subheads: a negative one, a long one answered by short paragraphs -----------------------------


def test_negative_and_long_questions_over_their_answers_are_subheads():
    text = (
        "A Guide to the Harbour Fees\n\nMarch 9, 2026\n\n"
        f"The harbour board sets the fees each spring, and {PROSE.lower()}.\n\n"
        "Who pays the harbour fees?\n\n"
        "The owners of the boats pay them each quarter, by cheque or at the office by the gate, and late payers are fined a tenth.\n\n"
        "Don’t the fees pay for the new pier?\n\n"
        "Only a part of it: the county pays the rest from a fund it keeps for the roads, the bridges and the two piers.\n\n"
        "Which owners of the smaller fishing boats have said they would move to the river port next year?\n\n"
        "Most of the owners in the north basin have.\n\n"
        "The board says it has heard them and will answer in May.\n\n"
        "A few have already moved, and their moorings were let again within a week to yachts from the south coast.\n"
    )
    _, report = built(text)
    assert headings(report) == [
        "Who pays the harbour fees?",
        "Don’t the fees pay for the new pier?",
        "Which owners of the smaller fishing boats have said they would move to the river port next year?",
    ]


def test_questions_with_short_replies_stay_an_exchange():
    """Near miss: questions answered by a word or two ('Isn’t that too dear?' / 'No.') are an interview's exchange."""
    text = (
        "A Talk With the Harbour Master\n\nMarch 9, 2026\n\n"
        f"The harbour master spoke to us on the quay, and {PROSE.lower()}.\n\n"
        "Isn’t the new pier too dear for a port this size?\n\nNo.\n\n"
        "Won’t the owners of the small boats move to the river port?\n\nSome will.\n\n"
        f"He went back to his office after that, and {PROSE.lower()}.\n"
    )
    _, report = built(text)
    assert headings(report) == []


# -- notes the text cites, defined at its end by their bare numbers -----------------------------------------------------------

MINUTES = (
    "Minutes of the Harbour Board\n\n1926-05-04\n\n"
    "MR ROE said that the views of the pilots would be stated by Mr Poe, who had worked the night shift for twenty years.\n\n"
    "[1] The pilots ask the board to consider a second pilot at night and a new crane for the north quay before the winter.\n\n"
    "MR POE said that the pilots had asked for a second pilot three times and had been promised one each time. [2]\n\n"
    "The chair said that the board would write to the ministry before the next meeting. [3]\n\n"
    "1 Not printed.\n\n"
    "2 The letters of 1924 and 1925, in the board's\n\n"
    "files for those years.\n\n"
    "3 See the next document.\n"
)


def test_notes_cited_in_the_text_and_numbered_under_it_are_its_notes():
    _, report = built(MINUTES)
    assert list(report.notes) == ["1", "2", "3"]
    assert report.notes["2"].text == "The letters of 1924 and 1925, in the board's files for those years."
    assert "Not printed" not in body_text(report)


def test_numbered_lines_under_the_text_that_no_marker_cites_stay_its_text():
    """Near miss: numbered lines at the end that the text never cites are its own (a list of the ports that voted)."""
    text = MINUTES.replace(" [2]", "").replace(" [3]", "").replace("[1] ", "")
    _, report = built(text)
    assert not report.notes
    assert "Not printed." in body_text(report)


# -- a page copied with each link on a line of its own: the sentence joined again ---------------------------------------------

LINKED = (
    "The Case for a Second Night Pilot at the River Port\n"
    "March 3, 2026\n"
    "Ships wait at the bar for hours because the port has only\n"
    "one pilot\n"
    "at night, and the harbour board has been asked three times to hire another one.\n"
    "Ports like\n"
    "Aveiro\n"
    ", the\n"
    "Figueira marina\n"
    "and a\n"
    "dozen smaller harbours\n"
    "share their pilots, as the\n"
    "2024 study\n"
    "showed in detail for the whole coast.\n"
)


def test_sentences_broken_around_links_on_lines_of_their_own_are_joined():
    _, report = built(LINKED)
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert paragraphs == [
        "Ships wait at the bar for hours because the port has only one pilot at night, and the harbour board has been asked three times to hire another one.",
        "Ports like Aveiro, the Figueira marina and a dozen smaller harbours share their pilots, as the 2024 study showed in detail for the whole coast.",
    ]
    assert headings(report) == []


def test_lines_in_lower_case_that_go_on_no_sentence_stay_apart():
    """Near miss: a list of topics in lower case, and a headline ending on a number over a short line, stay as they are."""
    text = (
        "The Case for a Second Night Pilot at the River Port\nMarch 3, 2026\n"
        f"Ships wait at the bar for hours, and {PROSE.lower()}.\n\n"
        "Topics\n\nharbour pilots\n\nnight shifts\n\nport fees\n"
    )
    _, report = built(text)
    assert "harbour pilots night shifts" not in body_text(report)
    text = "Harbour Audit Update 2026\n\nThis report\n\nis part of the board's yearly review of the port, its fees and its pilots at night.\n"
    _, report = built(text)
    assert not any(p.text.startswith("Harbour Audit Update 2026 This") for s in report.sections for p in s.paragraphs)


# -- a news site's lists after the story ('Trending', 'More in this section') are the site's ------------------------------------

SHAPES = Path(__file__).parent / "fixtures" / "copied-text-shapes"


def test_a_news_sites_lists_after_the_story_are_left_out():
    result, report = built((SHAPES / "news-page-site-lists.txt").read_text(encoding="utf-8"))
    assert headings(report) == []
    assert "Trending" not in body_text(report) and "strike vote" not in body_text(report)
    assert body_text(report).endswith("though some asked why they had taken so long.")
    assert "site's lists after the story ×11" in result.summary[-1]


def test_a_trends_section_with_text_under_it_stays():
    """Near miss: 'Trending' over paragraphs of the story's own is its section, and stays."""
    text = (SHAPES / "news-page-site-lists.txt").read_text(encoding="utf-8").split("\nTrending\n")[0]
    text += f"\nTrending\n\nThe union says more districts may follow, and {PROSE.lower()}.\n"
    _, report = built(text)
    assert "Trending" in headings(report)


# -- a live page's entries: a short entry, a quoted headline, a promoted link's headline over an entry ------------------------

ENTRY_TEXTS = [
    "The first ferry of the morning left the harbour on time, its captain said, with more passengers than on any day this winter.",
    "Crews on the night shift said they had not been told of the change until they arrived, and several asked to see the new rota.",
    "The harbour master said the pilots would work in pairs until the new boat arrives, which the board expects before the summer.",
    "A spokeswoman for the owners said the talks had been long but fair, and that both sides had given ground on pay and hours.",
    "Passengers waiting at the terminal said the queues had been shorter than they feared, though the café ran out of coffee early.",
    "The county council said it would pay for the extra buses to the terminal until the end of the month, at a cost of forty thousand.",
    "Fishermen in the north basin said the new schedule left them no room to land their catch in the afternoon, and asked for a slot.",
    "The board will publish the full timetable on Friday, a spokesman said, with a second ferry in the evening from next week on.",
]


def live_page(extra: str) -> str:
    entries = "".join(f"Ferry Update Number {n + 1} From the Harbour\n\n{text}\n\n" for n, text in enumerate(ENTRY_TEXTS))
    return f"Harbour Strike Live: Ferries Sail Again After Three Weeks\n\nMarch 9, 2026\n\n{entries}{extra}"


def test_a_live_pages_short_entries_quoted_headlines_and_promoted_links_are_its_entries():
    extra = (
        "Crowds gather at the pier as the first ferry comes back in\n\nMore pictures of the crowds waiting at the pier have been shared by readers.\n\n"
        "'The strike has cost the island dearly this winter'\n\n"
        f"The island's mayor said the three weeks had cost the shops and the hotels dearly, and {PROSE.lower()}.\n\n"
        "Exact date the second ferry will start its evening runs\n\n"
        "Owners say the harbour board should hire a second pilot for the night shift before the summer\n\n"
        f"The board agreed on Monday to hire a second pilot for the night shift, and {PROSE.lower()}.\n"
    )
    _, report = built(live_page(extra))
    found = headings(report)
    for headline in (
        "Crowds gather at the pier as the first ferry comes back in",
        "'The strike has cost the island dearly this winter'",
        "Exact date the second ferry will start its evening runs",
        "Owners say the harbour board should hire a second pilot for the night shift before the summer",
    ):
        assert headline in found
    assert not [h for s in report.sections for h in s.subheadings]  # each entry a page of its own, none under another


def test_a_story_with_few_subheads_keeps_its_short_unpunctuated_lines():
    """Near miss: in a story that is no live page, a short line over a short paragraph stays text."""
    text = (
        "Ferries Sail Again After Three Weeks\n\nMarch 9, 2026\n\n"
        f"{ENTRY_TEXTS[0]}\n\nThe Talks\n\n{ENTRY_TEXTS[1]}\n\n"
        "Crowds gather at the pier as the first ferry comes back in\n\nMore pictures of the crowds waiting at the pier have been shared by readers.\n\n"
        f"{ENTRY_TEXTS[2]}\n"
    )
    _, report = built(text)
    assert "Crowds gather at the pier as the first ferry comes back in" not in headings(report)


# -- a copyright line naming its holder before the year ------------------------------------------------------------------------


def test_a_copyright_line_with_its_holder_before_the_year_is_furniture():
    text = (
        "Harbour Fees Brief\n\n© Harbour Board 2024 – HB-12\n\nWhy the Small Boats Pay More\n\n"
        f"The fees for small boats have doubled in two years, and {PROSE.lower()}.\n\nThe Board's View\n\n"
        f"The board says the fees pay for the pilots, and {PROSE.lower()}.\n"
    )
    result, report = built(text)
    assert "© Harbour Board 2024" not in headings(report) and "© Harbour Board 2024" not in body_text(report)
    assert "copyright line" in result.summary[-1]


def test_a_heading_about_copyright_and_a_year_stays():
    """Near miss: a heading that begins with the word and names a year is the report's ('Copyright Rules Changed in 2024')."""
    text = (
        "Harbour Fees Brief\n\nMarch 9, 2026\n\n"
        f"The fees for small boats have doubled in two years, and {PROSE.lower()}.\n\nCopyright Rules Changed in 2024\n\n"
        f"The board's charts may now be copied by the owners, and {PROSE.lower()}.\n"
    )
    _, report = built(text)
    assert "Copyright Rules Changed in 2024" in headings(report)


def test_a_heading_over_a_name_that_is_a_link_is_not_run_into_the_text():
    """Near miss: a heading with no stop ('The history of the harbour fees') over a name on a line of its own and a line
    in lower case is no sentence stopped mid-way; its words are not run into the paragraph under it."""
    text = (
        "The Case for a Second Night Pilot at the River Port\nMarch 3, 2026\n"
        f"Ships wait at the bar for hours, and {PROSE.lower()}.\n"
        "The history of the harbour fees\n"
        "Jane Roe of the County Archive\n"
        "describes how the fees were first set in 1926 and how the board has changed them since, often at the owners' request.\n"
    )
    _, report = built(text)
    assert not any(p.text.startswith("The history of the harbour fees Jane Roe") for s in report.sections for p in s.paragraphs)


# -- a page's 'Content' box over the headings below it, its first heading right under it --------------------------------------

BOXED_CONTENTS = (
    "The Case for a Second Night Pilot at the River Port\nMarch 3, 2026\n"
    "Content\nSummary\nThe pilots' case\nThe board's answer\nSummary\n"
    f"The port has one pilot at night, and {PROSE.lower()}. Ships wait at the bar for hours while the pilot is out.\n"
    "The pilots' case\n"
    f"The pilots say the night shift is too long for one, and {PROSE.lower()}. They have asked three times.\n"
    "The board's answer\n"
    f"The board says a second pilot costs too much, and {PROSE.lower()}. It will decide in the spring.\n"
)


def test_a_content_box_is_left_out_and_the_heading_right_under_it_kept():
    result, report = built(BOXED_CONTENTS)
    assert headings(report) == ["Summary", "The pilots' case", "The board's answer"]
    assert "contents list ×4" in result.summary[-1]


def test_a_content_line_over_text_is_no_box():
    """Near miss: 'Content' over lines that no heading below repeats is the report's own."""
    text = BOXED_CONTENTS.replace("Content\nSummary\nThe pilots' case\nThe board's answer\n", "Content\nWhat the pilots carry\nHow they board\n")
    result, _ = built(text)
    assert "contents list" not in result.summary[-1]


# -- a brief's byline in capitals under its title and date ---------------------------------------------------------------------


def test_names_in_capitals_under_the_title_are_the_byline():
    text = (
        "THE CASE FOR A SECOND NIGHT PILOT\n\nMarch 9, 2026\n\nJANE ROE AND JOHN DOE\n\n"
        f"The port has one pilot at night, and {PROSE.lower()}.\n\nThe Pilots' Case\n\n"
        f"The pilots say the night shift is too long for one, and {PROSE.lower()}.\n"
    )
    _, report = built(text)
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]
    assert "JANE ROE" not in headings(report) and "JANE ROE" not in body_text(report)


def test_a_heading_in_capitals_joining_two_words_is_no_byline():
    """Near miss: 'PORTS AND HARBOURS' under the title names no people."""
    text = f"THE CASE FOR A SECOND NIGHT PILOT\n\nMarch 9, 2026\n\nPORTS AND HARBOURS\n\nThe port has one pilot at night, and {PROSE.lower()}.\n"
    _, report = built(text)
    assert not report.authors


# -- a PDF viewer's copy with a blank line after every line of the column -------------------------------------------------------

COLUMN = [
    "The harbour board met on a wet morning in March and heard from the pilots, the",
    "dockers and the owners of the small boats, who had come in numbers to ask why",
    "their fees had doubled in two years while the pier was left to fall apart.",
    "The chair said the board had never been asked to cut its fees and that the",
    "ministry had set the rates itself, which the owners' lawyer said was not so,",
    "since the board's own minutes of 2019 showed the rise had been its own idea.",
    "A pilot who works the night shift said the second pilot had been promised",
    "three times and never hired, and that the ships now wait at the bar for hours",
    "while he brings in the one before them through the narrow channel at night.",
    "The owners of the tugboats said their crews had been blamed for a collision",
    "they had no part in, and asked the board to publish the report on it in full",
    "so that the families of the men on board could read what had been found.",
]


# a page's worth of the column: thirty lines or more tell a column's width
PAGE = [
    line.replace("harbour", place).replace("board", body)
    for place, body in (("harbour", "board"), ("river", "council"), ("island", "trust"))
    for line in COLUMN
]


def test_a_double_spaced_copy_of_a_pdf_page_gets_its_paragraphs_back():
    paragraphs = ["\n\n".join(PAGE[i : i + 3]) for i in range(0, len(PAGE), 3)]
    text = "Harbour Board Hearing Notes\n\n\n" + "\n\n\n".join(paragraphs) + "\n"
    _, report = built(text)
    found = [p.text for s in report.sections for p in s.paragraphs]
    assert found[0] == " ".join(PAGE[0:3])
    assert len(found) == 12


def test_a_hard_wrapped_text_with_blank_lines_between_finished_paragraphs_keeps_them_apart():
    """Near miss: blank lines between paragraphs that each end on a stop part paragraphs, as they always did."""
    text = "Harbour Board Hearing Notes\n\n" + "\n\n".join(line.rstrip(",") + "." if line[-1] != "." else line for line in PAGE) + "\n"
    _, report = built(text)
    assert len([p for s in report.sections for p in s.paragraphs]) == len(PAGE)
