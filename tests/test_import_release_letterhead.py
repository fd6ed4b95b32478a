"""A release's or a paper's letterhead on a line of its own over the headline, the body's name and its bare web address
('Velden Ferry Users Group  www.veldenferryusers.org'): the publisher's line, never the title; the headline under it is.
A title keeps no doubled spaces of a paste. A sentence that ends on a web address stays text."""

from __future__ import annotations

import pytest
from imported import built, headings

TOP = ["Ferry Fares to Rise on the Vell Line", "3 March 2011"]
BODY = [
    "The cost of a crossing will rise for Velden commuters unless the board acts, the Velden Ferry Users Group has warned.",
    "“Unless the board acts today, the crossing will price out the town,” said Group Director Ilsa Varn.",
]


def test_the_letterhead_over_a_release_is_no_title() -> None:
    result, report = built("\n\n".join(["Velden Ferry Users Group  www.veldenferryusers.org", *TOP, *BODY]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown
    assert not headings(report) and "www.veldenferryusers.org" not in result.markdown


def test_a_title_keeps_no_doubled_spaces() -> None:
    result, _ = built("\n\n".join(["Ferry Fares to Rise  on the Vell Line", *TOP[1:], *BODY]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown


def test_a_sentence_ending_on_a_web_address_stays_text() -> None:
    line = "Read the Group's full submission to the board at www.veldenferryusers.org"
    result, _ = built("\n\n".join([*TOP, "By Lena Duro", BODY[0], line, BODY[1]]) + "\n")
    assert "full submission to the board" in result.markdown


def test_a_contacts_list_under_the_text_keeps_its_bodies_and_addresses() -> None:
    # near miss: a guide's closing list of where to turn, each line a body's name and its web address
    contacts = ["Velden Tenants Aid www.veldentenants.org", "Harbour Carers – www.harbourcarers.org.uk"]
    result, _ = built("\n\n".join([*TOP, *BODY, "WHERE TO TURN", *contacts, "The council's helpline is open on weekdays."]) + "\n")
    assert all(line in result.markdown for line in contacts)


@pytest.mark.parametrize(
    "letterhead",
    [
        "Velden  F e rry  Us ers  Group  www.veldenferryusers.org",
        "Velden  Fer ry  Us ers  Group  www.veldenferryusers.org",
        "V elden  Ferry  Users  Group  www.veldenferryusers.org",
        "Velden  Ferry  U sers  Group   |   www.veldenferryusers.org",
    ],
)
def test_a_letterhead_read_by_ocr_with_its_words_broken_is_no_title(letterhead: str) -> None:
    # OCR sets the printed words two spaces apart and breaks a word's letters anywhere with single spaces
    result, _ = built("\n\n".join([letterhead, *TOP, *BODY]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown and "veldenferryusers.org" not in result.markdown


def test_a_letterheads_shape_under_the_text_stays_text() -> None:
    # near miss: an OCR-read letterhead's shape under the text's first paragraph (a contacts line closing the release)
    # is the text's own line; only over the text is it the letterhead
    line = "Velden  Fer ry  Us ers  Group  www.veldenferryusers.org"
    result, _ = built("\n\n".join([*TOP, *BODY, line]) + "\n")
    assert 'title = "Ferry Fares to Rise on the Vell Line"' in result.markdown
    assert "\n\n" + line + "\n" in result.markdown
