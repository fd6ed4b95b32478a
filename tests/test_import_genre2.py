"""Import rules for patterns of the genre met in the held-out texts 107-117 (pages crawled from think tanks, research
desks, broadcasters, a government media desk's digest): site lines that are no headings, headlines with their site,
author lines, headings with a run-in gloss, dates in promotions. Each rule on a small passage of our own, with a near
miss beside it that must not trigger it."""

from __future__ import annotations

import re

from dossier import furniture
from dossier.furniture import furniture_kind
from dossier.importer import import_text
from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def story(*lines: str) -> str:
    return "\n\n".join(["How The Border Talks Ended", "March 9, 2023", *lines]) + "\n"


# --- (1) a page's site lines are furniture, never headings --------------------------------------------------------------


def test_share_line_tags_template_text_comment_widget_and_reading_bar_are_no_sections():
    result, report = built(
        story(
            "Mail   Facebook   Twitter / X   LinkedIn",
            LONG,
            "TIPxMake a text selection to add comments",
            LONG,
            "Border Security Europe & Eurasia Politics & Diplomacy Russia Ukraine",
            LONG,
            "ERROR MESSAGE HEADING ERROR MESSAGE SUBHEADING ERROR MESSAGE CONTENT ERROR MESSAGE INFO",
            "Reading Now How The Border Talks Ended",
            "Next up Border Talks Resume In Narva",
        )
    )
    assert headings(report) == []
    assert "Facebook" not in result.markdown and "ERROR MESSAGE" not in result.markdown and "Reading Now" not in result.markdown
    assert "Politics & Diplomacy" not in result.markdown and "text selection" not in result.markdown


def test_headlines_and_sentences_about_the_same_things_are_kept():
    # a headline in title case has verbs and pronouns; a list of topics has none
    assert not furniture.is_tag_line("Xi Jinping Can Never Trust His Own Military Leaders Again")
    assert not furniture.is_tag_line("Lessons for Cooperation among Great Powers Today And Tomorrow")
    assert not furniture.is_tag_line("RUSSIA UKRAINE BORDER SECURITY REVIEW PART TWO NOW")
    assert furniture_kind("Twitter and Facebook removed the posts, the agency said.") == ""
    assert furniture_kind("Next up is the Kharkiv front, where the fighting goes on.") == ""
    _, report = built(story("Timeline of Key Chinese Military and Related Activities", LONG, "Border Talks Resume In Narva", LONG))
    assert headings(report) == ["Timeline of Key Chinese Military and Related Activities", "Border Talks Resume In Narva"]


def test_a_published_and_modified_stamp_and_a_consent_notice_are_left_out():
    result, report = built(
        story(
            "• We and our partners use cookies or similar technologies to access and store information such as your IP address.",
            '• By clicking "Accept", you consent to the use of cookies or similar technologies by the publisher and its partners.',
            "We and our partners do the following data processing based on your consent:",
            "store and/or access information on a device, personalised advertising and content, audience research",
            "Issued on: 09/03/2023 - 06:59Modified: 10/03/2023 - 03:57",
            LONG,
            "Ministers Meet In Oslo",
            LONG,
        )
    )
    assert headings(report) == ["Ministers Meet In Oslo"]
    assert "cookies" not in result.markdown and "Issued on" not in result.markdown and "consent" not in result.markdown


def test_a_sentence_about_cookies_or_a_publication_day_stays():
    text = "We and the committee agreed that the report, published on 9 March, was modified later."
    assert furniture_kind(text) == ""
    _, report = built(story("Published on March 9 and modified after the talks, the report was read widely.", LONG))
    assert "Published on March 9" in body_text(report)


# --- (2) a page's title with its site is the headline; the names under it are the byline ---------------------------------


def test_a_headline_with_its_site_after_a_bar_is_the_title_and_the_names_under_it_the_authors():
    _, report = built(
        "\n\n".join(
            [
                "Border Talks Assessment, March 9, 2023 | Example Threats",
                "Jane Roe, John Doe and Ann Poe",
                LONG,
                "Border Talks Resume In Narva",
                LONG,
            ]
        )
    )
    assert report.title == "Border Talks Assessment, March 9, 2023"
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe", "Ann Poe"]
    assert report.tags == []
    assert headings(report) == ["Border Talks Resume In Narva"]


