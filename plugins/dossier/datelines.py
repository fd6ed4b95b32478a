"""A news story's dateline opening its first paragraph: where the story was filed and when, or by which agency
("WASHINGTON (Aug. 13) --", "LONDON (Reuters) -", "KYIV, Ukraine —", "BEIRUT, March 3 (AP) —", "(Paris, March 4th,
2021) -"). The city names no actor of the story: the wire's desk is there."""

from __future__ import annotations

import re

from .attribution.given_names import given_name_sex
from .kickers import STORY_KICKERS
from .officeposts import heads_a_post
from .turns import has_courtesy_title

_CAPS_PLACE = r"[A-Z]{2}[A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]*){0,3}"  # WASHINGTON, NEW YORK, ST. LOUIS
_PLACE = r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}"  # Kyiv, Rio de Janeiro is written capitalised in a dateline
_REGION = r",\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"  # ", Ukraine", ", Fla.", ", D.C.", ", New Jersey"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+\d{{4}})?"
_SPACE = r"\s*"
_PARENTHESIS = r"\([^()\n]{2,40}\)"  # (Aug. 13), (Reuters), (AP), (Paris, March 4th, 2021)
_BRACKETED = r"\s*" + _PARENTHESIS
# the news agencies (and CNN, which datelines its stories as one) a dateline or a byline's credit names: "LONDON (Reuters) -",
# "OTTAWA — The Canadian Press" is a newsroom's name, "GENEVA -- AFP" one of these
WIRE_AGENCIES = (
    "Reuters", "AP", "AFP", "AAP", "CP", "PA", "UPI", "CNN", "dpa", "DPA", "EFE", "ANSA", "ANP", "TASS", "Interfax",
    "Sputnik", "Xinhua", "Kyodo", "Yonhap", "Bernama", "Antara", "PTI", "IANS", "ANI", "IRNA", "NAN", "Anadolu", "Bloomberg",
)  # fmt: skip
WIRE_AGENCY = "(?:" + "|".join(WIRE_AGENCIES) + ")"
# after a place not in capitals, or alone, the brackets hold a date or a wire's name: "Anna Lind (Greens) -" is a speaker
_DATED = rf"\s*\((?:[^()\n]{{0,30}}?{_DAY}|{WIRE_AGENCY})\)"
_WIRE = r"\s*/[^/\n]{2,30}/"  # /PRNewswire/
_DASH = r"\s*(?:--|—|–|-)\s+(?=[A-Z“\"‘'])"  # the story's first sentence starts after it
# where the text around says a story opens here (a byline or an agency's initials over it), a place alone before a colon
# or a dash, "New Delhi: In a major setback …", "Vells — The river …", or any name before brackets opens it too; alone,
# such an opening may be a label's ("Note: …") or a speaker's ("Anna Lind (Greens) - …"), no dateline to cut off
_PLACE_ALONE = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s*\([^()]{2,30}\))?\s*(?::|\s[—–-])\s+[A-Z]"
DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}(?:{_REGION}){{0,2}}(?:,\s*{_DAY})?(?:{_BRACKETED})?(?:{_WIRE})?"
    rf"|{_PLACE}(?:(?:{_REGION}){{1,2}}(?:,\s*{_DAY})?(?:{_DATED})?|(?:,\s*{_DAY})(?:{_DATED})?|{_DATED})(?:{_WIRE})?"
    rf"|{_DATED.removeprefix(_SPACE)})"
    rf"{_DASH}"
    rf"|(?P<place_alone>{_PLACE_ALONE})"
)
DATELINE_MAX = 90  # characters: a dateline is a few words; past this a dash is the sentence's own
DASHES = ("-", "—", "–")


NAME_WORDS = (2, 4)  # a person's name before its post: a given name and a surname, a middle name or two at most


_DATED_PART = re.compile(rf"\({WIRE_AGENCY}\)|{_DAY}|\d{{4}}")  # '(AP)', 'March 3', a year: the dateline's, no post's


def name_with_post(opening: str) -> bool:
    """'JANE ROE, Director, Harbour Institute --', 'Jane Roe, Minister for Harbours —': a person's name, a given name
    first, then a post after its comma (opening on a post's head word), a byline's or a speaker's label: no place files
    a story there. A dateline's region names no office ('VIRGINIA BEACH, Va. —', 'GEORGE TOWN, Grand Cayman (AP) —'),
    and a part holding an agency's brackets or a date is the dateline's."""
    parts = opening.rstrip(" -—–").split(",")
    name = parts[0].split()
    if len(parts) < 2 or not NAME_WORDS[0] <= len(name) <= NAME_WORDS[1] or given_name_sex(name[0]) is None:
        return False
    return any(heads_a_post(part) and _DATED_PART.search(part) is None for part in parts[1:])


