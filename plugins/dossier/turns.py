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
    r"|(?P<label>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|to|the|for|and|de|van|von|al|bin)){0,6}"
    r"(?:,[ \t]+(?:Department|Ministry|Office)[ \t]+(?:for|of)(?:[ \t]+(?:[A-Z][\w’'.-]*|the|and)){1,4})?)"  # "…, Department for X"
    r"(?:[ \t]+\((?P<holder>[A-Z][^()\n]{2,60})\))?"  # a record's "The SPEAKER (Mr J Doe):", or a member's seat
    r"(?:[ \t]+\((?P<party>[A-Z][^()\n]{0,30})\))?:[ \t]+)(?=\S)"  # and party: "Mr. Jo Roe (Eastbridge) (Con):"
)
LABEL_REACH = 100  # characters a label and its colon take at the most (seven words, or an office and its holder)
QUOTE_OPENERS = ("“", '"', "‘", "'")  # "Kayhan: “…”": a name line before a quotation, read by the colon_line sieve
# labels that name a speaker by an office in the proceedings ("Counsel Inquiry", "THE CHAIR", "The Witness")
ROLE_WORDS = frozenset(
    """counsel chair chairman chairwoman chairperson interviewer moderator host presenter witness judge court clerk
    questioner operator president speaker""".split()
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
# a press conference's questioners, as Commonwealth governments' transcripts label them for Washington's "Q" (New
# Zealand's "Media:", Australia's "JOURNALIST:", "Reporter:", "Question:", "UNIDENTIFIED JOURNALIST:"): nobody's words
QUESTIONER_WORDS = frozenset("media journalist journalists reporter reporters question".split())
QUESTIONER_QUALIFIERS = frozenset("unidentified unknown another female male foreign local".split())
# a government office as its own transcripts label it, with no person's name in it ("PM:", "PRIME MINISTER:", "Premier:",
# "TREASURER:", "Health Minister:", "MINISTER FOR HEALTH:", "Chief Medical Officer:", "Director-General of Health:")
OFFICE_TITLE_HEADS = frozenset(
    """minister premier treasurer pm dpm director-general commissioner mayor governor chancellor secretary officer
    taoiseach tánaiste attorney-general spokesperson spokesman spokeswoman under-secretary leader""".split()
)
OFFICE_TITLE_QUALIFIERS = frozenset(
    "prime deputy acting chief first associate assistant vice foreign finance health home medical police state press parliamentary".split()
)
OFFICE_ABBREVIATIONS = {"pm": "Prime Minister", "dpm": "Deputy Prime Minister"}
OFFICE_TITLE_ALONE = frozenset("pm dpm premier treasurer taoiseach tánaiste mayor governor minister commissioner".split())  # not "Officer:"


@dataclass(frozen=True)
class Label:
    text: str  # as written, without its colon: "MS. JEAN-PIERRE", "Counsel Inquiry", "Q"
    end: int  # where the turn's own words start in the paragraph
    kind: str  # "person", "role", "question" (Q) or "answer" (A)
    holder: str = ""  # the person an office's label names in brackets: "Mr M L Mushwana"
    seat: str = ""  # the seat and party a member's label gives in brackets (Westminster's Hansard): "Eastbridge, Con"


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
    holder = " ".join((match.group("holder") or "").split())
    party = " ".join((match.group("party") or "").split())
    if party or (
        holder and has_courtesy_title(label) and not names_a_post(label)
    ):  # "Mr. Jo Roe (Eastbridge) (Con)", "HON. JO ROE (Member for Eastwick)"
        return Label(label, match.end(), "", seat=", ".join(part for part in (holder, party) if part))
    return Label(label, match.end(), "question" if not holder and is_questioner(label) else "", holder)


def is_questioner(label: str) -> bool:
    """ "Media", "JOURNALIST", "Reporter", "Question", "Unidentified Journalist": a press conference's questioner, as a
    Commonwealth government's transcript labels the turns Washington's label "Q"."""
    words = label.lower().split()
    return 0 < len(words) <= 2 and words[-1] in QUESTIONER_WORDS and set(words[:-1]) <= QUESTIONER_QUALIFIERS


def is_office_title(label: str) -> bool:
    """ "PM", "PRIME MINISTER", "Premier", "Health Minister", "MINISTER FOR HEALTH", "Director-General of Health": a
    government office naming its holder's turns in its own transcripts; not "Minister Hipkins" (a person) nor "Source"."""
    words = label.partition(",")[0].lower().split()  # "The Minister of State, Department for Transport": its department apart
    if len(words) > 2 and label.startswith("The ") and not is_office(label):
        words = words[1:]  # a Westminster record's "The Prime Minister"; "The MINISTER OF …" names its holder (is_office)
    portfolio = next((i for i, word in enumerate(words) if word in ("of", "for")), len(words))
    title = words[:portfolio]
    return (
        0 < len(title) <= 3
        and len(words) - portfolio <= 5
        and title[-1] in OFFICE_TITLE_HEADS
        and set(title[:-1]) <= OFFICE_TITLE_QUALIFIERS
        and (len(words) > 1 or title[0] in OFFICE_TITLE_ALONE)
    )


def office_title_name(label: str) -> str:
    """The office a label names, as prose writes it: "PM" -> "Prime Minister", "MINISTER FOR HEALTH" -> "Minister for Health"."""
    words = OFFICE_ABBREVIATIONS.get(label.lower(), label).split()
    words = words[1:] if words[:1] == ["The"] and len(words) > 2 else words
    return " ".join(word.lower() if word.lower() in SMALL_WORDS else title_cased(word) for word in words)


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


def names_a_post(label: str) -> bool:
    """Whether a turn's label names a post, not a person: a role ("Counsel to the Inquiry"), an office in capitals ("THE
    MINISTER OF HOME AFFAIRS") or a government office's title ("PM", "Director-General of Health")."""
    return is_role(label) or is_office(label) or is_office_title(label)


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


def in_label_form(label: Label) -> bool:
    """Whether a label reads as a record's label even when it names nobody the engine knows ("Hon. Members", "Mr.
    Speaker", "The Clerk of the House", "Madam Deputy Speaker (Dame …)"): a holder or a seat in brackets, a courtesy
    title or an opening "The"; in a dialogue it ends the turn above, whose speaker did not say it."""
    return bool(label.holder or label.seat or label.kind) or has_courtesy_title(label.text) or label.text.startswith("The ")


def in_record_form(label: Label) -> bool:
    """A parliament's record's own label ("Mr J K DOLAMO", "The MINISTER OF FISHERIES"): a record's short excerpt, each
    member speaking once, is a dialogue too; a list of names with initials in the text's case ("Dr A B Kessel:") is not."""
    return is_office(label.text) or (initialled_name(label.text) is not None and label.text.split()[-1].isupper())
