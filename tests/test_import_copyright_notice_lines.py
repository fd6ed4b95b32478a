"""A copyright notice cut over lines by a narrow column or a copy with a blank line after every line, no site's footer
under it ('© 2003 Harbour Institute. All rights' / 'reserved. Reproduction …'): page furniture, never a heading or a
paragraph. Passages of our own, each with a near miss."""

from __future__ import annotations

import textwrap

import pytest
from imported import PROSE, body_text, built, headings

OPENING = f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}."
RISKS = "The harbour master warned that the breakwater might not last another winter, and the pilots asked for a new tug."
PLAIN = f"Safer Quays for Vells\n\n{OPENING}\n\nRisks ahead\n\n{RISKS}\n\n"
PDF = (
    "Safer Quays for Vells\n\nIntroduction\n"
    + "\n".join(textwrap.wrap(f"{OPENING} " * 3, 60))
    + "\n\nRisks ahead\n"
    + "\n".join(textwrap.wrap(f"{RISKS} " * 3, 60))
    + "\n\n"
)
CUT = (
    "© 2003 Vells Quay Trust. All rights\n\nreserved. Reproduction in whole or in part\n\nwithout the Trust's leave is prohibited.\n",
    "© 2003 Vells Quay Trust. All rights\nReserved\n",
    "Copyright © 2003 Vells Quay Trust. All Rights\nReserved. Reproduction in Whole or in Part Prohibited\n",
)


@pytest.mark.parametrize("notice", CUT, ids=["double-spaced", "reserved-alone", "title-case"])
@pytest.mark.parametrize("text", [PLAIN, PDF], ids=["plain", "pdf"])
def test_a_copyright_notice_cut_over_lines_is_furniture_at_the_end_and_under_the_title(text, notice):
    for whole in (text + notice, text.replace("\n\n", "\n\n" + notice + "\n", 1)):
        result, report = built(whole)
        assert headings(report) == (["Introduction", "Risks ahead"] if text is PDF else ["Risks ahead"])
        assert "eserved" not in body_text(report) and "Reproduction" not in body_text(report)
        assert len(result.dropped["copyright line"]) == len(notice.strip().replace("\n\n", "\n").split("\n"))


def test_near_miss_a_whole_copyright_line_keeps_the_paragraph_under_it():
    """A notice ending on its stop is whole: a line under it in lower case, or a heading, is the text's."""
    _, report = built(f"{PLAIN}© 2003 Vells Quay Trust. All rights reserved.\n\nreserved seats on the ferries are kept for the pilots.\n")
    assert "reserved seats on the ferries" in body_text(report)
    _, report = built(f"Safer Quays for Vells\n\n© 2003 Vells Quay Trust\n\n{OPENING}\n\nRisks ahead\n\n{RISKS}\n")
    assert headings(report) == ["Risks ahead"] and body_text(report).startswith("The council of Vells")


BROKEN = "The harbour master warned the council that the old breakwater at Vells might not last another winter and that the"
REST = "pilots would need a new tug before the autumn, and the council agreed to look for the money in the spring budget."
LATE = "The ferries ran late all week, and the quay was closed twice for repairs to the gates."


def _column(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 60))


@pytest.mark.parametrize("pdf", [False, True], ids=["plain", "pdf"])
def test_near_miss_a_page_footer_between_a_sentence_and_its_rest_keeps_the_rest(pdf):
    """'© 2024 Vells Quay Trust' ends on no stop but is a whole notice: the sentence going on under it on the next page,
    in lower case, and the heading after it are the text's."""
    if pdf:
        text = (
            f"Safer Quays for Vells\n\nIntroduction\n{_column(f'{OPENING} {BROKEN}')}\n\n© 2024 Vells Quay Trust\n\n"
            f"{_column(REST)}\n\nRisks ahead\n{_column(f'{LATE} {RISKS}')}\n\n© 2024 Vells Quay Trust\n"
        )
    else:
        text = f"Safer Quays for Vells\n\n{OPENING} {BROKEN}\n\n© 2024 Vells Quay Trust\n\n{REST}\n\nRisks ahead\n\n{LATE}\n"
    result, report = built(text)
    assert "pilots would need a new tug" in body_text(report)
    assert headings(report) == (["Introduction", "Risks ahead"] if pdf else ["Risks ahead"])
    assert all("pilots" not in line for line in result.dropped["copyright line"])
