"""A media release as a PDF viewer copies it: a blank line after every line, each paragraph of the release on one long
line, then a long list of short lines (supporters with their posts), which the column's width is measured on. The
release's quoted paragraphs must stay apart, though one ends on a closing mark typed as an opening one."""

from __future__ import annotations

from dossier.pdftext import quotation_left_open
from imported import built

PARAGRAPHS = [
    "Thirty former volunteers at the Marlow shelters have today issued a statement calling on the council to close them.",
    "“We saw it every week,” said Ada Brill, a former teacher with Harbourline. “The children stopped playing outside. One"
    " girl sat by the gate for days and would not speak to anyone. “",
    "Tomas Ober, who ran the clinic until June, wants the shelters closed. “Nothing has changed since the last review of"
    " the shelters. We need to move these families before the winter.’’",
    "“They deserve far better than this from all of us.” said Ms Vance, a case worker with the Marlow council.",
]
SUPPORTERS = [
    f"{given} {surname} Case Worker Harbourline Marlow: March 2017 - May 2018"
    for given in ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo")
    for surname in ("Brandt", "Imre", "Falk", "Cole", "Jost")
]


def viewer_copy(paragraphs: list[str]) -> str:
    lines = ["Volunteers speak out on the Marlow shelters", "2019-03-04", *paragraphs]
    lines += ["The following volunteers support this statement:", *SUPPORTERS]
    return "\n\n".join(lines) + "\n"


def test_a_released_paragraph_far_longer_than_the_measured_column_is_not_wrapped_into_the_next() -> None:
    result, report = built(viewer_copy(PARAGRAPHS))
    found = [p.text for s in report.sections for p in s.paragraphs]
    for paragraph in PARAGRAPHS:
        assert paragraph in found
    assert "Anna Brandt Case Worker" in result.markdown  # the list is kept, apart from the release's paragraphs


def test_a_quotation_is_left_open_by_counts_of_its_marks() -> None:
    assert quotation_left_open("“We saw it,” she said. “The children")
    assert not quotation_left_open("“We saw it,” she said. “The children stopped. “")  # a closing mark mistyped
    assert quotation_left_open("She said: “")  # after a colon the mark may open the quotation below
    assert not quotation_left_open("‘’Nothing has changed,’’ the party said.")  # doubled curly single marks
    assert quotation_left_open("‘’Nothing has changed since")
