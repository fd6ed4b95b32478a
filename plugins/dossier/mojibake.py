"""UTF-8 text that was once read as Latin-1 or as Windows' cp1252 and saved again ('Tervoâ\\x80\\x90Lindqvist' for
'Tervo‐Lindqvist', 'â€™' for '’', 'RenÃ©e' for 'Renée'): each character stands for one byte of the UTF-8
sequence, Latin-1 giving the bytes 0x80-0x9F as C1 control characters and cp1252 as '€', '’', '“' and the like.
Such runs are read back as the characters they were, where they spell a Latin letter with its accent or a sign of
punctuation; a text's own 'é’' or 'Ö’' stays. A symbol font's bullet read so ('Ã\x89 the pilots' bulletin …') is a bullet."""

from __future__ import annotations

import re

from .clauses import COMMON_WORDS


def _byte(character: str) -> int | None:
    """The byte Latin-1 or cp1252 reads as this character, if any."""
    if ord(character) < 0x100:
        return ord(character)
    try:
        return character.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


# a character read from a UTF-8 sequence's continuation byte (0x80-0xBF), in either reading
_CONTINUATION = "".join(
    sorted({chr(code) for code in range(0x80, 0xC0)} | {bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xC0)} - {""})
)
# a lead byte read as a character, then continuation bytes: the leads of Latin letters with their accents (0xC2-0xC5:
# U+0080-U+017F) and of punctuation, dashes and signs (0xE2: U+2000-U+2FFF), what English and European texts hold; other
# scripts' leads ('Ð', 'Ñ') are left, as a text's own 'Ö’' or 'Ñ»' may be meant
MISREAD_RUN = re.compile("(?:[\u00c2-\u00c5][" + re.escape(_CONTINUATION) + "]|\u00e2[" + re.escape(_CONTINUATION) + "]{2})")


def _repaired(run: str) -> tuple[str, int] | None:
    """The character a run's opening bytes spell in UTF-8 and how many of the run's characters it takes, or None."""
    lead = ord(run[0])
    length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    if len(run) < length:
        return None
    raw = [_byte(character) for character in run[:length]]
    if any(code is None for code in raw):
        return None
    try:
        return bytes(code for code in raw if code is not None).decode("utf-8"), length
    except UnicodeDecodeError:
        return None


# a PDF's bullet glyph from a symbol font, its code read as a Latin letter and saved as UTF-8 read as Latin-1 ('Ã\x89',
# 'É'): an accented capital standing alone as a word at a line's start or after a list's semicolon, two or more in the
# text, in an English line ('Ã\x89 the pilots' bulletin …; Ã\x89 The harbour fees …'); a French or Portuguese line's own
# 'À Vell, …' or 'É proibido …' stays: its paragraph holds other accented letters, or its line no English word
MISREAD_BULLETS_MIN = 2
ENGLISH_WORDS = COMMON_WORDS - {"a", "in", "on", "as", "or"}  # less those French, Portuguese, Spanish or Italian write too


def _lone_accented_capital(text: str, start: int, length: int, character: str) -> bool:
    """An accented capital standing alone as a word at a line's start or after a semicolon and a space: a bullet's place."""
    end = start + length
    before = text[max(0, start - 2) : start]
    return character.isupper() and not character.isascii() and text[end : end + 1] == " " and (start == 0 or before.endswith("\n") or before == "; ")


def _bullets_in_english(text: str, places: list[int]) -> list[int]:
    """The places of lone capitals (in the text read back, in order) that stand in an English line and in a paragraph
    holding no other accented letter. Each paragraph and line is read once, however many capitals it holds."""
    taken = set(places)
    paragraph_end = line_end = -1
    accented = english = False
    bullets: list[int] = []
    for at in places:
        if at >= paragraph_end:
            opening = text.rfind("\n\n", 0, at) + 1
            paragraph_end = text.find("\n\n", at) % (len(text) + 1)  # the text's end where no blank line follows
            accented = any(text[i].isalpha() and not text[i].isascii() and i not in taken for i in range(opening, paragraph_end))
        if at >= line_end:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at) % (len(text) + 1)
            english = not ENGLISH_WORDS.isdisjoint(re.findall(r"[a-z]+", text[line_start:line_end].lower()))
        if english and not accented:
            bullets.append(at)
    return bullets


def without_mojibake(text: str, inferred: list[str]) -> str:
    """The text with its UTF-8 sequences read as Latin-1 or cp1252 characters read back, where there are a few."""
    if not MISREAD_RUN.search(text):
        return text
    found = [(match, repaired) for match in MISREAD_RUN.finditer(text) if (repaired := _repaired(match.group()))]
    if not found:
        return text
    pieces: list[str] = []
    places: list[int] = []  # where the lone capitals stand in the text read back
    at = written = 0
    for match, (character, length) in found:
        pieces.append(text[at : match.start()])
        written += match.start() - at
        if _lone_accented_capital(text, match.start(), length, character):
            places.append(written)
        pieces.append(character)
        written += len(character)
        at = match.start() + length
    pieces.append(text[at:])
    inferred.append(f"{len(found)} characters of UTF-8 read as Latin-1 or cp1252 ('â€™' for '’') read back as written")
    read_back = "".join(pieces)
    bullets = _bullets_in_english(read_back, places)
    if len(bullets) < MISREAD_BULLETS_MIN:
        return read_back
    characters = list(read_back)
    for place in bullets:
        characters[place] = "•"
    return "".join(characters)
