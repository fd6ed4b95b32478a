"""Two people with one surname: which of them a bare surname means, where the text leaves it open.

"Maria de la Cruz met Tom Cruz on Tuesday. “…,” Cruz said": the engine keeps a bare surname for the person it first
remembered with it (Maria de la Cruz, the sentence's subject), but the text named another Cruz after her last full
mention. A reader cannot tell which of them spoke, so the quote is left to nobody rather than put in the wrong mouth.
Nothing changes where the person remembered is named in full again after the other ("… Tom Cruz … Maria de la Cruz
said … Cruz added"), where the text went on with the surname alone after naming the other ("Cruz's mother, Ana Cruz,
drives a bus. … said of Cruz": a profile's subject keeps the surname, a relative is named in full), where it wrote the
surname alone for the person remembered before naming the other ("Cruz would not leave … After Ana Cruz left school"),
or where the other given name is the holder's short or long form ("Josh Apte" beside "Joshua Apte")."""

from __future__ import annotations

import re

from ..text import fold
from .names import head_of

# a capitalised word (a given name), then the surname, on one side of no sentence end
FULL_NAME_BEFORE = r"(?<![\w’'.-])([A-Z][\w’'-]+)[ \t]+{surname}(?![\w’'-])"


# "Holt’s mother, ", "his wife, ": a relative's noun after a possessive, then the name in apposition
RELATIVE_BEFORE = re.compile(r"(?:[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$")

# "the son of Prime Minister Lina Hadi": a noun's complement, a title or two before the name
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


def last_full_mention(text: str, name: str) -> int:
    """Where the text last names the person in full (the name's words with any spaces between them), or -1."""
    pattern = r"(?<![\w’'-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w’'-])"
    found = -1
    for match in re.finditer(pattern, text):
        found = match.start()
    return found


def other_bearer_after(text: str, surname: str, holder: str) -> bool:
    """Whether, after the text's last full mention of the holder (the person a bare surname would go to), it names in
    full another person with that surname ("Tom Cruz" after "Maria de la Cruz"): a given name other than the holder's
    before the surname. False where the text never names the holder in full."""
    if " " not in holder or fold(holder.split()[-1]) != fold(surname):
        return False
    held_at = last_full_mention(text, holder)
    if held_at < 0:
        return False
    holder_words = {fold(word) for word in holder.split()}
    after = text[held_at + len(holder) :]
    for named in re.finditer(FULL_NAME_BEFORE.format(surname=re.escape(surname)), after):
        given = named.group(1)
        if fold(given) in holder_words or re.search(r"(?<![\w’'-])" + re.escape(given.lower()) + r"(?![\w’'-])", text):
            continue  # "Maria Cruz" (her again); "In Cruz's view", "Chairman Cruz": a word the text writes in lower case
        if any(fold(word).startswith(fold(given)) or fold(given).startswith(fold(word)) for word in holder.split()[:-1] if len(word) > 2):
            continue  # "Josh Apte" after "Joshua Apte": one given name, short and long
        if written_bare_after(after[: named.start()], surname):
            return False  # "Ahmed would not leave … After Trisha Ahmed was in college": the surname alone was already hers
        if RELATIVE_BEFORE.search(after[: named.start()]) or OF_BEFORE.search(after[: named.start()]):
            continue  # "Holt’s mother, Adrianne Holt", "the son of Lina Hadi": named beside the one the story is about
        if written_bare_after(after[named.end() :], surname):
            continue  # "Fischer's mother, Adrianne Fischer, … said of Fischer": the text went on with the surname alone
        full = head_of(named.group(0), after[: named.start()])
        if full is not None and full.kind == "person" and not full.role and full.name == named.group(0):
            return True
    return False


def written_bare_after(text: str, surname: str) -> bool:
    """Whether the text writes the surname alone, no capitalised word before it."""
    for found in re.finditer(r"(?<![\w’'-])" + re.escape(surname) + r"(?![\w’'-])", text):
        if not re.search(r"[A-Z][\w’'-]*[ \t]+$", text[max(0, found.start() - 40) : found.start()]):
            return True
    return False
