"""Copied news texts the held-out round showed: a subhead that opens with a quoted phrase, an agency's photo credit naming
the client the photographer worked for. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

# -- a subhead opening with a quoted phrase, a few words after it ---------------------------------------------------------

STORY = (
    "River Towns Count the Cost of Dredging\n\nBy Jane Roe\n\nMarch 3, 2025\n\n"
    f"The dredgers arrived in April and have not left, and {PROSE.lower()}.\n\n"
    "Dredgers on the river\n\n"
    f"The company says it follows every rule, and {PROSE.lower()}.\n\n"
    "Costs for the towns\n\n"
    f"The towns pay for the new pontoons, and {PROSE.lower()}.\n\n"
    "{line}\n\n"
    f"Boat owners have tied up their boats for the season, and {PROSE.lower()}.\n"
)


def test_a_subhead_opening_with_a_quoted_phrase_is_a_heading() -> None:
    for line in ("‘Nothing left to catch’ on the river", "“Stricter rules” in the region", "'No fish' in the nets"):
        _, report = built(STORY.replace("{line}", line))
        assert headings(report) == ["Dredgers on the river", "Costs for the towns", line], line


def test_a_quotation_and_its_speaker_on_a_line_stay_text() -> None:
    # near miss: the quoted words end with the comma before their speaker
    for line in ("“We will not sell,” said one owner", "“Nothing left,” the skipper says"):
        _, report = built(STORY.replace("{line}", line))
        assert headings(report) == ["Dredgers on the river", "Costs for the towns"], line


# -- an agency's credit naming the photographer's client --------------------------------------------------------------------


def test_an_agency_credit_for_a_client_is_a_photo_credit_not_a_heading() -> None:
    for credit in ("Tom Reyes / WireImage for Harbor Films", "Getty Images for Harbor Films", "Tom Reyes/Getty Images for Harbor Films"):
        result, report = built(STORY.replace("{line}", credit))
        assert headings(report) == ["Dredgers on the river", "Costs for the towns"], credit
        assert f":credit: {credit}" in result.markdown, credit
    # near miss: an agency's word in a subhead with no photographer before it
    _, report = built(STORY.replace("{line}", "Pool for the Towns"))
    assert headings(report) == ["Dredgers on the river", "Costs for the towns", "Pool for the Towns"]


# -- one question in sentence case among subheads all in title case ---------------------------------------------------------

ESSAY = (
    "How the Dredgers Won the River\n\nBy Jane Roe\n\nMarch 3, 2025\n\n"
    f"The dredgers arrived in April and have not left, and {PROSE.lower()}.\n\n"
    "Dredgers on the River\n\n"
    f"The company says it follows every rule, and {PROSE.lower()}.\n\n"
    "How did the company win the towns over so quickly?\n\n"
    f"The answer lies in the contracts the towns signed, and {PROSE.lower()}.\n\n"
    "Costs for the Towns\n\n"
    f"The towns pay for the new pontoons, and {PROSE.lower()}.\n"
)


def test_one_question_in_sentence_case_among_title_case_subheads_is_the_essays_own() -> None:
    _, report = built(ESSAY)
    assert headings(report) == ["Dredgers on the River", "Costs for the Towns"]


def test_one_question_among_sentence_case_subheads_is_a_subhead() -> None:
    # near miss: an explainer whose subheads are in sentence case asks its question as one of them
    _, report = built(ESSAY.replace("on the River", "on the river").replace("for the Towns", "for the towns"))
    assert headings(report) == ["Dredgers on the river", "How did the company win the towns over so quickly?", "Costs for the towns"]
