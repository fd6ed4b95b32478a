"""The past time an attribution clause says its words were said at, where it gives no day: a year after the verb of
saying ("Varga told reporters in 2015: “…”"), a year opening the sentence after "Back" or in the occasion's phrase
("Back in 2019 the engineer warned …", "During a visit in March 2021, Brem said: …"), a time counted back from the
report ("Last year, Varga told …", "Two years ago she wrote …"), or a month with no day ("In July, Varga told …",
"“…,” she said last March.", "In a September speech, Brem said", "As troops prepared to land in July, Brem said").
Such words were not said on the report's day, and the gold leaves a month's or a year's date out: the statement is
undated rather than dated wrongly."""

from __future__ import annotations

import re

from ..dates import CAPITALISED_MONTH as MONTH
from ..dates import LONE_YEAR as YEAR
from ..dates import PERIOD_WORDS, SAYING
from .cues import present_and_past
from .interviews import WRITER_OBJECT

_THAT = r"(?:\s+that\b[^“”\".;:]{0,60})?"  # 'that the quay was “…”': the that-clause's first words before the quote
# the verb of saying, its object of a word or two ('told reporters', 'told the council'), then the year, right before the
# quote ('Varga told reporters in 2015: “', 'she wrote in March 2021 that “'); a year the words tell of ('said the cracks
# appeared in 2015: “') has more words between
YEAR_AFTER_VERB = re.compile(
    rf"\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+(?:in|during)\s+(?:(?:early|late|mid)[\s-]+|{MONTH}\s+)?{YEAR},?{_THAT}\s*[:,]?\s*$"
)
# 'Back in 2019 the engineer warned', 'As early as 2009, …', and the occasion's phrase opening the sentence ('During a
# visit to the quay in March 2021, Brem said', 'At a hearing in 2015, …'); not a participle's ('Recalling a moment in
# 2022, she said': the moment recalled, said now)
OPENING_YEARS = (
    re.compile(rf"^(?:Back|As\s+early\s+as|As\s+late\s+as|Already)\s+(?:in\s+)?(?:{MONTH}\s+)?{YEAR}"),
    re.compile(rf"^(?:During|At|On)\s+(?:a|an|the|his|her|its|their)\s+[^,.;:“”\"]{{1,60}}?\bin\s+(?:{MONTH}\s+)?{YEAR},"),
)
# a time counted back from the report, opening the sentence or after the verb of saying: 'Last year, …', 'Two years ago
# she wrote', 'told the council last spring that', 'Last week, …', 'earlier this month': no day the reader can be sure
# of; never the days, which the news counts from its own day ('on Tuesday', 'yesterday': said_on_day's)
_BACK = (
    r"(?:last|past)\s+(?:" + PERIOD_WORDS + "|decade)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d{1,2})\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier|before)"
    r"|years\s+(?:ago|earlier)|a\s+decade\s+ago|earlier\s+this\s+(?:week|month|year)"
)
RELATIVE_PAST_OPENING = re.compile(rf"^(?i:{_BACK})\b(?![’'])")  # not the possessive: "Last year’s floods …"
RELATIVE_PAST_AFTER_VERB = re.compile(rf"\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+(?:{_BACK}),?{_THAT}\s*[:,]?\s*$")
# a short clause after the quote that closes on the time ("“…,” Varga said last week.", "“…,” she told the council
# earlier this month.")
RELATIVE_PAST_CLOSING_CLAUSE = re.compile(rf"^[^.;:!?“”\"]{{0,60}}?\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+(?:{_BACK})\s*[.!?]?\s*$")
CLAUSE_TAIL = 120  # characters of the text before the quote where the verb and its time stand


# the cheap tests before the clause's patterns (str's search, not a pattern tried at every character; written out, as a
# generator's steps cost more than the searches): most clauses name no year and count no time back. A year is "18..",
# "19.." or "20.."; a time counted back after the verb says "last", "past", "ago", "earlier" or "before"; the sentence's
# opening is only read by anchored patterns, which fail at its first letters
BACK_WORD = re.compile(r"[Ll]ast|[Pp]ast|ago\b|[Ee]arlier|before")  # the words a clause counting its time back holds
OPENING_YEAR_LETTERS = ("B", "A", "D", "O")  # OPENING_YEARS' first letters: Back, As, Already, During, At, On


