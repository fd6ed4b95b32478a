"""'By' on a line of its own over the writer's name, or a newsroom's, the name split over two lines at most ('By' /
'Jane' / 'Van Roe'): the byline. 'By' over a word and a phrase is none. Lines of our own."""

from __future__ import annotations

from dossier.bylines import _byline_over_lines
from dossier.importunits import Unit


def _units(*lines: str) -> list[Unit]:
    return [Unit(at + 1, line) for at, line in enumerate(lines)]


def test_by_over_a_newsroom_or_a_name_split_over_two_lines_is_a_byline():
    assert _byline_over_lines(_units("By", "Newsroom", "March 9, 2026"), 0) == ("Newsroom", 2)
    assert _byline_over_lines(_units("By", "Jane", "Van Roe", "Aug. 27, 2019"), 0) == ("Jane Van Roe", 3)
    assert _byline_over_lines(_units("By:", "Jane Roe", "Aug. 27, 2019"), 0) == ("Jane Roe", 2)


def test_by_over_a_word_and_a_phrase_is_no_byline():
    assert _byline_over_lines(_units("By", "Tuesday", "the port had closed"), 0) is None
    assert _byline_over_lines(_units("By", "Harbour", "March 9, 2026"), 0) is None
