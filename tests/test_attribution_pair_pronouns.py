""" "Lang spoke. … Helen Berg and Susan Voss told reporters …. “…,” he said": where the last sentence with a named
subject had two people as its subject, a "he" or "she" that none of them is, is left to nobody, not given to the person
named before the pair; a pronoun one of the pair is, or a pair further back, is read as before."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Bridge"\ndate = 2022-09-02\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


OPENED = "Peter Lang, the mayor, opened the new bridge on Friday.\n\n“This bridge will change the town,” Lang said.\n\n"
OPENED_BY_HER = "Ruth Lind, the mayor, opened the new bridge on Friday.\n\n“This bridge will change the town,” Lind said.\n\n"
WAITED = "We waited far too long for this,"


@pytest.mark.parametrize(
    ("opened", "pair", "pronoun"),
    [
        (OPENED, "Helen Berg and Susan Voss told reporters that the work had been delayed for two years.", "he"),
        (OPENED, "Helen Berg and Susan Voss told reporters that the work had been delayed for two years. The cost rose.", "he"),
        (OPENED, "Helen Berg and Tomas Voss told reporters that the work had been delayed for two years.", "he"),
        (OPENED_BY_HER, "Mark Berg and Tomas Voss told reporters that the work had been delayed for two years.", "she"),
    ],
)
def test_a_pronoun_after_a_pair_is_not_the_one_named_before_it(opened: str, pair: str, pronoun: str) -> None:
    speaker = opened.split(",")[0]
    found = attributed(f"{opened}{pair}\n\n“{WAITED}” {pronoun} said.")
    assert (speaker, WAITED) not in found
    assert found[0] == (speaker, "This bridge will change the town,")


def test_near_miss_the_pronoun_after_one_speaker() -> None:
    body = f"{OPENED}Lang then walked across it with the engineers.\n\n“{WAITED}” he said."
    assert attributed(body)[-1] == ("Peter Lang", WAITED)


def test_near_miss_one_person_named_after_the_pair() -> None:
    body = (
        f"{OPENED}Helen Berg and Susan Voss told reporters that the work had been delayed.\n\nLang later thanked the builders.\n\n“{WAITED}” he said."
    )
    assert attributed(body)[-1] == ("Peter Lang", WAITED)
