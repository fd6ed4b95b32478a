"""Interview turns, a paragraph's declared source and appositions: passages written for these tests, with the near
misses that must not change hands."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


INTERVIEW = """When we met in the capital, Marta Kovacs told me that the harvest would be late.

"The rain came three weeks too early. We lost the first cut of hay and most of the barley."

But is the ministry not to blame? Did it not ignore the warnings, I asked.

"I see it differently. Nobody could have known how wet the spring would be."

"And we still have the autumn to save. That is where the work lies."

He said the river had risen again overnight.
"""


def test_an_interview_answer_standing_alone_is_the_interlocutors():
    found = attributed(INTERVIEW)
    assert [who for who, _ in found] == ["Marta Kovacs"] * 3
    assert found[1][1].startswith("I see it differently")
    assert found[2][1].startswith("And we still have the autumn")  # a second paragraph of quotation goes on


def test_without_the_writer_talking_to_anyone_a_bare_quotation_stays_unattributed():
    body = INTERVIEW.replace("Marta Kovacs told me that", "Marta Kovacs wrote that").replace(", I asked", "")
    assert attributed(body) == []


def test_a_bare_quotation_after_someone_elses_statement_goes_on_with_them():
    body = (
        "I asked Marta Kovacs about the harvest.\n\n"
        'The governor, Pavel Dorn, said: "Nothing was lost that cannot be replanted."\n\n'
        '"We have seed enough for two sowings, and the ground will dry by May."\n'
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Pavel Dorn"]


def test_according_to_a_role_then_the_name_in_apposition():
    body = "Oslo expelled two diplomats on the grounds that “their work threatens national interests” according to the Minister of Foreign Affairs, Ida Berg.\n"
    assert attributed(body) == [("Ida Berg", "their work threatens national interests")]


def test_a_pronoun_skips_the_name_in_an_objects_apposition():
    body = "In May, Dorn met with his newly appointed counterpart, Ida Berg. At the press conference after it, he announced that “the border stays open”.\n"
    assert attributed(body) == [("Dorn", "the border stays open")]


def test_the_subject_in_apposition_still_speaks():
    body = "The governor of the region, Pavel Dorn, counts the cost. “We lost a third of the herd,” he says.\n"
    assert attributed(body) == [("Pavel Dorn", "We lost a third of the herd,")]


def test_a_paragraph_that_opens_on_its_source_speaks_for_it_in_later_sentences():
    body = (
        "According to the Northern Research Establishment, the region is not a priority target. "
        "The campaign's aims are likely “to weaken public confidence in the government”.\n"
    )
    assert attributed(body) == [("Northern Research Establishment", "to weaken public confidence in the government")]


def test_a_later_sentence_naming_someone_else_is_not_the_opening_sources():
    body = (
        "According to the Northern Research Establishment, the region is not a priority target. "
        "Yet Pavel Dorn's aim is plainly “to weaken public confidence in the government”.\n"
    )
    assert attributed(body) == []
