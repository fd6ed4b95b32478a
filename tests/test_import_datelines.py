"""A news story's or press release's dateline opening its first paragraph ('(Kestrel Bay, March 4th, 2021) - …',
'HARBOURTON, Fla., April 29, 2015 /PRNewswire/ -- …'): the day it gives is the report's date, however long the
paragraph. Passages of our own, each with a near miss."""

from __future__ import annotations

import pytest
from dossier.lede import completed_summary
from imported import PROSE, body_text, built, headings

STORY = (
    "Harbour pilots win a shared roster\n\n"
    "{opening}the harbour pilots of three northern ports now share one roster, and {prose}, said the Harbour "
    "Alliance, which has pressed for the change since the winter storms closed two of the ports for a week.\n\n"
    "Each port keeps its own tug, and {prose}.\n"
)


def story(opening: str) -> str:
    return STORY.format(opening=opening, prose=PROSE.lower())


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("(Kestrel Bay, March 4th, 2021) - The Alliance said ", "2021-03-04"),
        ("HARBOURTON, Fla., April 29, 2015 /PRNewswire/ -- The Alliance said ", "2015-04-29"),
        ("KESTREL BAY, 3 March 2016 (AP) — The Alliance said ", "2016-03-03"),
        ("Kestrel Bay, Norland, Sept. 9, 2019 – The Alliance said ", "2019-09-09"),
    ],
)
def test_the_day_of_a_dateline_opening_the_first_paragraph_dates_the_report(opening, day):
    result, _ = built(story(opening))
    assert f"date = {day}" in result.markdown


@pytest.mark.parametrize(
    "opening",
    [
        "The Alliance said on March 4th, 2021 that ",  # a day in the sentence: the story's history
        "(Kestrel Bay) - The Alliance said ",  # a dateline with no day
        "KESTREL BAY (AP) — The Alliance said ",
    ],
)
def test_a_first_paragraph_without_a_dated_dateline_does_not_date_the_report(opening):
    result, _ = built(story(opening))
    assert 'date = "unknown"' in result.markdown


@pytest.mark.parametrize(
    "opening",
    [
        "KESTREL BAY (Aug. 13) -- ",
        "(Aug. 13) -- ",
        "KESTREL BAY, Norland — ",
        "KESTREL BAY, March 3 (AP) — ",
        "Kestrel Bay (Reuters) - ",
        "Kestrel Bay (Bernama) - ",  # the wires a byline's credit names: one list
    ],
)
def test_a_summary_taken_from_the_first_paragraph_starts_after_its_dateline(opening):
    _, report = built(story(opening + "The Alliance said "))
    assert report.summary.startswith("The Alliance said the harbour pilots")
    assert opening.strip() not in report.summary


@pytest.mark.parametrize(
    "opening",
    ["Kestrel Bay — the port town — said ", "The Alliance - which has pressed for it - said ", "NORLAND — and the Alliance with it — said "],
)
def test_a_summary_opening_on_a_name_and_a_dash_of_its_sentence_is_kept_whole(opening):
    _, report = built(story(opening))
    assert report.summary.startswith(opening.strip())


def test_a_description_cut_short_runs_on_through_the_opening_after_its_dateline():
    opening = "KESTREL BAY (Aug. 13) -- The Alliance said the harbour pilots now share one roster, as the ports asked."
    assert completed_summary("The Alliance said the harbour pilots now share", opening) == opening.split("-- ", 1)[1]


def test_any_wires_name_alone_on_a_line_over_the_first_paragraph_opens_it():
    for agency in ("(CNN)", "(PTI)"):  # one list of wires for a dateline's brackets and for one alone on its line
        _, report = built(
            f"Harbour pilots win a shared roster\n\n{agency}\n\nThe harbour pilots of three ports {PROSE}.\n\nEach port keeps its tug.\n"
        )
        assert headings(report) == [] and body_text(report).startswith(f"{agency} The harbour pilots"), agency


BYLINED = (
    "Flood Defences Fail Again in Kestrel Bay\n\n"
    "The river broke through the new wall on Sunday, flooding 300 homes. Residents say the council ignored their warnings.\n\n"
    "Ilse Marrow\n\n"
    "{opening} A child's bicycle lies on its side in the mud of the market square, where the water stood waist-deep on Sunday.\n\n"
    "The council had promised that the new wall would hold for a century, and residents who had warned of cracks say nobody came.\n"
)


@pytest.mark.parametrize("opening", ["KESTREL BAY, Norland —", "Kestrel Bay:"])
def test_a_name_under_the_standfirst_over_a_paragraph_opening_on_a_dateline_is_the_byline(opening):
    _, report = built(BYLINED.format(opening=opening))
    assert [a.name for a in report.authors] == ["Ilse Marrow"] and headings(report) == []


