"""A council news service's story as an archive keeps it: the headline, the date, the headline again, then 'By NAME
OUTLET' with the service's name run into the byline (no comma, no pipe), and a search box's 'Go' left between two
paragraphs. The writer is the author, the service his affiliation; 'Go' is no section."""

from __future__ import annotations

from dossier.importer import import_text

STORY = (
    "The Kessel bridge will close for six weeks from Monday while its deck is replaced, the council's roads office said.\n\n"
    "Traffic will run over the old ferry road, which the council widened last year for the purpose, the office added.\n\n"
    "Go\n\n"
    "Buses will keep their timetable, and cyclists may cross on foot over a walkway the contractors will keep open.\n"
)


def summary_of(header: str, story: str = STORY) -> str:
    result = import_text(header + story, "story.txt")
    return "\n".join(result.summary)


def test_a_service_run_into_the_byline_is_the_writers_affiliation() -> None:
    summary = summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBy Ada Brill Kessel Council News Service\n\n")
    assert "authors: Ada Brill (Kessel Council News Service)" in summary


def test_the_headline_repeated_over_such_a_byline_is_no_author() -> None:
    summary = summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBridge To Close For Repairs\n\nBy Ada Brill Harbour Times\n\n")
    assert "authors: Ada Brill (Harbour Times)" in summary


def test_a_byline_that_cannot_be_split_surely_stays_whole() -> None:
    """Near misses: no outlet after the name; a one-word 'outlet' is the writer's surname; a second given name ('Mary
    Ann') may make the name three words long, so the byline is not split where it cannot be told."""
    assert "authors: Ada Brill\n" in summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBy Ada Brill\n\n") + "\n"
    assert "authors: Anna Press\n" in summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBy Anna Press\n\n") + "\n"
    summary = summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBy Mary Ann Lee Coastal News Service\n\n")
    assert "Mary Ann (" not in summary and "Lee Coastal" not in summary.split("authors:")[1].split("(")[-1]


def test_a_search_boxs_go_between_paragraphs_is_no_section_but_a_heading_go_is() -> None:
    summary = summary_of("Bridge to close for repairs\n\n2021-03-02\n\nBy Ada Brill\n\n")
    assert "sections: 0 top-level" in summary
    assert "page button ×1 ('Go')" in summary
    games = "Chess\n\nChess is played on a board of sixty-four squares by two players, as every club in the town knows.\n\n"
    games += "Go\n\nGo is played on a grid of nineteen lines by two players, and the town's club meets on Thursdays.\n"
    summary = summary_of("Board games in Kessel\n\n2021-03-02\n\nBy Ada Brill\n\n", games)
    assert "sections: 2 top-level" in summary
