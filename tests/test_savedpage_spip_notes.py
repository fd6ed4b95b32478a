"""A saved page of a site built with SPIP (as thousands of French-speaking journals, think tanks and town halls are):
the notes' markers are links in brackets marked by their class and rel ('[<a class="spip_note" rel="appendix">1</a>]'),
not superscripts, and the notes stand in a box after the article's element; the date is only in Dublin Core's meta
field spelled 'DC:date' (or bepress's 'bepress_citation_date'), and the description is cut on '(...)'. Passages of our
own, with near misses."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_page
from dossier.savedpage import read_saved_page

LONG = "Le comité du port a publié cette semaine la liste des tarifs qui s’appliqueront aux usagers des quais à partir de l’automne prochain."


def marker(key: int) -> str:
    return f"<span class=\"spip_note_ref\">&nbsp;[<a href='#nb4-{key}' class='spip_note' rel='appendix' id='nh4-{key}'>{key}</a>]</span>"


def note(key: int, text: str) -> str:
    back = f"<span class=\"spip_note_ref\">[<a href='#nh4-{key}' class='spip_note' rev='appendix'>{key}</a>]&nbsp;</span>"
    return f"<div id='nb4-{key}'><p>{back}{text}</p></div>"


NOTES = note(1, "« Objectifs », <i>Tarifs des quais</i>, comité du port, octobre 2007.") + note(2, "Conseil municipal, séance du 3 mars 2009.")
DESCRIPTION = "Les tarifs des quais sont au cœur des débats. Comme le montre Lucie Marchand, les usagers paient plus que prévu dans (...)"


def page(head: str = '<meta name="DC:date" content="2009-09-15">', notes: str = NOTES, cited: bool = True) -> bytes:
    markers = (marker(1), marker(2)) if cited else ("", "")
    return f"""<html lang="fr"><head><title>Les quais et les tarifs - La Revue des Quais</title>{head}
<meta name="description" content="{DESCRIPTION}"><meta name="DC.creator" content="Lucie Marchand"></head>
<body><ul id="menu"><li><a href="/a">Politique</a></li><li><a href="/b">Société</a></li></ul>
<div class="conteneur"><div id="contenu_article"><h1>Les quais et les tarifs</h1>
<div class="texte"><p>{LONG}</p>
<p>La liste a été construite par le comité, dans le but d’être une «&nbsp;aide à la décision&nbsp;»{markers[0]}. Le maire, Paul Vernet, a
déclaré&nbsp;: «&nbsp;Les tarifs baisseront l’an prochain.&nbsp;»{markers[1]}</p>
<p>{LONG}</p></div></div></div>
<div class="conteneur large_simple"><div class="subc"><div class="notes"><h2>Notes</h2>{notes}</div></div></div>
<div id="pied">Mentions légales</div></body></html>""".encode()


def imported(html: bytes):
    result = import_page(read_saved_page(html, "quais.html"), "quais.html")
    return result, read_report(result.markdown, "reports/x.md")


def test_notes_after_the_articles_element_that_its_markers_link_to_are_its_notes():
    result, report = imported(page())
    assert {key: n.text for key, n in report.notes.items() if n.defined} == {
        "1": "« Objectifs », Tarifs des quais, comité du port, octobre 2007.",
        "2": "Conseil municipal, séance du 3 mars 2009.",
    }
    assert "« aide à la décision »[^1]. Le maire" in result.markdown
    assert "prochain. »[^2]" in result.markdown
    assert "[[^" not in result.markdown and "[]" not in result.markdown


def test_near_miss_a_notes_box_no_marker_links_to_stays_outside_the_article():
    """The same box with no marker in the text linking to it: no notes are read from it."""
    _, report = imported(page(cited=False))
    assert not any(n.defined for n in report.notes.values())


def test_the_date_from_a_dublin_core_or_bepress_meta_field_spelled_their_way():
    for head in ('<meta name="DC:date" content="2009-09-15">', '<meta name="bepress_citation_date" content="2009-09-15">'):
        _, report = imported(page(head=head))
        assert str(report.date) == "2009-09-15", head


def test_near_miss_a_page_with_no_date_field_stays_undated():
    _, report = imported(page(head='<meta name="DC:type" content="journalArticle">'))
    assert report.date is None


def test_a_description_cut_on_an_ellipsis_in_brackets_is_no_summary():
    """'… paient plus que prévu dans (...)': a teaser cut at a word count as French sites mark it, like one ending '...'."""
    _, report = imported(page())
    assert "(...)" not in report.summary
    assert report.summary.startswith("Le comité du port a publié")


def test_near_miss_a_marked_link_to_no_note_keeps_its_brackets():
    """A link marked a note's ('spip_note') pointing at no element of the page: no note, and the text keeps its brackets."""
    html = page(notes="").replace(b"<h2>Notes</h2>", b"")
    result, report = imported(html)
    assert not any(n.defined for n in report.notes.values())
    assert "[^1]" not in result.markdown and "[" in result.markdown.split("aide à la décision")[1][:30]


def test_near_miss_a_link_to_an_annex_marked_only_rel_appendix_is_no_note_marker():
    """'appendix' is a standard link type, not a note: without a note's class the link and the annex it points at stay
    text and a section."""
    annex = (
        "<div id='annexe-2'><h2>Annexe 2 : les tarifs</h2><p>Tarif d’amarrage par jour pour un navire de moins de vingt mètres :"
        " douze euros, payables d’avance au bureau du port.</p><p>Tarif d’amarrage par jour pour un navire de plus de vingt"
        " mètres : trente euros, payables d’avance au bureau du port.</p></div>"
    )
    html = f"""<html lang="fr"><head><title>Les quais et les tarifs - La Revue des Quais</title>
<meta name="DC:date" content="2009-09-15"><meta name="DC.creator" content="Lucie Marchand"></head>
<body><div id="contenu_article"><h1>Les quais et les tarifs</h1><div class="texte"><p>{LONG}</p>
<p>La grille du comité, donnée en annexe <a href="#annexe-2" rel="appendix">2</a>, compte quarante lignes. Le maire a dit que les tarifs baisseraient.</p>
<p>{LONG}</p>{annex}</div></div></body></html>""".encode()
    result, report = imported(html)
    assert not report.notes
    assert "en annexe 2, compte" in result.markdown
    assert "## Annexe 2 : les tarifs" in result.markdown