def test_a_line_of_metadata_with_bars_is_still_read_as_metadata():
    _, report = built("\n\n".join(["How The Border Talks Ended", "March 9, 2023 | By Jane Roe", LONG]))
    assert report.date.isoformat() == "2023-03-09" and [a.name for a in report.authors] == ["Jane Roe"]
    _, report = built("\n\n".join(["Russia | Ukraine | Diplomacy", "How The Border Talks Ended", "March 9, 2023", LONG]))
    assert report.title == "How The Border Talks Ended" and report.tags == ["Russia"]


# --- (3) a heading run into its gloss in brackets ----------------------------------------------------------------------


def test_headings_with_a_run_in_gloss_in_brackets_are_sections():
    _, report = built(
        story(
            LONG,
            "Northern Effort – Border Axis(Objective: hold the crossings along the river and the roads to the north)",
            "Forces advanced near the crossing.",
            LONG,
            "Southern Effort – Coastal Axis (Objective: hold the coast road and the ports)",
            LONG,
            "Significant activity in Narva(efforts to widen the corridor and to open the rail line again)",
            LONG,
        )
    )
    assert [h.split("(")[0].strip() for h in headings(report)] == [
        "Northern Effort – Border Axis",
        "Southern Effort – Coastal Axis",
        "Significant activity in Narva",
    ]


def test_a_long_gloss_goes_under_its_heading_and_a_short_one_stays_in_it():
    result, report = built(
        story(
            LONG,
            "Northern Effort – Border Axis(Objective: hold the crossings along the river and the roads to the north)",
            LONG,
            "The Ministry of Defence (MoD)",
            LONG,
        )
    )
    assert headings(report) == ["Northern Effort – Border Axis", "The Ministry of Defence (MoD)"]
    assert "\n\n(Objective: hold the crossings along the river and the roads to the north)\n\n" in result.markdown


def test_a_sentence_with_an_aside_in_brackets_is_no_heading():
    _, report = built(
        story(
            LONG,
            "Forces advanced near the crossing at Narva (according to the General Staff)",
            LONG,
            "The talks resumed on the Friday (a day later than planned)",
            "Short line.",
        )
    )
    assert headings(report) == []


# --- (4) an endnotes list with the page's widgets after it ---------------------------------------------------------------


def test_endnotes_followed_by_the_pages_widgets_are_the_notes_list_not_page_footnotes():
    notes = [f"[{n}] https://example.org/source-{n}" for n in range(1, 6)]
    text = story(
        *[f"{PROSE}.[{n}]" for n in range(1, 6)],
        *notes,
        "Currently receiving 0 of 2 possible notifications for this sort of content.",
        "Please make sure all the provided information is correct.",
    )
    result, report = built(text)
    assert len(report.notes) == 5
    assert not any("page footnotes" in line for line in result.inferred)
    assert "notifications" not in result.markdown and "provided information" not in result.markdown


# --- (5) a desk's numbered product: its name and number are the title; its closing lines are no sections ----------------


DIGEST = [
    "Document Type:FOREIGN MEDIA NOTE--FB PN 94-001--NORWAY",
    "The following summaries highlight articles in the Oslo press.",
    "Border Talks Draw Praise",
    LONG,
    "Fishing Quotas Provoke Concern",
    LONG,
]


def test_a_name_and_number_with_no_other_title_line_is_the_title():
    _, report = built("\n\n".join(["NORWAY:  PRESS ABSTRACTS NO. 7", "2 March 1994", *DIGEST]))
    assert report.title == "NORWAY: Press Abstracts No. 7"  # in title case, the name the text writes only in capitals kept
    assert not report.series and not report.number


def test_the_desks_telephone_and_routing_lines_are_no_sections():
    result, report = built(
        "\n\n".join(
            [
                "Norway: Press Abstracts From The Oslo Papers",
                "2 March 1994",
                *DIGEST,
                "(QUESTIONS AND/OR COMMENTS, PLEASE CALL CHIEF, NORDIC BRANCH AT (703)  555-0100)",
                "ENEAG/01 Mar/POLCHF/ECONF/NORD Division/jf 1/2129Z MAR",
            ]
        )
    )
    assert headings(report) == ["Border Talks Draw Praise", "Fishing Quotas Provoke Concern"]
    assert "555-0100" not in result.markdown and "ENEAG" not in result.markdown


