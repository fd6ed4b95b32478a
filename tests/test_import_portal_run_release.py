"""A release as a news portal runs it: the portal's title and date lines, its 'Press Release: <issuer>' line, then the
release's own date line and its headline (the title again, or the fuller headline the portal shortened). The issuer's
line is the byline, never the title nor a section; the release's headline given again over the text is no section."""

from __future__ import annotations

from imported import built, headings

BODY = [
    "Recent comments by Minister Tova Rennick that harbour boards are too slow to act are being disputed by the boards today.",
    "“There is no evidence that the size of a board harms the work of a port,” chair Odran Pelt says.",
    "ENDS",
]


def portal(*top: str) -> str:
    return "\n\n".join([*top, *BODY]) + "\n"


def test_the_issuer_line_is_the_byline_and_the_fuller_headline_no_section() -> None:
    result, report = built(
        portal(
            "Harbour boards reject Minister’s criticism",
            "2019-04-02",
            "Tuesday, 2 April 2019, 10:15 am",
            "Press Release: Harbour Boards Association - Te Awa Nui",
            "2 April 2019",
            "Harbour boards reject Minister’s criticism of their record",
        )
    )
    markdown = result.markdown
    assert 'title = "Harbour boards reject Minister’s criticism"' in markdown
    assert 'name = "Harbour Boards Association - Te Awa Nui"' in markdown
    assert not headings(report)
    assert "Press Release:" not in markdown and "criticism of their record" not in markdown
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
            "Harbour boards reject Minister’s criticism",
            "2019-04-02",
            "Press Release: Harbour Boards Association",
            "2 April 2019",
            "Boards answer the Minister on port reform and say the ports are efficient",
        )
    )
    assert "Boards answer the Minister on port reform" in result.markdown


def test_a_press_release_label_in_a_sentence_is_no_byline() -> None:
    result, _ = built(
        portal(
            "Harbour boards reject Minister’s criticism",
            "2 April 2019",
            "Press Release: the boards answer the Minister.",
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
