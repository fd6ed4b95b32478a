"""The registry's corrections of the detector: [[not_a_speaker]] gives a name's credits to nobody, [[credit]] credits one
quote by hand; a correction that changes nothing says so; bad tables fail with the registry's file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build, site_digest
from dossier.actors import parse_registry
from dossier.model import ContentError
from speakers.review import read_book, review

REPORT = """+++
title = "Harbour repairs"
slug = "harbour"
date = 2025-03-14
summary = "Two rules pass."
+++

The assembly approved two rules on Thursday.

## Quotes

Ilse Brandt (Harbour Bloc, AT), rapporteur for the repair rule, said: “A town can start rebuilding its quay within weeks.”

The Left Bloc stated: “We have shown the assembly can move quickly for families by the sea.”

“Fishing crews will get their boats back on the water sooner,” said Ana Roe, a harbour master.

Marta Kiel and Ivo Sand said: “The reserve fund must reach the small ports first.”

The sign on the quay read: “No mooring after dark on storm nights.”
"""


def content(tmp_path: Path, registry: str, report: str = REPORT) -> Path:
    folder = tmp_path / "content"
    (folder / "reports").mkdir(parents=True)
    (folder / "reports" / "harbour.md").write_text(report, encoding="utf-8")
    (folder / "actors.toml").write_text(registry, encoding="utf-8")
    return folder


def credits(folder: Path) -> dict[str, str]:
    """Each statement's first words -> its speaker's name."""
    book = read_book(str(folder))
    return {" ".join(s.quote.split()[:3]): book.registry[s.speaker].name for s in book.statements}


def test_the_report_as_the_detector_reads_it(tmp_path):
    # what the corrections below change
    found = credits(content(tmp_path, ""))
    assert found["We have shown"] == "Left Bloc"
    assert found["Fishing crews will"] == "Ana Roe"
    assert found["The reserve fund"] in ("Marta Kiel", "Ivo Sand")


def test_a_name_written_as_no_speaker_loses_its_credits_to_nobody_with_the_registry_line_as_why(tmp_path):
    folder = content(tmp_path, '[[not_a_speaker]]\nname = "left bloc"\n')
    book = read_book(str(folder))
    assert "Left Bloc" not in {book.registry[s.speaker].name for s in book.statements}
    assert [a.name for a in book.provisional if a.name == "Left Bloc"] == []
    assert any(quote.startswith("We have shown") for *_, quote in book.unattributed)
    printed = tmp_path / "printed.txt"
    with printed.open("w", encoding="utf-8") as out:
        review(str(folder), out=out)
    text = printed.read_text(encoding="utf-8")
    assert "why: " + str(folder / "actors.toml") + ":1 says 'left bloc' is no speaker" in text
    assert "Left Bloc (left-bloc" not in text


def test_a_credit_gives_one_quote_to_the_speaker_it_names_and_to_nobody(tmp_path):
    registry = """
[[credit]]
quote = "“We have shown the ASSEMBLY can move"
speaker = "Tomas Vell"

[[credit]]
quote = "boats back on the water"
speaker = "nobody"
"""
    folder = content(tmp_path, registry)
    book = read_book(str(folder))
    found = {" ".join(s.quote.split()[:3]): s for s in book.statements}
    assert book.registry[found["We have shown"].speaker].name == "Tomas Vell"
    assert found["We have shown"].sieve == "registry"
    assert found["We have shown"].sieve_detail == f"the correction at {folder / 'actors.toml'}:2"
    assert "Fishing crews will" not in found
    assert "Ana Roe" not in {a.name for a in book.provisional}
    assert book.credit_uses == {2: [("harbour", 1)], 6: [("harbour", 1)]}


def test_a_credit_names_a_registry_actor_by_id_or_alias_and_replaces_a_joint_credit(tmp_path):
    registry = """
[[actor]]
id = "kiel"
name = "Marta Kiel"
aliases = ["Kiel"]

