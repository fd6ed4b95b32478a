"""A warm build of an archive whose reports bring speakers the registry does not know equals a build from scratch."""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
from pathlib import Path

from conftest import ROOT, build_seed_plus, run_build
from dossier.actors import fold_chars, load_registry
from dossier.analysis import analyse
from dossier.exports import StatementExports
from dossier.speakers import SpeakerBook
from test_incremental import assert_same_site

REPORTS = {
    "analyst-note.md": '+++\ntitle = "Analyst Note"\ndate = 2022-01-02\n+++\n\n## Outlook\n\n'
    'On January 1, 2022, analyst Oszlanyi said: "The talks will fail before spring."\n',
    "talks-review.md": '+++\ntitle = "Talks Review"\ndate = 2022-02-02\n+++\n\n## Review\n\n'
    'On February 1, 2022, Marek Oszlanyi said: "The talks failed, as I expected they would."\n\n'
    'On February 3, 2022, Iranian Foreign Minister Hossein Amir-Abdollahian said: "We will keep talking with Baku."\n',
    "border-digest.md": '+++\ntitle = "Border Digest"\ndate = 2022-03-02\n+++\n\n## March 1\n\n'
    'On March 1, 2022, spokesperson Lina Varga-Horvath said: "The border crossings are open again."\n',
}


def build(content: Path, output: Path) -> str:
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_warm_builds_after_one_report_edits_equal_builds_from_scratch_with_provisional_speakers(tmp_path):
    output, messages = build_seed_plus(tmp_path, REPORTS)
    content = tmp_path / "content"
    assert "speaker 'Marek Oszlanyi' is not in" in messages and "speaker 'Lina Varga-Horvath' is not in" in messages
    assert (output / "speakers" / "marek-oszlanyi.html").exists()
    assert not (output / "speakers" / "oszlanyi.html").exists()  # the bare surname is the one person of that name

    untouched = output / "data" / "reports" / "analyst-note" / "statements.csv"
    untouched_inode = os.stat(untouched).st_ino
    # an unedited report's map shard, and the graph export while the graph is the same, are the last build's files
    linked = [output / "data" / "map" / "analyst-note.js", output / "data" / "graph.gexf"]
    linked_inodes = [os.stat(path).st_ino for path in linked]
    edited_shard = output / "data" / "map" / "border-digest.js"
    edited_shard_inode = os.stat(edited_shard).st_ino
    border = content / "reports" / "border-digest.md"
    edits = [
        # a provisional speaker's words change
        lambda: edit(border, "are open again", "are open once more"),
        # a second Oszlanyi: the bare surname in another, unedited report no longer says which one it is
        lambda: border.write_text(
            border.read_text(encoding="utf-8") + '\nOn March 2, 2022, Petra Oszlanyi said: "We will reopen the consulate."\n', encoding="utf-8"
        ),
    ]
    for number, change in enumerate(edits):
        change()
        warm = build(content, output)
        assert re.search(r"analysed 4 report\(s\): 1 read, 3 unchanged", warm), warm
        if number == 0:  # the other reports' statements data is the last build's, not written again
            assert "site-wide files spliced" in warm, warm  # the site-wide files: the last build's rows and the edited report's
            assert os.stat(untouched).st_ino == untouched_inode
            assert [os.stat(path).st_ino for path in linked] == linked_inodes
            assert os.stat(edited_shard).st_ino != edited_shard_inode  # its report changed: made and written again
            assert "once more" in (output / "data" / "reports" / "border-digest" / "statements.csv").read_text(encoding="utf-8")
        scratch = tmp_path / f"scratch-{number}"
        build(content, scratch)
        assert_same_site(output, scratch)
    assert (output / "speakers" / "petra-oszlanyi.html").exists()
    assert (output / "speakers" / "oszlanyi.html").exists()  # analyst Oszlanyi is now a speaker of their own


def test_a_per_report_data_file_changed_by_hand_is_written_again(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / "talks-review.md").write_text(REPORTS["talks-review.md"], encoding="utf-8")
    output = tmp_path / "output"
    build(content, output)
    data = output / "data" / "reports" / "talks-review" / "statements.json"
    original = data.read_bytes()
    assert b"Marek Oszlanyi" in original
    data.write_bytes(original.replace(b"Marek", b"Marko"))
    build(content, output)
    assert data.read_bytes() == original


