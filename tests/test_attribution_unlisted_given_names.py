"""A person called by a given name the name lists do not hold ("“…,” Ousmane said" after "Ousmane Tiéba, 31, …"), as
Ivorian, Ghanaian, Filipino and Indonesian papers and many features do: passages written for these tests, each with its
near misses."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The Orlo quarry has run for ten years beside three villages.\n\n"
WORDS = "The police came at dawn and nobody told us why,"


@pytest.mark.parametrize(
    "body",
    [
        f"Ousmane Tiéba, 31, a local resident, led one of the marches. “{WORDS}” Ousmane said.",
        f"Ousmane Tiéba, 31, led one of the marches.\n\n“{WORDS}” Ousmane recalled.",
        f"Ousmane Tiéba runs a shop by the road. Ousmane told us: “{WORDS[:-1]}.”",
    ],
)
def test_the_given_name_alone_is_the_person_named_in_full_just_before(body: str) -> None:
    assert attributed(SETTING + body) == [("Ousmane Tiéba", WORDS if WORDS in body else WORDS[:-1] + ".")]


def test_a_given_name_two_people_bear_is_neither() -> None:
    body = f"Ousmane Tiéba and Ousmane Kra led the marches. “{WORDS}” Ousmane said."
    assert [name for name, _quote in attributed(SETTING + body)] == ["Ousmane"]


def test_a_name_given_in_full_far_above_is_not_taken() -> None:
    far = "".join(f"The {n} day of the strike passed quietly.\n\n" for n in ("first", "second", "third"))
    body = f"Ousmane Tiéba, 31, led one of the marches.\n\n{far}“{WORDS}” Ousmane said."
    assert [name for name, _quote in attributed(SETTING + body)] == ["Ousmane"]


def test_a_word_written_after_a_given_name_too_is_a_surname() -> None:
    body = f"Ousmane Tiéba and Awa Ousmane led the marches. “{WORDS}” Ousmane said."
    assert ("Ousmane Tiéba", WORDS) not in attributed(SETTING + body)


def test_a_family_name_alone_is_someone_of_its_own() -> None:
    body = f"Lee Anderson, 31, led one of the marches. “{WORDS}” Lee said."
    assert [name for name, _quote in attributed(SETTING + body)] == ["Lee"]
