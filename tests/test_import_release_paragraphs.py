"""A union's statement as a PDF viewer copies it: a blank line after every line, each paragraph on one long line, then a
long list of short lines (the members who signed it), which the column's width is measured on. The statement's
paragraphs must stay apart, though one of them ends on a closing mark typed as an opening one."""

from __future__ import annotations

from dossier.pdftext import quotation_left_open
from imported import built

PARAGRAPHS = [
    "The dock workers' branch of the Kessel union wrote to the port authority on Friday to ask for a new safety review.",
    "Night shifts on the east quay have run short of staff since the spring, the letter says, and two cranes stand idle."
    " “Nobody on the quay believes the rota can hold through the winter. “",
    "Branch secretary Ivo Lund put it more bluntly in a note to members: “The authority has had our figures since March"
    " and has answered none of them.’’",
    "The authority said it would reply to the branch within a month and that the quay met every rule in force today.",
]
SIGNATORIES = [
    f"{given} {surname} Crane Operator East Quay Kessel: 2015 - 2021"
    for given in ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo")
    for surname in ("Brandt", "Imre", "Falk", "Cole", "Jost")
]


def viewer_copy(paragraphs: list[str]) -> str:
    lines = ["Dock workers ask for a safety review", "2021-11-12", *paragraphs]
    lines += ["Signed by the branch's members:", *SIGNATORIES]
    return "\n\n".join(lines) + "\n"


def test_a_paragraph_far_longer_than_the_measured_column_is_not_wrapped_into_the_next() -> None:
    result, report = built(viewer_copy(PARAGRAPHS))
    found = [p.text for s in report.sections for p in s.paragraphs]
    for paragraph in PARAGRAPHS:
        assert paragraph in found
    assert "Anna Brandt Crane Operator" in result.markdown  # the list is kept, apart from the statement's paragraphs


def test_a_quotation_is_left_open_by_counts_of_its_marks() -> None:
    assert quotation_left_open("“We saw it,” she said. “The children")
    assert not quotation_left_open("“We saw it,” she said. “The children stopped. “")  # a closing mark mistyped
    assert quotation_left_open("She said: “")  # after a colon the mark may open the quotation below
    assert not quotation_left_open("‘’Nothing has changed,’’ the party said.")  # doubled curly single marks
    assert quotation_left_open("‘’Nothing has changed since")
