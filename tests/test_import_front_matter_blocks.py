"""A page builder's Markdown kept in the front matter (Netlify CMS, Forestry, Sanity-style Hugo sites): a list of cards
or blocks whose `body`, `text`, `quote` or `attribution` fields hold the page's text is read as the report's text, in
order; settings and a front matter with no such list stay out. Passages of our own."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text

CARDS = (
    "---\n"
    "title: Harbour Quick Quotes for Monday\n"
    "date: '2024-03-04T09:00:00+00:00'\n"
    "card_series: Quotes\n"
    "cards:\n"
    "  - order: 0\n"
    "    body: >-\n"
    "      > “We will rebuild the north quay before the winter storms come back.”\n"
    "\n"
    "\n"
    "      Mayor Jane Roe on the flood damage to the harbour's north quay.\n"
    "    _key: card-0-abc\n"
    "  - order: 1\n"
    "    body: >-\n"
    "      > “Rates stay where they are until the summer.”\n"
    "\n"
    "\n"
    "      Central bank governor Omar Hale speaking after the board's meeting.\n"
    "    _key: card-1-def\n"
    "---\n"
    "* **Harbour board weighs a ferry levy**\n"
)


def imported(text: str):
    result = import_text(text, "export.md")
    return result, read_report(result.markdown, "reports/x.md")


def test_the_cards_bodies_in_the_front_matter_are_the_reports_text_in_order():
    result, report = imported(CARDS)
    text = "\n".join(p.text for s in report.sections for p in s.paragraphs)
    assert report.title == "Harbour Quick Quotes for Monday"
    assert "We will rebuild the north quay" in text and "Mayor Jane Roe on the flood damage" in text
    assert text.index("Mayor Jane Roe") < text.index("Rates stay where they are") < text.index("Omar Hale speaking")
    assert "card-0-abc" not in result.markdown and "card_series" not in result.markdown
    assert any("text fields" in line for line in result.inferred)


def test_blocks_with_a_quote_and_its_attribution_are_read_too():
    text = (
        "---\ntitle: Harbour Voices\nblocks:\n"
        "  - type: quote\n    quote: The quay is the town's living room, and it needs repairs now.\n\n"
        "    attribution: Ilse Moor, harbour master\n---\n\nThe board meets again in May.\n"
    )
    result, _ = imported(text)
    body = result.markdown.split("+++")[2]
    assert body.index("The quay is the town's living room") < body.index("Ilse Moor, harbour master") < body.index("The board meets")


def test_a_front_matter_of_settings_stays_out_of_the_text():
    """Near miss: lists of menus, images and short labels are settings, never the report's text."""
    text = (
        "---\ntitle: Harbour Voices\nmenu:\n  - name: Home\n    url: /\n  - name: About\n    url: /about/\n"
        "buttons:\n  - text: Read more\n  - text: Subscribe\n---\n\nThe board meets again in May to weigh the ferry levy.\n"
    )
    result, _ = imported(text)
    body = result.markdown.split("+++")[2]
    assert "Read more" not in body and "Subscribe" not in body and "Home" not in body
    assert any("its lines are not the report's text" in line for line in result.inferred)
