"""A PDF's text as a viewer copies it: a page or two with a blank line after every line, 'Page 1 of 2' heads, and the
lines a column breaks after an abbreviation ('Act No.' / '22 of 1995') or after an aside in brackets."""

from __future__ import annotations

from imported import body_text, built, headings

WRAPPED = [
    "The board of the Kessel harbour met four times in the year under review and",
    "spent most of its time on the dredging budget, which had been cut twice before the",
    "quay wall failed in the spring storms of the year before last.",
    "The harbour master and the deputy harbour master (hereinafter the officers)",
    "were asked to report on the state of every berth before the budget was settled.",
    "The officers relied on section 12 of the Harbours and Moorings Act No.",
    "22 of 1995 when they asked the board to restore the budget in full this year.",
    "Their report found that eleven of the twenty berths silt up so slowly that a yearly",
    "dredge is not needed, while the other nine need work every spring without fail, and",
    "that the cost of a failed quay wall is far higher than the cost of a yearly dredge.",
]


def short_copy(lines: list[str]) -> str:
    head = ["Page 1 of 2", "KESSEL HARBOUR BOARD", "Annual Review of Dredging, March 3, 2021", "By Ines Varga"]
    return "\n\n".join(head + lines[:5] + ["Page 2 of 2"] + lines[5:]) + "\n"


def test_a_short_double_spaced_copy_gets_its_paragraphs_back_and_loses_its_page_heads():
    result, report = built(short_copy(WRAPPED))
    found = [p.text for s in report.sections for p in s.paragraphs]
    assert found[0] == " ".join(WRAPPED[0:3])
    assert found[1] == " ".join(WRAPPED[3:5])  # the aside in brackets ends no sentence
    assert found[2] == " ".join(WRAPPED[5:7])  # nor does the abbreviation's stop
    assert len(found) == 4
    assert "Page" not in " ".join(headings(report)) + body_text(report)
    assert not result.markdown.split('title = "', 1)[1].startswith("Page")


def test_a_short_copy_with_few_broken_lines_among_many_short_ones_is_rejoined_too():
    """A judgment's first pages: most lines are a caption's short ones, three of them broken mid-sentence ('… in terms
    of section' / '41 (2) of …', '(hereinafter the appellant)' / 'was …')."""
    caption = ["Page 1 of 2", "IN THE HIGH COURT OF OSTRAVIA", "CA/HB/0042/21", "Vs.", "Tomas Keller", "ACCUSED-APPELLANT"]
    caption += ["Argued on : 11-09-2023", "Decided on : 03-04-2024", "Page 2 of 2", "Ines Varga, J."]
    text = [
        "The appeal is brought in terms of section",
        "41 (2) of the Harbours and Moorings Act by the accused.",
        "The accused-appellant (hereinafter referred to as the appellant)",
        "was convicted of taking a pilot boat from the inner harbour.",
        "The harbour master said that she saw the appellant",
        "untie the boat and steer it out past the breakwater.",
        "Accordingly, the appeal is dismissed.",
    ]
    _, report = built("\n\n".join(caption + text) + "\n")
    found = body_text(report)
    assert " ".join(text[0:2]) in found and " ".join(text[2:4]) in found and " ".join(text[4:6]) in found


def test_near_miss_a_short_web_copy_of_finished_paragraphs_keeps_them_apart():
    """Blank lines between paragraphs that each end a sentence part paragraphs; a sentence ending on 'No.' is no
    abbreviation before a number, and an aside after a stop ('… by weight. (source)') ends its paragraph."""
    lines = [line.rstrip(",") + "." if line[-1] not in ".)" else line for line in WRAPPED]
    lines[5] = "The officers asked whether the board would pay, and the answer was No."
    lines[6] = "Nine berths still need work every spring, as the officers told the board in May."
    lines[3] = "The deputy harbour master kept the minutes of every meeting. (Board minutes, 2020)"
    lines[4] = "release of the minutes was delayed by a month after the storms of the spring."
    _, report = built("Kessel Harbour Review\n\n" + "\n\n".join(lines) + "\n")
    found = [p.text for s in report.sections for p in s.paragraphs]
    assert len(found) == len(lines)


def test_near_miss_a_short_web_copy_whose_headings_end_in_lower_case_keeps_them():
    """Sentence-case subheads over paragraphs that open with a figure ('What the board decided' / '12 berths …') are no
    lines of a column broken mid-sentence."""
    parts = ["Kessel Harbour Review", "By Ines Varga"]
    for heading, number in (("What the board decided", 12), ("What the pilots asked for", 3), ("Where the money goes", 40)):
        parts += [heading, f"{number} berths were named in the report. {WRAPPED[0]} {WRAPPED[1]} {WRAPPED[2]}"]
    _, report = built("\n\n".join([*parts, "The board will meet again in May.", "Minutes are published a week later."]) + "\n")
    assert headings(report) == ["What the board decided", "What the pilots asked for", "Where the money goes"]


def test_near_miss_a_note_after_a_page_reference_and_a_list_of_links_stay_apart():
    """'p.' at a note's end over the next note's number ('… 2021, p.' / '19 “Harbour …') and a web address under an
    aside ('… (board website)' / 'www.…') are no sentence going on."""
    from dossier.exportlines import _is_wrapped_continuation
    from dossier.importunits import Unit
    from dossier.pdftext import PageLayout

    layout = PageLayout(width=80)
    note = Unit(1, "18 Ines Varga, “Silt and the Quay Wall,” Kessel Harbour Review 4, 2021, cca-p.", data={"end": 1})
    assert not _is_wrapped_continuation(note, "19 “Harbour Dredging Costs,” Kessel Board, 2020.", layout)
    link = Unit(1, "http://www.kessel-harbour.example/board (board website)", data={"end": 1})
    assert not _is_wrapped_continuation(link, "www.kessel-harbour.example/minutes (minutes)", layout)
    act = Unit(1, "The officers relied on section 12 of the Harbours and Moorings Act No.", data={"end": 1})
    assert _is_wrapped_continuation(act, "22 of 1995 when they asked the board to restore the budget.", layout)


def test_a_cover_title_with_no_copyright_line_over_it_lists_no_empty_copyright_kind():
    from dossier.importmeta import pdf_cover_title
    from dossier.importunits import Unit
    from dossier.pdftext import PageLayout

    units = [
        Unit(1, "KESSEL HARBOUR BOARD", data={"end": 1}),
        Unit(3, "ANNUAL REVIEW", data={"end": 3}),
        Unit(5, " ".join(WRAPPED[:3]), data={"end": 9}),
    ]
    dropped: dict[str, list[str]] = {}
    pdf_cover_title(units, PageLayout(width=80, double_spaced=True), {}, [], dropped)
    assert "copyright line" not in dropped
