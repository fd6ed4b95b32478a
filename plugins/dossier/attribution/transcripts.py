"""Transcripts of hearings, interviews and briefings: paragraphs that open with their speaker's label ("Sir Ann Cole:",
"MR BRISK:", "MS. LANE:", "Q:", "A."), no quotation marks. A labelled turn, with the unlabelled paragraphs after it under
the same heading, is its speaker's statement.

A report is read so only when it is a dialogue: four labelled paragraphs or more, two labels or more that name a speaker
(a person by a courtesy title or a given name, a role such as "Counsel" or "The Chair", or Q and A), one of them again
(or half the labels in a parliament's record's form, "Mr J K DOLAMO", "The MINISTER OF FISHERIES").
Lines such as "Source:", "Analysis:", "Credit:" name nobody; a quote collection's "Name: “…”" is a name line, not a turn.
What a label is, and its words (courtesy titles, roles, offices), is `dossier/turns.py`'s, which the importer reads too.
"""

from __future__ import annotations

import re
from collections import Counter

from ..turns import COURTESY, Label, in_label_form, in_record_form, label_at, label_words, office_title_name, title_cased
from .names import CHUNK, Head, head_of

MIN_TURNS = 4  # labelled paragraphs a dialogue has at the least
INTRODUCTION_WORDS = 12  # "Questions From Counsel to the Inquiry", "Examination by the Chair": a line, not a sentence of prose
MIN_WORDS = 3  # "Yes.", "Thank you.", "Right.": an assent, not a statement
# a stage direction or the record's furniture between turns ("(Alarm)", "(The hearing adjourned)", "12:25 P.M. CST"):
# it ends the turn before it
FURNITURE = re.compile(r"\(.*\)\.?|[^a-z]*")


def dialogue(labels: list[Label]) -> bool:
    """Whether the speaking labels make a dialogue: enough turns, two speakers or more, one of them speaking again."""
    if len(labels) < MIN_TURNS:
        return False
    counts = Counter(label.text.lower() for label in labels)
    return len(counts) >= 2 and (counts.most_common(1)[0][1] >= 2 or sum(map(in_record_form, labels)) * 2 >= len(labels))


def surname_label_of(label: Label, people: list[Label]) -> Label | None:
    """The one person's label a bare surname label stands for ("HARLOW-BRIGGS:" after "SENATOR HARLOW-BRIGGS:", "Denton:"
    after "Mr Denton:"), as the person's own label, with this turn's end; None where no person's label, or two of
    different people ("Mr Ade:" and "Mrs Ade:"), end with it."""
    words = label.text.lower().split()
    matching = {
        person.text.lower(): person
        for person in people
        if len(person.text.split()) > len(words) and person.text.lower().split()[-len(words) :] == words
    }
    if len(matching) != 1:
        return None
    person = next(iter(matching.values()))
    return Label(person.text, label.end, "person", person.holder)


def in_label_form_at(text: str) -> bool:
    """Whether a paragraph opens with a label in a record's form, read or not ("Hon. Members: Hear, hear.")."""
    label = label_at(text)
    return label is not None and in_label_form(label)


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


# a person by a courtesy title, initials and a surname: "Dr M G Buthelezi", "Lord Kessel"
_TITLED_NAME = rf"(?:{'|'.join(sorted(title.capitalize() for title in COURTESY))})\.?(?:\s+[A-Z]\.?){{0,4}}\s+[A-Z][A-Za-z’'-]+"


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


# "Jacinda Ardern, Prime Minister", "The Hon Dana Whitlock MP, Premier of Westland", "Dana Whitlock (Premier)": a name
# given before the office it holds
NAME_BEFORE_OFFICE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,4})(?:,[ \t]+(?:the[ \t]+)?|[ \t]+\()$")
PAST_HOLDER = re.compile(r"\b(?:former|then|late|ex-?|previous|last|first)\W*$", re.I)


def holder_of_office_title(office: str, texts: list[str]) -> Head | None:
    """The one person a transcript's title or its lines before the first turn name with the office its labels give alone
    ("Press conference with Prime Minister Dana Whitlock" over "PM:", "Dana Whitlock, Premier of Westland" over
    "PREMIER:"); None where nobody is named so, or two people are, or only a past holder ("former Prime Minister …")."""
    name = office_title_name(office)
    found: dict[str, Head] = {}
    for text in texts:
        for match in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
            if PAST_HOLDER.search(text[max(0, match.start() - 12) : match.start()]):
                continue
            chunk = CHUNK.match(text, match.start())
            head = head_of(chunk.group(0)) if chunk else None
            if head is None or head.kind != "person" or head.role.lower() != name.lower():
                before = NAME_BEFORE_OFFICE.search(text, max(0, match.start() - 80), match.start())
                head = head_of(re.sub(r"[ \t]+MP$", "", before.group("name"))) if before else None
            if head is not None and head.kind == "person" and " " in head.name:
                found[head.key] = head
    return next(iter(found.values())) if len(found) == 1 else None
