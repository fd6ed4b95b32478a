"""A hard-wrapped text (a PDF's, a plain-text copy's) where a short line ending on a colon leads into the quotation under
it ('Well, the Velan Herald has the receipts:', 'And then this:'): the line is a paragraph leading in, never a section's
heading; a heading's label over its paragraph ('Key Findings:', 'Background:') stays one. Passages of our own."""

from __future__ import annotations

import textwrap

from imported import built, headings

WIDTH = 76


PARAGRAPHS = {
    "rosters": "Harbour masters in the northern ports have argued about the rosters for years, and their boards meet each "
    "month to settle how many pilots stand by at night; the smaller ports share a roster with their neighbours.",
    "tugs": "The tugs are older than most of the crews who work them, and two of the five broke down in the winter storms, "
    "leaving the ferries to dock without help while the repairs dragged on for weeks at the yard in Osk.",
    "safety": "Safety inspectors visited every quay in the spring and found the lights, the ladders and the fenders in "
    "good order, though they asked for a second rescue boat at the busiest crossing before the summer timetable.",
    "shifts": "The night shifts were cut from three to two in March, which the union opposed, and the board promised to "
    "review the change after the first month of the new timetable had been run without any serious delays.",
    "pay": "Pay for the pilots rose by four per cent last year, the first rise since the ports merged their boards, and "
    "the ferry companies agreed to meet half of the cost through a surcharge on each crossing they make.",
    "levy": "The levy itself is small, a few coins on each ticket, yet it has become the question every candidate for the "
    "harbour board is asked about, and the answers have shaped the campaign more than anyone expected.",
}


def para(topic: str) -> str:
    return textwrap.fill(PARAGRAPHS[topic], WIDTH)


QUOTED = textwrap.fill(
    "‘The board never asked the pilots what the levy would cost them, and it never told the ferry companies either. "
    "We learned of it from the notices posted at the quay.’",
    WIDTH,
)
POST = (
    textwrap.fill("The levy was never put to the pilots, and the board knew it when it voted. We have the minutes.", WIDTH)
    + "\n— Ines Marr (@inesmarr) March 4, 2024"
)


def text(line: str, under: str, page_break: bool = False) -> str:
    rest = f"\n\n{para('safety')}\n" + (f"\f{para('shifts')}\n\n{para('pay')}\n" if page_break else "")
    return f"Ferry Levy Paid\n\nBy Ada Vorn\n\n{para('rosters')}\n\n{para('tugs')}\n\n{line}\n{under}{rest}"


def paragraphs(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs]


def test_a_short_clause_on_a_colon_over_a_quotation_is_no_heading():
    for line in ("Well, the Velan Herald has the receipts:", "And then this:", "Here it is:", "The Velan Herald has the receipts:"):
        for under in (QUOTED, POST):
            for page_break in (False, True):
                _, report = built(text(line, "\n" + under, page_break))
                assert headings(report) == [], (line, under[:10], page_break)
                assert any(p.startswith(line) for p in paragraphs(report)), (line, under[:10], page_break)


def test_a_labels_colon_over_its_paragraph_keeps_the_heading():  # near misses
    for line in ("Key Findings:", "Background:", "What Comes Next:"):
        _, report = built(text(line, "\n" + para("levy")))
        assert headings(report) == [line.rstrip(":")] or headings(report) == [line], line


def test_a_subhead_asking_what_its_section_answers_keeps_the_heading():  # near misses
    for line in ("What the levy pays for:", "Who was left out:", "How the board decides:"):
        _, report = built(text(line, "\n" + para("levy")))
        assert headings(report) in ([line.rstrip(":")], [line]), line
