"""A news page copied whole with its footer menus after the reporter's sign-off, and a press briefing's transcript (its
place and hour over the first turn, a reporter asking the same question again, an editor's word in escaped brackets).
Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

MENUS = [
    ["Edit Post"],
    ["Home", "U.S.", "Politics", "World", "Health", "Business", "Tech", "Personal Finance by Harbourday Stamped"],
    ["Entertainment", "Ideas", "Science", "History", "Sports", "Magazine", "The Harbourday Vault", "Coupons"],
    ["Press Room", "Global Help Center", "Contact the Editors", "Reprints and Permissions", "Site Map", "About Us"],
]
COPYRIGHT = (
    "© 2024 Harbourday Media. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Service, "
    "Privacy Policy (Your California Privacy Rights) and Do Not Sell or Share My Personal Information."
)
AFFILIATE = "Harbourday may receive compensation for some links to products and services on this website."


def story(*after: str) -> str:
    header = "Rivers Are Running Out of Sand, Warns Hydrologist Lena Skov\n\nBy Mara Quell\nMarch 3, 2024 4:10 PM EST"
    body = "\n\n".join(f"{PROSE}, and the river board met again on day {n}." for n in range(1, 4))
    return "\n\n".join([header, body, *after]) + "\n"


def test_the_footer_menus_under_the_reporters_sign_off_are_the_sites():
    """'Write to … at …' closes the story; the lists of one-line links under it, the long copyright line and the
    affiliate notice are the site's: no section, no list."""
    result, report = built(story("Write to Mara Quell at mara@example.org", *("\n".join(menu) for menu in MENUS), COPYRIGHT, AFFILIATE))
    assert headings(report) == []
    assert "Write to Mara Quell at mara@example.org" in body_text(report)
    for line in ("Edit Post", "Politics", "About Us", "Privacy Policy", "may receive compensation"):
        assert line not in result.markdown
    assert "site's lists after the story" in result.dropped


def test_a_must_reads_label_over_the_sites_headlines_ends_the_story():
    teasers = "\n".join(["More Must-Reads From Harbourday", "The Struggle to Keep the Ferries Running", "The Best Boats of 2023"])
    result, report = built(story(teasers, "Write to Mara Quell at mara@example.org", "\n".join(MENUS[1]), COPYRIGHT))
    assert headings(report) == []
    for line in ("Must-Reads", "Ferries", "Write to Mara", "Politics"):
        assert line not in result.markdown


def test_near_miss_an_address_in_the_story_with_the_story_going_on_under_it_stays():
    result, report = built(
        story("Write to the river board at board@example.org", f"{PROSE}, and the board answered within the week.", "\n".join(MENUS[1]))
    )
    assert "Write to the river board at board@example.org" in result.markdown
    assert "Politics" in result.markdown
    assert "the board answered within the week" in body_text(report)
    assert "site's lists after the story" not in result.dropped


def test_near_miss_two_short_lines_under_the_sign_off_stay():
    result, _report = built(story("Write to Mara Quell at mara@example.org", "Edited by Tom Ash\nWith reporting by Ana Ruel"))
    assert "Edited by Tom Ash" in result.markdown and "With reporting by Ana Ruel" in result.markdown


# -- a press briefing's transcript ---------------------------------------------------------------------------------------

ANSWER = (
    "We are talking about the full credit of the harbour, which is why we believe the council should not hold this up. "
    "It should be done without conditions, and the warden has been clear about it for weeks."
)


def briefing(place: str = "Kessel Hall Briefing Room", hour: str = "11:02 A.M. EST", question: str = "") -> str:
    again = question or "Q    Well, why doesn’t the Warden just call for a meeting?"
    turns = [
        "MS. ORLEN:  Good afternoon, everybody.",
        "Q    Good afternoon.",
        "Q    So then, on the dredging budget.  It has been forty days since there was a meeting between the council and "
        "the warden on the budget.  We are talking about a serious issue.  Why not — why doesn’t the Warden just call for a meeting?",
        "MS. ORLEN:  Yeah, we are talking – you are right.  We are talking about the full credit —",
        again,
        f"MS. ORLEN:  Wait, let me — let me answer.  {ANSWER}",
        "Q    The chair said, “I think \\[the\\] harbour, working together,” can solve it.  Does the Warden agree?",
        f"MS. ORLEN:  The Warden agrees that it is a problem for all of us.  {ANSWER}",
        "Q    Thank you, Tessa.",
        "END        11:40 A.M. EST",
    ]
    top = [line for line in (place, hour) if line]
    return "\n\n".join(["Press Briefing by Press Secretary Tessa Orlen", "March 30, 2023", *top, *turns]) + "\n"


def test_a_briefings_place_and_hour_are_no_section_and_no_summary():
    result, report = built(briefing())
    assert headings(report) == []
    assert "Kessel Hall" not in result.markdown and "A.M. EST" not in result.markdown
    assert result.dropped["a transcript's place and hour"] == ["Kessel Hall Briefing Room", "11:02 A.M. EST", "END        11:40 A.M. EST"]


def test_near_miss_a_line_over_the_first_turn_with_no_hour_under_it_stays():
    result, _report = built(briefing(place="On the Dredging Budget", hour=""))
    assert "On the Dredging Budget" in result.markdown
    assert "a transcript's place and hour" in result.dropped  # the hour it ended, alone after the last turn


def test_a_reporter_asking_again_in_the_words_before_is_no_pull_quote():
    result, report = built(briefing())
    assert "Well, why doesn’t the Warden just call for a meeting?" in body_text(report)
    assert "pull quote" not in result.dropped


def test_near_miss_the_same_words_alone_with_no_turn_label_are_a_pull_quote():
    result, _report = built(briefing(question="Why doesn’t the Warden just call for a meeting with the council?"))
    assert "pull quote" in result.dropped


def test_an_editors_word_in_brackets_escaped_for_markdown_is_shown_in_brackets():
    _result, report = built(briefing())
    assert "I think [the] harbour" in body_text(report)
    assert "\\[" not in body_text(report)


def test_a_gaggles_two_place_lines_over_the_hour_are_no_byline():
    """'Aboard the Harbour Launch' / 'En Route Kessel, Northshire' over the hour: the place, which reads like two names."""
    result, _report = built(briefing(place="Aboard the Harbour Launch\n\nEn Route Kessel, Northshire"))
    assert "authors: none found" in result.summary
    assert result.dropped["a transcript's place and hour"][:3] == ["Aboard the Harbour Launch", "En Route Kessel, Northshire", "11:02 A.M. EST"]


def test_near_miss_a_name_over_the_hour_with_the_story_under_it_stays_the_byline():
    text = "\n\n".join(["Rivers Are Running Out of Sand", "March 3, 2024", "Mara Quell, Tomas Ruel", "4:10 PM EST", f"{PROSE}."])
    result, _report = built(text + "\n")
    assert "authors: Mara Quell; Tomas Ruel" in result.summary
