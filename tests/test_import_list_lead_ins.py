"""A policy review's line leading into the list under it with no colon ('The panel recommended the following', or worded
as its sibling that does end in one): a paragraph of the text, no section heading. Passages of our own, with near
misses."""

from __future__ import annotations

from imported import PROSE, built, headings

TOP = (
    "How the Harbour Board Should Change\n\n"
    "2024-03-05\n\n"
    f"The review of the harbour board took a year, and {PROSE.lower()}.\n\n"
    "What the panel found\n\n"
    f"The panel heard from forty witnesses over six months, and {PROSE.lower()}.\n\n"
)
ITEM = "• {what} – this would give the board the staff it has lacked since the levy was cut, and free its engineers for repairs.\n\n"


def test_parallel_lead_ins_over_lists_are_paragraphs_where_one_lost_its_colon():
    for first, second, third in (
        ("Changes that need a new standing order:", "Changes that need an amended act", "Changes that need the charter rewritten"),
        ("Steps the council can take alone:", "Steps the council can take with the state", "Steps the council can take with the port"),
    ):
        text = TOP + "".join(f"{lead}\n\n" + ITEM.replace("{what}", f"Measure {n}") for n, lead in enumerate((first, second, third)))
        text += f"Closing remarks\n\nThe board answered in June, and {PROSE.lower()}.\n"
        result, report = built(text)
        assert headings(report) == ["What the panel found", "Closing remarks"], (first, headings(report))
        assert sum("leading into the list" in line for line in result.inferred) == 2


def test_a_line_ending_on_the_following_over_a_list_is_a_paragraph():
    for lead in ("The panel recommended the following", "Its proposals for the next budget include", "The witnesses named three risks, namely"):
        text = TOP + f"{lead}\n\n" + ITEM.replace("{what}", "A second harbour pilot") + f"Members said the list was short, and {PROSE.lower()}.\n"
        _, report = built(text)
        assert headings(report) == ["What the panel found"], lead


def test_a_heading_over_a_list_stays_a_heading():
    """Near misses: a short or title-case heading over a list ('Key findings', 'Reform Measures for the Board'), and a
    sentence-case subhead over a list with no sibling lead-in ending in a colon."""
    for heading in ("Key findings", "Reform Measures for the Board", "Changes that need a new standing order"):
        text = TOP + f"{heading}\n\n" + ITEM.replace("{what}", "A second harbour pilot") + f"Members said the list was short, and {PROSE.lower()}.\n"
        _, report = built(text)
        assert headings(report) == ["What the panel found", heading], heading
