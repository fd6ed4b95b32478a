""" "“…,” according to Visit Harbourton. Pierre Lamont was shocked to learn …. “…”": a quote standing alone does not go
on with the paragraph's last speaker across a whole sentence whose subject is another person named; it is left to
nobody. The same speaker, a pronoun, a reported speaker or no named subject in between are read as before."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Short lets"\ndate = 2020-02-11\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


ANGRY = "I am very angry because we are not leaving for his family. It is for tourists."
OPENING = "Pierre Lamont has lived in the same flat on Main Street for thirty years.\n\n"


@pytest.mark.parametrize(
    "between",
    [
        "Lamont was shocked to learn that his landlord would evict him.",
        "Pierre Lamont was shocked to learn that his landlord would evict him.",
    ],
)
def test_a_bare_quote_after_another_person_acts_is_not_the_last_speakers(between: str) -> None:
    body = f"{OPENING}The street is “a lively district with a village feel,” according to Visit Harbourton. {between} “{ANGRY}”"
    found = attributed(body)
    assert ("Visit Harbourton", ANGRY) not in found
    assert found == [("Visit Harbourton", "a lively district with a village feel,")]


def test_a_person_who_spoke_goes_on_after_a_sentence_about_someone_else_unnamed() -> None:
    body = f"{OPENING}“We were told in a letter,” Lamont said. The letter gave him a month. “{ANGRY}”"
    assert attributed(body) == [("Pierre Lamont", "We were told in a letter,"), ("Pierre Lamont", ANGRY)]


@pytest.mark.parametrize(
    "between",
    [
        "Lamont paused.",  # the speaker again
        "He paused.",  # a pronoun
    ],
)
def test_near_miss_the_speaker_or_a_pronoun_in_between(between: str) -> None:
    body = f"{OPENING}“We were told in a letter,” Lamont said. {between} “{ANGRY}”"
    assert attributed(body) == [("Pierre Lamont", "We were told in a letter,"), ("Pierre Lamont", ANGRY)]
