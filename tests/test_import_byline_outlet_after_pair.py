"""A bare byline under the title naming two writers joined by 'and', then a comma and the paper they write for ('Luc-Ivo
Marsh and Paul Okoro, Quay Courier'): a list puts 'and' before its last name, so what follows the pair is where they
write, no third writer. Writers whose given names the lists lack stay whole."""

from __future__ import annotations

from dossier.importer import import_text

LEDE = "The harbour board met on Tuesday to discuss the ferry fares, and its members argued for hours about the winter timetable and the price of a season ticket."


def authors(byline: str) -> list[str]:
    markdown = import_text(f"Ferry Fares Rise Again\n\n{byline}\n\n{LEDE}\n\n{LEDE}\n", "story.txt").markdown
    return [line.split('"')[1] for line in markdown.split("+++")[1].split("\n") if line.startswith("name = ")]


def test_the_paper_after_a_pair_of_writers_is_no_third_writer() -> None:
    assert authors("Luc-Ivo Marsh and Paul Okoro, Quay Courier") == ["Luc-Ivo Marsh", "Paul Okoro"]


def test_a_pair_with_an_unlisted_given_name_stays_whole() -> None:
    assert authors("Sunniva Brekke and Paul Okoro") == ["Sunniva Brekke", "Paul Okoro"]


def test_a_list_of_three_writers_stays_three() -> None:
    """Near miss: 'A, B and C' is a list; its last name is a writer."""
    assert authors("Ana Lutz, Paul Okoro and Sunniva Brekke") == ["Ana Lutz", "Paul Okoro", "Sunniva Brekke"]


def test_a_person_after_the_pair_is_a_writer() -> None:
    """Near miss: a listed person's name after the comma is a third writer, as the byline wrote it."""
    assert authors("Ana Lutz and Paul Okoro, Jane Roe") == ["Ana Lutz", "Paul Okoro", "Jane Roe"]


def test_the_pair_and_outlet_pattern_is_linear_on_a_long_line() -> None:
    import time

    from dossier.bylines import OUTLET_AFTER_PAIR

    line = "Ana Lutz and Paul Okoro " * 2000  # 48 KB with no comma
    started = time.perf_counter()
    assert OUTLET_AFTER_PAIR.match(line) is None
    assert time.perf_counter() - started < 0.5
