"""A web page printed to PDF whose text reader set each corner of the browser's margins on a line of its own, blank lines
between them and the page's text: the printing day and the page's title at the top, the page's address and its number
at the foot. They are left out as on adjacent lines, and the paragraph the page break cut runs on. Passages of our own,
with near misses."""

from __future__ import annotations

from imported import body_text, built

TITLE = "Ferry Figures Need a Second Look | The Quayside Ledger"
ONE = (
    "The port office has said little about the crossings since the winter, and most of what is known comes from crews who\n"
    "worked the morning route before it closed, whose accounts of the delays and their causes differ in almost every detail.\n"
)
TWO_A = "The office has claimed that the crossings ran on time through the spring and that the delays the crews describe\n"
TWO_B = "were caused by the weather alone, which the logs of the pilots and the harbour master do not bear out at all.\n"
THREE = "The crews, for their part, kept their own logs, and those logs show the same late departures week after week.\n"
ADDRESS = "https://quayside.example.org/2023/05/ferry-figures/"


def printed(title: str = TITLE, address: str = ADDRESS) -> str:
    head = f"5/12/23, 9:41 AM\n\n{title}\n\n"
    return (
        head
        + "Ferry Figures Need a Second Look\n\nBy Tomas Vell\n\nMay 12, 2023\n\n"
        + ONE
        + "\n"
        + TWO_A
        + f"\n{address}\n\n1/2\n\f"
        + head
        + TWO_B
        + "\n"
        + THREE
        + f"\n{address}\n\n2/2\n"
    )


def test_margins_apart_from_the_text_are_left_out_and_the_cut_paragraph_runs_on():
    result, report = built(printed())
    text = body_text(report)
    assert "quayside.example.org" not in text and "9:41" not in text and "1/2" not in text and "Quayside Ledger" not in text
    assert (TWO_A.strip() + " " + TWO_B.strip()) in text
    assert report.title == "Ferry Figures Need a Second Look"
    assert f"5/12/23, 9:41 AM {TITLE}" in result.dropped["browser's printed header and footer"]


def test_an_address_and_a_fraction_that_are_no_margins_stay():
    """Near misses: an address alone on its line with no page's number near it; a fraction with no address near it."""
    text = "Ferry Figures Need a Second Look\n\nMay 12, 2023\n\n" + ONE + f"\n{ADDRESS}\n\n" + THREE + "\n3/4\n\n" + ONE
    result, _ = built(text)
    assert "browser's printed header and footer" not in result.dropped


def test_a_page_printed_alone_keeps_its_timelines_stamps():
    """A live page printed alone (one page): its own entries under their times ('3/3/24, 6:10 PM' / 'Crews reach the
    pier - the road is shut') are the text's; only a day opening the text or a page is the browser's header."""
    entries = (
        "Live: the Northbay pier fire\n\n5/12/23, 9:41 AM\n\nCrews reach the pier - the road to the quay is shut to traffic\n\n"
        "5/12/23, 10:05 AM\n\nThe fire on the pier is under control, the harbour master says.\n\n" + ONE
    )
    result, report = built(entries + f"\n{ADDRESS}\n\n1/1\n")
    assert "Crews reach the pier - the road to the quay is shut" in body_text(report)
    assert not any("Crews reach" in line for line in result.dropped.get("browser's printed header and footer", []))
    # near miss: the same day and title opening the page printed alone are its header
    result, report = built(f"5/12/23, 9:41 AM\n\n{TITLE}\n\n" + entries + f"\n{ADDRESS}\n\n1/1\n")
    assert f"5/12/23, 9:41 AM {TITLE}" in result.dropped["browser's printed header and footer"]
    assert "Crews reach the pier - the road to the quay is shut" in body_text(report)
