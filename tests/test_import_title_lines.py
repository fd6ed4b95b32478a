"""Titles at the top of an export: a headline set over two lines after its colon, a letter-spaced web address under a PDF
report's title, a cover title whose lines the PDF text gives twice. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

BODY = (
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}. {PROSE}.\n\n"
    "Risks ahead\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}. {PROSE}.\n"
)


def test_a_headline_over_two_lines_after_its_colon_is_one_title():
    result, report = built("Ferry levies 2024:\n\nthe never-ending quarrel\n\nWhy the harbour towns cannot agree on who pays\n\n" + BODY)
    assert report.title == "Ferry levies 2024: the never-ending quarrel"
    assert "never-ending quarrel\n" not in result.markdown.split("+++")[2]


def test_a_headline_ending_on_a_colon_over_a_sentence_stays_alone():
    """Near miss: a line in lower case with a stop under the headline is a sentence of its own, not the headline's rest."""
    _, report = built("Ferry levies 2024:\n\nthe towns are not agreed on who pays for the new quays.\n\n" + BODY)
    assert report.title == "Ferry levies 2024:"


def test_a_letter_spaced_web_address_is_no_title():
    result, report = built("NORTH SEA TEN YEARS ON\n\nn o r d w a t c h . o r g\n\n" + BODY)
    assert report.title == "North Sea Ten Years On"  # set in capitals, read in title case
    assert result.dropped.get("letter-spaced web address") == ["n o r d w a t c h . o r g"]


def test_a_title_whose_lines_the_pdf_gives_twice_is_read_once():
    for doubled, title in (
        ("NORTH SEA NORTH SEA TEN YEARS ON TEN YEARS ON", "North Sea Ten Years On"),
        ("Bye Bye Birdie", "Bye Bye Birdie"),  # near miss: a word said twice is no doubled line
        ("New New York Harbour Plans", "New New York Harbour Plans"),
    ):
        _, report = built(doubled + "\n\n" + BODY)
        assert report.title == title, doubled
        assert headings(report) == ["Risks ahead"]


# -- a blog's title and date, a converter's '# ' title, a 'By:' byline with its stamp, a standfirst set as a heading ----------


MARKED = f"\n#### The Net Mender\n\n{PROSE}.\n\n#### The Pilot's Daughter\n\n{PROSE}, again.\n"


def test_a_date_on_the_line_under_the_headline_is_its_date_line_not_part_of_the_title():
    """A static site's post exported as its title and date on two lines with no blank line between, its text Markdown."""
    _, report = built("Voices From The Old Quay\n2016-03-02\n\n" + BODY + MARKED)
    assert report.title == "Voices From The Old Quay"
    assert str(report.date) == "2016-03-02"


def test_a_sentence_going_on_into_a_date_is_not_cut_from_it():
    """Near miss: an opening line that runs on into the date ('… met on' / '2016-03-02') is no headline over a date."""
    result, report = built("The harbour board met on\n2016-03-02\n\n" + BODY + MARKED)
    assert "met on 2016-03-02" in report.title or "met on 2016-03-02" in result.markdown


def test_a_title_marked_alone_with_a_markdown_hash_loses_the_mark():
    """A converter's Markdown saved as text, its title the one line marked: '# Harbour Fees Rise In 3 Ports'."""
    _, report = built("# Harbour Fees Rise In 3 Ports\n\n" + BODY)
    assert report.title == "Harbour Fees Rise In 3 Ports"


def test_a_hashtag_line_at_the_top_keeps_its_hash():
    """Near miss: '#QuayFees' (no space after the mark) is a hashtag, no Markdown title."""
    _, report = built("Harbour Fees Rise In 3 Ports\n\n#QuayFees\n\n" + BODY)
    assert report.title == "Harbour Fees Rise In 3 Ports"
    assert "Fees Rise" not in " ".join(headings(report))


def test_a_by_colon_byline_with_its_dashed_time_stamp_gives_the_authors_and_the_date():
    text = "Harbour Fees Rise In 3 Ports\n\nBy: Ada Penhallow, Bram Keller, Cora Vidal on May 4, 2016 - 1:47am\n\n" + BODY
    _, report = built(text)
    assert [a.name for a in report.authors] == ["Ada Penhallow", "Bram Keller", "Cora Vidal"]
    assert str(report.date) == "2016-05-04"
    assert not any(h.startswith("By") for h in headings(report))


def test_a_sentence_set_as_a_heading_under_a_markdown_title_is_the_standfirst():
    text = (
        "Voices From The Old Quay\n2016-03-02\n\n"
        "#### **Ada Penhallow** shares some of her favourite stories from the fishers of the old quay, told in a book marking the port's centenary.\n\n"
        f"{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n\n#### **The Pilot's Daughter**\n\n{PROSE}, again.\n"
    )
    _, report = built(text)
    assert report.summary.startswith("Ada Penhallow shares some of her favourite stories")
    assert headings(report)[0] != report.summary
    assert not any("shares some" in h for h in headings(report))
    assert "The Net Mender" in headings(report)


def test_a_short_heading_under_a_markdown_title_stays_a_heading():
    """Near miss: a heading of a few words with no full stop under the title heads the first section."""
    text = f"Voices From The Old Quay\n2016-03-02\n\n#### **The Harbour Master**\n\n{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n"
    _, report = built(text)
    assert headings(report)[0] == "The Harbour Master"


def test_the_name_in_bold_opening_a_markdown_standfirst_is_its_author():
    text = (
        "Voices From The Old Quay\n2016-03-02\n\n"
        "#### **Ada Penhallow** shares some of her favourite stories from the fishers of the old quay, told in a book marking the port's centenary.\n\n"
        f"{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n"
    )
    result, report = built(text)
    assert [a.name for a in report.authors] == ["Ada Penhallow"]
    assert not [p for p in result.problems if "no byline" in p.message]
    note = "Voices From The Old Quay\n2016-03-02\n\n**Ada Penhallow** is a senior librarian at the Harbour Library.\n\n"
    note += f"{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n\n#### **The Pilot's Daughter**\n\n{PROSE}, again.\n"
    result, report = built(note)
    assert [a.name for a in report.authors] == ["Ada Penhallow"] and "is a senior librarian" not in result.markdown.split("+++")[2]


def test_a_standfirst_wholly_in_bold_names_no_author():
    """Near miss: a testimony's standfirst wholly in bold names who speaks in it, not who wrote the page; nor is an
    organisation in bold the author."""
    text = (
        "Voices From The Old Quay\n2016-03-02\n\n"
        "#### **Tomas Berg, 70, was in and out of work for a decade before he found a home in the harbour library.**\n\n"
        f"{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n"
    )
    _, report = built(text)
    assert report.authors == []
    body = f"{BODY}\n#### **The Net Mender**\n\n{PROSE}.\n"
    _, report = built(
        f"Voices From The Old Quay\n2016-03-02\n\n#### **Harbour Institute** shares the stories of the fishers of the old quay, told in a new book.\n\n{body}"
    )
    assert report.authors == []
