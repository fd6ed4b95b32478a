"""A news headline that opens with a quotation and names its speaker after a colon, a dash or a comma ("‘We will not give up’:
Activist Lena Moor vows to …", "“Keep the harbour open” – Consul General Ivo Marten", "‘We will not leave’, Moor tells
rally"): the speaker's statement, as a reader takes it. Only these three shapes are read: a label in marks before a colon ("‘Operation Dawn’: police raid …"), a
title in capitals ("‘Sewage Of The Cold War’"), and a quotation whose speaker the headline names by a role or not at all
("‘Ends recession debate’: economists weigh in", "“…”- Velden's top envoy") stay nobody's.

A headline in title case that names its speaker with "Says" ("Treaty Was ‘A Sacred Duty,’ Ostrov Says", "Ostrov Says
Talks Will Resume") is read too, for whom the item under it is about: a digest's lead goes on "…,” he said."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import AFTER_QUOTE_ONLY, AS_BEFORE_QUOTE_ONLY, DESCRIBING, FORMS, WEAK
from .names import Head, chunks, head_of
from .quotes import is_title_case_phrase

# the quotation, then a colon or a dash (the closing mark is the first one a colon or a dash follows: "‘I don’t want …’:")
QUOTATION_THEN_SPEAKER = re.compile(
    r"\s*[“\"‘'](?P<quote>[^“”\"]+?)(?:[”\"’']\s*(?:(?P<colon>:)|[-–—])|(?P<comma>,[”\"’']|[”\"’'],))\s*(?P<rest>\S.*)", re.S
)
# the headline's verb after the speaker's name ("vows", "says", "campaigns", "warns")
PRESENT_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
LIGHT_BEFORE_NAME = 4  # words before the name (its description: "Chinese feminist Zheng Churan")


@dataclass
class HeadlineQuotation:
    quote: str
    speaker: Head


def headline_quotation(title: str) -> HeadlineQuotation | None:
    """The quotation a headline opens with and the person it names as the speaker, in full, right after the dash or as
    the subject of the headline's verb after the colon; None for any other headline."""
    if title[:1] not in "“\"‘'":
        return None
    found = QUOTATION_THEN_SPEAKER.match(title)
    if found is None or not said_words(found.group("quote")):
        return None
    rest = found.group("rest").strip()
    if found.group("comma"):
        speaker = speaker_of_a_verb_after(rest)
        return HeadlineQuotation(found.group("quote").strip(), speaker) if speaker is not None else None
    if found.group("colon"):
        speaker = subject_of_headline(rest)
    else:
        named = chunks(rest.rstrip(" ."))
        whole = len(named) == 1 and named[0].begin == 0 and named[0].finish == len(rest.rstrip(" ."))
        speaker = head_of(named[0].text) if whole else None
    if speaker is None or speaker.kind != "person" or " " not in speaker.name:
        return None
    return HeadlineQuotation(found.group("quote").strip(), speaker)


def said_words(quote: str) -> bool:
    """Words someone says: three or more, not a title in capitals ("Operation Dawn", "Sewage Of The Cold War")."""
    words = quote.split()
    return len(words) >= 3 and any(word[:1].islower() for word in words)


def subject_of_headline(rest: str) -> Head | None:
    """The person named in full that the words after the colon open with, after a short description, and whose verb
    follows ("Activist Lena Moor vows …", "Chinese feminist Zheng Churan campaigns …")."""
    for chunk in chunks(rest)[:2]:
        before = rest[: chunk.begin]
        if len(before.split()) > LIGHT_BEFORE_NAME or any(not word.isalpha() for word in before.split()):
            return None
        head = head_of(chunk.text, before)
        if head is not None and head.kind == "person" and PRESENT_VERB_AFTER.match(rest, chunk.finish):
            return head
    return None


