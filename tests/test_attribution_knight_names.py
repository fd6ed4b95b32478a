"""A knight or a dame goes by their name, "Sir" or "Dame" no part of it ("Sir Bram Oakhurst" is Bram Oakhurst), as
"Mr" or "Dr" are none: the titled form stays an alias, the title with the given name alone ("Sir Bram") still finds
him, and a knight never named in full keeps the title and given name. Passages written for these tests."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed


def test_a_knight_named_in_full_goes_by_his_name() -> None:
    body = (
        "Sir Bram Oakhurst said the port was “in good hands”. Later Sir Bram added that it was “a fine day”.\n\n“We are proud,” said Bram Oakhurst."
    )
    assert attributed(body) == [("Bram Oakhurst", "in good hands"), ("Bram Oakhurst", "a fine day"), ("Bram Oakhurst", "We are proud,")]


def test_a_dame_named_in_full_goes_by_her_name() -> None:
    body = "Dame Ilse Marrow described her as a harbour legend who “kept the whole town honest”."
    assert attributed(body) == [("Ilse Marrow", "kept the whole town honest")]


def test_the_titled_form_is_an_alias() -> None:
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nDame Ilse Marrow said the quay was “busy again”.', "reports/a.md"
    )
    registry = Registry([])
    found = extract_statements(report, registry)
    actor = registry[found.statements[0].speaker]
    assert actor.name == "Ilse Marrow"
    assert "Dame Ilse Marrow" in actor.aliases


def test_near_misses_keep_their_titles() -> None:
    assert attributed("Sir Oliver told the board the mood was “grim and getting worse”.") == [("Sir Oliver", "grim and getting worse")]
    assert attributed("Lord Oakhurst told the board the mood was “grim and getting worse”.") == [("Lord Oakhurst", "grim and getting worse")]
