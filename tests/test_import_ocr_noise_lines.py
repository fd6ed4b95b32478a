"""A line of OCR noise (stray marks and single letters a scan's reader made of a smudge) in a plain text: left out with
a problem line, never the summary or a paragraph (dossier/ocrnoise.py)."""

from __future__ import annotations

from dossier.importer import import_text
from dossier.ocrnoise import is_ocr_noise

BODY = """THE HARBOUR REVIEW AUTUMN 2004

{line}

GOVERNANCE

Jane Roe

I acknowledge the harbour's first keepers, who built the old stone quay.
Last month at the harbour festival, the ferry crews welcomed all visitors
to the piers in a gesture of goodwill, as they have done for a century.
"""


def test_a_line_of_scan_noise_is_no_summary_and_no_paragraph() -> None:
    result = import_text(BODY.format(line="w , ~ 7 ) . ’ _- ;. p .. ^ 23"), "review.txt")
    assert "summary = \"I acknowledge the harbour's first keepers" in result.markdown
    assert "~ 7" not in result.markdown and ";." not in result.markdown
    assert any(problem.line == 3 and "noise" in problem.message for problem in result.problems)


def test_noise_with_other_marks_is_noise_too() -> None:
    assert is_ocr_noise("l ' . ~ i , :: ; j 7 .")
    assert is_ocr_noise("_ - ‘ . a I . * ^ . ? o")


def test_a_texts_own_marks_and_figures_are_no_noise() -> None:
    assert not is_ocr_noise("* * *")  # a scene break
    assert not is_ocr_noise("- - - - - - - -")  # a rule
    assert not is_ocr_noise("1 2 3 4 5 6 7 8")  # a row of figures
    assert not is_ocr_noise("2004 41.2 % 38.5 % 22.3 % 19.9 %")  # a table's row
    assert not is_ocr_noise("Tom Rowe . . . . . . . 41")  # a contents entry with dot leaders
    assert not is_ocr_noise("1 . 2 . 3 . 4 . 5")  # figures and stops alone: a list's or a scale's
    assert not is_ocr_noise("a = b + c - d")  # short
    result = import_text(BODY.format(line="* * *"), "review.txt")
    assert not any("noise" in problem.message for problem in result.problems)


def test_a_tables_rows_and_a_formula_with_brackets_are_no_noise() -> None:
    """Marks a table or a formula is made of (bars, brackets, operators) around single letters and figures: kept."""
    assert not is_ocr_noise("| Tarn | 4 | 5 | 6 |")  # a row between bars
    assert not is_ocr_noise("|  | 1 | 2 | . | ~ |")  # a row between bars, whatever its cells
    assert not is_ocr_noise("f = ( a + b ) * 2")
    assert not is_ocr_noise("y = [ p - q ] / 3 + r")
    assert is_ocr_noise("| ~ . ’ 1 _- p ;.")  # opening on a bar only: noise still
    assert is_ocr_noise("w ( , 7 ) . p ^")  # brackets among other marks: noise still


def test_a_plain_texts_table_and_formula_are_kept() -> None:
    text = BODY.format(line="The fee each barge pays:") + "\n| Barge | 1 | 2 | 3 |\n| Osprey | 4 | 5 | 6 |\n\nf = ( a + b ) * 2\n"
    result = import_text(text, "review.txt")
    assert "Osprey" in result.markdown and "( a + b )" in result.markdown
    assert not any("noise" in problem.message for problem in result.problems)
