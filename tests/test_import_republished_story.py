"""A story one newsroom republishes from another: the byline names the writer and the newsroom it came from ('Jane Roe of
Harbor Ledger') over the date line, and its subheads may ask a noun phrase as a question ('An overwhelmed system?').
Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "Ferry timetable cuts leave island commuters stranded"
STAND = "The operator has cut two crossings a day since April, and the island's workers are paying for it."
PARAGRAPH = (
    "The morning crossing now leaves at six, an hour earlier than last year, and the evening boat no longer waits for the "
    "mainland train, commuters told the island council at a meeting that ran late into the night."
)


def story(byline: str, *body: str) -> str:
    return "\n".join([HEADLINE, STAND, byline, "2025-04-09T08:30:00-04:00", "", PARAGRAPH, "", *body]) + "\n"


def test_a_name_and_its_newsroom_over_the_date_line_is_the_byline():
    for byline, name, outlet in (
        ("Nadia Okafor of Harbor Ledger", "Nadia Okafor", "Harbor Ledger"),
        ("Nadia Okafor of the Coastal Wire", "Nadia Okafor", "the Coastal Wire"),
        ("Pieter van Dam of Island Report", "Pieter van Dam", "Island Report"),
    ):
        result, report = built(story(byline))
        assert [a.name for a in report.authors] == [name], byline
        assert report.title == HEADLINE, byline
        assert outlet in result.markdown, byline
        assert byline not in body_text(report), byline


def test_near_misses_of_the_newsroom_byline():
    """A body's name ('Friends of the Coast'), a place ('Port of Eastmere') or a name and newsroom with no date line under
    it are no byline."""
    for line in ("Friends of the Coast", "Port of Eastmere"):
        _, report = built(story(line))
        assert not report.authors, line
    _, report = built("\n".join([HEADLINE, STAND, "Nadia Okafor of Harbor Ledger", "", PARAGRAPH]) + "\n")
    assert not report.authors


QUESTION_BODY = (
    "The operator says the cuts follow a fall in passengers, but its own figures show the morning boats were full on most "
    "days last winter, and the council has asked to see them."
)


def test_a_noun_phrase_asked_as_a_question_is_a_subhead():
    """'An overwhelmed timetable?', 'The last crossing?' over a long answer, in a story with other subheads: subheads."""
    for question in ("An overwhelmed timetable?", "The last crossing?", "A cheaper boat?"):
        text = story("By Nadia Okafor", question, "", QUESTION_BODY, "", "What comes next", "", QUESTION_BODY)
        assert headings(built(text)[1]) == [question, "What comes next"], question


def test_near_misses_of_the_noun_phrase_question():
    """A rhetorical question in a story with no subheads, a long sentence asked as a question, and a question run into
    its answer stay text."""
    alone = story("By Nadia Okafor", "The answer?", "", QUESTION_BODY)
    assert headings(built(alone)[1]) == []
    long_one = "The operator that promised a boat every hour when it won the contract in the spring of last year?"
    text = story("By Nadia Okafor", long_one, "", QUESTION_BODY, "", "What comes next", "", QUESTION_BODY)
    assert headings(built(text)[1]) == ["What comes next"]
    run_in = "The answer? Nobody at the operator would say, and the council has asked again."
    text = story("By Nadia Okafor", run_in, "", QUESTION_BODY, "", "What comes next", "", QUESTION_BODY)
    assert run_in in body_text(built(text)[1])
