"""An entry of a report's reference list that cites a news item by its headline in marks, its year right after
("Mayor Ilse Varga: “The harbour is our future.” (2021). Portville City News."), is a cited title, not the named one's
statement read as a colon line. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

ENTRY = "Mayor Ilse Varga: “The harbour is our future.” (2021). Portville City News. https://example.org/varga-harbour"


def test_a_reference_entry_quoting_a_headline_is_no_statement():
    body = f"The plans were praised in the river towns (Varga, 2021).\n\n## References\n\nHalvers, T. (2009). The River Towns.\n\n{ENTRY}"
    assert attributed(body) == []


def test_a_bibliography_entry_is_no_statement():
    assert attributed(f"The plans were praised (Varga, 2021).\n\n## Bibliography\n\n{ENTRY}") == []


def test_the_same_line_under_another_heading_is_still_a_colon_line():
    assert [who for who, _ in attributed(f"## The mayor's view\n\n{ENTRY}")] == ["Ilse Varga"]


def test_a_colon_line_without_a_year_under_references_is_still_read():
    body = "## Sources\n\nMayor Ilse Varga: “The harbour is our future.” She said it twice."
    assert [who for who, _ in attributed(body)] == ["Ilse Varga"]
