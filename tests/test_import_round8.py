"""Copied texts that the last round's annotators and new user showed: a photo credit line between paragraphs, a
standfirst with no subject under the headline, a long caption between the standfirst and the byline, a browser copy
whose menus come before the headline. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a news page's credit for its photos on a line of its own is no section heading -------------------------------------------

CREDITED = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "Risks ahead\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}.\n\n"
    "{credit}\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}.\n"
)


def test_a_photo_credit_line_is_dropped_not_read_as_a_heading():
    for credit in ("Pix by Lena Ford", "Photo by Lena Ford", "Pic: Lena Ford", "Pictures: Lena Ford/Norland Press"):
        result, report = built(CREDITED.replace("{credit}", credit))
        assert headings(report) == ["Risks ahead"], credit
        assert credit in result.dropped.get("photo credit", []), credit
        assert "Members said the levy" in body_text(report)


def test_a_subhead_that_begins_with_a_photo_word_stays_a_heading():
    """Near miss: 'Pictures of home' and 'Photos From the Front Line' name no photographer."""
    for heading in ("Pictures of Home", "Photos From the Front Line"):
        _, report = built(CREDITED.replace("{credit}", heading))
        assert headings(report) == ["Risks ahead", heading], heading


# -- a deck that opens on its verb, the headline its subject, is the standfirst, not the one section ---------------------------

DECK = (
    "Norland: Draft Port Law Threatens Rights\n\n"
    "{top}"
    "Urges the port to keep its reform commitments, not harsh powers\n\n"
    f"The draft law on the port authority would give the harbour police wide powers, and {PROSE.lower()}.\n\n"
    f"The authority has said the law is needed to stop smuggling, and {PROSE.lower()}.\n"
)


def test_a_verb_first_deck_under_the_headline_is_the_standfirst():
    for top in ("", "Ferry crews have warned for years that the quays are unsafe, and the unions say nobody listened to them.\n\n"):
        result, report = built(DECK.replace("{top}", top))
        assert headings(report) == [], top
        assert 'summary = "Urges the port to keep its reform commitments, not harsh powers"' in result.markdown


def test_a_subhead_under_the_first_paragraph_that_names_its_topic_stays_a_heading():
    """Near miss: a subhead that opens on a noun ('Talks with the unions …') is the first section, as before."""
    text = DECK.replace("{top}", "").replace(
        "Urges the port to keep its reform commitments, not harsh powers", "Talks with the unions stall over the summer"
    )
    text = text.replace("Rights\n\n", "Rights\n\nFerry crews have warned for years that the quays are unsafe, and the unions say so.\n\n", 1)
    _, report = built(text)
    assert headings(report) == ["Talks with the unions stall over the summer"]


# -- a lead photo's long caption with its credit between the standfirst and the byline: the story has not begun yet ------------

CAPTIONED = (
    "Ferry Fares Rise Again in Norland\n\n"
    "The agency says the rise pays for new boats, though riders say the service has grown worse every year.\n\n"
    "{caption}\n\n"
    "By Ann Berg\n\n"
    "May 3, 2021\n\n"
    f"Ferry fares in Norland rose again on Monday, the third rise in two years, and {PROSE.lower()}.\n\n"
    f"The agency said the money would pay for two new boats, and {PROSE.lower()}.\n"
)
CAPTION = (
    "The harbour office in Vells. The nonprofit agency runs most of the ferry routes on the coast and sets the fares for "
    "nearly all of the islands in the north and the west of the country. Credit...Tom Ash/Norland Press"
)


def test_a_long_caption_with_its_credit_over_the_byline_leaves_the_byline_and_date_out_of_the_sections():
    assert len(CAPTION) >= 200
    result, report = built(CAPTIONED.replace("{caption}", CAPTION))
    assert headings(report) == []
    assert 'name = "Ann Berg"' in result.markdown
    assert "date = 2021-05-03" in result.markdown
    assert ":credit: Credit...Tom Ash/Norland Press" in result.markdown


def test_a_paragraph_of_the_story_over_a_by_line_still_begins_the_story():
    """Near miss: a paragraph of the story (no credit at its end) before 'By …': that line is no byline."""
    paragraph = CAPTION.replace(" Credit...Tom Ash/Norland Press", " Riders said the service had grown worse, and the agency agreed.")
    result, _ = built(CAPTIONED.replace("{caption}", paragraph))
    assert 'name = "Ann Berg"' not in result.markdown


# -- a browser's copy of a whole page: the menus run a hundred lines before the bylined headline ------------------------------

MENU_ITEMS = [
    "Sections", "Harbours", "Ferries", "Fisheries", "Weather", "Islands", "North coast", "South coast", "Business",
    "Markets", "Shipping", "Trade", "Culture", "Books", "Music", "Film", "Science", "Climate", "Oceans", "Magazine",
    "Latest Issue",
]  # fmt: skip
TEASER = "What can the islands do about the ferry fares? Our editor looks at twelve ideas that have worked on other coasts and asks why none of them has been tried here."
MENU_TAIL = ["Read Now", "Previous", "July 2022", "June 2022", "Events", "Next Event", "Podcast", "Latest Episode", "Log In Subscribe"]
BROWSER_COPY = (
    "\n".join(MENU_ITEMS)
    + f"\n\n{TEASER}\n\n"
    + "\n".join(MENU_TAIL + MENU_ITEMS[1:8])
    + "\nEssays Magazine Harbours\n"
    + "The Ferry Islands: an old quarrel over a new levy\n\n"
    + "{stand}"
    + "By Ann Berg\n"
    + "May 3, 2021\n"
    + "June 2021\n\n"
    + f"Ferry fares in Norland rose again on Monday, the third rise in two years, and {PROSE.lower()}.\n\n"
    + f"The agency said the money would pay for two new boats, and {PROSE.lower()}.\n\n"
    + f"Riders on the island routes said the service had grown worse, and {PROSE.lower()}.\n"
)


def test_a_browser_copy_takes_the_bylined_headline_under_its_menus_as_the_title():
    for stand in ("", "The levy pays for new boats, the agency says, though the riders on the island routes doubt it\n\n"):
        result, report = built(BROWSER_COPY.replace("{stand}", stand))
        assert 'title = "The Ferry Islands: an old quarrel over a new levy"' in result.markdown, stand
        assert 'name = "Ann Berg"' in result.markdown
        assert "date = 2021-05-03" in result.markdown
        assert headings(report) == []
        assert "Fisheries" not in result.markdown.split("+++")[-1]


def test_a_digest_whose_items_carry_prose_keeps_its_first_line_as_the_title():
    """Near miss: the lines above the bylined item are a digest's, a tenth of them or more prose, not a menu."""
    items = "\n\n".join(f"Item {n}\n\nThe harbour board met on day {n} and agreed, after a long debate, that {PROSE.lower()}." for n in range(16))
    text = BROWSER_COPY.replace("{stand}", "").replace("\n".join(MENU_ITEMS), "Norland Harbour Digest\n\n" + items, 1)
    result, _ = built(text)
    assert 'title = "Norland Harbour Digest"' in result.markdown


