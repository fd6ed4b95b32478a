"""Import rules for patterns of the genre met in the held-out texts 82-99: photo captions, consent banners, bylines with
job titles, link furniture, standfirsts, a page flattened into one paragraph. Each rule on a small passage of our own,
with a near miss beside it that must not trigger it."""

from __future__ import annotations

import datetime as dt

from dossier.actors import Registry
from dossier.bylines import byline_people
from dossier.captions import is_photo_caption
from dossier.statements import extract_statements
from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def figures(result) -> list[tuple[str, str]]:
    """(caption, credit) of every figure of the imported Markdown."""
    found = []
    for block in result.markdown.split(":::{figure}")[1:]:
        lines = block.split(":::", 1)[0].strip().split("\n")
        credit = next((line[len(":credit: ") :] for line in lines if line.startswith(":credit: ")), "")
        caption = " ".join(line for line in lines if line and not line.startswith(":credit:"))
        found.append((caption, credit))
    return found


def story(*lines: str) -> str:
    return "\n\n".join(["How The Border Talks Ended", "March 9, 2023", *lines]) + "\n"


# --- (1) photo captions are figures, never headings --------------------------------------------------------------------


def test_dated_and_credited_photo_captions_are_figures_not_sections():
    result, report = built(
        story(
            LONG,
            "Maria Ivanova on 3rd March 2021",
            LONG,
            "Trucks queue at the crossing near Narva in January 2023.  Photograph: Jane Roe/Reuters",
            LONG,
            "Border guards in Narva, 14th Feb 2023",
            LONG,
            "The ministers meet in Oslo on February 7, 2023. Below, the two delegations",
            LONG,
        )
    )
    assert headings(report) == []
    shown = figures(result)
    assert ("Trucks queue at the crossing near Narva in January 2023.", "Photograph: Jane Roe/Reuters") in shown
    assert {caption for caption, _ in shown} >= {"Maria Ivanova on 3rd March 2021", "Border guards in Narva, 14th Feb 2023"}


def test_a_digests_dated_heading_and_an_events_heading_stay_headings():
    assert not is_photo_caption("Ukraine Conflict Update, February 18, 2022")  # title case: a digest's heading
    assert not is_photo_caption("Remarks by the Minister on 4 March 2021")  # an event's heading with its day
    assert not is_photo_caption("Russian Nuclear Calibration February 2022–July 2023")
    assert not is_photo_caption("Sunday, April 2")
    _, report = built(story("Ukraine Conflict Update, February 18, 2022", LONG, "Remarks by the Minister on 4 March 2021", LONG))
    assert headings(report) == ["Ukraine Conflict Update, February 18, 2022", "Remarks by the Minister on 4 March 2021"]


def test_a_sentence_about_a_photograph_stays_a_paragraph():
    result, report = built(story(LONG, "It was the photograph: a man alone on the bridge, his hands raised.", LONG))
    assert figures(result) == []
    assert "It was the photograph: a man alone on the bridge" in body_text(report)


def test_on_a_page_of_credited_captions_people_at_a_place_are_a_caption_but_not_elsewhere():
    credited = [
        "Trucks queue at the crossing near Narva in January 2023. Photograph: Jane Roe/Reuters",
        "A guard checks papers at the gate. Photograph: John Doe/AFP",
    ]
    result, report = built(story(LONG, credited[0], LONG, "Anna Berg, Olav Lie and the old harbour in Tromso", LONG, credited[1], LONG))
    assert headings(report) == []
    assert ("Anna Berg, Olav Lie and the old harbour in Tromso", "") in figures(result)
    # near misses: the same line on a page without credited captions, and a heading naming no person on a photo page
    _, plain = built(story(LONG, "Anna Berg, Olav Lie and the old harbour in Tromso", LONG))
    assert headings(plain) == ["Anna Berg, Olav Lie and the old harbour in Tromso"]
    _, photo_page = built(story(LONG, credited[0], LONG, "Russia and China in Central Asia", LONG, credited[1], LONG))
    assert headings(photo_page) == ["Russia and China in Central Asia"]


