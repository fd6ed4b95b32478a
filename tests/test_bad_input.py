"""Bad input: one clear line naming file and line, a non-zero exit, no traceback, the previous output untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import run_build


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def good_output(content_copy, tmp_path):
    output = tmp_path / "output"
    assert run_build(content_copy, output).returncode == 0
    return output


BROKEN = {
    "bad-toml.md": ('+++\ntitle = "Broken"\ndate = 2024-01-01\nslug = "bad\n+++\n\nText.\n', "bad-toml.md:4: front matter is not valid TOML"),
    "no-front-matter.md": ("Just text, no front matter.\n", "no-front-matter.md:1: a report starts with front matter"),
    "no-title.md": ("+++\ndate = 2024-01-01\n+++\n\nText.\n", "no-title.md:1: 'title' is required"),
    "twice.md": ('+++\ntitle = "T"\ndate = 2024-01-01\n+++\n\nText.[^1]\n\n[^1]: A.\n\n[^1]: B.\n', "twice.md:10: note 1 is defined twice"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_report_fails_the_build_with_one_line_and_keeps_the_previous_output(name, content_copy, good_output):
    text, expected = BROKEN[name]
    (content_copy / "reports" / name).write_text(text, encoding="utf-8")
    before = tree_digest(good_output)
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and expected in errors[0], result.stderr
    assert tree_digest(good_output) == before
    assert not list(good_output.parent.glob("output.partial-*"))


def test_a_file_that_is_not_utf8_names_its_line(content_copy, good_output):
    (content_copy / "reports" / "latin.md").write_bytes('+++\ntitle = "T"\ndate = 2024-01-01\n+++\n\nCaf\xe9.\n'.encode("latin-1"))
    result = run_build(content_copy, good_output)
    assert result.returncode == 1 and "latin.md:6: is not UTF-8 text" in result.stderr


def test_two_reports_with_one_slug_are_an_error_naming_both(content_copy, good_output):
    original = next((content_copy / "reports").glob("*.md"))
    (content_copy / "reports" / "copy.md").write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_build(content_copy, good_output)
    assert result.returncode == 1
    assert "is already used by" in result.stderr and "copy.md" in result.stderr and original.name in result.stderr


def test_a_missing_note_only_warns_and_the_site_is_built(content_copy, tmp_path):
    result = run_build(content_copy, tmp_path / "out")
    assert result.returncode == 0
    assert "note 1 is cited but never defined" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_content_folder_is_a_clear_error(tmp_path):
    result = run_build(tmp_path / "nowhere", tmp_path / "out")
    assert result.returncode == 1 and "content folder not found" in result.stderr and "Traceback" not in result.stderr
