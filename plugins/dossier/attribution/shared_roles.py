"""A role noun that two people just named both hold ("Commissioner Ana Roe … Commissioner Tom Reed …" ¶ "“…,” the
commissioner said"): the reader cannot tell which of them speaks, so the words are nobody's for sure, never the one
named last. Only people named in the paragraph of the quotation and the one before count: a commissioner named pages
earlier leaves the passage's own commissioner the one "the commissioner" means."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..actors import fold_chars
from .names import Head, chunks, head_of


def other_holder_named(texts: Iterable[str], word: str, holder: str, roles_of: Callable[[Head], set[str]]) -> bool:
    """Whether the texts name in full a person other than the holder (their name, full or a bare surname) who holds the
    role word ("commissioner"), by the roles the report gave them (`roles_of`): "Tom Roe" is another than "Ana Roe",
    though a bare "Roe" may be either."""
    held = fold_chars(holder).split()
    if not held:
        return False
    for text in texts:
        for chunk in chunks(text):
            head = head_of(chunk.text, text[: chunk.begin])
            if head is None or head.kind != "person" or " " not in head.name:
                continue
            named = fold_chars(head.name).split()
            other = named[-1] != held[-1] if len(held) < 2 else named != held
            if other and word in roles_of(head):
                return True
    return False
