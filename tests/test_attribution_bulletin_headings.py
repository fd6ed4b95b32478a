"""A section heading in capitals ("HARBOUR NOTES", "IN THE NEWS") names no speaker: its words are ones the report writes
in lower case, or it opens with a preposition. A name in capitals with a given name (read in title case) or repeated
over a quote collection's entries still speaks. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = '> "A harbour is safe, but that is not what ships are for"'
OTHER = '> "Ships are built for the open sea"'


def test_a_section_heading_in_capitals_whose_words_the_report_writes_in_lower_case_names_nobody():
    body = (
        "## HARBOUR NOTES\n\n### HARBOUR NOTES: FERRY FARES RISE\n\nThe harbour office sent notes to every skipper, and the"
        f" notes said fares at the harbour would rise; the harbour café pinned the notes up.\n\n{QUOTE}\n\n## More\n\nText."
    )
    assert attributed(body) == []


def test_a_heading_in_capitals_opening_with_a_preposition_names_nobody():
    assert attributed(f"## IN THE NEWS\n\n{QUOTE}\n\n## More\n\nText.") == []


def test_a_titled_heading_in_capitals_still_speaks():
    body = f"## MAYOR ELENA MARSH: QUAYS\n\n{QUOTE}\n\n## More\n\nText."
    assert attributed(body) == [("ELENA MARSH", "A harbour is safe, but that is not what ships are for")]


@pytest.mark.parametrize("name", ["ELENA MARSH", "OKONKWO ADEBAYO"])
def test_a_name_in_capitals_over_a_quote_collection_s_entries_still_speaks(name):
    body = f"## THE INTERVIEWS\n\n### {name}: ON HARBOURS\n\n{QUOTE}\n\n### {name}: ON SHIPS\n\n{OTHER}\n\n## More\n\nText."
    assert [speaker for speaker, _ in attributed(body)] == [name, name]


def test_a_named_heading_in_title_case_still_speaks():
    body = f"## Elena Marsh: On the quays\n\n{QUOTE}\n\n## More\n\nText."
    assert attributed(body) == [("Elena Marsh", "A harbour is safe, but that is not what ships are for")]