def test_site_wide_statements_data_is_the_last_builds_until_a_part_changes_or_a_hand_edit_keeps_its_size(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in REPORTS.items():
        (content / "reports" / name).write_text(text, encoding="utf-8")
    output = tmp_path / "output"
    build(content, output)
    data = output / "data" / "statements.json"
    original, first = data.read_bytes(), os.stat(data).st_ino
    build(content, output)  # nothing changed: the last build's file, linked
    assert data.read_bytes() == original and os.stat(data).st_ino == first
    tampered = original.replace(b"Marek Oszlanyi", b"Marko Oszlanyi")
    assert tampered != original and len(tampered) == len(original)
    inode = os.stat(data).st_ino
    with open(data, "r+b") as handle:  # in place: the same inode and size, only the bytes and the modification time
        handle.write(tampered)
    assert os.stat(data).st_ino == inode and os.stat(data).st_size == len(original)
    build(content, output)
    assert data.read_bytes() == original
    edit(content / "reports" / "border-digest.md", "are open again", "are open once more")
    build(content, output)
    assert b"are open once more" in data.read_bytes()
    build(content, tmp_path / "scratch")
    assert data.read_bytes() == (tmp_path / "scratch" / "data" / "statements.json").read_bytes()
    assert (output / "data" / "statements.csv").read_bytes() == (tmp_path / "scratch" / "data" / "statements.csv").read_bytes()


def test_statements_data_assembled_from_per_report_parts_equals_encoding_every_row(tmp_path):
    registry_path = str(ROOT / "content" / "actors.toml")
    texts = {name: text for name, text in REPORTS.items()}
    seed = next((ROOT / "content" / "reports").glob("*.md"))
    texts[seed.name] = seed.read_text(encoding="utf-8")
    prepared, reports = {}, []
    for name, text in sorted(texts.items()):
        found = analyse(text.encode(), name, load_registry(registry_path, "actors.toml"))
        prepared[found.report.slug] = found.extraction
        reports.append(found.report)
    book = SpeakerBook(reports, load_registry(registry_path, "actors.toml"), prepared)
    assert book.provisional and len(book.statements) > 20
    whole_json, whole_csv = io.StringIO(), io.StringIO(newline="")
    rows = book.rows()
    book.write_statements_json(whole_json, rows)
    book.write_statements_csv(whole_csv, rows)
    for attempt in ("encoded", "from the cache"):
        data = tmp_path / attempt / "data"
        data.mkdir(parents=True)
        exports = StatementExports(book, str(tmp_path / "cache"), "registry", "code")
        exports.write(str(data))
        assert exports.encoded == (len(reports) if attempt == "encoded" else 0)
        assert (data / "statements.json").read_text(encoding="utf-8") == whole_json.getvalue()
        assert (data / "statements.csv").read_bytes() == whole_csv.getvalue().encode()
        per_report = [
            json.loads((data / "reports" / r.slug / "statements.json").read_text(encoding="utf-8"))["statements"]
            for r in sorted(reports, key=lambda r: r.slug)
        ]
        assert sorted(json.dumps(row) for part in per_report for row in part) == sorted(
            json.dumps(row) for row in json.loads(whole_json.getvalue())["statements"]
        )
        assert all(row["report"] == r.slug for r, part in zip(sorted(reports, key=lambda r: r.slug), per_report, strict=True) for row in part)


def test_names_found_while_provisional_actors_come_and_go_equal_one_expression_of_every_name():
    """The registry keeps its compiled names and matches the provisional ones apart: the result must be what one
    expression of every name finds (leftmost, then longest), whatever was added or removed."""
    registry = load_registry(str(ROOT / "content" / "actors.toml"), "actors.toml")
    forms = sorted({f for f in registry._senses if f})
    extra = ["Hossein Amir", "Amir-Abdollahian Junior", "Kayhan daily news", "Lina Varga", "Varga-Horvath", "Tehran Times", "IRGC Navy", "Iran"]
    generator = random.Random(18)
    words = [*forms, *extra, "said", "and", "the", "met", "-", "'s", ",", "x"]
    texts = [" ".join(generator.choice(words) for _ in range(40)) for _ in range(300)]
    texts += [" ".join(generator.choice(words) for _ in range(40)).replace(" ", "") for _ in range(50)]

    def same() -> None:
        every_name = registry.pattern
        for text in texts:
            folded = fold_chars(text)
            assert [m.span() for m in registry._matches(folded)] == [m.span() for m in every_name.finditer(folded)], text

    same()
    added = []
    for number, name in enumerate(extra):
        added.append(registry.add_provisional(name, "r.md", number, aliases=[name.split()[-1]]))
        same()
    registry.remove(added[2].id)
    same()
    for actor in added:
        registry.remove(actor.id)
    same()
    registry.remove("kayhan")  # a name compiled into the registry's own expression
    same()


def test_relations_data_is_what_csv_writer_writes_for_its_rows(seed_site):
    import csv

    from dossier.mapdata import csv_field

    for field in ["plain", "a, b", 'say "no"', "line\nbreak", "cr\rhere", "", "'single'", "tab\there", " lead"]:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow([field, "x"])
        assert buffer.getvalue() == csv_field(field) + ",x\r\n"
    written = (seed_site / "data" / "relations.csv").read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(written, newline="")))
    assert len(rows) > 50 and any('"' in field for row in rows for field in row)
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == written


