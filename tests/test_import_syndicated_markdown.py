"""A story as a static site stores a syndicating site's page in Markdown: front matter with the site's slug as the author,
the headline again, the syndicating site's stamp ('**Monday, 18 May 2009, 12:26 pm**' / '**Article: [Harbour Weekly](…)**'),
the standfirst and the writer's name alone under it, an ad slot's label ('Advertisement - scroll to continue reading')
and the site's style rules copied as text. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

FRONT = (
    '---\ntitle: "Harbour rules under fire"\ndate: 2009-05-18\nauthor: harbour-weekly\n---\nHarbour rules under fire\n========================\n\n'
)
STAMP = "**Monday, 18 May 2009, 12:26 pm**  \n**Article: [Harbour Weekly](https://example.org/hw)**\n\n"
STANDFIRST = "Harbour rules under fire: the reporting of ferry accidents\n\nTomas Vell\n\n"
STORY = (
    "Former reporter Olek Brandt, who now lectures at Harbour University, doesn't believe the code words work at all.\n\n"
    "Advertisement - scroll to continue reading\n\n"
    "Mr Brandt said editors and doctors were at odds over whether reporting the accidents was a danger to readers.\n\n"
    "a.supporter:hover {background:#EC4438!important;} @media screen and (max-width: 480px) { #byline div.byline {padding-right:16px;}}\n"
)


def test_the_syndicating_site_s_stamp_is_left_out_and_the_name_under_the_standfirst_is_the_byline():
    _, report = built(FRONT + STAMP + STANDFIRST + STORY)
    assert [a.name for a in report.authors] == ["Tomas Vell"]
    assert report.summary.startswith("Harbour rules under fire: the reporting")
    assert "12:26 pm" not in body_text(report) and "Tomas Vell" not in body_text(report)
    assert "scroll to continue" not in body_text(report) and "supporter:hover" not in body_text(report)


def test_a_front_matter_author_that_is_a_name_stays():
    # near miss: the front matter names the writer as the page prints it; the name under the standfirst is left as it was
    _, report = built(FRONT.replace("harbour-weekly", "Ana Lind") + STAMP + STANDFIRST + STORY)
    assert [a.name for a in report.authors] == ["Ana Lind"]


def test_a_dated_first_paragraph_with_no_hour_stays():
    # near miss: a sentence opening on the day is the story's, no stamp
    _, report = built(FRONT + "Monday, 18 May 2009, was the day the harbour rules changed for every ferry line.\n\n" + STORY)
    assert "the day the harbour rules changed" in body_text(report)


@pytest.mark.parametrize("line", ["Advertisement - scroll to continue reading", "ADVERTISEMENT Scroll down to continue", ".byline {color: red;}"])
def test_an_ad_slot_s_label_and_a_style_rule_are_furniture(line):
    assert furniture_kind(line)


@pytest.mark.parametrize(
    "line", ["Scroll to continue reading the council's report", "The set {a: 1} is small.", "In the code, x {y: z} means a map."]
)
def test_prose_with_braces_or_scrolling_is_text(line):
    assert furniture_kind(line) == ""


def test_an_epigraph_s_source_under_a_slug_author_is_no_byline():
    # near miss: no syndicating stamp; a quoted epigraph and its source open the post
    front = '---\ntitle: "Lanterns on the lake"\ndate: 2020-11-03\nauthor: site-editor\n---\n'
    epigraph = "“Every lantern on the water is a promise to come home.”\n\nIvo Renk\n\n"
    post = "My grandmother set a lantern on the lake every autumn, the week the boats came in.\n\nShe never told us who had taught her.\n"
    result, report = built(front + epigraph + post)
    assert [a.name for a in report.authors] == []  # the slug is a post, no name
    assert any("site-editor" in problem.message for problem in result.problems)
    assert "Ivo Renk" in body_text(report) or "Ivo Renk" in headings(report)


def test_a_quoted_standfirst_under_the_stamp_keeps_its_source():
    # near miss: the stamp, then a quotation and its source: an epigraph, not a standfirst over the byline
    epigraph = "“The code words never worked for anyone.”\n\nIvo Renk\n\n"
    _, report = built(FRONT + STAMP + epigraph + STORY)
    assert [a.name for a in report.authors] == ["Harbour Weekly"]  # the slug as the stamp writes it


def test_a_byline_opening_the_text_beats_the_front_matter_s_slug():
    # the stamp, then 'By <name>' as the text's first line: the writer, no editors' note; the slug is the site's
    _, report = built(FRONT + STAMP + "By Tomas Vell\n\n" + STORY)
    assert [a.name for a in report.authors] == ["Tomas Vell"]
    assert "By Tomas Vell" not in body_text(report)


def test_a_byline_opening_the_text_under_no_stamp_beats_the_slug():
    _, report = built(FRONT + "By Tomas Vell and Ana Lind\n\n" + STORY)
    assert [a.name for a in report.authors] == ["Tomas Vell", "Ana Lind"]


def test_a_byline_under_a_front_matter_name_leaves_the_name():
    # near miss: the front matter names the writer as the page prints it
    _, report = built(FRONT.replace("harbour-weekly", "Ana Lind") + STAMP + "By Tomas Vell\n\n" + STORY)
    assert [a.name for a in report.authors] == ["Ana Lind"]


def test_a_by_line_that_names_no_one_under_a_slug_stays_text():
    # near miss: 'By Any Means Necessary' opening the text is a subhead's words, no byline
    _, report = built(FRONT + STAMP + "By any means necessary, the crews kept the ferries running through the storm.\n\n" + STORY)
    assert [a.name for a in report.authors] == ["Harbour Weekly"]  # the slug as the stamp writes it
