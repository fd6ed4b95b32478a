"""The importer on the layouts real reports come in: each rule on a small passage of our own, and fallbacks that still build."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from dossier.document import read_report
from dossier.importer import import_text

ROOT = Path(__file__).resolve().parent.parent
PROSE = "The minister spoke at length about the borders of the region and the corridor, as the agencies reported that week"


def imported(text: str, name: str = "export.txt"):
    return import_text(text, name)


def problems(result) -> list[str]:
    return [str(p) for p in result.problems]


def built(result):
    """The imported Markdown read back exactly as the site build reads it."""
    return read_report(result.markdown, "reports/x.md")


def test_no_title_no_date_no_byline_no_heading_still_builds_with_one_problem_each():
    result = imported(f"{PROSE}.\n\nA second paragraph of the same export, still without any heading at all in it.\n", "gulf-brief_2024.txt")
    report = built(result)
    messages = problems(result)
    assert report.title == "Gulf brief 2024" and sum("no title found" in m for m in messages) == 1
    assert report.date is None and sum("no publication date" in m for m in messages) == 1 and 'date = "unknown"' in result.markdown
    assert report.authors == [] and sum("no byline" in m for m in messages) == 1
    assert sum("no section headings" in m for m in messages) == 1 and [s.slug for s in report.sections] == ["index"]
    assert any("date unknown" in w for w in report.warnings)


def test_the_title_falls_back_to_the_first_heading_like_line_and_a_date_near_the_top():
    text = f"{PROSE}.\n\nRegional Diplomacy After The War\n\nPublished: Oct. 27, 2015\n\n{PROSE}, again.\n"
    result = imported(text)
    assert built(result).title == "Regional Diplomacy After The War"
    assert built(result).date.isoformat() == "2015-10-27"


@pytest.mark.parametrize(
    "line, day",
    [
        ("2022-03-06 12:00:00 +0800", "2022-03-06"),
        ("Oct. 27, 2015", "2015-10-27"),
        ("27 October 2015", "2015-10-27"),
        ("2015-10-27", "2015-10-27"),
        ("Published: October 27, 2015", "2015-10-27"),
        ("Updated on 27 October 2015, 10:30 GMT", "2015-10-27"),
    ],
)
def test_date_lines_of_the_genre(line, day):
    result = imported(f"A Report On The Corridor\n\n{line}\n\n{PROSE}.\n")
    assert built(result).date.isoformat() == day and built(result).title == "A Report On The Corridor"


def test_a_byline_without_by_a_team_byline_and_a_kicker_beside_the_headline():
    text = f"Short Title\n\nThe Long Headline: What The Corridor Means For The Region\n\nJane Roe and John Doe\n\n2022-09-07 12:00:00 +0800\n\n{PROSE}.\n"
    report = built(imported(text))
    assert report.title == "The Long Headline: What The Corridor Means For The Region"
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]
    team = built(
        imported(f"Gulf Update 3/6\n\nA standfirst sentence that sums up the update for 2022.\n\nGulf Research Team\n\n2022-03-06\n\n{PROSE}.\n")
    )
    assert [a.name for a in team.authors] == ["Gulf Research Team"]
    assert team.summary == "A standfirst sentence that sums up the update for 2022."


def test_site_boilerplate_before_the_title_is_dropped_and_counted():
    text = (
        "Skip to content\n\nWarning: Undefined variable $post in /var/www/html/wp-content/themes/x/single.php on line 42\n\n"
        f"We use cookies to improve your experience. Accept all cookies\n\nA Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE}.\n\nSubscribe to our newsletter\n"
    )
    result = imported(text)
    report = built(result)
    assert report.title == "A Report On The Corridor"
    assert set(result.dropped) == {"skip link", "server error", "cookie banner", "sign-up form"}
    body = " ".join(p.text for s in report.sections for p in s.paragraphs)
    assert "cookies" not in body and "Subscribe" not in body and "line 42" not in body
    assert any(line.startswith("dropped as page furniture: ") and "skip link ×1" in line for line in result.summary)


def test_a_contents_list_and_a_list_of_figures_are_not_sections():
    text = (
        "A Report On The Corridor\n\nMarch 3, 2024\n\nContents\n\n• Overview\n• Relations With The Neighbours\n\nFigures\n\n• Figure 1. Map of the region\n\n"
        f"Summary\n\n{PROSE}.\n\nOverview\n\n{PROSE}, in brief.\n\nFigure 1. Map of the region\n\nSource: Made by the authors from public data, 2024.\n\n"
        f"Relations With The Neighbours\n\n{PROSE}, and more.\n"
    )
    result = imported(text)
    report = built(result)
    assert [s.title for s in report.chapters] == ["Summary", "Overview", "Relations With The Neighbours"]
    assert result.dropped["contents list"][0] == "Contents" and result.dropped["list of figures"][0] == "Figures"
    assert ":::{figure}\n:credit: Source: Made by the authors from public data, 2024.\n\nFigure 1. Map of the region\n:::" in result.markdown


def test_a_pull_quote_repeating_a_body_sentence_is_dropped_but_digest_bullets_repeating_it_stay():
    sentence = "Support from the religious establishment provides the leader with a halo of spiritual blessing for the war"
    text = (
        f"A Report On The Corridor\n\nMarch 3, 2024\n\n• {sentence}.\n\n{PROSE}.\n\n{sentence}\n\n"
        f"Section Two\n\nIn the capital, {sentence.lower()}, and the clergy say so often in sermons and interviews.\n"
    )
    result = imported(text)
    assert result.dropped == {"pull quote": [sentence]}
    assert f"- {sentence}." in result.markdown


def test_a_pull_quotes_credit_line_goes_with_it_and_does_not_become_a_heading():
    quote = "We ourselves increase the risks of sanctions by publicly reporting on who will carry what and from where"
    text = (
        f"A Report On The Corridor\n\nMarch 3, 2024\n\n“{quote},” Evgeny Krivosheev, the firm’s head of production, wrote in a blog post.\n\n"
        f"{PROSE}.\n\n“{quote}.”\nEvgeny Krivosheev, F+ tech’s head of production and development\n\n“I’m not sure what goods are moving,” he said.\n"
    )
    result = imported(text)
    assert result.dropped == {"pull quote": [f"“{quote}.”", "Evgeny Krivosheev, F+ tech’s head of production and development"]}
    assert "## Evgeny" not in result.markdown


def test_a_quotation_with_its_cue_quoted_again_inside_a_later_sentence_is_text_not_a_pull_quote():
    """An analysis quotes a line with its cue, then runs the same words into a sentence of its own to comment on them:
    the first is the story's paragraph. Near misses: the quotation alone on its line, and the quotation with a name line
    where the longer paragraph gives the same words as a quotation of their own, are pull quotes."""
    quote = "We have seen the crews probing the harbour systems and the rail yards as well"
    commented = f"When Brennick said “{quote[0].lower() + quote[1:]},” she was tying the port to the wider pattern of intrusions."
    given = f"Brennick spoke for an hour and took few questions. “{quote}.” She said the agency would publish its findings in May."
    between = "The agency did not say which crews it meant, nor whether they had stayed inside the networks for long."
    cued = f"“{quote},” Brennick said."
    for line, later, dropped in ((cued, commented, False), (f"“{quote}.”", commented, True), (cued, given, True)):
        text = f"A Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE}.\n\n{line}\n\n{between}\n\n{later}\n"
        result = imported(text)
        assert (result.dropped.get("pull quote") == [line]) is dropped, (line, later)
        assert (line in result.markdown) is not dropped, (line, later)


def test_numbered_paragraphs_become_an_ordered_list_and_an_introducing_colon_line_is_not_a_heading():
    text = f"A Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE}.\n\nThe forces are engaged in three efforts at this time:\n\n1. Main effort — the capital.\n\n2. Supporting effort — the coast.\n"
    result = imported(text)
    assert (
        "The forces are engaged in three efforts at this time:\n\n1. Main effort — the capital.\n2. Supporting effort — the coast." in result.markdown
    )
    items = [p for s in built(result).sections for p in s.paragraphs if p.kind == "item"]
    assert len(items) == 2


@pytest.mark.parametrize(
    "body, notes",
    [
        ("claimed it.[1] And again.[2]", "Notes\n\n[1] IRNA, March 1, 2024.\n\n[2] Mehr, March 2, 2024."),
        ("claimed it.[iv] And again.[v]", "Endnotes\n\n[iv] IRNA, March 1, 2024.\n\n[v] Mehr, March 2, 2024."),
        ("claimed it.1 And he called it “Destiny.”2 Then more.", "Footnotes\n\n1. IRNA, March 1, 2024.\n\n2. Mehr, March 2, 2024."),
        ("claimed it.1 And again.2", "Notes\n\n1 IRNA, March 1, 2024.\n\n2 https://www.example.org/story/2"),
    ],
)
def test_each_note_style_gives_defined_and_resolved_notes(body, notes):
    result = imported(f"A Report On The Corridor\n\nMarch 3, 2024\n\nThe minister {body}\n\n{notes}\n")
    report = built(result)
    assert len(report.notes) == 2 and all(n.defined and n.citations for n in report.notes.values())
    assert [p for p in problems(result) if "note" in p] == []


def test_glued_digits_that_do_not_run_in_note_order_stay_text():
    result = imported(
        "A Report On The Corridor\n\nMarch 3, 2024\n\nThe minister claimed it.1 The G20 met in 2019. It was page.7 of it.\n\nNotes\n\n1. IRNA, March 1, 2024.\n"
    )
    assert "it.[^1]" in result.markdown and "page.7" in result.markdown and "G20" in result.markdown


def test_author_date_citations_and_a_reference_list_stay_text():
    text = (
        f"A Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE} (Kallio, 2011, pp. 54–55).\n\nReferences\n\n"
        "Kallio, J. (2011). Tradition in Chinese politics. Helsinki: FIIA.\n\nSmith, A. (2019). The corridor. London: Verso.\n"
    )
    result = imported(text)
    report = built(result)
    assert report.notes == {}
    texts = [p.text for s in report.sections for p in s.paragraphs]
    assert any("(Kallio, 2011, pp. 54–55)" in t for t in texts) and any(t.startswith("Kallio, J. (2011)") for t in texts)
    assert "References" in [s.title for s in report.chapters]


def run_import(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "invoke"), "-r", str(ROOT), "import-report", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_a_dry_run_prints_the_summary_and_writes_nothing(tmp_path):
    export = tmp_path / "export.txt"
    export.write_text(f"A Report On The Corridor\n\nMarch 3, 2024\n\nBy Jane Roe\n\nOverview\n\n{PROSE}.\n", encoding="utf-8")
    content = tmp_path / "content"
    result = run_import(str(export), "--content", str(content), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "title: 'A Report On The Corridor'" in result.stdout and "date: 2024-03-03" in result.stdout and "sections: 1 top-level" in result.stdout
    assert "dry run" in result.stdout and not content.exists()


@pytest.mark.parametrize("slug", ["../x", "a/b", "/tmp/abs", "", "a b", "x" * 300])
def test_a_slug_that_is_not_plain_is_refused_and_nothing_is_written(tmp_path, slug):
    export = tmp_path / "export.txt"
    export.write_text(f"A Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE}.\n", encoding="utf-8")
    result = run_import(str(export), "--content", str(tmp_path / "content"), "--slug", slug, cwd=tmp_path)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "--slug" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["export.txt"]


@pytest.mark.parametrize(
    "raw, message",
    [(b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), ("caf\xe9 au lait\n".encode("latin-1"), "not UTF-8")],
)
def test_bad_input_is_one_line_naming_the_file_and_nothing_is_written(tmp_path, raw, message):
    export = tmp_path / "export.txt"
    export.write_bytes(raw)
    result = run_import(str(export), "--content", str(tmp_path / "content"), cwd=tmp_path)
    assert result.returncode == 1 and message in result.stderr and str(export) in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "content").exists()


def test_the_seed_report_imports_to_the_committed_content_file(seed_text):
    result = import_text(seed_text, "000_eda32117bbafeb36.txt")
    committed = (ROOT / "content" / "reports" / "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii.md").read_text(encoding="utf-8")
    assert result.markdown == committed


def test_headings_keep_their_text_exactly():
    result = imported(f"A Report On The Corridor\n\nMarch 3, 2024\n\nKey Takeaways\n\n• One.\n\nKey Events\n\nMilitary Events\n\n{PROSE}.\n")
    assert re.findall(r"^(#+) (.*)$", result.markdown, re.M) == [("##", "Key Takeaways"), ("##", "Key Events"), ("###", "Military Events")]


def test_a_digests_day_headings_are_sub_sections_of_their_timeline():
    text = (
        f"A Report On The Corridor\n\nApril 18, 2023\n\n{PROSE}.\n\nTimeline Of Military Activities\n\nSunday, April 2\n\n• One event.\n\nMonday, April 3\n\n• Another.\n\n"
        f"Timeline Of Diplomatic Activities\n\n{PROSE}, in short.\n\nTuesday, April 4\n\n• A third.\n"
    )
    headings = re.findall(r"^(#+) (.*)$", imported(text).markdown, re.M)
    assert headings == [
        ("##", "Timeline Of Military Activities"),
        ("###", "Sunday, April 2"),
        ("###", "Monday, April 3"),
        ("##", "Timeline Of Diplomatic Activities"),
        ("###", "Tuesday, April 4"),
    ]


def test_a_label_repeated_under_every_provision_is_a_line_not_a_heading():
    provisions = "".join(f"Provision {n}\n\nParties acting: Russia, Ukraine\n\n{PROSE}, provision {n}.\n\n" for n in range(1, 4))
    result = imported(f"A Report On The Corridor\n\nMarch 3, 2024\n\n{PROSE}.\n\n{provisions}")
    assert "## Parties acting" not in result.markdown and result.markdown.count("Parties acting: Russia, Ukraine") == 3


def test_every_corpus_text_imports_and_builds_as_one_site(tmp_path):
    """The development corpus (tests/corpus, copied with its Source lines) and the saved-page fixtures."""
    from conftest import run_build
    from dossier.reportimport import read_export

    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((ROOT / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    exports = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "saved-page").glob("*.html"))
    assert len(exports) >= 10
    for path in exports:
        source = tmp_path / path.name
        if path.suffix == ".txt":
            source.write_text(path.read_text(encoding="utf-8").split("\n", 2)[2], encoding="utf-8")
        else:
            source.write_bytes(path.read_bytes())
        slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower())
        result = read_export(str(source), None, slug)
        (content / "reports" / f"{slug}.md").write_text(result.markdown, encoding="utf-8")
    built = run_build(content, tmp_path / "output")
    assert built.returncode == 0, built.stderr
    overviews = list((tmp_path / "output" / "reports").glob("*/index.html"))
    assert len(overviews) == len(exports)


def test_a_quote_collections_name_line_with_its_quote_is_a_paragraph_but_a_dispatchs_quoted_subhead_is_a_heading():
    text = (
        "What They Are Saying About The Visit\n\nOctober 18, 2023\n\n"
        f"{PROSE}.\n\n"
        "Harbour Union, Advocacy Director for the Port Workers: “We thank the mayor for standing with us today.” [Tweet, 10/18/2023]\n\n"
        f"{PROSE}.\n\n"
        "Kayhan: “There Is Still Time To Thwart The Conspiracy”\n\n"
        f"{PROSE}.\n"
    )
    markdown = imported(text).markdown
    assert "## Harbour Union" not in markdown and "\nHarbour Union, Advocacy Director" in markdown
    assert "## Kayhan: “There Is Still Time To Thwart The Conspiracy”" in markdown


def test_a_bracketed_byline_over_a_reprinted_article_is_not_a_heading():
    text = f"A Statement On The Port\n\nMarch 3, 2024\n\n{PROSE}.\n\nA Cold Shoulder To The Quays\n\n(By Pavel Dorn)\n\n{PROSE}.\n"
    markdown = imported(text).markdown
    assert "## A Cold Shoulder To The Quays" in markdown and "# (By Pavel Dorn)" not in markdown and "(By Pavel Dorn)" in markdown


def test_end_summary_closes_the_summary_and_is_no_heading():
    text = f"A Report On The Port\n\nMarch 3, 2024\n\nSUMMARY\n\n{PROSE}.\n\nEND SUMMARY\n\nThe Quays\n\n{PROSE}.\n"
    result = imported(text)
    assert "END SUMMARY" not in result.markdown and result.dropped.get("summary marker") == ["END SUMMARY"]
    assert "## The Quays" in result.markdown


WIRE_STORY = f"""Port says it will reopen after four years

