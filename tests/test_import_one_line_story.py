"""A story a news API or a feed ran into one line under its title, byline and date lines: kept as one paragraph (a cut
would part a quotation from the sentence naming its speaker), with a problem line in the dry run that says so. Passages
of our own, with near misses."""

from __future__ import annotations

from imported import built

HEADER = ["Velmora: Why the harbour vote went to Amsel", "Tomas Reyne", "2026-02-10 09:15:00", ""]
FILLER = (
    "The count ran late into the night at the harbour hall, and observers from three parties watched the tally sheets "
    "being signed one by one before the returning officer read the figures aloud to the crowd outside. "
)
ONE = "Governor Ivo Castell has explained why voters backed the Harbour Party candidate in Tuesday's vote. " + FILLER * 2
QUOTE_ONE = "“Amsel’s victory will be a morale booster for the whole coast. The ferries will run again.” "
TWO = "The party's statement listed its plans for the coast. And it promised “new berths at every quay.” " + FILLER * 2
THREE = "With the berths and the new ferry timetable, the coast towns expect a busy summer season at last. " + FILLER * 2
LAST = "The harbour board meets on Friday to set the ferry fares for the season, its chair said in a short note to the towns."


def paragraphs(result) -> list[str]:
    body = result.markdown.split("+++", 2)[2]
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def one_line(result) -> list[str]:
    return [problem.message for problem in result.problems if "stand on one line" in problem.message]


def test_a_story_run_into_one_line_stays_one_paragraph_and_the_dry_run_says_so():
    """'… The ferries will run again.” The party's statement … And it promised “…”': no cut parts the second quotation
    from the statement it belongs to; the user is told the story's paragraphs ran together."""
    result, _ = built("\n".join(HEADER) + "\n" + (ONE + QUOTE_ONE + TWO + THREE).strip() + "\n")
    assert len(paragraphs(result)) == 1
    assert one_line(result) and "kept as one paragraph" in one_line(result)[0]


def test_near_miss_a_text_of_several_paragraphs_or_a_short_story_says_nothing():
    """A long paragraph beside others is the writer's; a short story on one line is whole as it is."""
    result, _ = built("\n".join(HEADER) + "\n" + (ONE + QUOTE_ONE + TWO + THREE).strip() + "\n\n" + LAST + "\n")
    assert not one_line(result)
    assert len(paragraphs(result)) == 2
    result, _ = built("\n".join(HEADER) + "\n" + (QUOTE_ONE + LAST).strip() + "\n")
    assert not one_line(result)
