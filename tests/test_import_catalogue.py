"""Import rules for pages of research services and think tanks that carry a catalogue record above the text and a
publisher's disclaimer below it (held-out round 167-171): catalogue fields are no title, the author field written
surname first gives the authors, a lead-in line to a list is no heading, a heading that begins with "Related" is kept,
and the disclaimer is left out. Passages of our own, each with the near miss beside it."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def catalogued(*lines: str) -> str:
    return "\n\n".join(["Narvia’s Naval Buildup", *lines]) + "\n"


def test_catalogue_fields_above_the_text_are_no_title_and_give_date_and_authors():
    result, report = built(
        catalogued(
            "Product Type: Insight",
            "Product Number: IN10001",
            "Topics: Defense & Intelligence; Foreign Affairs",
            "Referenced Legislation: H.R. 2012; P.L. 93-148",
            "Publication Date: 04/22/2026",
            "Authors: Kells, Dana M.; Brandt, Otto",
            LONG,
        )
    )
    assert report.title == "Narvia’s Naval Buildup"
    assert [a.name for a in report.authors] == ["Dana M. Kells", "Otto Brandt"]
    assert str(report.date) == "2026-04-22"
    assert "Topics" not in result.markdown and "Product Type" not in result.markdown and "H.R. 2012" not in result.markdown


def test_one_author_surname_first_and_a_plain_byline_field():
    _, report = built(catalogued("Author: Kells, Dana M.", LONG))
    assert [a.name for a in report.authors] == ["Dana M. Kells"]
    _, report = built(catalogued("Authors: Dana Kells and Otto Brandt", LONG))
    assert [a.name for a in report.authors] == ["Dana Kells", "Otto Brandt"]


def test_a_topics_line_inside_the_text_is_kept():
    _, report = built(catalogued(LONG, "Topics: the talks covered three subjects and the ministers agreed on two.", LONG))
    assert "the talks covered three subjects" in body_text(report)


def test_a_lead_in_line_to_a_list_is_no_heading_but_a_related_heading_is():
    result, report = built(
        catalogued(
            "March 9, 2023",
            LONG,
            "Issues of potential disagreement include",
            "- the corridor",
            "- the borders",
            "Related Legislation and Issues for Congress",
            LONG,
            "Related Stories: Border Talks Resume In Narva",
        )
    )
    assert headings(report) == ["Related Legislation and Issues for Congress"]
    assert "Border Talks Resume" not in result.markdown


def test_a_publishers_disclaimer_at_the_foot_is_left_out():
    disclaimer = (
        "These documents were prepared by the Narvian Research Service (NRS). NRS serves as nonpartisan shared staff to "
        "committees. The documents should not be construed as the views of the service."
    )
    result, report = built(catalogued("March 9, 2023", LONG, "Disclaimer:", disclaimer))
    assert "nonpartisan" not in result.markdown and "Disclaimer" not in result.markdown
    kept = "This report was prepared by the Narvian Research Service after interviews with forty officials in the capital."
    result, report = built(catalogued("March 9, 2023", kept, LONG))
    assert "forty officials" in body_text(report)
