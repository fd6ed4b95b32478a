"""A turn's label whose given name is also a place's ("PARIS ALDANE:", "JORDAN VELL:") names its speaker: passages
written for these tests (the attr58 round), with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Press Conference"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def press_conference(guest: str) -> str:
    return (
        "JANE ROE: Thanks for coming. I'll make a few remarks and then hand over to Tom.\n\n"
        "TOM VELL: Thanks very much Jane. It was a very constructive meeting today.\n\n"
        "JOURNALIST: Minister, when will the first families arrive?\n\n"
        "JANE ROE: Before winter, we hope.\n\n"
        "TOM VELL: On that, I might ask our guest to make a few comments.\n\n"
        f"{guest}: Thanks very much, Minister. The council has welcomed this decision.\n\n"
        "I've been doing this work for twenty years and I have never seen such goodwill.\n\n"
        "TOM VELL: Thanks. Any other questions?"
    )


def test_a_label_whose_given_name_is_a_places_opens_that_persons_turn():
    for guest, name in (("PARIS ALDANE", "Paris Aldane"), ("Jordan Okafor", "Jordan Okafor"), ("GEORGIA VELL", "Georgia Vell")):
        found = attributed(press_conference(guest))
        assert [who for who, _ in found] == ["Jane Roe", "Tom Vell", "Jane Roe", "Tom Vell", name, "Tom Vell"]
        assert found[4][1].startswith("Thanks very much, Minister.") and found[3][1] == "On that, I might ask our guest to make a few comments."


def test_near_miss_a_place_before_a_common_word_names_nobody():
    # "PARIS AGREEMENT:" is a topic's line: the turn above goes on over it
    found = attributed(press_conference("PARIS AGREEMENT"))
    assert [who for who, _ in found] == ["Jane Roe", "Tom Vell", "Jane Roe", "Tom Vell", "Tom Vell"]
