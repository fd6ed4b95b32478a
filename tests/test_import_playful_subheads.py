"""A magazine's playful subheads between paragraphs: a short statement asked ('Council keeps its word?') is a section
heading in a story with other subheads, as they are, and a question with an apostrophe in it ('Where are the board’s
pilots?') too; a body line of two full questions ('Is it a
case of pipes over parks? Or is it the storm bill biting?') is the writer asking, no heading. Near misses: a short
question in a story with no other subheads (two of them too), one opening on 'So' or 'But', a question and its answer
('Did it have a choice? Not really.') and a long statement asked stay paragraphs. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

PARAGRAPH = (
    "The latest audit shows the council is forty million in the red, and the cuts have to come from somewhere soon. "
    "The mayor says the pipes come first, and the parks will have to wait for another year or two.\n\n"
)


def story(*subheads: str, heading: str = "Taxing times") -> str:
    text = "The Levy and the Tenants\n\nBy Tama Ruatapu\n\n" + PARAGRAPH
    if heading:
        text += heading + "\n\n" + PARAGRAPH
    for line in subheads:
        text += line + "\n\n" + PARAGRAPH
    return text


def test_playful_subheads_are_headings() -> None:
    markdown = import_text(story("Council keeps its word?", "Hold on", "Where are the board’s pilots?"), "s.txt").markdown
    for line in ("Council keeps its word?", "Where are the board’s pilots?"):
        assert f"## {line}\n" in markdown


def test_two_full_questions_in_the_body_are_no_heading() -> None:
    line = "Is it a case of pipes over parks? Or is it the storm bill biting?"
    markdown = import_text(story("Council keeps its word?", line), "s.txt").markdown
    assert f"\n{line}\n" in markdown and f"## {line}" not in markdown


def test_a_lone_short_question_or_a_long_statement_asked_stays_a_paragraph() -> None:
    markdown = import_text(story("Council keeps its word?", heading=""), "s.txt").markdown
    assert "## Council keeps its word?" not in markdown
    line = "The council says it has kept every promise it made before the election?"
    markdown = import_text(story("Council keeps its word?", line), "s.txt").markdown
    assert f"## {line}" not in markdown


def test_playful_questions_in_a_story_with_no_subheads_stay_paragraphs() -> None:
    markdown = import_text(story("So who foots the bill?", "Did the mayor have a choice? Not really.", heading=""), "s.txt").markdown
    assert "\n## " not in markdown, markdown


def test_a_conjunction_or_an_answer_makes_no_playful_subhead() -> None:
    lines = ("So who foots the bill?", "But why now, of all years?", "Did the mayor have a choice? Not really.")
    markdown = import_text(story(*lines), "s.txt").markdown
    for line in lines:
        assert f"## {line}" not in markdown and f"\n{line}\n" in markdown
