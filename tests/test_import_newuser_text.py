"""A news page copied from a browser as a new user copied one (a Caribbean paper's story): the site's follow links run
into one line, a live page's relative stamp under the byline, and photo captions reduced to a name and a dash.
Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

FOLLOW = "Harbourday on Facebook Harbourday on Instagram Harbourday on YouTube"


def page(header: str) -> str:
    body = "\n\n".join(f"{PROSE}, and the harbour board met again on day {n}." for n in range(1, 6))
    return f"{header}\n\n{body}\n"


def test_follow_links_run_into_one_line_are_no_title():
    _, report = built(page(f"{FOLLOW}\nNews\nHarbour board rejects fee motion\nMarta Kowalczyk\n9 Hrs Ago"))
    assert report.title == "Harbour board rejects fee motion"
    # near miss: a headline that names a platform once is a headline
    _, report = built(page("Harbour board rejects motion on Facebook fees\nMarta Kowalczyk\n9 Hrs Ago"))
    assert report.title == "Harbour board rejects motion on Facebook fees"


def test_a_name_over_a_relative_stamp_is_the_byline_and_the_stamp_is_no_heading():
    _, report = built(page("News\nHarbour board rejects fee motion\nMarta Kowalczyk\n9 Hrs Ago"))
    assert [a.name for a in report.authors] == ["Marta Kowalczyk"]
    assert "9 Hrs Ago" not in headings(report) and "9 Hrs Ago" not in body_text(report)
    # near miss: a sentence that says how long ago something happened is prose
    _, report = built(page("News\nHarbour board rejects fee motion\nMarta Kowalczyk\n9 Hrs Ago\n\nThe first pilots left two hours ago."))
    assert "The first pilots left two hours ago." in body_text(report)


def test_a_caption_reduced_to_a_name_and_a_dash_is_dropped():
    result, report = built(page("News\nHarbour board rejects fee motion\nMarta Kowalczyk\n9 Hrs Ago\nTobias Lindqvist -"))
    assert result.dropped.get("caption credit") == ["Tobias Lindqvist -"]
    assert "Tobias Lindqvist" not in " ".join(headings(report)) and "Tobias Lindqvist" not in body_text(report)
    # near miss: a name and a dash followed by words is a line of its own words, kept
    result, report = built(
        page("News\nHarbour board rejects fee motion\nMarta Kowalczyk\n9 Hrs Ago\n\nTobias Lindqvist - the pilot who spoke first.")
    )
    assert "caption credit" not in result.dropped
