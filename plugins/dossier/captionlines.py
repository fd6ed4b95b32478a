"""A saved page's picture box whose caption and credit are plain blocks beside the picture, with no <figure> nor
<figcaption> and no class that says caption (`<div class="art-img"><a><picture><img></picture></a><div><div
class="art-img__copy">The pier at dawn.</div><div class="art-img__author">Photograph by Jane Roe</div></div></div>`):
read as the figure it is, the first line its caption and a credit's line its credit, never paragraphs of the story."""

from __future__ import annotations

import re

from bs4 import Tag
from bs4.element import NavigableString

from .dates import find_date
from .leadins import SAYING_VERB

CAPTION_LINE_MAX = 300  # characters: a caption or a credit, no paragraph of the story
CAPTION_ALONE_MAX = 200  # characters: a caption with no credit under it, as the one paragraph of a picture's box is
# a credit's words: "Photograph by …", "Photo: …", "(Image: …)", "Credit: …", "Image courtesy of …", "© …"; a source's
# only as a short name ("Source: Harbour Board"), never a sentence of the story's ("Source: the board's own papers for …")
CREDIT_OPENING = re.compile(
    r"^\(?(?:(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?)\s*(?:by\b|courtesy\b|:)|(?:photo\s+)?credits?\s*:|©)"
    r"|^\(?source\s*:\s*(?:\S+\s+){0,3}\S+\)?$",
    re.I,
)
# an agency's name closing a short credit: "Bo Lind / Reuters", "Bo Lind/Getty Images", "… via Getty Images"
CREDIT_AGENCY = re.compile(r"(?:/\s*|\bvia\s+)(?:Reuters|AP|AFP|EPA|Getty(?:\s+Images)?|Alamy|Shutterstock)\)?$|\bGetty Images\b")
CREDIT_WORDS_MAX = 12  # a credit names a person and an agency, no sentence
# a block's class naming a credit ("credit", "photographer"); never "author": a writer's note ("author-note") is no credit
CREDIT_CLASS = re.compile(r"credit|copyright|photographer|attribution", re.I)
# a box of the writer's: the byline's picture beside the name and the date, an author's card
WRITER_BOX = re.compile(r"byline|author|bio|profile|avatar", re.I)
# a byline's words, never a caption's nor a picture's credit: "By Jane Roe", "Posted by …"
BYLINE_OPENING = re.compile(r"^(?:(?:written|posted|reported)\s+)?by\b", re.I)
CAPTION_WORDS_MIN = 3  # words of a caption besides any date in it: a date line alone is no caption
# a box's class naming a picture: "art-img", "media-box", "photo_wrap", "pic"
PICTURE_CLASS = re.compile(r"(?:^|[\s_-])(?:img|image|photo|picture|pic|media)(?:$|[\s_-])", re.I)
_BOXES = ("div", "section")
_LINES = ("div", "p", "span")


def _parts(tag: Tag) -> list[Tag | NavigableString]:
    return [c for c in tag.children if isinstance(c, Tag) or (isinstance(c, NavigableString) and c.strip())]


def _picture_only(part: Tag | NavigableString) -> bool:
    """A part holding the picture and no words: <img>, <picture> (its <img> may have been in a <noscript>, gone with the
    scripts), or a link around one."""
    return isinstance(part, Tag) and not part.get_text(strip=True) and (part.name in ("img", "picture") or part.find(["img", "picture"]) is not None)


def _class_words(tag: Tag) -> str:
    value: object = tag.get("class") or []
    return " ".join(value) if isinstance(value, list) else str(value)


def _credit_line(line: Tag) -> bool:
    """A credit's line: its words say so ("Photo: …", "© …", "… / Reuters") or its class does ("credit"); never a sentence
    with a verb of saying ("…, the board said")."""
    text = line.get_text(" ", strip=True)
    if SAYING_VERB.search(text):
        return False
    worded = CREDIT_OPENING.match(text) or (len(text.split()) <= CREDIT_WORDS_MAX and CREDIT_AGENCY.search(text))
    return bool(worded or CREDIT_CLASS.search(_class_words(line)))


def _text_lines(parts: list[Tag | NavigableString]) -> list[Tag] | None:
    """The box's lines after its picture: one or two short blocks, set straight in the box or in one block of their own."""
    if len(parts) == 1 and isinstance(parts[0], Tag) and parts[0].name in _BOXES:
        inner = _parts(parts[0])
        if inner and all(isinstance(p, Tag) and p.name in _LINES for p in inner):
            parts = inner
    if not 1 <= len(parts) <= 2 or not all(isinstance(p, Tag) and p.name in _LINES for p in parts):
        return None
    lines = [p for p in parts if isinstance(p, Tag)]
    if any(not line.get_text(strip=True) or len(line.get_text(" ", strip=True)) > CAPTION_LINE_MAX for line in lines):
        return None
    if any(line.find(["p", "div", "ul", "ol", "table", "blockquote", "img"]) is not None for line in lines):
        return None
    return lines


def caption_lines(box: Tag) -> tuple[Tag, Tag | None] | None:
    """The caption's block and the credit's (or None) of a box that is a picture and its lines: the picture first, with
    no words, then one or two short blocks. A credit's block (its words or its class say so) makes the other line the
    caption wherever the box is; a caption alone needs the box's class to name a picture, and a plain block (a <p> is the
    story's paragraph beside its picture)."""
    if box.name not in _BOXES or box.find(["figure", "figcaption"]) is not None or box.find_parent(["figure", "figcaption"]) is not None:
        return None
    if WRITER_BOX.search(_class_words(box)):
        return None
    if len(box.find_all("img", limit=2)) > 1 or len(box.find_all("picture", limit=2)) > 1:
        return None
    parts = _parts(box)
    pictures = 0
    while pictures < len(parts) and _picture_only(parts[pictures]):
        pictures += 1
    if pictures != 1:
        return None
    lines = _text_lines(parts[1:])
    if lines is None:
        return None
    if any(BYLINE_OPENING.match(line.get_text(" ", strip=True)) for line in lines):
        return None  # the writer's picture beside the byline
    credits = [line for line in lines if _credit_line(line)]
    captions = [line for line in lines if line not in credits]
    if len(captions) != 1 or len(credits) > 1:
        return None  # two captions, or a credit alone: nothing says which line is which
    caption = captions[0].get_text(" ", strip=True)
    if SAYING_VERB.search(caption):
        return None  # "…, the board said on Friday": the story's sentence beside its picture
    dated = find_date(caption)
    if dated is not None:
        caption = caption[: dated[1].start()] + caption[dated[1].end() :]
    if len(re.findall(r"[^\W\d_]{2,}", caption)) < CAPTION_WORDS_MIN:
        return None  # a date line or a label, no caption
    if not credits and (
        not PICTURE_CLASS.search(_class_words(box)) or captions[0].name == "p" or len(captions[0].get_text(" ", strip=True)) > CAPTION_ALONE_MAX
    ):
        return None  # a picture and a short paragraph: the story's words may go on beside a picture
    return captions[0], credits[0] if credits else None


def mark_caption_boxes(container: Tag) -> None:
    """Every such box in the container becomes a <figure>, its caption a <figcaption> and its credit a block classed
    "credit", which the figure reader gives as the picture's."""
    for box in list(container.find_all(_BOXES)):
        found = caption_lines(box)
        if found is None:
            continue
        caption, credit = found
        box.name = "figure"
        caption.name = "figcaption"
        if credit is not None:
            credit["class"] = "credit"
