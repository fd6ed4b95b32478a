"""A digest forwarding a body's passage as a block quote under a lead-in with no verb of saying ("A communiqué from the
group X, on 10 December:", "this was posted yesterday on X:"): passages written for these tests, with their near misses."""

from __future__ import annotations

import pytest
from dossier.attribution.forwarded import forwarded_from
from passages import attributed

BLOCK = "\n\n> Thirty boats have lost their berths this month. The council has offered the owners nothing.\n"
WORDS = "Thirty boats have lost their berths this month. The council has offered the owners nothing."


@pytest.mark.parametrize(
    "lead_in, speaker",
    [
        ("We also pass on a communiqué from the organisation Dock Fairness League, on the closure of the south quay.", "Dock Fairness League"),
        ("A statement from the group Dock Fairness League, on 12 January:", "Dock Fairness League"),
        ("Here is the appeal released by the Marrow Valley Tenants Union on Friday:", "Marrow Valley Tenants Union"),
        ("Below is a press release by the Dock Fairness League:", "Dock Fairness League"),
        ("Late on Friday a barge ran aground near Gull Spit; this was posted about it that evening on Tide Alert Desk:", "Tide Alert Desk"),
        ("The following was published on Saturday on River Watch Bulletin:", "River Watch Bulletin"),
        ("It was posted by Lena Orth on her blog.", "Lena Orth"),
    ],
)
def test_a_lead_in_forwarding_a_bodys_passage_credits_the_body(lead_in: str, speaker: str) -> None:
    assert attributed(lead_in + BLOCK) == [(speaker, WORDS)]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The following photo was posted on Tide Alert Desk:",  # a photo, not words
        "This was posted yesterday:",  # no one named
        "This was posted on Facebook on Monday:",  # the platform, not whose words
        "The demands include:",
        "The statement from the Dock Fairness League was ignored by the council.",  # about the statement, not leading into it
    ],
)
def test_a_lead_in_naming_no_source_credits_nobody(lead_in: str) -> None:
    assert attributed(lead_in + BLOCK) == []


def test_a_verb_of_saying_in_the_lead_in_keeps_its_subject() -> None:
    lead_in = "Mara Quill, the league's chair, said of the statement from the Dock Fairness League:"
    assert attributed(lead_in + BLOCK) == [("Mara Quill", WORDS)]


def test_the_venue_is_the_name_part_of_a_chunk_running_over_on() -> None:
    head = forwarded_from("This was posted on Monday on Tide Alert Desk:")
    assert head is not None and head.name == "Tide Alert Desk"


@pytest.mark.parametrize(
    "lead_in, speaker",
    [
        ("The Marrow Valley Tenants Union asks the city to make sure the south quay stays open.", "Marrow Valley Tenants Union"),
        ("The Dock Fairness League called on the port authority to reopen the berths.", "Dock Fairness League"),
        ("The Dock Fairness League has received reports of evictions on the quay. According to their sources,", "Dock Fairness League"),
        ("The Dock Fairness League has heard of more evictions. According to its own sources:", "Dock Fairness League"),
    ],
)
def test_a_bodys_appeal_or_report_over_a_block_quote_is_the_bodys(lead_in: str, speaker: str) -> None:
    assert attributed(lead_in + BLOCK) == [(speaker, WORDS)]


@pytest.mark.parametrize(
    "lead_in",
    [
        "The reporter asked the harbour master to explain the delay.",  # the answer may follow: not the asker's
        "Families have received letters from the port. According to their sources,",  # no body named
        "According to sources in the port,",
    ],
)
def test_an_appeal_or_sources_with_no_body_credit_nobody(lead_in: str) -> None:
    assert attributed(lead_in + BLOCK) == []