def test_relations_data_is_the_last_builds_while_its_readings_are_the_same_and_written_again_when_they_change(tmp_path):
    output, _ = build_seed_plus(tmp_path, REPORTS)
    content = tmp_path / "content"
    relations = output / "data" / "relations.csv"
    border = content / "reports" / "border-digest.md"
    before = relations.read_bytes()
    first = os.stat(relations).st_ino
    # a paragraph that names no one: the relations and their passages are what they were
    border.write_text(border.read_text(encoding="utf-8") + "\nThe weather stayed mild all week.\n", encoding="utf-8")
    build(content, output)
    assert os.stat(relations).st_ino == first and relations.read_bytes() == before
    build(content, tmp_path / "scratch-1")
    assert_same_site(output, tmp_path / "scratch-1")
    # a sentence that relates two actors: a new passage, the file made again
    border.write_text(
        border.read_text(encoding="utf-8") + "\nOn March 3, 2022, Lina Varga-Horvath met Hossein Amir-Abdollahian in Baku.\n", encoding="utf-8"
    )
    messages = build(content, output)
    assert os.stat(relations).st_ino != first and "met Hossein Amir-Abdollahian in Baku" in relations.read_text(encoding="utf-8")
    # spliced: the relations with no passage in the edited report copied from the last build's file
    assert re.search(r"relations\.csv: [1-9]\d* of \d+ relations written, [1-9]\d* copied", messages), messages
    build(content, tmp_path / "scratch-2")
    assert_same_site(output, tmp_path / "scratch-2")
    # the registry renames an actor: every row that names them changes
    registry = content / "actors.toml"
    registry.write_text(registry.read_text(encoding="utf-8").replace('"Hossein Amir-Abdollahian"', '"Hossein Amir Abdollahian"', 1), encoding="utf-8")
    build(content, output)
    assert "Hossein Amir Abdollahian" in relations.read_text(encoding="utf-8")
    build(content, tmp_path / "scratch-3")
    assert_same_site(output, tmp_path / "scratch-3")


def test_a_site_wide_statements_file_changed_by_hand_is_written_whole_while_the_other_is_spliced(tmp_path):
    output, _ = build_seed_plus(tmp_path, REPORTS)
    content = tmp_path / "content"
    data = output / "data" / "statements.csv"
    original = data.read_bytes()
    tampered = original.replace(b"Marek Oszlanyi", b"Marko Oszlanyi")
    assert tampered != original and len(tampered) == len(original)
    with open(data, "r+b") as handle:  # in place, the same size: only its bytes tell
        handle.write(tampered)
    edit(content / "reports" / "border-digest.md", "are open again", "are open once more")
    messages = build(content, output)
    assert "site-wide files spliced" in messages, messages
    build(content, tmp_path / "scratch")
    for name in ("statements.csv", "statements.json"):
        assert (output / "data" / name).read_bytes() == (tmp_path / "scratch" / "data" / name).read_bytes()
    assert b"Marko" not in data.read_bytes() and b"are open once more" in data.read_bytes()
    # the cache's record of where each row is, damaged: the files are written whole, the same
    (tmp_path / ".dossier-cache" / "output" / "statements-layout.pickle").write_bytes(b"not a layout")
    edit(content / "reports" / "border-digest.md", "are open once more", "are open again")
    messages = build(content, output)
    assert "site-wide files spliced" not in messages, messages
    build(content, tmp_path / "scratch-2")
    assert_same_site(output, tmp_path / "scratch-2")


NOTED = (
    '+++\ntitle = "Border Notes"\nslug = "border-notes"\ndate = 2022-04-02\n+++\n\n## April 1\n\nThe month began quietly.\n\n'
    'On April 1, 2022, spokesperson Lina Varga-Horvath said: "The border crossings stay open."[^1]\n\n'
    "[^1]: Border Agency, press release, April 1, 2022.\n"
)


