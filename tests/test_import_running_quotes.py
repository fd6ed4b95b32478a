"""A quotation run over paragraphs in the Commonwealth and Australian way (each paragraph left open, the next reopened
with a mark, the cue in the first or the last): one quotation in the paragraphs of the text, no block quote split off
it. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.statements import extract_statements
from imported import PROSE, built

TOP = (
    "Harbour Towns Weigh a New Ferry Levy\n\n2024-03-05\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
)


def kinds(report) -> list[str]:
    return [p.kind for s in report.sections for p in s.paragraphs]


def credited(report) -> list[tuple[str, str]]:
    """(speaker, the statement's words) for each statement the engine finds."""
    registry = Registry([])
    return [(registry[s.speaker].name, " ".join(s.paragraphs)) for s in extract_statements(report, registry).statements]


def test_a_run_reopened_at_each_paragraph_and_closed_on_its_cue_is_the_texts_paragraphs():
    passage = (
        "“We will not ask the ferry crews to carry the cost of a breakwater the state let fall apart.\n\n"
        "“They have paid twice already, once in fares and once in lost sailings.\n\n"
        "“The levy must end once the repairs are paid for,” Ama Tervo, the harbour master, said.\n"
    )
    result, report = built(TOP + passage)
    assert "\n> " not in result.markdown
    assert kinds(report) == ["paragraph"] * 4
    assert any("reopening a quotation" in line for line in result.inferred)
    found = credited(report)
    assert any(name == "Ama Tervo" and "paid twice already" in words for name, words in found), found


def test_a_run_opened_in_the_cue_paragraph_and_reopened_below_is_one_quotation():
    """The cue first ('“…,” she said. “…' left open), the next paragraph reopened and closed: both the text's paragraphs,
    the quotation still hers; with a pronoun and another verb too."""
    for cue in ("said Ama Tervo", "Ama Tervo told reporters"):
        passage = (
            f"“The breakwater will not last another winter,” {cue}. “We have told the ministry so for three years.\n\n"
            "“If the ministry will not listen, we will take the levy to the courts.”\n\n"
            "Tervo then left the chamber.\n"
        )
        result, report = built(TOP + passage)
        assert "\n> " not in result.markdown, cue
        assert kinds(report) == ["paragraph"] * 4, cue
        found = credited(report)
        assert any(name == "Ama Tervo" and "take the levy to the courts" in words for name, words in found), (cue, found)


def test_an_excerpt_set_apart_under_its_lead_in_stays_a_block_quote():
    """Near miss: a run of wholly quoted paragraphs with no cue among them (a letter read out under 'The letter reads:')
    stays a block quote. A wholly quoted paragraph right under a quotation its cue closes ('“…,” said Ama Tervo.') is the
    speaker's words going on, a paragraph (runningquotes.quotations_after_credited_quotes)."""
    excerpt = (
        "The letter from the ministry reads:\n\n"
        "“The department has received the council's request for funds to repair the breakwater.\n\n"
        "“It will be considered in the next budget round.”\n\n"
        f"Members said the reply was not enough, and {PROSE.lower()}.\n"
    )
    _, report = built(TOP + excerpt)
    assert kinds(report) == ["paragraph", "paragraph", "quote", "quote", "paragraph"]
    closed = (
        "“The breakwater will not last another winter,” said Ama Tervo.\n\n"
        "“We have told the ministry so for three years, and we will keep telling it.”\n\n"
        f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}.\n"
    )
    _, report = built(TOP + closed)
    assert kinds(report) == ["paragraph", "paragraph", "paragraph", "paragraph"]


def test_a_run_under_a_credited_quotation_whose_last_paragraph_has_no_cue_is_the_texts_paragraphs():
    """A release's speaker goes on over three paragraphs, each reopened, the last closed with no cue: all three are the
    text's paragraphs, not the first alone with the others split off as a block quote."""
    passage = (
        "“The council admitted no clinic is safe,” Ms Varga said.\n\n"
        "“Since 2010 we have added four hundred nurses to the northern clinics.\n\n"
        "“We have built two new clinics in the river towns.\n\n"
        "“And we have cut the waiting times by half.”\n\n"
        f"Ms Varga said the budget was at risk, and {PROSE.lower()}.\n"
    )
    result, report = built(TOP + passage)
    assert "\n> " not in result.markdown
    assert kinds(report) == ["paragraph"] * 6


def test_a_run_under_the_writers_sentence_is_the_texts_paragraphs():
    passage = (
        "Ms Varga said that there is concern about a deal between the council and the private clinics.\n\n"
        "“The discussion paper reopens the question of funding the northern clinics at all.\n\n"
        "“The council has already cut the budget for nurses twice in three years.”\n\n"
        "Ms Varga called for an open review of the clinics before the winter, when the evening hours matter most.\n"
    )
    result, report = built(TOP + passage)
    assert "\n> " not in result.markdown
    assert kinds(report) == ["paragraph"] * 5


def test_a_run_under_a_heading_stays_a_block_quote():
    """Near miss: wholly quoted paragraphs under a heading (a saying set over a section) are no part of the story's
    sentences."""
    passage = (
        f"Ms Varga spoke for an hour, and {PROSE.lower()}.\n\n"
        "The Charter\n\n"
        "“Every town shall keep a clinic open after dark.\n\n"
        "“No family shall travel more than an hour to a nurse.”\n\n"
        f"The charter was signed in 1990, and {PROSE.lower()}.\n"
    )
    _, report = built(TOP + passage)
    assert kinds(report).count("quote") == 2


def test_a_run_under_a_sentence_announcing_a_document_stays_a_block_quote():
    """Near miss: the writer's sentence over the run announces the document quoted in full ('… published its reply in
    full on Wednesday.'): the letter's reopened paragraphs are an excerpt set apart, as under 'The letter reads:'."""
    passage = (
        "The council published its reply to the families in full on Wednesday.\n\n"
        "“Dear families, we have heard your letters about the evening hours at the northern clinics.\n\n"
        "“We will keep one clinic open after dark in each town until the review is done.\n\n"
        "“We are listening, and we will write again before the winter.”\n\n"
        f"Ms Varga said the reply changed nothing, and {PROSE.lower()}.\n"
    )
    _, report = built(TOP + passage)
    assert kinds(report).count("quote") == 3


def test_a_run_under_a_credited_quotation_whose_cue_lost_its_stop_is_the_texts_paragraphs():
    """A release's or a PDF's text drops the cue's stop ('“…,” Ms Tervo said'): the cue still ends the writer's
    sentence, and the run reopened under it goes on with her words, no block quote."""
    passage = (
        "“The levy will pay for the breakwater,” Ms Tervo said\n\n"
        "“It supports the plan for the northern wharves.\n\n"
        "“It will start in May.\n\n"
        "“The crews are ready.”\n\nThe council adjourned.\n"
    )
    result, report = built(TOP + passage)
    assert "\n> " not in result.markdown and kinds(report) == ["paragraph"] * 6
    # near miss: a line that names a speaker and a verb but closes no quotation stays a lead-in
    led = built(TOP + "The statement that Ms Tervo said\n\n“It supports the plan.\n\n“The crews are ready.”\n")[0]
    assert "\n> " in led.markdown
