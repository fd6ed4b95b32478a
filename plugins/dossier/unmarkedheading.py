"""A Markdown export that marks none of its headings (no '#', no line wholly in bold, no underline) where the import
reads one line only as a heading: that line, short and unmarked (a video embed's title left by a clipper, a kicker), is
a line of the text as the export's own page showed it, no section over the whole story. An export whose writer sets
several unmarked lines as subheads keeps them: one section named by a stray line splits a story for nothing."""

from __future__ import annotations

from .importunits import Unit

UNMARKED_EXPORT = "md_marks_no_headings"  # the data key markdownexport sets on the units of an export that marks none
UNMARKED_HEADING_KEY = "unmarked heading"  # the line read so: a title's line, which the summary passes over


def lone_unmarked_heading(body: list[Unit], inferred: list[str]) -> None:
    headings = [unit for unit in body if unit.kind == "heading"]
    if len(headings) != 1 or not headings[0].data.get(UNMARKED_EXPORT):
        return
    heading = headings[0]
    heading.kind = "paragraph"
    heading.data[UNMARKED_HEADING_KEY] = True
    inferred.append(
        f"line {heading.line}: {heading.text.strip()!r}, the one unmarked heading of a Markdown export marking none, read as a line of the text"
    )
