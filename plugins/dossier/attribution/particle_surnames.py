"""A surname opened by European particles in lower case ("Maria de la Cruz", "Pieter van der Berg", "Ines da Silva"),
which later mentions shorten ("de la Cruz said", "said van der Berg", "la Cruz", "Cruz told reporters"): the person the
report names in full with it, never a new person named "la Cruz" or "Berg". Arabic particles ("bin", "al", "abu") stay
out: "Salman" after "Khalid bin Salman" may well be another man (his father, the king)."""

from __future__ import annotations

import functools
import re

from ..actors import fold_chars

# the particles of Dutch, German, Spanish, Portuguese, Italian and French surnames, written in lower case inside a name
SURNAME_PARTICLE_WORDS = ("van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "dos", "das", "do", "ter", "ten")
SURNAME_PARTICLES = "(?:" + "|".join(SURNAME_PARTICLE_WORDS) + ")"
PARTICLE_RUN = re.compile(r"(?:" + SURNAME_PARTICLES + r"\s+){1,2}")
# "said de la Cruz", "said van Leer": the particles right before the surname after an inverted verb
PARTICLES_BEFORE_CAPITAL = re.compile(r"(?<![\w’'-])(?P<particles>(?:" + SURNAME_PARTICLES + r"\s+){1,2})(?=[A-ZÀ-Þ])")


# the last particle of a full name, as it stands before the surname: a space before it, spaces after it (what
# _full_names_pattern's match holds right before the surname, looked for there alone before that pattern is made)
PARTICLE_BEFORE_SURNAME = re.compile(r"\s" + SURNAME_PARTICLES + r"$")
PARTICLE_REACH = len(" della")  # the space and the longest particle


def _after_a_particle(text: str, at: int) -> bool:
    """Whether a particle and the spaces after it stand right before `at` ("de la " before "Cruz")."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end < at and PARTICLE_BEFORE_SURNAME.search(text, max(0, end - PARTICLE_REACH), end) is not None


def _written_after_a_particle(text: str, surname: str) -> bool:
    """Whether the text writes the surname after a particle anywhere: where it does not, no full name with particles
    ends with it, and its pattern is neither compiled nor run over the text."""
    at = text.find(surname)
    while at >= 0:
        if _after_a_particle(text, at):
            return True
        at = text.find(surname, at + 1)
    return False


@functools.lru_cache(maxsize=256)
def _full_names_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w’'.-])(?P<given>[A-ZÀ-Þ][\w’'-]+)\s+(?P<particles>(?:" + SURNAME_PARTICLES + r"\s+){1,2})" + re.escape(surname) + r"(?![\w’'-])"
    )


def particled_full_names(text: str, surname: str, not_given: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The full names the text writes as a given name, one or two particles and the surname ("Maria de la Cruz" for
    "Cruz"), the given name no word of `not_given` (folded: titles, function words, demonyms)."""
    if not _written_after_a_particle(text, surname):
        return set()
    names = set()
    for found in _full_names_pattern(surname).finditer(text):
        if fold_chars(found.group("given")).lower() in not_given:
            continue
        names.add(f"{found.group('given')} {' '.join(found.group('particles').split())} {surname}")
    return names


def full_name_ending(text: str, short: str, not_given: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The one full name the text gives that a mention opened by a particle ends ("la Cruz", "van Leer", "De la Cruz"
    opening a sentence) or whose surname it is ("Cruz"); None where it gives none or two."""
    words = short.split()
    if not words:
        return None
    tail = " ".join([words[0].lower(), *words[1:]]) if len(words) > 1 else short
    names = {name for name in particled_full_names(text, words[-1], not_given) if name.endswith(" " + tail)}
    return names.pop() if len(names) == 1 else None
