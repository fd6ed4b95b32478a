"""Reposted wire stories and multi-author pages: the agency's or syndicator's credit at the end, a link back to the
original, promo lines, bylines between boxes and captions ending in their credit are no section headings. Passages of
our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a wire agency's or a syndicator's credit line is set apart, never a section -----------------------------------------------

WIRE = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    "2024-03-05\n\n"
    "{top}"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "RISKS AHEAD\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}.\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}.\n\n"
    "{credit}\n"
)


def test_a_wire_or_syndication_credit_at_the_end_is_no_section():
    for credit in (
        "(Edited by Ann Lee and Bo Park)",
        "(Reporting by Ann Lee in Vells; Additional reporting by Cy Dunn; Editing by Bo Park)",
        "Reporting by Ann Lee; Editing by Bo Park",
        "Culled from The Harbour Courier",
        "*Culled from The Harbour Courier",
        "\\*Reprinted from The Norland Times",
    ):
        result, report = built(WIRE.replace("{top}", "").replace("{credit}", credit))
        assert headings(report) == ["RISKS AHEAD"], credit
        assert ":::{editorial}\n" + credit.lstrip("\\*") + "\n:::" in result.markdown, credit


def test_a_news_agencys_name_closing_the_story_is_its_credit_line():
    """Feeds and reposts close a story with the agency's name alone on its line: a credit, never a section."""
    for credit in (
        "Norland Newswires",
        "Vells Harbour News",
        "Agence Norlandaise de Presse",
        "Press Trust of Norland",
        "Norland News Agency",
        "Lorwick Press",
        "Reuters",
        "Associated Press",
    ):
        result, report = built(WIRE.replace("{top}", "").replace("{credit}", credit))
        assert headings(report) == ["RISKS AHEAD"], credit
        assert ":::{editorial}\n" + credit + "\n:::" in result.markdown, credit


def test_an_agency_shaped_subhead_over_paragraphs_stays_a_heading():
    """Near miss: 'Vells Harbour News' over the story's paragraphs, not closing it, is a section (a digest's part); a
    lower-case site name at the end ('thehill') is no agency's name."""
    text = WIRE.replace("{top}", "").replace("{credit}", "").replace("RISKS AHEAD", "Vells Harbour News")
    _, report = built(text)
    assert headings(report) == ["Vells Harbour News"]
    result, _ = built(WIRE.replace("{top}", "").replace("{credit}", "thehill"))
    assert ":::{editorial}\nthehill" not in result.markdown


def test_a_link_back_to_the_original_is_furniture():
    for line in ("Original Link on Norland Wire website.", "Link to the original article"):
        result, report = built(WIRE.replace("{top}", line + "\n\n").replace("{credit}", ""))
        assert headings(report) == ["RISKS AHEAD"], line
        assert result.dropped.get("link to the original") == [line], line


def test_a_heading_that_names_an_editor_or_a_source_stays_a_heading():
    """Near miss: a subhead about an editor or a source is no credit ('Edited by the minister', no name in capitals after
    'Culled from', an 'Original sources' heading)."""
    for heading in ("Edited by the minister", "Culled from the archives", "Original sources of the levy"):
        text = WIRE.replace("{top}", "").replace("{credit}", "").replace("RISKS AHEAD", heading)
        _, report = built(text)
        assert headings(report) == [heading], heading
        assert "Members said the levy" in body_text(report)


# -- a promo line, an interactive graphic's button and the site's copyright are furniture --------------------------------------

PAGE = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    "2024-03-05\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}. {PROSE}.\n\n"
    "Risks ahead\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}. {PROSE}.\n\n"
    "{line}\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}. {PROSE}.\n"
)


def test_a_promo_line_a_button_and_a_copyright_line_are_no_sections():
    for line, kind in (
        ("Find our comprehensive coverage: Broken Harbour – the making of a crisis", "promotion of the site's coverage"),
        ("Read our full coverage: The ferry strike", "promotion of the site's coverage"),
        ("Click to see funding needs", "interactive button"),
        ("©Norland Press Association", "copyright line"),
        ("All Rights Reserved", "copyright line"),
        ("© Lena Ford / Oceanwatch", "photo credit"),
    ):
        result, report = built(PAGE.replace("{line}", line))
        assert headings(report) == ["Risks ahead"], line
        assert result.dropped.get(kind) == [line], line


def test_a_subhead_that_opens_like_a_promo_stays_a_heading():
    """Near miss: 'Read our lips: no new levies' and 'Find our way home' name no coverage of the site's."""
    for line in ("Read our lips: no new levies", "Find our way home"):
        _, report = built(PAGE.replace("{line}", line))
        assert headings(report) == ["Risks ahead", line], line


# -- a byline inside the text is set apart; at the top, under a long photo caption, it is the report's byline -------------------


def test_a_box_byline_inside_the_text_is_set_apart_not_a_section():
    for byline in ("By Tarek Solberg", "by Tarek Solberg", "By Ines Varga and Tarek Solberg", "Words and photos by Tarek Solberg"):
        result, report = built(PAGE.replace("{line}", "Ferry crews strike for a week\n\n" + byline))
        assert headings(report)[0] == "Risks ahead" and byline not in headings(report), byline
        assert ":::{editorial}\n" + byline + "\n:::" in result.markdown, byline


