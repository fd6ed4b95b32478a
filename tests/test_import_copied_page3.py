"""News stories copied from the browser, from the section's label over the headline to the last paragraph, imported as
plain text (the third held-out round's publishers: Malay Mail, Rest of World): passages of our own, with near misses."""

from __future__ import annotations

from pathlib import Path

import pytest
from imported import PROSE, built, headings

ROOT = Path(__file__).resolve().parent.parent


def copied(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# -- the section's label over the headline --------------------------------------------------------------------------------


def test_a_one_word_section_label_over_the_headline_is_set_aside():
    """Malay Mail: "Malaysia" (the section), then the headline in sentence case, a photo's caption with its credit
    ("— Picture by …"), the byline and the date: the headline is the title, the caption no title."""
    _, report = built(
        copied(
            "Malaysia",
            "All paid their own way on the minister’s trips, spokesman says",
            "A file photograph shows the spokesman speaking in the capital on November 19, 2024. — Picture by Jane Roe",
            "By Ann Poe",
            "Friday, 22 Nov 2024 4:55 PM MYT",
            f"{PROSE}.",
            f"{PROSE}, the spokesman said.",
        )
    )
    assert report.title == "All paid their own way on the minister’s trips, spokesman says"
    assert [a.name for a in report.authors] == ["Ann Poe"]
    assert report.date is not None and report.date.isoformat() == "2024-11-22"
    assert "Friday, 22 Nov 2024" not in headings(report)


def test_a_month_and_year_over_a_cover_in_capitals_is_no_section_label():
    """Near miss: a PDF's cover, "JUNE 2026" over "DEFENSE AND STRATEGY PROGRAM" and the title's lines: the date is no
    section label, and the line in capitals under it is not taken for the headline on that account."""
    _, report = built(copied("JUNE 2026", "DEFENSE AND STRATEGY PROGRAM", "Navigating Without Maps", f"{PROSE}.", f"{PROSE}."))
    assert report.title == "June 2026"  # read in title case; as before the rule: the cover's lines stay the report's first sections
    assert headings(report) == ["DEFENSE AND STRATEGY PROGRAM", "Navigating Without Maps"]


# -- date lines of the genre ----------------------------------------------------------------------------------------------


def test_a_date_line_with_the_weekday_and_clock_dates_the_story_and_is_no_heading():
    """ "Friday, 22 Nov 2024 4:55 PM MYT" under the byline: the date line, not a section heading."""
    _, report = built(copied("A Minister’s Travels Under Scrutiny", "By Ann Poe", "Friday, 22 Nov 2024 4:55 PM MYT", f"{PROSE}.", f"{PROSE}."))
    assert report.date is not None and report.date.isoformat() == "2024-11-22"
    assert not [h for h in headings(report) if "2024" in h]


def test_a_digests_day_heading_stays_a_heading():
    """Near miss: a digest's day heading ("Monday, March 3", no year and no clock) over its items stays a heading."""
    _, report = built(copied("Weekly Digest", "By Ann Poe", "March 7, 2025", "Monday, March 3", f"{PROSE}.", "Tuesday, March 4", f"{PROSE}."))
    assert "Monday, March 3" in headings(report)


def test_a_date_and_the_storys_place_after_a_bullet_is_the_date_line():
    """Rest of World: "21 October 2025 • Duqm, Oman" under the byline: the date, and the place the story is from."""
    result, report = built(copied("The World Needs More Spaceports", "By Ann Poe", "21 October 2025 • Duqm, Oman", f"{PROSE}.", f"{PROSE}."))
    assert report.date is not None and report.date.isoformat() == "2025-10-21"
    assert not [p for p in result.problems if "check it" in p.message]  # read as the date line, not a date found near the top


# -- a photo's caption and credit on one line -----------------------------------------------------------------------------


def test_a_caption_and_its_credit_on_one_line_are_no_heading():
    """Rest of World: "The offices in Muscat. Jane Roe for Rest of World" between paragraphs: a copied photo's caption
    and credit, no section of the report."""
    _, report = built(
        copied(
            "The World Needs More Spaceports",
            "By Ann Poe",
            "21 October 2025",
            f"{PROSE}.",
            "The offices in Muscat. Jane Roe for Rest of World",
            f"{PROSE}.",
        )
    )
    assert "The offices in Muscat. Jane Roe for Rest of World" not in headings(report)


def test_a_two_part_subhead_ending_on_a_question_stays():
    """Near miss: "Four to Ten Years. Long or Short?" is a sub-heading in two parts, no caption and credit."""
    _, report = built(
        copied(
            "The World Needs More Spaceports",
            "By Ann Poe",
            "21 October 2025",
            f"{PROSE}.",
            f"{PROSE}.",
            "Four to Ten Years. Long or Short?",
            f"{PROSE}.",
        )
    )
    assert "Four to Ten Years. Long or Short?" in headings(report)


# -- the round's three copied stories ------------------------------------------------------------------------------------

COPIED = ROOT / "tests" / "fixtures" / "copied-text-heldout3"


@pytest.mark.parametrize(
    ("name", "title", "day", "authors"),
    [
        ("restofworld-oman-spaceports", "The world needs more spaceports. Oman wants to help", "2025-10-21", ["Laura Jedeed"]),
        ("malaymail-anwar-trips", "All paid their own way on PM Anwar’s foreign trips, Fahmi clarifies", "2024-11-22", ["Yiswaree Palansamy"]),
        ("washingtontimes-indiana-budget", "Indiana governor endorses revised GOP state budget package", None, []),  # byline out of reach (README)
    ],
)
def test_the_rounds_copied_stories_import_with_their_title_date_and_byline(name, title, day, authors):
    _, report = built((COPIED / f"{name}.txt").read_text(encoding="utf-8"))
    assert report.title == title
    assert (report.date.isoformat() if report.date else None) == day
    assert [a.name for a in report.authors] == authors
