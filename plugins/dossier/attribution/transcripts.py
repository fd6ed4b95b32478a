"""Transcripts of hearings, interviews and briefings: paragraphs that open with their speaker's label ("Sir Ann Cole:",
"MR BRISK:", "MS. LANE:", "Q:", "A."), no quotation marks. A labelled turn, with the unlabelled paragraphs after it under
the same heading, is its speaker's statement.

A report is read so only when it is a dialogue: four labelled paragraphs or more, two labels or more that name a speaker
(a person by a courtesy title or a given name, a role such as "Counsel" or "The Chair", or Q and A), one of them again
(or half the labels in a parliament's record's form, "Mr J K DOLAMO", "The MINISTER OF FISHERIES").
Lines such as "Source:", "Analysis:", "Credit:" name nobody; a quote collection's "Name: “…”" is a name line, not a turn.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# A turn's label at a paragraph's start: capitalised words (with the small words of an office: "Counsel to the Inquiry")
# and a colon, or "Q"/"A" with a colon, a full stop or spaces ("Q    Thanks."), as press-office transcripts write it
TURN_START = re.compile(
    r"(?:(?P<qa>Q(?=[ \t])|[QA](?=[:.]|[ \t]{2}))[:.]?[ \t]*"
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
    "mr mrs ms miss dr sir dame lady lord baroness professor prof judge justice senator rep mnr mev adv rev hon".split()
)  # with a parliament's record's Afrikaans "Mnr", "Mev" and "Adv"
# an office a parliament's record names in capitals after "The" ("The MINISTER OF HOME AFFAIRS", "The DEPUTY SPEAKER")
OFFICE_WORDS = frozenset("minister speaker chairperson chairman chairwoman chair president premier secretary leader whip".split())
OFFICE_LABEL = re.compile(r"The(?:[ \t]+[A-Z][A-Z’'-]+)+")
# a courtesy title, initials and a surname in capitals ("Dr P J C NEL", "Mr M A SULLIMAN"): a parliament's record
INITIALLED = re.compile(r"(?P<title>[A-Z][a-z]+\.?)(?P<initials>(?:[ \t]+[A-Z]\.?)+)[ \t]+(?P<surname>[A-Z][A-Za-z’'-]+)")
SMALL_WORDS = frozenset("of to the for and from by with a an".split())
MIN_TURNS = 4  # labelled paragraphs a dialogue has at the least
INTRODUCTION_WORDS = 12  # "Questions From Counsel to the Inquiry", "Examination by the Chair": a line, not a sentence of prose
MIN_WORDS = 3  # "Yes.", "Thank you.", "Right.": an assent, not a statement
# a stage direction or the record's furniture between turns ("(Alarm)", "(The hearing adjourned)", "12:25 P.M. CST"):
# it ends the turn before it
FURNITURE = re.compile(r"\(.*\)\.?|[^a-z]*")


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
    if match is None or text.startswith(QUOTE_OPENERS, match.end()):
        return None
    if match.group("qa"):
        return Label(match.group("qa"), match.end(), "question" if match.group("qa") == "Q" else "answer")
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


def dialogue(labels: list[Label]) -> bool:
    """Whether the speaking labels make a dialogue: enough turns, two speakers or more, one of them speaking again."""
    if len(labels) < MIN_TURNS:
        return False
    counts = Counter(label.text.lower() for label in labels)
    return len(counts) >= 2 and (counts.most_common(1)[0][1] >= 2 or sum(map(in_record_form, labels)) * 2 >= len(labels))


def in_record_form(label: Label) -> bool:
    """A parliament's record's own label ("Mr J K DOLAMO", "The MINISTER OF FISHERIES"): a record's short excerpt, each
    member speaking once, is a dialogue too; a list of names with initials in the text's case ("Dr A B Kessel:") is not."""
    return is_office(label.text) or (initialled_name(label.text) is not None and label.text.split()[-1].isupper())


