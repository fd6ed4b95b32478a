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


@pytest.mark.parametrize(
    "line",
    [
        "Source:Lowmere Wire, Title:Quayside Bulletin, URL:https://lowmere.example/quay, language:en",
        "Title:Quayside Bulletin, Source:Lowmere Wire, URL:https://lowmere.example/quay, language:en",
        "Channel:Lowmere Wire, Title:Quayside Bulletin, Link:https://lowmere.example/quay, language:en",
    ],
)
def test_two_name_labels_give_the_feeds_own_title_whatever_their_order(line: str):
    _, report = imported([line, *ITEMS])
    assert report.title == "Quayside Bulletin"


def test_the_title_of_two_name_labels_does_not_hang_on_the_hash_seed():
    import os
    import subprocess
    import sys

    script = (
        "import sys; sys.path[:0] = ['plugins', 'tests']\n"
        "from dossier.document import read_report\n"
        "from dossier.importer import import_text\n"
        f"lines = {[HEADER.replace('Source:', 'Source:Lowmere Wire, Title:'), *ITEMS]!r}\n"
        "r = read_report(import_text('\\n\\n'.join(lines) + '\\n', 'feed.txt').markdown, 'reports/x.md')\n"
        "print(r.title)\n"
    )
    titles = {
        subprocess.run(
            [sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout.strip()
        for seed in ("1", "2", "3", "4")
    }
    assert titles == {"Harbour Wire - Coast News"}


STORY = [
    "Ferry tolls to rise in the spring",
    "By Jane Roe",
    "The ferry board agreed on Tuesday that tolls for cars and vans would rise by a tenth from April next year.",
    "Harbour pilots went back to work on Thursday after the board offered a second crew for the night rota.",
]


def test_a_feed_header_over_one_story_is_left_out_and_the_storys_headline_stays_the_title():
    result, report = imported(["Source:Velden Post, URL:https://veldenpost.example/a/1, Accessed:2024-05-01", *STORY])
    assert report.title == "Ferry tolls to rise in the spring"
    assert [author.name for author in report.authors] == ["Jane Roe"]
    assert "URL:" not in result.markdown


def test_a_feed_header_over_one_dated_item_is_no_digest():
    _, report = imported([HEADER, *ITEMS[:3]])
    assert report.title == "Ferry tolls to rise in the spring"
