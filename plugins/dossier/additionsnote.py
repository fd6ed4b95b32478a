"""A reposting site's word on what it added to the story it carries ('Highlights are added by the Harbour Blog.'):
its editors' note, never the story's first paragraph."""

from __future__ import annotations

import re

# a reposting site's word on what it added to the story it carries: 'Highlights are added by the Harbour Blog.',
# 'Highlights and [additional comments] are added by the Harbour Blog.', 'Emphasis added by the editors.'
# The note opens on a typographic noun and ends on the adder's name: 'Comments added by the mayor to the draft …' is news
_ADDER_WORD = r"(?-i:[A-Z][\w’'&.-]*)"  # a capitalised word of the adder's name, whatever the note's case
ADDITIONS_NOTE = re.compile(
    r"^(?:all\s+)?(?:highlights?|highlighting|emphasis|bold(?:ing)?|italics)"
    r"(?:\s*(?:,|and|&)\s*\[?[\w ]{1,30}\]?){0,3}\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?added\s+by\s+"
    rf"(?:(?:the|our)\s+)?(?:{_ADDER_WORD}(?:\s+(?:{_ADDER_WORD}|of|the|and|for|on)){{0,5}}|editors?|authors?|writers?|us|me)\s*[.!]?$",
    re.I,
)
