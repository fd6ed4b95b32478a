"""Telling headings from paragraphs: a line's heading shape, the many kinds of subhead (numbered, quoted, asked,
run in), contents lists' headings and the levels headings get."""

from __future__ import annotations

import itertools
import re

from .bylines import MONTH, _is_date_line
from .captions import DAY, FULL_DATE
from .contactlines import CONTACT_LINE, MEMO_FIELD, PHONE_NUMBER
from .dates import find_date, find_line_date
from .importunits import (
    CITED_YEAR,
    CLAUSE_MARKER_GAP,
    NOTE_MARKER,
    PART_LABEL,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SMALL_WORDS,
    TERMINAL,
    WORD,
    Meta,
    Unit,
    is_title_case,
)
from .leadins import SAYING_AT_END, SAYING_LEAD_IN, SAYING_VERB, WH_HEADING, clause_leading_in
from .roman import is_roman, roman_value
from .text import squash_spaces

BULLET = re.compile(r"^[•\-–*·▪◦‣■□◼◾]\s+(?P<text>\S.*)$")  # a PDF's square bullets too ('■ In May, …')
PHOTO_CREDIT = re.compile(
    r"[—–]\s*(?:[A-Z][\w.'’-]*\s+){0,3}(?:Getty Images|AFP|Reuters|AP|EPA|Bloomberg|Shutterstock|Alamy|Anadolu|Sipa USA|Pool)"
    r"(?:/[\w ]+)?(?:\s+via\s+Getty Images)?\s*$"
    r"|[—–]\s*(?i:picture|photo(?:graph)?|image)\s+(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*$"
)  # "Zelensky in Munich on Feb. 14.Sven Hoppe—Getty Images", "… in Shah Alam. — Picture by Jane Roe": a caption and its credit
# a sentence ended inside a short line and a few words after it: a photo's caption and its credit copied as one line
CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
# not a question: "Four to Ten Years. Long or Short?"; nor a section's Roman number: "VIII. Humanitarian situation"
CAPTION_AND_CREDIT = re.compile(r"(?!(?<!\w)[IVXLCDM]+\.)\w{4,}\.\s+[A-Z][\w’'-]*(?:\s+\S+){0,6}(?<![.?!:])$")
TIME_LINE = re.compile(r"^\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?$")  # "12:00 P.M. CST" in a transcript
CONTENTS_HEADINGS_MIN = 5  # lines the contents list names, standing alone in the text: it names the text's sections
CONTENTS_TITLE_KINDS = ("heading", "paragraph", "figure")
NOTE_MARKER_AT_END = re.compile(r"\[\^?\d+\]$")


def contents_heading_levels(body: list[Unit], inferred: list[str]) -> None:
    """A long report printed with a table of contents (a PDF's, with dot leaders) names its sections there: where five
    or more of its lines stand alone in the text, each is a section's heading (also in the capitals the page sets it in),
    and the other headings are sub-sections under them; a line read as a heading that the contents do not name and that
    ends a sentence, leads into a quotation (':') or opens with a paragraph's number ('141.  Sir Richard …', 'US pitch.”',
    'The order was:') is a paragraph."""
    named = [unit for unit in body if unit.data.get("contents title") and unit.kind in CONTENTS_TITLE_KINDS]
    if len(named) < CONTENTS_HEADINGS_MIN:
        return
    for unit in body:
        if unit.data.get("contents title") and unit.kind in CONTENTS_TITLE_KINDS:
            unit.kind, unit.level = "heading", 2  # also a title with its date that was read as a photo's caption
            if in_capitals(unit.text) and not in_capitals(unit.data["contents title"]):
                unit.text = unit.data["contents title"]  # 'MR BLAIR’S MEETING WITH MR ANNAN, …' as the contents write it
        elif unit.kind == "heading":
            text = NOTE_MARKER_AT_END.sub("", unit.text).rstrip()
            leads_in = text.endswith(":") and not (is_title_case(text) and len(text.split()) >= 2)  # "Key Assessments:" heads
            if NUMBERED_PARAGRAPH.match(text) or text[:1] in QUOTE_OPEN + "‘" or text[:1].islower() or leads_in:
                unit.kind, unit.level = "paragraph", 0  # a paragraph, a quotation or its tail
            elif text.rstrip(QUOTE_CLOSE + "’)")[-1:] in TERMINAL:
                unit.kind, unit.level = "paragraph", 0
            else:
                unit.level = 3
    inferred.append(f"{len(named)} lines the contents list names read as the sections' headings, the other headings as sub-sections")


NUMBERED_PARAGRAPH = re.compile(r"^\d{1,4}\.\s+\S")  # "107.  Setting out …": an official report's numbered paragraph


TURN_LABEL = re.compile(
    r"^(?:Q(?:\s{2,}|:|\.\s)|(?:(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM)\.|THE|SECRETARY|AMBASSADOR|MODERATOR)(?:\s+[A-Z][A-Z’'.-]+){0,3}:\s)"
)


BYLINE_IN_BRACKETS = re.compile(r"\(By\s+[A-Z][^()]{2,60}\)")


# a line that stops on an article, a preposition or a verb "to be" is a sentence whose link text a scrape lost
# ("In fact, 21 migrants died every day in 2025, according to"), never a heading
QUOTED_PHRASE_HEADING = re.compile(r"['‘\"“][A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}['’\"”](?:\s+[a-z][\w-]*){1,2}")
DANGLING_END = re.compile(
    r"(?:,|\b(?:to|of|the|a|an|and|or|by|with|from|is|are|was|were|that|its|their|his|her|include|includes|including))$"
)  # "Issues of potential disagreement or contention include" leads into the list below it


# a heading the crawl ran into its gloss in brackets: "Russian Supporting Effort – Northern Axis(Russian objective: Create …)"
GLOSSED_HEADING = re.compile(r"^(?P<head>[A-Z][^()]{2,80}?)(?P<space>\s?)\((?P<gloss>[^()]{3,220})\)$")


# an archive document's security marking and its place-and-date line, on lines of their own
CLASSIFICATION_MARK = re.compile(
    r"^(?:Top Secret|Most Secret|Secret|Confidential|Restricted|Unclassified|For Official Use Only)(?:\s*(?:[-–—/]\s*)?(?:and )?(?:Personal|Urgent|Immediate|Priority|NOFORN|Eyes Only|Guard))*\.?$",
    re.I,
)
PLACE_DATE_LINE = re.compile(  # a place of one or two words, no digest's or report's name ("Ukraine Conflict Update, February 18, 2022")
    r"^(?!.*\b(?:Update|Report|Brief|Briefing|Digest|Review|Summary|News|Daily|Weekly|Bulletin|Assessment)\b)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)?,\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$"
)


SALUTATION = re.compile(r"^Dear\s+\S[^.!?]{0,60},$")  # 'Dear Prime Minister,' opening a letter
TABLE_ROW = re.compile(r"^[^|]+(?:\|[^|]*){2,}$")  # three cells or more parted by "|": a table's row copied as a line


# "Again Inspector Kalder replied: 'No.'": a verb of saying in lower case, then a colon or comma and the quotation it
# introduces, is a sentence (a one-line answer in an interview write-up); a headline writes "Kalder Says 'No'" with none
SAYING_THEN_QUOTE = re.compile(SAYING_VERB.pattern + r"[^:.!?\"“‘']{0,40}[:,]\s*[\"“„«‘']\S")


CLAUSE_END_WITH_MARKER = re.compile(CLAUSE_MARKER_GAP)  # 'Skerry (Harbourland); 2': a clause closed with its note's number


