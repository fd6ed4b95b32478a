"""Press releases and PDF texts of them that this session's held-out annotators and new user showed: the release's end
mark, its masthead, a cue line over a quotation, a word cut by a page break. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

# -- a release's end mark ('ENDS') is no section, and what follows it is not nested under it ------------------------------------

RELEASE = (
    "Harbor Camp Conditions Worsen\n\n"
    "4 May 2021\n\n"
    f"The harbour camp on Vells holds 400 people in tents, and {PROSE.lower()}.\n\n"
    "“The camp is a place of despair,” said Dr Lena Ford, the alliance's director. “Nobody should be held there a day longer.”\n\n"
    "{end}\n\n"
    "For interviews, contact Tom Reed on 555 0100.\n\n"
    "SUMMARY\n\n"
    f"The alliance visited the camp for six days in April, and {PROSE.lower()}.\n\n"
    "Conditions in the tents\n\n"
    f"Families share one tent between three and four households, and {PROSE.lower()}.\n"
)


def test_a_release_end_mark_is_dropped_not_read_as_a_section():
    for end in ("ENDS", "Ends", "-ENDS-", "– ends –", "Ends/", "# # #", "END"):
        result, report = built(RELEASE.replace("{end}", end))
        assert headings(report) == ["SUMMARY", "Conditions in the tents"], end
        assert end in result.dropped.get("empty heading or end mark", []), end
        assert "For interviews, contact Tom Reed" in body_text(report)


def test_a_heading_that_starts_with_ends_stays_a_heading():
    """Near miss: 'Ends and Means' and 'Endsley Farm' are headings, not the end mark."""
    for heading in ("Ends and Means", "Endsley Farm"):
        _, report = built(RELEASE.replace("{end}", heading))
        assert heading in headings(report), heading
