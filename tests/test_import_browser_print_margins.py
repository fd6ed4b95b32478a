"""A web page printed to PDF by a browser: the browser's header (the printing day and time, the page's title) and footer
(the page's address, its number) on every page, wherever the PDF's text reader sets them, are left out and the paragraph
they cut runs on; the site's masthead and menu over the headline the header's title opens are left out too. Passages of
our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

HEAD = ["THE QUAYSIDE LEDGER", "Letters from Ostmark", "Home News Opinion Podcast Donate", "Harbours"]
HEADLINE = ["Why the Ferry Figures Need a Second Look: What the", "Port Office Has Published"]
BYLINE = "By Tomas Vell | May 12, 2023"
ONE = (
    "The port office has said little about the crossings since the winter, and most of what is known comes from crews who "
    "worked the morning route before it closed, whose accounts of the delays and their causes differ in almost every detail."
)
TWO_A = "The office has claimed that the crossings ran on time through the spring and that the delays the crews describe"
TWO_B = "were caused by the weather alone, which the logs of the pilots and the harbour master do not bear out at all."
THREE = "The crews, for their part, kept their own logs, and those logs show the same late departures week after week."


def printed(header: str, footer: str, *, head: list[str] | None = None) -> str:
    return "\n".join(
        [
            *(HEAD if head is None else head),
            *HEADLINE,
            BYLINE,
            ONE,
            TWO_A,
            header,
            footer.replace("{n}", "1"),
            "\f" + TWO_B,
            THREE,
            header,
            footer.replace("{n}", "2"),
        ]
    )


CHROME_HEADER = "5/12/23, 4:05 PM Why the Ferry Figures Need a Second Look | The Quayside Ledger"
CHROME_FOOTER = "https://quaysideledger.example/2023/05/ferry-figures/ {n}/2"


def test_the_browsers_header_and_footer_are_left_out_and_the_cut_paragraph_runs_on():
    _, report = built(printed(CHROME_HEADER, CHROME_FOOTER))
    text = body_text(report)
    assert "4:05 PM" not in text and "quaysideledger.example" not in text
    assert "the delays the crews describe were caused by the weather alone" in text
    assert report.title == "Why the Ferry Figures Need a Second Look: What the Port Office Has Published"
    assert [a.name for a in report.authors] == ["Tomas Vell"]
    assert "THE QUAYSIDE LEDGER" not in text and "Podcast" not in text


def test_a_24_hour_stamp_a_site_first_title_and_firefoxs_page_count_are_the_browsers_too():
    header = "12.05.23, 16:05 The Quayside Ledger – Why the Ferry Figures Need a Second Look"
    _, report = built(printed(header, "https://quaysideledger.example/ferry Page {n} of 2"))
    text = body_text(report)
    assert "16:05" not in text and "Page 1 of 2" not in text
    assert report.title.startswith("Why the Ferry Figures Need a Second Look")


def test_without_the_footer_a_stamped_line_is_the_texts_own():
    """A timeline's entry stamped as a browser stamps its header stays where no printed footer shows a browser's print."""
    entry = "5/12/23, 4:05 PM Crews walk off the morning ferry"
    _, report = built("\n".join([*HEADLINE, BYLINE, ONE, "", entry, "", THREE]))
    assert "Crews walk off the morning ferry" in body_text(report)


def test_a_long_line_over_the_headline_keeps_the_lines_over_it():
    """A paragraph's line over the headline's words is no masthead: nothing over it is left out."""
    long_line = "Harbours: a note from the editors on how the figures in this piece were gathered and checked by the desk."
    _, report = built(printed(CHROME_HEADER, CHROME_FOOTER, head=[long_line]))
    assert "how the figures in this piece were gathered" in body_text(report) + report.title + (report.summary or "")


def test_a_lede_line_opening_with_the_sites_name_is_no_headline():
    """The title's longest part is the headline: a lede's line the site's name opens ('the Quayside Ledger found …') is
    no headline, and nothing over it is left out."""
    lede = [
        "The harbour board has not published its crossing logs since the winter, and a review of them by",
        "the Quayside Ledger found that one departure in three left late.",
    ]
    text = "\n".join(
        [
            *HEAD,
            "Why the Ferry Figures Need a Second Look",
            BYLINE,
            *lede,
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "1"),
            "\f" + THREE,
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "2"),
        ]
    )
    _, report = built(text)
    assert report.title == "Why the Ferry Figures Need a Second Look"
    assert "a review of them by the Quayside Ledger found" in body_text(report) + (report.summary or "")
    assert "THE QUAYSIDE LEDGER" not in body_text(report)


def test_a_whole_headline_keeps_its_own_line_and_a_wrapped_one_runs_on():
    """The headline the title gives whole on its line is not run on into the deck under it ('… ferry logs' / 'Analysis');
    one the title gives across two lines is ('… over the' / 'ferry logs')."""
    header = "5/12/23, 4:05 PM Crews walk out over the ferry logs | The Quayside Ledger"

    def page(headline: list[str], deck: str) -> str:
        return "\n".join(
            [*HEAD, *headline, deck, BYLINE, ONE, header, CHROME_FOOTER.replace("{n}", "1"), "\f" + THREE, header, CHROME_FOOTER.replace("{n}", "2")]
        )

    for deck in ["Analysis", "The logs were kept by hand, and the crews kept their own."]:
        _, report = built(page(["Crews walk out over the ferry logs"], deck))
        assert report.title == "Crews walk out over the ferry logs", deck
    _, report = built(page(["Crews walk out over the", "ferry logs"], "Analysis"))
    assert report.title == "Crews walk out over the ferry logs"


def test_a_date_line_over_the_headline_is_kept_under_it():
    """The story's date set over the headline, among the kicker and the menu, is the story's: kept, under the headline."""
    text = printed(CHROME_HEADER, CHROME_FOOTER, head=[*HEAD, "May 11, 2023", ""]).replace(BYLINE, "By Tomas Vell")
    _, report = built(text)
    assert str(report.date) == "2023-05-11"
    assert report.title == "Why the Ferry Figures Need a Second Look: What the Port Office Has Published"
    assert "Podcast" not in body_text(report)


def test_stamps_alone_outnumbering_the_header_leave_the_header_the_title():
    """Comments stamped with the day and time alone, more of them than the pages, leave the header's title the one left
    out; the comments' stamps are theirs."""
    comments = [
        line for name in ["Ines Varo", "Kai Brenn", "Lota Pesk", "Moe Dart"] for line in [name, "5/12/23, 5:10 PM", "The crews were right.", ""]
    ]
    text = "\n".join(
        [
            *HEADLINE,
            BYLINE,
            ONE,
            "",
            "Comments",
            "",
            *comments[:-4],
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "1"),
            "\f" + comments[-4],
            *comments[-3:],
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "2"),
        ]
    )
    result, _ = built(text)
    assert "4:05 PM" not in result.markdown


