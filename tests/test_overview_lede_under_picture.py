"""The overview shows the summary once: where the introduction's first paragraph is the summary, it is the lede, even
under the lead picture that opens the text (a story's photo over its standfirst); the picture stays in the
introduction. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.document import read_report
from report_pages import split_lede

DECK = "The crossing cost four million more than planned and opened two years late."
PICTURE = ":::{figure}\n:credit: Lia Brun/Harbour Press\n\nMayor John Doe at the opening of the bridge.\n:::\n\n"
STORY = "The new Harbourton bridge opened on Wednesday, the city announced.\n\nThe council will meet in May.\n"


def overview(body: str, summary: str = DECK) -> tuple[str | None, str]:
    report = read_report(f'+++\ntitle = "Bridge opens"\ndate = 2023-11-08\nsummary = "{summary}"\n+++\n\n{body}', "reports/bridge.md")
    lede, rest = split_lede(report.summary, report.sections[0].html)
    return (str(lede) if lede is not None else None), str(rest)


def test_the_summary_under_a_lead_picture_is_the_lede_said_once():
    for pictures in (PICTURE, PICTURE + PICTURE.replace("Mayor John Doe", "Council member Ann Poe")):
        lede, rest = overview(pictures + f"{DECK}\n\n{STORY}")
        assert lede is not None and DECK in lede
        assert DECK not in rest
        assert rest.index("Mayor John Doe at the opening") < rest.index("The new Harbourton bridge opened")


def test_the_summary_as_the_first_paragraph_is_still_the_lede():
    lede, rest = overview(f"{DECK}\n\n{STORY}")
    assert lede is not None and DECK in lede and DECK not in rest


def test_a_summary_further_down_is_no_lede():  # near miss: a paragraph between the picture and the summary's words
    lede, rest = overview(PICTURE + f"{STORY}\n{DECK}\n")
    assert lede is None and DECK in rest


def test_a_summary_of_its_own_is_no_lede():  # near miss
    lede, rest = overview(PICTURE + f"{DECK}\n\n{STORY}", summary="Harbourton gets its bridge")
    assert lede is None and rest.index("Mayor John Doe") < rest.index(DECK)
