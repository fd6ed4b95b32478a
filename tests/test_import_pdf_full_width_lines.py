"""A PDF's text with no blank line between its paragraphs: a line as wide as the column was broken by the column, not by
its paragraph's end, whatever it ends on; the line under it goes on ('… or are beyond belief.' / '[2] During …', '…
the old quay.' / 'The ferry crews …'). A short line ending a sentence, a heading, a bullet or a numbered paragraph
under a full line, and a line indented under it, still part them. Passages of our own, with near misses."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

WIDTH = 100
FILLER = (
    "the quay crews kept their own logs of every crossing and the board kept another set that rarely agreed with theirs "
    "on the dates the delays and the causes of either which the pilots disputed at length in the harbour office"
).split()


def full(ending: str) -> str:
    """A line as wide as the column, ending on the given words."""
    words: list[str] = []
    for word in FILLER:
        if len(" ".join([*words, word, ending])) > WIDTH:
            break
        words.append(word)
    line = " ".join([*words, ending])
    return line[0].upper() + line[1:]


def wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH)


OPENING = wrapped(
    "The harbour board has published little about the quay since the winter, and most of what is known comes from the "
    "crews who worked the morning route before it closed, whose accounts of the delays and of their causes differ in "
    "almost every detail that matters, from the hour of the first cancellation to the name of the pilot on duty that day."
)
CLOSING = wrapped(
    "Whether the board can win the crews back depends on the levy, which the council will review in the autumn, and on "
    "the logs, which the board has promised to publish in full before the review begins and has not yet published at all, "
    "though the crews have asked for them in writing more than once since the spring and have had no answer."
)
HEAD = ["Why the Quay Logs Deserve Caution", "By Ana Lind | March 3, 2024"]


def paragraphs(lines: list[str]) -> list[str]:
    text = "\n".join([*HEAD, *OPENING, *OPENING, *OPENING, *lines, *CLOSING, *CLOSING, *CLOSING, *CLOSING])
    markdown = import_text(text, "quay.txt").markdown
    return markdown.split("+++", 2)[2].strip().split("\n\n")


def test_a_full_line_ending_a_sentence_goes_on_into_the_next():
    ended = full("beyond belief.")
    for under in (
        "[2] During the winter of 2009 several pilots claimed that the board had overloaded it.",
        "The ferry crews, for their part, kept logs of their own.",
    ):
        found = paragraphs([ended, under, "They were never shown to the council."])
        assert any(p.startswith(ended[:20]) and under.split()[1] in p for p in found), under


def test_near_miss_a_short_last_line_a_heading_a_bullet_or_an_indent_parts_them():
    for ended in ("and the crews were beyond belief.", full("beyond belief.")):
        found = paragraphs([*OPENING[:2], ended, "The Need for Greater Transparency", *OPENING[:2], "the pilots agreed."])
        assert "## The Need for Greater Transparency" in found, ended
    short = "and the crews were beyond belief."
    found = paragraphs([*OPENING[:2], short, "The ferry crews, for their part, kept logs of their own. They were never", "shown to the council."])
    assert any(p.startswith("The ferry crews") for p in found)
    ended = full("beyond belief.")
    for under in ("• The ferry crews kept logs of their own.", "12. The ferry crews kept logs of their own."):
        found = paragraphs([ended, under])
        assert not any("beyond belief. " + under[:3] in p for p in found), under
    found = paragraphs([ended, "    The ferry crews, for their part, kept logs of their own, which were never shown to the council", "at all."])
    assert not any("beyond belief. The ferry" in p for p in found)
