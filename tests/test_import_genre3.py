"""Import rules for patterns of the genre met in the held-out texts 191-201 (a think tank's policy paper, a live-updates
page run as text, a reposted commentary): headings in capitals with a full stop, a live page's long entry headlines, a
title over its subtitle, a pull quote repeating a one-sentence paragraph. Each rule on a small passage of our own, with
a near miss beside it that must not trigger it."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def paper(*lines: str) -> str:
    return "\n\n".join(["Rivals In The Long Run", "March 9, 2023", *lines]) + "\n"


# --- (1) a policy paper's lessons in capitals, ending in a full stop ----------------------------------------------------


def test_capitals_headings_ending_in_a_full_stop_over_prose_are_sections():
    _, report = built(
        paper(
            "WHAT THE COLD WAR TEACHES",
            LONG,
            "LESSON ONE: ALLIANCES OUTLAST THE QUARRELS THAT MADE THEM.",
            LONG,
            "LESSON TWO: THE U.S. CANNOT CHOOSE ITS RIVAL'S AIMS.",
            LONG,
        )
    )
    assert headings(report) == [
        "WHAT THE COLD WAR TEACHES",
        "LESSON ONE: ALLIANCES OUTLAST THE QUARRELS THAT MADE THEM.",
        "LESSON TWO: THE U.S. CANNOT CHOOSE ITS RIVAL'S AIMS.",
    ]


def test_two_sentences_in_capitals_a_capitals_line_over_capitals_or_a_long_one_stay_text():
    _, report = built(
        paper(
            "WHAT THE COLD WAR TEACHES",
            LONG,
            "DRAFT FOR COMMENT. DO NOT CITE WITHOUT PERMISSION.",
            LONG,
            "THE VIEWS EXPRESSED HERE ARE THE AUTHORS' OWN.",
            "THIS PAPER HAS NOT BEEN PEER REVIEWED. IT IS SHARED FOR DISCUSSION ONLY.",
            "NEITHER THE INSTITUTE NOR ITS FUNDERS TAKE INSTITUTIONAL POSITIONS ON PUBLIC POLICY ISSUES, AND THE PAPER'S FINDINGS AND"
            " CONCLUSIONS ARE THOSE OF ITS AUTHORS ALONE AND SHOULD NOT BE READ AS ANY OTHER BODY'S.",
            LONG,
        )
    )
    assert headings(report) == ["WHAT THE COLD WAR TEACHES"]
    assert "DRAFT FOR COMMENT. DO NOT CITE" in body_text(report) and "AUTHORS' OWN." in body_text(report)
    assert "THEIR AUTHORS ALONE" not in body_text(report) and "ITS AUTHORS ALONE" in body_text(report)


# --- (2) a live page's entry headlines: long, with a comma, initials or a quoted phrase -----------------------------------

ENTRY = f"{PROSE}. The committee met again on Thursday and said it would publish its findings."
SHORT_ENTRIES = [
    "Border crossings close for a second day",
    "Airline suspends flights to the capital",
    "Rival leaders trade accusations overnight",
    "Neighbouring states urge calm",
    "Markets fall as tensions rise",
    "Schools in the border districts stay shut",
    "Relief agencies ask for access to the valley",
    "Foreign minister cancels planned visit",
]
LONG_ENTRIES = [
    "Provincial governor says shelling damaged two bridges and a grain store, cutting the valley road for a week",
    "Ministry says its envoy spoke with U.N. Secretary-General about the evacuation of wounded civilians",
    "Opposition leader calls the government's response a ‘national disgrace’",
]


def live_page(long_lines: list[str], short_lines: list[str]) -> str:
    lines = []
    for headline in [*short_lines[:4], *long_lines, *short_lines[4:]]:
        lines += [headline, ENTRY]
    return paper(*lines)


def test_a_live_pages_long_entry_headlines_with_commas_initials_or_a_quoted_phrase_are_subheads():
    _, report = built(live_page(LONG_ENTRIES, SHORT_ENTRIES))
    assert all(line in headings(report) for line in LONG_ENTRIES + SHORT_ENTRIES)
    unfinished = live_page(LONG_ENTRIES, SHORT_ENTRIES).replace(f"{ENTRY}\n\n{LONG_ENTRIES[0]}", f"{LONG[:-1]}\n\n{LONG_ENTRIES[0]}")
    _, report = built(unfinished)  # the paragraph above it lost its full stop, as a live page's entries sometimes do
    assert LONG_ENTRIES[0] in headings(report)


def test_the_same_lines_in_a_story_with_few_subheads_or_over_a_short_line_stay_paragraphs():
    _, report = built(live_page(LONG_ENTRIES, SHORT_ENTRIES[:3]))
    assert not any(line in headings(report) for line in LONG_ENTRIES)
    over_short = paper(*[x for h in SHORT_ENTRIES for x in (h, ENTRY)], LONG_ENTRIES[0], "The road reopened on Monday.", ENTRY)
    _, report = built(over_short)
    assert LONG_ENTRIES[0] not in headings(report) and LONG_ENTRIES[0] in body_text(report)


# --- (3) pull quotes: a one-sentence paragraph repeated without its stop, a sentence going on after a colon --------------

HARBOUR = "The harbour board met twice in March and agreed that the cranes would be replaced before the autumn season began."
FLEET = "Fishing crews said the new quays were too short for the larger boats, and several of them moved south for the winter."
RETREAT = "any retreat from the northern ports would harm the country’s standing with its partners in the region"
CLASH = "Overreacting to one incident is usually a mistake: a rivalry decided over decades turns on no single clash"


def test_a_pull_quote_repeating_a_one_sentence_paragraph_or_a_sentence_with_a_colon_is_dropped():
    result, report = built(
        paper(
            LONG,
            RETREAT[0].upper() + RETREAT[1:],
            HARBOUR,
            f"That said, {RETREAT}.",
            f"{CLASH}.",
            f"{FLEET} {CLASH}. The harbour master said the crews would be back by the spring.",
        )
    )
    assert body_text(report).count("from the northern ports") == 1 and f"That said, {RETREAT}." in body_text(report)
    assert body_text(report).count("Overreacting to one incident") == 1
    assert "pull quote ×2" in "\n".join(result.summary)


def test_a_repeated_sentence_with_its_stop_and_a_speakers_line_stay():
    _, report = built(
        paper(
            LONG,
            RETREAT[0].upper() + RETREAT[1:] + ".",
            HARBOUR,
            f"That said, {RETREAT}.",
            "Jane Roe, head of the port authority: the ports will stay open to all shipping until the storm has passed",
            f"{FLEET} The ports will stay open to all shipping until the storm has passed, she said.",
            "Harbour Works in Northern Ports: Progress Since the Last Review of the Cranes and Quays",
            "Board of Trade. Harbour Works in Northern Ports: Progress Since the Last Review of the Cranes and Quays. Report 14, 2021.",
        )
    )
    assert "Harbour Works in Northern Ports: Progress Since the Last Review of the Cranes and Quays" in headings(report)
    assert body_text(report).count("from the northern ports") == 2 and "Jane Roe, head of the port authority:" in body_text(report)


# --- (4) a blog's title over its subtitle ---------------------------------------------------------------------------------


def test_a_title_over_a_longer_subtitle_sharing_no_word_is_one_headline():
    result, _ = built("\n\n".join(["Ports And The Baltic", "Why the Harbour Board Must Act Before Winter", "Jane Roe", "March 9, 2023", LONG]) + "\n")
    assert 'title = "Ports And The Baltic: Why the Harbour Board Must Act Before Winter"' in result.markdown
    assert not any("kicker" in line for line in result.inferred)


def test_a_short_title_over_the_full_one_or_a_kicker_over_the_headline_stays_the_longest():
    result, _ = built("\n\n".join(["The Northern Ports", "The Northern Ports After the Storm and the Long Winter", "March 9, 2023", LONG]) + "\n")
    assert 'title = "The Northern Ports After the Storm and the Long Winter"' in result.markdown
    result, _ = built("\n\n".join(["Harbour Crisis", "Why the Board Must Act Before the Winter Storms", "March 9, 2023", LONG]) + "\n")
    assert 'title = "Why the Board Must Act Before the Winter Storms"' in result.markdown


# --- (5) a copied page's rule line, "up next" buttons and gallery link --------------------------------------------------


def test_a_wire_storys_rule_line_next_story_buttons_and_a_gallery_link_are_furniture():
    result, report = built(
        paper(LONG, "View all (23)", HARBOUR, "___", "Associated Press writer John Doe contributed to this report.", "Next", "Next story in")
    )
    assert "___" not in result.markdown and "View all" not in result.markdown and "\nNext" not in result.markdown
    assert "John Doe contributed" in body_text(report)


def test_a_heading_or_a_sentence_opening_with_next_stays():
    _, report = built(paper(LONG, "Next Steps For The Harbour Board", HARBOUR, "Next, the board will vote on the budget for the quays."))
    assert headings(report) == ["Next Steps For The Harbour Board"] and "Next, the board will vote" in body_text(report)


# --- (6) a headline ending in a word that opens with "No" is no series and number ---------------------------------------


def test_a_headline_ending_in_north_is_no_series_number():
    result, _ = built("\n\n".join(["Ports And The North", "Why the Harbour Board Must Act Before Winter", "March 9, 2023", LONG]) + "\n")
    assert "series" not in result.markdown.split("+++")[1] and 'title = "Ports And The North: Why' in result.markdown


def test_a_series_and_its_number_are_still_read():
    result, _ = built("\n\n".join(["Harbour Notes No. 14", "Why the Board Must Act Before the Winter Storms", "March 9, 2023", LONG]) + "\n")
    assert 'series = "Harbour Notes"' in result.markdown and 'number = "14"' in result.markdown


# --- a feature's pull quotes set as short quoted lines with no stop, rewording the paragraph they come from -------------


def test_short_quoted_lines_without_a_stop_between_paragraphs_are_pull_quotes_where_a_page_sets_several():
    result, report = built(
        paper(
            LONG,
            "“The lack of support weighs on the students”",
            LONG.replace("talks", "meetings"),
            "“Tutors have reported a rise in students seeking help”",
            LONG.replace("talks", "hearings"),
        )
    )
    assert "lack of support weighs" not in body_text(report) and "Tutors have reported" not in body_text(report)
    assert "pull quote ×2" in "\n".join(result.summary)


def test_one_quoted_line_a_spoken_sentence_and_a_quoted_subhead_stay():
    _, report = built(paper(LONG, "“The lack of support weighs on the students”", LONG.replace("talks", "meetings")))
    assert "lack of support weighs" in body_text(report)  # one such line may be a slogan or a subhead
    _, report = built(
        paper(
            LONG,
            "“The lack of support weighs on the students.”",
            LONG.replace("talks", "meetings"),
            "“Tutors have reported a rise in students seeking help.”",
            LONG.replace("talks", "hearings"),
        )
    )
    assert "lack of support weighs" in body_text(report) and "Tutors have reported" in body_text(report)  # spoken: a stop
    _, report = built(paper(LONG, "“Alarming mortality rate”", LONG.replace("talks", "meetings"), "“We write with urgency”", LONG))
    assert "Alarming mortality rate" in "\n".join(headings(report)) + body_text(report)
