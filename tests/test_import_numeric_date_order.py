"""An all-numeric date line whose numbers leave the order open ('09-12-2020 11:45:27 +05:30'): read day first where the
line's UTC offset is east of Greenwich (not +08:00) or the text's other numeric dates are day first; month first where
the offset is west or the other dates are month first; with nothing to go on, month first and the dry run says so."""

from __future__ import annotations

import pytest
from dossier.importer import import_text


def imported(date_line: str, later: str = "") -> tuple[str, list[str]]:
    lines = ["Tariffs on the coast road", date_line, "The harbour board met on Tuesday to set the new tariffs for the season."]
    lines += ["“Prices will hold,” board chair Ines Marlow said after the meeting.", later or "The board meets again next month."]
    result = import_text("\n\n".join(lines) + "\n", "story.txt")
    return result.markdown, [str(p) for p in result.problems]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("09-12-2020 11:45:27 +05:30", "2020-12-09"),
        ("04/11/2019 10:00 +01:00", "2019-11-04"),
        ("04-11-2019 10:00:00 -05:00", "2019-04-11"),
        ("11-30-2019 10:00:00 -05:00", "2019-11-30"),
        ("25-11-2019 10:00:00 +08:00", "2019-11-25"),
    ],
)
def test_the_offset_settles_the_order(line: str, day: str) -> None:
    markdown, problems = imported(line)
    assert f"date = {day}" in markdown
    assert not any("may be" in p for p in problems)


def test_the_texts_other_numeric_dates_settle_it() -> None:
    markdown, _ = imported("04-11-2019", "The tariffs were first set on 28-02-2018 and last changed on 15-06-2019.")
    assert "date = 2019-11-04" in markdown
    markdown, _ = imported("04-11-2019", "The tariffs were first set on 02-28-2018.")
    assert "date = 2019-04-11" in markdown


def test_with_nothing_to_go_on_the_dry_run_says_so() -> None:
    markdown, problems = imported("04-11-2019 10:00:00 +08:00")
    assert "date = 2019-04-11" in markdown
    assert any("may be 2019-04-11" in p and "2019-11-04" in p for p in problems)
