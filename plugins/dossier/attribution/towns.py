"""A one-word name a report writes right after "in" is a town's, never a person a later "he" or "she" means.

Field reports name the towns they are written from by one word, and open sentences on them ("Ventimiglia was foreign to
him", "Brescello is quiet in winter"); read as a person named by one word, the town then takes the "he" of the next
cue ("“…,” he said") from the person the passage is about. A person named by one word (a refugee's given name, a
surname whose full form the report gives) is met with, talked to, written from, but never stood in: "in Brescello",
"In Brescello," show a place. The engine asks where it looks for the person in subject position nearest before a "he"
or "she" (nearest_person), and only for lone words nothing else shows to be a name (no title, no given name the lists
hold, no one the report or the registry names in full so): a firm's one-word name ("investors in Brightwave") is read
as before wherever else it stands.
"""

from __future__ import annotations

IN_BEFORE = ("in ", "In ")
NOT_A_TOWN_AFTER = ("’s", "'s", "’ ", "' ", "-")  # a possessive, a compound ("in Republican-leaning Texas")


def written_as_a_town(text: str, name: str, places: list[int]) -> bool:
    """Whether the name, at one of `places` in `text` (NamePlaces.of), comes right after "in" with no possessive or
    hyphen after it ("in Brescello", not "faith in Brescello's word" nor "in Republican-leaning Texas")."""
    return any(
        at >= 3
        and text.startswith(IN_BEFORE, at - 3)
        and not text[at - 4 : at - 3].isalnum()
        and not text.startswith(NOT_A_TOWN_AFTER, at + len(name))
        for at in places
    )
