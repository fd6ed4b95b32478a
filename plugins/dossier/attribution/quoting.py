"""A speaker announcing someone else's words: "let me quote the Governor regarding the resignation. He said, “…”", "I
quote Minister Ruiz: “…”", "Allow me to quote Mayor Cruz. “…,” she said". The words that follow, and the "he" or "she"
that says them, are the one quoted, not the one speaking (a briefing's spokesperson, a speech's orator, an essayist)."""

from __future__ import annotations

import re

# the verb, anchored on its literal; what comes before it says whether the writer or speaker announces a quotation
QUOTE_VERB = re.compile(r"\bquote\s+")
# "let me (just) quote", "allow me to quote", "I quote", "I'd like to quote", "I will quote", "To quote", ", to quote";
# not "refused to quote", "asked him to quote" (someone else's quoting, or none)
ANNOUNCING_BEFORE = re.compile(
    r"(?:\b(?:[Ll]et\s+(?:me|us)|[Ll]et[’']s|[Aa]llow\s+me\s+to|[Pp]ermit\s+me\s+to"
    r"|I(?:\s+(?:would|will|shall|must|can|want|wish)(?:\s+to)?|[’'](?:d|ll))?(?:\s+like\s+to)?)"
    r"|(?:^|[.!?,]\s+)To)"
    r"\s+(?:(?:just|again|now|briefly|simply|directly|also)\s+)*$"
)
# a sentence's end before a capital or an opening mark: "… regarding the resignation. He said"
SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])")


def announced_quotation(text: str) -> re.Match[str] | None:
    """The last "quote" announcing someone else's words in the text, with at most one sentence's end after it: the text
    runs up to a pronoun or a quotation, which the announcement then governs ("Let me quote the Governor. He said")."""
    if "quote" not in text:
        return None
    announced = None
    for verb in QUOTE_VERB.finditer(text):
        if ANNOUNCING_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
            announced = verb
    if announced is None or len(SENTENCE_BREAK.findall(text, announced.end())) > 1:
        return None
    return announced


def pronoun_sentence_start(text: str, announced_end: int) -> int:
    """Where the sentence after the announcement opens, or the announcement's end where the pronoun is in its sentence."""
    breaks = list(SENTENCE_BREAK.finditer(text, announced_end))
    return breaks[-1].end() if breaks else announced_end
