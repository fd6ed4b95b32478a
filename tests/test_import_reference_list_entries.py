"""A paper's list of references under its heading: its entries are no sections however a line of one reads (an
author-date entry with its year set off by commas, 'Roe, Jane, 1999, Harbour Law, …', a lecture's entry, a journal's
name alone), and the lines of a chart or list after it are none either; its labels in capitals ('NEWSPAPERS') and the
parts a paper closes on ('Appendix 1') stay headings. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Ferries and Faith: the harbour churches and the ferry dispute\n\nBy Jane Roe\n\nMarch 2004\n\nIntroduction\n\n"
BODY = (
    "The action of the harbour churches in the ferry dispute is widely acknowledged by the town's councillors and by "
    "the press along the whole of the northern coast.\n\n"
    "Conclusion\n\n"
    "The churches spoke for the crews and their families when nobody else would, and the board listened to them.\n\n"
)
REFERENCES = (
    "REFERENCES\n\n"
    "HPA - Harbour Ports Authority, 1998, The Night Boats, Position Paper, 28/7/1998\n\n"
    "Doe, John, 2001a, ‘Tides’, in Roe, Jane, Politics of the Quays, 3rd edition, Quay Press, Harbourton\n\n"
    "Lund, K.P. 1967, Harbour Government, Quay Press, Harbourton\n\n"
    "Moss, Lena, the 2001 Quay Lecture, presented 31/10/2001, Harbour University, Northport\n\n"
    "JOURNALS\n\n"
    "Harbour Quarterly\n\n"
    "NEWSPAPERS\n\n"
    "The Quay Post, The Harbour Times, Northport Weekly.\n\n"
)


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_the_entries_under_the_references_heading_are_no_sections():
    markdown = import_text(HEAD + BODY + REFERENCES, "paper.txt").markdown
    found = headings(markdown)
    assert not any("Harbour Ports Authority" in h or "Doe, John" in h or "Lund, K.P." in h for h in found), found
    assert not any("Moss, Lena" in h or "Harbour Quarterly" in h for h in found), found
    assert "HPA - Harbour Ports Authority, 1998, The Night Boats, Position Paper, 28/7/1998" in markdown
    assert any(h.endswith("REFERENCES") for h in found)


def test_the_list_ends_at_an_appendix_heading_which_stays():
    chart = (
        "Appendix 1\n\nThe council's bodies are set out below, each under the board.\n\n"
        + "".join(f"{name}\n\n" for name in ("Board Committee for the Quays", "Board Committee for Pilots", "Board Committee for Ferries"))
        + "Harbour bodies - these bodies are entrusted by the board to carry on its work on the quays, each in its own field.\n"
    )
    markdown = import_text(HEAD + BODY + REFERENCES + chart, "paper.txt").markdown
    found = headings(markdown)
    assert any(h.endswith("Appendix 1") for h in found), found


def test_title_case_headings_with_no_references_heading_above_stay():
    body = BODY + "Harbour Quarterly and the Quays\n\nThe quarterly wrote about the night boats every season for a decade and more.\n\n"
    markdown = import_text(HEAD + body, "paper.txt").markdown
    assert any(h.endswith("Harbour Quarterly and the Quays") for h in headings(markdown))


def test_the_list_ends_at_a_heading_with_prose_under_it_or_at_an_annex():
    parts = (
        "References\n\nLund, Karin. Tides. Northport: Quay Press.\n\n"
        "The 2011 lockout\n\nThe crews walked out in the spring, and the ferries stood idle for a month at the quay.\n\n"
        "References\n\nDahl, Erik. Quays. Northport: Quay Press.\n\n"
        "Annex B\n\nSurvey areas\n\nThe survey covered four parts of the coast and two islands, with talks in each.\n\n"
        "Data sources, 2012\n\nWe used the harbour board's own figures for tonnage and berths across the period.\n"
    )
    found = headings(import_text(HEAD + BODY + parts, "paper.txt").markdown)
    for heading in ("The 2011 lockout", "Annex B", "Survey areas", "Data sources, 2012"):
        assert any(h.endswith(heading) for h in found), (heading, found)


def test_a_heading_with_a_year_between_commas_outside_a_list_stays():
    body = BODY + "Ferry fares, 2003, at a glance\n\nThe fares rose twice in the year, and the crews were paid less for each crossing.\n\n"
    assert any(h.endswith("Ferry fares, 2003, at a glance") for h in headings(import_text(HEAD + body, "paper.txt").markdown))
