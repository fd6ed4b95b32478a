"""A transcript's turn labels: what a paragraph's opening "Ms Stone:", "DAME ORLA FENWICK:", "Q:", "Counsel to the
Inquiry:" or "The DEPUTY CHAIRPERSON (Mr M L Mushwana):" is, and the words that make it a person's, an office's or a
parliament's record's label. One grammar for both readers of transcripts: the importer's, which asks whether a text is
a dialogue (so its short lines are no headings: `transcript.py`), and the attribution engine's, which reads each turn
as its speaker's statement (`attribution/transcripts.py`). Plain regular expressions and word lists, no name finder,
so that the importer needs nothing of the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A turn's label at a paragraph's start: capitalised words (with the small words of an office: "Counsel to the Inquiry")
# and a colon, or "Q"/"A" with a colon, a full stop or spaces ("Q    Thanks."), as press-office transcripts write it; an
# interview's numbered questions ("Q1:", "Q1-follow-up:", "Q3- follow-up:", "Q8 follow-up:") are the interviewer's Q
TURN_START = re.compile(
    r"(?:(?P<qa>Q(?=[ \t])|[QA](?=[:.]|[ \t]{2})|Q\d{1,2}(?:[ \t]*[-–]?[ \t]*[Ff]ollow[- ]?[Uu]p)?(?=:))[:.]?[ \t]*"
    r"|(?P<label>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|to|the|for|and|de|van|von|al|bin)){0,6})"
    r"(?:[ \t]+\((?P<holder>[A-Z][^()\n]{2,60})\))?:[ \t]+)(?=\S)"  # a record's "The SPEAKER (Mr J Doe):"
)
LABEL_REACH = 100  # characters a label and its colon take at the most (seven words, or an office and its holder)
QUOTE_OPENERS = ("“", '"', "‘", "'")  # "Kayhan: “…”": a name line before a quotation, read by the colon_line sieve
# labels that name a speaker by an office in the proceedings ("Counsel Inquiry", "THE CHAIR", "The Witness")
ROLE_WORDS = frozenset(
    """counsel chair chairman chairwoman chairperson interviewer moderator host presenter witness judge court clerk
    questioner operator president""".split()
)
COURTESY = frozenset(
    "mr mrs ms miss mx dr sir dame lady lord baroness baron professor prof judge justice senator sen rep mnr mev adv rev hon".split()
)  # with a parliament's record's Afrikaans "Mnr", "Mev" and "Adv"
# an office a parliament's record names in capitals after "The" ("The MINISTER OF HOME AFFAIRS", "The DEPUTY SPEAKER")
OFFICE_WORDS = frozenset("minister speaker chairperson chairman chairwoman chair president premier secretary leader whip".split())
OFFICE_LABEL = re.compile(r"The(?:[ \t]+[A-Z][A-Z’'-]+)+")
# a courtesy title, initials and a surname in capitals ("Dr P J C NEL", "Mr M A SULLIMAN"): a parliament's record
INITIALLED = re.compile(r"(?P<title>[A-Z][a-z]+\.?)(?P<initials>(?:[ \t]+[A-Z]\.?)+)[ \t]+(?P<surname>[A-Z][A-Za-z’'-]+)")
SMALL_WORDS = frozenset("of to the for and from by with a an".split())


@dataclass(frozen=True)
class Label:
    text: str  # as written, without its colon: "MS. JEAN-PIERRE", "Counsel Inquiry", "Q"
    end: int  # where the turn's own words start in the paragraph
    kind: str  # "person", "role", "question" (Q) or "answer" (A)
    holder: str = ""  # the person an office's label names in brackets: "Mr M L Mushwana"


def label_at(text: str) -> Label | None:
    """The turn label a paragraph opens with, if any (not yet known to name a speaker: see speaking_kind)."""
    if not text[:1].isupper() or (text[0] not in "QA" and ":" not in text[:LABEL_REACH]):
        return None  # most paragraphs: no capital, or no colon where a label would end
    match = TURN_START.match(text)
    qa = (match.group("qa") or "")[:1] if match is not None else ""  # "Q1-follow-up" is the interviewer's Q
    if match is None or (text.startswith(QUOTE_OPENERS, match.end()) and qa != "Q"):
        return None  # not "Kayhan: “…”", a name line; but "Q    “Working together …,” the Speaker said.", a question
    if qa:
        return Label(qa, match.end(), "question" if qa == "Q" else "answer")
    label = " ".join(match.group("label").split())  # a justified record's spaces: "The DEPUTY  CHAIRPERSON"
    return Label(label, match.end(), "", " ".join((match.group("holder") or "").split()))


def label_words(label: str) -> list[str]:
    """The label's words in lower case, without full stops and small words: "Counsel to the Inquiry" -> counsel, inquiry."""
    return [word for word in label.lower().replace(".", " ").split() if word not in SMALL_WORDS]


def title_cased(label: str) -> str:
    """ "DAME ORLA FENWICK" -> "Dame Orla Fenwick", "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"; a label in mixed case as it is."""
    if not label.isupper():
        return label
    return re.sub(r"[A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), label)


def is_role(label: str) -> bool:
    return bool(ROLE_WORDS.intersection(label_words(label)))


def is_office(label: str) -> bool:
    """ "The MINISTER OF HOME AFFAIRS", "The DEPUTY CHAIRPERSON OF THE NCOP": an office in capitals; not "TABLINGS"."""
    return OFFICE_LABEL.fullmatch(label) is not None and bool(OFFICE_WORDS.intersection(label_words(label)))


def initialled_name(label: str) -> tuple[str, str] | None:
    """ "Dr P J C NEL" -> ("P J C Nel", "Dr"): the name and the courtesy title of a record's label; None for another."""
    found = INITIALLED.fullmatch(label)
    if found is None or found.group("title").lower().rstrip(".") not in COURTESY:
        return None
    surname = found.group("surname")
    return " ".join([*found.group("initials").split(), title_cased(surname)]), found.group("title")


def has_courtesy_title(label: str) -> bool:
    words = label_words(label)
    return bool(words) and words[0] in COURTESY and len(words) >= 2


def in_record_form(label: Label) -> bool:
    """A parliament's record's own label ("Mr J K DOLAMO", "The MINISTER OF FISHERIES"): a record's short excerpt, each
    member speaking once, is a dialogue too; a list of names with initials in the text's case ("Dr A B Kessel:") is not."""
    return is_office(label.text) or (initialled_name(label.text) is not None and label.text.split()[-1].isupper())
