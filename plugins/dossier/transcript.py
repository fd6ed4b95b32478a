"""A hearing's or an interview's transcript: turns labelled with the speaker's name ('Ms Stone: …', 'DAME ORLA
FENWICK: …'), office ('Counsel to the Inquiry: …', 'The DEPUTY CHAIRPERSON (Mr J Doe): …') or Q and A, two speakers
or more taking several turns each (a label as the attribution engine reads it: turns.py). Its short lines between the turns are no headings: a
stage direction in brackets ('(Alarm)', '(Short adjournment)'), a turn or a sentence broken off ('Ms Stone: Now --',
'A second --') and a question put alone ('Have I summarised those accurately?'). Its own headings, a part's title
('Questions From Counsel to the Inquiry'), stay.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .dates import find_line_date
from .turns import COURTESY, has_courtesy_title, is_office, is_role, label_at, names_a_post

if TYPE_CHECKING:
    from .importunits import Unit

NAME_WORDS = 4  # a turn's label names its speaker in two words to four ("Ms Stone", "DAME ORLA FENWICK"), five after a title
SPEAKERS_MIN = 2  # speakers with …
TURNS_EACH = 2  # … this many turns or more each
TURNS_SHARE = 0.1  # of the text's paragraphs
STAGE_DIRECTION = re.compile(r"^[*_]*\([^()]{1,80}\)[*_.]*$")  # '(Alarm)', '*(The witness withdrew)*'
BROKEN_OFF = re.compile(r"(?:--|[—–]|\.\.\.|…)[*_]*$")
# the hour a briefing began or ended, alone on its line: "2:32 P.M. EDT", "11:02 a.m. EST", "END 3:28 PM"
TIME_OF_DAY = re.compile(r"^(?:END\s+)?\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?$")
PLACE_WORDS = 8  # the place over the hour: "James S. Brady Press Briefing Room", "Aboard Air Force One, En Route …"
# a government's transcript header over the first turn: 'E&OE' (errors and omissions excepted), its place under a label
# ('Transcript Location:' / 'Canberra'), and its day alone on a line
ERRORS_EXCEPTED = re.compile(r"^E\s?&\s?O\.?\s?E\.?$", re.I)
LOCATION_LABEL = re.compile(r"^(?:transcript\s+)?location:?$", re.I)
DATE_ALONE_WORDS = 5  # '11 September 2015', 'Friday, 11 September 2015'
PLACE_LINES = 2


def speaker_named(text: str) -> str | None:
    """The speaker a line's turn label names by its words alone (see turns.py): a name ("Ms Stone: …" -> "Ms Stone"), an
    office in the proceedings ("Counsel to the Inquiry:", "The DEPUTY CHAIRPERSON (Mr J Doe):"), or Q and A. Not "Source:",
    "Key Findings:" or a quote collection's "Ms Stone: “…”"."""
    label = label_at(text)
    if label is None:
        return None
    if label.kind or names_a_post(label.text):
        return label.text
    words = label.text.split()
    if (
        label.holder
        or len(words) > NAME_WORDS + (words[0].lower().rstrip(".") in COURTESY)
        or len(words) < 2
        or not all(word[0].isupper() for word in words)
    ):
        return None
    return label.text


def is_transcript(body: list[Unit]) -> bool:
    paragraphs = [unit for unit in body if unit.kind in ("paragraph", "heading", "quote")]
    turns = Counter(name.casefold() for unit in paragraphs if (name := speaker_named(unit.text.strip())))
    regular = [name for name, count in turns.items() if count >= TURNS_EACH]
    return len(regular) >= SPEAKERS_MIN and sum(turns.values()) >= TURNS_SHARE * len(paragraphs)


