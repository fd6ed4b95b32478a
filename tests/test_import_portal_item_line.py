"""A syndicating portal's line naming the kind of item and where it came from, under its date stamp ('Article: Harbour
Media Trust', 'Opinion: …', 'Speech: …'): like 'Press Release: <issuer>', the item's source read as the byline, never a
section. The authors' notes closing the piece under their label name its writers instead. A headline opening on a kind
('Opinion: Why The Harbour Must Change'), with no stamp over it or under the stamp in title case, is no byline."""

from __future__ import annotations

import pytest
from imported import built, headings

TOP = ["Velden Library Keeps Its Sunday Hours", "2023-05-12", "Friday, 12 May 2023, 9:40 am"]
STORY = [
    "The town board voted on Thursday evening to keep the library open on Sundays for another two years.",
    "“Sunday is when the families come,” Ilse Marrow, who runs the reading room, said after the vote.",
    "The board will find the money from the parks budget, its treasurer said.",
    "Who Pays for the Hours",
    "The parks budget loses a mower and a summer post. “We can live with that,” a gardener told the meeting.",
]


@pytest.mark.parametrize("line", ["Article: Harbour Media Trust", "Opinion: Velden Policy Institute", "Speech: Office of the Mayor"])
def test_the_portals_item_line_under_its_stamp_is_the_byline(line: str) -> None:
    _, report = built("\n\n".join([*TOP, line, *STORY]) + "\n")
    assert [a.name for a in report.authors] == [line.split(": ", 1)[1]]
    assert headings(report) == ["Who Pays for the Hours"]


def test_the_authors_notes_under_their_label_name_the_writers_instead() -> None:
    bios = [
        "Author Bios:",
        "Orla Kestrel is a reporter in Port Ellis covering the town board.",
        "Tomas Verel is a freelance writer covering libraries.",
    ]
    _, report = built("\n\n".join([*TOP, "Article: Harbour Media Trust", *STORY, *bios]) + "\n")
    assert [a.name for a in report.authors] == ["Orla Kestrel", "Tomas Verel"]


def test_a_headline_opening_on_a_kind_with_no_stamp_is_no_byline() -> None:
    _, report = built("\n\n".join([TOP[0], "By Lena Duro", TOP[1], *STORY, "Opinion: Why The Towns Must Be Paid", STORY[0]]) + "\n")
    assert [a.name for a in report.authors] == ["Lena Duro"]


@pytest.mark.parametrize(
    "line",
    ["Analysis: Why The Sunday Vote Matters For Velden", "Opinion: The Board Must Keep Its Word", "Feature: Sunday Afternoons In The Reading Room"],
)
def test_a_headline_in_title_case_under_the_stamp_is_no_byline(line: str) -> None:
    _, report = built("\n\n".join([*TOP, line, *STORY]) + "\n")
    assert report.authors == [] and line in headings(report)


def test_the_note_on_the_item_line_says_what_it_is() -> None:
    result, _ = built("\n\n".join([*TOP, "Article: Harbour Media Trust", *STORY]) + "\n")
    assert any("the portal's item line naming its source, read as the byline" in note for note in result.inferred)


def test_the_note_on_the_item_line_is_no_byline_where_a_byline_under_it_names_the_writer() -> None:
    result, report = built("\n\n".join([*TOP, "Article: Harbour Media Trust", "By Orla Kestrel", *STORY]) + "\n")
    assert [a.name for a in report.authors] == ["Orla Kestrel"]
    notes = [note for note in result.inferred if "Article: Harbour Media Trust" in note]
    assert notes and all("read as the byline" not in note and "issued the release" not in note for note in notes)
