"""UTF-8 text once read as Latin-1 or cp1252 and saved again ('Roeâ\\x80\\x90Vell', 'isnâ€™t', 'JosÃ©'): read back as
written; a text's own 'é’' or 'Ö’' stays."""

from __future__ import annotations

from dossier.importer import import_text

LATIN_1_HYPHEN = "\u00e2\u0080\u0090"  # U+2010's UTF-8 bytes, each read as a Latin-1 character


def body(text: str) -> str:
    return import_text(text, "presser.txt").markdown.split("+++", 2)[2]


def test_hyphens_read_as_latin_1_are_hyphens_again() -> None:
    text = (
        f"Harbour press conference\n\nSenator Jane Roe{LATIN_1_HYPHEN}Vell opened the door{LATIN_1_HYPHEN}to{LATIN_1_HYPHEN}door"
        f" campaign in Eastwick. The pre{LATIN_1_HYPHEN}departure checks are done, said Tomas Okafor.\n"
    )
    markdown = body(text)
    assert "Jane Roe‐Vell opened the door‐to‐door campaign" in markdown
    assert "pre‐departure" in markdown
    assert "\u0080" not in markdown


def test_cp1252_and_latin_1_readings_mixed_are_read_back() -> None:
    markdown = body("Harbour notes\n\nIt isnâ€™t the harbourâ€™s fault, said JosÃ© Okafor â€“ the pilots agree.\n")
    assert "It isn’t the harbour’s fault, said José Okafor – the pilots agree." in markdown


def test_a_texts_own_accents_before_a_mark_stay() -> None:
    text = "Harbour notes\n\nThe café’s owner and Ö’s brother met at the quay – then the crêpe stand opened.\n"
    markdown = body(text)
    assert "The café’s owner and Ö’s brother met at the quay – then the crêpe stand opened." in markdown


BULLET_READ_AS_LATIN_1 = "\u00c3\u0089"  # a symbol font's bullet, its code read as 'É', saved as UTF-8 and read as Latin-1


def test_a_bullet_read_as_a_capital_letter_opens_a_list_item() -> None:
    text = (
        "Harbour notes\n\nThe islanders have pressed their claims in several ways:\n\n"
        f"{BULLET_READ_AS_LATIN_1} the work of the Vell Ferry Panel on a draft charter; {BULLET_READ_AS_LATIN_1} The adoption by the"
        " board of a paper on fares.\n\nThe board meets again in June.\n"
    )
    markdown = body(text)
    assert "- the work of the Vell Ferry Panel on a draft charter; • The adoption" in markdown
    assert "É" not in markdown


def test_near_miss_a_single_lone_capital_stays_a_letter() -> None:
    # one repaired 'É' alone opening a line is a word of the text (Portuguese 'É'), no list
    text = f"Harbour notes\n\nThe sign at the quay read:\n\n{BULLET_READ_AS_LATIN_1} proibido pescar aqui, said José Okafor.\n"
    markdown = body(text)
    assert "É proibido pescar" in markdown
