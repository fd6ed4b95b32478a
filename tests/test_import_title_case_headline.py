"""A release's or a news site's headline in title case with no small word ('Harbour Office Halts River Smuggling Ring
With Rented Boats'), seven words or more, opening a plain-text export right over the story's first paragraph: its verb
in the present makes it the headline, not a crawl's line of topic tags. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built

STORY = (
    "\n\nKELBY – Officers of the harbour office took twelve river boats from a smuggling ring on Tuesday night, the state "
    "attorney's office said. Four pilots were held overnight.\n\n"
    "“We had watched the ring since the spring floods,” said Hanna Lorimer, the harbour master.\n\n"
    "A court in Kelby will hear the first of the pilots in May.\n"
)


def test_a_title_case_headline_with_its_verb_over_the_story_is_the_title():
    for headline in (
        "Harbour Office Halts River Smuggling Ring With Rented Boats",
        "Harbour Office Halts River Smugglers’ Rented-Boat Ring Overnight",
        "Kelby Council Seizes Twelve Unlicensed River Ferry Boats",
        "State Attorney Charges Four Harbour Pilots With Bribery",
    ):
        result, report = built(headline + STORY)
        assert report.title == headline, headline
        assert "topic tags" not in result.dropped, headline


def test_the_headline_over_a_story_without_a_dateline_is_the_title_too():
    headline = "Harbour Office Halts River Smuggling Ring With Rented Boats"
    _, report = built(headline + STORY.replace("KELBY – ", ""))
    assert report.title == headline


def test_a_tag_line_over_the_story_is_still_dropped():
    """Near misses: topics with an ampersand, a plural closing the line, an -ics word: no verb between words, a crawl's tag line."""
    for tags in (
        "Conflict Harbours & Rivers Geopolitics & Energy Security Human Rights",
        "Harbour Policing River Transport Maritime Law Coastal Trade Fisheries",
        "Maritime Economics Harbour Policing River Transport Coastal Trade",
        "Harbour Policing Status River Transport Maritime Law",
    ):
        result, report = built(tags + STORY)
        assert report.title != tags, tags
        assert "topic tags" in result.dropped, tags


def test_a_tag_line_with_an_inner_plural_or_an_us_word_is_still_dropped():
    """Near misses: 'Human Rights', 'United States', 'Coronavirus' inside a crawl's tag line look like a verb in the
    present; the tags name nothing the first sentence under them is about, so they stay tags."""
    for tags in (
        "Elections Democracy Human Rights Foreign Policy Sanctions Europe Migration",
        "World United States Middle East Foreign Policy Defence Energy",
        "Health Coronavirus Pandemic Vaccine Policy Public Health Europe",
    ):
        result, report = built(tags + STORY)
        assert report.title != tags, tags
        assert "topic tags" in result.dropped, tags