def years_said_in(before: str) -> list[int]:
    """The year the clause before the quote says its words were said in, by the verb or opening the sentence."""
    tail = before[-CLAUSE_TAIL:].rstrip()
    found = YEAR_AFTER_VERB.search(tail) if "20" in tail or "19" in tail or "18" in tail else None
    if found is None:
        opening = before.lstrip()
        if opening.startswith(OPENING_YEAR_LETTERS):
            found = next((m for pattern in OPENING_YEARS if (m := pattern.match(opening))), None)
    return [int(found.group("year"))] if found else []


# a month with no day after it ("July", "March 2021", not "July 4" nor "March 2021-22"), maybe early or late in it
_MONTH_ONLY = rf"(?:(?:early|late|mid)[\s-]+)?{MONTH}(?:,?\s+(?:1[89]|20)\d\d)?(?![\w’'-]|\.\w|,?\s*\d)"
_OCCASION = r"(?:a|an|the|his|her|its|their)"
_YEAR_BEFORE_NOUN = r"(?:\s+(?:1[89]|20)\d\d)?"  # "in a May 2024 speech": the occasion's month and year, no day
# the month opening the sentence, alone or as the occasion's ("In July, …", "Last March …", "Back in May 2019 …", "In a
# September speech, …", "During a visit to the quay in March, …"); not "In July 4" nor a participle's ("Recalling a
# morning in May, she said": the morning recalled, said now)
OPENING_MONTHS = (
    re.compile(rf"^(?:(?:Back|Early|Late)\s+in|In|Last|During|Since|As\s+early\s+as)\s+{_MONTH_ONLY}"),
    re.compile(rf"^(?:In|At|During|On)\s+{_OCCASION}\s+(?:[a-z]+\s+)?{MONTH}{_YEAR_BEFORE_NOUN}\s+[a-z]+(?:\s+[a-z]+)?\s*,"),
    re.compile(rf"^(?:During|At|On|In)\s+{_OCCASION}\s+[^,.;:“”\"]{{1,60}}?\b(?:in|last)\s+{_MONTH_ONLY}\s*,"),
    # a clause of time opening the sentence, its month closing it ("As troops prepared to land in July, …", "When the
    # storm hit last March, …", "After the vote in May, …"): the occasion the words were said at; not "Before …"/"Once …",
    # whose month is often still ahead ("Before the election in May, … told reporters": said on the report's day)
    re.compile(rf"^(?:As|When|While|After)\s+[^,.;:“”\"]{{1,80}}?\b(?:in|last)\s+{_MONTH_ONLY}\s*,"),
)
# the month after the verb of saying and its object of a word or two, right before the quote ("told reporters in July:",
# "wrote last March that", "said in a September speech:"), or closing a short clause after it ("“…,” she said last March.")
_MONTH_AFTER_VERB = (
    rf"\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+"
    rf"(?:(?:in|during|last)\s+{_MONTH_ONLY}|(?:in|at|during)\s+{_OCCASION}\s+{MONTH}{_YEAR_BEFORE_NOUN}\s+[a-z]+(?:\s+[a-z]+)?)"
)
MONTH_AFTER_VERB = re.compile(rf"{_MONTH_AFTER_VERB},?{_THAT}\s*[:,]?\s*$")
MONTH_CLOSING_CLAUSE = re.compile(rf"^[^.;:!?“”\"]{{0,60}}?{_MONTH_AFTER_VERB}\s*[.!?]?\s*$")
SHORT_CLAUSE = 80  # characters of a clause after the quote that only says who said it and when
MONTH_WORD = re.compile(MONTH)  # the cheap test: most clauses name no month


def said_in_a_month(before: str, after: str = "") -> bool:
    """Whether the clause before the quote, or a short one after it, says its words were said in a month it gives no
    day of ("In July, Varga told reporters: “…”", "“…,” Varga said last March.")."""
    tail = before[-CLAUSE_TAIL:].rstrip()
    if MONTH_WORD.search(tail) or MONTH_WORD.search(before[:CLAUSE_TAIL]):
        opening = before.lstrip()
        if any(pattern.match(opening) for pattern in OPENING_MONTHS) or MONTH_AFTER_VERB.search(tail):
            return True
    return len(after) <= SHORT_CLAUSE and MONTH_WORD.search(after) is not None and MONTH_CLOSING_CLAUSE.match(after) is not None


