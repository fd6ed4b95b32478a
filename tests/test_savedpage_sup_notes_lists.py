"""A saved page whose text cites its notes in superscripts (<sup>7</sup>, or <sup><a href="#fn7">7</a></sup>) over a
notes list at its end: the notes are read, with their markers, also where each note opens on its bare number ('1 Harbour
Board, …') or on its key in a superscript with a paragraph after the list (the writer's note), and where the list's
label is a paragraph of its own with no heading's markup (<p>Notes</p>). Pages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

PARAGRAPHS = [
    "The harbour board of Vells voted on Tuesday to raise the levy on ferry tickets for the third time in two years, citing the breakwater.{1}",
    "The union of pilots said the board had never consulted it, and that the crews would bear the cost of the new rosters at the quays.{2}",
    "The ferry companies said the levy would be passed on to passengers in full from the first day of the summer timetable.{3}",
    "Several councillors asked for a review of the levy before the autumn, when the accounts of the breakwater fund are published.",
]
NOTES = [
    "Harbour Board of Vells, Minutes of the meeting of 4 March 2024, item 7.",
    "Letter of the Pilots’ Union to the board, 2 March 2024.",
    "Vells Ferry Company, notice to passengers, 5 March 2024.",
]
WRITER = "<p><em>Ada Vorn covers the harbour and its boards for the Vells Courier, and has done so for eleven years.</em></p>"


def page(label: str, notes: str, after: str = "", marker: str = "<sup>{n}</sup>") -> str:
    text = "".join(
        "<p>" + p.replace("{1}", marker.format(n=1)).replace("{2}", marker.format(n=2)).replace("{3}", marker.format(n=3)) + "</p>"
        for p in PARAGRAPHS
    )
    body = f"<article><h1>Vells Raises the Ferry Levy Again</h1><p class='byline'>By Ada Vorn</p>{text}{label}{notes}{after}</article>"
    return f"<!doctype html><html><head><meta charset='utf-8'><title>Vells Raises the Ferry Levy</title></head><body>{body}</body></html>"


def imported(html: str) -> str:
    return import_page(read_saved_page(html.encode(), "page.html"), "page.html").markdown.split("+++")[2]


def test_notes_opening_on_their_bare_number_under_a_notes_heading():
    for label in ("<h2>Endnotes</h2>", "<p><strong>Notes</strong></p>"):
        markdown = imported(page(label, "".join(f"<p>{n} {note}</p>" for n, note in enumerate(NOTES, 1))))
        assert "breakwater.[^1]" in markdown and "quays.[^2]" in markdown, label
        assert f"[^1]: {NOTES[0]}" in markdown and f"[^3]: {NOTES[2]}" in markdown, label


def test_notes_opening_on_a_superscript_key_with_the_writers_note_after_them():
    markdown = imported(page("<h2>Notes</h2>", "".join(f"<p><sup>{n}</sup>{note}</p>" for n, note in enumerate(NOTES, 1)), WRITER))
    assert "breakwater.[^1]" in markdown and f"[^2]: {NOTES[1]}" in markdown
    assert "Ada Vorn covers the harbour" in markdown


def test_a_notes_label_in_a_paragraph_of_its_own_over_the_keyed_notes():
    for notes in (
        "<ol>" + "".join(f"<li>{note}</li>" for note in NOTES) + "</ol>",
        "".join(f"<p>{n}. {note}</p>" for n, note in enumerate(NOTES, 1)),
        "".join(f"<p><sup>{n}</sup> {note}</p>" for n, note in enumerate(NOTES, 1)),
    ):
        for label in ("<p>Notes</p>", "<hr><p>ENDNOTES</p>"):
            for after in ("", WRITER):
                markdown = imported(page(label, notes, after))
                assert "breakwater.[^1]" in markdown and f"[^3]: {NOTES[2]}" in markdown, (label, notes[:12], after[:5])
                assert "\nNotes\n" not in markdown and "ENDNOTES" not in markdown, (label, notes[:12])
                assert ("Ada Vorn covers the harbour" in markdown) == bool(after)


def test_a_plain_label_over_a_list_the_text_never_cites_stays_the_texts():  # near misses
    sources = "<ul><li>Harbour Board of Vells, minutes.</li><li>Vells Ferry Company, notices.</li></ul>"
    markdown = imported(page("<p>Sources</p>", sources, marker=""))
    assert "[^" not in markdown and "Sources" in markdown and "Harbour Board of Vells, minutes." in markdown
    prose = "<p>The board meets again in April, and the union has asked to speak at that meeting before any vote is taken.</p>"
    markdown = imported(page("<p>Notes</p>", prose, marker=""))
    assert "[^" not in markdown and "The board meets again in April" in markdown


def test_powers_of_units_under_a_plain_notes_label_are_no_note_keys():  # near miss: m², m³ are exponents, not citations
    text = (
        "<p>The new sports hall covers 2,500 m<sup>2</sup> of the old depot and cost the town about 3 million to build.</p>"
        "<p>The builders carted away 800 m<sup>3</sup> of rubble from the depot before the first wall went up in the spring.</p>"
    )
    notes = "<ol><li>The hall opens at 8 am on weekdays.</li><li>Lockers take a coin.</li><li>Bring clean shoes.</li></ol>"
    html = f"<!doctype html><html><head><meta charset='utf-8'><title>Hall</title></head><body><article><h1>Velden Opens Its Sports Hall</h1>{text}<p>Notes</p>{notes}</article></body></html>"
    markdown = imported(html)
    assert "[^" not in markdown
    assert "2,500 m2 of the old depot" in markdown and "The hall opens at 8 am on weekdays." in markdown
