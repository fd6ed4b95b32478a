"""`invoke speakers`'s review lines for one statement: its date and the basis of its date, or "undated" alone."""

from __future__ import annotations

from pathlib import Path

from speakers.review import read_book, speaker_lines

REPORT = """+++
title = "The canal"
slug = "canal"
date = "2024-03-02"
summary = "The lock"
+++

## The lock

{sentence}
"""


def lines_for(tmp_path: Path, sentence: str) -> list[str]:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "canal.md").write_text(REPORT.format(sentence=sentence), encoding="utf-8")
    return speaker_lines(read_book(str(tmp_path)))


def test_an_undated_statement_says_undated_with_no_empty_basis(tmp_path):
    lines = lines_for(tmp_path, "The keeper spoke. “We will reopen the lock soon,” Marta Kowalczyk said last week.")
    dated = [line for line in lines if line.startswith("  - ")]
    assert dated == ["  - undated; no note; canal § The lock #p-1"]


def test_a_dated_statement_names_the_basis_of_its_date(tmp_path):
    lines = lines_for(tmp_path, "“We will reopen the lock soon,” Marta Kowalczyk said on March 1.")
    dated = [line for line in lines if line.startswith("  - ")]
    assert dated == ["  - March 1, 2024 (stated); no note; canal § The lock #p-1"]
