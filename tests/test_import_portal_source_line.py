"""A reposting portal's line under an item's headline naming the agency it came from and the day it was posted ('Source:
NPA Published in Education on Friday, March 11, 2016'): the agency's credit set apart, the day the report's date, no
figure credit over an empty caption. A figure's 'Source:' line and a source line deep in the story are not it."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "VELMOR - The regional health minister has said that every clinic of the province will have a doctor by next year.",
    "Presiding over a meeting of district officers, he said the targets were a shared duty of the province and the towns.",
]


def imported(*blocks: str) -> tuple[str, list[str]]:
    result = import_text("\n\n".join(["Minister reviews clinic plan", *blocks]) + "\n", "item.txt")
    return result.markdown, result.summary


def test_the_source_and_date_line_gives_the_credit_and_the_date() -> None:
    markdown, summary = imported("Source:  HNA Published in Health on Tuesday, May 4, 2021", *STORY)
    assert "date = 2021-05-04" in markdown and "Source: HNA." in markdown
    assert "(no caption)" not in markdown and "{figure}" not in markdown
    assert any("the portal's source and date line" in line for line in summary)


def test_other_spellings_of_the_line() -> None:
    markdown, _ = imported("Source: Harbour Wire Posted under World on 12 June 2020", *STORY)
    assert "date = 2020-06-12" in markdown and "Source: Harbour Wire." in markdown
    markdown, _ = imported("Source: The Velmor Times Published on March 3, 2019", *STORY)
    assert "date = 2019-03-03" in markdown and "Source: The Velmor Times." in markdown


def test_a_figures_source_line_is_not_it() -> None:
    markdown, _ = imported(*STORY, "Figure 1. Clinics by district", "Source: Health Ministry data, 2020")
    assert "Source: Health Ministry data, 2020" in markdown and "{editorial}" not in markdown
