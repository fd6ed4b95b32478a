"""A PDF's text that breaks a paragraph's line between a speaker's given name and surname right after the words
leading in to the quotation ('… its own mandate. According to Jane' / 'Roe of the Harbour Post, “The port is …”'):
one paragraph, so the quotation keeps its speaker."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "HARBOUR BRIEF No. 12  l  MAY 2021 "
PAGE = [
    "By the time the new tolls were announced the ",
    "second basin had already been open for 75 ",
    "days. Seven weeks later, the board launched ",
    "its own ferry, a decision that shows how it ",
    "reads its own mandate. {cut}",
    "{under}",
    "regulator and the river. It is a landlord. ",
    "It is a ferry company. It is a judge.” ",
]
OTHER_PAGES = [
    [
        "Ideally, once a port is running, its board ",
        "should not compete with the ferry firms. ",
        "The grain traders say the locks have become ",
        "the slowest part of the route to the coast, ",
        "and the pilots have asked for a new survey. ",
    ],
    [
        "Two of the older lock keepers retired this ",
        "year and the board has found nobody to ",
        "replace them, although the pilots' guild has ",
        "offered to train new keepers in the winter. ",
        "The board meets again in the spring. ",
    ],
]


def pdf_text(cut: str, under: str) -> str:
    pages = ["\n".join(PAGE).format(cut=cut, under=under), *("\n".join(page) for page in OTHER_PAGES)]
    return "Harbour Dues in the North\n" + "\n\f".join(f"{HEAD}\n{page}" for page in pages) + "\n"


def test_a_given_name_after_according_to_goes_on_with_its_surname() -> None:
    markdown = import_text(pdf_text("According to Jane ", "Roe of the Harbour Post, “The port is a "), "b.txt").markdown
    assert "its own mandate. According to Jane Roe of the Harbour Post, “The port is a regulator" in markdown


def test_a_given_name_after_a_verb_of_writing_goes_on_with_its_surname() -> None:
    markdown = import_text(pdf_text("So it said, wrote Jane ", "Roe of the Harbour Post, “The port is a "), "b.txt").markdown
    assert "So it said, wrote Jane Roe of the Harbour Post, “The port is a regulator" in markdown