def looks_like_heading(text: str, next_unit: Unit | None) -> bool:
    if REFERENCE_ENTRY.search(text):
        return False  # a reading list's entry or its wrapped tail: 'Quas A., Mason C. (2022)', '… Luxembourg, 2020 (link)'
    glossed = GLOSSED_HEADING.match(text)
    if glossed and _glossed_heading(glossed, next_unit):
        return True
    if QUOTED_PHRASE_HEADING.fullmatch(text) and next_unit is not None and len(next_unit.text) > 3 * len(text):
        return True  # "'Gag law' defence": a subhead quoting a phrase and going on, above the prose it heads
    if len(text) > 250 or text[0] in QUOTE_OPEN or text.endswith((",", ";")) or CLAUSE_END_WITH_MARKER.search(text) or DANGLING_END.search(text):
        return False
    if TABLE_ROW.match(text):
        return False  # "Reporting Source| Timeframe Assessed| Claimed Gains": a table's row (its header row too), no heading
    if TURN_LABEL.match(text) or TIME_LINE.match(text) or PHOTO_CREDIT.search(text):
        return False  # a transcript's short turn ("Q    And on Boebert?") or time, or a photo's caption: not a heading
    if MEMO_FIELD.match(text) or (next_unit is not None and SALUTATION.match(next_unit.text.strip()) and _is_date_line(Unit(0, text))):
        return False  # 'To: …' / 'From: …' / '4 March 2019' over a letter's salutation: its memo head
    if (PHONE_NUMBER.search(text) and "@" in text) or CONTACT_LINE.match(text):
        return False  # an office's address line, its telephone and e-mail ('HEAD OFFICE, 12 Quay Road, Tel: +44 …, Email: …'), a contact line
    if CLASSIFICATION_MARK.match(text) or PLACE_DATE_LINE.match(text):
        return False  # a document's "Top Secret" marking or its "Canberra, 30 June 1965" line: no section of it
    if len(text) <= 80 and CLOCK.search(text) and _is_date_line(Unit(0, text, "paragraph")):
        return False  # "Friday, 22 Nov 2024 4:55 PM MYT": the story's time stamp, no heading (a digest's "Monday, March 3" has no clock)
    if POST_SIGNATURE.match(text):
        return False  # "— Jane Roe (@janeroe) March 4, 2021": an embedded post's signature
    if BYLINE_IN_BRACKETS.fullmatch(text) or (text[0] == "[" and text[-1] == "]"):
        return False  # "(By Michael Gerson)" over an article a statement reprints, "[From the Washington Post, Sept. 23, 2009]": not headings
    said = text.split(":", 1)[1] if _is_speaker_shape(text) else ""
    if said and FIRST_PERSON_CLAUSE.search(said):
        return False  # a debate's turn that opens by moving a motion ("Mr J ROE: Chairperson, I move:"): said, no heading
    if BRACKETED_NOTE.fullmatch(text):
        return False  # "(Draft Resolution)", "(Continued)": a note in brackets on the item above it, no heading
    if _numbered_lead_in(text, next_unit):
        return False  # "1. The Minister of Finance:" over "(a) Report of …": an order paper's numbered item over its papers
    if LEAD_IN_DASH.search(text) and next_unit is not None and (BULLET.match(next_unit.text) or ENUMERATED.match(next_unit.text)):
        return False  # a motion's or a resolution's opening clause over its numbered points ("That the Council -"), no heading
    if any(mark in said for mark in QUOTE_OPEN) and not is_title_case(said):
        return False  # a quote collection's "Name, Office: “We thank …” [Tweet, 10/18/23]"; not a dispatch's 'Kayhan: "Time To Act"'
    if text.endswith(":") and len(text.split()) > 5 and not is_title_case(text):
        return False  # "Russian forces are engaged in four efforts:" introduces what follows
    if SAYING_LEAD_IN.search(text) or SAYING_THEN_QUOTE.search(text) or (SAYING_AT_END.search(text) and not WH_HEADING.match(text)):
        return False  # "It also noted:", "Scientist Jane Roe told Norland Watch:": a clause leading into a quotation, or with it
    if text.endswith(":") and next_unit is not None and BULLET.match(next_unit.text) and not is_title_case(text):
        return False  # "Stage two - May 4:" over the list of what it brings is the list's caption, as its siblings are
    if text.endswith(":") and next_unit is not None and next_unit.text[:1] in QUOTE_OPEN + "‘" and not is_title_case(text):
        return False  # "Mara Kent recalled:", "A guard described the nights:" over the quotation it leads into
    if clause_leading_in(text):
        return False  # "Well, the Herald has the receipts:", "And then this:": a clause leading into the words under it
    if MOTION.match(text) or (text.endswith(":") and next_unit is not None and MOTION.match(next_unit.text) and not is_title_case(text)):
        return False  # a record's question put ("The question is:" / "That Part IV Stands Part of the Bill"): its proceedings
    if text.endswith(".") and not text.endswith("...") and not _capitals_heading_with_stop(text, next_unit):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    content = [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if len(content) >= 10 and sum(1 for w in content if w[0].islower() and len(w) >= 4) >= 2:
        return False  # a long line of names with lower-case verbs and nouns between them is a caption or a sentence, not a title
    if CAPTION_AND_CREDIT.search(text):
        return False  # "The SatMena offices in Muscat. Eman Ali for Rest of World": a photo's caption and credit on one line
    if is_title_case(text) and len(WORD.findall(text)) >= 1:
        return True
    # Sentence-case headings: short, unpunctuated, followed by prose. A sentence's end inside a closing quotation mark
    # ('… delegitimizing his election."') or before a note's number an OCR garbled ('Russia investigation.!*6') ends a
    # sentence a page break cut off, no heading.
    if SENTENCE_END_BEFORE_MARK.search(text):
        return False
    opens = text[0].isupper() or COUNT_AT_LEAST.match(text) is not None
    return len(text) <= 70 and opens and text[-1] not in TERMINAL and next_unit is not None and len(next_unit.text) > 2 * len(text)


COUNT_AT_LEAST = re.compile(r"^\d[\d,]*\+ [a-z]")  # '40+ owners, so far': a subhead opening on a count, as 'Forty owners' does
BRACKETED_NOTE = re.compile(r"\([^()]{2,60}\)")
NUMBERED_LEAD_IN = re.compile(r"^\d{1,2}\.\s+\S[^:]{0,120}:$")  # "2. The Minister of Home Affairs:"
LETTERED_SUBITEM = re.compile(r"^\((?:[a-z]|[ivx]{1,4})\)\s+\S")  # "(a) Report of …", "(iii) …"


def _numbered_lead_in(text: str, next_unit: Unit | None) -> bool:
    """A numbered line ending in a colon, the lettered items it leads into right under it: a list's item with its own
    items (an order paper's "1. The Minister of Finance:" over the papers tabled), no section's heading."""
    return NUMBERED_LEAD_IN.match(text.strip()) is not None and next_unit is not None and LETTERED_SUBITEM.match(next_unit.text.strip()) is not None


# a motion as a chamber words it: "That the Bill be read a second time", "That clause 4 stand part of the Bill", "That the
# Motion be agreed to", "That this House do now adjourn"
MOTION = re.compile(
    r"^That\s+\S.{0,60}?\b(?i:be|stands?|do)\s+(?i:now\s+)?(?i:agreed|read|reported|part|adjourn|put|passed|approved|referred|adopted|withdrawn)\b"
)
FIRST_PERSON_CLAUSE = re.compile(r"(?:^|[,;]\s*)I\s+(?-i:[a-z]{2,})\b")  # "Chairperson, I move:", "I rise to ask:"
LEAD_IN_DASH = re.compile(r"\S\s+[-–—]$")  # a clause that a dash leads on into the points below it
ENUMERATED = re.compile(r"^(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])[.)])\s+\S")  # "(1) notes …", "(a) …", "2. …"
SENTENCE_END_BEFORE_MARK = re.compile(r"[a-z][.!?](?:[”\"’']+|[^\w\s]+\d{0,3}|\d{1,3})$")


REFERENCE_ENTRY = re.compile(
    r"\(link\)|\bdoi:\s?10\.|\bISBN\b|\b[A-Z][\w’'-]+,? [A-Z]\.(?:,| and\b| \(\d{4})|,\s+issue\s+\d+,"
    r"|\d,\s?at\s\d+(?:-\d+)?\b|et\s?al\.,"  # a legal footnote's pin cite ('Comey 11/15/17 302, at 3-4'), 'Bensinger et al.,' (OCR: 'Bensingeret al.,')'
    # a cited work's title closed with its comma ('Hosts "Fox News Sunday," Interview with …'); a cited date in brackets
    # that a note goes on after ('… Press Secretary (Dec. 29, 2016). 81 12/29/16 Email, …')
    r"|\w,[\"”]\s+\S|\((?:[A-Z][a-z]{2,8}\.?\s?\d{1,2},\s?\d{4})\)[.,;]\s+\S"
    # an author-date entry as a paper's reference list writes it, its year set off by commas after an author's name
    # ('Roe, Jane, 1999, Harbour Law, …', 'HPA - Harbour Ports Authority, 2001a, …', 'Roe, J.A. 1967, Tides, …'); never
    # a heading with a year between commas ('Harbour dues, 2024, at a glance')
    r"|^(?:[A-Z][\w’'-]+, (?:[A-Z][\w’'-]+,|(?:[A-Z]\.){1,3})|[A-Z]{2,} [-–] (?:[A-Z][\w’'-]+ ){1,6}?[A-Z][\w’'-]+,) " + CITED_YEAR + r", \S"
)
INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "U.N.": full stops inside a line in capitals that end no sentence
CAPITALS_HEADING_WORDS = 25


def _capitals_heading_with_stop(text: str, next_unit: Unit | None) -> bool:
    """A policy paper's numbered lessons and principles set in capitals with a full stop ('LESSON ONE: MAJOR RIVALRIES ARE
    SYSTEMIC CONTESTS.'): one sentence in capitals over a paragraph of prose is a heading. Two sentences in capitals, or a
    line in capitals over another such line or nothing (a disclaimer, a shouted slogan), is none."""
    if not in_capitals(text) or len(text.split()) > CAPITALS_HEADING_WORDS:
        return False
    if re.search(r"[.!?;]\s", INITIALS.sub("", text[:-1]) + " "):
        return False  # more than one sentence
    return (
        next_unit is not None
        and not in_capitals(next_unit.text)
        and len(next_unit.text) > 2 * len(text)
        and next_unit.text[-1:] in TERMINAL + "”’\"'"
    )


def _glossed_heading(glossed: re.Match[str], next_unit: Unit | None) -> bool:
    """A heading with its gloss in brackets after it: the head is a heading in title case ('Russian Subordinate Main Effort
    #1 – Kharkiv Oblast (Russian objective: …)'), or a short phrase run into the bracket with no space, as a crawl joins
    two styled runs ('Significant activity in Belarus(Russian efforts to …)'); a sentence or a paragraph follows. A sentence with an aside in
    brackets ('Forces advanced near Kupyansk (the General Staff said)') is none."""
    head = glossed.group("head").rstrip()
    if head[-1:] in TERMINAL + ",;:" or DANGLING_END.search(head) or next_unit is None:
        return False
    if len(next_unit.text) < 2 * len(head) and next_unit.text.rstrip("”’\"'")[-1:] not in TERMINAL:
        return False  # prose follows: a paragraph, or at least a sentence
    if len(WORD.findall(head)) < 2 or any(mark in head for mark in QUOTE_OPEN):
        return False
    return is_title_case(head) or (not glossed.group("space") and len(head.split()) <= 6)


def is_quoted_passage(text: str) -> bool:
    """A paragraph that is a quotation: it opens with a quote mark that closes only at its end, or not at all."""
    if not text or text[0] not in QUOTE_OPEN:
        return False
    body = NOTE_MARKER.sub("", text).rstrip()
    body = body.rstrip(".").rstrip()
    closing = [i for i, ch in enumerate(body) if ch in QUOTE_CLOSE and i > 0]
    if not closing:
        return True
    first_close = closing[0]
    tail = body[first_close + 1 :].strip(" '’.,")
    return first_close >= len(body) - 3 or (tail == "" and first_close == len(body.rstrip("'’ ")) - 1)


def is_wholly_quoted(text: str) -> bool:
    """A line that is one quotation from its first character to its last, in single or double marks ('‘This is not only
    a military war. …’', '“A Step into a Bright Future”'); a headline that quotes and goes on ('‘…’: Scott Bessent
    launches …') is not: a mark closes inside it before a space or a colon. An apostrophe within a word does not close."""
    text = text.strip()
    if len(text) < 5 or text[0] not in "'‘\"“«" or text[-1] not in "'’\"”»":
        return False
    return not re.search(r"['’\"”»](?=[\s:,;—–]|$)", text[1:-1])


def _is_speaker_shape(text: str) -> bool:
    return bool(re.match(r"^[^\"“:]{2,140}:\s*\S", text))


# an embedded post's signature under its text: "— Jane Roe (@janeroe) March 4, 2021" (a tweet), "Posted by Jane Roe MP on
# Wednesday, 18 November 2015" (a Facebook post), "A post shared by Jane Roe (@janeroe) on Mar 4, 2021 at 9:15am PST"
POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s+\S.{4,30}$"
    r"|^Posted by [A-Z][^()@:]{2,60}? on (?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}$"
    r"|^An? (?:photo|video|post) shared by [A-Z][^:]{2,60}? on [A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}(?:\s+at\s+\d{1,2}:\d\d\s*[ap]m(?:\s+[A-Z]{2,4})?)?$"
)


