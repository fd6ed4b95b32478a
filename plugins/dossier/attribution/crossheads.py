"""A news story's crosshead: a short phrase in sentence case set between its paragraphs ("40+ owners, so far",
"Old problem, new claim: fraud") to break up the page, not to start a new story. The person the story was about just
before it is still the one a "she" or a "he" right under it means ("Roe says the suit is gaining traction." /
crosshead / "“We have 40 owners,” she noted.").

Only a phrase with a comma, a colon or a figure in it reads so: a plain noun phrase ("The inquiry") names a part of the
text, which opens afresh, and so does a heading in title case or capitals (a report's "Conclusions", "KEY TAKEAWAYS",
a digest's headline), one naming a part of the document ("Annex 2", "Chapter 4: methods", "Table 1", "Q3 results"),
one opening on someone's name ("Brisk, a second plaintiff", "Mouzon's rival, in brief"), or a live blog's entry
stamped with its time ("10:32 Minister resigns")."""

from __future__ import annotations

import re

CROSSHEAD_WORDS_MAX = 10  # a crosshead is a phrase; a longer heading is a headline or a section's title
# a word after the first that sentence case allows: lower case, a number ("100+", "2024"), an acronym ("LG", "NHS")
SENTENCE_CASE_WORD = re.compile(r"[^A-Za-z]*(?:[a-z][\w’'-]*|[\d][\w+%,.’'-]*|[A-Z]{2,5}s?)[^A-Za-z]*")
TIME_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)  # a live blog's entry: "10:32", "9am"
# a heading that names a part of a document ("Annex 2", "Chapter 4: methods", "Table 1", "Q3 results", "2024 in
# review"), its figure or colon notwithstanding
PART_NAME = re.compile(
    r"(?:Annex|Appendix|Part|Chapter|Section|Table|Figure|Fig|Chart|Box|Notes?|Sources?|Methodology|Methods|References"
    r"|Timeline|Glossary|Summary|Q[1-4]|H[12]|FY\d*|(?:19|20)\d\d)\b"
)
# a heading opening on someone's name set off by a comma or a possessive ("Brisk, a second plaintiff", "Mouzon's
# rival, in brief"): a new person's part
NAME_OPENING = re.compile(r"[A-Z][\w-]*(?:,|[’']s\b)")


def is_crosshead(title: str) -> bool:
    """Whether a section's heading is a crosshead of the story around it: a few words in sentence case, its first word
    capitalised and none after it but numbers and acronyms, a comma, a colon or a figure among them, and no time of
    day."""
    words = title.split()
    if not words or len(words) > CROSSHEAD_WORDS_MAX or TIME_STAMP.search(title):
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if PART_NAME.match(title) or NAME_OPENING.match(title):
        return False  # "Annex 2", "Table 1", "Brisk, a second plaintiff": a part of the document, or a new person's
    if not any(mark in title for mark in ",:") and not any(character.isdigit() for character in title):
        return False  # "The inquiry", "A suit against LG grows": a part's name
    return len(words) >= 2 and all(SENTENCE_CASE_WORD.fullmatch(word) for word in words[1:])