def stage_direction(text: str) -> bool:
    """ "(Alarm)", "*(Pause)*", "(The hearing adjourned at 4.30 pm)", "END 12:25 P.M. CST": no one's words."""
    return FURNITURE.fullmatch(text.strip(" *_")) is not None


def introduced_holder(role: str, lines: list[tuple[str, Label | None]]) -> str | None:
    """The person label of the first turn after the line that introduces a role label's office ("Questions From Counsel
    to the Inquiry" before "Ms Blackwell:" makes "Counsel Inquiry" Ms Blackwell): `lines` are the transcript's headings
    and paragraphs, in order, each with its label if it opens a turn."""
    wanted = set(label_words(role))
    introduced = False
    for text, label in lines:
        if label is not None and introduced:
            return label.text if label.kind == "person" else None
        if label is None and len(text.split()) <= INTRODUCTION_WORDS:
            introduced = introduced or wanted <= set(label_words(re.sub(r"[^\w\s’'-]", " ", text)))
    return None


_TITLED_NAME = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mnr|Mev|Adv|Rev|Sir|Dame)\.?(?:\s+[A-Z]\.?){0,4}\s+[A-Z][A-Za-z’'-]+"


def holder_named_with(office: str, text: str) -> str | None:
    """The person a record names with an office its labels give alone ("The MINISTER OF HOME AFFAIRS:"): "Dr M G
    Buthelezi, the Minister of Home Affairs", "Minister of Home Affairs (Dr M G Buthelezi)"; the first so named."""
    words = office.split()[1:] if office.split()[:1] == ["The"] else office.split()
    if not words:
        return None
    named = r"\s+".join(re.escape(word) for word in words)
    pattern = (
        rf"(?P<before>{_TITLED_NAME})(?:,\s+(?:the\s+)?|\s+\()(?i:{named})\b"
        rf"|(?i:{named})(?:\s+\(|,\s+)(?P<after>{_TITLED_NAME})\b"
    )
    found = re.search(pattern, text)
    return None if found is None else " ".join((found.group("before") or found.group("after")).split())


# a broadcast report's transcript: the presenter hands over to the reporter ("Dana Whitlock reports.", "Our
# correspondent Dana Whitlock has this report.") or takes the word back ("… ending that report from Dana Whitlock.")
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}"
HANDOVER = re.compile(
    rf"(?:^|[.!?][ \t]+)(?:(?:[Oo]ur[ \t]+)?(?:[a-z]+[ \t]+)?(?:reporter|correspondent)[ \t]+)?(?P<name>{_NAME})[ \t]+"
    r"(?:reports|has[ \t]+(?:this|that|the)[ \t]+(?:report|story)|with[ \t]+(?:this|that|the)[ \t]+report)\.$"
    rf"|\b(?:this|that|the)[ \t]+report[ \t]+from[ \t]+(?:our[ \t]+(?:[a-z]+[ \t]+)?(?:reporter|correspondent)[ \t]+)?(?P<from>{_NAME})\.$"
)


def narrators(lines: list[tuple[str, Label | None]]) -> set[str]:
    """A broadcast report's presenter and reporter, by their labels in lower case: the reporter the presenter hands over
    to ("Dana Whitlock reports.") and the one whose turn hands over. Their turns are the report's narration, its links and
    its questions, no statements: those are the words of the people the report is about. Empty for another transcript."""
    found: set[str] = set()
    speaking: Label | None = None
    for text, label in lines:
        speaking = label or speaking
        handover = HANDOVER.search(text.strip())
        if handover is None or speaking is None:
            continue
        reporter = " ".join((handover.group("name") or handover.group("from")).split()).casefold()
        labels = {other.text for _, other in lines if other is not None and title_cased(other.text).casefold() == reporter}
        if labels:
            found |= {speaking.text.lower(), *(text.lower() for text in labels)}
    return found
