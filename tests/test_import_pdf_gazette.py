"""A gazette's PDF text: the masthead over the document (name, page number, issue line, day, the issuing body in
capitals) is no title, the document's own title under it is; the page heads opening on their page number
('3302 Lowmoor Register / Vol. 8, No. 41 / …') are running heads, never sub-sections; a printer's stamp at each page's
foot is never the title; and a body line the text repeats on several pages inside a wrapped sentence is kept."""

from __future__ import annotations

from dossier.importer import import_text
from dossier.pdftext import read_layout
from dossier.wrappedrepeats import inside_wrapped_sentence

MASTHEAD = [
    "Notices Lowmoor Register",
    "3300",
    "Vol. 8, No. 41",
    "Thursday, June 9, 2022",
    "FENWICK WATER AUTHORITY",
    "Abstraction Licences; Gravel Pits at Fenwick",
    "",
]
STAMP = "PressMark Feb<2>2021 11:40 Jun 07, 2022 Run 440012 Pg 0000{n} Fm 3301 Sf 3301 Y:\\LR\\NT\\09JNN1.SGM 09JNN1"

PAGES = [
    [
        "SUMMARY: The authority proposes to",
        "renew the licences that let gravel pits",
        "at Fenwick draw water from the river.",
        "",
        "COMMENTS: Send comments through the",
        "authority's portal. Papers are kept at",
        "records.fenwick.example under the heading",
        "licence renewals, and the authority",
        "will answer every comment it receives.",
    ],
    [
        "History. In April 2019 the river ran so",
        "low that two pits had to stop pumping,",
        "and the authority's survey of that year",
        "is kept at",
        "records.fenwick.example under the heading",
        "dry summers for anyone to read.",
    ],
    [
        "Costs. The authority thinks the renewal",
        "would touch nine pits. The figures are at",
        "records.fenwick.example under the heading",
        "licence costs, with the tables.",
        "",
        "The authority will weigh each comment",
        "before it issues the licences.",
    ],
]


def gazette(pages: list[list[str]] = PAGES, masthead: list[str] = MASTHEAD, stamp: bool = True) -> str:
    out = []
    for number, page in enumerate(pages, start=1):
        head = [f"{3300 + number} Lowmoor Register / Vol. 8, No. 41 / Thursday, June 9, 2022 / Notices"]
        lines = (masthead if number == 1 else []) + head + page + (["", STAMP.format(n=number)] if stamp else [])
        out.append("\n".join(lines))
    return "\n\f".join(out) + "\n"


def imported(text: str) -> tuple[str, str]:
    result = import_text(text, "notice.txt")
    front, body = result.markdown.split("+++")[1:3]
    return front, body


def test_the_title_is_the_documents_own_under_the_masthead() -> None:
    front, body = imported(gazette())
    assert 'title = "Abstraction Licences; Gravel Pits at Fenwick"' in front
    assert "date = 2022-06-09" in front
    assert "Lowmoor Register" not in body and "FENWICK WATER AUTHORITY" not in body


def test_page_heads_opening_on_their_number_are_no_sections() -> None:
    _, body = imported(gazette())
    assert "3302" not in body and "#" not in body


def test_a_printers_stamp_at_each_pages_foot_is_never_the_title() -> None:
    front, body = imported(gazette())
    assert "PressMark" not in front and "PressMark" not in body


def test_a_note_over_the_masthead_stays_as_text_under_the_title() -> None:
    text = "This part of the LOWMOOR REGISTER carries notices\nthat the public may comment on.\n" + gazette()
    front, body = imported(text)
    assert 'title = "Abstraction Licences; Gravel Pits at Fenwick"' in front
    assert "carries notices that the public may comment on." in body


def test_a_line_repeated_inside_wrapped_sentences_is_kept_each_time() -> None:
    _, body = imported(gazette())
    assert body.count("records.fenwick.example under the heading") == 3
    assert "under the heading licence renewals, and" in body
    assert "under the heading dry summers" in body


def test_the_repeated_line_is_body_but_a_head_at_the_pages_top_is_not() -> None:
    text = gazette()
    lines = [line.strip() for line in text.split("\n")]
    layout = read_layout(text.split("\n"))
    repeated = [index for index, line in enumerate(lines) if line == "records.fenwick.example under the heading"]
    heads = [index for index, line in enumerate(lines) if line.endswith("/ Notices")]
    assert all(inside_wrapped_sentence(lines, index, layout.page_breaks) for index in repeated)
    assert not any(inside_wrapped_sentence(lines, index, layout.page_breaks) for index in heads)