DASHED_SUBHEAD = re.compile(r"^(?P<text>\S.{0,80}?)\s+-$")  # what is left of "- Territory -" once its bullet is read


def read_as_subheads(found: list[Unit], inferred: list[str], why: str) -> None:
    """The units found become subheads, and the import's messages say how many and why."""
    for unit in found:
        unit.kind = "heading"
    if found:
        inferred.append(f"{len(found)} {why}")


def dashed_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A wire story's subheads between dashes ("- 'Sirens and shrapnel' -", "- Territory -", AFP's style): read first as
    bullets; taken as subheads where there are two or more."""
    found = [unit for unit in body if unit.kind == "bullet" and DASHED_SUBHEAD.match(unit.text)]
    if len(found) >= 2:
        for unit in found:
            match = DASHED_SUBHEAD.match(unit.text)
            assert match is not None  # found by the same pattern
            unit.kind, unit.text = "heading", match.group("text")
        inferred.append(f"{len(found)} lines between dashes read as subheads")


SUBHEAD_SHAPE = re.compile(r"^[A-Z0-9][^.!?;“”\"‘]{8,98}[^.!?;,:“”\"’]$")


LIVE_PAGE_HEADINGS = 8  # a live page's entries each under a headline: many subheads already found
ENTRY_HEADLINE_SHAPE = re.compile(r"^[A-Z0-9][^.!?;“”\"‘]{8,128}[^.!?;,:“”\"’]$")
QUOTED_WORDS = re.compile(r"‘[^‘’“”\"]{1,60}’(?=\s|$)")  # a headline quotes in single marks: "condemns what he calls a ‘cowardly act’"


def _entry_headline_shape(text: str) -> bool:
    """A live page's entry headline, longer than a story's subhead and written as the wire writes them: up to 130
    characters, with initials ('U.S. Secretary of State') and a phrase quoted in single marks, also at its end."""
    return bool(ENTRY_HEADLINE_SHAPE.match(QUOTED_WORDS.sub("Q", INITIALS.sub("US", text))))


BOX_HEADLINE = re.compile(r"^[A-Z0-9“\"‘'][^\n]{8,118}[^.!,;:]$")
BOX_HEADLINE_WORDS = 18
BOX_DEK_MAX = 300


def headlines_over_box_bylines(body: list[Unit], inferred: list[str]) -> None:
    """A report of boxes, each its own story, opens each box with its headline, a dek and its byline ('Segregation, distrust,
    and aid: the politics of food in Rakhine' / 'Food aid has become intensely politicised' / 'By Jane Roe'): the headline is
    the box's section heading. A finished paragraph over the dek (ending on its stop) is the story above, no headline."""
    found: list[Unit] = []
    for index, unit in enumerate(body):
        if not unit.data.get("box byline") or index < 2:
            continue
        dek, headline = body[index - 1], body[index - 2]
        if dek.kind != "paragraph" or len(dek.text) > BOX_DEK_MAX or headline.kind != "paragraph":
            continue
        if BOX_HEADLINE.match(headline.text.strip()) and len(headline.text.split()) <= BOX_HEADLINE_WORDS:
            headline.kind = "heading"
            found.append(headline)
    if found:
        inferred.append(f"{len(found)} headlines over a box's dek and byline read as its section headings")


def long_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A news brief's subheads may be long sentences without a stop ('IOM supports response efforts following deadly
    rains in southeastern Brazil', '21 migrants a day died during 2025: UN migration agency'): in a story that has other
    subheads, such a line standing between finished paragraphs, over a longer one, is a subhead too."""
    subheads = sum(1 for unit in body if unit.kind == "heading")
    if not subheads:
        return
    live = subheads >= LIVE_PAGE_HEADINGS
    found: list[Unit] = []
    for index in range(1, len(body) - 1):
        unit, before, after = body[index], body[index - 1], body[index + 1]
        if (
            live
            and found[-1:] == [before]
            and unit.kind == "paragraph"
            and _entry_headline_shape(_unquoted(unit.text))
            and not DANGLING_END.search(unit.text)  # 'Jane Roe of Harbour University and': a sentence going on
            and _over_entry(body, index)
        ):
            found.append(unit)  # a live page's entry under a promoted link's headline: 'Exact date far right …' / 'Sky News stops …'
            continue
        if (
            unit.kind == "paragraph"
            and (SUBHEAD_SHAPE.match(unit.text) or (live and _entry_headline_shape(_unquoted(unit.text))))
            and not DANGLING_END.search(unit.text)
            and not find_line_date(unit.text)  # a date line
            and not CREDITS_LINE.match(unit.text)  # a gallery's credit under its last picture: 'Author: Jane Roe (jr)'
            and not re.search(rf"\b(?:on|in)\s+(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH}|{FULL_DATE})$", unit.text)  # a photo's day
            and unit.text.count(",") <= 1
            and (before.kind in ("paragraph", "quote") or (before.kind == "figure" and before.data.get("credit")))  # under a credited photo too
            and (before.kind == "figure" or _finished(before) or (live and len(before.text) >= 2 * len(unit.text)))  # a live entry may lack its stop
            and (
                (
                    after.kind == "paragraph"
                    and len(after.text) >= (max(LIVE_ENTRY_MIN, len(unit.text)) if live else max(100, len(unit.text) * 1.3))
                    and _finished(after)
                    and not after.text[:1].islower()  # '… the programs on SciSIP' / 'and SoS:DCI at NSF have funded …': one sentence
                )
                or (
                    live
                    and not FIELD_LABEL.match(unit.text)  # 'Parties acting: Russia, NATO' over a line of the same page's fields
                    and after.kind == "paragraph"
                    and _entry_headline_shape(_unquoted(after.text))
                    and _over_entry(body, index + 1)
                )
            )
        ):
            found.append(unit)
    if live:
        for unit, after in itertools.pairwise(body):
            headline = [u in found or u.kind == "heading" for u in (unit, after)]
            if all(headline) and (unit in found or after in found):
                unit.data["live entry"] = after.data["live entry"] = True  # two entries' headlines, not a section over a sub-section
    read_as_subheads(found, inferred, "long unpunctuated lines between finished paragraphs read as subheads, as the story's others")


LIVE_ENTRY_MIN = 40  # a live page's entry may be one short paragraph: 'More pictures of anti-racism activists … have been shared.'


def _unquoted(text: str) -> str:
    """A live entry's headline that is a quotation in straight or curly marks, its marks left out: 'Unrest … is deplorable'."""
    quoted = re.fullmatch(r"['‘\"“](?P<words>[^'‘’\"“”]{8,126})['’\"”]", text.strip())
    return quoted.group("words") if quoted else text


def _over_entry(body: list[Unit], index: int) -> bool:
    """The headline at index is over its entry's first finished paragraph."""
    after = body[index + 1] if index + 1 < len(body) else None
    return after is not None and after.kind == "paragraph" and len(after.text) >= LIVE_ENTRY_MIN and _finished(after)


QUESTION_HEADING = re.compile(  # "Don’t tariffs produce revenue?": a negative one too; a long one to its single clause
    r"^(?:Who|Whom|Whose|What|Why|How|When|Where|Which|Is|Are|Was|Were|Can|Could|Will|Would|Should|Does|Do|Did|Has|Have"
    r"|(?:Do|Does|Did|Is|Are|Was|Were|Could|Would|Should|Has|Have)n[’']t|Won[’']t|Can[’']t)(?:[’']s)?\s[^,;:\"“”‘’']{2,90}\?$"
    r"|^(?:A|An|The)(?:\s+[\w’'-]+){1,5}\?$"  # a noun phrase asked as the question ('An overwhelmed system?')
)


def link_text_lines(body: list[Unit], inferred: list[str]) -> None:
    """A scraped page that lost its links breaks a sentence where a link stood and puts the link's words on a line of their
    own ('… comments posted on the' / 'Telegram' / 'Znak.com,'): a short line under a sentence that stops on a comma or on an
    article or preposition is what is left of that link, not a heading."""
    found = 0
    for before, unit in itertools.pairwise(body):
        if unit.kind == "heading" and before.kind in ("paragraph", "heading") and DANGLING_END.search(before.text):
            unit.kind = "paragraph"
            found += 1
    if found:
        inferred.append(f"{found} short lines under a broken-off sentence read as a lost link's text, not headings")


QUOTED_SUBHEAD = re.compile(r"^(?P<mark>[‘“'\"])(?P<words>[^‘’“”'\".!?]{3,60})[’”'\"]$")


CLOSING_NOTE_MARKER = re.compile(r"(?<=[.!?”’\"')])\[\d{1,3}\]$")  # '… the ports.[26]': the note cited by the last sentence


def _finished(unit: Unit) -> bool:
    text = CLOSING_NOTE_MARKER.sub("", unit.text) if unit.text.endswith("]") else unit.text
    return text[-1:] in TERMINAL + QUOTE_CLOSE + "’)"


NUMBERED_SUBHEAD_MAX = 120  # "4. Questioning Vindman's judgment", a report's "2. A funding body … must reach a wider pool of innovators"
NUMBERED_SUBHEADS_MIN = 3
FIGURES_UNDER_SUBHEAD_MAX = 2  # a picture (its caption, its credit) between a subhead and the prose it heads
NUMBERED_SUBHEAD = re.compile(r"^(?P<number>\d{1,2})(?P<style>[.)]|\s[–-])\s+(?P<text>\S.*)$")  # "2. …", "2 – …" (a sub-section's)
# a newsletter's first item, its stop left off, a few words and a colon ('1 big thing: Ferries go electric' over '2. Rents
# keep rising'): one of the run only where it is the body's first numbered line and the items after it go on counting
# (a figure's '1 in 4 renters …' has no colon)
FIRST_ITEM_UNSTOPPED = re.compile(r"^(?P<number>1)(?P<style>)\s+(?P<text>[^\W\d][\w’'-]*(?:\s+[\w’'-]+){0,3}:\s+\S.*)$")


def numbered_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A round-up's subheads may be numbered ('2. Never urged Ukraine to investigate Joe Biden', '3. "Not some irregular
    channel"'), each a short line with no sentence's end standing over the longer paragraphs it heads: three or more
    numbered in order, none straight after another (a numbered list's items follow one another), are subheads. A report
    numbers its sub-sections apart ('4. Evidence' over '1 – Governance structures', '2 – …'): each way of numbering is
    counted on its own, a section's heading may stand right over its first sub-section's, and a heading may ask a
    question."""
    candidates: dict[str, list[tuple[int, int]]] = {}  # per way of numbering: (position in body, number)
    numbered_above = False
    for index, unit in enumerate(body[:-1]):
        match = NUMBERED_SUBHEAD.match(unit.text) if unit.kind in ("paragraph", "heading") else None
        if match is None and not numbered_above and unit.kind in ("paragraph", "heading"):
            match = FIRST_ITEM_UNSTOPPED.match(unit.text)
        numbered_above = numbered_above or match is not None
        if match is None or len(match.group("text")) > NUMBERED_SUBHEAD_MAX:
            continue
        words = match.group("text").rstrip("”’\"'")
        below = next((unit for unit in body[index + 1 : index + 1 + FIGURES_UNDER_SUBHEAD_MAX] if unit.kind != "figure"), body[index + 1])
        sub = NUMBERED_SUBHEAD.match(below.text) if below.kind in ("paragraph", "heading") else None
        over_sub = sub is not None and sub.group("style").strip() != match.group("style").strip() and sub.group("number") == "1"
        prose_below = below.kind == "paragraph" and (len(below.text) > 2 * len(unit.text) or (_finished(below) and len(below.text) > len(unit.text)))
        if words[-1:] in ".!,;:" or not (prose_below or over_sub):
            continue
        style = "dash" if match.group("style")[-1:] in ("–", "-") else "stop"
        candidates.setdefault(style, []).append((index, int(match.group("number"))))
    runs: list[list[int]] = []
    for style, found_of_style in sorted(candidates.items()):
        first_run = len(runs)
        for (index, number), previous in zip(found_of_style, [None, *found_of_style][: len(found_of_style)], strict=True):
            follows = previous is not None and number == previous[1] + 1 and index > previous[0] + 1
            if follows and runs:
                runs[-1].append(index)
            else:
                runs.append([index])
        if len(candidates) > 1:
            for run in runs[first_run:]:
                for index in run if len(run) >= NUMBERED_SUBHEADS_MIN else []:
                    body[index].data["number style"] = style  # a section's or a sub-section's: its level
        runs.append([])  # the next way of numbering starts its own runs
    found = [body[index] for run in runs if len(run) >= NUMBERED_SUBHEADS_MIN for index in run if body[index].kind != "heading"]
    read_as_subheads(found, inferred, "numbered short lines, each over the paragraphs it heads, read as subheads")


QUOTED_SIBLING_WORDS = 12
QUOTED_LINE = re.compile(r"^[‘“'\"](?P<words>[^‘’“”\"]{3,120})[’”'\"]$")


QUOTED_OPENING = re.compile(r"^[‘“'\"](?P<quoted>[^‘’“”\"]{3,60})[’”'\"]\s+(?P<tail>[^‘’“”\"]{2,40})$")
QUOTED_OPENING_TAIL_WORDS = 5


def _quoted_sibling_subhead(unit: Unit, before: Unit, below: Unit, headings: int) -> bool:
    """A quoted phrase on a line of its own ('“U.S.-controlled bandit formations”', '“… prevent the evacuation of the
    Syrian civilians from the Rubkan camp”'), or opening a short line that a few words end (‘Nothing left to catch’ on
    the river), on a page that shows two headings or more of its own (one, under a photo): a phrase, not a sentence (no sentence's end
    inside or at the end), between a finished paragraph (or one that introduces what follows with a colon) and the
    longer paragraph it heads."""
    match = QUOTED_LINE.match(unit.text)
    opening = QUOTED_OPENING.match(unit.text) if match is None else None
    if (
        opening is not None
        and len(opening.group("tail").split()) <= QUOTED_OPENING_TAIL_WORDS
        and opening.group("quoted").rstrip()[-1:] not in ",.!?;:"  # '“We will not sell,” said one owner': a quotation
    ):
        match = opening  # the quoted words and the words after them read as one phrase
    if match is None or headings < (1 if before.kind == "figure" else 2):
        return False  # under a photo, one heading of the page's own will do: a story's subheads stand under its photos
    words = match.group(0).strip("‘’“”'\" ")
    phrase = INITIALS.sub("", words)
    return (
        2 <= len(words.split()) <= QUOTED_SIBLING_WORDS
        and words[-1:] not in TERMINAL + ",;:"
        and not re.search(r"[.!?;]\s", phrase)
        and (_finished(before) or before.text.endswith(":"))  # "Here are some of the highlights:" over the first
        and below.kind == "paragraph"
        and len(below.text) > 2 * len(unit.text)
    )


def quoted_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A news story's subhead may be a speaker's phrase in quotation marks ('‘Not an innocent port’'), standing between
    finished paragraphs, its words quoted again in the paragraphs under it; a quotation paragraph is not repeated there.
    A quoted phrase in title case over a longer paragraph ('“Flagrant Violations of International Law”', an
    investigation's subheads) is a subhead too, also under a page's button line ('Read her story'); a quotation in
    sentence case is a quotation."""
    found = []
    for index in range(1, len(body) - 1):
        unit, before = body[index], body[index - 1]
        match = QUOTED_SUBHEAD.match(unit.text) if unit.kind in ("paragraph", "quote") else None
        if match is None or not 2 <= len(match.group("words").split()) <= 8:
            continue
        words = match.group("words").casefold()
        below = body[index + 1 : index + 3]
        if below[0].kind != "paragraph":
            continue
        repeated = _finished(before) and any(words in u.text.casefold() for u in below)
        titled = (
            is_title_case(match.group("words"))
            and sum(1 for w in WORD.findall(match.group("words")) if w[0].isupper()) >= 2
            and len(below[0].text) > 2 * len(unit.text)
            and (_finished(before) or len(before.text) <= 60)
        )
        if repeated or titled:
            found.append(unit)
    found_ids = {id(unit) for unit in found}
    headings = sum(1 for unit in body if unit.kind == "heading" and not QUOTED_LINE.match(unit.text))
    for index in range(1, len(body) - 1):
        unit = body[index]
        if (
            unit.kind in ("paragraph", "quote")
            and id(unit) not in found_ids
            and _quoted_sibling_subhead(unit, body[index - 1], body[index + 1], headings)
        ):
            found.append(unit)
    read_as_subheads(
        found, inferred, "quoted phrases (repeated in the paragraph under them, in title case, or beside the page's other headings) read as subheads"
    )


SINGLE_QUOTED_LINE = re.compile(r"^['‘](?P<words>[^‘’“”\"]{3,60})['’]$")
SINGLE_QUOTED_WORDS = (2, 8)
# a quotation in single marks closed on its punctuation ("'Calm,' he said.", "‘We stay.’"): the text quotes in single marks
SINGLE_MARK_QUOTATION = re.compile(r"['‘][^‘’'\"“”]{2,}[,.!?]['’]")


def single_quoted_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A story that quotes its speakers in double marks sets its subheads' quoted phrases in single ones, as the BBC and
    the British press write them ('We never felt unsafe' on a line of its own): a line wholly in single marks, two to
    eight words, no sentence's stop or comma in it, between a finished paragraph and a longer one, is a subhead, each
    one of them, whatever the page's other headings. In a text that quotes in single marks ("'Calm,' he said.", "‘We
    stay.’"), or quotes nobody in double marks, such a line may be a quotation: left to the other rules."""
    found = []
    for index in range(1, len(body) - 1):
        unit, before, below = body[index], body[index - 1], body[index + 1]
        match = SINGLE_QUOTED_LINE.match(unit.text.strip()) if unit.kind in ("paragraph", "quote") else None
        if match is None or re.search(r"[.!?;:,]", match.group("words")):
            continue
        if not SINGLE_QUOTED_WORDS[0] <= len(match.group("words").split()) <= SINGLE_QUOTED_WORDS[1]:
            continue
        if (_finished(before) or before.kind == "heading") and below.kind == "paragraph" and len(below.text) > len(unit.text):
            found.append(unit)
    # the text-wide tests only once a line is found: most texts have none, and these scan every paragraph
    if not found or not any("“" in u.text or '"' in u.text for u in body) or any(SINGLE_MARK_QUOTATION.search(u.text) for u in body):
        return
    read_as_subheads(found, inferred, "phrases in single marks on lines of their own, in a text quoting in double marks, read as subheads")


# "‘Ends recession debate’: CPA Canada", "‘Not the backdrop to even consider raising rates’: Rosenberg Research"
ATTRIBUTED_SUBHEAD = re.compile(r"^[‘“'\"](?P<words>[^“”\"]{3,80}?)[’”'\"]?:\s+(?P<who>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|&)){0,4})$")


def attributed_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A round-up of views puts each one under a subhead quoting it and naming who said it ("‘Ends recession debate’:
    CPA Canada"): a quoted phrase, a colon and a name, no sentence's end, over a paragraph; taken where there are two or
    more, so that one quotation a paragraph introduces with a colon stays text."""
    found = [
        unit
        for index, unit in enumerate(body[:-1])
        if unit.kind == "paragraph" and len(unit.text) <= 120 and ATTRIBUTED_SUBHEAD.match(unit.text) and body[index + 1].kind == "paragraph"
    ]
    if len(found) >= 2:
        read_as_subheads(found, inferred, "quoted phrases naming who said them read as subheads")


# a magazine's playful subhead: a short statement asked ('Council keeps its word?'), taken only in a story that has
# other subheads; one opening on a conjunction ('So who pays?', 'But why now?') is the writer asking in the body
PLAYFUL_SUBHEAD = re.compile(r"^(?!(?:So|But|And)\b)[A-Z][^.!?:;“”\"]{2,40}\?$")
# two full questions on a line longer than a subhead ('Is it a case of pipes over parks? Or is it the storm bill
# biting?'): the writer asking in the body, no subhead
INNER_QUESTION = re.compile(r"\? [A-Z]")
TWO_QUESTIONS_MAX = 40


def question_subheads(body: list[Unit], inferred: list[str]) -> None:
    """An explainer's subheads are short questions ('Who won?', 'What is the world saying?'), each over the longer paragraph
    that answers it; taken where there are two or more, or one in a story that has other subheads, standing between
    finished paragraphs."""
    found = []
    playful: list[bool] = []  # a playful one counts only in a story with other subheads
    for index, unit in enumerate(body[:-1]):
        after = body[index + 1]
        before = body[index - 1] if index else None
        if (
            unit.kind == "paragraph"
            and (QUESTION_HEADING.match(unit.text) or PLAYFUL_SUBHEAD.match(unit.text))
            and not (len(unit.text) > TWO_QUESTIONS_MAX and INNER_QUESTION.search(unit.text))
            and after.kind in ("paragraph", "quote", "bullet")
            and _answer_length(body, index + 1) > 2 * len(unit.text)
            and (before is None or before.kind != "paragraph" or before.text[-1:] in TERMINAL + QUOTE_CLOSE + ")")
        ):
            found.append(unit)
            playful.append(not QUESTION_HEADING.match(unit.text))
    headings = [unit.text for unit in body if unit.kind == "heading"]
    if not headings:
        found = [unit for unit, is_playful in zip(found, playful, strict=True) if not is_playful]
    if len(found) == 1 and len(headings) >= 2 and all(is_title_case(h) for h in headings) and not is_title_case(found[0].text):
        return  # one question in sentence case among subheads all in title case: the essay's own question, asked in passing
    if len(found) >= 2 or (found and headings):
        read_as_subheads(found, inferred, "short questions between paragraphs read as subheads")


INDIRECT_QUESTION = re.compile(r"^(?:Why|How|What|Where|When|Who)\s[^.!?:;“”\"]{8,100}[^.!?:;,“”\"]$")


def indirect_question_subheads(body: list[Unit], inferred: list[str]) -> None:
    """An explainer's subhead may ask its question with no question mark ('Why the city’s air gets so bad this time of
    year'): such a line between a finished paragraph and the longer one answering it (not a sentence going on in lower
    case) is a subhead, also alone."""
    found = [
        unit
        for before, unit, after in zip(body, body[1:], body[2:], strict=False)
        if unit.kind == "paragraph"
        and INDIRECT_QUESTION.match(unit.text)
        and before.kind == "paragraph"
        and _finished(before)
        and after.kind == "paragraph"
        and after.text[:1].isupper()
        and len(after.text) > 2 * len(unit.text)
    ]
    read_as_subheads(found, inferred, "questions asked with no question mark between paragraphs read as subheads")


ANSWER_PARAGRAPHS = 3


def _answer_length(body: list[Unit], start: int) -> int:
    """How long the answer under a question is: its first paragraphs, up to the next question or heading (a long question
    may be answered by short paragraphs: 'What are the major products … hurt by tariffs?' / 'Retaliatory tariffs …')."""
    length = 0
    for unit in body[start : start + ANSWER_PARAGRAPHS]:
        if unit.kind not in ("paragraph", "quote", "bullet") or QUESTION_HEADING.match(unit.text):
            break
        length += len(unit.text)
    return length


def _mentions_author(text: str, meta: Meta) -> bool:
    return any(name and name in text for name in meta.get("authors", []))


# the production credits at the end of a long read: "Additional reporting: Jane Roe and John Doe", "Design and development: …"
CREDITS_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:reporting|editing|design|development|graphics|illustrations?|animation|photography|production|"
    r"research|video|data|interactive|maps?|editors?|producers?|contributors?|authors?)(?:\s+(?:and|&)\s+[a-z]+)?\s*(?::|\s+by\b)\s*[A-Z][^.!?]{2,160}$",
    re.I,
)


GARBLED_CAPITALS = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")  # 'cONTROll', 'INg', 'IcTORY': cases mixed as no word mixes them
PLURAL_INITIALS = re.compile(r"^[A-Z]{2,}s$")  # 'CEOs', 'NGOs': no garble


def garbled_capitals_heading(text: str) -> bool:
    """A subhead set in small capitals that a PDF's text layer garbled ('cONTROll INg THE  MEss AgE', 'bAck TO  b usINE ss'):
    a short line with no stop, two of its words or more mixing the cases as no word does, a good share of its letters
    capitals."""
    text = text.strip()
    if len(text) > GARBLED_HEADING_MAX or text[-1:] in ".,;:!" or not any(c.isupper() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < GARBLED_LETTERS_MIN or sum(c.isupper() for c in letters) < GARBLED_CAPITALS_SHARE * len(letters):
        return False
    return sum(1 for word in text.split() if GARBLED_CAPITALS.search(word) and not PLURAL_INITIALS.match(word)) >= 2


GARBLED_HEADING_MAX = 70
GARBLED_LETTERS_MIN = 8
GARBLED_CAPITALS_SHARE = 0.4


DATE_HEADING = re.compile(
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+)(?:,?\s+\d{4})?$", re.I
)
FIELD_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?:\s+[a-z]+){0,3})\s*:\s+\S")


def heading_shape(text: str) -> str:
    """What kind of heading a line is, for grouping: a speaker line, a date (a digest's day), or other."""
    if _is_speaker_shape(text):
        return "speaker"
    if DATE_HEADING.match(text) and find_date(text + " 2000") is not None:
        return "date"
    return "other"


def field_lines(body: list[Unit]) -> None:
    """'Parties acting: Russia' repeated under every provision is a labelled line, not a heading."""
    counts: dict[str, int] = {}
    for unit in body:
        match = FIELD_LABEL.match(unit.text) if unit.kind == "heading" else None
        if match:
            counts[match.group("label")] = counts.get(match.group("label"), 0) + 1
    for unit in body:
        match = FIELD_LABEL.match(unit.text) if unit.kind == "heading" else None
        if match and counts[match.group("label")] >= 3:
            unit.kind = "paragraph"


# a line that opens on a sum of money and goes on in lower case: "$500,000 toward the …", "£2.5m for …", "€300,000 to …"
AMOUNT_LINE = re.compile(r"^[$£€¥][ \t]?\d[\d,.]*(?:[ \t]?(?:[mb]n?|k|million|billion))?[ \t]+[a-z]")


def amount_lines_under_headings(body: list[Unit], inferred: list[str]) -> None:
    """A release lists its grants or projects under a subhead for each division or region ('DIVISION 2 …' over '$700,000
    to support the roof upgrade …'): the amount's line right under the subhead is the section's first line, never a
    sub-section that would put the later subheads under the first."""
    for index, unit in enumerate(body):
        if unit.kind == "heading" and index and body[index - 1].kind == "heading" and AMOUNT_LINE.match(unit.text):
            unit.kind, unit.level = "paragraph", 0
            inferred.append(f"line {unit.line}: {unit.text[:40]!r}, a sum's line under a subhead, read as its section's text")


PART_NAME_MAX = 120


def part_label_over_name(body: list[Unit], inferred: list[str]) -> None:
    """A chapter's or a part's label over its name in capitals ('CHAPTER 4' / 'THE HARBOUR BOARD TODAY', as a report's
    PDF sets its chapter's opening) is one heading, 'CHAPTER 4: THE HARBOUR BOARD TODAY', never a section holding its own
    name as an empty sub-section. A label over a heading in mixed case or over the text stays as it is."""
    index = 0
    while index + 1 < len(body):
        unit, name = body[index], body[index + 1]
        if (
            unit.kind == "heading"
            and name.kind == "heading"
            and PART_LABEL.match(unit.text.strip())
            and in_capitals(name.text)
            and len(name.text) <= PART_NAME_MAX
            and name.text.rstrip()[-1:] not in TERMINAL
            and not PART_LABEL.match(name.text.strip())
        ):
            unit.text = f"{unit.text.strip()}: {name.text.strip()}"
            inferred.append(f"line {unit.line}: {unit.text!r}, a chapter's label over its name, read as one heading")
            del body[index + 1]
        index += 1


def stacked_headings(body: list[Unit], first_page_break: int, inferred: list[str]) -> None:
    """A PDF's section heading set right over its first sub-heading ('Survey and interview findings' / 'Measuring the
    harbour's maturity' / prose): the upper line, which would be a heading over the prose, is a heading over the other,
    never a paragraph (a heading in sentence case is read as one only over a longer paragraph). Only past the cover
    (the first page break), under a paragraph of prose, and no longer than the sub-heading: a cover's deck over the
    first section, or a sentence over a heading, stays a paragraph."""
    for index in range(1, len(body) - 2):
        above, unit, below, prose = body[index - 1], body[index], body[index + 1], body[index + 2]
        if (
            unit.kind == "paragraph"
            and unit.line >= first_page_break
            and above.kind == "paragraph"
            and above.text.rstrip().rstrip(QUOTE_CLOSE)[-1:] in TERMINAL
            and below.kind == "heading"
            and prose.kind == "paragraph"
            and "\n" not in unit.text
            and len(unit.text.split()) <= len(below.text.split())
            and looks_like_heading(unit.text, prose)
        ):
            unit.kind, unit.data["stacked"] = "heading", True
            inferred.append(f"line {unit.line}: {unit.text!r} over the heading {below.text!r}, read as a heading over it")


TOPIC_LABEL_WORDS = 3
HEADLINE_MORE_WORDS = 3  # an item's headline has at least this many words more than its topic label
HEADLINE_MIN_WORDS = 5


def _topic_label(unit: Unit) -> bool:
    return len(unit.text.split()) <= TOPIC_LABEL_WORDS and unit.text.rstrip()[-1:] not in TERMINAL + ":"


def _label_over_headline(label: Unit, headline: Unit) -> bool:
    """A digest's or a tip sheet's topic label over its item's headline ('Oceanography' / 'Sea otters return to the
    northern bay'): a short label, a headline in sentence case several words longer (a label over a name, 'Suing' /
    'Harbour Board (the port's owner)', is a section over its entries)."""
    words = len(re.sub(r"\([^()]*\)", "", headline.text).split())  # a name's gloss in brackets makes no headline
    return (
        _topic_label(label) and words >= max(HEADLINE_MIN_WORDS, len(label.text.split()) + HEADLINE_MORE_WORDS) and not is_title_case(headline.text)
    )


def _headline_paragraph(unit: Unit) -> bool:
    """An item's headline set as a paragraph, too long to be read as a heading: one line of some words, no stop."""
    text = unit.text.strip()
    return unit.kind == "paragraph" and "\n" not in text and len(text.split()) >= HEADLINE_MIN_WORDS and text.rstrip("\"”’'")[-1:] not in TERMINAL


def assign_heading_levels(body: list[Unit], inferred: list[str]) -> None:
    """Top-level sections are level 2; a heading directly followed by headings opens a group of level 3.

    The group lasts while the headings keep the shape of its first sub-heading
    (all `Speaker: "quote"` headings, or all of a digest's day headings).
    """
    field_lines(body)
    group_shape: str | None = None
    labelled = False  # the group opened on a topic label over its item's headline
    stacked = False  # the group opened on a PDF's section heading over its first sub-heading: it holds that one only
    for index, unit in enumerate(body):
        if unit.kind != "heading":
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if (
            following is not None
            and following.kind == "heading"
            and not unit.data.get("live entry")
            and (
                group_shape is None
                or heading_shape(unit.text) != group_shape
                or (labelled and _label_over_headline(unit, following))
                or unit.data.get("stacked")  # a PDF's section heading over its first sub-heading opens a section again
            )
        ):
            unit.level = 2
            group_shape = heading_shape(following.text)
            labelled = _label_over_headline(unit, following)
            stacked = bool(unit.data.get("stacked"))
            inferred.append(f"line {unit.line}: section {unit.text!r} has sub-sections")
            continue
        if stacked and body[index - 1].kind != "heading":
            group_shape, stacked = None, False  # a later heading over prose is the next section, not a sub-section
        if group_shape is not None and heading_shape(unit.text) == group_shape:
            # the next item's label over its headline (a heading, or a paragraph's line too long for one) opens a
            # section again; a short heading over the item's prose ('How they counted') is the item's sub-section
            unit.level = 2 if labelled and _topic_label(unit) and following is not None and _headline_paragraph(following) else 3
        else:
            unit.level, group_shape = 2, None
    capitals_over_title_case(body, inferred)
    numbered_under_heading(body, inferred)
    numbered_levels(body, inferred)
    roman_sections(body, inferred)
    run_in_label_headings(body, inferred)
    # a digest's day headings belong to the section above them, also when it opens with a paragraph
    previous: Unit | None = None
    for unit in body:
        if unit.kind != "heading":
            continue
        if unit.level == 2 and previous is not None and heading_shape(unit.text) == "date":
            unit.level = 3
        previous = unit


# a bulletin's run-in item label in capitals ('AGENDA ITEM 7(b)   ADEQUACY OF COMMITMENTS: Brazil, …'): its first two words
RUN_IN_LABEL = re.compile(r"^(?P<words>[A-Z][A-Z.]+\s+[A-Z][A-Z.]+)\b[^a-z:]{0,100}:\s")
RUN_IN_LABELS_MIN = 2
ITEM_LETTER = re.compile(r"\([a-z]{1,4}\)")  # '7(b)', '8(a)(ii)': an item's letter inside its label in capitals


def run_in_label_headings(body: list[Unit], inferred: list[str]) -> None:
    """A bulletin labels the items under each section in capitals run into their paragraphs ('AGENDA ITEM 7(b)   ADEQUACY
    OF COMMITMENTS: Brazil …'); an item whose label stands on a line of its own ('AGENDA ITEM 9   PROVISION TO …') is one of
    them, a sub-section of the section above it, never a section of its own: taken where two paragraphs or more open
    with a label of the same first two words."""
    counts: dict[str, int] = {}
    for unit in body:
        label = RUN_IN_LABEL.match(ITEM_LETTER.sub("", unit.text[:160])) if unit.kind == "paragraph" else None
        if label:
            counts[label.group("words")] = counts.get(label.group("words"), 0) + 1
    labels = {words for words, count in counts.items() if count >= RUN_IN_LABELS_MIN}
    if not labels:
        return
    section_above = False
    for unit in body:
        if unit.kind != "heading" or unit.level != 2:
            continue
        if section_above and " ".join(unit.text.split()[:2]) in labels and not any(c.islower() for c in unit.text):
            unit.level = 3
            inferred.append(f"line {unit.line}: {unit.text!r}, an item labelled as the paragraphs' run-in items are, read as a sub-section")
        else:
            section_above = True


NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2})[.)]\s+\S")
ROMAN_HEADING = re.compile(r"^(?P<number>[IVXLC]{1,7})\.\s+[A-Z].{2,160}(?<![.:;,])$")  # "IV.  Security sector support and …"
LETTER_HEADING = re.compile(r"^(?P<letter>[A-L])\.\s+[A-Z].{2,160}(?<![.:;,])$")  # "C. Security situation"
ROMAN_SECTIONS_MIN = 3


