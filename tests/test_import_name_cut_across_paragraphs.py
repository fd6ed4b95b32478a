"""A copy's line break or blank line cutting a sentence inside a name ('No less an authority than Bishop Anton' /
'Marek has said that "…"'): the paragraph stopping on the name's first part goes on in the next, which opens on the
name's last part and a verb of saying and ends the sentence. Near misses: a heading in title case, and a paragraph
under it opening on a word that starts a sentence, stay apart. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "Green talk and the harbour firms\n\nBy Sam Ode\n\nMarch 3, 2024\n\n"
OPENING = (
    'Finally, some sense from Jo Park, chair of the Harbour Business Network: "Green has become an overused word." '
    'What the network is promoting is "firms that are profitable and careful."\n\n'
)
CLOSING = '\n\nOne firm announced: "We will engage all our stakeholders." That was Ruxco in its annual report.\n'


@pytest.mark.parametrize("cut", ["\n", "\n\n"])
def test_a_sentence_cut_inside_a_name_is_joined(cut):
    text = HEAD + OPENING + f'No less an authority than Bishop Anton{cut}Marek has said that "a fair profit is a sign of service."' + CLOSING
    assert 'No less an authority than Bishop Anton Marek has said that "a fair profit' in import_text(text, "p.txt").markdown


def test_a_title_case_heading_and_a_new_sentence_stay_apart():
    text = (
        HEAD
        + OPENING
        + "The View From the Harbour Board\n\nMarek said the board would meet again in the spring, once the tides were known."
        + CLOSING
    )
    markdown = import_text(text, "p.txt").markdown
    assert "Harbour Board Marek" not in markdown
    text = HEAD + OPENING + "The board heard from many firms, among them Ruxco\n\nThe board said it would meet again in the spring." + CLOSING
    assert "among them Ruxco The board" not in import_text(text, "p.txt").markdown
    text = (
        HEAD
        + OPENING
        + "Call for more pressure on Harbourton\n\nMarek said the board would meet again in the spring, once the tides were known."
        + CLOSING
    )
    assert "## Call for more pressure on Harbourton" in import_text(text, "p.txt").markdown