def test_a_dated_caption_does_not_date_the_statements_below_it():
    _, report = built(story(LONG, "Maria Ivanova on 3rd March 2021", "“We will not give up the corridor,” said Maria Ivanova, the foreign minister."))
    found = extract_statements(report, Registry([])).statements
    assert [s.quote for s in found] == ["We will not give up the corridor,"]
    assert found[0].date != dt.date(2021, 3, 3)


def test_a_dated_caption_of_a_person_at_an_event_is_a_figure_and_dates_nothing():
    """A caption's sentence (a person, a verb in the present, a place, the day) stays a photo's caption though it names an
    event in title case; a dated heading with no one doing anything somewhere stays a heading."""
    caption = "Councillor Ola Brennick delivers the 2025 Tarn Lecture at the Tarn Institute in Vells, 4 March 2025"
    quote = "“We have seen the crews probing the harbour systems,” Brennick said on Tuesday."
    result, report = built(story("On 12 March 2025, Ola Brennick spoke to a forum in Vells.", LONG, caption, quote, LONG))
    assert headings(report) == []
    assert (caption, "") in figures(result)
    found = extract_statements(report, Registry([])).statements
    assert [s.quote for s in found] == ["We have seen the crews probing the harbour systems,"]
    assert found[0].date != dt.date(2025, 3, 4)
    for heading in ("Tarn Lecture Highlights, 4 March 2025", "Council votes on the levy resolution, 2 March 2025"):
        _, near = built(story(LONG, heading, LONG))
        assert headings(near) == [heading]


def test_a_related_link_glued_to_read_more_and_the_credits_at_the_end_are_not_sections():
    result, report = built(
        story(
            LONG,
            "Diplomatic failure before the war in the northRead more",
            LONG,
            "Additional reporting: Jane Roe and John Doe",
            "Design and development: Ann Lee, Bo Chan",
        )
    )
    assert headings(report) == []
    assert "Diplomatic failure before the war in the northRead more" in result.dropped["related articles"]
    assert "Additional reporting: Jane Roe and John Doe" in body_text(report)
    _, near = built(story(LONG, "Readers can read more about the talks in our archive.", LONG))
    assert "Readers can read more about the talks in our archive." in body_text(near)


# --- (2) a consent banner is not the byline; (3) a job title is not part of the name ---------------------------------


def test_a_cookie_banner_is_furniture_and_the_byline_below_the_promotion_is_read_with_its_role():
    result, report = built(
        "\n\n".join(
            [
                "How The Border Talks Ended",
                "The talks showed little sign of compromise.",
                "2023-03-09",
                "By using this website, you agree to our use of cookies. This use includes personalization of content and ads.",
                "This issue is preventing our website from loading properly. Please review the following tips.",
                "Our flagship daily newsletter, catching you up on the news in five minutes. Delivered weekdays.",
                "By Jane Roe, an editorial fellow at the Example Review.",
                LONG,
            ]
        )
    )
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "an editorial fellow at the Example Review")]
    assert "cookie banner" in result.dropped and "loading notice" in result.dropped


def test_a_sentence_opening_by_is_not_a_byline_nor_a_banner():
    _, report = built(
        story(
            "By the end of the week, the two sides had agreed on a corridor.",
            "By visiting the site, the inspectors confirmed that the plant was idle.",
            LONG,
        )
    )
    assert report.authors == []
    assert "By visiting the site, the inspectors confirmed" in body_text(report)
    assert "By the end of the week" in body_text(report)


def test_a_job_title_after_the_bylines_name_is_its_role():
    assert byline_people("Jane Roe Staff Writer") == [("Jane Roe", "Staff Writer")]
    assert byline_people("Jane Roe, Senior Fellow, and John Doe") == [("Jane Roe", "Senior Fellow"), ("John Doe", "")]
    assert byline_people("Jane Roe, Chief Economics Correspondent") == [("Jane Roe", "Chief Economics Correspondent")]
    _, report = built("How The Border Talks Ended\n\nBy Jane Roe Staff Writer\n\nMarch 9, 2023 2:05 PM PT\n\n" + LONG)
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "Staff Writer")]
    assert report.date == dt.date(2023, 3, 9) and headings(report) == []


