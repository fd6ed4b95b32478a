"""A PDF's cover: its title broken over lines, a series label and the copyright line over it, the subtitle, byline and
month under it. Passages of our own, each with a near miss."""

from __future__ import annotations

import textwrap

from imported import built, headings

WIDTH = 60


def column(*topics: str) -> str:
    """Paragraphs hard-wrapped to a printed column, one for each topic."""
    return "\n\n".join(
        "\n".join(
            textwrap.wrap(
                f"Harbour masters in the northern ports have argued about {topic} for years, and their boards meet each "
                f"month to settle what {topic} asks of the pilots. Each port keeps its own tug and crew for {topic}, and "
                f"the ferry companies pay a share of the cost of {topic} through their mooring fees, as agreed in the trial.",
                WIDTH,
            )
        )
        for topic in topics
    )


BODY = "Introduction\n" + column("the rosters", "the tugs", "the night shifts") + "\n\nConclusions\n" + column("the training", "safety") + "\n"

LABELLED = (
    "Regional Ports & Logistics series\n"
    "© Harbour Institute 2023 – HI-2023-04\n\n"
    "Where do small ports stand against the big hubs?\n"
    "Pilot sharing and the tidal grid\n\n" + BODY
)


def test_a_series_label_and_copyright_over_a_title_broken_over_two_lines():
    result, report = built(LABELLED)
    assert report.title == "Where do small ports stand against the big hubs? Pilot sharing and the tidal grid"
    assert report.series == "Regional Ports & Logistics series"
    assert headings(report) == ["Introduction", "Conclusions"]
    assert "Pilot sharing" not in result.markdown.split("+++")[2]


def test_a_title_on_one_line_keeps_the_heading_under_it():
    """Near miss: a title on its line, a blank line, then the first heading: the heading is no part of the title."""
    _, report = built("Pilot Sharing in the Northern Ports\n\n" + BODY)
    assert report.title == "Pilot Sharing in the Northern Ports"
    assert headings(report) == ["Introduction", "Conclusions"]


def double_spaced(text: str) -> str:
    """A PDF viewer's copy: a blank line after every line."""
    return "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"


COVER = "Innovating Harbour Pilot\nPolicy\nMaking the shared roster\nwork in every port\nJane Roe, John Doe and Ana Lima\nMay 2021\n"


def test_a_double_spaced_cover_title_going_on_in_a_short_line_and_its_subtitle_byline_and_month():
    result, report = built(double_spaced(COVER + BODY))
    assert report.title == "Innovating Harbour Pilot Policy"
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe", "Ana Lima"]
    assert 'date = "2021-05"' in result.markdown
    assert headings(report) == ["Introduction", "Conclusions"]


def test_a_double_spaced_cover_title_over_a_longer_line_is_not_joined():
    """Near miss: a line of four words or more under the title is its subtitle, not the title going on."""
    _, report = built(double_spaced(COVER.replace("Policy\n", "") + BODY))
    assert report.title == "Innovating Harbour Pilot"


def test_a_word_processors_page_foot_with_page_spaced_out_is_furniture():
    text = "Pilot Sharing in the Northern Ports\n\n" + BODY.replace("\n\nConclusions", "\n2 | P a g e\n\nConclusions").replace(
        "as agreed in the trial.\n\nHarbour masters", "as agreed in the trial.\n3 | P a g e\n\nHarbour masters", 1
    )
    result, report = built(text)
    assert "P a g e" not in result.markdown.split("=====")[0] and headings(report) == ["Introduction", "Conclusions"]
    assert "page number" in result.dropped


def test_a_single_line_naming_a_page_is_kept():
    """Near miss: one such line is no page foot that comes back on every page."""
    text = "Pilot Sharing in the Northern Ports\n\n" + BODY.replace("\n\nConclusions", "\n2 | P a g e\n\nConclusions")
    result, _ = built(text)
    assert "page number" not in result.dropped


SYMBOL = "\uf0b7"  # the Symbol font's bullet, as a PDF's text gives it (a private-use sign)


def highlights(items: int) -> str:
    lines = []
    for topic in ("the rosters", "the tugs", "the night shifts")[:items]:
        lines += [f"{SYMBOL} The boards have agreed on {topic}, and the", f"owners will pay a share of {topic} from May."]
    return "\n".join(lines) + "\n\n"


def test_a_symbol_fonts_bullet_opening_items_wrapped_over_lines_is_a_list():
    _, report = built("Pilot Sharing in the Northern Ports\n\n" + highlights(3) + BODY)
    items = [p for s in report.sections for p in s.paragraphs if p.text.startswith("The boards have agreed")]
    assert len(items) == 3 and all(p.kind == "item" for p in items) and SYMBOL not in items[0].text


def test_a_symbol_fonts_sign_on_two_lines_is_no_list():
    """Near miss: two lines opening with the sign are too few to call a list."""
    _, report = built("Pilot Sharing in the Northern Ports\n\n" + highlights(2) + BODY)
    assert not [p for s in report.sections for p in s.paragraphs if p.kind == "item"]


READING = (
    "\n\nFURTHER READING\n"
    "Roe J., Doe J. (2021) Harbour pilots in the north. Port Studies 4,\n"
    "Publications Office of the Harbour Board, Lisbon, 2021 (link)\n"
    "Poe A., Lee K. (2022)\n"
    "Tugs and tides. Port Studies 5, Lisbon, 2022. (link)\n"
)


def test_a_reading_lists_entries_are_no_headings():
    _, report = built("Pilot Sharing in the Northern Ports\n\n" + BODY + READING)
    assert headings(report) == ["Introduction", "Conclusions", "FURTHER READING"]


def test_a_heading_naming_a_year_stays():
    """Near miss: a heading with a name and a year in it is no reference."""
    _, report = built("Pilot Sharing in the Northern Ports\n\n" + BODY.replace("Conclusions\n", "The Pilots’ Strike of 1926\n"))
    assert "The Pilots’ Strike of 1926" in headings(report)


VOLUME_COVER = (
    "Report On The Review Of\nPilot Sharing In The Northern Ports\nVolume II of II Harbour Commissioner Jane Roe\n"
    "Submitted Pursuant to Section 12 of the Harbours Act\nPortsmouth, March 2019\n\n"
)


def test_a_covers_volume_line_and_submission_line_end_its_title():
    result, report = built(VOLUME_COVER + BODY)
    assert report.title == "Report On The Review Of Pilot Sharing In The Northern Ports"
    assert 'date = "2019-03"' in result.markdown
    assert headings(report) == ["Introduction", "Conclusions"]


def test_a_title_line_that_names_a_volume_inside_it_stays_the_titles():
    """Near miss: 'Volume' inside a line, not opening it, is the title's own word."""
    cover = VOLUME_COVER.replace(
        "Volume II of II Harbour Commissioner Jane Roe\nSubmitted Pursuant to Section 12 of the Harbours Act\n", "And The Volume Of Their Traffic\n"
    )
    _, report = built(cover + BODY)
    assert report.title == "Report On The Review Of Pilot Sharing In The Northern Ports And The Volume Of Their Traffic"
