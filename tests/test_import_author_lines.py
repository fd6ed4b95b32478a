"""Author lines under a title without 'By': a paper's 'Jane Roe, Senior Fellow, Harbour Institute', a news site's 'Jane
Roe, Saturday 28 May 2011', and an investigation's credit block ('Reporting: …', 'Research: …', 'Editing: …')."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

OPENING = "The dock board opened a long quarrel with the delta towns, and the board after it kept it going. Nobody knows how it ends."
BODY = "Setting the Scene\n\nIn a speech on 4 March 2019, Governor Pia Sorvik said: “The dykes have never been stronger.” Her rivals doubt it."


def imported(header: str) -> tuple[str, str]:
    result = import_text(f"Tides over the Varn Estuary\n\n{header}\n\n{OPENING}\n\n{BODY}\n", "paper.txt")
    return result.markdown, " ".join(result.summary)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Ola Brenn, Senior Fellow, Centre for Estuary Studies", "Senior Fellow, Centre for Estuary Studies"),
        ("Ola Brenn, Professor of Practice, Varn Naval University", "Professor of Practice, Varn Naval University"),
        ("Ola Brenn, Senior Fellow", "Senior Fellow"),
        ("Ola Brenn, Institute for Estuary Policy", "Institute for Estuary Policy"),
    ],
)
def test_a_name_and_its_post_under_the_title_is_the_author(line: str, role: str) -> None:
    markdown, summary = imported(line)
    assert f"authors: Ola Brenn ({role})" in summary
    assert line not in markdown.split("+++")[2]  # no paragraph of the text, no summary
    assert f'summary = "{OPENING}"' in markdown


def test_a_name_and_the_day_on_one_line_give_the_author_and_the_date() -> None:
    markdown, summary = imported("Ana Kell, Saturday 28 May 2011")
    assert "authors: Ana Kell" in summary and "date = 2011-05-28" in markdown and "sections: 1 top-level" in summary


def test_an_investigations_credit_block_names_its_reporters_as_the_authors() -> None:
    block = "\n\n".join(
        [
            "Published: Thursday, August 7, 2025",
            "Reporting: Ana Kell and Rune Hossa",
            "Research: Mira Dane, Tomas Bell",
            "Forensic Investigation Jon Varga and Ines Reyes, Velden Lab",
            "Editing: Paul Dane",
        ]
    )
    markdown, summary = imported(block)
    assert "authors: Ana Kell; Rune Hossa (" not in summary and "authors: Ana Kell; Rune Hossa" in summary
    for credit in ("Research:", "Forensic Investigation", "Editing:"):
        assert credit not in markdown
    assert f'summary = "{OPENING}"' in markdown


def test_a_credit_naming_two_jobs_is_a_line_of_the_block() -> None:
    """'Visualisation and Map: …', 'Graphics & Design: …': one credit for two jobs, the block going on under it."""
    for credit in ("Visualisation and Map: Lise Moor", "Graphics & Design: Lise Moor", "Visualizations, Maps: Lise Moor"):
        block = "\n\n".join(["Published: Thursday, August 7, 2025", "Reporting: Ana Kell and Rune Hossa", credit, "Editing: Paul Dane"])
        markdown, summary = imported(block)
        assert "authors: Ana Kell; Rune Hossa" in summary and "title: 'Tides over the Varn Estuary'" in summary, credit
        assert credit not in markdown and "Editing:" not in markdown, credit


def test_a_writer_s_job_second_in_a_two_job_credit_names_an_author() -> None:
    """'Research and Reporting: …' credits a reporter as 'Reporting and Research: …' does; 'Research and Design: …' none."""
    for credit, found in (
        ("Research and Reporting: Tove Lind", "authors: Tove Lind"),
        ("Reporting and Research: Tove Lind", "authors: Tove Lind"),
        ("Research and Design: Tove Lind", "authors: none found"),
    ):
        block = "\n\n".join(["Published: Thursday, August 7, 2025", credit, "Editing: Paul Dane"])
        _, summary = imported(block)
        assert found in summary, credit


def test_a_standfirst_too_long_for_a_headline_over_the_date_line_keeps_the_header() -> None:
    """Under the headline, a line with no stop too long for a headline (over 160 characters) with the date line under it
    is the standfirst: the date line and the credit block under it are the header's, no sections."""
    stand = (
        "A joint inquiry by the Varn Courier and the Delta Lab shows how one quiet estuary town became the centre of a "
        "bitter quarrel over the old dykes and the new sluices on 4 March 2019"
    )
    assert len(stand) > 160
    block = "\n\n".join([stand, "Published: Thursday, August 7, 2025", "Reporting: Ana Kell and Rune Hossa", "Editing: Paul Dane"])
    markdown, summary = imported(block)
    assert "title: 'Tides over the Varn Estuary'" in summary and "date = 2025-08-07" in markdown
    assert "authors: Ana Kell; Rune Hossa" in summary and "## Published" not in markdown and "Editing:" not in markdown


def test_a_long_line_with_no_date_line_under_it_is_left_as_before() -> None:
    """Near miss: with the story under it rather than a date line, the long line is not taken into the header."""
    stand = (
        "A joint inquiry by the Varn Courier and the Delta Lab shows how one quiet estuary town became the centre of a "
        "bitter quarrel over the old dykes and the new sluices on 4 March 2019"
    )
    markdown, _ = imported(stand)
    assert stand in markdown.split("+++")[2]


@pytest.mark.parametrize(
    "line",
    [
        "Research: a new look at the harbours of the delta",
        "Editing the Estuary, a Collection",
        "Harbour Board, Senior Fellow",  # no given name opens it: no person's
    ],
)
def test_lines_that_name_no_writer_give_no_author_with_a_post(line: str) -> None:
    _, summary = imported(line)
    assert "Senior Fellow)" not in summary and "authors: Harbour Board (" not in summary and "a new look" not in summary.split("authors:")[1]


def test_a_clause_standfirst_over_a_name_and_day_and_the_lead_photos_caption() -> None:
    text = "\n\n".join(
        [
            "Harbour youth leave the coalition",
            "While the old guard of the party refused to join Friday's march on the harbour, a great many of its young members defied the order",
            "Dina Varga, Saturday 28 May 2011",
            "The party's General Guide Mohammed Halden",
            "To the dismay of the coalition, the party announced on Saturday that it is pulling its youth wing out of it.",
            "The youth wing's leaders said they would stay.",
        ]
    )
    result = import_text(text + "\n", "story.txt")
    summary = " ".join(result.summary)
    assert "title: 'Harbour youth leave the coalition'" in summary and "authors: Dina Varga" in summary
    assert "date = 2011-05-28" in result.markdown and "sections: 0 top-level" in summary
    assert 'summary = "While the old guard of the party refused' in result.markdown


def test_a_headline_opening_on_a_clause_stays_the_title() -> None:
    result = import_text("As tolls rise, barges wait\n\nBy Ana Kell\n\nMay 4, 2021\n\n" + OPENING + "\n", "story.txt")
    assert "title: 'As tolls rise, barges wait'" in " ".join(result.summary)
