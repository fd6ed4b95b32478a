"""Interview write-ups: the writer talks with someone ("I asked Zelensky", "Zelensky told me") and prints their
answers as paragraphs of bare quotation, with no name and no verb of saying. Such a paragraph is the
interlocutor's when the paragraph before it puts the writer's question or speaks of them.
"""

from __future__ import annotations

import re

from .names import CHUNK, Head, head_after, head_of

# "I asked Zelensky whether", "I met the president", "I put it to him": the writer and the person they talk with
# "\b" after the "I", as a look-behind: re then looks only where an "I" stands (the same matches as PLAIN_WRITER_MEETS)
WRITER_MEETS = re.compile(r"I(?<!\wI)\s+(?:(?:then|also|later|once)\s+)?(?:asked|met|interviewed|pressed|challenged|put it to|suggested to)\s+")
PLAIN_WRITER_MEETS = r"\bI\s+(?:(?:then|also|later|once)\s+)?(?:asked|met|interviewed|pressed|challenged|put it to|suggested to)\s+"
# the writer as the one told or asked ("told me", "tells us")
WRITER_OBJECT = r"(?:me|us)"
# "Putin, Zelensky told me, has …", "he told us": the person talking to the writer
TOLD_WRITER = re.compile(r"(?:told|tells|assured|reminded|warned)\s+" + WRITER_OBJECT + r"\b")
TELLS_WRITER = re.compile(r"(?P<who>\b(?:[Hh]e|[Ss]he)|[A-Z][\w’'-]+)\s+(?:\w+ly\s+)?" + TOLD_WRITER.pattern)
# "Isn't that, I asked, …?", "I suggested that": the writer's own turn in the conversation
WRITER_TURN = re.compile(r"\bI\s+(?:asked|suggested|put it|pressed|wondered|countered|said)\b|\?|\byou\b", re.I)
THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


def interlocutor_in(masked: str) -> Head | str | None:
    """The person a paragraph says the writer talks with: a named person, or 'he'/'she' (the person the passage is
    about), else None. Quotations must be blanked (`masked`): words inside them are someone else's."""
    found: Head | str | None = None
    for meets in WRITER_MEETS.finditer(masked):
        rest = masked[meets.end() :]
        pronoun = re.match(r"(him|her)\b", rest)
        if pronoun:
            found = "he" if pronoun.group(1) == "him" else "she"
            continue
        head = head_after(masked, meets.end()) if CHUNK.match(masked, meets.end()) else None
        if head is not None and head.kind == "person":
            found = head
    # TELLS_WRITER starts with no word re can skip to: looked for only where its verb and "me" or "us" stand
    for tells in TELLS_WRITER.finditer(masked) if TOLD_WRITER.search(masked) else ():
        who = tells.group("who")
        if who.lower() in ("he", "she"):
            found = who.lower()
            continue
        chunk = _chunk_ending_at(masked, tells.end("who"))
        head = head_of(chunk, masked[: tells.end("who") - len(chunk)]) if chunk else None
        if head is not None and head.kind == "person":
            found = head
    return found


def _chunk_ending_at(text: str, end: int) -> str:
    """The name chunk that ends at `end` ("Volodymyr Zelensky" in "…, Volodymyr Zelensky told me")."""
    for match in CHUNK.finditer(text, max(0, end - 80), end):
        if match.end() == end:
            return match.group(0)
    return ""


def answers_writer(intro: str, names: list[str]) -> bool:
    """The paragraph before a bare quotation puts the writer's question or speaks of the interlocutor: by one of the
    names they go by ('Zelensky'), or as he or she ("He meant that …", "The latest item on his list …")."""
    if WRITER_TURN.search(intro) or THIRD_PERSON.search(intro):
        return True
    return any(re.search(r"\b" + re.escape(name) + r"\b", intro) for name in names if name)
