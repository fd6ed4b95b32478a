"""A news service's story as its archive keeps it: the catalogue's headline, the date, the headline again in title case,
then 'By NAME OUTLET' with the service's name run into the byline (no comma, no pipe), and a search box's 'Go' left
between two paragraphs. The writer is the author, the service his affiliation; 'Go' is no section."""

from __future__ import annotations

from dossier.importer import import_text

STORY = (
    "PORTVALE, May 7, 2004 -- The patrols have begun along the northern harbour, the governor's office said.\n\n"
    "Governor Ashby announced the coast guard has started patrols along the northern harbour. The boats left at six.\n\n"
    '"These patrols are designed to keep the shipping lanes open," Ashby said in an address from the capitol.\n\n'
    "Go\n\n"
    'Ashby said the patrols will run all summer. "Today, the boats are out on the water," he said.\n'
)


def summary_of(header: str) -> str:
    result = import_text(header + STORY, "story.txt")
    return "\n".join(result.summary)


def test_a_service_run_into_the_byline_is_the_writers_affiliation() -> None:
    summary = summary_of("Harbour patrols begin\n\n2004-05-09\n\nBy Lena Marsh Coastal News Service\n\n")
    assert "authors: Lena Marsh (Coastal News Service)" in summary


def test_the_headline_repeated_over_such_a_byline_is_no_author() -> None:
    summary = summary_of("Harbour patrols begin\n\n2004-05-09\n\nHarbour Patrols Begin\n\nBy Lena Marsh Coastal News Service\n\n")
    assert "authors: Lena Marsh (Coastal News Service)" in summary


def test_a_byline_of_a_name_alone_and_a_surname_that_is_an_outlet_word_stay_whole() -> None:
    """Near misses: no outlet after the name; a one-word 'outlet' is the writer's surname."""
    assert "authors: Lena Marsh\n" in summary_of("Harbour patrols begin\n\n2004-05-09\n\nBy Lena Marsh\n\n") + "\n"
    assert "authors: Anna Press\n" in summary_of("Harbour patrols begin\n\n2004-05-09\n\nBy Anna Press\n\n") + "\n"


def test_a_search_boxs_go_between_paragraphs_is_no_section() -> None:
    summary = summary_of("Harbour patrols begin\n\n2004-05-09\n\nBy Lena Marsh\n\n")
    assert "sections: 0 top-level" in summary
    assert "page button ×1 ('Go')" in summary