def test_names_that_end_like_a_job_are_kept_whole():
    assert byline_people("Mail On Sunday Reporter") == [("Mail On Sunday Reporter", "")]  # an outlet's byline, not a person
    assert byline_people("Robert Fellow") == [("Robert Fellow", "")]
    assert byline_people("Jane Roe and John Doe") == [("Jane Roe", ""), ("John Doe", "")]


# --- (4) link furniture ------------------------------------------------------------------------------------------------


def test_new_window_leftovers_and_a_reporters_contact_lines_are_furniture():
    result, report = built(
        story(
            LONG,
            "TWEET OF THE DAY — From our reporter:",
            "New Window",
            "Twitter: @janeroe",
            LONG,
            "Print (Opens in new window)",
            "jane.roe@example.com",
        )
    )
    assert headings(report) == []
    assert result.dropped["link furniture"] == ["New Window"]
    assert result.dropped["author's contact"] == ["Twitter: @janeroe", "jane.roe@example.com"]
    assert result.dropped["share bar"] == ["Print (Opens in new window)"]


def test_a_contacts_telephone_line_under_the_report_is_furniture():
    result, report = built(story(LONG, "For media enquiries, please contact Lena Hart", "Mobile 071 5550123", "Tel: +44 (0)20 7946 0000", LONG))
    assert headings(report) == []
    assert result.dropped["author's contact"] == ["Mobile 071 5550123", "Tel: +44 (0)20 7946 0000"]


def test_a_heading_that_begins_like_a_telephone_label_stays():
    _, report = built(story(LONG, "Mobile money in 2023", LONG, "Phone lines cut for 12 hours", LONG))
    assert headings(report) == ["Mobile money in 2023", "Phone lines cut for 12 hours"]


def test_a_new_window_in_a_sentence_stays():
    _, report = built(story(LONG, "A new window for talks opened in May, the envoy said.", LONG))
    assert "A new window for talks opened in May" in body_text(report)


# --- (5) a standfirst is not a pull quote ------------------------------------------------------------------------------


def test_a_description_line_repeated_in_full_above_the_story_is_the_standfirst():
    dek = "Drawing on dozens of interviews with officials in three capitals, this account details how the talks failed and why"
    result, report = built(
        "\n\n".join(["How The Border Talks Ended", dek[:90], "Skip to main contentSkip to navigationSkip to navigation", dek + ".", LONG, LONG])
    )
    assert report.summary == dek + "."
    assert "pull quote" not in result.dropped and result.dropped["skip link"]


def test_a_pull_quote_inside_the_story_is_still_dropped():
    result, _ = built(story(LONG, "the borders of the region and the corridor, as the agencies reported", LONG))
    assert result.dropped["pull quote"] == ["the borders of the region and the corridor, as the agencies reported"]


# --- a lead photo under the headline, an update note ------------------------------------------------------------------


def test_a_lead_photos_caption_and_credit_under_the_headline_are_a_figure_and_an_update_note_is_editorial():
    result, report = built(
        "\n\n".join(
            [
                "How The Border Talks Ended",
                "The minister, center, with the envoy, right, at the crossing on March 8, 2023.",
                "(Jane Roe / Example Times)",
                "By John Doe Staff Writer",
                "March 9, 2023",
                LONG,
                "UPDATES:",
                "2:58 p.m.: This article was updated to add the envoy's comments.",
            ]
        )
    )
    assert report.summary.startswith("The minister spoke at length")
    assert figures(result)[0] == ("The minister, center, with the envoy, right, at the crossing on March 8, 2023.", "(Jane Roe / Example Times)")
    assert ":::{editorial}\n2:58 p.m.: This article was updated" in result.markdown
    assert headings(report) == [] and result.dropped["update label"] == ["UPDATES:"]