def test_a_subhead_opening_on_by_stays_a_heading():
    """Near miss: 'By Any Means Necessary', 'By Land and Sea', 'By the Numbers' are subheads."""
    for heading in ("By Any Means Necessary", "By Land and Sea", "By the Numbers"):
        _, report = built(PAGE.replace("{line}", heading))
        assert headings(report) == ["Risks ahead", heading], heading


CAPTION_FIRST = (
    "Widow of a Ferry Captain Speaks Out\n\n"
    "2024-03-05\n\n"
    "{caption}\n\n"
    "BY TAREK SOLBERG.\n\n"
    f"On a recent evening in a harbour town, a woman with bandaged arms entered a crowded cafe, and {PROSE.lower()}.\n\n"
    f"She has been hiding since the attack in February, and {PROSE.lower()}.\n"
)
LONG_CAPTION = (
    "Mira Holt, who is recovering from injuries including the loss of her thumb suffered during an attack by masked men, speaks "
    "during an interview near the harbour of Vells on April 23, 2023.  NORPRESS/Stringer"
)


def test_a_byline_under_a_long_photo_caption_at_the_top_is_the_byline():
    for caption in (LONG_CAPTION, LONG_CAPTION.replace("NORPRESS/Stringer", "REUTERS/Stringer")):
        result, report = built(CAPTION_FIRST.replace("{caption}", caption))
        assert report.authors and [a.name for a in report.authors] == ["Tarek Solberg"], caption
        assert "BY TAREK SOLBERG" not in result.markdown
        assert headings(report) == []


def test_a_wire_caption_with_the_agency_credit_is_a_figure_not_the_summary():
    result, _ = built(CAPTION_FIRST.replace("{caption}", LONG_CAPTION.replace("NORPRESS/Stringer", "REUTERS/Stringer")))
    assert ":credit: REUTERS/Stringer" in result.markdown
    assert 'summary = "On a recent evening' in result.markdown


def test_a_by_line_deep_in_the_story_is_no_report_byline():
    """Near miss: past the opening paragraphs, a byline is a box's, not the report's."""
    text = (
        CAPTION_FIRST.replace("{caption}\n\nBY TAREK SOLBERG.\n\n", "")
        + "\nBY TAREK SOLBERG.\n\n"
        + f"The ferry ran again in May, and {PROSE.lower()}.\n"
    )
    result, report = built(text)
    assert not report.authors
    assert ":::{editorial}\nBY TAREK SOLBERG.\n:::" in result.markdown


# -- a photo caption run into its credit ('… after a pushback Jane Roe/Harbour News') is a figure ------------------------------


def test_a_caption_run_into_its_credit_is_a_figure():
    line = "Walking back to the border town after a pushback Lena Ford/Harbour News"
    result, report = built(PAGE.replace("{line}", line))
    assert headings(report) == ["Risks ahead"]
    assert ":credit: Lena Ford/Harbour News\n\nWalking back to the border town after a pushback\n:::" in result.markdown


def test_a_heading_with_a_slash_between_places_stays_a_heading():
    """Near miss: 'Talks between the two sides in New York/Geneva' ends on a preposition before the slash; 'US Policy Toward
    Vells/Norland' is in title case."""
    for heading in ("Talks between the two sides in New York/Geneva", "US Policy Toward Vells/Norland"):
        _, report = built(PAGE.replace("{line}", heading))
        assert headings(report) == ["Risks ahead", heading], heading


def test_the_stamp_under_a_byline_read_below_a_caption_is_its_date_line():
    """'Updated 11:03 AM UTC, August 7, 2025' under the byline: the zone with its comma is the stamp's, no section."""
    text = CAPTION_FIRST.replace("{caption}", LONG_CAPTION).replace(
        "BY TAREK SOLBERG.\n\n", "By TAREK SOLBERG\n\nUpdated 11:03 AM UTC, August 7, 2023\n\n"
    )
    result, report = built(text)
    assert [a.name for a in report.authors] == ["Tarek Solberg"]
    assert headings(report) == []
    assert result.dropped.get("the byline's date line") == ["Updated 11:03 AM UTC, August 7, 2023"]


# -- a box's headline over its dek and byline is the box's section heading ----------------------------------------------------

BOXES = (
    "Ferry levies 2024\n\n"
    "2024-03-05\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}. {PROSE}.\n\n"
    "{headline}\n\n"
    "Why the island towns say the levy falls on them alone\n\n"
    "By Ines Varga\n\n"
    f"The island of Orr depends on the ferry for everything it eats, and {PROSE.lower()}. {PROSE}.\n\n"
    "Vells: “If the storms don’t sink us, the levy will”\n\n"
    "The harbour town fears it will lose its last ferry\n\n"
    "By Tarek Solberg\n\n"
    f"The harbour of Vells has lost two ferries in a decade, and {PROSE.lower()}. {PROSE}.\n"
)


def test_a_box_headline_over_its_dek_and_byline_is_a_section():
    result, report = built(BOXES.replace("{headline}", "Orr’s quiet struggle over the ferry levy"))
    assert headings(report) == ["Orr’s quiet struggle over the ferry levy", "Vells: “If the storms don’t sink us, the levy will”"]
    assert ":::{editorial}\nBy Ines Varga\n:::" in result.markdown


def test_a_finished_paragraph_over_a_dek_and_byline_is_no_heading():
    """Near miss: a sentence ending on its stop over the dek is the story above the box, not its headline."""
    _, report = built(BOXES.replace("{headline}", "The islanders have said for years that the ferry is their lifeline."))
    assert headings(report) == ["Vells: “If the storms don’t sink us, the levy will”"]
