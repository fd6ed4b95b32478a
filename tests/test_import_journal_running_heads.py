"""A journal's article as PDF text: the odd pages' running head names the journal and its issue ('THE HARBOUR REVIEW
AUTUMN 2004 43'), the even pages' head is the article's title ('42 GOVERNANCE'), which the first page prints under the
journal's head with the author's name under it. The title is the even pages' head, the name the byline, and the season
dates nothing (a problem says so)."""

from __future__ import annotations

from dossier.importer import import_text

SENTENCES = [
    "The ferry crews of the old port met on the quay to talk about the winter timetable and the state of the piers.",
    "Councillors said the harbour board had not yet answered the letter the crews sent in the spring about repairs.",
    "Most of the skippers agreed that the night crossings should stay, though the fares would have to rise again.",
    "The pilots asked for a new light on the outer mole, which ships have struck twice in the last three winters.",
]


def _page(number: int) -> list[str]:
    return [f"{SENTENCES[(number + k) % 4]} It was page {number}, part {k}." for k in range(4)]


def _article(journal_head: str, title: str, author: str, pages: int = 8) -> str:
    lines = [journal_head, "", "41", "", title, "", author, "", *_page(41)]
    for number in range(42, 41 + pages):
        head = [f"{number}", title] if number % 2 == 0 else [journal_head, f"{number}"]
        lines += ["\f" + head[0], head[1], "", *_page(number)]
    return "\n".join(lines) + "\n"


def test_the_even_pages_head_is_the_title_under_the_journals_issue_head():
    result = import_text(_article("THE HARBOUR REVIEW AUTUMN 2004", "GOVERNANCE", "Marta Quill"), "review.txt")
    assert 'title = "Governance"' in result.markdown
    assert 'name = "Marta Quill"' in result.markdown and "## Marta Quill" not in result.markdown
    assert any("'AUTUMN 2004', a season, no month" in p.message for p in result.problems)


def test_a_volume_and_number_head_is_the_journals_too():
    result = import_text(_article("HARBOUR REVIEW VOL. 12, NO. 3", "PORT GOVERNANCE", "Marta Quill"), "review.txt")
    assert 'title = "Port Governance"' in result.markdown and 'name = "Marta Quill"' in result.markdown
    assert not any("season" in p.message for p in result.problems)


def test_near_miss_a_report_whose_head_is_its_long_title_keeps_it():
    # a report printing its title of four words or more as every page's head: the title as before, no issue head
    text = _article("THE STATE OF THE HARBOUR PIERS", "THE STATE OF THE HARBOUR PIERS", "Marta Quill")
    result = import_text(text, "report.txt")
    assert 'title = "The State of the Harbour Piers"' in result.markdown
    assert not any("season" in p.message for p in result.problems)


def test_an_even_pages_head_naming_the_author_is_the_byline_never_the_title():
    lines = ["THE QUAY QUARTERLY SPRING 2011", "", "41", "", "LIGHTHOUSES", "", "Tomas Vell", "", *_page(41)]
    for number in range(42, 49):
        head = [f"{number}", "TOMAS VELL"] if number % 2 == 0 else ["THE QUAY QUARTERLY SPRING 2011", f"{number}"]
        lines += ["\f" + head[0], head[1], "", *_page(number)]
    result = import_text("\n".join(lines) + "\n", "quarterly.txt")
    assert 'title = "Lighthouses"' in result.markdown
    assert not any("running head in capitals read in title case: 'Tomas Vell'" in line for line in result.inferred)


def test_a_volume_and_issue_head_abbreviated_iss_is_the_journals_too():
    result = import_text(_article("QUAY LETTERS VOL. 7, ISS. 2", "PORT GOVERNANCE", "Marta Quill"), "letters.txt")
    assert 'title = "Port Governance"' in result.markdown and 'name = "Marta Quill"' in result.markdown


def test_a_season_in_the_issue_head_raises_no_problem_where_the_heads_print_a_date():
    lines = ["THE QUAY QUARTERLY SPRING 2011", "9 May 2011", "", "41", "", "LIGHTHOUSES", "", "Tomas Vell", "", *_page(41)]
    for number in range(42, 49):
        head = [f"{number}", "LIGHTHOUSES"] if number % 2 == 0 else ["THE QUAY QUARTERLY SPRING 2011", f"{number}"]
        lines += ["\f" + head[0], head[1], "9 May 2011", "", *_page(number)]
    result = import_text("\n".join(lines) + "\n", "quarterly.txt")
    assert "date = 2011-05-09" in result.markdown
    assert not any("season" in p.message for p in result.problems)
