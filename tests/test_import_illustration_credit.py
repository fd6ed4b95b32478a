"""A picture's credit alone on its line under its label among a story's paragraphs ('Illustration: Jane Roe/Harbour
Weekly', as a newsletter sets one under each item's heading) is a credit, as a 'Photo: …' line is; a story's own credits
list ('Reporting: …' / 'Graphics: …' / 'Editing: …') and a sentence so labelled stay lines of the text."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = ["Harbour ferries go electric", "By Lena Marsh", "Jan 18, 2019"]
FIRST = "The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays."
SECOND = "“We need this,” said Mayor Ann Bell, who has pushed for the ferries since her election."


def body_of(lines: list[str]) -> str:
    return import_text("\n\n".join(lines) + "\n", "story.txt").markdown.split("+++")[-1]


def test_an_illustration_credit_between_paragraphs() -> None:
    body = body_of([*HEAD, FIRST, "Illustration: Tom Eyre/Harbour Weekly", SECOND])
    assert ":credit: Illustration: Tom Eyre/Harbour Weekly" in body
    assert "\nIllustration: Tom Eyre" not in body


def test_a_graphic_credit_naming_the_outlet_alone() -> None:
    body = body_of([*HEAD, FIRST, "Graphic: Harbour Times", SECOND])
    assert ":credit: Graphic: Harbour Times" in body


def test_the_storys_credits_list_stays() -> None:
    credits = ["Reporting: Lena Marsh and Tom Eyre", "Graphics: Ann Lee", "Editing: Rui Costa"]
    body = body_of([*HEAD, FIRST, SECOND, *credits, "The port said the first ferry would sail in the spring, and the second a year later."])
    assert "Graphics: Ann Lee" in body and ":credit:" not in body


def test_a_sentence_labelled_illustration_stays() -> None:
    line = "Illustration: the council's plan for the quay, drawn in 1901, shows two piers and a ferry house."
    body = body_of([*HEAD, FIRST, line, SECOND])
    assert line in body and ":credit:" not in body


def test_a_storys_closing_plural_staff_credit_is_no_figure() -> None:
    """'Graphics: Ann Lee' alone closing a story with no picture: the story's staff credit, kept as its line."""
    lines = ["Ferries go electric", "By Mira Holt", "Feb 3, 2020"]
    lines += ["The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays."]
    lines += ["The first will sail in the spring, the port said, and the second a year later.", "Graphics: Ann Lee"]
    markdown = import_text("\n\n".join(lines) + "\n", "story.txt").markdown
    assert ":::{figure}" not in markdown and "Graphics: Ann Lee" in markdown
