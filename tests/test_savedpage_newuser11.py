"""Saved pages of a letters page and a small paper's story: a 'Similar Articles' list under the text, a font-size
widget's label over the text, an editor's dated note over the letter, its signatories one a line. Passages of our own,
with near misses."""

from __future__ import annotations

from dossier.savedpage import read_saved_page

LONG = "Our harbours are facing a hard year: the dredging programme has fallen two years behind and the fleet has shrunk by a third."


def read(body: str, head: str = ""):
    page = f'<!doctype html>\n<html><head><meta charset="utf-8"><title>A Letter | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'
    return read_saved_page(page.encode("utf-8"), "page.html")


def texts(result) -> list[str]:
    return [u.text for u in result.body]


def test_a_similar_articles_heading_over_a_list_of_links_is_the_sites():
    similar = '<div class="more"><h5>Similar Articles</h5><ul><li><a href="/a">Fleet shrinks again</a></li><li><a href="/b">Board accounts delayed</a></li></ul></div>'
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{similar}</article>")
    assert texts(result) == [LONG]
    assert result.dropped["related articles"] == ["Similar Articles"]


def test_a_similar_heading_over_the_reports_own_list_is_kept():
    """The near miss: a heading that only starts like one ('Similar cases elsewhere') over a list of plain items."""
    own = "<h3>Similar cases elsewhere</h3><ul><li>Three ports raised their levies in 2023.</li><li>Two closed.</li></ul>"
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{own}</article>")
    assert "Similar cases elsewhere" in texts(result)


SITE = '<meta property="og:site_name" content="Nordland Courier">'


def test_the_papers_own_name_as_the_descriptions_dateline_is_left_out_of_the_summary():
    head = (
        SITE + '<meta property="og:description" content="Nordland Courier – Police are trying to unravel the death of a hunter found in the forest.">'
    )
    result = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head)
    assert result.meta["summary"] == "Police are trying to unravel the death of a hunter found in the forest."


def test_another_name_before_a_dash_stays_in_the_summary():
    """The near miss: the description opens on a name that is not the site's ('Harbour Board – …')."""
    head = SITE + '<meta property="og:description" content="Harbour Board – Police are trying to unravel the death of a hunter found in the forest.">'
    result = read(f"<article><h1>T</h1><p>{LONG}</p></article>", head)
    assert result.meta["summary"].startswith("Harbour Board – Police")


def test_a_font_size_widgets_label_is_no_paragraph():
    widget = (
        '<div class="aria-font-adjusts"><div class="title label">Adjust</div><nav class="controls"><button>A-</button><button>A+</button></nav></div>'
    )
    result = read(f"<article><h1>T</h1>{widget}<p>{LONG}</p></article>")
    assert texts(result) == [LONG]


def test_a_label_outside_such_a_widget_is_kept():
    """The near miss: 'Adjust' as a short paragraph of the text's own, in no widget's box."""
    result = read(f"<article><h1>T</h1><p>{LONG}</p><p><strong>Adjust</strong></p><p>{LONG}</p></article>")
    assert "**Adjust**" in texts(result) or "Adjust" in " ".join(texts(result))


SIGNED = (
    "<table><tr><td><strong>Ada Kovel</strong><br><strong>Tomas Brenner</strong>, <span>Nordland University</span><br>"
    "<strong>Ivo Marsk</strong>, <span>writer</span><br><strong>Lena Oduya</strong></td></tr></table>"
)


def test_signatories_parted_by_line_breaks_keep_a_line_each():
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{SIGNED}</article>")
    lines = [line.replace("**", "") for line in texts(result)[1:]]
    assert lines == ["Ada Kovel", "Tomas Brenner, Nordland University", "Ivo Marsk, writer", "Lena Oduya"]


def test_a_sentence_broken_by_line_breaks_is_one_paragraph():
    """The near miss: a verse-like address whose lines are no names is read as one paragraph, as before."""
    broken = "<p>The board met on Monday<br>and again on Tuesday<br>to hear the fleet.</p>"
    result = read(f"<article><h1>T</h1><p>{LONG}</p>{broken}</article>")
    assert texts(result)[1] == "The board met on Monday and again on Tuesday to hear the fleet."


def test_one_line_of_another_shape_among_many_names_leaves_the_list_a_list():
    names = [
        f"{first} {last}, Nordland University"
        for first, last in zip(
            "Ada Ivo Lena Tomas Mira Otto Jana Karl Eva".split(), "Kovel Marsk Oduya Brenner Holt Vail Rusk Berg Lind".split(), strict=True
        )
    ]
    cell = "<br>".join([*names, "Ambassador Ada Rusk, ret."])
    result = read(f"<article><h1>T</h1><p>{LONG}</p><table><tr><td>{cell}</td></tr></table></article>")
    assert texts(result)[1:] == [*names, "Ambassador Ada Rusk, ret."]
