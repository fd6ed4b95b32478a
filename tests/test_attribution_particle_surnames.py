"""A surname that opens on a particle ("Al Masri", "El Amin", "bin Zayed", "Van Dyke"), cued alone after the report named
the person in full ("Rania Al Masri, a producer, …"), is that person: the word before the particle is the given name even
where no list holds it."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "The archive"\ndate = 2019-03-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


PASSAGE = (
    "The film team arrived in the capital in May. {full}, a producer based on the coast, had begun looking into the "
    "archive two years before.\n\n“It was not easy to win their trust,” notes {short}."
)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Ranya Al Qudsi", "Al Qudsi"),
        ("Ranya El Qudsi", "El Qudsi"),
        ("Ranya al Qudsi", "al Qudsi"),
        ("Tarek Abu Qudsi", "Abu Qudsi"),
        ("Abu Tarek Al Qudsi", "Al Qudsi"),
        ("Ilse Van Dorsten", "Van Dorsten"),
    ],
)
def test_a_particle_surname_cued_alone_is_the_person_named_in_full(full: str, short: str) -> None:
    assert attributed(PASSAGE.format(full=full, short=short)) == [(full, "It was not easy to win their trust,")]


def test_near_miss_no_full_name_keeps_the_particle_surname() -> None:
    body = "The film team arrived in the capital in May.\n\n“It was not easy to win their trust,” notes Al Qudsi."
    assert attributed(body) == [("Al Qudsi", "It was not easy to win their trust,")]


def test_near_miss_two_people_with_the_surname_name_neither() -> None:
    body = PASSAGE.format(full="Ranya Al Qudsi", short="Al Qudsi").replace("had begun", "and her brother Tarek Al Qudsi had begun")
    assert attributed(body) == [("Al Qudsi", "It was not easy to win their trust,")]


def test_near_miss_a_listed_given_name_without_a_particle_still_joins() -> None:
    assert attributed(PASSAGE.format(full="Ranya Qudsi", short="Qudsi")) == [("Ranya Qudsi", "It was not easy to win their trust,")]
