"""A news theme's byline block copied whole, a field a line, under a select-all copy's tall menu: 'By' / the writer /
her post ('Journalist') / the story's reading time ('4 minute read') / the date / its hour ('09:14 am'). The menu stays
the site's, the headline is the title, the writer the author with her post, the date the report's; the reading time
is furniture. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

MENU = (
    "Home\nNews\nSport\nBusiness\nLifestyle\nMotoring\nJobs\nCompetitions\nNewsletters\nE-Edition\nLotto\nMy Account\n"
    "Sign in\nHome\n»\nNews\n»\nCoast\n"
)
HEADLINE = "Ferry crews walk out as talks over night shifts stall in Port Vell"
STORY = (
    "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay.\n"
    "Union organiser Mira Ostrand said the crews had given the operator every chance to make a fair offer.\n"
    "“We will sail again the day the rota is fixed, and not before,” she said.\n"
    "The operator said it hoped to return to the table by the weekend.\n"
)


def _page(*block: str) -> str:
    return MENU + HEADLINE + "\nBy\nTanvi Okafor\n" + "".join(f"{line}\n" for line in block) + STORY


@pytest.mark.parametrize(
    "block",
    [
        ("Journalist", "4 minute read", "12 March 2025", "09:14 am"),
        ("Journalist", "12 March 2025", "09:14 am"),
        ("5 min read", "12 March 2025", "09:14 am"),
        ("Senior Reporter", "Reading time: 3 minutes", "12 March 2025"),
        ("12 March 2025", "09:14 am"),
        ("Journalist", "@tokafor", "12 March 2025"),
        ("Journalist", "4 minute read", "Share", "12 March 2025"),
        ("Journalist", "Updated", "12 March 2025"),
        ("Four minute read", "12 March 2025"),
        ("4 minute read", "Journalist", "12 March 2025"),
    ],
)
def test_the_byline_block_s_extra_lines_keep_the_header_under_the_menu(block):
    _, report = built(_page(*block))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Tanvi Okafor"]
    assert str(report.date) == "2025-03-12"
    assert headings(report) == []
    assert "minute" not in body_text(report) and "min read" not in body_text(report)
    assert "Coast" not in body_text(report)


@pytest.mark.parametrize(
    "block",
    [
        ("Journalist", "4 minute read", "12 March 2025", "09:14 am"),
        ("4 minute read", "Journalist", "12 March 2025"),
        ("Journalist", "Updated", "12 March 2025"),
        ("Journalist", "@tokafor", "12 March 2025"),
    ],
)
def test_the_writer_s_post_under_her_name_is_her_role(block):
    _, report = built(_page(*block))
    assert [(a.name, a.role) for a in report.authors] == [("Tanvi Okafor", "Journalist")]


def test_a_post_under_the_reading_time_under_a_one_line_byline_is_her_role():
    _, report = built(HEADLINE + "\nBy Tanvi Okafor\n5 min read\nSenior Reporter\n12 March 2025\n" + STORY)
    assert [(a.name, a.role) for a in report.authors] == [("Tanvi Okafor", "Senior Reporter")]


def test_near_miss_a_post_under_a_reading_time_with_no_byline_over_it_is_no_role():
    """'Journalist' under the reading time under the date, not under the writer's name: nobody's post read from it."""
    _, report = built(HEADLINE + "\nBy Tanvi Okafor\n12 March 2025\n5 min read\nJournalist\n" + STORY)
    assert all(a.role != "Journalist" for a in report.authors)


def test_a_line_between_the_name_and_the_date_that_is_no_post_is_never_stepped_over():
    # a teaser's headline between the name and the date is no field of the byline block: it is not read as her post
    result, report = built(_page("Harbour Lights Festival Guide", "12 March 2025"))
    assert all(a.role != "Harbour Lights Festival Guide" for a in report.authors)
    assert not any("Harbour Lights" in line for lines in result.dropped.values() for line in lines)


@pytest.mark.parametrize(
    "line",
    [
        "4 minute read",
        "5 min read",
        "3-minute read",
        "12 mins read",
        "Reading time: 6 minutes",
        "Read time: 2 min",
        "7 min reading time",
        "Four minute read",
        "Ten-minute read",
    ],
)
def test_reading_time_lines_are_furniture(line):
    assert furniture_kind(line) == "reading time"


@pytest.mark.parametrize(
    "line",
    [
        "It is a 4 minute read, and worth it.",
        "Read more",
        "4 minutes",
        "The council will read the 5 minute statement aloud",
        "Minute read into the record by the clerk",
        "Four minutes",
        "Someone minute read",
        "Four minute readings of the charter were held",
    ],
)
def test_near_misses_are_no_reading_time(line):
    assert furniture_kind(line) != "reading time"