def test_a_series_and_number_above_a_title_stays_the_series_and_a_sentence_about_calls_stays():
    _, report = built(
        "\n\n".join(["Press Abstracts No. 7", "Border Talks Draw Praise In Oslo", "2 March 1994", LONG, "Fishing Quotas Provoke Concern", LONG])
    )
    assert report.title == "Border Talks Draw Praise In Oslo"
    assert (report.series, report.number) == ("Press Abstracts", "7")
    assert furniture_kind("Questions about the deal, officials said, call for a vote by 2024 in May.") == ""
    assert furniture_kind("US/China/Russia Talks") == ""


# --- (6) a site's event promotion does not date the report ---------------------------------------------------------------


def test_an_event_promotion_in_the_page_does_not_date_the_report():
    result, report = built(
        "\n\n".join(
            [
                "How The Border Talks Ended In Narva Last Week",
                LONG,
                LONG,
                "Online Event Fri, January 30, 2026 • 9:00 am ET How the border talks ended",
                LONG,
            ]
        )
    )
    assert report.date is None
    assert "Online Event" not in result.markdown


def test_a_sentence_about_an_event_still_dates_a_report_without_a_date_line():
    _, report = built(
        "\n\n".join(["How The Border Talks Ended In Narva Last Week", "The event on January 30, 2026 drew ministers from both sides.", LONG])
    )
    assert report.date is not None and report.date.isoformat() == "2026-01-30"


# --- (7) the author's name right above the date line is the byline --------------------------------------------------------


def test_a_name_above_the_date_line_is_the_byline_also_below_a_standfirst():
    result, report = built(
        "\n\n".join(
            [
                "Border Talks Review: Plenty of Hot Air",
                "The ministers tried their best with a bland meeting, which can be told in three words.",
                "Jane Roe-Smith",
                "2022-02-06T06:50:00+02:00",
                LONG,
            ]
        )
    )
    assert [a.name for a in report.authors] == ["Jane Roe-Smith"]
    assert not any("kicker" in line for line in result.inferred)


def test_a_kicker_or_a_place_above_or_below_the_date_line_is_no_byline():
    _, report = built("\n\n".join(["Border Talks Review: Plenty of Hot Air", "The Art Of Talks", "2022-02-06", LONG]))
    assert report.authors == []
    _, report = built("\n\n".join(["Press Gaggle En Route Narva", "2021-12-08", "Aboard Air Force One", LONG]))
    assert report.authors == []


# --- (8) the site's name after a short headline, where the page names the site again -----------------------------------


def test_a_short_headlines_site_is_set_aside_where_the_page_names_the_site_again():
    _, report = built(
        "\n\n".join(["Negotiating with Narva - Example Council", "The latest report in the Example Council's series.", "March 9, 2023", LONG])
    )
    assert report.title == "Negotiating with Narva"


def test_a_short_headlines_second_part_stays_where_the_page_does_not_name_it():
    _, report = built("\n\n".join(["Negotiating with Narva - Part Two", "March 9, 2023", LONG]))
    assert report.title == "Negotiating with Narva - Part Two"


# --- (9) the authors' notes at the end of a page with no byline --------------------------------------------------------


def test_the_authors_notes_at_the_end_give_the_byline_and_complete_an_et_al():
    bios = [
        "Jane Roe is a senior fellow at the Example Council, where she leads its border programme.",
        "John Doe is a research assistant with the Example Council.",
    ]
    _, report = built("\n\n".join(["How The Border Talks Ended", "March 9, 2023", LONG, LONG, LONG, LONG, *bios]))
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]
    _, report = built("\n\n".join(["How The Border Talks Ended", "Jane Roe, et al.", "March 9, 2023", LONG, LONG, LONG, LONG, *bios]))
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]


