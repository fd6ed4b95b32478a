"""A wire story stored without its headline, byline or date, followed by a reposter's hashtag block. Passages of our
own, each with a near miss."""

from __future__ import annotations

from imported import built, headings

LEAD = (
    'Harbour pilots said Friday they were "doing everything" to keep the port open, as the storm closed two of its three '
    "channels for the second day running.\n\n"
    '"We are doing everything to bring the ships in before the tide turns," pilot captain Ada Renn said in a statement.\n\n'
    '"The help of the tug crews is very, very important because we just need more hands on the ropes."\n\n'
    "The port authority said the third channel would stay open through the weekend, weather permitting, and that it "
    "would review the closures on Monday.\n\n"
)
SUBHEAD = "Storm Season Ahead\n\n"
REST = (
    "Forecasters expect three more storms before the end of the month, the weather service said, each of them with "
    "winds strong enough to close the outer channels.\n"
)
HASHTAGS = "\n\nHARBOUR DESK:\n#STORM\n#PORT\n#PILOTS\n#HARBOUR_BOARD\n"


def paragraphs(report) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for s in report.sections for p in s.paragraphs]


def test_a_subhead_under_the_story_s_first_paragraphs_is_no_title():
    result, report = built(LEAD + SUBHEAD + REST)
    assert report.title != "Storm Season Ahead" and result.summary[0].endswith("(from the file name)")
    assert "Storm Season Ahead" in headings(report)
    # near miss: a headline-like line over the text, with no headline found, is still the title
    result, report = built("Storm Season Ahead\n\n" + LEAD + REST)
    assert report.title == "Storm Season Ahead"


def test_a_hashtag_block_after_the_story_is_page_furniture():
    result, report = built(LEAD + SUBHEAD + REST + HASHTAGS)
    texts = [t for _, t in paragraphs(report)]
    assert not any(t.startswith("#") or "HARBOUR DESK" in t for t in texts) and "HARBOUR DESK:" not in headings(report)
    assert result.dropped["hashtags"][:2] == ["HARBOUR DESK:", "#STORM"]
    # near miss: a hashtag inside a sentence is the story's
    _, report = built(LEAD + SUBHEAD + "Residents shared photos of the flooded quay under #StormAda through the night.\n")
    assert any("#StormAda" in t for _, t in paragraphs(report))
