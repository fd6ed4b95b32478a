"""A saved page's bold question set as one of the story's bold sub-headings ('<p><strong>At what cost change?</strong>
</p>' among 'Seven-year wait' and 'Comparable routes'), and the label of a box of other stories' links dropped with its
links ('Further reading' in the box's own wrapper). Pages of our own, with near misses."""

from __future__ import annotations

import pytest
from saved_page_passages import LONG, body_text, read

SECOND = "Towns that keep their own timetables could lose the benefit of one network for many years, the tram board's chair suggested."


def _bold(text: str) -> str:
    return f"<p><strong>{text}</strong></p>"


def headings(saved) -> list[str]:
    return [u.text for u in saved.body if u.kind == "heading"]


@pytest.mark.parametrize(
    ("subheads", "question"),
    [
        (["Seven-year wait", "Comparable routes"], "At what cost change?"),
        (["The tram board", "The council", "The depot"], "Who pays for the new line?"),
        (["Old timetables", "New piers"], "Why now?"),
    ],
)
def test_a_bold_question_among_the_bold_subheads_is_one_of_them(subheads, question):
    blocks = "".join(f"{_bold(s)}<p>{SECOND}</p>" for s in subheads)
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{blocks}{_bold(question)}<p>{SECOND}</p><p>{LONG}</p></article>")
    assert headings(saved) == [*subheads, question]


def test_near_miss_an_interview_s_bold_questions_stay_questions():
    """An interview with two bold topic lines and more bold questions than them: the questions stay paragraphs."""
    questions = ["What did the board say?", "And the council?", "What happens next?"]
    blocks = "".join(f"{_bold(q)}<p>{SECOND}</p>" for q in questions)
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{_bold('The board')}<p>{SECOND}</p>{_bold('The council')}<p>{SECOND}</p>{blocks}</article>")
    assert not any(h.endswith("?") for h in headings(saved))


def test_near_miss_one_bold_subhead_leaves_a_bold_question_a_paragraph():
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{_bold('The board')}<p>{SECOND}</p>{_bold('At what cost change?')}<p>{SECOND}</p></article>")
    assert "At what cost change?" not in headings(saved)


def _links(count: int = 3) -> str:
    return "".join(f"<li><h4><a href='/news/{i}' title='Story {i}'>Tram story number {i} of the week</a></h4></li>" for i in range(count))


@pytest.mark.parametrize(
    "label",
    [
        "<div class='section_title'><p>Further reading</p></div>",
        "<p>More on this</p>",
        "<span class='label'>Read also</span>",
    ],
)
def test_the_label_of_a_dropped_box_of_links_goes_with_them(label):
    box = f"<div class='further_reading_block'>{label}<ul class='list_block'><ul>{_links()}</ul></ul></div>"
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>{SECOND}</p></article>")
    text = body_text(saved)
    assert "Tram story number" not in text
    assert "Further reading" not in text and "More on this" not in text and "Read also" not in text
    assert SECOND[:30] in text


def test_near_miss_a_label_over_links_kept_stays():
    """Links the story keeps (a list of its own sources, with prose) leave their label."""
    sources = "".join(f"<li>The tram board's report number {i}, which set out the costs of each line in full detail.</li>" for i in range(3))
    saved = read(f"<article><h1>T</h1><p>{LONG}</p><div class='sources'><p>Sources</p><ul>{sources}</ul></div><p>{SECOND}</p></article>")
    assert "Sources" in body_text(saved)


def test_near_miss_a_sentence_beside_a_dropped_box_stays():
    box = f"<div class='further_reading_block'><p>The board has covered this before, at length.</p><ul class='list_block'>{_links()}</ul></div>"
    saved = read(f"<article><h1>T</h1><p>{LONG}</p>{box}<p>{SECOND}</p></article>")
    assert "covered this before" in body_text(saved)
