"""A PDF's page numbers left as paragraphs of their own in a release's text ('1' over the masthead, '2' where the second
page began): page furniture, so that the summary is the release's and a quotation run over the page stays its
speaker's. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.statements import extract_statements
from imported import built

PAGE_ONE = (
    "Westvale Parents today criticised the district council for cutting the opening hours of the clinics in three "
    "northern towns. Group convenor Mara Quist said that the review of the clinics was unfair and closed to families.\n\n"
    "“The review is closed to the public. Only invited groups can take part, and most of them run private clinics of their "
    "own. There was no notice that the review had begun and no way for a family to write to it.\n\n"
    "“The list of groups is loaded against the public clinics. Of thirty groups asked, twenty run private clinics and "
    "only one speaks for the nurses who staff the public ones in the northern towns.\n\n"
    "“The families who use the clinics most were never asked. The last review drew thousands of letters from parents, "
    "nurses and doctors in the northern towns, and all of them are shut out this time.”\n\n"
    "Ms Quist said that there is concern that a deal is being struck between the council and the private clinics to "
    "close the evening hours for good in all three towns before the winter."
)
PAGE_TWO = (
    "“The council’s own discussion paper reopens the question of whether the northern clinics should be funded at all. "
    "Its first question asks whether the evening hours are needed.\n\n"
    "“This can only be read as a threat to the clinics, given who was asked to take part in the review.\n\n"
    "“The council has already cut the budget for nurses twice in three years.”\n\n"
    "Ms Quist called for an open review. She said the group would write to the council next week."
)


def release(page_one: str = PAGE_ONE, number_one: str = "1\n\n", number_two: str = "2\n\n", page_two: str = PAGE_TWO) -> str:
    return (
        "Clinic hours cut in three northern towns\n\n2019-05-14\n\n" + number_one + "WESTVALE PARENTS Media Release\n\n"
        f"{page_one}\n\n{number_two}{page_two}\n"
    )


def test_page_numbers_alone_on_their_lines_are_furniture_and_no_summary():
    result, report = built(release())
    assert result.dropped.get("page number") == ["1", "2"]
    assert "\n1\n" not in result.markdown and "\n2\n" not in result.markdown
    assert report.summary.startswith("Westvale Parents today criticised")


def test_a_quotation_run_over_the_page_stays_its_speakers():
    _, report = built(release())
    registry = Registry([])
    found = [(registry[s.speaker].name, p[:30]) for s in extract_statements(report, registry).statements for p in s.paragraphs]
    assert ("Mara Quist", "The council’s own discussion p") in found
    assert ("Mara Quist", "The council has already cut th") in found


def test_a_second_page_numbered_alone_and_a_page_number_set_between_dashes():
    result, _ = built(release(number_one=""))
    assert result.dropped.get("page number") == ["2"]
    result, _ = built(release(number_one="", number_two="- 2 -\n\n"))
    assert result.dropped.get("page number") == ["- 2 -"]


def test_numbers_that_do_not_number_pages_stay():
    """Near misses: a list's numbers a paragraph apart, a chapter's number over its title, numbers out of order, a
    number over a short text, a lone page 1 with nothing to follow it."""
    listed = "The group asks for three things:\n\n1\n\nAn open review.\n\n2\n\nA vote on the evening hours.\n\n3\n\nMore nurses."
    chapters = release(number_one="", number_two="2\n\nThe evening hours\n\n")
    out_of_order = release(number_one="3\n\n")
    short = release(page_one="Ms Quist said the review was unfair.", number_one="")
    alone = release(number_two="")
    for text in (release(page_one=PAGE_ONE + "\n\n" + listed, number_one="", number_two=""), chapters, out_of_order, short, alone):
        result, _ = built(text)
        assert "page number" not in result.dropped, text[:200]


def test_an_essays_numbered_sections_are_no_page_numbers():
    """Near miss: '1', '2', '3' alone on their lines, a page's worth of words apart, but '1' stands over the essay's first
    paragraph, not over its title or masthead: the numbers of its sections, every one kept."""
    section = PAGE_ONE.replace("\n\n", " ")
    text = "Five Lessons from the Clinics\n\nBy Jon Abara\n\n" + "".join(f"{n}\n\n{section}\n\n" for n in (1, 2, 3))
    result, _ = built(text)
    assert "page number" not in result.dropped
    assert all(f"\n{n}\n" in result.markdown for n in (1, 2, 3))