# a headline's own verb of saying, in title case ("Says", "Warns"): the attribution closing or opening a news headline;
# the cue words' present forms (and "Said") that say something with no quoted term beside them: not a weak cue's
# ("Believes", "Sees"), a describing one's ("Calls", "Accuses"), nor one that is a cue only in its own shape ("Rejects …
# as", "Reads" after a quote)
_SHAPED_CUES = WEAK | DESCRIBING | AS_BEFORE_QUOTE_ONLY | AFTER_QUOTE_ONLY
_HEADLINE_FORMS = sorted(
    {form.title() for form, base in FORMS.items() if " " not in form and form.endswith("s") and form != base and base not in _SHAPED_CUES} | {"Said"},
    key=lambda form: (-len(form), form),
)
HEADLINE_VERBS = r"(?:" + "|".join(_HEADLINE_FORMS) + r")"
# the plain verbs of saying a headline opening with its speaker may take ("Ostrov Says Talks Will Resume"): after a name
# that opens the line, most other verbs take an object or name an act ("Ostrov Writes to …", "… Reports for Duty",
# "… Quizzes Minister Tom Reed"), so the opening form keeps to this closed list
OPENING_HEADLINE_VERBS = (
    r"(?:Says|Said|Warns|Tells|Claims|Insists|Vows|Urges|Admits|Denies|Confirms|Announces|Pledges|Promises|Threatens"
    r"|Predicts|Explains|Stresses|Argues|Declares|States|Concludes|Suggests|Maintains|Asserts|Contends|Cautions|Acknowledges)"
)
HEADLINE_MAX = 200  # characters: a headline is a line, not a paragraph
NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"  # up to four capitalised words: "Ostrov", "Foreign Minister Ivo Ostrov"
# "…, Ostrov Says", "… ‘A Sacred Duty,’ Ostrov Says": the speaker after a comma or a closing mark, the verb ending the line
SPEAKER_CLOSING_HEADLINE = re.compile(r"(?:^|(?<=[,’'”\"])\s+)(?P<who>" + NAME_WORDS + r")\s+" + HEADLINE_VERBS + r"\s*$")
# "Ostrov Says Talks Will Resume": the speaker opening the line, the verb right after
SPEAKER_OPENING_HEADLINE = re.compile(r"(?P<who>" + NAME_WORDS + r")\s+" + OPENING_HEADLINE_VERBS + r"\s+\S")


def headline_speaker(headline: str) -> Head | None:
    """The person a title-case headline says speaks ("Treaty Was ‘A Sacred Duty,’ Ivo Ostrov Says", "Ostrov Says Talks
    Will Resume"); None for a body's ("…, Kremlin Says"), for words that are no headline, and for any other headline."""
    line = headline.strip()
    if len(line) > HEADLINE_MAX or not is_title_case_phrase(line):
        return None  # the word count first: most short paragraphs are sentences, and the two patterns cost more
    found = SPEAKER_OPENING_HEADLINE.match(line) or SPEAKER_CLOSING_HEADLINE.search(line)
    if found is None or holds_verb_of_saying(found.group("who")):
        return None
    head = head_of(found.group("who"))
    return head if head is not None and head.kind == "person" else None


def speaker_of_a_verb_after(rest: str) -> Head | None:
    """ "‘We will not leave’, Vorn tells rally", "“…,” Lena Moor says": the person a headline names right after the
    quotation's comma, then its verb in the present; in a headline's few words a surname alone names them as the text does
    (the engine credits them only where the text names them too)."""
    named = chunks(rest)
    if not named or named[0].begin != 0 or not PRESENT_VERB_AFTER.match(rest, named[0].finish):
        return None
    head = head_of(named[0].text)
    return head if head is not None and head.kind == "person" and not head.role else None


def holds_verb_of_saying(words: str) -> bool:
    """Whether a name taken from a headline holds a verb of saying in the third person ("Ostrov Denies" in "Ostrov Denies
    Claims", where "Claims" is a noun): then it is no name."""
    return any(word.endswith("s") and word.lower() in FORMS for word in words.split())
