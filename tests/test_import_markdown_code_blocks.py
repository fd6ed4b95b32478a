"""A Markdown export's fenced code blocks and folding boxes: code is kept as code, never read as headings or text."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "---\ntitle: Harbour Dashboards for Readers\ndate: 2024-03-04\nauthor: Ada Roe\n---\n"
BEFORE = "The harbour board published its figures on Monday, and readers asked how to check them.\n\n## How to start\n\nStart with a plain table.\n\n"
AFTER = "\nThe chart then shows the season at a glance, which is what the board wanted.\n\n## What we owe the reader\n\nA chronology.\n"
CODE = "```python\n# Save as run.py, then:\n#   pip install pandas\n\n# read the table\nx = 1\n```\n"


def _body(middle: str) -> str:
    return import_text(HEAD + BEFORE + middle + AFTER, "dashboards.md").markdown.split("+++")[2]


def test_a_fenced_code_block_is_kept_as_it_is_and_its_comments_are_no_headings() -> None:
    body = _body(CODE)
    assert CODE in body
    assert [line for line in body.splitlines() if line.startswith("## ")] == ["## How to start", "## What we owe the reader"]


def test_a_tilde_fence_and_a_longer_backtick_fence_hold_shorter_fences() -> None:
    code = "~~~\n# not a heading\n```\n~~~\n\n````\n# nor this\n```\n````\n"
    body = _body(code)
    assert "~~~\n# not a heading\n```\n~~~" in body and "````\n# nor this\n```\n````" in body
    assert "## not a heading" not in body and "## nor this" not in body


def test_a_code_block_in_a_folding_box_keeps_the_box_label_as_text() -> None:
    body = _body(f'<details markdown="1">\n<summary>A starter script (optional)</summary>\n\n{CODE}</details>\n')
    assert "\nA starter script (optional)\n" in body and CODE in body
    assert "details" not in body and "summary" not in body


def test_near_miss_a_fence_never_closed_leaves_the_lines_as_text() -> None:
    body = _body("```\n\nThe port reopened in May.\n\n## Later years\n\nTraffic grew.\n")
    assert "```" not in body.replace("\\`", "`").split("The port")[1]
    assert "## Later years" in body and "The port reopened in May." in body


def test_a_site_builds_the_code_block_as_preformatted_code(tmp_path) -> None:
    from pathlib import Path

    from conftest import run_build

    root = Path(__file__).resolve().parent.parent
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((root / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    result = import_text(HEAD + BEFORE + CODE + AFTER, "dashboards.md")
    (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
    built = run_build(content, tmp_path / "output")
    assert built.returncode == 0, built.stderr
    page = next((tmp_path / "output").rglob(f"{result.slug}/how-to-start.html")).read_text(encoding="utf-8")
    assert '<pre><code class="language-python"># Save as run.py, then:' in page


def test_a_fence_indented_under_a_lists_item_is_a_code_block_taken_out_of_the_indent() -> None:
    body = _body(
        "1. Fetch the figures:\n\n    ```bash\n    # fetch the table\n    curl -O https://example.org/t.csv\n    ```\n\n2. Open the table.\n"
    )
    # taken out of the export's indent, written again under its step's text (three wide, '1. '): the list runs on past it
    assert "1. Fetch the figures:\n\n   ```bash\n   # fetch the table\n   curl -O https://example.org/t.csv\n   ```\n\n2. Open the table." in body
    assert "fetch the table\n" not in body.replace("# fetch the table\n", "")


def test_near_miss_a_fence_indented_four_spaces_more_inside_a_block_does_not_close_it() -> None:
    code = "```\n# read the table\n    ```\nx = 1\n```\n"
    assert code in _body(code)


def test_a_fence_never_closed_does_not_keep_a_later_block_of_another_mark_from_being_code() -> None:
    body = _body("```\nThe port reopened in May.\n\n~~~\n# not a heading\n~~~\n")
    assert "~~~\n# not a heading\n~~~" in body and "## not a heading" not in body
