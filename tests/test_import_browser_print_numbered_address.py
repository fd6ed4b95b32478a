"""A page an older browser (Netscape) printed, kept as plain text: each page's title and, under it, the page's address
with its number in brackets and the printing day ('http://example.org/talks/harbour.htm (2 of 5) [12/04/2004 1:45:06]')
stand between the page's paragraphs, sometimes mid-sentence or at a note's end. They are the browser's, left out, and
the sentence they cut runs on. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

ADDRESS = "http://www.example.org/talks/harbour_futures.htm"


def footer(page: int, pages: int = 3) -> str:
    return f"Harbour Forum Draft\n\n{ADDRESS} ({page} of {pages}) [12/04/2004 1:45:06]\n\n"


OPENING = "Harbour Futures\n\nBy Jane Roe\n\n3 March 2004\n\n"
ONE = "The harbour is not out of trouble, and three issues remain open for the city and the port.[1]\n\n"
TWO_A = "The flaws in the design of the seawall have been matched by flaws in the works on it. The broken\n\n"
TWO_B = "seawall has stood unrepaired for ten years, a feat in a city this rich and this close to the sea.\n\n"
THREE = "The council will meet the port board again in May to agree who pays for the repairs.\n\n"
NOTE = "[1] The harbour is the term used here for the old port and its three basins.\n\n"


def test_the_margins_on_every_page_are_left_out_and_the_sentence_runs_on():
    result, report = built(OPENING + ONE + footer(1) + TWO_A + footer(2) + TWO_B + THREE + NOTE + footer(3))
    text = body_text(report)
    assert "Harbour Forum Draft" not in result.markdown and "example.org" not in result.markdown
    assert "The broken seawall has stood unrepaired" in text
    assert "[^1]: The harbour is the term used here for the old port and its three basins.\n" in result.markdown


def test_a_page_printed_alone_too():
    _result, report = built("Harbour Forum Draft\n\n" + OPENING + ONE + TWO_A + footer(1, 1) + TWO_B + THREE)
    assert "Harbour Forum Draft" not in body_text(report) and "The broken seawall has stood" in body_text(report)


LONE_FOOTER = f"{ADDRESS} (1 of 1) [12/04/2004 1:45:06]\n"


def test_the_last_item_of_a_list_over_a_lone_pages_footer_is_the_texts():
    items = "The plan asks for three things, each costed in the annex:\n\n- berths for forty boats\n\n- a fuel dock\n\n- room for the lifeboat\n\n"
    result, _report = built(OPENING + ONE + items + LONE_FOOTER)
    assert "room for the lifeboat" in result.markdown and "example.org" not in result.markdown


def test_a_heading_over_a_lone_pages_footer_is_the_texts():
    result, _report = built(OPENING + ONE + THREE + "Further reading\n\n" + LONE_FOOTER)
    assert "Further reading" in result.markdown and "example.org" not in result.markdown


def test_a_paragraph_ending_on_its_stop_over_the_margins_stays_apart():
    result, report = built(OPENING + ONE + footer(1, 2) + THREE + footer(2, 2))
    assert "three issues remain open for the city and the port." in body_text(report)
    assert "Harbour Forum Draft" not in result.markdown
    assert "and the port.[^1] The council" not in result.markdown


def test_a_sentence_over_a_lone_address_is_the_texts():
    lone = f"The figures are on the port's own site, which we have copied here.\n\n{ADDRESS} (1 of 1) [12/04/2004 1:45:06]\n\n"
    result, _report = built(OPENING + ONE + lone + THREE)
    assert "The figures are on the port's own site, which we have copied here." in result.markdown


def test_an_address_with_no_page_number_stays():
    result, _report = built(OPENING + ONE + f"Harbour Forum Draft\n\n{ADDRESS} [12/04/2004 1:45:06]\n\n" + THREE)
    assert "Harbour Forum Draft" in result.markdown


class _CountedLine(str):
    """A line that counts how often the margins' reader looks at it."""

    looks = 0

    def strip(self, chars: str | None = None) -> str:
        _CountedLine.looks += 1
        return str.strip(self, chars)


def _looks_over_margins(count: int) -> int:
    from dossier.browserprint import _sentences_rejoined

    lines = [_CountedLine("") for _ in range(count)] + [_CountedLine("the end")]
    _CountedLine.looks = 0
    _sentences_rejoined(lines, set(range(count)))
    return _CountedLine.looks


def test_a_long_run_of_margins_costs_no_more_than_its_length():
    assert _looks_over_margins(400) <= 5 * _looks_over_margins(100)
