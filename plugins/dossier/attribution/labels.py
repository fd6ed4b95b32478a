"""Labels in single marks in a text that quotes speech in double marks: "dismisses the ‘Jobs v. Wild Country’ as a false
choice, he told the paper". The capitalised words inside are a slogan's, a bill's or a framing's,
never someone the story names, so a "he" after them means the one the sentence is about (not "Wild Country")."""

from __future__ import annotations

import re

from .marks import after_no_word_character, opening_single_marks

# a short run of words opened by a single mark after no word character, its first word capitalised (not an elision such
# as "'cause" or "'90s"), closed by a single mark after a word or a stop and before no word character ("Britain’s" and
# "Jones’ car" close nothing: a label of at most eight words closes before them or is none)
SINGLE_QUOTED_LABEL = re.compile(r"['‘](?=[A-Z])(?:[^'‘’“”\"\n\s]+\s+){0,7}?[^'‘’“”\"\n\s]*[\w.!?][’'](?!\w)")


def single_quoted_labels(text: str) -> list[tuple[int, int]]:
    """(start, end) of each label in single marks the text holds outside its double marks (already blanked there)."""
    if "‘" not in text and "'" not in text:
        return []
    labels = []
    for at in opening_single_marks(text, after_no_word_character):
        label = SINGLE_QUOTED_LABEL.match(text, at)
        if label is not None:
            labels.append(label.span())
    return labels


def inside_a_label(labels: list[tuple[int, int]], at: int) -> bool:
    return any(start < at < end for start, end in labels)