def dateline_end(text: str) -> int:
    """Where the story's own text starts after a dateline opening `text`, or 0 where it opens on none."""
    first = text[:1]
    if not (first.isupper() or first == "("):
        return 0
    head = text[:DATELINE_MAX]
    if not any(dash in head for dash in DASHES):
        return 0  # most paragraphs: no dash near their start
    match = DATELINE.match(head)
    if match is None or match.lastgroup == "place_alone" or name_with_post(match.group(0)):
        return 0
    return match.end()


def opens_on_dateline(text: str) -> bool:
    """Whether a paragraph the text around marks as a story's first opens on a dateline, a place alone before a colon
    or a dash among them ("New Delhi: In a major setback …")."""
    match = DATELINE.match(text)
    return match is not None and not name_with_post(match.group(0))


_SOURCE_BRACKET = re.compile(rf"{WIRE_AGENCY}|[A-Z]{{3,5}}(?:-TV)?|[^()\n]{{0,30}}?{_DAY}[^()\n]{{0,10}}")  # (AP), (KXYZ), (March 3)


# a label in capitals before a dash, no place: 'NOTE —', 'UPDATE —', 'EDITOR'S NOTE —', a kicker ('ANALYSIS —')
LABEL_BEFORE_DASH = frozenset("note notes update updated correction clarification breaking warning editor's editors' urgent flash".split())
_CITY_ALONE = re.compile(rf"(?P<place>{_CAPS_PLACE})\s*(?:--|—|–|-)")


def city_alone(text: str, paragraph: str = "") -> bool:
    """'NAIROBI —', 'NEW YORK --' alone on its line over the story's first paragraph: a dateline of the city alone in
    capitals, no region, date or agency, which dateline_alone leaves to the text around, where the words give positive
    evidence of a place: a city the dateline list holds ('NEW YORK'), a state's name, a place's opening word ('PORT
    HARLOW', 'ST. ANNS'), or the place named in the paragraph under it ('VELDEN —' over '… the port of Velden …'). A
    label in capitals before a dash ('PHOTOS —', 'LIVE UPDATES —', 'FACT CHECK —') has none of these: it stays."""
    from .attribution.names import STATE_NAMES  # the engine's list of states and countries
    from .bylines import DATELINE_CITIES, PLACE_OPENING_WORDS

    found = _CITY_ALONE.fullmatch(text.strip())
    if found is None:
        return False
    place = " ".join(found.group("place").split())
    words = place.lower().split()
    if any(word in LABEL_BEFORE_DASH or word in STORY_KICKERS for word in words):
        return False
    if place.lower() in DATELINE_CITIES or place.lower() in STATE_NAMES or words[0] in PLACE_OPENING_WORDS:
        return True
    return re.search(rf"\b{re.escape(place.title())}\b", paragraph) is not None


def dateline_alone(text: str) -> bool:
    """A dateline on a line of its own, its dash closing the line, the story's first paragraph on the next ('HARBOURTON,
    Calif. (KXYZ) --', 'VELL, March 3 (AP) —'): a place with its region, a date or a bracket, never a word alone before a
    dash ('NOTE --')."""
    text = text.strip()
    if len(text) > DATELINE_MAX or not text.endswith(DASHES) or not any(mark in text for mark in ",("):
        return False
    # a hearing's speaker labels ('SENATOR ROE (D-Vell) --', 'MR. EKDAL (Vell) —'): a title and a name, a party or a
    # place in the brackets; a dateline's brackets hold a wire, a station's call letters or a date
    if has_courtesy_title(re.split(r"[,(]", text, maxsplit=1)[0]):
        return False
    if any(word in LABEL_BEFORE_DASH or word in STORY_KICKERS for word in re.split(r"[,(]", text, maxsplit=1)[0].lower().split()):
        return False  # 'UPDATED, March 3 —', 'EDITOR'S NOTE, March 3 —': a label and its date, no place
    if any(not _SOURCE_BRACKET.fullmatch(inside) for inside in re.findall(r"\(([^()]*)\)", text)):
        return False
    return dateline_end(text + " A") == len(text) + 1


def without_dateline(text: str) -> str:
    """The text less the dateline opening it: a summary starts on the story's news."""
    return text[dateline_end(text) :]


LEAD_IN_DASH = re.compile(r"\s(?:--|—|–)$")  # 'JANE ROE, Director, Harbour Institute --': the label leads into the text under it


def name_label_alone(text: str) -> bool:
    """A person's name and post alone on a line, leading into the text under it by a dash ('JANE ROE, Director, Harbour
    Institute --'): a byline's or a speaker's label (name_with_post), never a dateline."""
    text = text.strip()
    return len(text) <= DATELINE_MAX and LEAD_IN_DASH.search(text) is not None and name_with_post(text)
