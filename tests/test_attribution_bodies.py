"""Bodies that speak: an outlet's third-person "reports that", an acronym whose body the report spells out without
brackets, and researchers who "found". Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_an_outlet_that_reports_that_is_the_speaker():
    found = attributed("Harbour Watch reports that “every ferry on the coast has been held in port since Monday.” More followed.")
    assert found == [("Harbour Watch", "every ferry on the coast has been held in port since Monday.")]


def test_a_determined_names_reports_are_a_noun_not_a_speaker():
    found = attributed("The latest Harbour Watch reports that “every ferry has been held in port” were denied by the port authority.")
    assert found == []


def test_an_acronym_takes_the_body_the_report_spells_out_without_brackets():
    body = (
        "In an assessment published on Monday, the Institute for Coastal Security looked at the ports.\n\n"
        "This week, ICS reported that “three of the five harbours are closed to freight.” Traders disagreed."
    )
    assert attributed(body) == [("Institute for Coastal Security", "three of the five harbours are closed to freight.")]


def test_an_acronym_two_bodies_could_spell_stays_itself():
    body = (
        "The Institute for Coastal Security and the Institute for Cargo Security met on Monday.\n\n"
        "This week, ICS reported that “three of the five harbours are closed to freight.” Traders disagreed."
    )
    assert attributed(body) == [("ICS", "three of the five harbours are closed to freight.")]


def test_researchers_who_found_speak_for_the_study_they_wrote():
    body = (
        "A report by the Coastal Trade Foundation traced the cargo through four ports.\n\n"
        "“Most of the parts reached the buyers through two brokers,” the researchers found."
    )
    assert attributed(body) == [("Coastal Trade Foundation", "Most of the parts reached the buyers through two brokers,")]


def test_found_far_from_any_quotation_is_no_cue():
    body = "The researchers found the ledgers in a warehouse and later spoke of a “quiet trade” that nobody had mapped."
    assert attributed(body) == []


def test_an_outlet_quoting_an_unnamed_person_is_not_the_speaker():
    body = (
        "Harbour Radio quoted an unnamed official as saying “the ferries will not sail this week.” Traders waited.\n\n"
        "Harbour Radio quoted Marta Kovacs as saying “the ferries will sail on Friday.” Traders cheered."
    )
    assert attributed(body) == [("Marta Kovacs", "the ferries will sail on Friday.")]


def test_a_channel_and_its_number_are_one_outlet():
    body = "Israel’s Channel 12 reported that “the cabinet will meet again on Sunday.” Russia’s Channel One said “the talks are over.”"
    assert [who for who, _ in attributed(body)] == ["Israel’s Channel 12", "Russia’s Channel One"]


def test_who_backs_an_outlet_is_no_part_of_its_name():
    body = "The Kremlin-backed Harbour Herald said “the ferries were never at risk.” The Harbour Herald later said “nothing changed.”"
    assert [who for who, _ in attributed(body)] == ["Harbour Herald", "Harbour Herald"]


def test_a_role_word_before_a_name_after_an_outlets_phrase_makes_the_name_the_subject():
    body = (
        "In a March 3 article in the daily Harbour Herald, columnist Pavel Dorn wrote: “The ferries were never at risk.”\n\n"
        "Later, the spokesman Nasser Kanaani said: “The port is open.”"
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Nasser Kanaani"]


def test_a_name_inside_a_longer_apposition_is_still_not_the_subject():
    body = "Marta Kovacs, an adviser to Pavel Dorn who has pressed for new quays, acknowledges that “the ferries are too few.”"
    assert [who for who, _ in attributed(body)] == ["Marta Kovacs"]
