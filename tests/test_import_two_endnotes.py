"""A short report with only one or two endnotes closing its text ('1 Interview with …' / '2 …', a PDF's text), each
cited by its number glued to the words above ('… the quay.”2'): the notes, as with three or more, where every number
is so cited, in order, and the notes are the text's last lines. Near misses: a number not cited, a paragraph under the
notes, a bracketed marker, a closing two-point list. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "The Tarnwick Review of Ferries\n\nBy Lena Moss\n\nApril 2025\n\nIntroduction\n\n"
BODY = (
    "Ferry lines are changing fast along the coast and operators are adapting their timetables quickly.\n\n"
    "“The hardest part was telling the crews that the night boats would stop.”\n— Ida Brun, Head of Services, Kessel Line1\n\n"
    "Harbour fees complicate the work of the smaller lines, and they are slow to fall.\n\n"
    "Otto Falk, master at Seagate, explains, “We watch what the big lines charge before we set our own fares.”2\n\n"
)
NOTES = "1 Interview with Ida Brun, May 3, 2024.\n2 Interview with Otto Falk, June 12, 2024.\n"


def imported(text: str):
    return import_text(text, "review.txt")


def test_two_notes_closing_the_text_each_cited_by_a_glued_number_are_its_notes():
    result = imported(HEAD + BODY + NOTES)
    assert "Kessel Line[^1]" in result.markdown and "own fares.”[^2]" in result.markdown
    assert "[^1]: Interview with Ida Brun, May 3, 2024." in result.markdown
    assert "[^2]: Interview with Otto Falk, June 12, 2024." in result.markdown
    assert 'date = "2025-04"' in result.markdown  # the month under the byline dates the report, never a note's interview


def test_one_note_closing_the_text_too():
    body = BODY.replace("own fares.”2", "own fares.”")
    result = imported(HEAD + body + "1 Interview with Ida Brun, May 3, 2024.\n")
    assert "Kessel Line[^1]" in result.markdown and "[^1]: Interview with Ida Brun, May 3, 2024." in result.markdown


def test_a_number_the_text_does_not_cite_leaves_the_lines_the_texts():
    result = imported(HEAD + BODY.replace("own fares.”2", "own fares.”") + NOTES)
    assert "[^" not in result.markdown and "2 Interview with Otto Falk" in result.markdown


def test_a_paragraph_under_the_two_lines_leaves_them_the_texts():
    tail = "\nThe ferries will sail again in the spring, the board said on Monday, once the new crews are trained.\n"
    result = imported(HEAD + BODY + NOTES + tail)
    assert "[^" not in result.markdown


def test_a_bracketed_marker_leaves_them_the_texts():
    result = imported(HEAD + BODY.replace("slow to fall.", "slow to fall [3].") + NOTES)
    assert "[^1]:" not in result.markdown and "1 Interview with Ida Brun" in result.markdown


def test_a_closing_two_point_list_with_no_glued_numbers_stays_the_texts():
    body = BODY.replace("Kessel Line1", "Kessel Line").replace("own fares.”2", "own fares.”")
    points = "1 Publish the fees every spring.\n2 Keep one night boat on each line.\n"
    result = imported(HEAD + body + "We ask the board for two things:\n\n" + points)
    assert "[^" not in result.markdown and "Keep one night boat on each line." in result.markdown
