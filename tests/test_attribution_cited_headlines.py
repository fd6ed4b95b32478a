"""A past story's headline quoted whole with the outlet that ran it and the month or year ("“…,” reported the Velden
Courier in May", "“…?” asked The Harbour Weekly in June"): the story's title, no statement. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.quotes import classify
from dossier.quotes import quote_spans
from passages import attributed


@pytest.mark.parametrize(
    "body",
    [
        "“Is the night ferry the new cigarette?” asked The Harbour Weekly in June.",
        "“Your Kettle May Be Shortening Your Life,” warned the Tidewater Gazette in 2021.",
        # among other headlines cited the same way, as a survey of the coverage lists them
        "The scare reached the press. “Salt is quietly wrecking your sleep,” reported the Velden Courier in May. "
        "“Is the night ferry the new cigarette?” probed The Harbour Weekly in August.",
        "“Is the night ferry the new cigarette?” probed The Harbour Weekly in August. "
        "“Salt is quietly wrecking your sleep,” reported National Geographic in November.",
    ],
)
def test_a_headline_an_outlet_ran_in_a_month_or_year_is_a_title(body: str) -> None:
    assert attributed(body) == []
    span = quote_spans(body)[0]
    assert classify(body, span, set()).kind == "title"


@pytest.mark.parametrize(
    "body, credit",
    [
        # an outlet's words with no month or year: its report
        ("“The docks have never seen a ruling like it,” reported Velden Daily.", "Velden Daily"),
        # a person named there speaks
        ("“Is the night ferry the new cigarette?” asked Senator Lena Broch in June.", "Lena Broch"),
        ("“The docks have never seen a ruling like it,” reported Lena Broch in May.", "Lena Broch"),
        # a sentence in plain case, alone, is the outlet's report; so is one the sentence goes on to source or place
        ("“The minister will step down on Monday,” reported Reuters in April.", "Reuters"),
        ("“Salt is quietly wrecking your sleep,” reported National Geographic in November.", "National Geographic"),
        ("“The minister will step down on Monday,” reported Reuters in April, citing three officials.", "Reuters"),
        ("“The harbour board must go now,” declared the Velden Courier in July, in an editorial.", "Velden Courier"),
        ("“The Harbour Board Must Go Now,” declared the Velden Courier in July, in an editorial.", "Velden Courier"),
    ],
)
def test_an_outlet_with_no_month_and_a_person_keep_their_words(body: str, credit: str) -> None:
    assert [speaker for speaker, _ in attributed(body)] == [credit]


def test_a_phrase_inside_a_sentence_is_no_headline() -> None:
    assert attributed("Critics called it “a quiet revolution,” reported Velden Daily in May.") == [("Velden Daily", "a quiet revolution,")]