def test_a_source_described_at_the_end_of_a_story_is_no_author():
    closing = "Ann Poe is a senior fellow at the Example Institute and a former envoy to Oslo."
    _, report = built(
        "\n\n".join(["How The Border Talks Ended", "March 9, 2023", LONG, "“The talks are over,” said Ann Poe.", LONG, LONG, LONG, closing])
    )
    assert report.authors == []
    _, report = built("\n\n".join(["How The Border Talks Ended", "March 9, 2023", closing, LONG, LONG, LONG, LONG, LONG]))
    assert report.authors == []  # a note at the top of the body is the story's, not the page's closing authors' note


# --- (10) what the import says of a text with no date, and a standfirst cut short -----------------------------------------


def test_no_message_speaks_of_a_front_matter_the_text_does_not_have():
    result = import_text("\n\n".join(["How The Border Talks Ended In Narva", LONG, LONG]), "export.txt")
    messages = [str(problem) for problem in result.problems] + result.summary
    assert any('date = "unknown"' in message for message in messages)
    assert not any("front matter" in message for message in messages)
    assert all(re.match(r"^\d+: ", str(problem)) for problem in result.problems)  # each problem names its line


def test_a_date_line_under_a_standfirst_cut_short_is_the_date_line():
    result, report = built(
        "\n\n".join(
            [
                "Border talks end in Narva, minister says",
                "The border talks ended on Friday after four days, the minister of the interior said on the radio on Thursday night. The first day of the talks between the two delegations in Narva were…",
                "2026-02-04",
                "The border talks ended on Friday after four days, the minister of the interior said on the radio on Thursday night. The first day of the talks between the two delegations in Narva were long.",
                LONG,
            ]
        )
    )
    assert report.title == "Border talks end in Narva, minister says" and report.date.isoformat() == "2026-02-04"
    assert not any("check it" in str(problem) for problem in result.problems)
    assert not report.summary.endswith("…")


def test_a_standfirst_that_ends_a_sentence_is_still_the_summary():
    _, report = built("\n\n".join(["Border talks end in Narva, minister says", "The border talks ended on Friday.", "2026-02-04", LONG]))
    assert report.summary == "The border talks ended on Friday." and report.date.isoformat() == "2026-02-04"


def test_a_prompt_to_follow_a_link_is_furniture():
    assert furniture_kind("Clickhereto see ISW’s interactive map of the Russian invasion of Ukraine.") == "link to elsewhere"
    assert furniture_kind("For more information on ISW's map methodology, please view our statementhere.") == "link to elsewhere"
    assert furniture_kind("Please visit our website for the daily maps.") == "link to elsewhere"
    assert furniture_kind("Please see the appendix for the full list of strikes.") == ""
    assert furniture_kind("Officials urged residents to please see a doctor if they felt unwell.") == ""
    assert furniture_kind("Clicking here was not an option, the minister said.") == ""


# --- (11) a news page's photo credit lines, bylines with a time stamp, quotations as title or heading (held-out 123-129) ----


def figures(result) -> list[tuple[str, str]]:
    """(caption, credit) of every figure of the imported Markdown."""
    found = []
    for block in result.markdown.split(":::{figure}")[1:]:
        lines = block.split(":::", 1)[0].strip().split("\n")
        credit = next((line[len(":credit: ") :] for line in lines if line.startswith(":credit: ")), "")
        caption = " ".join(line for line in lines if line and not line.startswith(":credit:"))
        found.append((caption, credit))
    return found


def test_an_agencys_credit_line_is_a_photos_credit_never_a_heading():
    caption = "Delegations attend the second round of talks in Narva, Estonia, March 8, 2023."
    result, report = built(
        story(
            LONG,
            caption,
            "Estonian Ministry Of Foreign Affairs via Reuters",
            LONG,
            "Guards at the crossing on March 7, 2023, in this screengrab from a handout video.",
            "Border Guard Service Of Estoni/via Reuters",
            LONG,
            "AP Photo/Jane Roe",
            LONG,
        )
    )
    assert headings(report) == []
    shown = figures(result)
    assert (caption, "Estonian Ministry Of Foreign Affairs via Reuters") in shown
    assert ("(no caption)", "AP Photo/Jane Roe") in shown  # a credit whose caption the crawl lost
    assert len(shown) == 3