def transcript_lines(body: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """In a transcript, the headings that are stage directions, broken-off turns or questions are paragraphs; its
    dateline, the hour alone on a line with the place on the line over it, before the first turn, and the hour it ended
    after the last, are neither a section nor its summary."""
    if not is_transcript(body):
        return
    _dateline(body, inferred, dropped)
    found = 0
    for unit in body:
        text = unit.text.strip()
        if unit.kind == "heading" and (STAGE_DIRECTION.match(text) or BROKEN_OFF.search(text) or speaker_named(text) or text.endswith("?")):
            unit.kind, unit.level = "paragraph", 0
            found += 1
    if found:
        inferred.append(f"a transcript: {found} stage directions, broken-off turns and questions read as its text, no headings")
    turns_as_captions(body, inferred)


def turns_as_captions(body: list[Unit], inferred: list[str]) -> None:
    """A transcript's short turn read as a photo caption, for its label and colon ('Media: If people have a relative in
    another town—' as MailOnline's 'Anger: …'): the turn of a speaker who takes others, no figure."""
    speakers = turn_takers([unit.text.strip() for unit in body if unit.kind in ("paragraph", "heading", "quote")])
    found = 0
    for unit in body:
        if unit.kind == "figure" and (speaker_named(unit.text.strip()) or "").casefold() in speakers:
            unit.kind = "paragraph"
            unit.data.pop("caption", None)
            unit.data.pop("credit", None)
            found += 1
    if found:
        inferred.append(f"a transcript: {found} short turns read as its text, no photo captions")


BOLD_LABEL = re.compile(r"^(?P<mark>[*_]{1,2})(?P<label>[^*_:\n]{2,60})(?P=mark)(?=:)")  # '**Mr Weatherby**: …', a Markdown bold label
# a turn's label in Markdown's bold with its colon after the marks or inside them: '**Ms Roe**: …', '**Ms Roe:** …'
BOLD_TURN_LABEL = re.compile(r"^(?P<mark>\*\*|__)(?P<label>[A-Z][^*_:\n]{0,60})(?::(?P=mark)|(?P=mark):)(?=[ \t])")
# a turn that greets or thanks and says little more: "Good afternoon, everybody.", "Q: Good afternoon.", "All right. Good
# afternoon, everybody. I hope you're all ready for some barbecue.", "Thank you, Ms Roe. Please begin."
GREETING = re.compile(
    r"^(?:(?:all right|okay|ok|well|so|yes)[,.!]?\s+)?(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|welcome|thank you|thanks|greetings)\b",
    re.I,
)
GREETING_WORDS = 25  # a turn this long or shorter that opens on a greeting says nothing of the text's matter
GREETING_REACH = 4  # paragraphs from the first a summary looks through for the first turn that is no greeting
SPEECH_SHARE = 0.9  # of the text's words in the opening speaker's turns: a speech the chair's few words interrupt


def bold_turn_labels(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """A plain text copied from a page that wrote its turn labels in Markdown's bold ('**Ms Roe**: Good afternoon …',
    '**Ms Roe:** …'): the marks are the label's setting, as the Markdown and rST readers read them, never the text's
    words. A bold run with no colon after it ('**Warning** the plans changed') or in lower case stays as it is."""
    plain = {}
    for index, unit in enumerate(units):
        match = BOLD_TURN_LABEL.match(unit.text)
        if match is not None:
            plain[index] = match.group("label") + ":" + unit.text[match.end() :]
    speakers = turn_takers(list(plain.values()))
    found = 0
    for index, text in plain.items():
        if (speaker_named(text) or "").casefold() in speakers:
            units[index].text, found = text, found + 1
    if found:
        inferred.append(f"{found} turn labels in Markdown's bold ('**Ms Stone**:') read without their marks")
    return units


def turn_takers(paragraphs: list[str]) -> set[str]:
    """The speakers (case-folded) whose labels open these paragraphs as turns: a label in the form of a person's (a
    courtesy title, "Ms Roe"), an office's in the proceedings ("The Judge", "Counsel to the Inquiry"), Q and A, or any
    label opening two turns or more. Not a kicker or a dateline opening one paragraph ("A REUTERS SPECIAL REPORT: …",
    "New Delhi: …"), nor a field's label ("Staff Acknowledgments: …")."""
    names = [name for text in paragraphs if (name := speaker_named(text))]
    counts = Counter(name.casefold() for name in names)
    return {
        name.casefold()
        for name in names
        if counts[name.casefold()] >= TURNS_EACH or name in ("Q", "A") or has_courtesy_title(name) or names_a_post(name)
    }


def opening_turn(paragraphs: list[str]) -> str | None:
    """A summary for a text that opens on a turn ('MS. JEAN-PIERRE: Good afternoon, everybody.', '**Mr Roe**: Good
    afternoon, my Lady …'): the words of its first turn or paragraph that is no greeting, without their label; None for
    a text that opens otherwise, or whose opening turns are all greetings."""
    paragraphs = [BOLD_LABEL.sub(r"\g<label>", text) for text in paragraphs]
    if not paragraphs or (speaker_named(paragraphs[0]) or "").casefold() not in turn_takers(paragraphs):
        return None
    for plain in paragraphs[:GREETING_REACH]:
        label = label_at(plain) if speaker_named(plain) else None
        words = plain[label.end :].strip() if label else plain
        if words and not (GREETING.match(words) and len(words.split()) <= GREETING_WORDS):
            return words
    return None


def speech_giver(body: list[Unit]) -> str | None:
    """A speech or a submission as a hearing's transcript gives it: the text opens on a person's turn label ('Mr Roe: Good
    afternoon, my Lady …') and that person's turns hold nearly all its words, the chair's thanks and adjournment between
    them. The words are the speaker's, as a judgment's are its judge's: the speaker is the author. A dialogue of two
    speakers or more has none, nor has a text opening on an office ('Counsel to the Inquiry:') or Q and A."""
    paragraphs = [unit for unit in body if unit.kind in ("paragraph", "heading", "quote")]
    labels = [speaker_named(BOLD_LABEL.sub(r"\g<label>", unit.text.strip())) for unit in paragraphs]
    first = labels[0] if labels else None
    if first is None or first.split()[0].lower().rstrip(".") not in COURTESY or is_office(first) or is_role(first):
        return None
    words = Counter[bool]()
    speaker = first
    for unit, label in zip(paragraphs, labels, strict=True):
        speaker = label or speaker
        words[speaker.casefold() == first.casefold()] += len(unit.text.split())
    return first if words[True] >= SPEECH_SHARE * (words[True] + words[False]) else None


def _dateline(body: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> None:
    first = next((i for i, unit in enumerate(body) if speaker_named(unit.text.strip())), len(body))
    hour = next((i for i in range(first) if TIME_OF_DAY.match(body[i].text.strip())), None)
    last = max((i for i, unit in enumerate(body) if speaker_named(unit.text.strip())), default=-1)
    ended = [i for i in range(last + 1, len(body)) if TIME_OF_DAY.match(body[i].text.strip())]
    lines = ended[-1:] if ended and ended[-1] == len(body) - 1 else []
    if hour is not None:
        places = [hour]
        while len(places) <= PLACE_LINES and places[0] > 0 and _is_place(body[places[0] - 1].text.strip()):
            places.insert(0, places[0] - 1)  # 'Aboard Air Force One' / 'En Route Kansas City, Missouri' over the hour
        lines = [*places, *lines]
    lines = [*lines, *_header_lines(body, first)]
    for index in lines:
        dropped.setdefault("a transcript's place and hour", []).append(body[index].text.strip())
        inferred.append(f"line {body[index].line}: {body[index].text.strip()!r}, the transcript's place or hour, left out")
    body[:] = [unit for index, unit in enumerate(body) if index not in lines]


def _is_place(text: str) -> bool:
    return 0 < len(text.split()) <= PLACE_WORDS and text[-1:] not in ".!?:;" and not speaker_named(text)


def _header_lines(body: list[Unit], first: int) -> list[int]:
    """The lines of a government transcript's header over its first turn: 'E&OE', the place under its label and the
    day alone on its line, where 'E&OE' or the label stands there."""
    texts = [unit.text.strip() for unit in body[:first]]
    if not any(ERRORS_EXCEPTED.match(text) or LOCATION_LABEL.match(text) for text in texts):
        return []
    lines: list[int] = []
    for index, text in enumerate(texts):
        if ERRORS_EXCEPTED.match(text) or (len(text.split()) <= DATE_ALONE_WORDS and find_line_date(text)):
            lines.append(index)
        elif LOCATION_LABEL.match(text):
            lines.append(index)
            if index + 1 < first and _is_place(texts[index + 1]):
                lines.append(index + 1)
    return sorted(set(lines))
