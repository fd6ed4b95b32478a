"""A PDF's text whose column narrows or widens round a picture breaks a paragraph mid-sentence: a wrapped line stopping
on a word no sentence ends on ('… on behalf of the board, said', '… an agreement with the') goes on in the line under it,
though that line opens on a capital (a name, a quotation). A line ending a sentence, a one-line heading, a bullet or a
blank line between still part them."""

from __future__ import annotations

from dossier.importer import import_text

TOP = "Founder leaves Harbourworks\n\nMarch 3, 2021\n\nBy Ines Varga\n\n"
LEDE = "VELMOR — Ivo Marsh, the founder of Harbourworks,\nresigned as chief executive on Wednesday. The\nboard named Nora Platt to replace him.\n"


def paragraphs(body: str) -> list[str]:
    markdown = import_text(TOP + LEDE + body, "story.txt").markdown
    return [block for block in markdown.split("+++", 2)[2].strip().split("\n\n")]


def test_a_line_stopping_on_said_goes_on_into_the_quotation_under_it() -> None:
    found = paragraphs(
        "Harbourworks Chairman Tomas Verlaine, in a\nstatement issued on behalf of the board,\nsaid\n"
        'Marsh\'s "vision saved Harbourworks and made it the largest yard on the coast."\nHe said the board trusts Platt.\n'
    )
    assert any(p.startswith("Harbourworks Chairman") and p.endswith('on the coast."') for p in found)


def test_other_words_no_sentence_ends_on_and_a_quotation_mark() -> None:
    found = paragraphs(
        "The yard, which is the largest on the coast,\nsigned an agreement in May with the\nVelmor Port Authority for ten new berths over\nfive years.\n"
    )
    assert any("with the Velmor Port Authority" in p for p in found)
    found = paragraphs("Speaking to workers at the gate on Friday, Platt\nlater told them\n“We will keep every job at the yard,” to loud applause.\n")
    assert any("later told them “We will keep" in p for p in found)


def test_a_sentence_end_a_bullet_or_a_blank_line_still_parts_them() -> None:
    found = paragraphs("The yard employs four hundred people in the\ntown and its suburbs.\n\nNew owners\n\nThe buyers are a family of the town.\n")
    assert "## New owners" in found
    found = paragraphs("The board listed its plans for the\nyear, which include\n• More berths\n• A new dock\n")
    assert not any("include • More" in p or "include More" in p for p in found)
    found = paragraphs("The yard signed an agreement in May with the\n\nVelmor Port Authority\n\nIts berths open in June.\n")
    assert not any("with the Velmor" in p for p in found)
