"""A teaser that opens on an ellipsis, the tail of a quotation cut at its start ('"... nobody came.”', a site's
description and subtitle), is no summary: the summary is the story's opening. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

LEDE = "A ferry captain steered her boat through the storm on Friday and brought forty passengers safe to the harbour."
QUOTE = "“The quay was dark, and we were awaiting someone with a lamp,” said Ines Roe, who was on board."


def page(teaser: str) -> bytes:
    return (
        f"<html><head><title>Captain brings ferry home</title><meta name='description' content='{teaser}'></head><body>"
        f"<article><h1>Captain brings ferry home</h1><p class='subtitle'>{teaser}</p><p>{LEDE}</p><p>{QUOTE}</p></article></body></html>"
    ).encode()


def summary(markdown: str) -> str:
    return next(line for line in markdown.split("\n") if line.startswith("summary = "))


def test_a_teaser_cut_from_a_quotation_is_no_summary():
    for teaser in ("&quot;... awaiting someone.&#x201D;", "…awaiting someone with a lamp", "“... a lamp.”"):
        result = import_page(read_saved_page(page(teaser), "ferry.html"), "ferry.html")
        assert summary(result.markdown).startswith('summary = "A ferry captain steered'), teaser
    result = import_text("\n\n".join(["Captain brings ferry home", "March 4, 2020", '"... awaiting someone."', LEDE, QUOTE]) + "\n", "x.txt")
    assert summary(result.markdown).startswith('summary = "A ferry captain steered')


def test_near_miss_a_whole_teaser_or_a_long_paragraph_opening_on_an_ellipsis_is_kept():
    result = import_page(read_saved_page(page("A captain brings forty passengers home through the storm."), "ferry.html"), "ferry.html")
    assert summary(result.markdown) == 'summary = "A captain brings forty passengers home through the storm."'
    long = "... and so the crossing went on, the captain said, through the night and the storm until the harbour lights showed."
    result = import_text("\n\n".join(["Captain brings ferry home", "March 4, 2020", long, LEDE]) + "\n", "x.txt")
    assert summary(result.markdown).startswith('summary = "... and so the crossing')