def test_a_hearings_speaker_labels_are_no_datelines():
    from dossier.datelines import dateline_alone

    for label in ("SENATOR ROE (D-Vell) --", "MR. EKDAL (Vell) —", "MR. EKDAL (Vell Port) --"):
        assert not dateline_alone(label), label
    for line in ("HARBOURTON, Calif. (KXYZ) --", "VELL, March 3 (AP) —", "WASHINGTON (AP) --", "VELL (WVLL-TV) --", "HARBOURTON, Calif. --"):
        assert dateline_alone(line), line


def test_a_hearings_labels_are_not_glued_onto_the_answers():
    hearing = (
        "Hearing on the Harbour Bill\n\nSENATOR ROE (D-Vell) --\n\nThank you, chairman. We will hear from the port first, and I ask the witness to be brief.\n\n"
        "MR. EKDAL (Vell Port) --\n\nThank you, senator. The port has forty berths and wants forty more by the end of the decade.\n\n"
    )
    result, _report = built(hearing)
    assert "(D-Vell) -- Thank you" not in result.markdown and "(Vell Port) -- Thank you" not in result.markdown


NAMED_WITH_POST = (
    "MIRA TALLENT, Director, Harbour Institute --",
    "Mira Tallent, Director, Harbour Institute —",
    "OSKAR BREAM, Chair, Ferry Users Council --",
)


def test_a_name_with_its_post_before_a_dash_is_no_dateline():
    """A byline's or a speaker's label ('JANE ROE, Director, Harbour Institute --') names a person and a post; a
    dateline's place may open on a given name ('ROSE HILL, Norland --') but its region names no office."""
    from dossier.datelines import dateline_alone, dateline_end

    for label in (*NAMED_WITH_POST, "MIRA TALLENT, Minister for Harbours —"):
        assert not dateline_alone(label), label
        assert dateline_end(label + " The ferries cannot pay more.") == 0, label
    for line in ("ROSE HILL, Norland (AP) --", "ROSE HILL, Norland --", "MARTIN BAY, March 3 (AP) —"):
        assert dateline_alone(line), line


@pytest.mark.parametrize("label", NAMED_WITH_POST)
def test_a_name_with_its_post_over_the_first_paragraph_is_not_glued_onto_it(label):
    result, _ = built(f"Harbour Tolls Rise Again\n\n{label}\n\nThe ferries cannot pay more, and {PROSE.lower()}. {PROSE}.\n\n{PROSE}, again.\n")
    assert f"{label} The ferries" not in result.markdown
    assert not any("read as the story's dateline" in line for line in result.inferred)


@pytest.mark.parametrize("label", NAMED_WITH_POST[:2])
def test_a_name_with_its_post_leading_into_the_text_under_the_headline_is_the_byline(label):
    _, report = built(f"Harbour Tolls Rise Again\n\n{label}\n\nThe ferries cannot pay more, and {PROSE.lower()}. {PROSE}.\n\n{PROSE}, again.\n")
    assert [(a.name, a.role) for a in report.authors] == [("Mira Tallent", "Director, Harbour Institute")]
    assert headings(report) == [] and body_text(report).startswith("The ferries cannot pay more")


def test_near_miss_names_with_posts_leading_into_each_turn_are_a_hearings_labels_no_byline():
    hearing = (
        "Hearing on the Harbour Bill\n\nMIRA TALLENT, Chair, Ferry Users Council --\n\nThank you. We will hear from the port first, and I ask the witness to be brief.\n\n"
        "OSKAR BREAM, Director, Harbour Institute --\n\nThank you. The port has forty berths and wants forty more by the end of the decade.\n"
    )
    result, report = built(hearing)
    assert report.authors == [] and report.title == "Hearing on the Harbour Bill"
    assert "Council -- Thank you" not in result.markdown and "Institute -- Thank you" not in result.markdown


@pytest.mark.parametrize(
    "line",
    ["MARTIN TOWN, Grand Norland (AP) —", "ROSE HILL, Crown Isles —", "MARTIN BAY, National Capital Region —", "ROSE HILL, Queen Isles, March 3 —"],
)
def test_near_miss_a_place_opening_on_a_given_name_with_a_region_of_title_words_is_a_dateline(line):
    """'GEORGE TOWN, Grand Cayman (AP) —'-shaped: the region's 'Grand', 'Crown', 'National', 'Queen' head no post, and a
    part with an agency's brackets or a date is the dateline's own."""
    from dossier.datelines import dateline_alone, dateline_end

    assert dateline_alone(line), line
    assert dateline_end(f"{line} The island's harbour reopened on Monday.") == len(line) + 1
    _, report = built(story(f"{line} The Alliance said "))
    assert report.summary.startswith("The Alliance said the harbour pilots")