def test_a_caption_with_the_photographer_and_agency_after_a_dash_is_a_photo():
    caption = "Guards stand at the crossing in Narva, Estonia, on March 7, 2023."
    closing = "The talks ended on Monday, the minister said. Jane Roe, the mediator, left for Tallinn."
    result, report = built(
        story(
            LONG,
            caption + " Jane Roe—Border Images Estonia/Getty Images",
            LONG,
            "The delegations meet in Narva on March 8.John Doe—AFP",
            LONG,
            closing,
            LONG,
        )
    )
    assert figures(result) == [
        (caption, "Jane Roe—Border Images Estonia/Getty Images"),
        ("The delegations meet in Narva on March 8.", "John Doe—AFP"),
    ]
    assert closing in body_text(report) and "Getty" not in body_text(report)


def test_a_headline_naming_an_agency_and_a_quoting_paragraph_over_a_credit_stay_the_storys():
    quoting = "“The talks are over,” the minister said in Narva."
    result, report = built(story(LONG, "Why Narva Trusts Reuters", LONG, quoting, "Jane Roe/Reuters", LONG))
    assert headings(report) == ["Why Narva Trusts Reuters"]
    assert quoting in body_text(report)
    assert figures(result) == [("(no caption)", "Jane Roe/Reuters")]


def test_a_pull_quote_under_the_headline_is_the_standfirst_and_a_stamped_byline_and_its_repeat_the_authors():
    pull_quote = "'This is not only a border dispute. It is also a war of words. Sometimes the world believes it.'"
    result, report = built(
        "\n\n".join(
            [
                "Narva endures as the border talks mark their fourth year",
                pull_quote,
                "2023-03-10",
                "by Jane Roe-Smith 10:41 AM March 9, 2023",
                "written by Jane Roe-Smith 10:41 AM March 9, 2023",
                LONG,
                LONG,
            ]
        )
    )
    assert report.title == "Narva endures as the border talks mark their fourth year"
    assert report.summary == pull_quote
    assert [a.name for a in report.authors] == ["Jane Roe-Smith"]
    assert headings(report) == [] and "10:41" not in result.markdown
    # with no date line, the byline's time stamp dates the page
    _, report = built("\n\n".join(["Narva endures as the border talks mark their fourth year", "By Jane Roe 10:41 AM March 9, 2023", LONG, LONG]))
    assert [a.name for a in report.authors] == ["Jane Roe"] and report.date.isoformat() == "2023-03-09"


def test_a_headline_that_quotes_and_a_sentence_opening_by_with_a_date_are_no_pull_quote_and_no_byline():
    headline = "'Not only a border dispute': Narva's mayor on the fourth year of talks"
    _, report = built("\n\n".join(["Border talks", headline, "March 10, 2023", LONG, LONG]))
    assert report.title == headline
    sentence = "By the morning of March 9, 2023 the delegations had left Narva for the capital."
    _, report = built(story(sentence, LONG, "Written by hand on March 9, 2023, the letter reached the ministry.", LONG))
    assert report.authors == [] and sentence in body_text(report) and "Written by hand" in body_text(report)


OTHER_STORIES = [
    "Border guards seize a record haul at the Narva crossing as the queues grow",
    "Oslo hails a rare thaw in the Arctic talks but warns of the cost",
    "Tallinn's new port opens to freight from the south after two years",
    "Why the ferry operators want the border talks to fail, analyst says",
    "The ministry spent $30 million on new scanners: the result is longer queues",
    "Fishermen say the new quotas leave them nothing to catch in the bay",
    "Markets fall as traders wake up to the cost of the border closure",
    "A two-week wait for a visa is now the rule, study says",
    "Rail freight across the border tops its pre-war level for the first time",
    "The mayor of Narva has 'a feeling' the talks will end before the summer",
]


def test_an_editors_note_at_the_end_of_the_story_names_the_author_before_the_sites_other_headlines():
    note = "Ann Poe is the weekend editor at Example Times, where she covers borders, trade and shipping."
    _, report = built("\n\n".join(["How The Border Talks Ended", "March 9, 2023", *[LONG] * 10, note, *OTHER_STORIES]))
    assert [a.name for a in report.authors] == ["Ann Poe"]
    # near miss: the same note in the story's middle, with as much of the story after it, names no author
    _, report = built("\n\n".join(["How The Border Talks Ended", "March 9, 2023", *[LONG] * 5, note, *[LONG] * 5, *OTHER_STORIES]))
    assert report.authors == []


