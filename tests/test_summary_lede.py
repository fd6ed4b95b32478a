"""The summary under a report's title is never cut off in mid-sentence without saying so (dossier.lede)."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.lede import completed_summary

OPENING = (
    "Port Authority chairman Piet Vos on Monday called for patience after the U.S. Coast Guard closed the outer "
    "channel, 12 days before the grain season opens. Work on the dredger resumed in the afternoon."
)
FIRST_SENTENCE = OPENING.split(" Work on")[0]


def test_a_description_cut_at_a_word_count_runs_on_to_the_end_of_the_opening_sentence():
    cut = "Port Authority chairman Piet Vos on Monday called for patience after the U.S. Coast Guard closed the"
    assert completed_summary(cut, OPENING) == FIRST_SENTENCE, "the abbreviation's stop does not end the sentence"
    assert completed_summary(cut[:-2], OPENING) == FIRST_SENTENCE, "cut inside a word"


@pytest.mark.parametrize(
    "summary",
    [
        FIRST_SENTENCE,  # a whole sentence of the opening
        OPENING,  # the whole opening
        "Vos calls for patience as the channel closes",  # a standfirst of its own, with no full stop
        "The channel stays closed, the port says.",
    ],
)
def test_a_summary_that_is_whole_stays_as_written(summary):
    assert completed_summary(summary, OPENING) == summary


def test_a_summary_of_its_own_that_stops_on_a_comma_or_an_article_says_it_is_cut():
    assert completed_summary("THE OUTER CHANNEL AND THE GRAIN SEASON,", OPENING) == "THE OUTER CHANNEL AND THE GRAIN SEASON …"
    assert completed_summary("A note on the dredging of the", OPENING) == "A note on the dredging of the …"
    assert completed_summary("Three ports say what the dredging needs:", OPENING) == "Three ports say what the dredging needs: …"


def test_a_report_whose_front_matter_summary_is_cut_shows_its_opening_sentence():
    text = f'+++\ntitle = "Channel closed"\ndate = 2024-05-06\nsummary = "Port Authority chairman Piet Vos on Monday called for patience after the"\n+++\n\n{OPENING}[^1]\n\n[^1]: Port notice, May 6, 2024.\n'
    report = read_report(text, "channel.md")
    assert report.summary == FIRST_SENTENCE


def test_a_description_cut_in_the_stories_second_paragraph_runs_on_to_that_sentences_end():
    """A site's description counts words over the story's paragraphs: cut mid-word in the second ("… set to raise the
    ba"), it runs on there. Near miss: a standfirst of its own with no stop stays as written."""
    second = "The change comes as the board is set to raise the base charge per tonne for every vessel. It meets in May."
    body = f"{FIRST_SENTENCE}\n\n{second}\n\nA third paragraph on the dredger."
    cut = f"{FIRST_SENTENCE} The change comes as the board is set to raise the ba"
    text = f'+++\ntitle = "Channel closed"\ndate = 2024-05-06\nsummary = "{cut}"\n+++\n\n{body}\n'
    assert read_report(text, "channel.md").summary == f"{FIRST_SENTENCE} {second.split(' It meets')[0]}"
    own = "Vos calls for patience as the channel closes"
    assert read_report(text.replace(cut, own), "channel.md").summary == own
