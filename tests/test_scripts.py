"""The theme's scripts pass a JavaScript linter: oxlint, from its PyPI wheel (requirements-test.txt, installed by
make test-deps), run offline with the repository's .oxlintrc.json (correctness rules, undefined names, unused
variables, strict equality)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OXLINT = Path(sys.executable).parent / "oxlint"
SCRIPTS = ROOT / "theme" / "static" / "js"


def lint(*paths: Path) -> subprocess.CompletedProcess:
    assert OXLINT.exists(), f"{OXLINT} is missing: make test-deps installs it (requirements-test.txt)"
    command = [str(OXLINT), "-c", str(ROOT / ".oxlintrc.json"), "--deny-warnings", *map(str, paths)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_theme_scripts_pass_the_linter():
    result = lint(SCRIPTS)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = re.search(r"on (\d+) files", result.stdout)
    assert checked and int(checked.group(1)) == len(list(SCRIPTS.glob("*.js"))), result.stdout


def test_the_linter_finds_an_undefined_name_and_a_loose_comparison(tmp_path):
    script = tmp_path / "bad.js"
    script.write_text('(function () {\n  "use strict";\n  var count = 1;\n  if (count == 2) undefinedHelper();\n})();\n', encoding="utf-8")
    result = lint(script)
    assert result.returncode != 0
    assert "no-undef" in result.stdout and "eqeqeq" in result.stdout, result.stdout
