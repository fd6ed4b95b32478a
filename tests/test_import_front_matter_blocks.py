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


def _paragraphs(result) -> list[str]:
    return [p for p in result.markdown.split("+++")[2].split("\n\n") if p.strip()]


def test_a_quote_and_its_credit_on_the_next_line_are_one_card_each():
    """Block style with no blank line between the fields: each credit after its own quotation, the next card apart."""
    text = (
        "---\ntitle: Orchard Voices\nblocks:\n"
        "  - quote: The frost took half the blossom on the upper terraces this spring.\n"
        "    attribution: Wendel Aske, orchard keeper\n"
        "  - quote: Our cider press will run at half speed until the autumn.\n"
        "    attribution: Mira Tolsen, press cooperative chair\n---\n"
    )
    result, _ = imported(text)
    assert [p.strip() for p in _paragraphs(result)] == [
        "The frost took half the blossom on the upper terraces this spring. — Wendel Aske, orchard keeper",
        "Our cider press will run at half speed until the autumn. — Mira Tolsen, press cooperative chair",
    ]
    assert any("text fields (lines 4, 5, 6, 7)" in line for line in result.inferred)


def test_flow_style_cards_keep_every_quotation():
    """`- {quote: …, attribution: …}`: both fields of each card are kept, the card's credit after its quotation."""
    text = (
        "---\ntitle: Orchard Voices\nblocks:\n"
        '  - {quote: "The frost took half the blossom this spring.", attribution: "Wendel Aske, orchard keeper"}\n'
        '  - {quote: "Our press will run at half speed until autumn.", attribution: "Mira Tolsen, cooperative chair"}\n---\n'
    )
    result, _ = imported(text)
    assert [p.strip() for p in _paragraphs(result)] == [
        "The frost took half the blossom this spring. — Wendel Aske, orchard keeper",
        "Our press will run at half speed until autumn. — Mira Tolsen, cooperative chair",
    ]


def test_a_menu_of_links_is_no_text():
    """Near miss: blocks that link somewhere ('text:' with 'url:') are a site's menu, whatever their labels."""
    text = (
        "---\ntitle: Orchard Levy Explained\nnav:\n"
        "  - text: Our work on the orchard levy\n    url: /work/\n"
        "  - text: Meet the growers behind the campaign\n    url: /team/\n"
        "---\n\nThe valley council met on Monday to weigh a levy on cider sales, and the growers disagreed on who pays.\n"
    )
    result, _ = imported(text)
    assert "Our work on the orchard levy" not in result.markdown
    assert 'summary = "The valley council met on Monday' in result.markdown


def test_labels_of_several_words_over_a_body_of_prose_are_no_text():
    """Near miss: labels of four words or more, no sentence among them, where the Markdown body has prose: settings."""
    text = (
        "---\ntitle: Orchard Levy Explained\nfeatures:\n"
        "  - text: Fair prices for small growers\n  - text: Open books at the cooperative\n"
        "  - text: A press for every valley\n"
        "---\n\nThe valley council met on Monday to weigh a levy on cider sales, and the growers disagreed on who pays.\n"
    )
    result, _ = imported(text)
    assert "Fair prices for small growers" not in result.markdown
    assert any("its lines are not the report's text" in line for line in result.inferred)
