"""A control character a scraper or a copy left in a text or a saved page (U+0010 in 'running around\\x10...') is
dropped by the import and named, so the report it writes builds; whitespace controls stay what they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier.document import read_report
from dossier.reportimport import read_export

LEDE = "The lamp rooms of the old quay leak in every storm, said keeper Tomas Vell, who has kept them for years."
QUOTE = '"I have heard of gulls nesting in there{}...The public ones are damp," he said.'


def _imported(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    result = read_export(str(path), None)
    read_report(result.markdown, "written.md")  # the build reads it without refusing it
    return result


@pytest.mark.parametrize("control", ["\x10", "\x01", "\x1f", "\x7f", "\x85"])
def test_a_control_character_in_a_text_is_dropped_and_named(tmp_path, control):
    result = _imported(tmp_path, "lamps.txt", f"Harbour lamps\n\n{LEDE}\n\n{QUOTE.format(control)}\n")
    assert "gulls nesting in there...The public" in result.markdown
    said = [line for line in result.inferred if "control character" in line]
    assert said == [f"line 5: 1 control character (U+{ord(control):04X}) dropped: no page shows them and a report may not hold them"]


def test_a_control_character_in_a_saved_page_is_dropped_with_the_page_line(tmp_path):
    page = f"<html><head><title>Harbour lamps</title></head><body><article>\n<h1>Harbour lamps</h1>\n<p>{LEDE}</p>\n<p>{QUOTE.format(chr(16))}</p>\n</article></body></html>"
    result = _imported(tmp_path, "lamps.html", page)
    assert "gulls nesting in there...The public" in result.markdown
    assert any(p.line == 4 and "1 control character (U+0010) dropped" in p.message for p in result.problems)


def test_a_reference_to_a_control_character_in_a_saved_page_is_dropped(tmp_path):
    page = f"<html><body><article><h1>Harbour&#16; lamps</h1><p>{LEDE}</p><p>{QUOTE.format('&#x10;')}</p></article></body></html>"
    result = _imported(tmp_path, "lamps.html", page)
    assert 'title = "Harbour lamps"' in result.markdown and "gulls nesting in there...The public" in result.markdown
    said = [p for p in result.problems if "control character" in p.message]
    assert [(p.line, p.message) for p in said] == [(1, "2 control characters (U+0010) dropped: no page shows them and a report may not hold them")]
    # a page with a control character and a reference on its later lines: one problem, the first one's line, both named
    page = f"<html><body><article>\n<h1>Harbour lamps</h1>\n<p>{LEDE}</p>\n<p>It stands&#x1; still.</p>\n<p>It\x7f waits.</p></article></body></html>"
    said = [p for p in _imported(tmp_path, "lamps.html", page).problems if "control character" in p.message]
    assert [(p.line, p.message) for p in said] == [
        (4, "2 control characters (U+0001, U+007F) dropped: no page shows them and a report may not hold them")
    ]


def test_whitespace_controls_stay_and_a_line_tabulation_ends_a_line(tmp_path):
    result = _imported(tmp_path, "lamps.txt", f"Harbour lamps\n\n{LEDE}\n\nThe quay was\x0bbuilt in stone.\tIt stands.\n")
    assert "The quay was built in stone." in result.markdown
    assert not [line for line in result.inferred if "control character" in line]
    # near miss: a C1 reference in a page is Windows-1252's character, as browsers read it
    page = f"<html><body><article><h1>Harbour lamps</h1><p>{LEDE}</p><p>It stands&#133; still.</p></article></body></html>"
    assert "It stands… still." in _imported(tmp_path, "lamps.html", page).markdown


@pytest.mark.parametrize(
    ("reference", "character"), [("&#x1F600;", "\U0001f600"), ("&#127881;", "\U0001f389"), ("&#1271;", "\u04f7"), ("&#x1f3c6", "\U0001f3c6")]
)
def test_a_reference_to_a_character_past_the_controls_is_read_whole(tmp_path, reference, character):
    page = f"<html><body><article><h1>Harbour lamps</h1><p>{LEDE}</p><p>The crowd cheered {reference} at the quay.</p></article></body></html>"
    result = _imported(tmp_path, "lamps.html", page)
    assert f"The crowd cheered {character} at the quay." in result.markdown
    assert not [p for p in result.problems if "control character" in p.message]


def test_a_reference_to_a_c1_code_windows_1252_leaves_empty_is_dropped(tmp_path):
    page = f"<html><body><article><h1>Harbour lamps</h1><p>{LEDE}</p><p>It stands&#129; still&#x9D;.</p></article></body></html>"
    assert "It stands still." in _imported(tmp_path, "lamps.html", page).markdown