[[credit]]
quote = "reserve fund must reach"
speaker = "Kiel"
"""
    book = read_book(str(content(tmp_path, registry)))
    joint = [s for s in book.statements if s.quote.startswith("The reserve fund")]
    assert [s.speaker for s in joint] == ["kiel"]


def test_a_credit_gives_a_quote_the_detector_left_to_nobody_a_speaker_in_reading_order(tmp_path):
    folder = content(tmp_path, '[[credit]]\nquote = "No mooring after dark"\nspeaker = "Harbour Board"\nreport = "harbour.md"\n')
    book = read_book(str(folder))
    last = book.by_report["harbour"][-1]
    assert book.registry[last.speaker].name == "Harbour Board"
    assert last.quote == "No mooring after dark on storm nights."
    assert last.date_is_guess and not any(q.startswith("No mooring") for *_, q in book.unattributed)


@pytest.mark.parametrize(
    ("quote", "report", "warning"),
    [
        ("approved two rules on Thursday", "", "matches no quote the detector found"),
        ("We have shown", "other.md", "names the report 'other.md', which is not among the reports"),
        ("“ on the", "", "is too short"),
    ],
)
def test_a_credit_that_changes_nothing_says_why(tmp_path, quote, report, warning):
    registry = f'[[credit]]\nquote = "{quote}"\nspeaker = "nobody"\n' + (f'report = "{report}"\n' if report else "")
    folder = content(tmp_path, registry)
    if warning == "is too short":
        with pytest.raises(ContentError, match="is too short"):
            read_book(str(folder))
        return
    printed = tmp_path / "printed.txt"
    with printed.open("w", encoding="utf-8") as out:
        review(str(folder), out=out)
    assert f"{folder / 'actors.toml'}:1: the [[credit]] for “{quote}” {warning}" in printed.read_text(encoding="utf-8")


def test_a_credit_whose_words_match_two_quotes_changes_neither(tmp_path):
    report = REPORT.replace("No mooring after dark on storm nights.", "A town can start rebuilding its quay within weeks, and soon.")
    report = report.replace("The sign on the quay read:", "Omar Lisk said:")
    folder = content(tmp_path, '[[credit]]\nquote = "A town can start rebuilding"\nspeaker = "nobody"\n', report)
    book = read_book(str(folder))
    assert len([s for s in book.statements if s.quote.startswith("A town can start")]) == 2
    assert book.credit_uses == {1: [("harbour", 2)]}


@pytest.mark.parametrize(
    ("registry", "line", "message"),
    [
        ('[[credit]]\nquote = "A town can start"\nspeaker = "nobody"\nwho = "x"\n', 1, "unknown credit field 'who'"),
        ('[[credit]]\nquote = "A town can start"\n', 1, "speaker is required"),
        ('\n[[not_a_speaker]]\nname = ""\n', 2, "name is required"),
        ('[[actor]]\nname = "Left"\n\n[[not_a_speaker]]\nname = "left"\n', 4, "is an actor of this registry (line 1)"),
        ('[[credit]]\nquote = "…………………………"\nspeaker = "nobody"\n', 1, "is too short"),
        ('[[not_a_speaker]]\nname = "Left"\n[[credit]]\nquote = "A town can start"\nspeaker = "LEFT"\n', 3, "is written as no speaker at line 1"),
        ('[[not_a_speaker]]\nnames = ["Left"]\n', 1, "unknown not_a_speaker field 'names'"),
        ('not_a_speaker = "Left"\n', 1, "must be a list of [[not_a_speaker]] tables"),
        ("[[credits]]\n", 1, "write each actor as an [[actor]] table (and corrections as [[not_a_speaker]] or [[credit]])"),
    ],
)
def test_a_bad_correction_names_the_registry_line(registry, line, message):
    with pytest.raises(ContentError) as raised:
        parse_registry(registry, "actors.toml")
    assert raised.value.line == line and message in str(raised.value)


def test_a_site_built_with_corrections_shows_them_and_a_warm_build_after_editing_them_equals_a_cold_one(tmp_path):
    folder = content(tmp_path, '[[not_a_speaker]]\nname = "Left Bloc"\n')
    output = tmp_path / "output"
    built = run_build(folder, output)
    assert built.returncode == 0, built.stderr
    assert not (output / "speakers" / "left-bloc.html").exists()
    assert (output / "speakers" / "ana-roe.html").exists()
    (folder / "actors.toml").write_text(
        '[[credit]]\nquote = "We have shown"\nspeaker = "Tomas Vell"\n[[credit]]\nquote = "nothing like it"\nspeaker = "nobody"\n', encoding="utf-8"
    )
    warm = run_build(folder, output)
    assert warm.returncode == 0, warm.stderr
    assert "actors.toml:4: the [[credit]] for “nothing like it” matches no quote" in warm.stderr
    page = (output / "speakers" / "tomas-vell.html").read_text(encoding="utf-8")
    assert "We have shown the assembly can move quickly" in page
    assert not (output / "speakers" / "left-bloc.html").exists()
    cold_folder = tmp_path / "cold"
    cold_folder.mkdir()
    cold_content = content(cold_folder, (folder / "actors.toml").read_text(encoding="utf-8"))
    cold = run_build(cold_content, cold_folder / "output")
    assert cold.returncode == 0, cold.stderr
    assert site_digest(output) == site_digest(cold_folder / "output"), "the warm build differs from a cold one"


def test_a_name_written_as_no_speaker_bars_that_name_only_not_a_speaker_whose_alias_it_is(tmp_path):
    folder = content(tmp_path, '[[not_a_speaker]]\nname = "Roe"\n')
    book = read_book(str(folder))
    assert "Ana Roe" in {book.registry[s.speaker].name for s in book.statements}
    printed = tmp_path / "printed.txt"
    with printed.open("w", encoding="utf-8") as out:
        review(str(folder), out=out)
    assert f"{folder / 'actors.toml'}:1: the [[not_a_speaker]] 'Roe' is a name the detector credited nowhere" in printed.read_text(encoding="utf-8")


def test_the_same_words_said_by_two_speakers_in_one_paragraph_are_two_quotes_and_a_credit_changes_neither(tmp_path):
    report = REPORT.replace(
        "The sign on the quay read: “No mooring after dark on storm nights.”",
        "Ida Berg said “keep the lights on” and Omar Lisk answered “keep the lights on” too.",
    )
    folder = content(tmp_path, '[[credit]]\nquote = "keep the lights on"\nspeaker = "nobody"\n', report)
    book = read_book(str(folder))
    said = sorted(book.registry[s.speaker].name for s in book.statements if s.quote == "keep the lights on")
    assert said == ["Ida Berg", "Omar Lisk"]
    assert book.credit_uses == {1: [("harbour", 2)]}


def test_a_credit_matches_across_inner_quotation_marks_and_names_its_report_by_path(tmp_path):
    report = REPORT.replace("No mooring after dark on storm nights.", "Ferries ‘should never wait’ for cargo ships.")
    folder = content(tmp_path, '[[credit]]\nquote = "Ferries should never wait"\nspeaker = "Harbour Board"\nreport = "reports/harbour.md"\n', report)
    book = read_book(str(folder))
    assert book.registry[book.by_report["harbour"][-1].speaker].name == "Harbour Board"


def test_narration_repeating_the_words_of_the_one_quote_does_not_make_two_quotes(tmp_path):
    report = REPORT.replace(
        "The sign on the quay read: “No mooring after dark on storm nights.”",
        "The slogan, keep the lights on, was painted on the quay. “Keep the lights on,” Ida Berg said.",
    )
    folder = content(tmp_path, '[[credit]]\nquote = "keep the lights on"\nspeaker = "Omar Lisk"\n', report)
    book = read_book(str(folder))
    assert [book.registry[s.speaker].name for s in book.statements if s.quote.startswith("Keep the lights")] == ["Omar Lisk"]
    assert book.credit_uses == {1: [("harbour", 1)]}
