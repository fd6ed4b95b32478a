"""A news feed as an RSS archive stores it in plain text: a header line of the feed's fields glued to their values
('Source:Harbour Wire - Coast News, URL:https://…, language:en'), then each item's headline, its 'date published:'
field and its lead ('None' where the lead was missing). Invented feeds, with the near misses that must not change."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_text

HEADER = "Source:Harbour Wire - Coast News, URL:https://harbourwire.example/coast, language:en"
ITEMS = [
    "Ferry tolls to rise in the spring",
    "date published: 2024-05-02T09:15:00+00:00",
    "The ferry board agreed on Tuesday that tolls for cars and vans would rise by a tenth from April next year.",
    "Storm closes the northern quay",
    "date published: 2024-05-02T08:40:00+00:00",
    "None",
    "Pilots end their strike over night shifts",
    "date published: 2024-05-02T07:05:00+00:00",
    "Harbour pilots went back to work on Thursday after the board offered a second crew for the night rota.",
]


def imported(lines: list[str]):
    result = import_text("\n\n".join(lines) + "\n", "feed.txt")
    return result, read_report(result.markdown, "reports/x.md")


def test_the_feed_header_line_gives_the_feed_name_as_the_title_and_is_left_out():
    result, report = imported([HEADER, *ITEMS])
    assert report.title == "Harbour Wire - Coast News"
    assert "URL:" not in result.markdown and "language:en" not in result.markdown


def test_an_items_date_field_is_never_the_summary():
    _, report = imported([HEADER, *ITEMS])
    assert not report.summary.startswith("date published")
    assert report.summary in ("Ferry tolls to rise in the spring", ITEMS[2])  # the first item's headline or lead


@pytest.mark.parametrize(
    "line",
    [
        "Source: Harbour Wire, URL: https://harbourwire.example/coast, language: en",  # spaces after the colons: a scraper's fields
        "Source:Harbour Wire - Coast News, language:en",  # no address: no feed's header
        "Note:the figures, Update:later, Status:draft",  # three glued fields, no feed's name nor address
    ],
)
def test_near_misses_no_feed_header_gives_no_title_from_it(line: str):
    _, report = imported([line, *ITEMS])
    assert report.title not in ("Harbour Wire - Coast News", "Harbour Wire", "the figures")
