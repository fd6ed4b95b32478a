"""A sources list in Markdown: each item a headline, a hard break and the source's address as a link on the next line
(`* **Headline**  ` / `[https://…](https://…)`). The address stays in its item, the .md keeps it as written (no `\\_`
added), and the summary is never a bare address. Passages of our own, each with a near miss."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text

FRONT = "---\ntitle: Harbour Digest Sources\ndate: 2024-03-04\n---\n\n"
OPENING = "The harbour board met on Monday to weigh a levy on ferry tickets, and the coastal towns disagreed on who pays for the quays.\n\n"
SOURCES = (
    "* **Harbour board weighs a ferry levy**  \n"
    "[https://www.example.com/2024/03/04/harbour_board_levy.html?utm_term=.abc_def](https://www.example.com/2024/03/04/harbour_board_levy.html?utm_term=.abc_def)\n"
    "* **Towns split over quay costs:**  \n"
    "[https://news.example.org/towns_split/2024/](https://news.example.org/towns_split/2024/)\n"
)


def imported(text: str):
    result = import_text(text, "export.md")
    return result, read_report(result.markdown, "reports/x.md")


def test_a_list_items_address_on_the_line_under_it_stays_in_the_item():
    _, report = imported(FRONT + OPENING + SOURCES)
    items = [p.text for s in report.sections for p in s.paragraphs if p.kind == "item"]
    assert len(items) == 2
    assert items[0].startswith("Harbour board weighs a ferry levy") and "harbour_board_levy.html" in items[0]
    assert "towns_split/2024/" in items[1]


def test_the_address_keeps_its_underscores_unescaped_in_the_markdown():
    result, _ = imported(FRONT + OPENING + SOURCES)
    body = result.markdown.split("+++")[2]
    assert "https://www.example.com/2024/03/04/harbour_board_levy.html?utm_term=.abc_def" in body
    assert "\\_" not in body


def test_underscores_outside_addresses_are_still_escaped():
    """Near miss: a word in underscores in the prose still has its marks escaped (it would read as italics)."""
    result, _ = imported(FRONT + "The board's \\_draft\\_ levy was read out at the harbour office on Monday evening.\n\n" + SOURCES)
    body = result.markdown.split("+++")[2]
    assert "\\_draft\\_" in body


def test_a_sources_list_alone_gives_no_bare_address_as_the_summary():
    _, report = imported(FRONT + SOURCES)
    assert "https://" not in (report.summary or "")


def test_a_paragraph_under_a_list_item_after_a_blank_line_is_its_own():
    """Near miss: a link paragraph after a blank line under the list is no part of the last item."""
    _, report = imported(FRONT + OPENING + SOURCES + "\n[Read the board's minutes](https://example.com/minutes)\n")
    items = [p.text for s in report.sections for p in s.paragraphs if p.kind == "item"]
    assert not any("minutes" in item for item in items)
