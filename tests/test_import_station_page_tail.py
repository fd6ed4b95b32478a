"""A local TV station's story page copied whole with select-all: under the story, the app's 'watch live' lines, the
correction link, the story's copyright line, its topic tags, then the station's 'Top Stories' rail and footer menus,
the footer's copyright notice broken over lines by the page's markup. From under the story's last sentence down, all
is the station's. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

STORY = (
    "Harbour council backs marina plan\n\nBy\nJane Roe\n\nThursday, March 7, 2024 7:35AM\n\n"
    "The Harbourton council voted on Tuesday to open talks with a developer over a new marina on the north shore.\n\n"
    "\u201cWe will have forty berths and a fuel dock once it is running,\u201d said Tomas Ekdal, the harbour manager.\n\n"
    "The talks will last two years, so there is still a long way to go.\n\n"
)
TAIL = (
    "If you're on the KXYZ News app,\nclick here to watch live\nReport a correction or typo\n"
    "Copyright \u00a9 2024 KXYZ-TV. All Rights Reserved.\nRelated Topics\nBUSINESS\nHARBOURTON\nMARINAS\n"
    "Live Streams\nON NOW\nTop Stories\nSchool board names new head for Westbrook High\n"
    "Ferry strike: What to know about weekend crossings\nTimeline of the harbour festival\nHome\nWeather\nTraffic\n"
    "Local News\nPrivacy Policy\nTerms of Use\n"
)
SPLIT_NOTICE = "Copyright \u00a9\n2024\n\nKXYZ Media, Inc., KXYZ-TV Harbourton.\nAll Rights Reserved.\n"


def test_the_stations_tail_under_the_story_is_the_stations():
    result, _report = built(STORY + TAIL + SPLIT_NOTICE)
    markdown = result.markdown
    assert "there is still a long way to go." in markdown
    for line in ("KXYZ News app", "Top Stories", "Timeline of the harbour festival", "Report a correction", "MARINAS", "KXYZ Media"):
        assert line not in markdown, line


def test_with_the_notice_on_one_line_too():
    result, _report = built(STORY + TAIL + "Copyright \u00a9 2024 KXYZ Media, Inc. All Rights Reserved.\n")
    assert "Timeline of the harbour festival" not in result.markdown and "Report a correction" not in result.markdown


def test_a_sentence_among_the_lines_keeps_them_the_texts():
    sentence = "The marina would also give the lifeboat crew a second slipway on the north shore.\n"
    result, _report = built(STORY + TAIL.replace("Home\n", sentence + "Home\n") + SPLIT_NOTICE)
    assert "Timeline of the harbour festival" in result.markdown


def test_a_box_with_no_copyright_line_over_it_stays():
    closing = "Top Stories\nSchool board names new head for Westbrook High\nTimeline of the harbour festival\nHome\n"
    result, _report = built(STORY + closing + SPLIT_NOTICE)
    assert "School board names new head for Westbrook High" in result.markdown


OPENING = (
    "Log Out\nBUSINESS\nHarbour council backs marina plan\nBy\nJane Roe\n\nThursday, March 7, 2024 7:35AM\n"
    "EMBED <>\nMore Videos\nHarbourton has agreed to open talks on a new marina on the north shore.\n"
    "HARBOURTON, Calif. (KXYZ) --\n"
    "A plan to build a marina on the north shore of Harbourton is one step closer after a council vote on Tuesday night.\n"
    "The council voted to open two years of talks with a local developer over the design of the marina and its fees.\n"
    "MORE:\nWestbrook ferry strike deal could bring weekend crossings back\n"
    "\u201cWe will have forty berths and a fuel dock once it is running,\u201d said Tomas Ekdal, the harbour manager.\n"
    "The talks will last two years, so there is still a long way to go.\n"
)


def test_the_players_buttons_the_dateline_and_the_inline_link_make_no_sections():
    result, report = built(OPENING)
    markdown = result.markdown
    assert headings(report) == []
    assert "HARBOURTON, Calif. (KXYZ) -- A plan to build a marina" in markdown
    for line in ("EMBED", "More Videos", "MORE:", "Westbrook ferry strike deal"):
        assert line not in markdown, line
    assert "said Tomas Ekdal" in markdown


def test_a_dateline_with_a_date_alone_on_its_line_too():
    result, _report = built(OPENING.replace("HARBOURTON, Calif. (KXYZ) --", "HARBOURTON, March 5 (AP) \u2014"))
    assert "HARBOURTON, March 5 (AP) \u2014 A plan to build a marina" in result.markdown


def test_a_word_alone_before_a_dash_is_no_dateline():
    result, _report = built(OPENING.replace("HARBOURTON, Calif. (KXYZ) --", "UPDATE --"))
    assert "UPDATE -- A plan" not in result.markdown


def test_more_with_no_colon_or_prose_under_the_headline_stays():
    result, _report = built(OPENING.replace("MORE:\n", "More\n"))
    assert "Westbrook ferry strike deal" in result.markdown
    heading = "Marina fees\nThe fees will be set by the council after the talks.\n"
    result, _report = built(OPENING.replace("MORE:\n", heading))
    assert "The fees will be set by the council" in result.markdown