def test_the_site_after_a_closed_comments_box_is_no_part_of_the_story():
    footer = "\n\nComments are closed\n\nRegister to read more\nPopular in Essays\nWhy the tides are rising\nJane Roe\nMore From Us\nAbout\nStaff\nContact\nSite map\n"
    result, report = built(BROWSER_COPY.replace("{stand}", "") + footer)
    assert headings(report) == []
    assert "Register to read more" not in result.markdown
    assert any("ends at its comments box" in line for line in result.inferred)


def test_a_closed_comments_line_before_the_story_has_begun_ends_nothing():
    """Near miss: 'Comments are closed' under the first paragraph: the story has not begun (three finished paragraphs)."""
    text = BROWSER_COPY.replace("{stand}", "").replace("2021\n\nFerry fares", "2021\n\nComments are closed\n\nFerry fares", 1)
    _, report = built(text)
    assert "Riders on the island routes" in body_text(report)


# -- a magazine's caption with its copyright holder run in: "… New Zealand ©Jane Roe/Alamy" ---------------------------------------

COPYRIGHTED = (
    "Ferry Fares Rise Again in Norland\n\n"
    f"Ferry fares in Norland rose again on Monday, the third rise in two years, and {PROSE.lower()}.\n\n"
    "{caption}\n\n"
    f"The agency said the money would pay for two new boats, and {PROSE.lower()}.\n"
)


def test_a_caption_with_its_copyright_holder_run_in_is_a_photo():
    result, _ = built(COPYRIGHTED.replace("{caption}", "Riders wait for the morning boat at Vells harbour ©Norland Museum, Vells/Harbour Images"))
    assert ":credit: ©Norland Museum, Vells/Harbour Images" in result.markdown


def test_a_copyright_year_after_a_short_paragraph_makes_no_photo():
    """Near miss: '© 2021 …' is the page's copyright line, not a photo's holder."""
    result, _ = built(COPYRIGHTED.replace("{caption}", "Riders wait for the morning boat at Vells harbour. © 2021 Norland Press"))
    assert ":::{figure}" not in result.markdown


def test_a_contents_list_over_a_bylined_article_is_no_menu():
    """Near miss: thirty short lines with none of a site's furniture in them (a magazine's contents) stay the report's."""
    contents = "\n".join(["Norland Quarterly", "Spring 2021", "Contents"] + [f"The harbour question, part {n}" for n in range(1, 34)])
    text = BROWSER_COPY.replace("{stand}", "").replace("\n".join(MENU_ITEMS), contents, 1).replace("Sections\n", "").replace("Previous\n", "")
    result, _ = built(text)
    assert 'title = "The Ferry Islands: an old quarrel over a new levy"' not in result.markdown


# -- a newsletter's sign-up box under the story: its blurb and privacy promise are the site's --------------------------------


def test_a_sign_up_boxs_blurb_and_privacy_promise_are_dropped():
    box = (
        "\n\nYou can also receive our harbour report as a designed PDF. To do so, simply enter your email below.\n\n"
        "When you sign up for this free report, you will also join our free Norland newsletter.\n\n"
        "We take your privacy seriously. We promise never to rent or sell your e-mail address to anyone. "
        "You can unsubscribe from the newsletter at any time\n"
    )
    result, report = built(CREDITED.replace("{credit}", "Pix by Lena Ford") + box)
    assert "sign up" not in body_text(report) and "privacy" not in body_text(report) and "enter your email" not in body_text(report)
    assert len(result.dropped["sign-up form"]) == 3


def test_a_firm_quoted_on_its_users_data_stays_in_the_story():
    """Near miss: a promise about data in a quotation, and sign-ups in a sentence of the story, are the story's."""
    line = '"We will never sell your data," the firm said, and readers can sign up for its newsletter at the harbour office.'
    _, report = built(CREDITED.replace("{credit}", "Pix by Lena Ford") + "\n\n" + line + "\n")
    assert line in body_text(report)