def test_the_lines_after_the_left_out_margins_keep_their_numbers():
    """The problems name a line by its number in the file as the user has it, margins and all."""
    dated = "The crews went through the log of the crossings, which was published on 2 May 2023."
    lines = ["Why the Ferry Figures Need a Second Look", "", "By Tomas Vell", "", ONE, "", CHROME_HEADER, CHROME_FOOTER.replace("{n}", "1")]
    lines += ["\f" + CHROME_HEADER, "", dated, "", THREE, CHROME_FOOTER.replace("{n}", "2")]
    result, _ = built("\n".join(lines))
    assert [problem.line for problem in result.problems if "dated 2023-05-02" in problem.message] == [lines.index(dated) + 1]


def test_chromes_narrow_space_before_pm_is_the_browsers_header_too():
    """Chrome from version 110 sets a narrow no-break space between the time and 'PM'."""
    _, report = built(printed(CHROME_HEADER.replace(" PM", "\u202fPM"), CHROME_FOOTER))
    assert "4:05" not in body_text(report)
    assert "the delays the crews describe were caused by the weather alone" in body_text(report)


def test_a_file_with_old_mac_line_ends_and_a_byte_order_mark_loses_its_margins_too():
    _, report = built("\ufeff" + printed(CHROME_HEADER, CHROME_FOOTER).replace("\n", "\r"))
    assert "4:05 PM" not in body_text(report) and "quaysideledger.example" not in body_text(report)
    assert report.title == "Why the Ferry Figures Need a Second Look: What the Port Office Has Published"


