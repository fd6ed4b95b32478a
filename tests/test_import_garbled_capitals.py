"""Lines with capitals inside their words that are no site links run together: a PDF's small capitals garbled the same way
in every word, and a sentence naming companies that write a capital inside their names. Passages of our own, each with a
near miss."""

from __future__ import annotations

from dossier.headings import garbled_capitals_heading
from imported import PROSE, body_text, built

PAGE = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    "2024-03-05\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}. {PROSE}.\n\n"
    "{line}\n\n"
    f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}. {PROSE}.\n"
)


def test_a_sentence_in_garbled_small_capitals_is_kept():
    for line in (
        "The levy’s lifTing did noT require The harbour board To abide by any of The sTricT rules ThaT came laTer.",
        "FerryLink, one of the larger operators on the coast, with DockWorks and PortNet as partners, said the levy was unfair.",
    ):
        result, report = built(PAGE.replace("{line}", line))
        assert line in body_text(report), line
        assert "site links" not in result.dropped, line


def test_a_footer_of_links_run_together_is_still_dropped():
    """Near miss: a footer's links glued together start with many different capitals."""
    line = "Contact UsWork with usAdvertiseYour Ad ChoicesPrivacy PolicyTerms of Service"
    result, report = built(PAGE.replace("{line}", line))
    assert result.dropped.get("site links") == [line]
    assert "Privacy Policy" not in body_text(report)


def test_a_subhead_in_garbled_small_capitals_is_a_heading():
    for heading in ("cONTROll INg THE  LEv Y", "bAck TO  THE HAR bOUR", "DOWNPl AYINg THE cOsTs"):
        _, report = built(PAGE.replace("{line}", heading))
        assert " ".join(heading.split()) in [section.title for section in report.sections], heading


def test_initials_and_brand_names_in_mixed_case_are_no_garbled_subhead():
    """Near miss: plural initials and brand names mix the cases too ('CEOs', 'iPhone'), and a sentence ends on its stop."""
    for line in ("CEOs and CFOs of the NGOs", "iPhone and eBay users in Vells", "The levy’s lifTing did noT require IT."):
        assert not garbled_capitals_heading(line), line
