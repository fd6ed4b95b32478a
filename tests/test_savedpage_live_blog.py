"""A live blog saved from the browser: entries that each open on their time and author over their heading, a key-events
list that names each entry beside its time. Small pages of our own, each with its near miss."""

from __future__ import annotations

from saved_page_passages import LONG, read


def entry(clock: str, author: str, heading: str, text: str) -> str:
    return (
        f"<div class='live-entry'><div class='entry-info'><time>{clock}</time><mark>{author}</mark></div>"
        f"<div class='entry-content'><h3>{heading}</h3><p>{text}</p></div></div>"
    )


def live_page(*entries: str) -> str:
    keys = "<div class='key-events'><h2>Key Events</h2><ul><li><div><a data-id='2'>Quay market to close</a><time>17:40</time></div></li></ul></div>"
    return f"<article><h1>Harbour town live</h1><p>{LONG}</p>{keys}<div class='entries'>{''.join(entries)}</div></article>"


ENTRIES = (
    entry("20:15", "Nessa Quill", "Signing off", "We will be back from 8am with the day's news from the harbour."),
    entry("17:40", "Nessa Quill", "Quay market to close", "The market's traders voted to close the stalls until the end of the month."),
    entry("08:05", "Dara Pell", "Ferries on time", "The ferry company said every crossing would run to its timetable."),
)


def lines(saved) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in saved.body]


def test_an_entrys_time_and_author_stand_under_its_heading_a_space_apart():
    body = lines(read(live_page(*ENTRIES)))
    at = body.index(("heading", "Quay market to close"))
    assert body[at + 1] == ("paragraph", "17:40 Nessa Quill")
    assert body[at + 2][1].startswith("The market's traders")
    assert not any("20:15Nessa" in text or text.endswith("8am with the day's news from the harbour. 17:40") for _, text in body)


def test_a_key_events_item_keeps_its_time_apart_from_its_title():
    body = lines(read(live_page(*ENTRIES)))
    assert ("bullet", "Quay market to close 17:40") in body


def test_a_time_inside_a_sentence_is_not_moved_or_spaced_before_its_comma():
    """Near miss: a story's <time> inside its prose ('at <time>17:40</time>, the traders …') is the sentence's, and one
    lone stamp over one heading is no live blog."""
    text = "<p>At <time>17:40</time>, the traders voted to close the market.</p>"
    body = lines(read(f"<article><h1>Quay market</h1><p>{LONG}</p>{text}{ENTRIES[0]}</article>"))
    assert ("paragraph", "At 17:40, the traders voted to close the market.") in body
    at = body.index(("paragraph", "20:15Nessa Quill") if ("paragraph", "20:15Nessa Quill") in body else ("paragraph", "20:15 Nessa Quill"))
    assert body[at + 1] == ("heading", "Signing off")
