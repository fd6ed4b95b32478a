"""An embedded post's text in a copied page: a tweet's lines over its signature ('— Harbour Board (@HarbourBoard)
March 4, 2025'). The post's first line may end on a colon ('Board resolves to:') over its next line: a line of the
post, never a heading of the story."""

from __future__ import annotations

from .headings import POST_SIGNATURE
from .importunits import Unit

POST_LINES_REACH = 2  # the post's lines under its first, and then its signature


def opens_embedded_post(units: list[Unit], position: int) -> bool:
    """The unit at position ends on a colon and an embedded post's signature stands within three units under it (the post's text and the signature)."""
    if not units[position].text.rstrip().endswith(":"):
        return False
    return any(POST_SIGNATURE.match(unit.text.strip()) for unit in units[position + 1 : position + 2 + POST_LINES_REACH])