def test_a_paragraph_about_updates_stays_text():
    _, report = built(story(LONG, "Updates to the border law were passed in May.", LONG))
    assert "Updates to the border law were passed in May." in body_text(report)


# --- a newsletter's quiz, a page's link lists and comments, a scrape's tail after the share bar ------------------------


def test_a_quizs_lettered_choices_and_its_answer_are_a_list_and_text_not_sections():
    _, report = built(
        story(
            LONG,
            "The envoy said he would meet the committee that is investigating him for doing what?",
            "A. Accepting gifts from regional heads of state",
            "B. Meeting a businessman in secret",
            "C. Conspiring to postpone the elections",
            LONG,
            "B. Meeting a businessman in secret",
            LONG,
        )
    )
    assert headings(report) == []
    assert "Meeting a businessman in secret" in body_text(report)


def test_lettered_sections_with_text_under_each_stay_sections():
    _, report = built(story("A. Background", LONG, "B. The Border Question", LONG, "C. What Comes Next", LONG))
    assert headings(report) == ["A. Background", "B. The Border Question", "C. What Comes Next"]


def test_headlines_one_after_another_with_no_text_under_them_are_a_list_of_links():
    result, report = built(
        story(
            "The Border Question",
            LONG,
            "Read More On  Diplomacy | Russia | Ukraine",
            "Commenting is a benefit of a subscription.",
            "The Real Risk After The Treaty Lapses",
            "Why The Generals Cannot Be Trusted",
            "Who Ended The Old Order?",
        )
    )
    assert headings(report) == ["The Border Question"]
    assert result.dropped["related articles"] == ["Read More On  Diplomacy | Russia | Ukraine"] and result.dropped["comments"]
    assert "- Why The Generals Cannot Be Trusted" in result.markdown


def test_a_section_over_a_sub_section_over_a_sub_sub_section_is_not_a_list():
    first = "Cooperation evolved as the two capitals recognised the vital interests of one another and accepted, however grudgingly, the division of the continent that followed the war."
    later = "The costs of that policy, both financial and environmental, were exorbitant, and the president believed they would bankrupt the country if nothing changed."
    _, report = built(story(f"{PROSE}. {LONG}", "The Cold War", "Competing and Learning", "The First Years", first, "The Thaw", later))
    assert sorted(headings(report)) == ["Competing and Learning", "The Cold War", "The First Years", "The Thaw"]


def test_what_follows_a_stories_share_bar_is_the_sites_and_dropped():
    share = ["Share on Reddit (Opens in new window)", "Share on Telegram (Opens in new window)", "Print (Opens in new window)"]
    result, report = built(
        story(LONG, "The Border Question", LONG, LONG, *share, "Inclusive Healthcare Fails The Average Patient", LONG, "1.18 USD = 1 EUR")
    )
    assert headings(report) == ["The Border Question"]
    assert "Inclusive Healthcare" not in result.markdown
    assert "Inclusive Healthcare Fails The Average Patient" in result.dropped["page furniture after the story's share bar"]


def test_a_share_bar_above_the_story_or_before_its_notes_ends_nothing():
    share = ["Share on Reddit", "Share on Telegram", "Print"]
    _, report = built(story(*share, LONG, "The Border Question", LONG, LONG))
    assert headings(report) == ["The Border Question"] and body_text(report).count("The minister spoke") == 6
    _, report = built(story(LONG, LONG, f"{PROSE}.[1]", *share, "Notes", "[1] Jane Roe, “The Corridor,” Example Review, 2023."))
    assert report.notes["1"].defined


def test_a_news_briefs_long_subheads_are_sections_where_the_story_has_others():
    subhead = "The agency supports the response after deadly rains in the south of the country"
    _, report = built(story(LONG, subhead, LONG, "Step up search and rescue", LONG))
    assert headings(report) == [subhead, "Step up search and rescue"]
    _, alone = built(story(LONG, subhead, LONG, LONG))  # near miss: no other subhead, the line stays text
    assert headings(alone) == []
    caption = "Soldiers are celebrated as they arrive at the square in the capital on August 18"
    _, captioned = built(story(LONG, caption, LONG, "Step up search and rescue", LONG))
    assert headings(captioned) == ["Step up search and rescue"]