def roman_sections(body: list[Unit], inferred: list[str]) -> None:
    """An official report numbers its sections I, II, III … and their parts A, B, C … ('VIII. Humanitarian situation',
    'C. Security situation'). Where three sections or more run so from I, every line numbered so, in order, is a heading
    (also one longer than a heading's usual length, or over another heading rather than prose): the Roman ones sections,
    the lettered ones and the headings under them sub-sections."""
    chain: list[int] = []
    for index, unit in enumerate(body):
        match = ROMAN_HEADING.match(unit.text) if unit.kind in ("heading", "paragraph") else None
        if match and is_roman(match.group("number")) and roman_value(match.group("number")) == len(chain) + 1:
            chain.append(index)
    if len(chain) < ROMAN_SECTIONS_MIN:
        return
    read = 0
    for start, end in itertools.pairwise([*chain, len(body)]):
        read += body[start].kind != "heading"
        body[start].kind, body[start].level, body[start].text = "heading", 2, squash_spaces(body[start].text)
        letter = "A"
        for unit in body[start + 1 : end]:
            match = LETTER_HEADING.match(unit.text) if unit.kind in ("heading", "paragraph") else None
            if match and match.group("letter") == letter:
                read += unit.kind != "heading"
                unit.kind, unit.level, letter = "heading", 3, chr(ord(letter) + 1)
                unit.text = squash_spaces(unit.text)  # "C.  Migrants and refugees": the PDF's spacing after the number
            elif unit.kind == "heading" and letter != "A":
                unit.level = 3  # 'Tripoli and western region' under 'C. Security situation'
    if read:
        inferred.append(f"{read} lines numbered as the report's sections (I, II … and A, B …) read as headings")