def test_quoted_phrases_in_title_case_over_longer_paragraphs_are_subheads():
    _, report = built(
        story(
            LONG,
            "“A Step into a Bright Future”",
            LONG,
            "Read Anna Berg’s full story",  # a page's button line
            "“Flagrant Violations of the Border Treaty”",
            LONG,
        )
    )
    assert headings(report) == ["“A Step into a Bright Future”", "“Flagrant Violations of the Border Treaty”"]


def test_a_quotation_in_sentence_case_and_a_quoted_title_after_a_broken_sentence_are_no_subheads():
    broken = "On the last day of the talks the guards opened the gate at dawn, and the delegates called the new crossing"
    _, report = built(story(LONG, "“We will not give up on the talks”", LONG, broken, "“A Step into a Bright Future”", LONG))
    assert headings(report) == []


CREDITED_PAGE = ["Guards at the old crossing.", "Credit: REUTERS", LONG, "The new crossing.", "Credit: Jane Roe / Example Times"]


def test_a_person_at_a_place_under_the_paragraph_naming_her_is_a_caption_on_a_page_of_credited_photos():
    above = "For Anna Berg, who lived on the first floor of the building, there is nothing to go back to. She watched it burn."
    result, report = built(story(*CREDITED_PAGE, LONG, above, "Anna Berg in Tromso", "“We just couldn’t understand it,” she said.", LONG))
    assert headings(report) == []
    assert ("Anna Berg in Tromso", "") in figures(result)
    # near miss: the paragraph above names someone else
    other = "For the guards, who lived on the first floor of the building, there is nothing to go back to. They watched it burn."
    _, report = built(story(*CREDITED_PAGE, LONG, other, "Anna Berg in Tromso", LONG, LONG))
    assert headings(report) == ["Anna Berg in Tromso"]


def test_a_media_players_buttons_are_furniture():
    assert furniture_kind("Unblur videos") == "media control"
    assert furniture_kind("Show graphic content") == "media control"
    assert furniture_kind("Blur the line between war and peace") == ""
    _, report = built(story(LONG, "Unblur videos", LONG))
    assert headings(report) == [] and "Unblur" not in body_text(report)


def test_a_date_inside_the_storys_prose_does_not_date_a_page_without_a_date_line():
    _, report = built(
        "\n\n".join(["How The Border Talks Ended", LONG, "Russia closed the crossing on Feb. 24, 2022, minutes after the minister spoke.", LONG])
    )
    assert report.date is None
    # near miss: a photo's caption ending on the day it was taken still dates the page, as before
    _, report = built("\n\n".join(["How The Border Talks Ended", LONG, "Smoke rises from the customs house in Narva on Feb. 24, 2022.", LONG]))
    assert report.date is not None and report.date.isoformat() == "2022-02-24"


# --- (12) a page flattened into one paragraph whose headings run into the prose, with no contents list (held-out 137, 139) ---


def test_headings_run_into_a_flattened_page_are_found_by_title_case_and_a_new_sentences_first_word():
    sentences = " ".join(f"{PROSE}, and the talks went on into the night number {n}." for n in range(8))
    page = (
        f"A photo of the crossing at dawn. Introduction As the border talks resumed, {sentences} "
        f"Background: From Quiet Talks to Headline News While the talks were secret, {sentences} "
        f"How Did We Get Here? The reason is simple. {sentences} "
        f"Major Players in the Border Trade The Narva council is one of them. {sentences} Conclusion Both sides {sentences}"
    )
    _, report = built(story(page))
    assert headings(report) == [
        "Introduction",
        "Background: From Quiet Talks to Headline News",
        "How Did We Get Here?",
        "Major Players in the Border Trade",
        "Conclusion",
    ]
    assert "As the border talks resumed" in body_text(report) and "The reason is simple." in body_text(report)


def test_a_flattened_page_with_one_title_case_opening_or_a_name_gets_no_headings():
    sentences = " ".join(f"{PROSE}, and the talks went on into the night number {n}." for n in range(10))
    page = f"{sentences} The Narva Border Council In a statement said little. {sentences} President Jane Roe, the mediator, left. {sentences}"
    _, report = built(story(page))
    assert headings(report) == []
