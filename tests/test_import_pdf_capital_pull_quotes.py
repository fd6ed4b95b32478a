"""A report's PDF text with its pull quotes set in capitals in a narrow box between its paragraphs (an NGO's annual
report, a magazine): each line of the box a line of the text, in capitals, running on into a sentence with its stop.
They restate the text and are furniture, never a run of section headings; a heading in capitals stays one. Passages of
our own."""

from __future__ import annotations

from imported import body_text, built, headings

COLUMN = [
    "THE HARBOUR AT WORK",
    "The board of the Kessel harbour met four",
    "times in the year under review and spent most",
    "of its time on the dredging budget, which had",
    "been cut twice before the quay wall failed in",
    "the spring storms of the year before last.",
    "In 2019 at least 412 boats were turned away",
    "from the inner harbour, most of them in the",
    "winter months, when the silt is at its worst",
    "and the pilots cannot bring them in.",
    "12 Harbour Rights Report 2019",
    "{box}",
    "A YEAR AT THE QUAY",
    "The harbour master asked the board to restore",
    "the budget in full, and the board agreed to",
    "restore half of it before the summer season.",
    "FERRIES AND FISHERS:",
    "THE INNER HARBOUR",
    "The ferry operators wrote to the board twice",
    "about the silt, and the fishers once, asking",
    "for a dredge before the autumn storms began.",
    "“We lose a day's catch for every day the",
    "channel is closed,” said Ana Vell, who chairs",
    "the fishers' association at the quay.",
]
PULL_QUOTE = ["IN 2019 AT LEAST 412", "BOATS WERE TURNED", "AWAY FROM THE INNER", "HARBOUR, MOST OF THEM", "IN THE WINTER."]


def text_with(box: list[str]) -> str:
    lines: list[str] = []
    for line in COLUMN:
        lines.extend(box if line == "{box}" else [line])
    return "Annual Review of the Kessel Harbour\n\n" + "\n".join(lines) + "\n"


def test_a_pull_quote_in_capitals_over_lines_is_no_heading_and_no_text():
    result, report = built(text_with(PULL_QUOTE))
    assert not any(h.startswith(("IN 2019", "BOATS", "AWAY", "HARBOUR, MOST", "IN THE WINTER")) for h in headings(report))
    assert "BOATS WERE TURNED" not in body_text(report)
    assert result.dropped["pull quote"] == PULL_QUOTE


def test_a_quotation_in_capitals_as_a_pull_quote_goes_too():
    quoted = ["‘WE LOSE A DAY'S CATCH", "FOR EVERY DAY THE", "CHANNEL IS CLOSED.’"]
    _, report = built(text_with(quoted))
    assert not any("CATCH" in h or "CHANNEL" in h for h in headings(report))
    assert "said Ana Vell" in body_text(report)


def test_headings_in_capitals_stay_headings():
    # near misses: a heading over two lines in capitals, a heading alone, and three capital lines with no sentence's stop
    box = ["HARBOUR DUES", "AND BERTH FEES", "FOR THE YEAR"]
    _, report = built(text_with(box))
    found = " | ".join(headings(report))
    assert "FERRIES AND FISHERS" in found and "THE HARBOUR AT WORK" not in body_text(report).split("\n")[0]
    assert "HARBOUR DUES" in found or "HARBOUR DUES" in body_text(report)


def test_a_text_set_wholly_in_capitals_keeps_its_lines():
    # near miss: a cable or a telegram in capitals, its short lines running into sentences, is all text
    cable = [
        "KESSEL HARBOUR BOARD",
        "TO ALL PILOTS",
        "THE INNER CHANNEL IS",
        "CLOSED UNTIL THE",
        "DREDGE HAS FINISHED.",
        "PILOTS WILL BRING",
        "NO BOATS IN BEFORE",
        "MONDAY AT NOON.",
    ]
    _, report = built("\n".join(cable) + "\n")
    assert "CLOSED UNTIL THE" in body_text(report) or "CLOSED UNTIL THE" in " ".join(headings(report))