def said_back_then(before: str, after: str = "") -> bool:
    """Whether the clause before the quote, or a short one after it, counts its time back from the report's ('Last year,
    …', 'two years ago', '“…,” Varga said last week.')."""
    tail = before[-CLAUSE_TAIL:].rstrip()
    counted_back = "ago" in tail or "last" in tail or "earlier" in tail or "past" in tail or "before" in tail
    if counted_back and RELATIVE_PAST_AFTER_VERB.search(tail):
        return True
    if len(after) <= SHORT_CLAUSE and BACK_WORD.search(after) and RELATIVE_PAST_CLOSING_CLAUSE.match(after):
        return True
    # an opening in any case ('LAST YEAR, …') counts where a word of BACK_WORD stands in the clause as written
    return bool(RELATIVE_PAST_OPENING.match(before.lstrip())) and BACK_WORD.search(before) is not None


# the present tense of a verb of saying right after the quote ("“…,” says Miller.", "“…,” Miller says.", "“…,” she tells
# me.") or closing the clause before it ("Miller says: “…”", "As Miller says, “…”"): words said to the writer at no day
# the text gives
PRESENT_FORMS = (present_and_past("say")[0], present_and_past("tell")[0])  # "says", "tells"
PRESENT_CUE = "(?:" + "|".join(PRESENT_FORMS) + ")"
THIRD_PERSON = r"(?:he|she|they)"
PRESENT_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:{PRESENT_CUE}\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]|(?:[A-Z][\w’'.-]*\s+){{1,3}}{PRESENT_CUE}\b|{THIRD_PERSON}\s+{PRESENT_CUE}\b)"
)
# "“…,” she says she told them.", "“…,” Orr says he warned the board on May 4", "she tells me she wrote": the present
# verb reports a past act of saying, whose time (a day, a month, the paragraph's) the words have; not "“…,” she says,
# five years after …" nor "she says she is": words said to the writer
REPORTED_PAST_SAYING = re.compile(
    rf"^\s*[,.]?\s*(?:(?:[A-Z][\w’'.-]*\s+){{1,3}}|{THIRD_PERSON}\s+){PRESENT_CUE}(?:\s+{WRITER_OBJECT})?\s+(?:that\s+)?"
    rf"(?:{THIRD_PERSON}|we|I)\s+(?:had\s+)?(?!{PRESENT_CUE}\b){SAYING}\b"
)
# the reported act's own time, no day ("she says she told the board years before", "… wrote in her diary as a girl",
# "… told her children for years", "… long ago", "… once."): not the day the paragraph gives something else; never "that
# day", "at the time", "once more", which are the paragraph's occasion
OWN_TIME_NO_DAY = re.compile(
    rf"\b(?:{_BACK}|(?:years|months|decades|long)\s+(?:before|ago|earlier)"
    r"|(?:for|over)\s+(?:years|months|decades|a\s+(?:decade|lifetime)|(?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d{1,2})\s+(?:years|decades))"
    r"|as\s+a\s+(?:girl|boy|child|kid|teenager|student|schoolgirl|schoolboy|young\s+(?:woman|man))"
    r"|in\s+(?:her|his|their)\s+(?:youth|childhood|teens|twenties|thirties)|once(?=\s*(?:[.,;!?]|$)))\b"
)
PRESENT_BEFORE = re.compile(rf"(?:\b[A-Z][\w’'.-]*|\b{THIRD_PERSON})\s+{PRESENT_CUE}(?:\s+{WRITER_OBJECT})?\s*[:,]?\s*$")


def said_to_the_writer(before: str, after: str = "") -> bool:
    """Whether the attribution clause's verb of saying is in the present tense ("“…,” says Miller", "Miller says: “…”"):
    words a speaker gives the writer, dated by no day of the paragraphs above, of the dateline or of the speaker's last
    words (the clause's own day, "Miller says on Monday", still dates them)."""
    tail, opening = before[-CLAUSE_TAIL:], after[:60]
    if not any(form in tail or form in opening for form in PRESENT_FORMS):
        return False
    if PRESENT_AFTER.match(after) is not None:
        reported = REPORTED_PAST_SAYING.match(after)  # "she says she told them": the day of the act, where it has one
        return reported is None or OWN_TIME_NO_DAY.search(after, reported.end(), reported.end() + CLAUSE_TAIL) is not None
    return PRESENT_BEFORE.search(before[-CLAUSE_TAIL:]) is not None
