"""A release as a news portal runs it: the portal's title and date lines, its 'Press Release: <issuer>' line, then the
release's own date line and its headline (the title again, or the fuller headline the portal shortened). The issuer's
line is the byline, never the title nor a section; the release's headline given again over the text is no section."""

from __future__ import annotations

from dossier.releaseissuer import headline_after_release_label
from imported import built, headings

BODY = [
    "The island ferry crews today backed the winter timetable agreed with the operator after a month of talks at Skarn.",
    "“The crossings will run on time again and the crews will get their rest days,” union secretary Odran Pelt says.",
    "ENDS",
]


def portal(*top: str) -> str:
    return "\n\n".join([*top, *BODY]) + "\n"


def test_the_issuer_line_is_the_byline_and_the_fuller_headline_no_section() -> None:
    result, report = built(
        portal(
            "Ferry crews back winter timetable",
            "2023-10-05",
            "Media Release: Island Ferry Crews Union",
            "5 October 2023",
            "Ferry crews back winter timetable for the islands",
        )
    )
    markdown = result.markdown
    assert 'title = "Ferry crews back winter timetable"' in markdown
    assert 'name = "Island Ferry Crews Union"' in markdown
    assert not headings(report)
    assert "Media Release:" not in markdown and "timetable for the islands" not in markdown
    assert not any("site's name" in line for line in result.inferred)


def test_the_headline_given_again_under_a_masthead_and_date_is_no_figure_nor_section() -> None:
    result, report = built(
        portal(
            "Hundreds Farewell Ilsa Varnow",
            "2005-06-20",
            "Monday, 20 June 2005, 9:30 am",
            "Media Release: Harbour Workers Union",
            "MEDIA RELEASE",
            "19 June 2005",
            "Hundreds Farewell Ilsa Varnow",
        )
    )
    markdown = result.markdown
    assert 'title = "Hundreds Farewell Ilsa Varnow"' in markdown and 'name = "Harbour Workers Union"' in markdown
    assert "{figure}" not in markdown and not headings(report)
    assert markdown.count("Hundreds Farewell Ilsa Varnow") == 1


def test_a_line_under_the_date_that_is_another_headline_stays() -> None:
    result, _ = built(
        portal(
            "Ferry crews back winter timetable",
            "2023-10-05",
            "Media Release: Island Ferry Crews Union",
            "5 October 2023",
            "Crews ask the operator to publish the rota for every island crossing a month ahead",
        )
    )
    assert "Crews ask the operator to publish the rota" in result.markdown


def test_a_press_release_label_in_a_sentence_is_no_byline() -> None:
    result, _ = built(
        portal(
            "Ferry crews back winter timetable",
            "5 October 2023",
            "Press Release: the crews back the timetable.",
        )
    )
    assert "[[authors]]" not in result.markdown


def test_a_statement_label_over_a_headline_in_sentence_case_is_no_byline() -> None:
    result, _ = built(
        portal(
            "Ferry plan wins harbour vote",
            "Media Statement: Board welcomes vote on the ferry plan",
            "4 March 2024",
        )
    )
    assert "[[authors]]" not in result.markdown


def test_a_reports_first_section_heading_fuller_than_its_title_stays_a_heading() -> None:
    sections = [
        "Ferry towns of the south coast in winter",
        "In the cold months the boats run twice a day and the quays of Marrow stay quiet until spring.",
        "Ferry towns of the south coast in summer",
        "In the warm months the boats run every hour and the quays of Marrow fill with visitors.",
    ]
    for top in (["Ferry towns of the south coast"], ["Ferry towns of the south coast", "4 March 2024"]):
        result, report = built("\n\n".join([*top, *sections]) + "\n")
        assert headings(report) == ["Ferry towns of the south coast in winter", "Ferry towns of the south coast in summer"]
        assert "the headline given again" not in result.dropped


def test_a_headline_in_title_case_after_the_label_is_the_title_no_byline() -> None:
    for top in (
        ["Press Release: Ferry Crews Union Backs Winter Timetable", "5 October 2023"],
        ["Media Statement: Island Ferry Crews Union Welcomes Winter Timetable", "5 October 2023"],
        ["PRESS RELEASE: Skarn Harbour Board Backs Ferry Review", "5 October 2023"],  # the label in any case
        ["Media release: Quayside Council Admits Error Over Fares", "5 October 2023"],
    ):
        result, report = built(portal(*top))
        assert "[[authors]]" not in result.markdown, top
        headline = top[-2].split(": ", 1)[1]
        assert f'title = "{headline}"' in result.markdown, top
        assert not headings(report), top


def test_an_issuers_name_going_on_by_a_small_word_stays_the_byline() -> None:  # near misses
    for issuer in (
        "Office of the Harbour Master",
        "Union for Island Ferry Crews",
        "Island Ferry Crews Union",
        "Quayside Board Chair Ingrid Tollan",  # a post and a holder after the body's word
        "Skarn District Council Ferries Committee",  # a sub-unit
        "Eastwick Port Authority Chief Executive",
        "Norland Deckhands Union Southern Branch",
    ):
        result, _ = built(portal("Ferry crews back winter timetable", "2023-10-05", f"Media Release: {issuer}", "5 October 2023"))
        assert f'name = "{issuer}"' in result.markdown, issuer
        assert 'title = "Ferry crews back winter timetable"' in result.markdown, issuer


def test_a_label_titled_issuer_going_on_by_a_post_or_a_holder_is_no_headline() -> None:  # near misses
    for title in (
        "Media Release: Skarn Council Leader Ingrid Tollan",
        "Press Release: Quayside Board Ingrid Tollan",
    ):
        result, _ = built(portal(title, "5 October 2023"))
        assert "left out of the title" not in "\n".join(result.inferred), title
        assert f'title = "{title.split(": ", 1)[1]}"' not in result.markdown, title


def test_the_issuer_after_a_label_in_any_case_is_the_byline_but_not_a_headline_in_capitals() -> None:
    for line, author in (
        ("Press release: Island Ferry Crews Union", "Island Ferry Crews Union"),
        ("MEDIA STATEMENT: Office of the Harbour Master", "Office of the Harbour Master"),
        ("MEDIA STATEMENT: ISLAND FERRY CREWS UNION BACKS TIMETABLE", None),  # near miss
    ):
        result, _ = built(portal("Ferry crews back winter timetable", "2023-10-05", line, "5 October 2023"))
        assert ("[[authors]]" in result.markdown) == (author is not None), line
        if author:
            assert f'name = "{author}"' in result.markdown, line
        assert 'title = "Ferry crews back winter timetable"' in result.markdown, line


def test_a_title_in_capitals_after_the_label_is_a_headline_only_where_it_runs_on() -> None:
    # a page's title in capitals (a saved page's heading) as the title path reads it
    assert headline_after_release_label("PRESS RELEASE: ISLAND FERRY CREWS UNION") is None
    assert headline_after_release_label("PRESS RELEASE: SKARN HARBOUR BOARD BACKS FERRY REVIEW") == "SKARN HARBOUR BOARD BACKS FERRY REVIEW"
