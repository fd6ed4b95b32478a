"""A blog post's furniture around its text: a banner picture with no caption and no alt text at the top, and under the
text the appendix of a print link, the licence line and a suggested citation."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>The Long Year | Quayside Review</title></head><body><article>"
BANNER = "<figure class='wp-block-image'><img src='banner.jpg' alt='' class='wp-image-12'></figure>"
TEXT = (
    "<h1>The Long Year</h1><p>Twelve months have passed since the small review first went online, and a great deal has "
    "happened to the harbour court, to the council and to this journal in the year that followed its launch.</p>"
    "<p>The second symposium, on the ferry rules, brought the journal its first readers from abroad and its first serious "
    "critics at home, and the third is planned for the spring.</p>"
)
APPENDIX = (
    "<div class='appendix'><div class='print_links'><a href='https://print.example.org/?u=x'> DOWNLOAD PDF </a></div>"
    "<div class='license copyright'><a href='https://creativecommons.org/licenses/by-nc-nd/4.0/'> LICENSED UNDER CC BY NC ND </a></div>"
    "<div class='citate'><span class='citate-sign'>SUGGESTED CITATION </span> Brann, Tilda:<em> The Long Year, Quayside Review,</em> "
    "2021/3/14, https://example.org/the-long-year/.</div></div>"
)


def read(body: str) -> str:
    result = import_page(read_saved_page((HEAD + body + "</article></body></html>").encode(), "year.html"), "year.html")
    return result.markdown.split("+++", 2)[2]


def test_a_captionless_banner_and_the_posts_appendix_are_left_out():
    text = read(BANNER + TEXT + APPENDIX)
    assert ":::{figure}" not in text and "(no caption)" not in text
    assert "DOWNLOAD PDF" not in text and "LICENSED UNDER" not in text and "SUGGESTED CITATION" not in text
    assert "third is planned for the spring." in text


def test_near_miss_a_picture_with_alt_text_and_a_sentence_on_licences_stay():
    """Near miss: a picture with alt text is a figure; a sentence of the post about a licence is the post's."""
    pictured = BANNER.replace("alt=''", "alt='The harbour court in March'")
    licence = "<p>Licensed under the harbour act of 1990, the ferry company kept its fares for a decade.</p>"
    text = read(pictured + TEXT + licence)
    assert "The harbour court in March" in text and "Licensed under the harbour act" in text


SUPPORT = (
    "<div class='kasten'><div class='column'><figure><img src='editor.jpg' alt='Tilda Brann Portrait'></figure></div>"
    "<div class='column'><h1>Thank you!</h1><p>You read this long post all the way down. Do you enjoy the review? If you do, "
    "please <a href='https://members.example.org/review'>support</a> us so that we can keep up our work.</p>"
    "<p>All the best, <em>Tilda Brann</em></p></div></div>"
)


def test_a_box_asking_readers_to_support_the_site_is_left_out():
    text = read(TEXT + SUPPORT + APPENDIX)
    assert "Thank you!" not in text and "support" not in text and "Tilda Brann Portrait" not in text
    assert "third is planned for the spring." in text


def test_near_miss_a_paragraph_reporting_an_appeal_stays():
    """Near miss: the post's own paragraph quoting the union's call for support, with a link to its statement, is text."""
    reported = (
        "<div class='note'><p>The ferry union asked the town to support us in the strike, its leader said, in a "
        "<a href='https://union.example.org/statement'>statement</a> read on the quay.</p></div>"
    )
    assert "asked the town to support us" in read(TEXT + reported)
