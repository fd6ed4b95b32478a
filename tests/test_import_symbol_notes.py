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


def test_a_bulleted_list_under_a_cited_note_stays_a_list() -> None:
    markdown = plain(
        OPENING.format(mark="*"),
        "* Figures from the trust's 2019 survey of the slipway.",
        "The trust then listed what it wants from the borough:",
        "* a survey of the basin\n* a new slipway for the boatmen\n* a dredger for the silt",
        LATER,
    )
    assert "[^*]: Figures from the trust's 2019 survey of the slipway." in markdown
    assert "- a survey of the basin" in markdown and "- a new slipway for the boatmen" in markdown and "- a dredger for the silt" in markdown


def test_a_star_rating_over_a_bulleted_list_cites_nothing() -> None:
    markdown = plain(
        "We stayed at the Tern House, a 5* inn on the dunes above the quay, for three nights in the late spring of last year.",
        "What we liked about it:",
        "* the pool on the roof\n* the breakfast on the terrace\n* the walk down to the beach",
        LATER,
    )
    assert "[^" not in markdown and "a 5\\* inn" in markdown
    assert "- the pool on the roof" in markdown and "- the walk down to the beach" in markdown


def test_a_star_rating_leaves_a_later_paragraph_opening_on_an_asterisk_in_place() -> None:
    markdown = plain(
        "The trust rated the slipway 3* in its survey, and the borough said the repairs ran late this year.",
        "*Update: the borough has since agreed to pay for the dredger, its clerk said on Monday.",
        LATER,
    )
    assert "[^" not in markdown and "Update: the borough has since agreed" in markdown.split("+++")[-1]


def test_two_parts_each_with_its_own_asterisk_note_keep_both_notes() -> None:
    markdown = plain(
        OPENING.format(mark="*"),
        "* Figures from the trust's 2019 survey of the slipway.",
        "The second part covers the dredger, which the boatmen say the basin has needed since the flood.* The borough disagrees.",
        "* The boatmen's letter to the borough, March 2020.",
    )
    assert "ran late.[^*] The boatmen" in markdown and "since the flood.[^*2] The borough" in markdown
    assert "[^*]: Figures from the trust's 2019 survey of the slipway." in markdown
    assert "[^*2]: The boatmen's letter to the borough, March 2020." in markdown


def test_a_glued_asterisk_and_many_bullets_import_in_linear_time() -> None:
    import time

    places = ["slipway", "basin", "quay", "lock", "wharf", "apron", "ferry stage", "tide gauge"]
    works = ["a survey of", "new rails for", "a dredger for", "lights on", "a fence round", "a crane at", "paint for"]
    bullets = "\n".join(f"* {works[n % 7]} the {places[n % 8]} number {n}, by {1990 + n % 31}" for n in range(150))
    started = time.perf_counter()
    markdown = plain(OPENING.format(mark="*"), "The trust wants:", bullets)
    assert time.perf_counter() - started < 15
    assert "[^*]" not in markdown and "- a survey of the slipway number 0, by 1990" in markdown
    assert "- a dredger for the apron number 149, by 2015" in markdown
