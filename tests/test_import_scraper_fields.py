"""A scraper's bare fields at the top of a plain text ('type: blog', 'source: https://…', 'date: …', 'tags: …'): the
page's metadata (date, authors, tags where the page gives none), never the summary, a figure or a section; a text's own
lower-case lead-ins and a pair of fields stay."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "The Civic Lab in Harbourton has been asking why fathers take on so little of the care at home.",
    "We interviewed thirty parents and two employers over the spring, and the answers surprised us.",
    "Caring for others",
    "Most fathers said they would take leave if their employer offered it without a cut in pay.",
]


def _imported(lines: list[str]) -> str:
    return import_text("\n\n".join(lines) + "\n", "post.txt").markdown


def _summary(markdown: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith("summary = "))


def test_fields_under_the_headline_are_the_pages_metadata() -> None:
    fields = ["type: blog", "source: https://example.org/harbourton/blog/fathers-and-care", "Original article published here"]
    fields += ["year: 2023", "date: MARCH 14, 2023", "continent: Europe", "country: Harbourland"]
    markdown = _imported(["Why fathers care less at home", *fields, "By Ida Kern", *STORY])
    assert _summary(markdown) == f'summary = "{STORY[0]}"'
    assert "date = 2023-03-14" in markdown
    assert 'name = "Ida Kern"' in markdown
    assert "type: blog" not in markdown and "continent" not in markdown and "Original article" not in markdown
    assert "## Caring for others" in markdown


def test_fields_over_the_headline_give_the_author_and_tags() -> None:
    fields = ["url: https://example.org/p/4471", "author: Tomas Verlaine", "tags: care, leave, employers", "published: 2022-11-02"]
    markdown = _imported([*fields, "Why fathers care less at home", *STORY])
    assert 'title = "Why fathers care less at home"' in markdown
    assert 'name = "Tomas Verlaine"' in markdown
    assert "date = 2022-11-02" in markdown
    assert "employers" in markdown.split("+++")[1] and "tags: care" not in markdown
    assert _summary(markdown) == f'summary = "{STORY[0]}"'


def test_the_pages_own_date_line_comes_before_the_field() -> None:
    fields = ["type: news", "source: https://example.org/n/12", "date: 2020-01-01"]
    markdown = _imported(["Why fathers care less at home", *fields, "By Ida Kern", "May 5, 2021", *STORY])
    assert "date = 2021-05-05" in markdown


def test_a_texts_own_lower_case_lines_stay() -> None:
    # two fields are no scraper's run, and a run with none of its labels is the text's (a recipe's, a glossary's)
    pair = _imported(["Why fathers care less at home", "note: figures are provisional", "update: corrected", *STORY])
    assert "note: figures are provisional" in pair
    glossary = ["leave: time off work", "pay: what the employer gives", "care: looking after a child"]
    kept = _imported(["Why fathers care less at home", *glossary, *STORY])
    assert all(line in kept for line in glossary)


def test_a_field_that_is_a_sentence_is_the_texts() -> None:
    lines = ["type: blog", "source: https://example.org/x", "summary: the survey was run in the spring by the lab and its partners."]
    markdown = _imported(["Why fathers care less at home", *lines, *STORY])
    assert "summary: the survey was run" in markdown
