"""A live page copied as text whose entries open on their time stamps, the text run on ('07.38 Our correspondent in …'),
newest first: an entry that reads as a heading (an agency's flash in capitals, '06.48 Wire - CREWS SAY …') is an entry
of the text, never a section; the stamps may pass midnight once. Near misses: a report's numbered paragraphs
('4.10 The board …', counting up) keep their headings, and a page with fewer than three such entries is left as it was.
Passages of our own."""

from __future__ import annotations

from imported import built, headings

HEAD = "Ferry sinks off Eastwick: live\n\nBy Jane Roe\n\nMarch 3, 2025\n\n"
ENTRIES = [
    "09.15 Divers have reached the hull of the ferry and say they will try to open the car deck before the tide turns.",
    "08.40 The coastguard says the search area has been widened to the north, where the current carried debris overnight.",
    "{flash}",
    "07.55 Our correspondent on the quay says relatives have gathered outside the harbour office, waiting for the lists.",
    "00.20 The harbour master has confirmed that the ferry left the quay on time and carried forty passengers and crew.",
    "23.50 Reports are coming in of a ferry in trouble off the breakwater, with lifeboats launched from both harbours.",
]
FLASH = "08.05 Harbour Wire - COASTGUARD SAYS TWO SURVIVORS PULLED FROM WATER NEAR THE BREAKWATER"


def page(flash: str = FLASH, entries: list[str] = ENTRIES) -> str:
    return HEAD + "\n\n".join(entries).replace("{flash}", flash) + "\n"


def test_a_flash_in_capitals_opening_on_its_stamp_is_an_entry() -> None:
    result, report = built(page())
    assert headings(report) == []
    assert FLASH in result.markdown.split("+++")[-1]


def test_numbered_paragraphs_counting_up_keep_their_heading() -> None:
    paragraphs = [
        "4.10 The board reviewed the accounts of every harbour and found that most of them had met their targets.",
        "4.11 The board then asked each harbour to explain any shortfall in writing before the end of the year.",
        "4.12 FINDINGS OF THE BOARD ON THE ACCOUNTS OF THE NORTHERN HARBOURS IN THE YEAR",
        "4.13 The northern harbours fell short of their targets in each of the last three years, by a growing margin.",
    ]
    _, report = built(HEAD + "\n\n".join(paragraphs) + "\n")
    assert any(title.startswith("4.12 FINDINGS") for title in headings(report))


def test_two_stamped_entries_are_too_few() -> None:
    _, report = built(page(entries=[ENTRIES[0], "{flash}", ENTRIES[1]]))
    assert any(title.startswith("08.05 Harbour Wire") for title in headings(report))


def test_stamps_with_the_half_of_day_glued_on_are_read() -> None:
    """'9.15am' and '9.15a.m.' open an entry as '09.15' does (they once crashed the import)."""
    for half in ("am", "a.m.", " am"):
        stamped = [entry if entry == "{flash}" else _half_of_day(entry, half) for entry in ENTRIES[:4]]
        flash = _half_of_day(FLASH, half)
        result, report = built(page(flash, stamped))
        assert headings(report) == []
        assert flash in result.markdown.split("+++")[-1]


def test_a_paragraph_opening_on_a_glued_time_is_kept() -> None:
    text = HEAD + (
        "The council of Eastwick met on Monday to discuss the ferry fares for the coming year.\n\n"
        "10.30am The council opened its meeting with a minute of silence for the crew of the lost trawler.\n\n"
        "The vote on the fares was put off until the next meeting in April.\n"
    )
    result, _ = built(text)
    assert "10.30am The council opened its meeting" in result.markdown


def _half_of_day(entry: str, half: str) -> str:
    stamp, rest = entry.split(" ", 1)
    return f"{stamp.lstrip('0')}{half} {rest}"
