"""A nonprofit newsroom's story copied from the browser (a WordPress news theme such as Newspack): the site's menu, the
section's label, the headline, its standfirst with no stop, and a byline in lower case with the name in capitals and the
published and updated dates run together ('by JANE ROE August 25, 2025August 29, 2025'). Passages of our own, with
near misses."""

from __future__ import annotations

from dossier.bylines import _parse_header_part, stamped_byline
from imported import body_text, built

STORY = [
    "Evening buses were meant to bring the outlying villages closer to the college, and the county paid for three new routes.",
    '"The timetable is the hard part," said Mara Lind, a planner at the Westfield Transport Office.',
    "The routes will be reviewed next spring, when the county sets its budget for the following year.",
]
MENU = ["CLOSE", "Search for:", "Search", "NEWSLETTERS", "ABOUT", "DONATE", "Skip to content", "The Westfield Courier", ""]
MENU += ["Covering Towns & Transport", "", "NEWSLETTERS", "ABOUT", "DONATE", "Open Search", "MENU", "POSTED IN", "ROUTES"]


def page(*header: str) -> str:
    return "\n".join(header) + "\n\n" + "\n\n".join(STORY) + "\n"


def test_a_lower_case_byline_with_two_run_together_dates_gives_the_author_and_the_published_date():
    _, report = built(
        page(
            "Evening buses did not bring the villages closer", "Too few drivers made the routes hard to keep", "by OLAF BRANDT May 4, 2024May 9, 2024"
        )
    )
    assert [a.name for a in report.authors] == ["Olaf Brandt"]
    assert str(report.date) == "2024-05-04"
    assert report.summary == "Too few drivers made the routes hard to keep"
    assert "OLAF" not in body_text(report)


def test_the_dates_set_apart_by_a_space_and_a_byline_in_mixed_case_read_the_same():
    _, report = built(page("Evening buses did not bring the villages closer", "by Olaf Brandt and Ines Kahl March 2, 2023 March 8, 2023"))
    assert [a.name for a in report.authors] == ["Olaf Brandt", "Ines Kahl"]
    assert str(report.date) == "2023-03-02"


def test_the_sites_menu_and_tagline_over_the_section_label_are_not_the_title():
    result, report = built(
        page(
            *MENU,
            "Evening buses did not bring the villages closer. The verdict? 'Mixed'",
            "Too few drivers made the routes hard to keep",
            "by OLAF BRANDT May 4, 2024May 9, 2024",
            "Share this:",
            "Email",
        )
    )
    assert report.title == "Evening buses did not bring the villages closer. The verdict? 'Mixed'"
    assert [a.name for a in report.authors] == ["Olaf Brandt"]
    assert str(report.date) == "2024-05-04"
    assert "Covering Towns" not in result.markdown and "POSTED IN" not in result.markdown


def test_a_sentence_going_on_with_by_and_a_date_is_no_byline():
    """Near miss: '… the plan was drafted' / 'by Olaf Brandt on May 4, 2024.' ends on the sentence's stop: the paragraph's."""
    assert not stamped_byline("by Olaf Brandt on May 4, 2024.")
    assert not stamped_byline("by the end of May 4, 2024")
    assert stamped_byline("by OLAF BRANDT May 4, 2024May 9, 2024")


def test_a_date_line_with_two_dates_of_other_shapes_is_left_alone():
    """Near misses: two dates joined by words are no stamp; a date with a month after it is no second date."""
    assert not _parse_header_part("March 3, 2024 and March 9, 2024 talks", {}, False)
    assert not _parse_header_part("August 25, 2025 August", {}, False)
    found: dict = {}
    assert _parse_header_part("August 25, 2025August 29, 2025", found, False)
    assert str(found["date"]) == "2025-08-25"


# -- the theme's boxes inside and under the story ---------------------------------------------------------------------------

STORY_LONG = [
    "Evening buses were meant to bring the outlying villages closer to the college, and the county paid for three new routes last year.",
    '"The timetable is the hard part, because the drivers we hired want day shifts," said Mara Lind, a planner at the Westfield Transport Office.',
    "The routes will be reviewed next spring, when the county sets its budget for the following year and the college its timetable.",
    "Riders on the northern route said the last bus left too early for the evening classes, which end at half past nine most nights.",
]
SIGNUP = [
    "Transport, explained",
    "The free Routes newsletter brings one story about how towns move to your inbox every Friday.",
    "Email(Required)",
    "CAPTCHA",
]
APPEAL = [
    "You read to the end of this story, so we have a small favour to ask.",
    "Our reporting is free to read because readers like you pay for it, and this month every gift is matched.",
    "If this story helped you, please consider making a donation today.",
    "Double my donation",
    "Thank you.",
    "Ines Kahl",
    "Executive editor",
]


def story_page(*inside: str, after: tuple[str, ...] = ()) -> str:
    head = ["Evening buses did not bring the villages closer", "by OLAF BRANDT May 4, 2024May 9, 2024"]
    return "\n\n".join([*head, *STORY_LONG[:2], *inside, *STORY_LONG[2:], *after]) + "\n"


def test_a_sign_up_box_with_its_heading_between_the_paragraphs_is_the_sites():
    result, report = built(story_page(*SIGNUP))
    assert report.sections[0].title != "Transport, explained" and "Transport, explained" not in result.markdown
    assert "Routes newsletter" not in result.markdown and "CAPTCHA" not in result.markdown
    assert "The routes will be reviewed" in body_text(report)


def test_a_heading_over_the_storys_own_paragraph_about_a_newsletter_stays():
    """Near miss: a heading over a paragraph that mentions a newsletter, with no form field under it, is the story's."""
    own = ["What riders say", "The college's newsletter asked riders to write in, and sixty did so in a week, most of them about the last bus."]
    result, _ = built(story_page(*own))
    assert "## What riders say" in result.markdown


def test_the_donation_box_and_its_signed_thanks_and_the_republishing_offer_and_tags_are_the_sites():
    after = (*APPEAL, "Republish This Story", "Republish our articles for free, online or in print, under a Creative Commons license.")
    result, report = built(story_page(after=(*after, "TAGGED: TRANSPORT, VILLAGES")))
    text = body_text(report)
    for gone in ("small favour", "every gift is matched", "Double my donation", "Ines Kahl", "Executive editor", "Republish", "TAGGED"):
        assert gone not in result.markdown, gone
    assert text.rstrip().endswith("which end at half past nine most nights.")


def test_an_appeal_with_no_button_under_it_and_a_quoted_ask_stay():
    """Near misses: a quoted paragraph asking for donations is the story's, and so is an appeal's wording with no
    button under it (a charity's request the story reports)."""
    quoted = '"We have a small favour to ask of the county: keep the late bus," said Mara Lind.'
    charity = "If you can, please consider donating to the riders' fund, the charity wrote in its letter to members."
    result, _ = built(story_page(after=(quoted, charity, "The county will answer in June.")))
    assert "We have a small favour to ask of the county" in result.markdown and "riders' fund" in result.markdown
