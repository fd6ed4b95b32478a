"""A media release's masthead (its label after the issuer's name or the release's kind: furniture; the office line under
it: a line of the text) and its closing date line: no sections nor a list. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

TOP = "Clinic hours cut in three northern towns\n\n2019-05-14\n\n"
TEXT = (
    "Tom Hadley has admitted he will cut the opening hours of the clinics in three northern towns.\n\n"
    "“Mr Hadley admitted no clinic is safe from his cuts,” Ms Varga said.\n\n"
    "Ms Varga said the budget for the northern clinics was at risk under the council's plan.\n"
)


def test_a_release_label_after_its_kind_is_the_masthead_and_the_office_line_under_it_a_line_of_the_text():
    """The label is left out; the office line under it is no heading (it names the minister the release's 'Ms Varga
    said' goes back to) and no summary."""
    for label in ("Campaign Media Release", "WESTVALE PARENTS Media Release", "Harbour Council Media Statement"):
        result, report = built(TOP + f"{label}\n\nMinister for Health Nora Varga\n\n" + TEXT)
        assert result.dropped.get("release masthead") == [label], label
        assert headings(report) == [] and "\nMinister for Health Nora Varga\n" in result.markdown, label
        assert report.summary.startswith("Tom Hadley has admitted"), label


def test_a_heading_naming_a_release_in_a_sentence_and_a_line_under_no_label_stay():
    """Near misses: a subheading about a release, and an office line with no release label over it."""
    _, report = built(TOP + TEXT + "\nReactions to the media release\n\n" + TEXT.replace("Tom Hadley", "Ines Marr"))
    assert headings(report) == ["Reactions to the media release"]
    result, _ = built(TOP + "Funding and staff\n\n" + TEXT)
    assert "release masthead" not in result.dropped


def test_a_closing_date_line_with_its_place_is_no_heading():
    for line in ("14 MAY 2019 NORTHPORT", "14 May 2019 Northport", "14 May 2019"):
        result, report = built(TOP + TEXT + f"\n{line}\n")
        assert any(line in lines for lines in result.dropped.values()), line
        assert headings(report) == [] and line not in result.markdown.split("+++")[2], line


def test_a_dated_entry_closing_a_chronology_stays():
    """Near miss: a chronology's last date over its entry; a sentence ending on a date."""
    entry = TEXT + "\n14 May 2019\n\nThe council voted to keep two of the three clinics open in the evening.\n"
    result, _ = built(TOP + entry)
    assert "closing date line" not in result.dropped
    result, _ = built(TOP + TEXT + "\nThe council meets again on 14 May 2019.\n")
    assert "closing date line" not in result.dropped
