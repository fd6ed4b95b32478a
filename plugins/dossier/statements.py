"""Who said what: quoted passages in a report, attributed to one actor each.

Plain functions over the report model (paragraphs with their kind, heading
and notes) and the actor registry. A statement is a block quote (one or
several consecutive quoted paragraphs) or an inline quote of a full clause,
introduced by a speech verb, a "Speaker:" line or heading, or "the
following are the main points of X's speech". Quotes without quotation
marks are paraphrase and never become statements.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .actors import Mention, Registry, fold_chars
from .dates import DATE_PATTERNS, ISO_DATE_PATTERN, MONTHS
from .model import Actor, Paragraph, QuotedSpeech, Report, Statement, without_note_markers

SPEECH_VERBS = (
    "said|says|say|stated|states|told|tells|wrote|writes|explained|explains|replied|replies|responded|responds|"
    "answered|announced|announces|warned|warns|called|calls|added|adds|noted|notes|emphasized|emphasised|emphasizes|"
    "stressed|stresses|declared|declares|asserted|claimed|claims|argued|argues|insisted|continued|concluded|asked|"
    "urged|tweeted|posted|remarked|commented|reiterated|underlined|threatened|proclaimed|admitted|acknowledged|"
    "claim|claiming|saying|stating|adding|noting|writing|explaining|warning|declaring|asking|according to"
)
REPLY_VERBS = {"replied", "replies", "responded", "responds", "answered", "added", "adds", "continued"}
PARTICIPLES = {"saying", "stating", "adding", "noting", "writing", "explaining", "warning", "declaring", "asking", "claiming"}
VERB = re.compile(r"\b(" + SPEECH_VERBS + r")\b", re.I)
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "the", "this", "that"}
MAIN_POINTS = re.compile(
    r"\b(?:the\s+)?following\s+(?:are|is|were|was)\s+(?:some\s+of\s+)?(?:the\s+)?(?:main\s+|key\s+|central\s+)?"
    r"(?:points|excerpts|highlights|parts|statements|remarks|comments|quotes)\s+(?:of|from)\s+(?P<rest>[^:]+?)\s*:?\s*$",
    re.I,
)
WORK_NOUNS = re.compile(
    r"(?:'s|’s)?\s*\b(?P<noun>speech|article|editorial|statements?|remarks|interview|sermon|address|op-ed|column|post|letter|report|comments|words|tweets?)\s*$",
    re.I,
)
TITLE_WORDS = set(
    """president presidential prime minister ministry foreign affairs defense defence interior deputy vice secretary
    general spokesman spokeswoman spokesperson commander chief head leader supreme ambassador envoy representative
    adviser advisor senior former then top army ground forces force navy naval air corps guards guard revolutionary
    islamic member mp parliament parliamentary majlis speaker chairman chair director official officer cleric ayatollah
    grand hojjat sheikh imam dr mr mrs ms gen brig maj col lt admiral colonel major brigadier lieutenant captain governor
    mayor senator sen rep congressman congresswoman lawmaker legislator deputies judge justice attorney prosecutor
    pope bishop rabbi patriarch mufti king queen prince emir crown sultan professor prof analyst journalist editor columnist correspondent national
    security council the of and for to in on at a an his her its their counterpart official's commentator expert
    iranian turkish russian azerbaijani armenian israeli american saudi georgian syrian iraqi chinese""".split()
)
ORGANIZATION_WORDS = set(
    """house ministry office agency council committee parliament government army party times post news press daily
    radio tv network institute university center centre foundation corps forces guards union organization
    organisation association bank company group front movement embassy assembly senate congress court kremlin
    channel newspaper website service""".split()
)
OUTLET_WORDS = {"news", "times", "post", "daily", "radio", "tv", "press", "agency", "channel", "newspaper", "website"}
NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*|(?:al|el|ad|as|bin|ibn|van|von|de|da|di|du|le|la)(?:-\w+)?)"
TAIL_NAME = re.compile(r"(?:" + NAME_TOKEN + r"\s+){0,5}" + NAME_TOKEN + r"$")
TRAILING_FILLER = re.compile(
    r"(?:\s+|,)(?:also|then|later|further|again|merely|once|has|had|have|was|is|were|too|reportedly|publicly|recently|"
    r"explicitly|openly|previously|subsequently|simply|finally|first|\w+ly)$",
    re.I,
)
OCCASIONS = [
    ("cartoon", r"\bcartoons?\b"),
    ("press conference", r"\b(?:press|news) conference|\bpress briefing|\bbriefing\b"),
    ("TV interview", r"\b(?:tv|television|news program(?:me)?|broadcast|talk show)\b"),
    ("interview", r"\binterview"),
    ("speech", r"\bspeech|\baddress(?:ed)?\b|\bsermon|\blecture\b"),
    ("article", r"\barticle|\beditorial|\bop-ed|\bcolumn\b"),
    ("phone call", r"\b(?:tele)?phone\b|\bcall with\b"),
    ("post", r"\btweet|\btwitter\b|\btelegram\b|\binstagram\b|\bposted\b"),
    ("conversation", r"\bconversation|\bdiscussion\b|\bspeaking with\b"),
    ("meeting", r"\bmeeting\b|\bmet with\b|\bmet\b"),
]
OCCASION_PATTERNS = [(name, re.compile(pattern, re.I)) for name, pattern in OCCASIONS]
NOUN_OCCASIONS = {
    "speech": "speech",
    "address": "speech",
    "sermon": "speech",
    "article": "article",
    "editorial": "article",
    "op-ed": "article",
    "column": "article",
    "interview": "interview",
    "post": "post",
    "tweet": "post",
    "tweets": "post",
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEARLESS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d{4})", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s+\d{4})", re.I),
]
# A stance in the speaker's own quoted words: 'X expressed support for "regional negotiations in …"'.
STANCE = re.compile(
    r"\b(?P<verb>expressed|expresses|voiced|voices|called|calls|urged|urges|demanded|demands|pledged|pledges|promised|promises|vowed|vows)"
    r"(?:\s+(?:his|her|its|their|the|strong|full))?(?:\s+(?:support|opposition|concern|hope|readiness|desire|commitment|willingness))?"
    r"(?:\s+(?:for|to|over|about|that|of|with))?\s*$",
    re.I,
)
STANCE_MIN_WORDS = 8
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bMr|\bMrs|\bMs|\bDr|\bGen|\bLt|\bCol|\bSt|\bNo|\bi\.e|\be\.g)\.$")


# --- quotation marks -------------------------------------------------------------------------


@dataclass
class Span:
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the text when unclosed)
    inner_start: int
    inner_end: int
    closed: bool


QUOTE_MARKS = re.compile("''|[“”„«»\"]")


def quote_spans(text: str) -> list[Span]:
    """Top-level double-quoted passages; curly quotes nest, '' closes, an unclosed quote runs to the end."""
    spans: list[Span] = []
    size = len(text)
    opened, inner, depth = -1, 0, 0
    for mark in QUOTE_MARKS.finditer(text):
        index, char = mark.start(), mark.group(0)[0]
        width = len(mark.group(0))
        if opened < 0:
            if char in "»”" and index + 1 < size and not text[index + 1].isspace() and index > 0 and not text[index - 1].isspace():
                continue
            opened, inner, depth = index, index + width, 0
        elif char in "“„«" and width == 1:
            depth += 1
        elif depth and char in "”»":
            depth -= 1
        else:
            spans.append(Span(opened, index + width, inner, index, True))
            opened = -1
    if opened >= 0:
        spans.append(Span(opened, size, inner, size, False))
    return spans


SINGLE_QUOTE = re.compile(r"(?<![\w])['‘](?=[\w\[])(?P<inner>.+?)(?<=[\w.,!?;:)\]…])['’](?![\w])")


def nested_spans(text: str) -> list[Span]:
    """Quotes inside a quoted passage: single quotes, or double ones when the outer marks are gone."""
    spans = [Span(m.start(), m.end(), m.start("inner"), m.end("inner"), True) for m in SINGLE_QUOTE.finditer(text)]
    spans += [s for s in quote_spans(text) if s.closed]
    return sorted(spans, key=lambda s: s.start)


def mask(text: str, spans: list[Span]) -> str:
    """The text with quoted passages blanked out, same length, so sentences and subjects are found outside quotes."""
    chars = list(text)
    for span in spans:
        for i in range(span.inner_start, span.inner_end):
            chars[i] = "_" if not chars[i].isspace() else " "
    return "".join(chars)


def strip_outer_marks(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^(?:[\"“„«]|'')", "", text)
    text = re.sub(r"(?:[\"”»]|'')(?=[\s.…]*$)", "", text)
    return text.strip()


def ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation's full stop; only the tail is looked at, so long texts stay cheap."""
    return bool(ABBREVIATION.search(text[max(0, end - 40) : end]))