def test_near_miss_a_running_foot_under_a_sentence_that_goes_on_over_the_page_is_left_out() -> None:
    # the foot stands last on its page: the sentence over it goes on on the next page, not in the foot
    pages = [
        ["The authority met in May and agreed", "that the pits would", "www.lowmoor.example register online"],
        ["keep their licences for a year.", "", "www.lowmoor.example register online"],
        ["Nothing else was decided at the meeting.", "", "www.lowmoor.example register online"],
    ]
    lines = gazette(pages, masthead=["Gravel licences renewed", ""], stamp=False).split("\n")
    stripped = [line.strip() for line in lines]
    layout = read_layout(lines)
    feet = [index for index, line in enumerate(stripped) if line == "www.lowmoor.example register online"]
    assert not any(inside_wrapped_sentence(stripped, index, layout.page_breaks) for index in feet)
    assert all(index + 1 in layout.furniture for index in feet)


def test_near_miss_a_number_alone_under_a_sentence_is_no_line_of_it() -> None:
    lines = ["The authority met in May and agreed", "12", "that the pits would stay open."]
    assert not inside_wrapped_sentence(lines, 1, set())
    assert inside_wrapped_sentence(["The licence runs out on June 30,", "2024.", "The pits must then stop."], 1, set())


def test_near_miss_a_gazette_name_without_an_issue_line_and_day_is_left_alone() -> None:
    front, body = imported("The Lowmoor Register\n\nA Short History of the Register\n\nThe register was founded in 1871 to print notices.\n")
    assert 'title = "The Lowmoor Register"' in front
    assert "## A Short History of the Register" in body
    front, body = imported("Notices Lowmoor Register\n3300\nVol. 8, No. 41\nThe register has printed notices each week since 1871.\n")
    assert 'title = "Notices Lowmoor Register"' in front  # no day under the issue line: no masthead read
    assert "each week since 1871" in body


def test_near_miss_a_newsletters_or_minutes_masthead_is_left_alone() -> None:
    front, _ = imported(
        "Kelby Sound Bulletin\nVol. 5, No. 7\nJune 3, 2025\nIn this issue\n\nSlipway works start\n\nThe parish met and kept the slipway open.\n"
    )
    assert 'title = "In this issue"' not in front
    minutes = "Minutes of the Kelby Register Panel\nVol. 2, No. 4\nJuly 9, 2024\nPresent: Ola Brin, Sam Teal\n\nThe panel met at ten.\n"
    front, _ = imported(minutes)
    assert 'title = "Minutes of the Kelby Register Panel"' in front
    front, _ = imported("Oskir Register\nVol. 9, No. 1\nMay 1, 2024\nContents\n\nThe register prints notices each week.\n")
    assert 'title = "Contents"' not in front


def test_a_name_ending_on_the_gazettes_word_or_an_official_journal_is_a_masthead() -> None:
    for name in ("Notices Oskir Gazette", "Official Journal of the Kelby Union"):
        front, _ = imported(f"{name}\nVol. 9, No. 1\nMay 1, 2024\nFerry Fares; Winter Timetable for Kelby Sound\n\nThe board sets the fares below.\n")
        assert 'title = "Ferry Fares; Winter Timetable for Kelby Sound"' in front, name


def test_a_running_foot_over_the_pages_number_or_a_stamp_is_left_out() -> None:
    # the foot opens in lower case under a sentence that breaks off, but it stands last over each page's number or stamp
    for under in ("{n}", "InkWorks Batch {n}"):
        pages = [
            ["The board met in June and agreed", "that the ferries would", "oskir.example notices online", under.format(n=1)],
            ["keep their berths for a season, and", "the ferries would pay", "oskir.example notices online", under.format(n=2)],
            ["a fee each month.", "", "oskir.example notices online", under.format(n=3)],
        ]
        _, body = imported(gazette(pages, masthead=["Ferry berths renewed", ""], stamp=False))
        assert "oskir.example notices online" not in body, under
        assert "the ferries would keep their berths" in body, under
