"""An academic paper's author line under its title, as a PDF's text gives it: the author's title ('Ms', 'Dr'), a note
marker glued to the name, a student's post with no comma, the department's or discipline's words, the university last
('Ms Ola Brenn1 Ph.D. Candidate, Maritime History, Varn University'). The byline (name, the rest as the post), never a
section heading nor three authors; the note the marker cites is the author's note."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

TITLE = "Tides and Tithes: the delta parishes and the dyke dispute"
BODY = (
    "The parishes' part in the dyke dispute is widely acknowledged by the delta's councils and by the river press.2\n\n"
    "Their role in the quarrel was large and varied, and the quarrel itself was long and bitter for all the towns.3\n\n"
    "Notes\n\n"
    "1 Disclaimer: the author thanks the delta archive and two readers for their comments.\n\n"
    "2 Varn Courier, 3 May 2003.\n\n"
    "3 Delta Weekly, 4 May 2003.\n"
)


def imported(line: str) -> tuple[str, list[str]]:
    result = import_text(f"{TITLE}\n\n{line}\n\n{BODY}", "paper.txt")
    return result.markdown, [problem.message for problem in result.problems]


def front(markdown: str) -> str:
    return markdown.split("+++")[1]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Ms Ola Brenn1 Ph.D. Candidate, Maritime History, Varn University", "Ph.D. Candidate, Maritime History, Varn University"),
        (
            "Ms Ola Brenn1 Ph.D. Candidate, Maritime History, School of Social Sciences, Faculty\nof Arts, The Varn National University",
            "Ph.D. Candidate, Maritime History, School of Social Sciences, Faculty of Arts, The Varn National University",
        ),
    ],
)
def test_a_marked_author_line_with_a_post_is_the_byline_and_its_note_the_authors_note(line: str, role: str) -> None:
    markdown, problems = imported(line)
    assert f'[[authors]]\nname = "Ola Brenn"\nrole = "{role}"' in markdown
    assert 'author_note = "Disclaimer: the author thanks the delta archive and two readers for their comments."' in front(markdown)
    assert "## " not in markdown and "[^1]" not in markdown and "Brenn" not in markdown.split("+++")[2]
    assert not [p for p in problems if "note 1" in p], problems  # neither 'never cited' nor 'missing'


def test_a_titled_author_with_an_unlisted_given_name_and_a_school_is_the_byline() -> None:
    markdown, _ = imported("Dr Sunniva Brekke, School of Law, University of Varn")
    assert '[[authors]]\nname = "Sunniva Brekke"\nrole = "School of Law, University of Varn"' in markdown
    assert "## " not in markdown


def test_a_discipline_between_the_name_and_the_university_is_part_of_the_post() -> None:
    markdown, _ = imported("Ola Brenn, Maritime History, Varn University")
    assert '[[authors]]\nname = "Ola Brenn"\nrole = "Maritime History, Varn University"' in markdown
    assert 'name = "Maritime History"' not in markdown and 'name = "Varn University"' not in markdown


def test_a_note_the_body_cites_too_stays_a_note() -> None:
    """Near miss: the marker's number is cited in the text as well: the note is the text's, not the author's."""
    markdown, _ = imported("Ms Ola Brenn2 Ph.D. Candidate, Maritime History, Varn University")
    assert "author_note" not in front(markdown) and "[^2]: Varn Courier, 3 May 2003." in markdown


def test_two_authors_before_a_university_stay_two_authors() -> None:
    """Near miss: a person's name between the first and the university is an author, not a department."""
    markdown, _ = imported("Ola Brenn, Ivo Marsh, Varn University")
    assert 'name = "Ivo Marsh"' in markdown


def test_a_body_that_is_no_university_after_a_field_gives_no_post() -> None:
    """Near miss: 'Maritime History, Harbour Board': the last part names no school or institute, so no academic post."""
    markdown, _ = imported("Ola Brenn, Maritime History, Delta Board")
    assert 'role = "Maritime History, Delta Board"' not in markdown


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe, Ivo Reed and Ana Lutz, Varn University", ["Jane Roe", "Ivo Reed", "Ana Lutz"]),
        ("Ola Brenn, Tove Kvale, Varn University", ["Ola Brenn", "Tove Kvale"]),
    ],
)
def test_co_authors_before_a_university_are_no_department(line: str, names: list[str]) -> None:
    """Near miss: a pair joined by 'and', or a name whose given name is in no list, holds no unit's or field's word: the
    listed writers stay authors, never one author's post."""
    markdown, _ = imported(line)
    for name in names:
        assert f'name = "{name}"' in markdown
    assert 'role = "Ivo Reed and Ana Lutz, Varn University"' not in markdown and 'role = "Tove Kvale, Varn University"' not in markdown


def test_a_citation_under_the_authors_number_is_no_authors_note() -> None:
    """Near miss: the note the glued number points at is a source's citation (an outlet and a date), not the author's."""
    plain = (
        BODY.replace(".2\n", ".\n")
        .replace(".3\n", ".\n")
        .replace("1 Disclaimer: the author thanks the delta archive and two readers for their comments.", "1 Varn Courier, 3 May 2003.")
    )
    result = import_text(f"{TITLE}\n\nJane Roe1, Director, Varn University\n\n{plain}", "paper.txt")
    assert "author_note" not in front(result.markdown)
