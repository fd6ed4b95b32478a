"""A bulletin's section heading in capitals ("NEWS BRIEFS", "IN THE NEWS") names no speaker: a name in capitals needs
a title, a given name or someone the report names. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = '> "A harbour is safe, but that is not what ships are for"'


def test_a_section_heading_in_capitals_repeated_over_an_entry_names_nobody():
    body = f"## NEWS BRIEFS\n\n### NEWS BRIEFS: MARRIAGES FALL\n\nThe statistics office reported that marriages fell.\n\n{QUOTE}\n\n## More\n\nText."
    assert attributed(body) == []


def test_a_heading_in_capitals_opening_with_a_preposition_names_nobody():
    assert attributed(f"## IN THE NEWS\n\n{QUOTE}\n\n## More\n\nText.") == []


def test_a_named_heading_in_capitals_with_a_given_name_still_speaks():
    body = f"## MAYOR ELENA MARSH: QUAYS\n\n{QUOTE}\n\n## More\n\nText."
    assert attributed(body) == [("ELENA MARSH", "A harbour is safe, but that is not what ships are for")]


def test_a_named_heading_in_title_case_still_speaks():
    body = f"## Elena Marsh: On the quays\n\n{QUOTE}\n\n## More\n\nText."
    assert attributed(body) == [("Elena Marsh", "A harbour is safe, but that is not what ships are for")]
