"""Titles at the top of an export: a headline set over two lines after its colon, a letter-spaced web address under a PDF
report's title, a cover title whose lines the PDF text gives twice. Passages of our own, each with a near miss."""

from __future__ import annotations

import textwrap

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


def test_a_title_in_title_case_over_its_subtitle_after_its_colon_is_one_title():
    """A report's cover as a plain text gives it, the subtitle on the next line or after a blank line, in capitals too."""
    for top in (
        "Safer Quays for Vells:\n\nA Plan for the Next Ten Winters\n\n",
        "Safer Quays for Vells:\nA Plan for the Next Ten Winters\n\n",
        "SAFER QUAYS FOR VELLS:\nA PLAN FOR THE NEXT TEN WINTERS\n\n",
        "Safer Quays for Vells:\n\nA Plan for the Next Ten Winters\n\nMira Tallent and Oskar Bream\n\nMarch 2024\n\n",
    ):
        _, report = built(top + BODY)
        assert report.title == "Safer Quays for Vells: A Plan for the Next Ten Winters", top
        assert headings(report) == ["Risks ahead"], top


def test_a_pdf_title_over_its_subtitle_after_its_colon_is_one_title():
    column = "\n".join(textwrap.wrap(f"{PROSE}, and the pilots of Vells kept their own roster for the night tides. " * 3, 60))
    pdf = "Safer Quays for Vells:\nA Plan for the Next Ten Winters\n\nIntroduction\n" + column + "\n\nRisks ahead\n" + column + "\n"
    _, report = built(pdf)
    assert report.title == "Safer Quays for Vells: A Plan for the Next Ten Winters"
    assert headings(report) == ["Introduction", "Risks ahead"]


def test_near_miss_a_colon_line_over_no_subtitle_keeps_its_lines():
    """A heading over its list, a lead-in sentence over a line in title case, a field's label over its value, the
    title over its authors' names: none is a title over its subtitle."""
    for top, title in (
        ("Key Findings for Vells:\n\n- Fund the Harbour Trust\n- Train New Pilots\n\n", "Key Findings for Vells:"),
        ("Key Findings for Vells:\n\n1. Fund the Harbour Trust\n2. Train New Pilots\n\n", "Key Findings for Vells:"),
        ("Key Findings for Vells:\n\nFund the Harbour Trust\n\n- Train New Pilots\n\n", "Key Findings for Vells:"),
        ("Key Findings for Vells:\n\nFund the Harbour Trust\n\nTrain New Pilots\n\nMend the Breakwater\n\n", "Key Findings for Vells:"),
        ("Here are the highlights of the day:\n\nThe Pilots Walk Out\n\n", "Here are the highlights of the day:"),
    ):
        _, report = built(top + BODY)
        assert report.title == title, top
    _, report = built("Safer Quays for Vells:\n\nMira Tallent and Oskar Bream\n\nMarch 2024\n\n" + BODY)
    assert report.title == "Safer Quays for Vells:"
    assert [a.name for a in report.authors] == ["Mira Tallent", "Oskar Bream"]


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


STANDFIRST = "Both harbour towns may keep the old levy, but Vells could charge by the tonne and Orm by the berth instead"


def test_a_standfirst_under_the_headline_is_the_summary_not_the_title():
    """A copied page's headline over its standfirst, a sentence half as long again (with its stop or without), with a
    section label over them or none, a date line or a byline under them: the short line is the title, the sentence the
    summary, said once."""
    for top in (
        f"Ports\n\nWhere the harbour towns differ on ferry levies\n\n{STANDFIRST}\n\nPUBLISHED : 22 Oct 2024 at 11:08\n\n",
        f"Where the harbour towns differ on ferry levies\n\n{STANDFIRST}\n\nBy Ines Varga\n\nOctober 22, 2024\n\n",
        f"Harbour Levies\n\nWhere the towns differ on fees\n\n{STANDFIRST}\n\nPublished: Tuesday, October 22, 2024\n\n",
    ):
        result, report = built(top + BODY)
        assert report.title in ("Where the harbour towns differ on ferry levies", "Where the towns differ on fees"), top
        assert report.summary == STANDFIRST, top
        assert result.markdown.split("+++")[2].count("Vells could charge by the tonne") == 0


def test_near_miss_a_long_headline_under_a_label_stays_the_title():
    """A label or a series' name of four words or fewer over a long headline keeps the headline as the title, and so does
    a headline under a line of five words where it is not half as long again."""
    headline = "Vells and Orm fail again to agree on who should pay for the new quays and the breakwater"
    for label in ("Harbour Elections 2024", "The levy explained", "Ports and Harbours Weekly"):
        _, report = built(f"{label}\n\n{headline}\n\nOctober 22, 2024\n\n" + BODY)
        assert report.title == headline, label
    _, report = built(f"Our readers ask about ferry levies\n\n{headline[:59]}\n\nOctober 22, 2024\n\n" + BODY)
    assert report.title == headline[:59]