def sentence_start(masked: str, position: int) -> int:
    """Where the sentence holding position starts (a full stop after a single initial does not end it)."""
    for match in reversed(list(re.finditer(r"[.!?…]\s+(?=[\"“'‘(\[]?[A-Z0-9_])", masked[:position]))):
        if not ends_with_abbreviation(masked, match.start() + 1):
            return match.end()
    return 0


def sentence_end(masked: str, position: int) -> int:
    for match in re.finditer(r"[.!?…](?=\s+[\"“'‘(\[]?[A-Z0-9]|\s*$)", masked[position:]):
        absolute = position + match.start()
        if not ends_with_abbreviation(masked, absolute + 1):
            return absolute + 1
    return len(masked)


# --- dates ----------------------------------------------------------------------------------


MONTH_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
DIGIT = re.compile(r"\d")  # every date has a digit, and all but the ISO form a month's name


def dates_in(text: str, year_hint: int | None, not_after: dt.date | None) -> list[tuple[int, dt.date]]:
    """Every date in the text with its position; a date without a year takes it from the context."""
    if not DIGIT.search(text):
        return []
    named = MONTH_HINT.search(text) is not None
    if not named and "-" not in text:
        return []
    found: dict[int, dt.date] = {}
    covered: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS if named else [ISO_DATE_PATTERN]:
        for match in pattern.finditer(text):
            month = match.group("month")
            try:
                day = dt.date(int(match.group("year")), int(month) if month.isdigit() else MONTHS[month.lower()], int(match.group("day")))
            except ValueError:
                continue
            found[match.start()] = day
            covered.append((match.start(), match.end()))
    if year_hint and named:
        for pattern in YEARLESS:
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in covered):
                    continue
                try:
                    day = dt.date(year_hint, MONTHS[match.group("month").lower()], int(match.group("day")))
                except ValueError:
                    continue
                if not_after and day > not_after:
                    day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day
                found[match.start()] = day
    return sorted(found.items())