NOTED_TWO = "The office has claimed that the crossings ran on time through the spring.[1] The crews' logs show otherwise.[2]"
NOTES = ["Notes", "1. Port Office, Annual Report 2022, p. 4.", "2. Crews' logs kept at the Vells quay, 2022."]


def printed_with_footer(footer: list[str]) -> str:
    return "\n".join(
        [
            *HEAD,
            *HEADLINE,
            BYLINE,
            ONE,
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "1"),
            "\f" + NOTED_TWO,
            *NOTES,
            *footer,
            CHROME_HEADER,
            CHROME_FOOTER.replace("{n}", "2"),
        ]
    )


def defined_notes(report) -> dict[str, str]:
    return {key: note.text for key, note in report.notes.items() if note.defined}


def test_the_sites_footer_under_the_last_note_is_left_out():
    """The site's links, its social links and whose project it is, round its copyright line at the printed page's end,
    are the site's: no words of the last note, and a site's name opening on a number is no note 31."""
    for footer in (
        ["About Contact Privacy Policy Terms of Use", "© 2023 The Quayside Ledger"],
        ["Follow us: Twitter | Facebook | Instagram", "About Us · Contact", "Copyright © 2023 The Quayside Ledger. All rights reserved."],
        ["The Quayside Ledger is a project of the Ostmark Press Trust.", "© 2023 The Quayside Ledger"],
        ["31 Quays Watch is an initiative of the Vells Institute.", "© 2023 31 Quays Watch. All rights reserved."],
    ):
        result, report = built(printed_with_footer(footer))
        assert defined_notes(report) == {"1": "Port Office, Annual Report 2022, p. 4.", "2": "Crews' logs kept at the Vells quay, 2022."}, footer
        assert not [p for p in result.problems if "missing" in p.message], footer
        assert result.dropped["site's footer under the printed page"], footer


def test_near_miss_a_notes_own_last_line_and_a_cited_title_stay():
    """A note's second line, a cited work's title on a line of its own and a line naming the report's own project in a
    sentence about it are the note's; a copy that no browser printed keeps its last lines as they were."""
    for line in ("See also the pilots' union's letter of May 2023.", "Coastal Trade Review", "Privacy and the Harbour Logs"):
        _, report = built(printed_with_footer([line]))
        assert defined_notes(report)["2"].endswith(line), line
    unprinted = "\n".join([*HEADLINE, BYLINE, ONE, NOTED_TWO, *NOTES, "About Contact Privacy Policy"])
    result, _ = built(unprinted)
    assert "site's footer under the printed page" not in result.dropped


def test_the_lines_under_a_left_out_masthead_keep_their_numbers():
    """The masthead and menu left out over the headline, and a headline's second line run onto its first, shift no
    line under them: the problems name the lines as the user's file has them."""
    dated = "The crews went through the log of the crossings, which was published on 2 May 2023."
    for headline in (["Why the Ferry Figures Need a Second Look"], HEADLINE):
        lines = [*HEAD, *headline, "By Tomas Vell", ONE, CHROME_HEADER, CHROME_FOOTER.replace("{n}", "1")]
        lines += ["\f" + CHROME_HEADER, dated, THREE, CHROME_FOOTER.replace("{n}", "2")]
        result, report = built("\n".join(lines))
        assert "THE QUAYSIDE LEDGER" not in body_text(report), headline
        assert [problem.line for problem in result.problems if "dated 2023-05-02" in problem.message] == [lines.index(dated) + 1], headline


UNPRINTED = [
    "Harbours",
    "May 11, 2023",
    "",
    "Why the Ferry Figures Need a Second Look",
    "",
    "Tomas Vell and Ida Kern",
    "",
    ONE,
    "",
    THREE,
]