def numbered_under_heading(body: list[Unit], inferred: list[str]) -> None:
    """Headings numbered 1, 2, 3 … in order under an unnumbered heading, with an unnumbered heading again after the last
    ('Operationalizing the Straddle' over '1. U.S.-China Ties' … '6. China, the BRICS, and the Global South', then
    'Managing the Straddle'), are that section's sub-sections. A report whose sections themselves are numbered has no
    unnumbered heading around the run, and keeps them as sections."""
    headings = [u for u in body if u.kind == "heading"]
    index = 0
    while index < len(headings):
        run: list[Unit] = []
        while index + len(run) < len(headings):
            match = NUMBERED_HEADING.match(headings[index + len(run)].text)
            if match is None or int(match.group("number")) != len(run) + 1:
                break
            run.append(headings[index + len(run)])
        enclosed = index > 0 and index + len(run) < len(headings) and not NUMBERED_HEADING.match(headings[index - 1].text)
        if len(run) >= NUMBERED_SUBHEADS_MIN and enclosed and all(u.level == 2 for u in run):
            for unit in run:
                unit.level = 3
            headings[index - 1].level = 2
            inferred.append(f"{len(run)} numbered headings read as sub-sections of {headings[index - 1].text!r}")
        index += max(len(run), 1)


def numbered_levels(body: list[Unit], inferred: list[str]) -> None:
    """Where a report numbers its sections one way and their sub-sections another ('4. Evidence' / '1 – Governance
    structures'; see numbered_subheads), the way the first such heading is numbered is the sections', the other the
    sub-sections'."""
    numbered = [unit for unit in body if unit.kind == "heading" and unit.data.get("number style")]
    if len({unit.data["number style"] for unit in numbered}) < 2:
        return
    for unit in numbered:
        unit.level = 2 if unit.data["number style"] == numbered[0].data["number style"] else 3
    inferred.append(f"{len(numbered)} numbered headings: those numbered as {numbered[0].text[:12]!r} … read as sections, the others as sub-sections")


