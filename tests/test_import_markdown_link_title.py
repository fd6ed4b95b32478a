"""A Markdown clip whose title is a link ('# [Title](https://…)'): the title is the link's text only, whatever form the
link takes (a title in single quotes or brackets, an address in angle brackets or with a bracketed part, a bracketed
word in its text). Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

BODY = (
    "\n\nThe harbour council voted on Tuesday to close the old ferry pier, ending a century of crossings from the east bank. "
    "The vote was close, and the mayor said the town would miss the boats.\n\n## The vote\n\nSeven members voted for it.\n"
)


def _title(markdown: str) -> str:
    return next(line for line in markdown.split("\n") if line.startswith("title = "))


def test_a_linked_headline_is_titled_by_the_link_text_only():
    for heading, title in (
        ("# [Harbour pier closes](https://example.org/pier_(1901) 'Harbour news')", "Harbour pier closes"),
        ("# [Harbour pier closes](<https://example.org/pier page> (Harbour news))", "Harbour pier closes"),
        ('# [Harbour pier closes](https://example.org/pier "Harbour news")', "Harbour pier closes"),
        ("# [Harbour pier [video] closes](https://example.org/pier)", "Harbour pier [video] closes"),
    ):
        assert _title(import_text(heading + BODY, "clip.md").markdown) == f'title = "{title}"', heading


def test_brackets_that_are_no_link_stay():
    """Near misses: a bracketed word and a bracket after it with a space between, no link."""
    markdown = import_text("# Harbour pier [video] closes (updated)" + BODY, "clip.md").markdown
    assert _title(markdown) == 'title = "Harbour pier [video] closes (updated)"'
    markdown = import_text("# Harbour [pier] (closes)" + BODY, "clip.md").markdown
    assert _title(markdown) == 'title = "Harbour [pier] (closes)"'
