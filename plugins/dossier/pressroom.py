"""A press room's furniture on a saved release page: the labels of its kind and topics under the headline ("Press
Releases", "Plenary session", committee codes), its press officers' contact cards under a "Contacts:" heading, and its
product reference ("Ref.: 20250314IPR00001"). The release's own text is none of these."""

from __future__ import annotations

import re

from bs4 import Tag

from .attribution.given_names import listed_given_name

# the heading of a release's contacts: "Contacts:", "Press contacts", "Media contact", "For further information:"
CONTACTS_HEADING = re.compile(r"^(?:(?:press|media)\s+)?contacts?\s*:?$|^for (?:further|more) information\s*:?$", re.I)
# what a press officer's card holds: a telephone number or an e-mail address
_PHONE = re.compile(r"\(\+\d{1,3}\)|\+\d{1,3}[\s\d()-]{6,}|\b(?:phone|tel|mobile)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CONTACTS_BOX_MAX = 2000  # characters: a few officers' names, posts, numbers and addresses
# a release's product reference alone on its line: "Ref.: 20250314IPR00001", "Reference: PR/2024/117"
PRODUCT_REFERENCE = re.compile(r"^Ref(?:erence)?\.?\s*(?:no\.?\s*)?:\s*(?=[A-Z0-9/._-]*\d)[A-Z0-9][A-Z0-9/._-]{5,}$", re.I)
LABEL_CHARACTERS = 40  # a label under the headline: a kind, a session, a committee's code
LABEL_WORDS = 4
LABELS_MIN = 2
_DATED = re.compile(r"\d")  # a date or a time: the row's date, which the byline reader takes
_AUTHOR_CLASS = re.compile(r"author|byline|writer|contributor", re.I)
_AUTHOR_LINK = re.compile(
    r"/(?:authors?|by|contributors?|people|staff|profiles?|writers?|reporters?|journalists?|columnists?|team)(?:/|$|\?)", re.I
)  # a writer's page: "/contributors/ines-holm", "/by/tom-keld"
_PERSON = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){1,2}")  # "Tom Keld", "Ana de Vries" is left to the link


def contacts_box(heading: Tag) -> Tag | None:
    """The box a "Contacts:" heading opens, holding the press officers' cards (each with a telephone number or an
    e-mail address) and nothing of the release's text: its parent holding the heading first, else None."""
    if not CONTACTS_HEADING.match(heading.get_text(" ", strip=True)):
        return None
    box = heading.parent
    if box is None or box.find(["h1", "article"]) is not None:
        return None
    text = box.get_text(" ", strip=True)
    if len(text) > CONTACTS_BOX_MAX or not (_PHONE.search(text) or _EMAIL.search(text)):
        return None
    first = next((c for c in box.children if isinstance(c, Tag) and c.get_text(strip=True)), None)
    if first is not heading and heading not in (first.descendants if first is not None else ()):
        return None  # the heading halfway down a box: the box is more than the contacts
    if any(len(p.get_text(" ", strip=True)) > 200 or _prose(p.get_text(" ", strip=True)) for p in box.find_all(["p", "li"])):
        return None  # a paragraph of the release's: "For further information on the fund, see …", "…, its chair promised."
    return box


PROSE_WORDS = 6  # a sentence of the release's, no officer's name, post or number


def _prose(line: str) -> bool:
    """A sentence with no telephone number or e-mail address in it: the release's text, no contact's line."""
    return len(line.split()) >= PROSE_WORDS and line.endswith((".", "!", "?", "”", '"')) and not (_PHONE.search(line) or _EMAIL.search(line))


def _label(tag: Tag) -> bool:
    text = tag.get_text(" ", strip=True)
    return (
        0 < len(text) <= LABEL_CHARACTERS
        and len(text.split()) <= LABEL_WORDS
        and not text.endswith((".", "?", "!", ":"))
        and not _DATED.search(text)
        and not re.match(r"(?:by|von|par|por)\b", text, re.I)
    )


def _authors(tag: Tag) -> bool:
    """A part naming the writer: a byline's or author's class, an author's link, a person's name opening on a given name
    the lists hold ("Tom Keld"): a byline row, no labels."""
    text = tag.get_text(" ", strip=True)
    if _PERSON.fullmatch(text) and listed_given_name(text.split()[0]):
        return True
    for part in (tag, *tag.find_all(True)):
        value: object = part.get("class") or []
        classes = " ".join(value) if isinstance(value, list) else str(value)
        if _AUTHOR_CLASS.search(classes) or "author" in (part.get("rel") or []) or _AUTHOR_LINK.search(str(part.get("href") or "")):
            return True
    return False


def label_row(row: Tag) -> list[Tag]:
    """The labels of a row right under the headline whose parts are each a short label (a kind, a topic's link) or the
    row's date: two labels or more, one of them a link, none the writer's. Its labels (the date left for the byline
    reader), else []."""
    parts = [c for c in row.find_all(recursive=False) if c.get_text(strip=True)]
    if not parts or row.name not in ("div", "ul", "p", "section"):
        return []
    labels = [p for p in parts if _label(p) and p.find("time") is None]
    dates = [p for p in parts if p not in labels and (p.find("time") is not None or len(p.get_text(" ", strip=True)) <= LABEL_CHARACTERS)]
    if len(labels) < LABELS_MIN or len(labels) + len(dates) != len(parts):
        return []
    if not any(p.name == "a" or p.find("a") is not None for p in labels):
        return []
    if any(not _DATED.search(p.get_text(" ", strip=True)) for p in dates):
        return []  # a longer line that is no date: the row is more than labels
    if any(_authors(p) for p in parts):
        return []
    return labels
