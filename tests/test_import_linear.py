"""The importer's stages read a text in time linear in its length: each counts its work (lines stripped) on texts of
n and 4n units, and the work grows four times, not sixteen. Passages of our own."""

from __future__ import annotations

import re

import pytest
from dossier.furniture import furniture_kind, info_box, site_lists_after_story
from dossier.importnotes import GLUED_NUMBER
from dossier.importunits import Unit


class CountedText(str):
    """A unit's text that counts how often it is stripped: every stage reads a line through strip() first."""

    strips = 0

    def strip(self, chars: str | None = None) -> str:
        CountedText.strips += 1
        return str.strip(self, chars)


def strips_of(texts: list[str]) -> int:
    units = [Unit(at + 1, CountedText(text)) for at, text in enumerate(texts)]
    CountedText.strips = 0
    site_lists_after_story(units, 0)
    return CountedText.strips


def finished_paragraphs(n: int) -> list[str]:
    return [
        f"The harbour board of Velmora met on day {at} and agreed, after a long and quarrelsome evening, to dredge the eastern "
        "channel again before the autumn storms closed the quay to the grain barges and the ferries from Kestel."
        for at in range(n)
    ]


def short_lines_over_a_sentence(n: int) -> list[str]:
    """A story, then short lines (a list, a menu?) over a sentence, then a footer's ten links and a copyright line: a
    footer could begin at every short line, and none does (the sentence is no footer's)."""
    links = ["Ombry Docks", "Tarnwick", "Kestel Ferries", "Weather", "Contact", "Jobs", "Archive", "Events", "Puzzles", "Apps"]
    return finished_paragraphs(3) + [f"Kestel Quay {at}" for at in range(n)] + ["The ferries sailed at dawn."] + links + ["© 2024 Velmora Post"]


def test_a_long_story_is_read_for_site_lists_in_linear_work():
    small, large = strips_of(finished_paragraphs(200)), strips_of(finished_paragraphs(800))
    assert large <= 5 * small


def test_short_lines_over_a_sentence_are_read_for_footer_menus_in_linear_work():
    small, large = strips_of(short_lines_over_a_sentence(200)), strips_of(short_lines_over_a_sentence(800))
    assert large <= 5 * small


def test_a_footer_under_the_story_is_still_the_sites():
    """The near miss of the counting: ten short links to the copyright line are the footer's, from the first link."""
    links = ["Ombry Docks", "Tarnwick", "Kestel Ferries", "Weather", "Contact", "Jobs", "Archive", "Events", "Puzzles", "Apps"]
    units = [Unit(at + 1, text) for at, text in enumerate([*finished_paragraphs(3), "", *links, "© 2024 Velmora Post"])]
    assert site_lists_after_story(units, 0) == {at: "site's footer menus" for at in range(3, len(units))}


def info_box_strips(n: int) -> int:
    """A story, then a long run of labelled fields, none a date's or an author's: no info box, read in linear work."""
    texts = finished_paragraphs(3) + [f"Tags: Velmora harbour {at}" for at in range(n)]
    units = [Unit(at + 1, CountedText(text)) for at, text in enumerate(texts)]
    CountedText.strips = 0
    assert info_box(units, 0, {}, [], [], {}) == units
    return CountedText.strips


def test_a_long_run_of_labelled_fields_is_read_for_an_info_box_in_linear_work():
    assert info_box_strips(800) <= 5 * info_box_strips(200)


def test_an_info_box_under_the_story_still_ends_it():
    """The near miss: three fields, one of them the date, under three finished paragraphs."""
    texts = [*finished_paragraphs(3), "Date: March 4, 2024", "Author: Lena Skov", "Tags: harbour, ferries", "More from Velmora"]
    meta: dict = {}
    kept = info_box([Unit(at + 1, text) for at, text in enumerate(texts)], 0, meta, [], [], {})
    assert [u.text for u in kept] == finished_paragraphs(3)
    assert meta["authors"] == ["Lena Skov"]


def glued_numbers_plainly(text: str) -> set[str]:
    """The plain way: each number the text holds, searched for in the whole text as the page-footnote rule first did,
    one key at a time."""
    runs = {text[a:b] for a in range(len(text)) for b in range(a + 1, min(a, len(text)) + 4) if text[a:b].isdecimal() and text[a:b].isascii()}
    keys = {str(int(run)) for run in runs}
    return {key for key in keys if re.search(rf"(?<=[a-z.,;:!?\"”’)])(?:{key})(?=[\s,;:.)]|$)", text)}


@pytest.mark.parametrize(
    "lines",
    [
        ["the crisis deepened.22 Then", "as Abel wrote,7\nand more"],
        ["the quay closed in 1998 and again in 2004."],
        ["a12 b34, c5.", "rates rose.3"],
        ["the ferry.1٢ sailed"],  # a number run on into another script's digit is no marker
        ["the board (2022) met.)9;", "“Never again,”14 she said"],
        ["no markers here at all", "007 the agent.08 left.5"],
    ],
)
def test_the_glued_numbers_read_line_by_line_are_those_searched_for_in_the_whole_text(lines: list[str]):
    joined = "".join("\n" + line for line in lines)  # the text over a numbered line, as page_footnotes joined it
    read = {number for line in lines for number in GLUED_NUMBER.findall(line)}
    assert {key for key in read if key.isascii() and len(key) <= 3 and key == str(int(key))} == glued_numbers_plainly(joined)


def test_a_long_word_is_read_for_a_market_ticker_in_linear_work():
    """A 100 000-character word after a capitalised one ('Copyright Abbb… 2001x'): the ticker's words were given back
    letter by letter, each time rescanning the line for a figure (minutes on this line); now each word is taken whole.
    No clock: the test is that it finishes, with the line no furniture and the ticker still read."""
    assert furniture_kind("Copyright A" + "b" * 100_000 + " 2001x") == ""
    assert furniture_kind("Kestel " + "Ab" * 50_000 + " 12.5 +0.4%") == "market ticker"
    assert furniture_kind("Markets ▸ QUAY 100 7,682.50 ▲ 12.30 (0.16%)") == "market ticker"


def test_long_runs_of_spaces_are_read_for_furniture_in_linear_time():
    """A line of a million spaces, or a word, the spaces and a word: the follow-links and 'Read more' patterns read
    the run once for each length of the name before it (40 and 160 times: 1.2 s on 100 000 spaces); their spaces are now
    bounded, and the lines they are meant for read as before."""
    import time

    started = time.perf_counter()
    assert furniture_kind(" " * 1_000_000) == "" and furniture_kind("a" + " " * 300_000 + "b") == ""
    assert time.perf_counter() - started < 5
    assert furniture_kind("Kestel Post on Facebook Kestel Post on Instagram Kestel Post on Twitter") == "follow links"
    assert furniture_kind("Velmora votes on the new ferry toll   Read more") == "related articles"
