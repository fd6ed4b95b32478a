"""A sentence opening on where it happens ("In Kelby, the mayor said") names a place, never the speaker: the role noun
after the comma speaks, as "the mayor said" alone reads it. Passages written for these tests, with the near misses."""

from __future__ import annotations

import pytest
from dossier.attribution.opening_places import opening_place_end
from passages import attributed

WORDS = "“The quay will reopen before the winter storms.”"
MAYOR = "Mayor Ivo Brennan toured the harbour on Monday.\n\n"


@pytest.mark.parametrize(
    "opening",
    [
        "In Tarrow, the mayor said:",
        "At Tarrow, the mayor said:",
        "Back in Tarrow, the mayor told reporters:",
        "In Tarrow, Wexmoorshire, the mayor said:",
        "In Tarrow, East Wexmoor, the mayor said:",
    ],
)
def test_the_role_after_an_opening_place_speaks(opening):
    assert attributed(f"{MAYOR}{opening} {WORDS}") == [("Ivo Brennan", WORDS.strip("“”"))]


def test_no_holder_named_is_no_speaker():
    assert attributed(f"In Tarrow, the mayor said: {WORDS}") == []


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("In Tarrow, Oona Kestrel, the mayor, said:", "Oona Kestrel"),
        ("In Tarrow, the mayor, Oona Kestrel, said:", "Oona Kestrel"),
        ("Oona Kestrel, the mayor, said:", "Oona Kestrel"),  # a name, then the role apposed to it
        ("Oona Kestrel, the firm's manager, told the Courier:", "Oona Kestrel"),
    ],
)
def test_a_name_apposed_to_the_role_stays(opening, speaker):
    assert [who for who, _ in attributed(f"{opening} {WORDS}")] == [speaker]


def test_the_phrase_read():
    assert opening_place_end("In Tarrow,")
    assert opening_place_end("The boats left. Back in Tarrow, Kent,")
    assert not opening_place_end("In Tarrow, Oona Kestrel,")  # a person named in full after the town
    assert not opening_place_end("Oona Kestrel,")
    assert not opening_place_end("The envoy in Tarrow,")  # no sentence opening on it