def in_capitals(text: str) -> bool:
    """Four letters or more, every one a capital ('INTRODUCTION', 'WINTER CROSSINGS')."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def capitals_over_title_case(body: list[Unit], inferred: list[str]) -> None:
    """A report whose sections are headed in capitals ('INTRODUCTION', 'CONCLUSIONS') and whose other headings are in
    title case ('Boosting State Sovereignty') under them: the capitals are the sections, the others their sub-sections."""
    headings = [u for u in body if u.kind == "heading"]
    capitals = [u for u in headings if in_capitals(u.text)]
    if len(capitals) < 3 or len(headings) - len(capitals) < 2 or not in_capitals(headings[0].text):
        return
    for unit in headings:
        unit.level = 2 if in_capitals(unit.text) else 3
    inferred.append(f"{len(headings) - len(capitals)} headings in title case read as sub-sections of the headings in capitals above them")


SENTENCE_OPENERS = (
    "The|A|An|As|In|While|How|What|When|Why|Some|This|These|Those|It|Its|But|For|Since|After|With|Although|Though|Many|Most|"
    "One|If|Despite|Over|Under|At|On|Our|We|Today|Yet|Now|Even|There|Such|Both|Each|Any|No|Not|Until|During|Before|Because|"
    "Let’s|Let's|Once|Unlike|Given|Alongside|Among|Across|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Other|Another|Every|Where|Whether|Who|Which|"
    # adverbs that open a sentence, mostly with a comma after them
    "However|Importantly|Nonetheless|Nevertheless|Moreover|Furthermore|Additionally|Similarly|Indeed|Instead|Meanwhile|Overall|"
    "Still|Thus|Therefore|Ultimately|First|Second|Third|Finally|Recently|Currently|Traditionally|Historically|Increasingly"
)
SENTENCE_CASE_DANGLING = re.compile(r"\b(?:in|on|at|for|to|of|by|with|from|as|than|into|about|the|a|an|and|or|but|that|said|says|told)$")
PERSONAL = re.compile(r"\b(?:I|me|my|we|our|you|your|he|him|his|she|her|they|them|their)\b")  # "In his 1999 book The …": a sentence


# a scrape that joined a feature's blocks into paragraphs keeps two spaces where a block ended: a subhead run in between
# one sentence's end and the next sentence, set off by two spaces after it ("… imagines. Innovation built on
# interconnectivity  TSMC is …"), or by two spaces before it, then words in lower case up to the next sentence's capital
# ("… imagines.  Squarely in the middle Taiwan’s modern …")
SPACED_AFTER_RUN_IN = re.compile(r"(?<=[.!?”’\"])\s{1,2}(?P<heading>[A-Z][^.!?:;,“”\"()\[\]]{3,70}?)(?<=\S)\s{2}(?=[A-Z“‘\"])")
SPACED_BEFORE_RUN_IN = re.compile(r"(?<=[.!?”’\"])\s{2}(?P<heading>[A-Z][\w’'-]*(?:\s[a-z][\w’'-]*){1,6})\s(?=[A-Z])")
SENTENCE_END_SPACES = re.compile(r"[.!?][”’\"]?(?P<spaces>\s{1,2})[A-Z]")


def _spaced_run_ins(text: str) -> list[tuple[int, int, str]]:
    found = []
    for pattern in (SPACED_AFTER_RUN_IN, SPACED_BEFORE_RUN_IN):
        for match in pattern.finditer(text):
            heading = match.group("heading").strip()
            if pattern is SPACED_BEFORE_RUN_IN and re.match(rf"(?:{SENTENCE_OPENERS})\b", heading):
                continue  # "This focus on manufacturing allowed TSMC to …": a paragraph's opening sentence, its subject a name
            if 2 <= len(heading.split()) <= 8 and not SENTENCE_CASE_DANGLING.search(heading) and not PERSONAL.search(heading):
                found.append((match.start("heading"), match.end("heading"), heading))
    return sorted(set(found))


OPENS_INTO = '“‘"(['  # a line that ends on an opening mark: the quoted words are on the next line


def _glued(text: str, more: str) -> str:
    """Two pieces of one sentence: a space between them unless the second opens on its punctuation or the first ends on an opening mark."""
    text, more = text.rstrip(), more.strip()
    return text + more if more[:1] in ",.;:)]’”" or text[-1:] in OPENS_INTO else f"{text} {more}"


# two spaces inside a sentence, after a word: where an archive kept an old text's line breaks ('… the  count is still rising')
SPACES_INSIDE_SENTENCE = re.compile(r"[^\s.!?”’\"] {2}(?=\S)")


def _wrapped_with_spaces(text: str, run_ins: int) -> bool:
    """Two spaces all through a paragraph, inside its sentences, more often than its run-in subheads would set them (one
    each, after the subhead): the breaks of the lines it was wrapped in, no subhead's gap ('Led by biologist Lena  Marsh,
    the survey team  counted …')."""
    return len(SPACES_INSIDE_SENTENCE.findall(text)) > run_ins + 1


