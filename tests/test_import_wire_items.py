"""A wire item exported from an agency's feed (NITF, NewsML): its headline in capitals, the byline with the agency's
post, the issue's time stamp in ISO 8601's basic form. Passages of our own, each with a near miss."""

from __future__ import annotations

import datetime as dt

from dossier.dates import find_line_date
from imported import built, headings

HEADLINE = "FERRY FARES TO RISE BY A THIRD, SAYS PORT BOARD\n\n"
BODY = (
    "Ferry fares across the estuary will rise by a third from the spring, the port board has told councillors.\n\n"
    'Councillor Ida Brenn said: "Families on the island will pay for this."\n'
)


def test_a_compact_iso_stamp_under_the_byline_is_the_date_line():
    for stamp in ("20230914T081502+0100", "20230914T0815Z", "20230914T081502.250-0400", "Issued: 20230914T081502Z"):
        _, report = built(f"{HEADLINE}By Olek Varn\n\n{stamp}\n\n{BODY}")
        assert report.date == dt.date(2023, 9, 14), stamp
        assert not any("20230914" in h for h in headings(report)), stamp
    # the extended form was read before, and still is
    _, report = built(f"{HEADLINE}By Olek Varn\n\n2023-09-14T08:15:02+01:00\n\n{BODY}")
    assert report.date == dt.date(2023, 9, 14)


def test_eight_digits_without_their_time_or_inside_a_word_are_no_date():
    assert find_line_date("20230914") is None  # a number, an order's reference: no T, no time
    assert find_line_date("Ref. 20230914-0815") is None
    assert find_line_date("backup_20230914T081502.tar") is None  # a file's name
    assert find_line_date("20231394T081502Z") is None  # no month 13
    assert find_line_date("Issued 20230914T081502Z") is not None


def authors(byline: str) -> list[tuple[str, str]]:
    _, report = built(f"{HEADLINE}{byline}\n\n20230914T081502Z\n\n{BODY}")
    return [(author.name, author.role) for author in report.authors]


def test_the_newsroom_and_post_after_a_byline_s_name_are_the_writer_s_post():
    assert authors("By Olek Varn, Harbour News Agency Political Correspondent") == [("Olek Varn", "Harbour News Agency Political Correspondent")]
    assert authors("By Olek Varn, PA Chief Reporter") == [("Olek Varn", "PA Chief Reporter")]
    assert authors("By Olek Varn, The Estuary Times Defence Correspondent") == [("Olek Varn", "The Estuary Times Defence Correspondent")]
    assert authors("By Olek Varn, Political Editor") == [("Olek Varn", "Political Editor")]  # as before
    # near misses: a second writer with a post is a second writer
    assert authors("By Olek Varn, Ida Brenn Staff Writer") == [("Olek Varn", ""), ("Ida Brenn", "Staff Writer")]
    assert authors("By Olek Varn") == [("Olek Varn", "")]
