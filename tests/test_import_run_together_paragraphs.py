"""Paragraphs a content extractor ran together with no space ('… apply.""When I …', '… aerospace."In 2020, …', '…
surnamed Orel."They …'): two such joins or more are parted into the paragraphs they join, so that a quotation's cue is
never looked for across them; one is a writer's slip, left as it is (the attr58 round; passages written for these tests)."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements

HEAD = "Pupils weigh their futures\n\n3 May 2016\n\nBy Tomas Vell\n\n"
JOINED = (
    'The pupils are older now, said the Dalton-based teacher surnamed Orel."They no longer follow their parents," Orel said. '
    '"They read about colleges before they apply.""When I apply, I think of what my country needs," a pupil named Tom Vemm '
    'told the Daily Courier."I chose physics as my major," Vemm said. "Some of my classmates chose aerospace."In 2020, '
    "Norland launched a plan. According to the Bright Path Plan released by the Ministry of Learning last year, colleges "
    'will pick pupils who are "ready to serve the nation\'s needs," the plan says.\n'
)


def credited(text: str) -> list[tuple[str, str]]:
    report = read_report(import_text(text, "story.txt").markdown, "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


def test_the_joins_an_extractor_made_are_parted_into_paragraphs():
    markdown = import_text(HEAD + JOINED, "story.txt").markdown
    assert 'surnamed Orel.\n\n"They no longer' in markdown
    assert 'before they apply."\n\n"When I apply' in markdown
    assert 'the Daily Courier.\n\n"I chose physics' in markdown
    assert 'chose aerospace."\n\nIn 2020, Norland' in markdown


def test_no_cue_is_read_across_a_join():
    assert credited(HEAD + JOINED) == [
        ("Orel", "They no longer follow their parents,"),
        ("Orel", "They read about colleges before they apply."),
        ("Tom Vemm", "When I apply, I think of what my country needs,"),
        ("Tom Vemm", "I chose physics as my major,"),
        ("Tom Vemm", "Some of my classmates chose aerospace."),
        ("Bright Path Plan", "ready to serve the nation's needs,"),
    ]


def test_near_miss_one_missing_space_is_a_slip_left_as_written():
    text = HEAD + 'The pupils are older now, said Jane Orel."They no longer follow their parents," she said. "They read a lot."\n'
    markdown = import_text(text, "story.txt").markdown
    assert 'said Jane Orel."They no longer' in markdown


def test_near_miss_marks_with_their_spaces_are_left_as_written():
    text = HEAD + '"They no longer follow their parents," Orel said. "They read about colleges." "When I apply, I think," Vemm said.\n'
    markdown = import_text(text, "story.txt").markdown
    assert '"They read about colleges." "When I apply' in markdown


def test_near_miss_two_slips_before_their_own_cues_keep_their_speakers():
    text = (
        "Bakers reject the flour levy\n\nMay 9, 2026\n\nBy Lea Sund\n\n"
        "“No bakery in the valley can carry another tax this winter.”Ivo Renk, who chairs the bakers' guild, said at a hearing on Monday.\n\n"
        "The levy would add about four cents to a loaf, according to the treasury.\n\n"
        "“We will look at a smaller levy before the budget.”Ana Brel, the treasury's spokeswoman, told the hearing later that day.\n"
    )
    assert credited(text) == [
        ("Ivo Renk", "No bakery in the valley can carry another tax this winter."),
        ("Ana Brel", "We will look at a smaller levy before the budget."),
    ]
