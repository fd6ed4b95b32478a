"""The cheap tests that keep a pattern from being made or run where it cannot match: each gives the same answers as
the pattern alone, on invented passages and on near misses."""

from __future__ import annotations

import pytest
from dossier.attribution import particle_surnames
from dossier.attribution.particle_surnames import particled_full_names


def full_names_by_the_pattern_alone(text: str, surname: str) -> set[str]:
    """particled_full_names as it read before its gate: the surname's pattern run over the whole text."""
    if surname not in text:
        return set()
    return {
        f"{found.group('given')} {' '.join(found.group('particles').split())} {surname}"
        for found in particle_surnames._full_names_pattern(surname).finditer(text)
    }


PASSAGES = [
    ("Marta de la Vega spoke first. Later Vega said more.", "Vega"),
    ("Joost van der Linde and Pia von Hessel met. Linde left.", "Linde"),
    ("Joost van der Linde and Pia von Hessel met.", "Hessel"),
    ("Ines da\nSilva wrote back; Silva agreed.", "Silva"),
    ("Ines da  \t Silva wrote back.", "Silva"),
    ("Tomas Del Rio and Ana del Rio both spoke.", "Rio"),
    ("Carla De la Fuente, the mayor, said so.", "Fuente"),
    # near misses: no particle right before the surname, a particle glued to a word, a particle that opens the text
    ("Vega said it twice; Marta Vega agreed.", "Vega"),
    ("Rolande Vega arrived; Vega spoke.", "Vega"),
    ("de la Vega opened the meeting.", "Vega"),
    ("Marta dela Vega spoke.", "Vega"),
    ("Marta de la Vegas spoke.", "Vega"),
    ("Marta de la vega spoke.", "Vega"),
    ("Nobody named here.", "Vega"),
    ("La Vega is a town; Pedro la Vega lives there.", "Vega"),
]


@pytest.mark.parametrize(("text", "surname"), PASSAGES)
def test_the_particle_gate_finds_what_the_pattern_finds(text: str, surname: str) -> None:
    particle_surnames._full_names_pattern.cache_clear()
    assert particled_full_names(text, surname) == full_names_by_the_pattern_alone(text, surname)


def test_no_pattern_is_made_for_a_surname_never_after_a_particle() -> None:
    particle_surnames._full_names_pattern.cache_clear()
    assert particled_full_names("Rolande Okafor arrived. Okafor said so.", "Okafor") == set()
    assert particle_surnames._full_names_pattern.cache_info().currsize == 0


def test_a_surname_after_a_particle_is_still_read_whole() -> None:
    assert particled_full_names("Pieter van der Berg spoke. Berg left.", "Berg") == {"Pieter van der Berg"}
