"""A news page clipped to Markdown by a browser extension (MarkDownload's template): '# Title - Site', a '> ## Excerpt'
block, a rule, the headline again with its subtitle, the photo with its 'ENLARGE' button and its credit on lines of its
own, and a news site's author card ('By' / the name twice / the paper / 'CANCEL' / 'Biography…' / '@handle')."""

from __future__ import annotations

from dossier.importer import import_text

CLIP = """# Harbour Donors Sit Out the Primary - The Varn Journal

> ## Excerpt
> The mayor's biggest donors are mostly sitting on the sidelines of the primary so far.

---

# Harbour Donors Sit Out the Primary

## Four out of five of the mayor's donors from the last race have not given any money this time

![Councillor Ines Reyes at a rally on Monday in Port Sel.](http://example.org/img/reyes.jpg)

ENLARGE

Councillor Ines Reyes at a rally on Monday in Port Sel.

Photo:
Jon Varga/Heron Images

By

Ana Kell

Ana Kell

The Varn Journal

[CANCEL](#)

* [Biography](http://example.org/person/kell)[Ana Kell](http://example.org/person/kell)
* [@anakell](http://example.org/anakell)

Nov. 12, 2015 7:43 p.m. ET

PORT SEL—The mayor's biggest donors are mostly sitting on the sidelines of the primary so far.

“I'm just not ready yet,” said Rune Hossa, a Port Sel lawyer who gave the most allowed last time.
"""


def test_a_clipped_page_reads_as_its_page() -> None:
    result = import_text(CLIP, "clip.md")
    markdown, summary = result.markdown, " ".join(result.summary)
    assert "title: 'Harbour Donors Sit Out the Primary'" in summary and "sections: 0 top-level" in summary
    assert 'summary = "Four out of five of the mayor' in markdown and "Excerpt" not in markdown
    assert "authors: Ana Kell (The Varn Journal)" in summary and "date = 2015-11-12" in markdown
    for furniture in ("ENLARGE", "CANCEL", "Biography", "@anakell", "(no caption)"):
        assert furniture not in markdown
    assert ":credit: Photo: Jon Varga/Heron Images\n\nCouncillor Ines Reyes at a rally on Monday in Port Sel." in markdown


def test_an_excerpt_with_no_subtitle_under_the_headline_is_the_summary() -> None:
    clip = CLIP.replace("## Four out of five of the mayor's donors from the last race have not given any money this time\n\n", "")
    markdown = import_text(clip, "clip.md").markdown
    assert 'summary = "The mayor\'s biggest donors are mostly sitting on the sidelines of the primary so far."' in markdown


def test_a_block_quote_opening_the_text_is_no_excerpt() -> None:
    text = "# Harbour Donors\n\n> “We are not ready yet,” said Rune Hossa.\n\nThe mayor's donors sat out the primary, the filings show.\n"
    markdown = import_text(text, "clip.md").markdown
    assert "We are not ready yet" in markdown.split("+++")[2]
