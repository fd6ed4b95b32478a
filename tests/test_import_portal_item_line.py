"""A syndicating portal's line naming the kind of item and where it came from, under its date stamp ('Article: Harbour
Media Trust', 'Opinion: …', 'Speech: …'): like 'Press Release: <issuer>', the item's source read as the byline, never a
section. The authors' notes closing the piece under their label name its writers instead. A headline opening on a kind
('Opinion: Why The Harbour Must Change') with no stamp over it is no byline."""

from __future__ import annotations

import pytest
from imported import built, headings

TOP = ["River Towns Win Ruling Against Velden Mining", "2023-05-12", "Friday, 12 May 2023, 9:40 am"]
STORY = [
    "A court in Port Ellis has found Velden Mining liable for poisoning the Vale river, ending a nine-year case brought by six towns.",
    "“This ruling shows that distance is no shield,” Ilse Marrow, a lawyer for the towns, said after the verdict.",
    "The company said it would appeal the ruling to the high court within the month, its spokesman said.",
    "Paying for Silence",
    "Court papers show the company paid local officials for years. “We knew what the water looked like,” an engineer told the court.",
]


@pytest.mark.parametrize("line", ["Article: Harbour Media Trust", "Opinion: Velden Policy Institute", "Speech: Office of the Mayor"])
def test_the_portals_item_line_under_its_stamp_is_the_byline(line: str) -> None:
    _, report = built("\n\n".join([*TOP, line, *STORY]) + "\n")
    assert [a.name for a in report.authors] == [line.split(": ", 1)[1]]
    assert headings(report) == ["Paying for Silence"]


def test_the_authors_notes_under_their_label_name_the_writers_instead() -> None:
    bios = ["Author Bios:", "Orla Kestrel is a reporter in Port Ellis covering courts.", "Tomas Verel is a freelance writer covering mining."]
    _, report = built("\n\n".join([*TOP, "Article: Harbour Media Trust", *STORY, *bios]) + "\n")
    assert [a.name for a in report.authors] == ["Orla Kestrel", "Tomas Verel"]


def test_a_headline_opening_on_a_kind_with_no_stamp_is_no_byline() -> None:
    _, report = built("\n\n".join([TOP[0], "By Lena Duro", TOP[1], *STORY, "Opinion: Why The Towns Must Be Paid", STORY[0]]) + "\n")
    assert [a.name for a in report.authors] == ["Lena Duro"]