def test_a_headline_given_twice_near_the_top_is_the_title_when_no_line_is_one():
    headline = "World Briefs: strikes condemned, migrant deaths update, floods in the south"
    site = "The Example Sting - Critical News and Insights on European Politics, Economy, Foreign Affairs, Business and Technology - example.com"
    result, _ = built("\n\n".join([f"{headline} - {site}", site, headline, headline, LONG, LONG]))
    assert result.markdown.split("\n")[1] == f'title = "{headline}"'
    result, _ = built("\n\n".join([site * 2, "16:38 EST, 9 November 2013", "16:38 EST, 9 November 2013", LONG, LONG]))
    assert "16:38" not in result.markdown.split("\n")[1]


# --- (6) a think-tank page run into one paragraph ----------------------------------------------------------------------

SECTIONS = [
    ("Early signs: Trade falls while the debate on risk grows louder", "In the spring the export figures fell again"),
    ("Industry and research: Where the pressure is felt the most", "Years of talks about a national strategy have not settled it"),
    ("Outlook: The risks of working together now outweigh the gains", "According to a recent survey of the chamber of commerce"),
]
FILLER = [
    "Factories in the west of the country cut their shifts, and the unions warned of more losses to come in the winter.",
    "Ministers met the heads of the largest firms twice, and each time they promised a plan that never quite arrived.",
    "The universities kept their partnerships alive, arguing that closing them would cost more than it would save.",
]


def flattened(notes: bool = True) -> str:
    contents = " ".join(heading for heading, _ in SECTIONS)
    parts = [f"Example Foto / Jane Roe / Example Agency {contents} Download (pdf - 2 MB) Share this Article Report Jun 30, 2026 14 min read."]
    number = 1
    for heading, opening in SECTIONS:
        parts.append(f"{heading} {opening} in {2020 + number}, around 120,000 jobs were lost, {number} and the mood darkened.")
        number += 1
        parts.append(" ".join(FILLER * 4) + f" The agency counted EUR 16 billion in losses. {number} The firms said so.")
        number += 1
    if notes:
        parts.append(
            " ".join(
                f"{key} | J. Roe. Report number {key}. Example Review. 1 April 2025. https://example.org/report/{key}" for key in range(1, number)
            )
        )
        parts[-1] = (
            "Endnotes "
            + parts[-1]
            + " Author(s) Jane Roe Senior Fellow Economics John Doe Director Research Download (pdf - 2 MB) Print this Article"
        )
    return "Trade And Risk: A Country Chapter\n\n2026-06-30\n\n" + " ".join(parts) + "\n"


def test_a_page_run_into_one_paragraph_gets_its_headings_notes_and_authors_back():
    result, report = built(flattened())
    assert headings(report) == [heading for heading, _ in SECTIONS]
    assert sorted(report.notes, key=int) == [str(k) for k in range(1, 7)] and all(n.defined and n.citations for n in report.notes.values())
    assert report.notes["6"].text.endswith("https://example.org/report/6")
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "Senior Fellow Economics"), ("John Doe", "Director Research")]
    assert "EUR 16 billion in losses.[^2] The firms said so." in result.markdown and "around 120,000 jobs" in result.markdown
    assert "jobs were lost,[^1] and the mood darkened" in result.markdown
    assert result.dropped["contents list"] and result.dropped["photo credit"] == ["Example Foto / Jane Roe / Example Agency"]


def test_a_long_paragraph_without_a_notes_list_or_a_repeated_contents_list_is_left_whole():
    text = flattened(notes=False).replace(" ".join(heading for heading, _ in SECTIONS), "An opening without a list")
    _, report = built(text)
    assert headings(report) == [] and report.notes == {}
    assert "in 2021, around 120,000 jobs were lost, 1 and the mood darkened" in body_text(report)