def test_a_masthead_and_its_menu_of_sections_over_a_page_printed_without_margins_are_the_sites():
    """'THE QUAYSIDE LEDGER' / 'News Sport Opinion' (or 'Home | World | Business') over the kicker, the date and the
    headline of a page printed without the browser's margins: the site's, never the title; the lines keep their numbers."""
    for masthead in (
        ["THE QUAYSIDE LEDGER", "News Sport Opinion"],
        ["The Quayside Ledger", "Letters from Ostmark", "Home | World | Business | Culture"],
    ):
        result, report = built("\n".join([*masthead, "", *UNPRINTED]))
        assert report.title == "Why the Ferry Figures Need a Second Look", masthead
        assert "Sport" not in body_text(report) and "Business" not in body_text(report), masthead
        assert result.dropped["site's masthead and menu over the printed page's headline"] == [m for m in masthead], masthead


def test_near_miss_a_title_with_section_words_or_a_menu_under_prose_is_the_texts():
    """A title made of a section's words and others ('News and Opinion in a Port Town'), two words alone ('News
    Analysis'), or a line of section words under a sentence, are the text's own."""
    for top in (
        ["News and Opinion in a Port Town"],
        ["News Analysis"],
        ["The port office has said little about the crossings.", "News Sport Opinion"],
    ):
        result, _ = built("\n".join([*top, "", *UNPRINTED]))
        assert "site's masthead and menu over the printed page's headline" not in result.dropped, top


def test_a_headline_line_running_past_the_printed_title_on_a_small_word_runs_on():
    """The header's title gives the headline's first part ('Why the Ferry Figures Need a Second Look'); the page's line
    runs on past it and stops on a word no headline ends on ('… Look: What the'): its next line is the headline's end.
    Near miss: a line past the title's part ending on a noun keeps the deck under it apart."""
    text = printed("5/12/23, 4:05 PM Why the Ferry Figures Need a Second Look | The Quayside Ledger", CHROME_FOOTER)
    _, report = built(text.replace(BYLINE, "BY: Tomas Vell | May 12, 2023").replace(HEADLINE[1], "Port Office Has and Has Not Said"))
    assert report.title == "Why the Ferry Figures Need a Second Look: What the Port Office Has and Has Not Said"
    header = "5/12/23, 4:05 PM Crews walk out over the ferry logs | The Quayside Ledger"
    line = "Crews walk out over the ferry logs of the winter crossings"
    text = "\n".join([*HEAD, line, "Analysis", BYLINE, ONE, header, CHROME_FOOTER.replace("{n}", "1"), "\f" + THREE])
    _, report = built(text + "\n" + header + "\n" + CHROME_FOOTER.replace("{n}", "2"))
    assert report.title == line


def release_printed_so(header_one: str, footer_one: str, header_two: str, footer_two: str) -> str:
    return (
        f"Ferry crossings to resume\n\n2019-05-14\n\n{ONE}\n\n“The crossings resume on Monday,” Ms Vell said.\n\n"
        f"{header_one}\n\n{footer_one}\n\n{THREE}\n\n“The crews are ready,” Ms Vell said.\n\n{header_two}\n\n{footer_two}\n"
    )


def test_an_older_browsers_page_number_with_the_title_and_its_dated_address_are_left_out():
    text = release_printed_so(
        "Page 1 of 2 Ferry crossings to resume | Quayside Ledger...",
        "18/10/2019 http://www.example.org/12345/ferry-crossings-to-res...",
        "Page 2 of 2 Ferry crossings to resume | Quayside Ledger...",
        "18/10/2019 http://www.example.org/12345/ferry-crossings-to-res...",
    )
    _, report = built(text)
    assert "Page 1 of 2" not in body_text(report) and "example.org" not in body_text(report)
    assert "The crews are ready" in body_text(report)
    # near miss: a paragraph opening 'Page 1 of 2' with no dated address near it is the text's own
    kept = release_printed_so("Page 1 of 2 of the log was torn out.", "The crews said so.", "Nothing more.", "The end.")
    assert "Page 1 of 2 of the log was torn out." in body_text(built(kept)[1])
