"""A quotation inside a sentence credited straight after its closing mark by a dash and a name, as an epigraph's line
credits it ("… if we were to quote the founder herself “What people say … one life.” - Ilse Varga. Accordingly, …"):
reports, essays and blogs quote a scholar mid-sentence this way. Only a whole quoted sentence (its own end mark inside
the marks) and a name that ends the sentence, or is followed by one apposition, are read."""

from __future__ import annotations

import re

from ..sentences import SENTENCE_MARKS
from .names import CHUNK, Head, head_of

# the dash right after the closing mark, the name, at most one apposition ("- Ilse Varga, a linguist."), the sentence's end
DASH_THEN_NAME = re.compile(r"[ \t]*[-–—][ \t]*(?P<name>" + CHUNK.pattern + r")(?:,[ \t]+[^,.;:!?“”\"‘’]{1,80})?\.(?=\s+[A-Z]|\s*$)")


def dash_credit_after(quote: str, after: str) -> Head | None:
    """The person or body a "- Name." right after a closed quotation names, when the quotation is a whole sentence."""
    if after[:3].strip()[:1] not in ("-", "–", "—") or not quote.rstrip().endswith(tuple(SENTENCE_MARKS)):
        return None
    credit = DASH_THEN_NAME.match(after)
    head = head_of(credit.group("name")) if credit else None
    return head if head is not None and head.kind in ("person", "organization") else None
