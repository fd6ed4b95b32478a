"""Social-media handles as the names of who posted.

Monitoring digests, live blogs and fact-checks name the author of a post by its account: "@thabo_m tweeted: “…”",
"@KobusVale shared that …", "Lerato_Pillay commented". The engine reads names as runs of capitalised words, so a handle
in lower case, or with an underscore or a digit, named nobody, and a CamelCase one read as a firm's brand. Here each
handle in a paragraph is written, in the masked text the sieves read, as one plain capitalised word of the same length,
its "@" a space ("@thabo_m" → " Thabozm", so "wrote @thabo_m" reads as "wrote Thabozm"), which the name rules take for
a person's name; `Handles.head` gives the account's own spelling back when the engine makes an actor of it, with the "@"
where the text writes one ("@thabo_m": the name its page, the speakers' index and the map show, as the gold names it; a
registry entry with or without the "@" is that account). An account is a person's unless its words say it is an
outlet's or a body's ("@CityNews24", "@harbour_council"). An e-mail address ("info@dunmore.gov") and a hashtag are no
handles.
"""

from __future__ import annotations

import re

from ..actors import fold_chars
from .cues import CUE
from .given_names import GIVEN_NAMES
from .names import KNOWN_BODIES, KNOWN_OUTLETS, ORGANIZATION_WORDS, OUTLET_WORDS, PLATFORM_NAMES, Head, Kind, fold

# "@thabo_m", "@Dee_princ3ss": an account's name, after no word character, stop or other "@" (not an e-mail's domain),
# nor an opening bracket (a wire item's credit to its reporter, "(@annalee)", engine.EMAIL_CREDIT's); each pattern here
# starts with its literal or class and looks behind after it, so re skips the characters that cannot start a match
AT_HANDLE = re.compile(r"@(?<![\w.@/(]@)(?P<handle>[A-Za-z0-9_]{2,30})(?![\w@]|\.\w)")
# "Lerato_Pillay", "Thabo_M": a capitalised account name joined by an underscore, written without its "@"
BARE_HANDLE = re.compile(r"(?P<handle>[A-Z](?<![\w@/.-][A-Z])[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?)(?![\w@]|\.\w)")
# the words an account's name runs together: "KobusVale", "harbour_council", "CityNews24"
HANDLE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def plain_word(handle: str) -> str:
    """One capitalised word of the handle's length, letters only: "thabo_m" → "Thabozm"."""
    letters = [c.lower() if c.isalpha() and c.isascii() else "z" for c in handle]
    first = handle[0].upper() if handle[0].isalpha() and handle[0].isascii() else "Z"
    return first + "".join(letters[1:])


def written_as_a_word(text: str, word: str) -> bool:
    """Whether the text writes the word, capitalised, as a whole word not part of a handle ("Ada Lind" for "Lind")."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        after = text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before in ("@", "_")) and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def given_name_in(words: str) -> bool:
    """Whether a word is a given name ("Tom" of "Tom Lind"), not an account owner's role ("Head of Policy and Action")."""
    return any(fold_chars(word).lower() in GIVEN_NAMES for word in words.split())


def account_kind(handle: str) -> Kind:
    """A person's account unless a word of it names an outlet or a body ("@CityNews24", "@harbour_council")."""
    words = [fold(word) for word in HANDLE_WORDS.findall(handle)]
    if any(word in OUTLET_WORDS or word == "fm" for word in words) or fold(handle) in KNOWN_OUTLETS:
        return "outlet"
    if any(word in ORGANIZATION_WORDS for word in words) or fold(handle) in KNOWN_BODIES:
        return "organization"
    return "person"


class Handles:
    """The handles a report's paragraphs name, by the plain word the masked text writes for each."""

    def __init__(self) -> None:
        self.by_word: dict[str, str] = {}
        self.at_written: set[str] = set()  # the handles the text writes with their "@": the name a page shows keeps it
        self.source_text = ""

    def read(self, masked: str, source_text: str) -> str:
        """The masked text with each handle written as a plain capitalised word (same length: offsets stay); the
        report's whole text tells which plain words it also writes as names."""
        self.source_text = source_text
        if "@" in masked:
            masked = AT_HANDLE.sub(self._plain, masked)
        if "_" in masked:
            masked = BARE_HANDLE.sub(self._plain, masked)
        return masked

    def _plain(self, match: re.Match[str]) -> str:
        handle = match.group("handle")
        if not any(c.isalpha() for c in handle):
            return match.group()  # "@2020": no account's name
        word = plain_word(handle)
        if word not in self.by_word and written_as_a_word(self.source_text, word):
            return match.group()  # "@Lind" beside "Ada Lind": the plain word would be her surname, so it stays unread
        if self.by_word.setdefault(word, handle) != handle:
            return match.group()  # two handles with one plain word: the first keeps it, the other stays unread
        if match.group().startswith("@"):
            self.at_written.add(handle)
        return " " * (match.start("handle") - match.start()) + word

    def head(self, head: Head) -> Head:
        """The account a plain word stands for, by its own spelling; any other head as it is. A handle is a name by
        itself: the words before it are its owner's role ("Head of Policy and Action @jan_vos"), never a given name."""
        if not self.by_word:
            return head
        before, _, last = head.name.rpartition(" ")
        handle = self.by_word.get(last)
        if handle is None or given_name_in(before):
            return head  # "Tom Lind": a given name before the word, so a person's name, not the account's
        name = "@" + handle if handle in self.at_written else handle  # "@velan_news" as the text writes it, "Lerato_Pillay"
        return Head(name, " ".join(part for part in (head.role, before) if part), account_kind(handle), handle)


PLATFORMS = r"(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(PLATFORM_NAMES, key=len, reverse=True)) + r")"
ACCOUNT_NOUNS = ("account", "profile", "page", "channel", "tweet", "post", "feed")
# "the Mara Volk Twitter profile began posting", "The Mara Volk tweet … asked", "the Harbour Council account had posted":
# an account named by its owner's name before a platform's noun, the owner as the subject
NAMED_ACCOUNT = re.compile(
    r"(?P<the>[Tt](?<![\w’'-][Tt])he\s+)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)(?P<noun>(?:\s+"
    + PLATFORMS
    + r")?\s+(?:"
    + "|".join(ACCOUNT_NOUNS)
    + r"))\b(?!\s+(?:of|for|on|about)\b)"
    # "The Mara Volk tweet that drove conversation asked": a short relative clause on the post, before the verb of saying
    r"(?P<relative>\s+(?:that|which)\s+(?:[a-z][\w’'-]*\s+){1,4}?(?=" + CUE.pattern + r"))?"
)
PLATFORM_NAME = re.compile(PLATFORMS)
READ_NEXT = re.compile(r"\s*reads?\b")


def accounts_as_their_owners(masked: str) -> str:
    """The masked text with "the X Twitter profile" written as "X" and spaces (same length: offsets stay), where X is a
    name, not a platform's ("the Twitter account" stays)."""
    if not any(noun in masked for noun in ACCOUNT_NOUNS):
        return masked
    return NAMED_ACCOUNT.sub(_owner, masked)


def _owner(match: re.Match[str]) -> str:
    if PLATFORM_NAME.fullmatch(match.group("name")):
        return match.group()  # "the Twitter account": no owner named
    if READ_NEXT.match(match.string, match.end()):
        return match.group()  # "The Velan Ministry post that went viral read:": the post's words (posts.py reads its owner)
    return " " * len(match.group("the")) + match.group("name") + " " * (len(match.group("noun")) + len(match.group("relative") or ""))
