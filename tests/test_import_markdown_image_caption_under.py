"""An image with no caption of its own (a site's figure shortcode with none, an image line with no alt text): the line
right under it is its caption if short; past a blank line, only a sentence at most is; a paragraph of two sentences or
more is the text going on. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_text

TOP = '---\ntitle: "Harbour pier closes"\ndate: 2021-03-04\n---\n\nThe harbour council voted on Tuesday to close the old ferry pier.\n\n'
PARAGRAPH = (
    "The vote was close. Seven members voted for the closure and six against it, after a debate that ran late into the "
    "night and drew a crowd of ferry workers to the hall."
)
TAIL = "\n\nThe ferry workers will be offered jobs at the new bridge, the council said.\n"


def test_a_paragraph_past_a_blank_line_under_a_figure_is_text():
    for image in ('{{< figure src="/images/pier.jpg" >}}', "![](/images/pier.jpg)"):
        markdown = import_text(TOP + image + "\n\n" + PARAGRAPH + TAIL, "pier.md").markdown
        assert f"\n\n{PARAGRAPH}\n\n" in markdown and f":::{{figure}}\n\n{PARAGRAPH}" not in markdown, image


def test_a_caption_under_a_figure_stays_its_caption():
    """Near misses: one sentence past a blank line, two sentences right under the image's line."""
    caption = "The old ferry at the east bank in 1950."
    markdown = import_text(TOP + '{{< figure src="/images/pier.jpg" >}}\n\n' + caption + TAIL, "pier.md").markdown
    assert f":::{{figure}}\n\n{caption}\n:::" in markdown
    two = "The old ferry at the east bank. It ran until 1950."
    markdown = import_text(TOP + "![](/images/pier.jpg)\n" + two + TAIL, "pier.md").markdown
    assert f":::{{figure}}\n\n{two}\n:::" in markdown
