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
    result = import_text(BODY.format(line="ko . * 1 ( . * -* /_ r g’- ,- __ 41"), "review.txt")
    assert "summary = \"I acknowledge the harbour's first keepers" in result.markdown
    assert "/\\_" not in result.markdown and "-\\*" not in result.markdown
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
    assert not is_ocr_noise("a = b + c - d")  # short
    result = import_text(BODY.format(line="* * *"), "review.txt")
    assert not any("noise" in problem.message for problem in result.problems)
