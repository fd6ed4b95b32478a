"""A news page copied as text whose headline, written as a sentence, has its standfirst on the next line, about as long
and with no stop either ('Harbour fund slumps 40% in first four months of 2024' / 'Storm season deals fresh blow to the
port's biggest shipper'), then the byline and the date: the first line is the title, the second the summary. Passages of
our own, with near misses: a kicker or a label over the headline, a short title over the full one, two title-case lines."""

from __future__ import annotations

import pytest
from imported import built

HEADLINE = "Vardø ferry operator loses a third of its riders in two winters"
STANDFIRST = "Fare rises and a long strike drive passengers back to the coast road"
STORY = (
    "\n\nBy Ines Callow\n\nFebruary 9 2025\n\n"
    "The Vardø Line carried a third fewer passengers last winter than two years before, according to its annual report.\n\n"
    "“People stopped trusting the timetable,” said Ola Brekke, who chairs the riders’ association.\n"
)


@pytest.mark.parametrize(
    "standfirst",
    [
        STANDFIRST,
        "Riders say the timetable has not been kept since the strike ended in March",
        "Analysts expect the operator to ask the county for a bailout before summer",
    ],
)
def test_a_sentence_headline_over_its_standfirst_is_the_title(standfirst):
    _result, report = built(f"{HEADLINE}\n{standfirst}{STORY}")
    assert report.title == HEADLINE
    assert report.summary == standfirst
    assert [a.name for a in report.authors] == ["Ines Callow"]


def test_a_photo_caption_between_the_standfirst_and_the_byline_is_no_title():
    _, report = built(f"{HEADLINE}\n{STANDFIRST}\nA ferry leaves Vardø harbour in January (Jon Varga/Northlight){STORY}")
    assert report.title == HEADLINE


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Shipping", HEADLINE),  # a kicker
        ("The ferries", HEADLINE),  # a short label
        ("Vardø Line Annual Review Series Part Three", HEADLINE),  # a series' name in title case
    ],
)
def test_near_miss_a_label_over_the_headline_leaves_the_headline_the_title(above, title):
    _, report = built(f"{above}\n{HEADLINE}{STORY}")
    assert report.title == title


def test_near_miss_a_short_title_over_the_full_headline_keeps_the_full_one():
    short = "Vardø ferry operator loses riders in two hard winters"
    _, report = built(f"{short}\n{HEADLINE}{STORY}")
    assert report.title == HEADLINE


def test_near_miss_no_byline_or_date_under_them_is_left_as_it_was():
    from dossier.importmeta import _sentence_headline_over_standfirst
    from dossier.importunits import Unit

    header = [Unit(1, HEADLINE), Unit(2, STANDFIRST), Unit(3, "The Vardø Line carried a third fewer passengers.")]
    assert not _sentence_headline_over_standfirst(header, ["title", "title", "stand"], 0)
    assert _sentence_headline_over_standfirst(header, ["title", "title", "meta"], 0)


SHORT_HEADLINE = "Ferry fares to rise in spring"


@pytest.mark.parametrize(
    "deck",
    [
        "“Riders will pay more,” line’s chief says",  # a deck quoting the story's speaker, cued by his post
        "“We had no choice,” says the operator’s head",
    ],
)
def test_a_short_headline_over_its_deck_and_the_byline_is_the_title_and_the_deck_the_summary(deck):
    _result, report = built(f"{SHORT_HEADLINE}\n\n{deck}{STORY}")
    assert report.title == SHORT_HEADLINE
    assert report.summary == deck
    assert [a.name for a in report.authors] == ["Ines Callow"]


@pytest.mark.parametrize("above", ["Ferries and ports", "Northern coast news"])
def test_near_miss_a_label_of_four_words_or_fewer_over_a_short_headline(above):
    _, report = built(f"{above}\n\n{SHORT_HEADLINE}{STORY}")
    assert report.title == SHORT_HEADLINE


@pytest.mark.parametrize(
    "kicker, headline",
    [
        ("Our month on the hill farms", "Sheep flocks return to the high pasture after the late thaw"),
        ("A letter from the valley", "Mill town votes to keep its old stone bridge"),
    ],
)
def test_near_miss_a_short_kicker_over_a_headline_leaves_the_headline_the_title(kicker, headline):
    _, report = built(f"{kicker}\n\n{headline}{STORY}")
    assert report.title == headline


def test_near_miss_a_short_headline_split_over_two_lines_is_no_headline_over_its_deck():
    from dossier.importmeta import _sentence_headline_over_standfirst
    from dossier.importunits import Unit

    header = [Unit(1, "Quarry board lifts the levy"), Unit(2, "and warns of more rises in the winter"), Unit(3, "By Ines Callow")]
    assert not _sentence_headline_over_standfirst(header, ["title", "title", "meta"], 0)
