"""A newsletter's sign-up box closing it ('SUBSCRIBE TO HARBOUR NOTES', dropped as the site's), then its pitch ('Send us a
blank email at …'): the line under the dropped heading is the box's, never a section's heading. The next part's heading
two lines under it stays."""

from __future__ import annotations

from imported import built, headings

TOP = ["The Weight Of Words", "2019-03-08", "By Lena Duro"]
ITEM = [
    "HOUSING BILL STALLS",
    "The select committee heard submissions on the housing bill this week. The forum asked for a clear definition of fair rent.",
]
NEXT = ["SCHOOLS IN THE SPOTLIGHT", "Schools were in the spotlight this week when the minister announced three new schools in Port Ellis."]


def test_the_line_under_a_dropped_sign_up_heading_is_no_section() -> None:
    pitch = "Readers who would like the printed edition each quarter can write to the forum's office on Quay Street, Port Ellis."
    tail = ["SUBSCRIBE TO THE WEIGHT OF WORDS", "Send us a blank email at words@velden-forum.example", pitch]
    _, report = built("\n\n".join([*TOP, *ITEM, *NEXT, *tail]) + "\n")
    assert headings(report) == ["HOUSING BILL STALLS", "SCHOOLS IN THE SPOTLIGHT"]


def test_a_heading_two_lines_under_a_sign_up_heading_stays() -> None:
    # near miss: the sign-up box's line, then the next part's heading over its text
    tail = ["SUBSCRIBE TO THE WEIGHT OF WORDS", "Send us a blank email at words@velden-forum.example.", *NEXT]
    _, report = built("\n\n".join([*TOP, *ITEM, *tail]) + "\n")
    assert "SCHOOLS IN THE SPOTLIGHT" in headings(report)


def test_a_sections_heading_under_a_sign_up_prompt_in_the_story_stays() -> None:
    # near miss: a prompt between two parts of the story, in mixed case, and the next part's heading under it
    story = ["The committee met on Tuesday to hear the tenants, and a crowd waited outside the hall.", "“Rents cannot rise again,” said Ilsa Varn."]
    body = [*story, "Sign up for the Port Ellis Evening newsletter", "THE COUNT", "The committee voted four to three to send the bill back."]
    _, report = built("\n\n".join([*TOP[:2], *body]) + "\n")
    assert headings(report) == ["THE COUNT"]


def test_a_sections_heading_under_a_sign_up_heading_in_capitals_stays() -> None:
    # near miss: the heading under the box's heading asks for no e-mail
    story = ["The committee met on Tuesday to hear the tenants, and a crowd waited outside the hall.", "“Rents cannot rise again,” said Ilsa Varn."]
    body = [*story, "SUBSCRIBE TO THE WEIGHT OF WORDS", "THE COUNT", "The committee voted four to three to send the bill back."]
    _, report = built("\n\n".join([*TOP[:2], *body]) + "\n")
    assert headings(report) == ["THE COUNT"]
