"""Bylines whose name closes on an initial after the surname ('Selay Marius K.', 'By Ana Lutz K.', as francophone West
African and South Asian papers set them) or holds one inside ('By Ana K. Lutz'): bylines, not paragraphs or headings.
Near misses: a headline's lettered option ('Dredgers Pick Plan B.') and a sentence ending in an initial. Passages of
our own."""

from __future__ import annotations

from dossier.bylines import _is_person_name, byline_people
from imported import built, headings

HEADLINE = "Harbour fares to rise in April"
STANDFIRST = "Commuters face higher fares as the board looks for money to replace its oldest boats"
LEAD = "The harbour board voted on Monday to raise the fares on every ferry line by a tenth from the first of April, its chairman said."
MORE = "Traders on Quay Street say the works have cost them a season, and the council has promised to look again at the rents it charges."


def page(byline: str, dated: bool = False) -> str:
    return f"{HEADLINE}\n\n" + ("March 4, 2026\n\n" if dated else "") + f"{byline}\n\n{LEAD}\n\nWhat the traders say\n\n{MORE}\n"


def test_a_bare_name_closed_by_an_initial_under_the_headline_is_the_byline():
    for name in ("Kouassi Serge K.", "Adjoa Mensima A."):
        for dated in (False, True):
            _, report = built(page(name, dated))
            assert [a.name for a in report.authors] == [name]
            assert headings(report) == ["What the traders say"]


def test_by_and_a_name_with_an_initial_before_or_after_the_surname():
    for line, name in (("By Ines Varga K.", "Ines Varga K."), ("By: Ines K. Varga", "Ines K. Varga"), ("by Tomas Berg J.", "Tomas Berg J.")):
        result, report = built(page(line))
        assert [a.name for a in report.authors] == [name]
        assert line not in result.markdown


def test_a_name_with_an_initial_between_the_standfirst_and_the_date_line():
    """The initial's stop is no sentence's: the header goes on to the date line under the name."""
    result, report = built(f"HARBOUR\n\n{HEADLINE}\n\n{STANDFIRST}\n\nInes Varga K.\n\nMarch 4, 2026\n\n{LEAD}\n")
    assert [a.name for a in report.authors] == ["Ines Varga K."]
    assert report.date.isoformat() == "2026-03-04" and headings(report) == []
    assert "Ines Varga K." not in result.markdown.split("+++")[-1]


def test_the_initial_stays_with_the_name_among_several():
    assert byline_people("Ines Varga K. and Tomas Berg") == [("Ines Varga K.", ""), ("Tomas Berg", "")]
    assert byline_people("Tomas Berg.") == [("Tomas Berg", "")]  # a byline's own stop still goes


def test_a_lettered_option_or_a_sentence_ending_in_an_initial_is_no_byline():
    """Near misses: 'Dredgers Pick Plan B.' under the headline is a line of the page, no one's name; so is a sentence
    ending in an initial, 'They chose Plan B.'."""
    assert not _is_person_name("Dredgers Pick Plan B.") and not _is_person_name("Council Backs Option C.")
    for line in ("Dredgers Pick Plan B.", "They chose Plan B."):
        for dated in (False, True):
            _, report = built(page(line, dated))
            assert report.authors == []
    _, report = built(f"{HEADLINE}\n\nThey chose Plan B.\n\nMarch 4, 2026\n\n{LEAD}\n")
    assert report.authors == []
