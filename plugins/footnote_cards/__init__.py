"""Footnote cards: the data every notes list carries for the card script, on every page that lists notes.

The cards themselves are theme/static/js/cards.js and theme/static/css/cards.css:
the script reads the note from the page's own notes list, so a card needs no
network, and without JavaScript a reference is a plain link to its note.
"""

from __future__ import annotations

from dossier.dates import format_date
from dossier.model import Note
from markupsafe import Markup, escape
from pelican import signals


def note_card_attributes(note: Note) -> Markup:
    """data-outlet and data-date for a note's list item, where the note names them."""
    parts = []
    if note.outlet:
        parts.append(f' data-outlet="{escape(note.outlet)}"')
    if note.date:
        parts.append(f' data-date="{escape(format_date(note.date))}"')
    if not note.defined:
        parts.append(' class="note-undefined"')
    return Markup("".join(parts))


def add_template_helpers(generator) -> None:
    environment = getattr(generator, "env", None)
    if environment is not None:
        environment.filters["note_card_attributes"] = note_card_attributes


def register() -> None:
    signals.generator_init.connect(add_template_helpers)
