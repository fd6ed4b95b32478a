"""A live page copied as text: its entries each open on their time stamp alone on a line ('10:41 AM', '14:05 GMT'),
over the entry's short headline or straight over its text. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import built, headings

HEAD = "Harbour storm: latest updates as ferries halted\n\nBy Jane Roe\n\nMarch 4, 2026\n\n"
ENTRIES = [
    ("10:41 AM", "Ferries cancelled until noon", "The harbour authority has cancelled every ferry until noon, saying the swell is too high."),
    ("10:58 AM", "Council opens the sports hall", "The council has opened the sports hall on Quay Street for passengers who cannot get home."),
    ("11:12 AM", "Power cut in the old town", "About 400 homes in the old town have lost power after a line came down on Mill Road."),
    ("11:30 AM", "Schools to close early", "The county's schools will close at one o'clock so that pupils can get home before the wind."),
    ("11:47 AM", "Coastguard rescues two kayakers", "Two kayakers caught by the swell off the north beach were brought ashore by the coastguard."),
    ("12:05 PM", "Ferries to stay in port all day", "The harbour authority now says no ferry will sail today, and tickets are valid tomorrow."),
    ("12:20 PM", "Train services cut back", "The rail operator has cut its services on the coast line to one an hour because of debris."),
]


def page(entries, headlines: bool = True) -> str:
    return HEAD + "".join(f"{stamp}\n\n" + (f"{headline}\n\n" if headlines else "") + f"{text}\n\n" for stamp, headline, text in entries)


def test_an_entrys_time_stamp_stands_under_its_headline_never_as_the_summary():
    result, report = built(page(ENTRIES))
    assert headings(report)[:2] == ["Ferries cancelled until noon", "Council opens the sports hall"]
    assert "## Ferries cancelled until noon\n\n10:41 AM\n\nThe harbour authority" in result.markdown
    assert "10:58 AM\n\n## Council" not in result.markdown
    assert report.summary.startswith("The harbour authority has cancelled every ferry")


def test_more_than_six_entries_without_headlines_each_open_a_section_under_their_stamp():
    _, report = built(page(ENTRIES, headlines=False))
    assert headings(report) == [stamp for stamp, _, _ in ENTRIES]


def test_a_few_stamped_entries_without_headlines_stay_one_page():
    """Near miss: three entries stamped over their text make a short page: the stamps stay lines of the text, no
    sections; and two stamps are no live page."""
    result, report = built(page(ENTRIES[:3], headlines=False))
    assert headings(report) == [] and "10:58 AM" in result.markdown
    assert report.summary.startswith("The harbour authority")
    result, _ = built(page(ENTRIES[:2]))
    assert "10:58 AM\n\n## Council opens the sports hall" in result.markdown


def test_a_video_transcripts_time_codes_are_no_entries():
    """Near miss: a video's transcript copied with its time codes from '0:00', each over a few lines, is no live page:
    its time codes open no sections."""
    lines = [f"0:{n * 7:02d}\n\nThe harbour master walks along the quay and points out where the swell broke over the wall." for n in range(8)]
    _, report = built("How the storm hit the harbour\n\nMarch 4, 2026\n\n" + "\n\n".join(lines) + "\n")
    assert headings(report) == []


def test_a_relative_stamp_under_the_headline_is_no_section_and_no_date():
    """'Posted: 3 years ago' (a directory's or a forum's stamp, counted from the day the page was copied) is dropped."""
    body = "The guild published its new rates last week, and the members were not pleased with them.\n\nThe chairman said the rates stand.\n"
    for stamp in ("Posted: 3 years ago", "Updated 2 weeks ago", "a month ago", "Published: 11 months ago"):
        result, report = built(f"Quay guild splits over fees\n\n{stamp}\n\n{body}")
        assert headings(report) == [] and stamp not in result.markdown
        assert 'date = "unknown"' in result.markdown


def test_near_miss_a_dated_posted_line_gives_the_date():
    result, report = built("Quay guild splits over fees\n\nPosted: 12 March 2013\n\nThe guild published its new rates last week.\n")
    assert headings(report) == [] and "date = 2013-03-12" in result.markdown
