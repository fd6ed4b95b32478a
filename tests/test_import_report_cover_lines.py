"""A report's cover and inside-cover lines in its PDF's text: the abstract run into its label ('ABSTRACT On 2 May 2021,
the port …') is the summary and a paragraph, no heading; the citation it asks for ('Attribution: …', wrapped) and its
ISBN are the publication's lines, left out."""

from __future__ import annotations

from dossier.importer import import_text

ABSTRACT = (
    "On 2 May 2021, the Eastwick harbour board celebrated ten years of its northern locks. Given the recent call by "
    "the minister for cheaper freight, the board found the occasion apt for praising the second basin, which has "
    "prepared the port for a season of low water and for the new tolls on foreign barges."
)
TEXT = """Harbour Dues and the Northern Locks

MAY 2021

Attribution: Jane Roe, “Harbour Dues and the Northern Locks,” Harbour Brief
No. 12, May 2021, Harbour Institute.

{label}{abstract}

ISBN  978-1-23456-78-9

INTRODUCTION

The harbour board counted more barges at the northern locks this autumn than in any season since the dredging began.
Its engineers expect the count to rise again once the second basin opens to traffic in the new year.
"""


def imported(label: str = "ABSTRACT ", abstract: str = ABSTRACT) -> tuple[str, dict[str, list[str]]]:
    result = import_text(TEXT.format(label=label, abstract=abstract), "brief.txt")
    return result.markdown, result.dropped


def test_the_abstract_run_into_its_label_is_the_summary_and_no_heading() -> None:
    markdown, _ = imported()
    assert f'summary = "{ABSTRACT}"' in markdown
    assert "ABSTRACT" not in markdown
    assert f"\n{ABSTRACT}\n" in markdown


def test_the_citation_asked_for_and_the_isbn_are_left_out() -> None:
    markdown, dropped = imported()
    assert "Attribution" not in markdown and "No. 12, May 2021, Harbour Institute." not in markdown
    assert "ISBN" not in markdown
    assert dropped["the publication's ISBN"] == ["ISBN  978-1-23456-78-9"]


def test_a_short_line_opening_on_abstract_is_no_abstract() -> None:
    markdown, _ = imported(label="", abstract="Abstract Painters of the Northern Locks")
    assert f'summary = "{ABSTRACT}"' not in markdown
    assert "Abstract Painters of the Northern Locks" in markdown


SERIES_TEXT = """Harbour Dues and the Northern Locks

{series}

The harbour board counted more barges at the northern locks this autumn than in any season since the dredging began,
as the last Harbour Issue Brief No. 12 had foreseen. Its engineers expect the count to rise again next year.
"""


def test_a_series_given_only_as_issue_is_named_as_the_text_names_it_over_its_number() -> None:
    markdown = import_text(SERIES_TEXT.format(series="ISSUE NO. 12"), "brief.txt").markdown
    assert 'series = "Harbour Issue Brief"' in markdown
    assert 'number = "12"' in markdown


def test_a_series_named_in_full_stays() -> None:
    markdown = import_text(SERIES_TEXT.format(series="Quay Papers No. 12"), "brief.txt").markdown
    assert 'series = "Quay Papers"' in markdown


ABOUT = "Harbour Institute (HI) is a public policy think tank that aims to inform the port's policies on dues and locks."


def test_the_publishers_word_about_itself_over_its_copyright_line_is_left_out() -> None:
    text = TEXT.replace("MAY 2021\n", f"MAY 2021\n\n{ABOUT}\n\n© 2021 Harbour Institute. All rights reserved.\n")
    result = import_text(text.format(label="ABSTRACT ", abstract=ABSTRACT), "brief.txt")
    assert "public policy think tank" not in result.markdown
    assert result.dropped["the publisher's word about itself on the cover"] == [ABOUT]


def test_a_body_saying_what_it_is_stays_where_no_copyright_line_names_it() -> None:
    text = TEXT.replace("MAY 2021\n", f"MAY 2021\n\n{ABOUT}\n")
    markdown = import_text(text.format(label="ABSTRACT ", abstract=ABSTRACT), "brief.txt").markdown
    assert "public policy think tank" in markdown


def test_a_body_named_without_its_acronym_saying_what_it_is_is_left_out() -> None:
    about = "Quayside Foundation is a charity that trains lock keepers and pilots for the northern ports."
    text = TEXT.replace("MAY 2021\n", f"MAY 2021\n\n{about}\n\n© 2021 Quayside Foundation. All rights reserved.\n")
    result = import_text(text.format(label="ABSTRACT ", abstract=ABSTRACT), "brief.txt")
    assert result.dropped["the publisher's word about itself on the cover"] == [about]


def test_a_person_saying_who_she_is_over_her_own_copyright_line_stays() -> None:
    """An essay's or a profile's first paragraph ('Mara Tiven is a harbour pilot …') under the writer's or the subject's
    own copyright: no publisher's word about itself."""
    for person in ("Mara Tiven", "Tiven Okoro"):
        about = f"{person} is a harbour pilot who has steered grain barges through the Northport locks for thirty years."
        text = TEXT.replace("MAY 2021\n", f"MAY 2021\n\n{about}\n\n© 2021 {person}. All rights reserved.\n")
        result = import_text(text.format(label="ABSTRACT ", abstract=ABSTRACT), "brief.txt")
        assert "is a harbour pilot" in result.markdown, person
        assert "the publisher's word about itself on the cover" not in result.dropped, person


def test_a_long_sentence_opening_on_the_word_abstract_keeps_it() -> None:
    """'Abstract Expressionism reached …': the word in its own case with no stop or dash after it opens a sentence;
    with its colon it is the label."""
    sentence = (
        "Abstract Expressionism reached Eastwick late, in the spring of 1961, when two painters from the coast rented a "
        "barn by the harbour and hung their canvases in the loft for anyone who walked by."
    )
    markdown, _ = imported(label="", abstract=sentence)
    assert f"\n{sentence}\n" in markdown
    markdown, _ = imported(label="Abstract: ")
    assert f'summary = "{ABSTRACT}"' in markdown and "Abstract:" not in markdown
