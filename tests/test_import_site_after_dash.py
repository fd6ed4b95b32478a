"""A page's title copied whole, the site's name after a spaced dash ('Why the River Towns Keep Their Guilds — Harbour
Policy Forum'): the name is set aside where it names a body (an institute, a forum, a think tank, a paper) or the page
names it again; a subtitle after the dash stays. Passages of our own."""

from __future__ import annotations

from imported import PROSE, built

BODY = (
    "\n\nAbstract\n\nThe river towns were built on guilds. This article asks why the guilds survived the reforms.\n\n"
    f"Introduction\n\n{PROSE}.\n\n{PROSE}, again.\n"
)


def test_a_bodys_name_after_a_spaced_dash_is_set_aside():
    for dash in ("—", "–"):
        for site in ("Harbour Policy Forum", "Kelby Think Tank", "The Harbour Times", "Institute for River Studies", "Kelby Gazette"):
            _, report = built(f"Why the River Towns Still Keep Their Old Guilds {dash} {site}" + BODY)
            assert report.title == "Why the River Towns Still Keep Their Old Guilds", (dash, site)


def test_a_name_the_page_gives_again_is_set_aside():
    _, report = built("Why the River Towns Still Keep Their Old Guilds — Kelby Quays" + BODY + "\nThis paper is published by Kelby Quays.\n")
    assert report.title == "Why the River Towns Still Keep Their Old Guilds"


def test_a_subtitle_after_a_dash_stays():
    """Near misses: a subtitle, a part's name, a body's name that is a sentence's words, a headline too short to stand alone."""
    for title in (
        "Why the River Towns Still Keep Their Old Guilds — A Plan for the Next Ten Winters",
        "Why the River Towns Still Keep Their Old Guilds — Part Two",
        "Why the River Towns Still Keep Their Old Guilds — and Why the Council Cannot Stop Them",
        "Why the River Towns Still Keep Their Old Guilds — The Council",
        "Guilds — Harbour Policy Forum",
    ):
        _, report = built(title + BODY)
        assert report.title == title, title


def test_a_subtitle_the_body_repeats_stays():
    """Near misses: a subtitle the text names again in its body (a heading, a sentence), in capitals or not, a body's
    word that is not the name's last, a name the page gives only in passing."""
    for subtitle, body in (
        ("Lessons Learned", "\nLessons Learned\n\nThe guilds kept their halls.\n"),
        ("the case of Kelby", "\nThe guilds lasted longest in the case of Kelby in 1990.\n"),
        ("Grant Foundation Report", ""),
    ):
        title = f"Why the River Towns Still Keep Their Old Guilds — {subtitle}"
        _, report = built(title + BODY + body)
        assert report.title == title, subtitle


def test_a_name_the_page_gives_as_its_publisher_is_set_aside():
    for line in ("© Kelby Quays", "© 2024 Kelby Quays. All rights reserved.", "This paper is published by Kelby Quays."):
        _, report = built("Why the River Towns Still Keep Their Old Guilds — Kelby Quays" + BODY + f"\n{line}\n")
        assert report.title == "Why the River Towns Still Keep Their Old Guilds", line


PIPE_BODY = (
    "\n\nThe harbour board voted on Tuesday to pause the dredging plan until a new survey is done.\n\n"
    "The survey will take six months and cost about 40,000 euros, the board said.\n"
)


def test_a_bodys_long_name_the_page_names_again_is_set_aside_after_a_hyphen():
    named = PIPE_BODY + "\nThe appeal was brought by the Marsh Council for Open Records.\n"
    _, report = built("Court orders harbour board to publish its dredging survey - Marsh Council for Open Records" + named)
    assert report.title == "Court orders harbour board to publish its dredging survey"


def test_a_periodicals_name_after_a_short_headline_is_set_aside():
    for site in ("Saltmarsh Magazine", "Estuary Review"):
        _, report = built(f"The Great Dredging Fight | {site}" + PIPE_BODY)
        assert report.title == "The Great Dredging Fight", site


def test_near_miss_a_long_name_not_named_again_and_a_subtitle_given_again_stay():
    title = "Court orders harbour board to publish its dredging survey - Marsh Council for Open Records"
    _, report = built(title + PIPE_BODY)
    assert report.title == title  # the page never names the body again
    subtitle = "Harbour Reform - Lessons From the Northern Quays"
    _, report = built(subtitle + PIPE_BODY + "\nLessons From the Northern Quays\n\nThe quays were rebuilt in 1990 and again in 2011.\n")
    assert report.title == subtitle
    _, report = built("The Great Dredging Fight | A Review" + PIPE_BODY)
    assert report.title == "The Great Dredging Fight | A Review"


def test_near_miss_a_documents_kind_ending_on_a_periodicals_word_stays():
    for title in (
        "Pier Ledgers 2023 - Annual Review",
        "The Lantern Wharf Case - Judicial Review",
        "Silting of Kelby Sound - Peer Review",
        "Kelby Puppet Week - Year in Review",
        "Ferry Timetables at Oskir - Rapid Review",
        "Reed Bed Songs - a Review",
        "Parish Budget 2026 - Midyear Review",
        "Letters From the Slipway - Summer Journal",
    ):
        _, report = built(title + PIPE_BODY)
        assert report.title == title


def test_near_miss_a_document_of_the_body_named_again_stays():
    title = "The Kelby Hearings - Findings of the Board on Ferry Safety"
    _, report = built(title + PIPE_BODY + "\nThese are the Findings of the Board on Ferry Safety.\n")
    assert report.title == title
