"""A web address the line's end cut inside it ('https://example.org/harbour-' / 'fees-2020.html.'), as a PDF's text or a
hard-wrapped note sets it: the address is written whole again, no space in it."""

from __future__ import annotations

import re

from dossier.importer import import_text

LINKED_ADDRESS = re.compile(r"\[([^\]]*)\]\(<[^>]*>\)")  # an address written as a link to itself: its words, as read


def unlinked(markdown: str) -> str:
    return LINKED_ADDRESS.sub(r"\1", markdown)


TEXT = """Harbour Dues in the North

The harbour board counted more barges at the northern locks this autumn than in any season before.1 Its engineers
expect the count to rise again once the second basin opens.2 Shippers who moved grain by rail have begun to book
berths.3

Notes

1. Jane Roe, “Ports,” Harbour Times, 2 May 2020, https://example.org/harbour-
{one}
2. John Doe, “Basins,” Quay Review, accessed 4 May 2019, https://quay.example.com/reviews/
{two}
3. Ines Vell, “Grain by rail,” River Post, 2019.
"""


def notes(one: str, two: str) -> str:
    return unlinked(import_text(TEXT.format(one=one, two=two), "dues.txt").markdown)


def test_an_address_cut_after_a_hyphen_or_a_slash_is_written_whole() -> None:
    markdown = notes("fees-2020.html.", "basins/2019?page=2.")
    assert "https://example.org/harbour-fees-2020.html.\n" in markdown
    assert "https://quay.example.com/reviews/basins/2019?page=2.\n" in markdown


def test_an_address_cut_before_its_query_or_a_long_number_is_written_whole() -> None:
    markdown = notes("5280?lang=fr.", "1267432495693221888.")
    assert "https://example.org/harbour-5280?lang=fr.\n" in markdown
    assert "https://quay.example.com/reviews/1267432495693221888.\n" in markdown


def test_words_after_an_address_keep_their_space() -> None:
    markdown = notes("Accessed 5 May 2020.", "2019.")
    assert "https://example.org/harbour- Accessed 5 May 2020." in markdown
    assert "https://quay.example.com/reviews/ 2019." in markdown


def test_prose_after_a_whole_address_keeps_its_space() -> None:
    """A host with no path is a whole address ('…quay.example.com' / 'and/or …'), and a slashed word of the prose
    ('24/7', 'and/or') never goes on an address cut after its slash; a host cut inside its name still goes on."""
    text = TEXT.replace("https://quay.example.com/reviews/", "https://quay.example.com")
    markdown = unlinked(import_text(text.format(one="fees.html.", two="and/or the Quay Review site."), "dues.txt").markdown)
    assert "https://quay.example.com and/or the Quay Review" in markdown
    markdown = notes("fees.html.", "24/7 desk.")
    assert "https://quay.example.com/reviews/ 24/7 desk." in markdown
    text = TEXT.replace("https://quay.example.com/reviews/", "https://quay.exa")
    markdown = unlinked(import_text(text.format(one="fees.html.", two="mple.com/reviews/basins."), "dues.txt").markdown)
    assert "https://quay.example.com/reviews/basins." in markdown
