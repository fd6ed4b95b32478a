"""A government transcript's header over its first turn: the day alone on its line, 'Transcript Location:' over the
place, and 'E&OE' (errors and omissions excepted), as a parliament's press-release library stores them: left out, never a
list, headings or the lede, which is the cast line over them."""

from __future__ import annotations

from dossier.importer import import_text

CAST = "Doorstop interview with Jane Roe, Minister for Harbours, and Tom Vell, Chair of the Eastwick Harbour Council"
TURNS = """JANE ROE: Thanks for coming. We have had a productive meeting with the council this morning.

We have an important job to do to give these families a safe place to start a new life in Eastwick.

TOM VELL: Thanks Jane. It was a constructive meeting and the council will report next week.

JOURNALIST: When will they arrive?

JANE ROE: Before winter, as we said in May.

JOURNALIST: How many families?

TOM VELL: Twelve hundred, in three groups over the year.
"""


def transcript(header: str) -> str:
    return f"Transcript of doorstop: Eastwick: 3 May 2016\n\n{CAST}\n\n{header}\n\n{TURNS}"


def test_the_transcripts_header_lines_are_left_out_and_the_cast_line_is_the_lede() -> None:
    result = import_text(transcript("3 May 2016\n\nTranscript Location:\n\nEastwick\n\nE&OE"), "doorstop.txt")
    markdown = result.markdown
    assert "E&OE" not in markdown and "Transcript Location" not in markdown
    assert "\n- Eastwick" not in markdown and "## Eastwick" not in markdown
    assert f'summary = "{CAST}"' in markdown


def test_with_no_errors_excepted_mark_or_location_label_a_place_line_stays() -> None:
    markdown = import_text(transcript("3 May 2016\n\nEastwick Harbour Office"), "doorstop.txt").markdown
    assert "Eastwick Harbour Office" in markdown
