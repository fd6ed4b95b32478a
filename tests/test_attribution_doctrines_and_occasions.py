"""Names that look like a speaker's and are not: an ideology named after a leader ("Lu Wenkai Thought"), a body's name run
into a person's ("presented to the United Nations Lu Wenkai’s view"), a numbered gathering's report ("The 20th Party
Congress report claims"). Passages written for these tests, each with its near misses."""

from __future__ import annotations

from passages import attributed

SPEECH = "In a 2014 speech at the museum, Tan asserts: “Renewal has been the dream of our people for a century.”"
WORDS = "Renewal has been the dream of our people for a century."


def test_an_ideology_named_after_a_leader_is_no_speaker() -> None:
    body = (
        "The party's doctrine, “Tan Weiming Thought on Renewal” (hereafter “Tan Weiming Thought”), frames the era.\n\n"
        f"Tan Weiming Thought is no break with the past. The changes Tan Weiming Thought makes complete old goals. {SPEECH}"
    )
    assert attributed(body) == [("Tan Weiming", WORDS)]


def test_a_bodys_name_before_a_persons_lends_no_given_name() -> None:
    body = (
        "The envoy Piet Harlo in 1974 presented to the United Nations Tan Weiming’s view of the three worlds.\n\n"
        'Tan had maintained that if the country failed it "would fall behind for a century."'
    )
    assert attributed(body) == [("Tan Weiming", "would fall behind for a century.")]


def test_a_numbered_gatherings_report_is_nobodys() -> None:
    body = 'The 20th Party Congress report claims the plan is "pointing the right way for the region."'
    assert attributed(body) == []


def test_a_bodys_report_stays_the_bodys() -> None:
    body = 'The Harbour Council report claims the plan is "pointing the right way for the region."'
    assert [name for name, _quote in attributed(body)] == ["Harbour Council"]
