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


def authors_with_closing(byline: str, closing: str) -> list[str]:
    markdown = import_text(f"Ferry Fares Rise Again\n\n{byline}\n\n{LEDE}\n\n{LEDE}\n\n{closing}\n", "story.txt").markdown
    return [line.split('"')[1] for line in markdown.split("+++")[1].split("\n") if line.startswith("name = ")]


def test_a_writer_the_text_names_as_its_writer_after_the_pair() -> None:
    """'Ana Lutz and Paul Okoro, Chinedu Nwosu': no list holds the given name, but the writer's note, the contribution
    line or the credit names her as one of the story's writers."""
    for closing in (
        "Chinedu Nwosu is a senior reporter at the Harbour Ledger.",
        "Chinedu Nwosu in Eastwick contributed to this report.",
        "Additional reporting by Chinedu Nwosu.",
    ):
        assert authors_with_closing("Ana Lutz and Paul Okoro, Chinedu Nwosu", closing) == ["Ana Lutz", "Paul Okoro", "Chinedu Nwosu"], closing


def test_a_credited_given_name_after_the_pair_is_a_writer() -> None:
    """'Ivo' is in no list the engine reads in running text, but a credit may open on it."""
    assert authors("Ana Lutz and Paul Okoro, Ivo Brandt") == ["Ana Lutz", "Paul Okoro", "Ivo Brandt"]


def test_a_paper_shaped_as_a_name_after_the_pair_stays_the_paper() -> None:
    """Near misses: a paper's name is often shaped as a person's ('Kestrel Bay', 'Mekong Eye'); with no word of the text
    naming it as a writer, or a note telling what it is that is no writer's job, it stays the paper."""
    assert authors("Ana Lutz and Paul Okoro, Kestrel Bay") == ["Ana Lutz", "Paul Okoro"]
    assert authors_with_closing("Ana Lutz and Paul Okoro, Kestrel Bay", "Kestrel Bay is a weekly paper on the coast.") == ["Ana Lutz", "Paul Okoro"]


def test_a_paper_the_closing_names_as_a_paper_stays_the_paper() -> None:
    """Near misses from the review: the closing names the paper as a body, not a person ('The Harbour Eye contributed',
    'Journalists from Harbour Eye contributed', 'Harbour Eye is a network of journalists', '… by Harbour Eye staff')."""
    for closing in (
        "The Harbour Eye contributed to this report.",
        "Journalists from Harbour Eye contributed reporting from the delta.",
        "Harbour Eye is a network of independent journalists covering the river.",
        "Additional reporting by Harbour Eye staff.",
    ):
        assert authors_with_closing("Ana Lutz and Paul Okoro, Harbour Eye", closing) == ["Ana Lutz", "Paul Okoro"], closing


def test_a_wire_signoff_names_the_third_writer() -> None:
    """A wire's sign-off, its 'Reporting' capitalised: 'Reporting by Chinedu Nwosu in Eastwick; Editing by Tom Hale'."""
    closing = "Reporting by Chinedu Nwosu in Eastwick; Editing by Tom Hale"
    assert authors_with_closing("Ana Lutz and Paul Okoro, Chinedu Nwosu", closing) == ["Ana Lutz", "Paul Okoro", "Chinedu Nwosu"]
    closing = "Ana Lutz and Chinedu Nwosu contributed to this report."
    assert authors_with_closing("Ana Lutz and Paul Okoro, Chinedu Nwosu", closing) == ["Ana Lutz", "Paul Okoro", "Chinedu Nwosu"]


def test_a_paper_named_on_a_given_name_after_the_pair_stays_the_paper() -> None:
    """Near misses: a paper named on a town that is also a given name ('Victoria Advocate', 'Eugene Weekly', 'Savannah
    Now') ends on a masthead's word: no third writer."""
    for paper in ("Florence Beacon", "Eugene Weekly", "Aurora Sentinel", "Savannah Now", "Victoria Advocate"):
        assert authors(f"Ana Lutz and Paul Okoro, {paper}") == ["Ana Lutz", "Paul Okoro"], paper
