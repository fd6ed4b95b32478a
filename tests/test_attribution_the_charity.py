""" "The charity" points back to the not-for-profit body named before it, as "the company" points to a firm and "the
group" to a body ("Hopewell Trust issued a statement … The charity also announced … “…”"); never to a ministry, a council
or an agency named before it, which no one calls a charity."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "The village"\ndate = 2019-03-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


TIES = "ties that could compromise independence."


def test_the_charity_is_the_body_named_before() -> None:
    body = (
        "Hopewell Trust issued a statement expressing “shock” about what had happened. The charity also announced that "
        f"its northern branch would be closed for “{TIES}”"
    )
    assert attributed(body) == [("Hopewell Trust", "shock"), ("Hopewell Trust", TIES)]


def test_the_charity_is_the_body_after_a_ministry_named_first() -> None:
    body = (
        "Last year the Ministry of Harbours met the families. Hopewell Trust issued a statement expressing “shock” about "
        "what had happened.\n\nThe ministry promised meetings. The charity also announced that its northern branch would "
        f"be closed for “{TIES}”"
    )
    assert attributed(body) == [("Hopewell Trust", "shock"), ("Hopewell Trust", TIES)]


def test_near_miss_the_charity_is_never_a_ministry() -> None:
    body = (
        "The Ministry of Harbours met the families and promised meetings.\n\nThe charity also announced that its northern "
        f"branch would be closed for “{TIES}”"
    )
    assert attributed(body) == []


def test_near_miss_the_group_still_points_back() -> None:
    body = (
        "Hopewell Trust issued a statement expressing “shock” about what had happened. The group also announced that "
        f"its northern branch would be closed for “{TIES}”"
    )
    assert attributed(body) == [("Hopewell Trust", "shock"), ("Hopewell Trust", TIES)]
