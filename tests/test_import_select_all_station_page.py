"""A local TV station's story page copied with select-all: the station's promos, menus and account links over the
headline, 'By' on a line of its own over a writer with run-together initials, the date line with its hour. Invented."""

from __future__ import annotations

from dossier.bylines import _is_person_name
from dossier.importer import import_text

MENU = [
    "Harbour 24/7 live stream",
    "Watch Now",
    "Get the new Harbour Seven app today!",
    "Full Story",
    "Watch our newscasts on demand",
    "Full Story",
    "WATCH",
    "",
    "LIVE",
    "Harbourton",
    "Eastbank",
    "Northport",
    "Southmere",
    "Weather",
    "Traffic",
    "Sports",
    "Politics",
    "Entertainment",
    "Newscasts",
    "Podcasts",
    "TV Listings",
    "Follow Us:",
    "Welcome,",
    "Your Account",
    "Log Out",
    "BUSINESS",
]
STORY = [
    "Harbour council backs marina plan for the old ferry pier",
    "By",
    "T.J. Rowe",
    "",
    "Thursday, March 7, 2024 7:35AM",
    "The Harbourton council voted on Tuesday to open talks with a developer who wants a marina on the old ferry pier.",
    "The plan would bring forty berths, a fuel dock and two restaurants to the waterfront, county officials said.",
    '"We are not locked in to a number of berths yet," said Ada Kern, the county\'s public works director.',
]


def _page(*story: str) -> str:
    return "\n".join(MENU + list(story)) + "\n"


def test_the_headline_writer_and_date_under_the_stations_menus() -> None:
    result = import_text(_page(*STORY), "marina.txt")
    head = result.markdown.split("+++")[1]
    assert 'title = "Harbour council backs marina plan for the old ferry pier"' in head
    assert 'name = "T.J. Rowe"' in head
    assert "date = 2024-03-07" in head
    body = result.markdown.split("+++")[2]
    assert "Watch Now" not in result.markdown and "Log Out" not in body and "Full Story" not in body


def test_initials_run_together_make_a_name_but_a_countrys_short_name_does_not() -> None:
    assert _is_person_name("T.J. Rowe") and _is_person_name("A.B.C. Lund") and _is_person_name("T. J. Rowe")
    assert not _is_person_name("U.S. Navy") and not _is_person_name("U.K. Border Force") and not _is_person_name("E.U. Council")
    assert not _is_person_name("D.C. Harbour Police") and not _is_person_name("N.Y. State Assembly")  # a body's word after them
    assert not _is_person_name("A.B.C.D. Lund")  # four letters run together: an acronym, no initials