def test_numbers_that_do_not_run_in_note_order_stay_text():
    from dossier.flattened import bare_note_markers

    text = "The plan cost EUR 1 billion, of which 2 parts went north. Ten firms, 3 of them foreign, signed."
    assert bare_note_markers(text, 3) == (text, 0)  # 'EUR 1' is passed over, so only 2 and 3 run: fewer than four in five
    assert bare_note_markers("Prices rose in May. 1 Wages did not. 2 Rents did. 3", 3)[0] == "Prices rose in May.[1] Wages did not.[2] Rents did.[3]"


# --- (7) an endnoted sitrep citing its notes again ---------------------------------------------------------------------


def test_glued_note_numbers_citing_a_note_again_are_markers_but_decimals_are_not():
    text = story(
        f"{PROSE}, said the first source.1 The second agreed.2 The losses reached approximately 1.2 million in the war.3",
        f"{PROSE}, as the first source had said.1 The port stayed shut.",
        "Notes",
        "1. Jane Roe, Russia in Review, accessed February 21, 2026.",
        "2. John Doe, Campaign Assessment, accessed February 21, 2026.",
        "3. Ann Lee, Casualty Estimates, accessed February 21, 2026.",
    )
    result, report = built(text)
    assert [len(report.notes[k].citations) for k in ("1", "2", "3")] == [2, 1, 1]
    assert "approximately 1.2 million" in result.markdown


def test_the_sites_name_after_the_headline_is_set_aside_but_a_two_part_title_stays():
    result, _ = built("How the border talks ended and why nobody believed it | Europe | The Example Post\n\nMarch 9, 2023\n\n" + LONG)
    assert result.markdown.split("\n")[1] == 'title = "How the border talks ended and why nobody believed it"'
    result, _ = built("Broken Nest - Deterring China from Invading Taiwan\n\nMarch 9, 2023\n\n" + LONG)
    assert result.markdown.split("\n")[1] == 'title = "Broken Nest - Deterring China from Invading Taiwan"'


# --- a quotation left open over the lines of a quoted list ---------------------------------------------------------------


def test_the_lines_a_quotation_left_open_runs_over_are_its_lines_not_headings():
    post = ["Harbour Notes posted “In two years, Mayor Ilse Karsten", "Built 40 clinics", "Banned child labour", "Planted 5 million trees.”"]
    result, report = built(story("Harbour quarrels", LONG, *post, LONG, "Water cuts", LONG))
    assert headings(report) == ["Harbour quarrels", "Water cuts"]
    assert "Banned child labour" in body_text(report)
    assert any("the 3 lines under it that the quotation it opens runs over" in line for line in result.inferred)


def test_short_lines_after_a_quotation_nobody_closes_stay_headings():
    lines = ["Harbour Notes posted “In two years, Mayor Ilse Karsten", "Built 40 clinics", LONG, "Water cuts", LONG]
    _, report = built(story("Harbour quarrels", LONG, *lines))
    assert headings(report) == ["Harbour quarrels", "Built 40 clinics", "Water cuts"]


def test_a_straight_mark_alone_under_a_quotation_left_open_closes_it():
    # its closing mark wrapped onto a line of its own: the lines above it are the quotation's, as under a lone '”'
    post = ['Harbour Notes posted "In two years, Mayor Ilse Karsten', "Built 40 clinics", "Banned child labour", '"']
    _, report = built(story("Harbour quarrels", LONG, *post, LONG, "Water cuts", LONG))
    assert headings(report) == ["Harbour quarrels", "Water cuts"]
    # the near miss: a lone opening mark closes nothing, and the short line above it stays a heading
    lines = ["Harbour Notes posted “In two years, Mayor Ilse Karsten", "Built 40 clinics", LONG, "“", "We will build more.”", LONG]
    _, report = built(story("Harbour quarrels", LONG, *lines))
    assert headings(report) == ["Harbour quarrels", "Built 40 clinics"]
