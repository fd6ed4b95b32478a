"""Reposted wire stories and multi-author pages: the agency's or syndicator's credit at the end, a link back to the
original, promo lines, bylines between boxes and captions ending in their credit are no section headings. Passages of
our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a wire agency's or a syndicator's credit line is set apart, never a section -----------------------------------------------

WIRE = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    "2024-03-05\n\n"
    "{top}"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "RISKS AHEAD\n\n"
    f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}.\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}.\n\n"
    "{credit}\n"
)


def test_a_wire_or_syndication_credit_at_the_end_is_no_section():
    for credit in (
        "(Edited by Ann Lee and Bo Park)",
        "(Reporting by Ann Lee in Vells; Additional reporting by Cy Dunn; Editing by Bo Park)",
        "Reporting by Ann Lee; Editing by Bo Park",
        "Culled from The Harbour Courier",
        "*Culled from The Harbour Courier",
        "\\*Reprinted from The Norland Times",
    ):
        result, report = built(WIRE.replace("{top}", "").replace("{credit}", credit))
        assert headings(report) == ["RISKS AHEAD"], credit
        assert ":::{editorial}\n" + credit.lstrip("\\*") + "\n:::" in result.markdown, credit


def test_a_link_back_to_the_original_is_furniture():
    for line in ("Original Link on Norland Wire website.", "Link to the original article"):
        result, report = built(WIRE.replace("{top}", line + "\n\n").replace("{credit}", ""))
        assert headings(report) == ["RISKS AHEAD"], line
        assert result.dropped.get("link to the original") == [line], line


def test_a_heading_that_names_an_editor_or_a_source_stays_a_heading():
    """Near miss: a subhead about an editor or a source is no credit ('Edited by the minister', no name in capitals after
    'Culled from', an 'Original sources' heading)."""
    for heading in ("Edited by the minister", "Culled from the archives", "Original sources of the levy"):
        text = WIRE.replace("{top}", "").replace("{credit}", "").replace("RISKS AHEAD", heading)
        _, report = built(text)
        assert headings(report) == [heading], heading
        assert "Members said the levy" in body_text(report)
