"""A news page's extracted text keeps the labels its widgets showed, alone on a line: a gallery or a video loading
('Loading Photo Gallery', 'Loading video'), a player's and a photo's buttons ('Play video', 'Enlarge this image'), a
gallery's link ('View the photo gallery') and a link to the story's video with the clip's title ('Watch: …'). They are
page furniture, never a section heading nor a paragraph. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built, headings

STORY = (
    "Harbour council rejects the quay plan\n\nBy Mara Lind\n\n"
    "PORT CARROW — The harbour council on Tuesday rejected the quay plan, leaving the ferry company without a berth.\n\n"
    "“We cannot approve a plan that nobody has costed,” said council leader Tomas Brenner.\n\n"
    "The ferry company said it would appeal.\n\n"
)
TAIL = "\n\nA spokesman for the mayor declined to comment on the vote or on the winter timetable.\n"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Loading Photo Gallery", "loading notice"),
        ("Loading video", "loading notice"),
        ("Loading images…", "loading notice"),
        ("Play video", "media player"),
        ("Enlarge this image", "media player"),
        ("View the photo gallery", "gallery link"),
        ("Launch slideshow", "gallery link"),
        ("Watch: Harbour master quits on live TV 02:14", "video link"),
        ("WATCH: Ferry crews train for storm landings (1:45)", "video link"),
    ],
)
def test_a_widgets_label_alone_on_a_line_is_furniture(label, kind):
    result, report = built(STORY + label + TAIL)
    assert headings(report) == []
    assert label not in result.markdown
    assert result.dropped[kind] == [label]
    assert "declined to comment" in body_text(report)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Loading", True),  # a shipping report's section: no widget named, no ellipsis
        ("Loading the ferries at night", True),
        ("Photo gallery", True),  # a section's own name, no link's verb
        ("Watch: the levy is due in May.", False),  # a sentence
        ("Watch the tide tables", True),
    ],
)
def test_near_misses_stay_text(line, heading):
    result, report = built(STORY + line + TAIL)
    assert line in result.markdown
    assert (line in headings(report)) is heading


@pytest.mark.parametrize(
    "line",
    [
        "WATCH: Ferry crews train for storm landings",  # no clip's length: a heading's shape too
        "Watch: Fed minutes and the jobs data",  # a markets preview's 'what to watch' item
        "WATCH: Key Risks for 2025",  # a report's section
        "Watch: whether the board backs down before the winter timetable",
    ],
)
def test_near_miss_a_watch_line_without_a_clips_length_stays_text(line):
    result, _report = built(STORY + line + TAIL)
    assert line in result.markdown
    assert "video link" not in result.dropped


def test_near_miss_a_video_link_opening_the_text_is_its_only_headline_and_stays_the_title():
    body = STORY.split("\n\n", 2)[2]
    result, report = built("Watch: Harbour master quits on live TV 02:14\n\n" + body + TAIL)
    assert report.title == "Watch: Harbour master quits on live TV 02:14"
    assert "video link" not in result.dropped
