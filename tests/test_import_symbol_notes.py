"""Notes keyed by a symbol: the text cites an asterisk or a dagger glued to a word or its stop ('… ran late.*') and a
paragraph under it opening on that symbol gives the note ('* Figures from …'). In a plain text and in a saved page it
is a note keyed by its symbol, its cite the note's reference; a line opening so that the text does not cite stays as it
was (a bulleted list, an author's note under a byline marked so, a word in emphasis)."""

from __future__ import annotations

from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

OPENING = (
    "The quay trust met on the slipway twice this year, and the borough said the repairs ran late.{mark} The boatmen blamed the silt in the basin."
)
LATER = "The borough will meet again in the spring to hear the auditors on the cost of the works and of the new slipway."


def plain(*paragraphs: str) -> str:
    return import_text("Quay Review\n\n" + "\n\n".join(paragraphs) + "\n", "quay.txt").markdown


def page(*paragraphs: str) -> str:
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Quay Review</title></head><body><article><h1>Quay Review</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    return import_page(read_saved_page(html.encode(), "quay.html"), "quay.html").markdown


def test_an_asterisk_note_in_a_plain_text_is_a_note() -> None:
    markdown = plain(OPENING.format(mark="*"), LATER, "* Figures from the trust's 2019 survey of the slipway.")
    assert "the repairs ran late.[^*] The boatmen" in markdown
    assert "[^*]: Figures from the trust's 2019 survey of the slipway." in markdown
    assert "- Figures" not in markdown
    assert 'summary = "The quay trust met on the slipway twice this year, and the borough said the repairs ran late. The boatmen' in markdown


def test_a_dagger_and_a_double_asterisk_each_key_their_note() -> None:
    markdown = plain(
        OPENING.format(mark="†"), LATER + "**", "† Figures from the trust's 2019 survey.", "** The auditors' estimate, not yet published."
    )
    assert "ran late.[^†] The boatmen" in markdown and "new slipway.[^**]" in markdown
    assert "[^†]: Figures from the trust's 2019 survey." in markdown
    assert "[^**]: The auditors' estimate, not yet published." in markdown


def test_an_asterisk_note_in_a_saved_page_is_a_note() -> None:
    markdown = page(OPENING.format(mark="*"), LATER, "* Figures from the trust's 2019 survey of the slipway.")
    assert "the repairs ran late.[^*] The boatmen" in markdown
    assert "[^*]: Figures from the trust's 2019 survey of the slipway." in markdown
    assert "\\* Figures" not in markdown


def test_a_bulleted_list_the_text_does_not_cite_stays_a_list() -> None:
    markdown = plain(OPENING.format(mark=""), "The trust asked for:", "* a survey of the basin", "* a new slipway")
    assert "- a survey of the basin" in markdown and "[^" not in markdown


def test_a_glued_asterisk_with_no_note_under_it_stays_as_written() -> None:
    markdown = plain("Late last year Mira* finally went to see the trust's counsellors about the slipway and its noise.", LATER)
    assert "Mira\\* finally" in markdown and "[^" not in markdown


def test_an_authors_note_under_a_byline_marked_with_an_asterisk_stays_the_authors_note() -> None:
    text = "Quay Review\n\nBy Mira Holt*\n\n" + OPENING.format(mark="") + "\n\n" + LATER + "\n\n* Mira Holt is a fellow of the Quay Trust.\n"
    markdown = import_text(text, "quay.txt").markdown
    assert 'author_note = "Mira Holt is a fellow of the Quay Trust."' in markdown and "[^*]" not in markdown