def last_date(text: str, year_hint: int | None, not_after: dt.date | None) -> dt.date | None:
    found = dates_in(text, year_hint, not_after)
    return found[-1][1] if found else None


def occasion_in(*texts: str) -> str:
    for text in texts:
        for name, pattern in OCCASION_PATTERNS:
            if text and pattern.search(text):
                return name
    return ""


# --- naming the speaker ----------------------------------------------------------------------


@dataclass
class Passage:
    """What the extractor knows while it reads one heading's paragraphs."""

    heading: str = ""
    heading_speaker: str | None = None
    last_speaker: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


class Extractor:
    def __init__(self, report: Report, registry: Registry) -> None:
        self.report = report
        self.registry = registry
        self.statements: list[Statement] = []
        self.unattributed: list[tuple[str, str, str]] = []  # (section slug, anchor, quote)
        self.provisional: list[str] = []
        self.open_statement: Statement | None = None  # an inline quote left open at the end of its paragraph
        self.year_hint = report.date.year if report.date else None

    # names

    def preferred(self, mentions: list[Mention]) -> str | None:
        ordered = list(reversed(mentions))
        for kinds in (("person",), ("outlet", "organization", "forum"), ("state",)):
            for mention in ordered:
                if self.registry[mention.actor_id].kind in kinds:
                    return mention.actor_id
        return None

    def clean_name(self, candidate: str) -> tuple[str, bool]:
        """The person's name in a run of capitalised words, without titles and known actors; and whether a title preceded it."""
        tokens = candidate.split()
        titled = False
        while tokens:
            word = fold_chars(tokens[0]).strip(".,'")
            if word in TITLE_WORDS or re.search(r"(?:ian|ish|ese)$", word) or self.registry.known(tokens[0].rstrip("'’s")):
                tokens.pop(0)
                titled = True
                continue
            break
        return " ".join(tokens), titled

    def name_from_tail(self, text: str, context: str) -> str | None:
        """An actor named at the very end of text: a registered name, a pronoun, or a new person's name."""
        text = re.sub(r"[\s,]+$", "", text)
        while True:
            trimmed = TRAILING_FILLER.sub("", text).rstrip(" ,")
            if trimmed == text:
                break
            text = trimmed
        text = re.sub(r"\s*\([^()]*\)$", "", text)
        folded_end = len(text)
        mentions = self.registry.mentions(text, self.report.date)
        if mentions and mentions[-1].end >= folded_end - 2:  # allow a possessive or a closing mark
            return mentions[-1].actor_id
        words = text.split()
        if words and fold_chars(words[-1]) in {"he", "she", "it", "they"}:
            return "pronoun"
        match = TAIL_NAME.search(text)
        if not match:
            return None
        name, titled = self.clean_name(self.drop_title_object(text[: match.start()], match.group(0)))
        return self.person(name, titled, context)

    @staticmethod
    def drop_title_object(before: str, run: str) -> str:
        """'Ambassador to Turkey Mohammad Farazmand': the word after a title's preposition is a place, not a name."""
        tokens = run.split()
        if (
            len(tokens) >= 3
            and re.search(r"\b(?:to|of|in|for|at)\s*$", before)
            and re.search(r"(?i)\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")\s+\w+\s*$", before)
        ):
            return " ".join(tokens[1:])
        return run

    def person(self, name: str, titled: bool, context: str, kind: str = "person") -> str | None:
        """A provisional actor for a name the registry does not know; the same name later reuses it."""
        name = name.strip(" .,'’")
        name = re.sub(r"(?:'s|’s)$", "", name)
        tokens = name.split()
        if not tokens or all(fold_chars(t) in TITLE_WORDS for t in tokens):
            return None
        if self.registry.known(name):
            return self.registry.resolve(name, self.report.date)
        if len(tokens) == 1:
            fuller = re.search(r"((?:" + NAME_TOKEN + r"\s+){1,5})" + re.escape(tokens[0]) + r"\b", context)
            if fuller:
                longer, fuller_titled = self.clean_name(self.drop_title_object(context[: fuller.start()], fuller.group(1) + tokens[0]))
                if len(longer.split()) > 1:
                    return self.person(longer, fuller_titled, "")
                titled = titled or fuller_titled
            if not titled:
                return None
        if fold_chars(tokens[0]) in {"the", "this", "that", "a", "an"}:
            return None
        words = {fold_chars(t) for t in tokens}
        surnames = [tokens[-1], tokens[-1].rsplit("-", 1)[-1]] if len(tokens) > 1 else []
        aliases = [a for a in dict.fromkeys(surnames) if not self.registry.known(a)]
        actor = self.registry.add_provisional(name, self.report.source_path, self.report.line_of(name), aliases)
        actor.kind = kind
        if words & ORGANIZATION_WORDS:
            actor.kind = "outlet" if words & OUTLET_WORDS else "organization"
            actor.aliases = []
        self.provisional.append(actor.id)
        return actor.id

    def phrase(self, text: str, context: str) -> str | None:
        """The actor a speaker phrase names ("Iranian Army Ground Forces Commander Kioumars Heydari")."""
        found = self.name_from_tail(text, context)
        if found and found != "pronoun":
            return found
        return self.preferred(self.registry.mentions(text, self.report.date))

    def subject(self, masked: str, verb: re.Match, passage: Passage, context: str) -> tuple[str | None, str]:
        """Who does the speaking verb: the name just before it, else the sentence's first actor or pronoun."""
        start = sentence_start(masked, verb.start())
        before = masked[start : verb.start()]
        word = verb.group(1).lower()
        quoted_as = re.search(r"\bquot(?:ed|ing)\s+(?P<who>.+?)\s+as$", before.strip())
        if word == "saying" and quoted_as:
            found = self.phrase(quoted_as.group("who"), context)
            if found:
                return found, f"quoted as saying ({word})"
        if word not in PARTICIPLES and word != "according to":
            tail = self.name_from_tail(before, context)
            if tail == "pronoun":
                pronoun = before.split()[-1] if before.split() else "he"
                return self.referent(masked, verb.start(), pronoun, passage), f"'{word}' after a pronoun"
            if tail:
                return tail, f"speech verb '{word}'"
        if word == "according to":
            after = masked[verb.end() : sentence_end(masked, verb.end())]
            who = re.split(r"[,;:]", after, maxsplit=1)[0]
            found = self.phrase(who, context)
            return found, "according to"
        first = self.first_subject(before, passage, masked, start)
        if first:
            return first, f"speech verb '{word}' (subject of the sentence)"
        return None, ""

    def first_subject(self, text: str, passage: Passage, masked: str = "", position: int = 0) -> str | None:
        pronoun = re.search(r"\b(he|she|it|they)\b", text, re.I)
        mentions = [m for m in self.registry.mentions(text, self.report.date) if self.registry[m.actor_id].kind != "state"]
        if pronoun and (not mentions or pronoun.start() < mentions[0].start):
            return self.referent(masked, position, pronoun.group(1), passage)
        return mentions[0].actor_id if mentions else None

    def referent(self, masked: str, position: int, pronoun: str, passage: Passage) -> str | None:
        """Whom a pronoun means: the subject of the nearest sentence above that names a fitting actor, else the passage's speaker."""
        kinds = (
            ("outlet", "organization", "forum", "state")
            if pronoun.lower() in ("it", "its")
            else ("person",)
            if pronoun.lower() in ("he", "she", "his", "her")
            else None
        )
        found = None
        text = masked[:position]
        starts = [0] + [m.end() for m in re.finditer(r"[.!?…]\s+(?=[A-Z\"“])", text)]
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            for mention in self.registry.mentions(text[start:end], self.report.date):
                if kinds is None or self.registry[mention.actor_id].kind in kinds:
                    found = mention.actor_id
                    break
        if found and (kinds is None or passage.last_speaker is None or self.registry[passage.last_speaker].kind in kinds):
            return found
        return passage.last_speaker or found

    def lead(self, text: str) -> str | None:
        masked = mask(text, quote_spans(text))
        first = masked[: sentence_end(masked, 0)]
        mentions = self.registry.mentions(first, self.report.date)
        actors = [m.actor_id for m in mentions if self.registry[m.actor_id].kind != "state"]
        return actors[0] if actors else None

    def heading_speaker(self, heading: str, body: str) -> str | None:
        """`Speaker: "quote"` or `Outlet: headline`: the speaker governs the section.

        A name the registry does not know counts when the section's text has it speak ("Kayhan wrote").
        """
        match = re.match(r"^(?P<who>[^:\"“”]{2,140}?)\s*:\s*(?P<rest>.*)$", heading)
        if not match:
            return None
        who, rest = match.group("who").strip(), match.group("rest")
        if len(who.split()) > 12:
            return None
        if rest and rest[0] not in "\"“'‘«":
            mentions = self.registry.mentions(who, self.report.date)
            if mentions and mentions[-1].end >= len(who) - 2:
                return mentions[-1].actor_id
        else:
            found = self.phrase(who, heading)
            if found:
                return found
        if re.fullmatch(r"(?:" + NAME_TOKEN + r"\s+){0,2}" + NAME_TOKEN, who) and re.search(
            r"\b" + re.escape(who) + r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:" + SPEECH_VERBS + r")\b", body
        ):
            return self.person(who, True, body, kind="person" if len(who.split()) > 1 else "unknown")
        return None

    # extraction

    def run(self) -> None:
        for section in self.report.sections:
            passage = Passage()
            paragraphs = section.paragraphs
            index = 0
            while index < len(paragraphs):
                paragraph = paragraphs[index]
                if paragraph.heading != passage.heading or (not passage.paragraphs and not passage.heading):
                    passage = Passage(paragraph.heading)
                    body = " ".join(p.text for p in paragraphs if p.heading == paragraph.heading)
                    passage.heading_speaker = self.heading_speaker(paragraph.heading, body) if paragraph.heading else None
                    passage.last_speaker = passage.heading_speaker
                if paragraph.kind == "caption":
                    index += 1
                    continue
                if paragraph.kind == "quote" or self.whole_quote(paragraph):
                    index = self.block(section.slug, paragraphs, index, passage)
                else:
                    self.open_statement = None
                    self.inline(section.slug, paragraphs, index, passage)
                    passage.paragraphs.append(paragraph)
                    index += 1

    def whole_quote(self, paragraph: Paragraph) -> bool:
        text = without_note_markers(paragraph).strip()
        spans = quote_spans(text)
        return bool(spans) and spans[0].start == 0 and (not spans[0].closed or spans[0].end >= len(text.rstrip(" .")) - 1) and len(spans) == 1

    def block(self, section_slug: str, paragraphs: list[Paragraph], index: int, passage: Passage) -> int:
        run: list[Paragraph] = []
        position = index
        while position < len(paragraphs) and paragraphs[position].heading == passage.heading:
            candidate = paragraphs[position]
            if candidate.kind == "caption":
                position += 1
            elif candidate.kind == "quote":
                run.append(candidate)
                position += 1
            elif not run and self.whole_quote(candidate):
                run.append(candidate)
                position += 1
                break
            else:
                break
        texts = [strip_outer_marks(without_note_markers(p)) for p in run]
        continuing, self.open_statement = self.open_statement, None
        if continuing is not None and continuing.section_slug == section_slug and continuing.heading == passage.heading:
            continuing.paragraphs.extend(texts)
            if not continuing.note_key:
                continuing.note_key = self.note_of(run, [])
            self.finish(continuing, paragraphs, position, passage, "".join(texts))
            return position
        introducer = passage.paragraphs[-1] if passage.paragraphs else None
        speaker, reason, intro_text, noun = self.introduced_by(introducer, passage)
        if not speaker:
            self.unattributed.append((section_slug, run[0].anchor, " ".join(texts)[:200]))
            return position
        note_key = self.note_of(run, paragraphs[position:])
        statement = Statement(
            speaker, self.report.slug, section_slug, run[0].anchor, texts, False, reason=reason, heading=passage.heading, note_key=note_key
        )
        statement.occasion = NOUN_OCCASIONS.get(noun, "") or occasion_in(intro_text[-300:], intro_text)
        self.date(statement, [intro_text], passage, reply=False)
        self.add(statement, intro_text + " " + " ".join(texts), passage)
        self.finish(statement, paragraphs, position, passage, " ".join(texts))
        return position

    def introduced_by(self, introducer: Paragraph | None, passage: Passage) -> tuple[str | None, str, str, str]:
        """Who the paragraph above a block quote introduces; else the heading's speaker."""
        if introducer is not None:
            text = without_note_markers(introducer).strip()
            spans = quote_spans(text)
            masked = mask(text, spans)
            if spans and not spans[-1].closed:
                masked = masked[: spans[-1].start]
            last = masked[sentence_start(masked, len(masked.rstrip())) :].strip()
            main = MAIN_POINTS.search(last)
            if main:
                rest = main.group("rest")
                noun_match = WORK_NOUNS.search(rest)
                noun = noun_match.group("noun").lower() if noun_match else ""
                who = rest[: noun_match.start()] if noun_match else rest
                if not who.strip() or fold_chars(who.split()[0]) in PRONOUNS:
                    if passage.last_speaker:
                        return passage.last_speaker, "the main points of (passage speaker)", text, noun
                else:
                    found = self.phrase(who, self.context(passage))
                    if found:
                        return found, "the main points of", text, noun
            if last.endswith(":") or VERB.search(last):
                verbs = list(VERB.finditer(last))
                if verbs:
                    offset = len(masked) - len(masked[sentence_start(masked, len(masked.rstrip())) :].lstrip())
                    speaker, reason = self.subject(masked, _Shifted(verbs[-1], offset), passage, self.context(passage))
                    if speaker:
                        return speaker, reason, text, ""
                elif last.endswith(":") and len(last.split()) <= 14:
                    found = self.phrase(last[:-1], self.context(passage))
                    if found:
                        return found, "speaker line above the quote", text, ""
                if last.endswith(":") and passage.last_speaker:
                    return passage.last_speaker, "introduced by the paragraph above (passage speaker)", text, ""
        if passage.heading_speaker:
            return passage.heading_speaker, "heading names the speaker", passage.heading, ""
        return None, "", "", ""

    def context(self, passage: Passage) -> str:
        return " ".join(p.text for p in passage.paragraphs[-4:])

    def inline(self, section_slug: str, paragraphs: list[Paragraph], index: int, passage: Passage) -> None:
        paragraph = paragraphs[index]
        text = without_note_markers(paragraph)
        spans = quote_spans(text)
        masked = mask(text, spans)
        context = self.context(passage) + " " + text
        for verb in VERB.finditer(masked):  # keep track of who is speaking, for pronouns later on
            if verb.group(1).lower() not in PARTICIPLES and not any(s.start <= verb.start() < s.end for s in spans):
                speaker, _ = self.subject(masked, verb, passage, context)
                if speaker:
                    passage.last_speaker = speaker
        for number, span in enumerate(spans):
            quote = text[span.inner_start : span.inner_end].strip()
            if len(re.findall(r"\w+", quote)) < 4:
                continue
            speaker, reason = self.inline_speaker(text, masked, span, passage, context, paragraph)
            if not speaker:
                continue
            following = spans[number + 1].start if number + 1 < len(spans) else len(text)
            note_key = self.note_in(paragraph, span.start, following) or self.note_of([], paragraphs[index + 1 :])
            statement = Statement(
                speaker,
                self.report.slug,
                section_slug,
                paragraph.anchor,
                [strip_outer_marks(text[span.start : span.end])],
                True,
                reason=reason,
                heading=passage.heading,
                note_key=note_key,
            )
            start = sentence_start(masked, span.start)
            before = text[start : span.start]
            after = text[span.end : sentence_end(masked, span.end)]
            statement.occasion = occasion_in(before, text[: span.start], *self.context_about(passage, speaker))
            is_reply = bool(re.search(r"\b(" + "|".join(REPLY_VERBS) + r")\b", before, re.I))
            extra = [after] if paragraph.kind == "item" or len(after.split()) <= 12 else []
            self.date(statement, [before, *extra, text[: span.start]], passage, reply=is_reply)
            self.add(statement, before + " " + quote, passage)
            if not span.closed:
                self.open_statement = statement
            self.finish(statement, paragraphs, index + 1, passage, quote)

    def inline_speaker(self, text: str, masked: str, span: Span, passage: Passage, context: str, paragraph: Paragraph) -> tuple[str | None, str]:
        """Who speaks an inline quote; a quoted fragment ("he called it 'destructive'") has no speaker."""
        start = sentence_start(masked, span.start)
        before = masked[start : span.start]
        name_line = re.match(r"^\s*(?P<who>[^.!?:]{2,100}?)\s*:\s*$", before)
        verbs = list(VERB.finditer(before))
        quote = text[span.inner_start : span.inner_end].lstrip(" .…[")
        clause = quote[:1].isupper() or quote[:1].isdigit()
        if verbs:
            verb = verbs[-1]
            gap = before[verb.end() :].strip()
            gap_words = gap.split()
            introduces = not gap or gap.endswith(":") or gap_words[-1].lower() == "that" or gap.lower().endswith("as saying")
            if len(gap_words) <= 6 and (introduces or (clause and gap.endswith(","))):
                speaker, reason = self.subject(masked, _Shifted(verb, start), passage, context)
                if not speaker and verb.group(1).lower() in PARTICIPLES:
                    rest = masked[span.end : sentence_end(masked, span.end)]
                    speaker = self.first_subject(rest, passage, masked, span.start)
                    reason = f"speech verb '{verb.group(1).lower()}' (subject after the quote)"
                if not speaker:
                    lead = self.lead(text)
                    if lead and self.registry[lead].kind in ("outlet", "organization", "forum"):
                        speaker, reason = lead, f"'{verb.group(1).lower()}' in a passage about the outlet's own publication"
                return speaker, reason
        stance = STANCE.search(before)
        if stance and len(quote.split()) >= STANCE_MIN_WORDS:
            speaker, _ = self.subject(masked, _Shifted(stance, start), passage, context)
            if speaker:
                return speaker, f"own words after '{' '.join(stance.group(0).split()).lower()}'"
        if name_line and not verbs:
            found = self.phrase(name_line.group("who"), context)
            if found:
                return found, "speaker line before the quote"
        after = masked[span.end : sentence_end(masked, span.end)]
        post = re.match(r"^[\s,]*(?P<who>[^.!?\"“”]{1,80}?)\s+(?P<verb>" + SPEECH_VERBS + r")\b", after, re.I)
        inverted = re.match(
            r"^[\s,]*(?P<verb>said|says|wrote|writes|added|explained|noted|stated|according to)\s+(?P<who>[^.,!?;]{1,80})", after, re.I
        )
        if inverted:
            found = self.phrase(inverted.group("who"), context)
            if found:
                return found, f"'{inverted.group('verb').lower()}' after the quote"
        if post:
            who = post.group("who")
            if fold_chars(who.split()[-1]) in {"he", "she", "it", "they"}:
                return self.referent(masked, span.start, who.split()[-1], passage), f"'{post.group('verb').lower()}' after the quote, by a pronoun"
            found = self.phrase(who, context)
            if found:
                return found, f"'{post.group('verb').lower()}' after the quote"
        return None, ""

    # sources, dates, places

    def note_in(self, paragraph: Paragraph, start: int, end: int) -> str | None:
        best = None
        for key in paragraph.note_keys:
            position = paragraph.text.find(f"[{key}]", start)
            if position >= 0:
                best = best or (position, key)
                best = min(best, (position, key))
        return best[1] if best else None

    def note_of(self, run: list[Paragraph], following: list[Paragraph]) -> str | None:
        for paragraph in reversed(run):
            if paragraph.note_keys:
                return paragraph.note_keys[-1]
        looked = 0  # prose paragraphs looked at; a quoted passage that follows counts as part of this one
        heading = run[0].heading if run else (following[0].heading if following else "")
        for paragraph in following:
            if paragraph.heading != heading or looked >= 2:
                break
            if paragraph.kind == "caption":
                continue
            if paragraph.note_keys:
                return paragraph.note_keys[0]
            if paragraph.kind != "quote":
                looked += 1
        return None

    def context_about(self, passage: Passage, speaker: str) -> list[str]:
        """The paragraphs just above that name the speaker, nearest first: they often give the date and occasion."""
        surname = fold_chars(self.registry[speaker].name.split()[-1])
        return [
            paragraph.text
            for paragraph in reversed(passage.paragraphs[-3:])
            if surname in fold_chars(paragraph.text) or any(m.actor_id == speaker for m in self.registry.mentions(paragraph.text, self.report.date))
        ]

    def date(self, statement: Statement, texts: list[str], passage: Passage, reply: bool) -> None:
        note = self.report.notes.get(statement.note_key) if statement.note_key else None
        hint = note.date.year if note and note.date else self.year_hint
        limit = self.report.date
        for text in [*texts, *self.context_about(passage, statement.speaker)]:
            found = last_date(text, hint, limit) if text else None
            if found:
                statement.date, statement.date_basis = found, "text"
                return
        if note and note.date:
            statement.date, statement.date_basis = note.date, "note"
        elif self.report.date:
            statement.date, statement.date_basis = self.report.date, "report"

    def finish(self, statement: Statement, paragraphs: list[Paragraph], position: int, passage: Passage, quote: str) -> None:
        """A date line under the quote (quote collections) dates it; nested quotes are recorded."""
        while position < len(paragraphs) and paragraphs[position].kind == "caption":
            position += 1
        if position < len(paragraphs) and paragraphs[position].heading == statement.heading:
            line = without_note_markers(paragraphs[position]).strip(" ()[]–—-.")
            if len(line.split()) <= 8 and not quote_spans(line):
                note = self.report.notes.get(statement.note_key) if statement.note_key else None
                found = last_date(line, note.date.year if note and note.date else self.year_hint, self.report.date)
                if found:
                    statement.date, statement.date_basis = found, "text"
        known = {q.text for q in statement.quoted}
        for inner_speaker, inner_text in self.nested(quote, passage):
            if inner_text not in known:
                statement.quoted.append(QuotedSpeech(inner_speaker, inner_text))
                known.add(inner_text)

    def nested(self, quote: str, passage: Passage) -> list[tuple[str, str]]:
        found = []
        spans = nested_spans(quote)
        masked = mask(quote, spans)
        for span in spans:
            before = masked[sentence_start(masked, span.start) : span.start]
            verbs = list(VERB.finditer(before))
            if not verbs or len(before[verbs[-1].end() :].split()) > 4:
                continue
            inner = quote[span.inner_start : span.inner_end].strip()
            if len(inner.split()) < 3:
                continue
            speaker = self.name_from_tail(before[: verbs[-1].start()], "")
            if speaker and speaker != "pronoun":
                found.append((speaker, inner))
        return found

    def add(self, statement: Statement, passage_text: str, passage: Passage) -> None:
        mentioned = [m.actor_id for m in self.registry.mentions(passage_text, statement.date)]
        statement.mentions = [a for a in dict.fromkeys(mentioned) if a != statement.speaker]
        passage.last_speaker = statement.speaker
        self.statements.append(statement)


class _Shifted:
    """A regex match moved by an offset, so a verb found in a slice can be used on the whole text."""

    def __init__(self, match: re.Match, offset: int) -> None:
        self._match, self._offset = match, offset

    def start(self) -> int:
        return self._match.start() + self._offset

    def end(self) -> int:
        return self._match.end() + self._offset

    def group(self, index: int = 0) -> str:
        return self._match.group(index)


@dataclass
class Extraction:
    statements: list[Statement]
    provisional: list[Actor]
    unattributed: list[tuple[str, str, str]]


def extract_statements(report: Report, registry: Registry) -> Extraction:
    """The report's statements in reading order; unknown speakers are added to the registry as provisional."""
    extractor = Extractor(report, registry)
    extractor.run()
    used = {s.speaker for s in extractor.statements} | {q.actor_id for s in extractor.statements for q in s.quoted}
    provisional = []
    for actor_id in dict.fromkeys(extractor.provisional):
        if actor_id in used:
            provisional.append(registry[actor_id])
        else:
            registry.remove(actor_id)
    for statement in extractor.statements:
        statement.mentions = [a for a in statement.mentions if a in registry]
    return Extraction(extractor.statements, provisional, extractor.unattributed)
