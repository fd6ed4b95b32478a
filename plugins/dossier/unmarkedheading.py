"""A Markdown export that marks none of its headings (no '#', no line wholly in bold, no underline) where the import
reads one line only as a heading, a headline's sentence of six words or more in sentence case (a video embed's title
left by a clipper: 'Harbour students address fee rises at open forum'): a line of the text as the export's own page
showed it, no section over the whole story (only before the story's first paragraph: a line in mid-story is a
subhead). A section's label keeps its heading ('Background', 'Key Findings'), and so
do several unmarked subheads: one section named by a stray line splits a story for nothing."""

from __future__ import annotations

from .additionsnote import ADDITIONS_NOTE
from .importunits import Unit, is_title_case

UNMARKED_EXPORT = "md_marks_no_headings"  # the data key markdownexport sets on the units of an export that marks none
LONE_LINE_WORDS = 6  # a line this long in sentence case reads as a headline ('Harbour students address fee rises at …')
UNMARKED_HEADING_KEY = "unmarked heading"  # the line read so: a title's line, which the summary passes over


def lone_unmarked_heading(body: list[Unit], inferred: list[str]) -> None:
    headings = [unit for unit in body if unit.kind == "heading"]
    if len(headings) != 1 or not headings[0].data.get(UNMARKED_EXPORT):
        return
    if any(unit.kind == "paragraph" and not ADDITIONS_NOTE.match(unit.text.strip()) for unit in body[: body.index(headings[0])]):
        return  # a subhead after the story's first paragraphs (the reposting site's note on it is none): a section of it
    text = headings[0].text.strip()
    if len(text.split()) < LONE_LINE_WORDS or is_title_case(text):
        return  # 'Background', 'Key Findings': a section's label, found by its shape
    heading = headings[0]
    heading.kind = "paragraph"
    heading.data[UNMARKED_HEADING_KEY] = True
    inferred.append(
        f"line {heading.line}: {heading.text.strip()!r}, the one unmarked heading of a Markdown export marking none, read as a line of the text"
    )
