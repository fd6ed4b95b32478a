"""A news theme's 'Read more' box between a copied story's paragraphs: the label over one other story's headline, then
the story's prose again. Both lines are the site's, the headline never a section of the story. Over more lines than one
headline the label may be a teaser's button over the story's own subhead, which stays. Passages of our own."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Ferry crews walk out as talks over night shifts stall\nBy Tanvi Okafor\n12 March 2025\n"
ONE = "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay.\n"
TWO = "Union organiser Mira Ostrand said the crews had given the operator every chance to make a fair offer on the rota.\n"
THREE = "The operator said it hoped to return to the table by the weekend, and would keep one boat running until then.\n"
SUBHEAD = "Passengers told to check sailings\n"


def test_read_more_over_one_headline_between_paragraphs_is_the_site_s():
    result, report = built(HEAD + ONE + TWO + "Read more\nLighthouse keepers vote to strike over their pensions\n" + THREE + SUBHEAD + ONE)
    assert headings(report) == ["Passengers told to check sailings"]
    assert "Lighthouse keepers" not in result.markdown
    assert "hoped to return to the table" in body_text(report)


def test_near_miss_read_more_over_a_headline_and_a_subhead_leaves_the_subhead():
    text = HEAD + ONE + TWO + "Read more\nLighthouse keepers vote to strike\nPassengers told to check sailings\n" + THREE + ONE
    _, report = built(text)
    assert "Passengers told to check sailings" in headings(report)


def test_near_miss_read_more_over_the_story_s_own_subhead_leaves_it():
    """The subhead names what the paragraph under it says ('… check sailings'): the story's, under an expand button."""
    four = "She asked passengers to check sailings on the operator's site before travelling to the quay.\n"
    for label in ("Read more", "Read more:", "More on this story:"):
        _, report = built(HEAD + ONE + TWO + label + "\n" + SUBHEAD + four + THREE)
        assert headings(report) == ["Passengers told to check sailings"], label
        assert "check sailings on the operator's site" in body_text(report)


def test_more_on_this_story_over_one_other_headline_is_the_site_s():
    result, report = built(HEAD + ONE + TWO + "More on this story:\nLighthouse keepers vote to strike over their pensions\n" + THREE + ONE)
    assert headings(report) == []
    assert "Lighthouse keepers" not in result.markdown


def test_read_more_over_another_story_s_short_headline_is_the_site_s():
    """A box's headline may be four words or fewer ('Tram fares rise again'): under 'Read more', sharing no word with the
    paragraph going on under it, it is the site's, never a section (a short line alone is no sign of the story's subhead)."""
    for headline in ("Tram fares rise again", "Lighthouse keepers strike"):
        result, report = built(HEAD + ONE + TWO + "Read more\n" + headline + "\n" + THREE + ONE)
        assert headings(report) == [], headline
        assert headline not in result.markdown, headline
