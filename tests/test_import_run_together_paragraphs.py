"""Paragraphs a content extractor ran together with no space ('… from the boat.""When we …', '… online."In 2016, …', '…
surnamed Brel."They …'): two such joins or more are parted into the paragraphs they join, so that a quotation's cue is
never looked for across them; one is a writer's slip, left as it is (the attr58 round; passages written for these tests)."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements

HEAD = "Fishers weigh a shared market\n\n9 June 2018\n\nBy Lea Sund\n\n"
JOINED = (
    'The boats come in earlier now, said the harbour-side fish seller surnamed Brel."They want the best price before noon," Brel said. '
    '"They phone the buyers from the boat.""When we land, I only think of the ice and the crates," a skipper named Ivo Renk '
    'told the Lake Courier."I sell to three towns now," Renk said. "Some of the younger crews sell online."In 2016, '
    "Karstad opened a cooperative. According to the Open Quay Scheme set out by the Board of Fisheries two years ago, crews "
    'will share the cold store if they are "ready to land before dawn," the scheme says.\n'
)


def credited(text: str) -> list[tuple[str, str]]:
    report = read_report(import_text(text, "story.txt").markdown, "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


def test_the_joins_an_extractor_made_are_parted_into_paragraphs():
    markdown = import_text(HEAD + JOINED, "story.txt").markdown
    assert 'surnamed Brel.\n\n"They want the best' in markdown
    assert 'from the boat."\n\n"When we land' in markdown
    assert 'the Lake Courier.\n\n"I sell to three' in markdown
    assert 'sell online."\n\nIn 2016, Karstad' in markdown


def test_no_cue_is_read_across_a_join():
    assert credited(HEAD + JOINED) == [
        ("Brel", "They want the best price before noon,"),
        ("Brel", "They phone the buyers from the boat."),
        ("Ivo Renk", "When we land, I only think of the ice and the crates,"),
        ("Ivo Renk", "I sell to three towns now,"),
        ("Ivo Renk", "Some of the younger crews sell online."),
        ("Open Quay Scheme", "ready to land before dawn,"),
    ]


def test_near_miss_one_missing_space_is_a_slip_left_as_written():
    text = HEAD + 'The boats come in earlier now, said Ana Brel."They want the best price," she said. "They sell fast."\n'
    markdown = import_text(text, "story.txt").markdown
    assert 'said Ana Brel."They want the best' in markdown


def test_near_miss_marks_with_their_spaces_are_left_as_written():
    text = HEAD + '"They want the best price," Brel said. "They phone the buyers." "When we land, I think of ice," Renk said.\n'
    markdown = import_text(text, "story.txt").markdown
    assert '"They phone the buyers." "When we land' in markdown


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