Feb 24, 2026

{PROSE}, and the ferries waited at the quay for a word from the council.

The harbour master spoke on the quay at dawn as the first ferry left

MARTA KOVACS

- 'Sirens and smoke' -

{PROSE}, while the crews counted the damage along the breakwater.

An infographic of the harbour showing the berths lost each year from 2022 to 2025

Tomas ADLER, Ivan HORVAT

Petra NOVAK

- Territory -

{PROSE}, and the council met again on Friday to settle the fees.
"""


def test_a_wire_storys_dashed_subheads_are_sections_and_capitals_credits_are_photos():
    result = imported(WIRE_STORY)
    report = built(result)
    assert [section.title for section in report.sections] == ["Introduction", "'Sirens and smoke'", "Territory"]
    assert "The harbour master spoke on the quay at dawn" in result.markdown and "Petra NOVAK" not in result.markdown


def test_a_single_line_between_dashes_stays_a_bullet():
    result = imported(f"Port report\n\nFeb 24, 2026\n\n{PROSE}.\n\n- Territory -\n\n{PROSE}, again.\n")
    assert [section.title for section in built(result).sections] != ["Territory"]


def test_a_news_agencys_byline_with_surnames_in_capitals_names_the_reporters():
    result = imported(f"Port says it will reopen\n\nMarta KOVACS with Tomas ADLER in Harbourtown AFP\n\nFeb 24, 2026\n\n{PROSE}.\n")
    assert [author.name for author in built(result).authors] == ["Marta Kovacs", "Tomas Adler"]


def test_a_name_with_an_initial_right_above_the_date_line_is_the_byline():
    result = imported(
        f"A Doomed Crossing\n\nA Doomed Crossing Shows the Perils of the East\n\nMarta E. Kovacs\n\n2022-05-25 12:00:00 +0800\n\n{PROSE}.\n"
    )
    assert [author.name for author in built(result).authors] == ["Marta E. Kovacs"]


def test_a_line_of_capitals_without_an_agency_is_no_byline():
    result = imported(f"Port says it will reopen\n\nMarta KOVACS with Tomas ADLER in Harbourtown\n\nFeb 24, 2026\n\n{PROSE}.\n")
    assert built(result).authors == []
