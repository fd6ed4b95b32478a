"""A photo's source alone in brackets on a line of its own under the caption ('(Harbour University Athletics)', '(NPA
Photo)'): a credit when it names a picture or an agency, or stands under a caption telling its scene in the present tense.
A transcript's stage direction under a speaker's turn, or a press office's name under a story's lead paragraph, has the
same shape and stays text. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.captions import PAREN_CREDIT, bracketed_credit
from imported import body_text, built


@pytest.mark.parametrize("line", ["(Harbour University Athletics)", "(NPA Photo)", "(Ivo Marsk / Nordpress)"])
def test_a_bracketed_source_alone_has_a_credit_s_shape(line):
    assert PAREN_CREDIT.match(line)


@pytest.mark.parametrize("line", ["(Applause)", "(in millions of dollars)", "(see below)", "(2019)", "(Draft Resolution)", "(Part Two)"])
def test_a_bracketed_word_or_phrase_in_small_letters_is_no_credit(line):
    assert not PAREN_CREDIT.match(line)


def test_a_source_under_a_caption_telling_its_scene_is_the_photo_s_credit():
    text = (
        "Rowers win the autumn cup\n\nBy Lea Sund\n\nOctober 4, 2026\n\n"
        "The Velden rowing club took the autumn cup on Saturday for the first time in eleven years, beating the holders by a length.\n\n"
        "The stroke lifts the cup on the boathouse steps after the final.\n\n(Velden Rowing Club)\n\n"
        "The crew trained through the summer on the lake, their coach said, and lost only one race all season.\n"
    )
    result, report = built(text)
    assert "(Velden Rowing Club)" not in body_text(report)
    assert ":credit: (Velden Rowing Club)" in result.markdown


@pytest.mark.parametrize("direction", ["(Laughter and Applause)", "(Crowd Members Chanting)", "(Speaking Another Language)"])
def test_a_stage_direction_under_a_speaker_s_turn_stays_in_the_transcript(direction):
    text = (
        "Remarks by the Warden at the Lake Fair\n\nJune 2, 2026\n\n"
        "WARDEN IVO RENK: Good evening. It is good to see the shore so full again after the long winter.\n\n"
        f"{direction}\n\n"
        "WARDEN IVO RENK: The new jetty opens in July, and the boat hire stays free for children.\n"
    )
    result, report = built(text)
    assert direction in body_text(report)
    assert ":::{figure}" not in result.markdown


def test_a_press_office_under_a_story_s_lead_is_no_photo_credit():
    text = (
        "Town hall extends library hours\n\n"
        "Velden's town hall agreed on Tuesday to open the central library until nine on weeknights from March.\n\n"
        "(Velden Town Hall Press Office)\n\n"
        "The change will cost about 30,000 a year, said Lea Sund, who runs the culture office.\n"
    )
    result, report = built(text)
    assert report.summary.startswith("Velden's town hall agreed")
    assert ":::{figure}" not in result.markdown


@pytest.mark.parametrize("line", ["(Harbour Images)", "(AFP Staff)", "(Ivo Marsk/Nordpress)"])
def test_a_source_naming_a_picture_or_an_agency_is_a_credit_under_any_paragraph(line):
    assert bracketed_credit(line, "The club won the cup on Saturday.")


def test_a_bracketed_phrase_under_a_quoting_paragraph_is_no_credit():
    assert not bracketed_credit("(Harbour Rowing Club)", "“We trained all summer,” the stroke says at the lake.")
