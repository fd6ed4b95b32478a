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
        f"{BULLET_READ_AS_LATIN_1} the pilots' bulletin on the winter timetable; {BULLET_READ_AS_LATIN_1} The harbour fees set by"
        " the board in spring.\n\nThe board meets again in June.\n"
    )
    markdown = body(text)
    assert "- the pilots' bulletin on the winter timetable; • The harbour fees" in markdown
    assert "É" not in markdown


def test_near_miss_a_single_lone_capital_stays_a_letter() -> None:
    # one repaired 'É' alone opening a line is a word of the text (Portuguese 'É'), no list
    text = f"Harbour notes\n\nThe sign at the quay read:\n\n{BULLET_READ_AS_LATIN_1} proibido pescar aqui, said José Okafor.\n"
    markdown = body(text)
    assert "É proibido pescar" in markdown


def _read_as_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252")


def test_near_miss_french_lines_opening_on_a_lone_a_grave_keep_their_word() -> None:
    # a French passage's 'À Vell, …' lines, read as cp1252: other accented letters in the paragraph, no bullets
    text = _read_as_cp1252(
        "Harbour notes\n\nThe mayor’s letter to the ferry board was read out in full:\n\n"
        "À Port Vell, les traversées d’hiver sont trop rares pour les familles du quai.\n"
        "À Kestel, le quai est fermé depuis deux ans, et personne ne répond.\n\nThe board said it would reply by June.\n"
    )
    markdown = body(text)
    assert "À Port Vell, les traversées d’hiver" in markdown and "À Kestel, le quai est fermé" in markdown
    assert "•" not in markdown


def test_near_miss_portuguese_lines_opening_on_a_lone_e_acute_keep_their_word() -> None:
    # a Portuguese notice's 'É proibido …' lines, read as cp1252: no English word in the line, no bullets
    text = _read_as_cp1252(
        "Harbour notes\n\nThe notice at the quay read, in the crew’s Portuguese:\n\n"
        "É proibido pescar no cais.\n\nÉ proibido nadar perto do barco.\n\nThe crew laughed.\n"
    )
    markdown = body(text)
    assert "É proibido pescar no cais." in markdown and "É proibido nadar perto do barco." in markdown
    assert "•" not in markdown


def test_near_miss_french_lines_naming_an_english_outlet_keep_their_word() -> None:
    # an English word in the French line ('The Harbour Post'): its paragraph's other accented letters keep it French
    text = _read_as_cp1252(
        "Harbour notes\n\nThe mayor’s letter was quoted in full:\n\n"
        "À Port Vell, selon The Harbour Post, les traversées sont rares.\n"
        "À Kestel, selon The Harbour Post, le quai est fermé.\n\nThe board said it would reply by June.\n"
    )
    markdown = body(text)
    assert "À Port Vell, selon The Harbour Post" in markdown and "•" not in markdown