def spaced_run_in_headings(units: list[Unit], start: int, inferred: list[str]) -> list[Unit]:
    """Subheads run into a scrape's paragraphs where two spaces mark the end of a block (see SPACED_AFTER_RUN_IN): taken
    where the text has two or more, and only in a text that ends its sentences with one space (where every sentence
    ends with two, two spaces mark nothing)."""
    texts = [unit.text for unit in units[start:] if unit.kind == "paragraph"]
    ends = [m.group("spaces") for text in texts for m in SENTENCE_END_SPACES.finditer(text)]
    if not ends or 4 * sum(1 for spaces in ends if len(spaces) == 2) > len(ends):
        return units
    found = {id(unit): _spaced_run_ins(unit.text) for unit in units[start:] if unit.kind == "paragraph"}
    for unit in units[start:]:
        if found.get(id(unit)) and _wrapped_with_spaces(unit.text, len(found[id(unit)])):
            found[id(unit)] = []
    if sum(len(headings) for headings in found.values()) < 2:
        return units
    result = units[:start]
    for unit in units[start:]:
        position = 0
        for begin, end, heading in found.get(id(unit), []):
            if unit.text[position:begin].strip():
                result.append(Unit(unit.line, unit.text[position:begin].strip(), data=dict(unit.data)))
            result.append(Unit(unit.line, heading, data={"heading": True}))
            position = end
        if position == 0:
            result.append(unit)
        elif unit.text[position:].strip():
            result.append(Unit(unit.line, unit.text[position:].strip(), data=dict(unit.data)))
    inferred.append(f"{sum(len(h) for h in found.values())} subheads run into the paragraphs between two spaces set apart")
    return result