def test_speaker_and_timeline_pages_are_the_last_builds_until_what_they_show_of_a_report_changes(tmp_path):
    """A speaker page, a timeline month and the statements data show statements, not the rest of their reports: an
    edit elsewhere in a report leaves them as the last build wrote them; a statement's note, section title or report
    title changed makes them again. Every warm build equals a build from scratch."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in {**REPORTS, "border-notes.md": NOTED}.items():
        (content / "reports" / name).write_text(text, encoding="utf-8")
    settings = tmp_path / "paged.py"  # the timeline in month pages
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_TIMELINE_PAGE = 5\n", encoding="utf-8")

    def build_paged(output: Path) -> None:
        result = run_build(content, output, "--settings", str(settings))
        assert result.returncode == 0, result.stderr

    output = tmp_path / "output"
    build_paged(output)
    noted = content / "reports" / "border-notes.md"
    # and the statements data, the report's own and the site-wide files
    pages = [
        output / "speakers" / "lina-varga-horvath.html",
        output / "timeline-2022-04.html",
        output / "data" / "reports" / "border-notes" / "statements.csv",
        output / "data" / "statements.json",
    ]
    assert all("Border Agency, press release" in page.read_text(encoding="utf-8") for page in pages)
    steps = [
        ("The month began quietly.", "The month began quietly enough.", None),  # no statement shows it
        ("press release", "statement to the press", "statement to the press"),  # the note a statement cites
        ("## April 1", "## April the first", "April the first"),  # the section a statement is in
        ('title = "Border Notes"', 'title = "Border Notes, Revised"', "Border Notes, Revised"),
    ]
    months = output / "timeline.html"  # the month index shows each report's title, not its statements' words or notes
    for number, (old, new, shown) in enumerate(steps):
        before = [os.stat(page).st_ino for page in pages]
        months_before = os.stat(months).st_ino
        edit(noted, old, new)
        build_paged(output)
        for page, inode in zip(pages, before, strict=True):
            if shown is None:
                assert os.stat(page).st_ino == inode, page  # linked from the last build, not rendered
            else:
                assert os.stat(page).st_ino != inode and shown in page.read_text(encoding="utf-8"), page
        if old.startswith("title"):
            assert os.stat(months).st_ino != months_before and shown in months.read_text(encoding="utf-8")
        else:
            assert os.stat(months).st_ino == months_before, old
        scratch = tmp_path / f"scratch-{number}"
        build_paged(scratch)
        assert_same_site(output, scratch)


MEETING = (
    '+++\ntitle = "Meeting Note"\ndate = 2022-03-06\n+++\n\n## March 5\n\n'
    "On March 5, 2022, Iranian Foreign Minister Hossein Amir-Abdollahian met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku.\n\n"
    'On March 5, 2022, spokesperson Ilona Kertesz-Fabian said: "The ministers met for two hours."\n'
)


def test_warm_builds_after_edits_that_remove_a_relation_and_a_speaker_equal_builds_from_scratch(tmp_path):
    """The edited report's share of the speaker book, the graph and the map rows goes, not only changes: its one
    relation and its provisional speaker's one statement are removed by two warm builds, each equal to a cold one."""
    output, messages = build_seed_plus(tmp_path, {**REPORTS, "meeting-note.md": MEETING})
    content = tmp_path / "content"
    assert "speaker 'Ilona Kertesz-Fabian' is not in" in messages
    speaker_page = output / "speakers" / "ilona-kertesz-fabian.html"
    assert speaker_page.exists()
    shard = output / "data" / "map" / "meeting-note.js"
    assert "contact" in shard.read_text(encoding="utf-8")
    note = content / "reports" / "meeting-note.md"
    edit(note, "Hossein Amir-Abdollahian met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku.", "the weather in Baku was mild.")
    warm = build(content, output)
    assert re.search(r"analysed 5 report\(s\): 1 read, 4 unchanged", warm), warm
    assert "contact" not in shard.read_text(encoding="utf-8")
    build(content, tmp_path / "scratch-relation")
    assert_same_site(output, tmp_path / "scratch-relation")
    edit(note, 'spokesperson Ilona Kertesz-Fabian said: "The ministers met for two hours."', "the talks ended.")
    warm = build(content, output)
    assert re.search(r"analysed 5 report\(s\): 1 read, 4 unchanged", warm), warm
    assert not speaker_page.exists()
    build(content, tmp_path / "scratch-speaker")
    assert_same_site(output, tmp_path / "scratch-speaker")
