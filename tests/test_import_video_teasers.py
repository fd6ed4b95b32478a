"""A video's teaser set between a story's paragraphs, copied as text: its title over its running time ('Inside the dam
deal: What it means for farmers' / '23:27'). The site's, never the story's. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built

HEAD = "Rates and the region\n2024-03-05\n\n"
BEFORE = "Analysts expect the region to slip into recession this year as lenders keep raising their rates.\n\n"
AFTER = "Water prices will likely rise in 2025, helped by the drought and the new levy on the northern farms.\n\n"
CLOSING = "The levy is expected to come down more slowly in the north than in the south, the ministry said.\n"


@pytest.mark.parametrize(
    ("title", "time"),
    [
        ("Inside the dam deal: What it means for farmers", "04:12"),
        ("Watch: how the northern reservoirs ran dry", "23:27"),
        ("The drought year in pictures and voices", "1:02:45"),
    ],
)
def test_a_video_s_title_over_its_running_time_is_a_teaser(title, time):
    _result, report = built(HEAD + BEFORE + f"{title}\n{time}\n\n" + AFTER + CLOSING)
    text = body_text(report)
    assert title not in text and time not in text
    assert "Analysts expect" in text and "Water prices will likely rise" in text


def test_near_miss_a_live_page_s_time_lines_over_its_entries_stay():
    entries = (
        "The storm reached the coast in the early hours of the morning, the weather office said.\n\n"
        "04:12\nThe first warning reached the harbour office, and the ferries were held in port.\n\n"
        "Ferries held in port\n05:30\nThe harbour master ordered the quay cleared before the tide.\n"
    )
    _result, report = built(HEAD + entries)
    text = body_text(report)
    assert "04:12" in text or "05:30" in text
    assert "Ferries held in port" in text or "Ferries held in port" in [s.title for s in report.sections]


def test_near_miss_a_sentence_over_a_time_stays():
    _result, report = built(HEAD + BEFORE + "The minister spoke at length about the rates.\n04:12\n\n" + AFTER + CLOSING)
    assert "The minister spoke at length" in body_text(report)
