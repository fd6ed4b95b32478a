"""Pages flattened into one paragraph: a copied page whose headings, paragraphs and notes all ran together,
split again at its headings, sentences and notes."""

from __future__ import annotations

import itertools
import re

from .bylines import KNOWN_SECTION_NAMES, MONTH, _is_person_name, byline_people
from .captions import AGENCY_CREDIT
from .exportlines import HEADING_CUT_SHORT
from .headings import DANGLING_END, PERSONAL, SENTENCE_CASE_DANGLING, SENTENCE_OPENERS
from .importunits import TERMINAL, Meta, Problem, Unit, is_title_case

FLATTENED_MIN = 3000  # a paragraph this long holding a notes list or a contents list is a whole page run into one
FLATTENED_MAX = 2_000_000  # past this the page is left as it is (the searches below are linear in it, times its headings)
INLINE_NOTES = re.compile(r"\b(?:End\s?notes|Footnotes|Notes|References)\s+(?:1\s*(?P<sep>[|.)])|(?P<bracket>\[1\]))\s+(?=\S)")
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+)(?=[A-Z“\"‘])")
BARE_NUMBER = re.compile(
    r"(?<![\w.,/$€£%+-])(?P<key>\d{1,3})(?![\w%/+-]|[.,]\d)"
    r"(?!\s*(?:th|st|nd|rd|percent|per cent|million|billion|trillion|years?|months?|weeks?|days?|hours?|people|jobs|km|kg|%)\b)"
)
NUMBER_WORDS = re.compile(
    r"(?:\b(?:EUR|USD|US\$|No|no|page|p|pp|Article|article|Figure|figure|Table|table|Chapter|chapter|ranked|top|than|of|about|"
    r"around|some|nearly|almost|over|under|least|the|a|an|and|or|to|from|by|between|Section|section|paragraph|Nr|vol|Vol)\.?|[$€£])\s*$"
)


def _split_inline_notes(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """'… Endnotes 1 | F. Specht. Title. Outlet. 1 April 2025. https://… 2 | Tagesschau. …': the notes list of a page run
    into its text, numbered up from 1 with one separator; the text before it, the notes, and what follows the last note's
    address (the page's author box and related links)."""
    opening = INLINE_NOTES.search(text)
    if not opening:
        linked = _notes_with_back_links(text)
        return linked if linked[1] else _unlabelled_notes(text)
    notes: list[tuple[str, str]] = []
    position, key = opening.end(), 1
    while True:
        if opening.group("bracket"):  # '… Endnotes [1] Jane Roe, Title (2025) <https://…> accessed 1 May 2025. [2] …'
            following = re.compile(rf"\s\[{key + 1}\]\s+(?=\S)").search(text, position)
        else:
            following = re.compile(rf"\s{key + 1}\s*{re.escape(opening.group('sep'))}\s+(?=\S)").search(text, position)
        if not following:
            break
        notes.append((str(key), text[position : following.start()].strip()))
        position, key = following.end(), key + 1
    last, rest = text[position:].strip(), ""
    address = re.search(r"https?://\S+(?:\s*\(?(?:accessed|retrieved|last visited) [^.<>]{4,30}\.\)?)?", last)  # its access date is the note's
    if address and len(last[address.end() :].split()) >= (2 if "accessed" in address.group() else 8):
        last, rest = last[: address.end()], last[address.end() :].strip()
    notes.append((str(key), last))
    if len(notes) < 3 and bare_note_markers(text[: opening.start()], len(notes))[1] < len(notes):
        return text, [], ""  # two notes only where both numbers stand bare, in order, in the text above (their markers)
    return text[: opening.start()].rstrip(), notes, rest


BACK_LINKED_NOTES = re.compile(r"\b(?:End\s?notes|Footnotes|Notes)\s+(?=[^↩]{10,2000}\s↩)")
BACK_LINK = "↩"  # the arrow a note's link back to its marker leaves in the text of a page's notes list
BACK_LINKED_MIN = 3


def _notes_with_back_links(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """'… Endnotes Jane Roe, Title (Outlet, 2026), https://… . ↩ John Doe, … . ↩ Authors …': a notes list run into the
    page with no numbers, each note ending on its link back to the text; numbered 1, 2, 3 … in order. The last label
    before the first arrow opens it; what follows the last arrow is the page's (the author box, related links)."""
    first = text.find(" " + BACK_LINK)
    if first < 0:
        return text, [], ""
    labels = list(BACK_LINKED_NOTES.finditer(text, 0, first + 2))
    if not labels:
        return text, [], ""
    opening = labels[-1]
    last = text.rfind(BACK_LINK)
    pieces = [piece.strip() for piece in text[opening.end() : last].split(BACK_LINK)]
    if len(pieces) < BACK_LINKED_MIN or not all(pieces):
        return text, [], ""
    return text[: opening.start()].rstrip(), [(str(key), note) for key, note in enumerate(pieces, start=1)], text[last + 1 :].strip()


UNLABELLED_NOTES_MIN = 5
NOTE_ONE = re.compile(r"(?<=\s)1\s+(?=[A-Z])")
UNLABELLED_NOTE_MAX = 3000  # characters from one number to the next: a longer gap is prose, not a note


def _unlabelled_notes(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """'… Turning frameworks into practice Download PDF 1 For further information, see … 2 United Nations … 36 …': a notes
    list run into the page with no label over it, numbered 1 to N to the text's end; taken where it has five notes or
    more, each started by the next number before a capital, and four in five of the numbers stand bare, in order, in the
    text before it (the markers); of two such runs, the later (a numbered list in the text may run so too)."""
    best: tuple[int, list[tuple[str, str]]] | None = None
    for first in [m.start() for m in NOTE_ONE.finditer(text, len(text) // 3)]:
        notes: list[tuple[str, str]] = []
        position, key = first + 1, 1
        while True:
            following = re.compile(rf"\s{key + 1}\s+(?=[A-Z“\"‘])").search(text, position, position + UNLABELLED_NOTE_MAX)
            if not following:
                break
            notes.append((str(key), text[position : following.start()].strip()))
            position, key = following.end(), key + 1
        notes.append((str(key), text[position:].strip()))
        if len(notes) < UNLABELLED_NOTES_MIN or len(notes[-1][1]) > UNLABELLED_NOTE_MAX:
            continue
        if (best is None or len(notes) >= len(best[1])) and bare_note_markers(text[:first], len(notes))[1]:
            best = (first, notes)
    if best is None:
        return text, [], ""
    first, notes = best
    return text[:first].rstrip(), [(key, re.sub(r"^\d+\s+", "", note)) for key, note in notes], ""


def bare_note_markers(text: str, count: int) -> tuple[str, int]:
    """Note numbers left bare in a page run into one paragraph ('jobs were lost in Germany, 1 and competition', 'cars. 2 In
    2025'): the numbers standing alone that run 1, 2, 3 … in the order of the text, a number after a word that takes
    one ('EUR 16', 'ranked 11', 'than 20') passed over. Taken only if four in five of the notes are found so."""
    found: list[re.Match[str]] = []
    expected = 1
    for match in BARE_NUMBER.finditer(text):
        if int(match.group("key")) != expected or NUMBER_WORDS.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        found.append(match)
        expected += 1
        if expected > count:
            break
    if len(found) < 0.8 * count:
        return text, 0
    pieces, last = [], 0
    for match in found:
        pieces += [text[last : match.start()].rstrip(), f"[{match.group('key')}]"]
        last = match.end()
    return "".join(pieces) + text[last:], len(found)


CONTENTS_LABEL = re.compile(r"(?<=[.!?] )(?:Table of Contents|Contents)(?:\s+Table of Contents)?\s+(?=[A-Z])")


def _contents_headings(text: str) -> list[tuple[int, int, str]]:
    """Headings of a page run into one paragraph, found by its contents list: a phrase of the page's opening that is found
    again later where a sentence starts, and is followed there by another sentence's start, is a heading the contents list
    names. Returns (start, end, heading) in the text, and (start, end, '') for the list in the opening."""
    label = CONTENTS_LABEL.search(text, 2000)
    offset = label.end() if label else 0  # a contents list further down under its label (a sidebar's, run in after the text)
    opening = text[offset : offset + 2000]
    by_prefix: dict[str, list[int]] = {}  # the opening's word starts by their first 12 characters, a few each
    for match in re.finditer(r"(?<!\S)\S", opening):
        places = by_prefix.setdefault(text[offset + match.start() : offset + match.start() + 12], [])
        if len(places) < 8:
            places.append(offset + match.start())
    starts = [m.end() for m in SENTENCE_START.finditer(text) if m.end() > 40][:5000]
    found: list[tuple[int, int, str]] = []
    entries: list[tuple[int, int]] = []
    for begin in starts:
        best = 0
        if offset and offset - 40 <= begin < offset + 2000:
            continue  # the list's own entries
        for word in by_prefix.get(text[begin : begin + 12], []):
            if word >= begin and not offset:
                continue
            low, high = 0, min(200, abs(begin - word), len(text) - begin, len(text) - word)  # the common prefix's length, by halving
            while low < high:
                middle = (low + high + 1) // 2
                if text[word : word + middle] == text[begin : begin + middle]:
                    low = middle
                else:
                    high = middle - 1
            length = low
            if length > best:
                best, at = length, word
        if best < 25:
            continue
        phrase = text[begin : begin + best]
        cut = phrase.rstrip().rfind(" ") if not text[begin + best - 1].isspace() else len(phrase.rstrip())
        phrase = phrase[:cut].rstrip() if cut > 0 else phrase.rstrip()
        after = text[begin + len(phrase) : begin + len(phrase) + 20].lstrip()
        if len(phrase.split()) < 4 or phrase[-1:] in TERMINAL + ",;" or not after[:1].isupper() or DANGLING_END.search(phrase):
            continue
        if re.search(r"[.!?][\"”’]?\s", phrase) or (found and begin < found[-1][1]) or any(at < b and a < at + len(phrase) for a, b in entries):
            continue  # a sentence is no heading; headings and their entries in the list do not overlap
        if not text[at + len(phrase) : min(offset + 2000, at + len(phrase) + 20)].lstrip()[:1].isupper():
            continue
        found.append((begin, begin + len(phrase), phrase))
        entries.append((at, at + len(phrase)))
    span = (min(a for a, _ in entries), max(b for _, b in entries)) if entries else (0, 0)
    if not 2 <= len(found) <= 60 or span[1] - span[0] > 1.2 * sum(b - a for a, b in entries) + 50:
        return []  # the entries must stand together in the opening, as a contents list does
    return [(span[0], span[1], ""), *found]


_TITLE_WORD = r"(?:[A-Z][\w’'&-]*:?|of|the|in|and|to|for|a|an|on|from|with|at|by|or|vs\.|before|after|into|over|as|via|per|but|than|versus)"
# the words in title case run as far as they go, then give back the next sentence's first word (and a name after it): a
# heading that holds "The" or "A" is not cut short at it
# a zero-width joiner standing alone (a site builder's empty block, "… $1 trillion \u200d Implications for …") ends a block
# as a sentence's end does; a sentence may open on a verb's -ing form ("… Future Research Developing indicators beyond …"),
# and its usual first word may have a year after it ("… Export Controls Since 2018, the US has …")
RUN_IN_HEADING = re.compile(
    r"(?:(?<=[.!?] )(?<![\s.][A-Z]\. )|(?<=[.!?][”\"’)] )|(?<=\u200d ))(?P<heading>[A-Z][\w’'&-]*:?(?:\s"
    + _TITLE_WORD
    + r"){0,11}(?:\?|(?=\s(?:"
    + SENTENCE_OPENERS
    + r"|[A-Z][a-z]{2,}ing),?\s(?:[A-Z][\w’'-]*\s|(?:19|20)\d\d,\s)?[a-z])))\s"
    r"|(?:(?<=[.!?] )(?<![\s.][A-Z]\. )|(?<=[.!?][”\"’)] )|(?<=\d{4} )|(?<=\d\] ))(?P<known>" + "|".join(KNOWN_SECTION_NAMES) + r")\s(?=[A-Z])"
)
RUN_IN_MIN = 2  # one such phrase may be a sentence's odd opening; a page's headings come several


def _run_in_headings(text: str, minimum: int = RUN_IN_MIN) -> list[tuple[int, int, str]]:
    """Headings of a page run into one paragraph with no contents list: see RUN_IN_HEADING. Each found heading has two
    words or more in title case (or is a section name every report uses); a page gets them only where it has several."""
    found: list[tuple[int, int, str]] = []
    for match in RUN_IN_HEADING.finditer(text):
        heading = (match.group("heading") or match.group("known")).strip()
        start = match.start("heading") if match.group("heading") else match.start("known")
        named = heading.rstrip(":") in KNOWN_SECTION_NAMES
        if match.group("heading") and not named and (len(heading.split()) < 2 or not is_title_case(heading.rstrip("?:"))):
            continue
        opening = re.match(r"[A-Z][a-z]{2,}ing\b", text[match.end() :]) if match.group("heading") else None
        if opening and not re.fullmatch(SENTENCE_OPENERS, opening.group(0)):
            if heading.endswith(":"):
                continue  # a paragraph's run-in label ("… region. Results of Exploration: Ongoing exploration is …")
            if f" {opening.group(0).lower()} " not in text:
                continue  # a name, not a verb's -ing form the page writes in lower case too ("… President Xi Jinping said …")
        if AGENCY_CREDIT.match(heading):
            continue  # a photo's credit run into the prose ("… the port. AFP via Getty Images Meanwhile, the council …")
        found.append((start, start + len(heading), heading.rstrip(":")))
    return found if len(found) >= minimum else []


# a phrase the page names in quotation marks (a reading guide's "read ‘What are the tools?’", a cross-reference's
# "see ‘Human interaction evaluations’ below") that is found again where a sentence starts, with another sentence
# starting right after it, is the heading it names, in sentence case too
QUOTED_NAME = re.compile(r"[‘“](?P<name>[A-Z][^‘’“”]{8,120}?)[’”]")
# a sentence's end, or the page's tools over its text ("… Chapters Print this page Share this page How to read this paper
# If you are …"): a block ends there
SENTENCE_END_BEFORE = r"(?:(?<=[.!?] )|(?<=[.!?][”\"’)] )|(?<=\d\] )|(?<=\bShare this page )|(?<=\bPrint this page ))"
PAGE_TOOLS = re.compile(r"(?:Share|Print) this page")


def _quoted_name_headings(text: str) -> list[tuple[int, int, str]]:
    by_start: dict[str, list[str]] = {}  # the names by their first 8 characters (a name has 9 or more), a few each
    for match in QUOTED_NAME.finditer(text):
        name = match.group("name").rstrip(".,;:")
        names = by_start.setdefault(name[:8], [])
        if len(names) < 8 and len(name.split()) >= 2 and not re.search(r"[.!?].", name) and name not in names:
            names.append(name)
    for names in by_start.values():
        names.sort(key=len, reverse=True)  # the longest name that fits
    found: list[tuple[int, int, str]] = []
    if not by_start:
        return found
    for start in re.finditer(SENTENCE_END_BEFORE + r"(?=[A-Z])", text):  # one pass over the sentences' starts
        position = start.end()
        for name in by_start.get(text[position : position + 8], []):
            end = position + len(name)
            if text.startswith(name, position) and re.match(r"\s[A-Z‘“]", text[end : end + 2]):
                if not found or position >= found[-1][1]:
                    found.append((position, end, name))
                break
    return found


# a page's numbered headings run into its prose, in sentence case: "… the best. 1. Sandboxes are not uniform According to
# …  2. Coordination is essential AI does not …": each runs from its number to the first capitalised word after its own
# first word (where the next sentence starts); taken only where the numbers run 1, 2, 3 … in the text's order, three or
# more (the first may follow the heading over the list, with no sentence's end before it)
NUMBERED_RUN_IN = re.compile(r"(?<=\S )(?P<number>[1-9]\d?)\.\s(?P<heading>[A-Z][\w’'-]*(?:\s(?![A-Z])[\w’',()-]+){1,13})(?=\s[A-Z])")


NUMBERED_SENTENCE = re.compile(r"^(?:I|We|He|She|They|You)\s|\b(?:his|her|their|its|our|my|your|whether|which|who)$")


def _numbered_run_in_headings(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    seen = 0
    for match in NUMBERED_RUN_IN.finditer(text):
        if int(match.group("number")) != seen + 1 or match.group("heading").endswith(","):
            continue
        seen += 1
        if SENTENCE_CASE_DANGLING.search(match.group("heading")) or NUMBERED_SENTENCE.search(match.group("heading")):
            continue  # "1. Summer and", "2. I think": cut mid-sentence where the next word has a capital, no heading
        if re.search(
            r"\b(?:Figure|Fig|Table|Chart|Box|Map|Graph|Exhibit|Annex|Appendix|Section|Chapter|Part|Step|No|Note)\.?\s$",
            text[: match.start()][-14:],
            re.I,
        ):
            continue  # "Figure 1. Usage rates between …": a figure's number, no heading's
        found.append((match.start(), match.end(), f"{match.group('number')}. {match.group('heading')}"))
    return found if len(found) >= 3 else []


AUTHOR_BOX = re.compile(r"^(?:Author\(s\)|Authors?|About the authors?|Written by)\s*:?\s+(?P<box>.{5,400})", re.I)
BOX_PERSON = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ’'-]+\s+[A-Z][a-zà-ÿ’'-]+)\s+(?=(?:(?:Senior|Chief|Deputy|Managing|Executive|Associate|Visiting|Research|"
    r"Lead|Head|Principal|Program|Programme)\s+)*(?:Director|Fellow|Analyst|Researcher|Head|Editor|Advis[eo]r|Officer|Manager|"
    r"Professor|Associate|Economist|Scholar|Lead|President|Chair)\b)"
)


def _author_box(text: str, meta: Meta) -> bool:
    """'Author(s) Claudia Roe Director Communications Bernd Doe Senior Fellow …': the author box of a page run into its
    text: each name is two capitalised words right before a post, the post running to the next name."""
    box = AUTHOR_BOX.match(text)
    if not box:
        return False
    people = list(BOX_PERSON.finditer(box.group("box")))
    if not people:
        return False
    meta["authors"], meta["author_roles"] = [], {}
    for person, following in itertools.zip_longest(people, people[1:]):
        name = person.group("name")
        if name in meta["authors"]:
            break  # the box given twice
        end = following.start() if following else min(len(box.group("box")), person.end() + 60)
        meta["authors"].append(name)
        role = box.group("box")[person.end() : end].strip()
        role = re.split(r"\s+(?:Author\(s\)|Authors?|Download|Print|Share)(?=\s|$)", role)[0].strip()
        if role:
            meta["author_roles"][name] = role
    return True


# the byline and date under the title of a page run into one paragraph: "Kyle Roe June 9, 2026 While …", "Jane Roe ,
# John Doe March 18, 2026 — 10 min read Among …", "By Jane Roe, a senior adviser at the Board of Trade. As AI …"
_RUN_IN_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|al|da|del|der|la|le)){1,3}"
RUN_IN_BYLINE = re.compile(
    rf"^(?:By\s+)?(?P<names>{_RUN_IN_NAME}(?:\s*(?:,|\band\b|&)\s*{_RUN_IN_NAME}){{0,5}})"
    rf"(?:\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}(?:\s+[—–-]\s+\d+\s+min\s+read)?|,\s+(?P<bio>(?:an?|the)\s+[A-Za-z][^.]{{10,300}})\.)\s+(?=[A-Z])"
)
# where the report's text ends in a page run into one paragraph and the site's begins: comment forms, newsletter calls,
# the paper's links, related items, the site's disclaimer
PAGE_AFTER_TEXT = re.compile(
    r"(?<=[.!?”’\"] )(?:\u200d\s+)?(?:Leave a Reply|Receive the\b[^.!?]{0,80}\bnewsletter|Read (?:the )?(?:paper|report|more)\b|"
    r"Related (?:Content|publications|posts|articles|reading)\b|Share this (?:page|article|post)\b|Most Read\b|"
    r"The views expressed in this (?:article|piece|post|blog|commentary|paper|report|publication) are\b|"
    r"Authors?\s+(?:[A-Z][\w’'-]+\s+){2,3}Originally Published\b|"
    r"Authors?\s+(?:[A-Z][\w’'-]+\s+){2,3}[^.!?@]{0,80}?[\w.+-]+@[\w-]+\.[\w.-]+)"  # an author's card with her address
)


def _page_header_end(text: str, title: str) -> int:
    """A page run into one paragraph opens with its title (the browser tab's, the site's name after it) and gives it
    again under the site's menus: all up to the repeat is the site's header. 0 where the page does not do so."""
    if len(title) < 12 or not text.startswith(title):
        return 0
    at = text.rfind(title, len(title), min(8000, len(text) // 2))
    return at + len(title) if at > 0 else 0


def _run_in_byline(text: str, meta: Meta, problems: list[Problem]) -> int:
    """The byline run in under the title (see RUN_IN_BYLINE): its people become the authors where the top had none.
    Returns where the text after it starts, 0 where there is none."""
    match = RUN_IN_BYLINE.match(text)
    if not match:
        return 0
    people = byline_people(match.group("names"))
    if not people or not all(_is_person_name(name) for name, _ in people):
        return 0
    if match.group("bio"):  # "By Jane Roe, a senior adviser at …": her post
        people[-1] = (people[-1][0], re.sub(r"^(?:an?|the)\s+", "", match.group("bio")))
    if not meta.get("authors"):
        meta["authors"] = [name for name, _ in people]
        meta.setdefault("author_roles", {}).update({name: role for name, role in people if role})
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    return match.end()


# a short question set as a heading in sentence case ("… the public interest. What is a regulatory sandbox? Although …"):
# no comma in it, the next sentence right after it
QUESTION_RUN_IN = re.compile(SENTENCE_END_BEFORE + r"(?P<heading>[A-Z][^.!?,;:()\[\]]{10,90}\?)(?=\s[A-Z])")
QUESTION_WORDS_MAX = 12


# a heading in sentence case run into the prose: after a sentence's end, a few words whose first alone is capitalised
# (acronyms and numbers apart: "How cybersecurity became a UN issue"), then a new sentence's usual first word and a word
# in lower case ("… issue To understand today's …"); never a phrase ending on a preposition or an article ("He wrote in
# The Economist that …")
SENTENCE_CASE_RUN_IN = re.compile(
    SENTENCE_END_BEFORE
    + r"(?P<heading>[A-Z][\w’'-]*(?:\s(?:[a-z][\w’'-]*|[A-Z]{2,}s?|\d[\w-]*)){1,9})(?=\s(?:"
    + SENTENCE_OPENERS
    + r"|To|Amid)\s(?:[A-Z][\w’'-]*\s)?[a-z])"
)
FIGURE_NUMBER_BEFORE = re.compile(r"\b(?:Figure|Fig|Table|Chart|Box|Map|Graph|Exhibit)\.?\s+\d+[.:]\s$")  # a figure's title


def _sentence_case_headings(body: str) -> list[tuple[int, int, str]]:
    return [
        (m.start("heading"), m.end("heading"), m.group("heading"))
        for m in SENTENCE_CASE_RUN_IN.finditer(body)
        if not SENTENCE_CASE_DANGLING.search(m.group("heading"))
        and not PERSONAL.search(m.group("heading"))
        and not FIGURE_NUMBER_BEFORE.search(body[max(0, m.start() - 16) : m.start()])
        and not AGENCY_CREDIT.match(m.group("heading"))
        and not PAGE_TOOLS.fullmatch(m.group("heading"))
    ]


# a heading a scrape glued to the blocks around it, with no space on either side ("… published in early 2025.Immigration,
# integration and judicial independenceSince taking office …"): after a sentence's end, up to a word in lower case run
# into the next sentence's first word
GLUED_HEADING = re.compile(r"(?:(?<=[a-z\d][.!?])|(?<=[a-z][.!?][”’\"]))(?P<heading>[A-Z][^.!?\n]{3,100}?[a-z”’)])(?P<next>[A-Z][a-z]+)\b")


def _glued_headings(body: str) -> list[tuple[int, int, str]]:
    """See GLUED_HEADING: two to twelve words; the next sentence's first word one the page writes in lower case too (a
    name written with a capital inside, "McDonald", "YouTube", is not cut)."""
    found = []
    for match in GLUED_HEADING.finditer(body):
        heading, following = match.group("heading"), match.group("next")
        if 2 <= len(heading.split()) <= 12 and (re.fullmatch(SENTENCE_OPENERS, following) or f" {following.lower()} " in body):
            found.append((match.start("heading"), match.end("heading"), heading))
    return found


def _page_headings(body: str) -> list[tuple[int, int, str]]:
    """The headings of a page run into one paragraph with no contents list: run in in title case, named in quotation
    marks elsewhere in the page, or numbered in order; none where the page shows fewer than two. Where it shows two or
    more, its short questions set as headings are among them too (alone they may be a writer's questions)."""

    def merged(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for heading in sorted(candidates, key=lambda h: (h[0], -h[1])):
            if not found or heading[0] >= found[-1][1]:
                found.append(heading)
        return found

    candidates = (
        _quoted_name_headings(body)
        + _numbered_run_in_headings(body)
        + _run_in_headings(body, 0)
        + _sentence_case_headings(body)
        + _glued_headings(body)
    )
    found = merged([c for c in candidates if not re.fullmatch(r"(?:Table of )?Contents(?: Table of Contents)?", c[2])])
    if len(found) < RUN_IN_MIN:
        return []
    questions = [
        (m.start("heading"), m.end("heading"), m.group("heading"))
        for m in QUESTION_RUN_IN.finditer(body)
        if len(m.group("heading").split()) <= QUESTION_WORDS_MAX
    ]
    return merged(found + questions)


# a text dump with no line breaks at all (a PDF's text run into one line) gets paragraphs back: cut where a sentence ends
# before a capital, once a paragraph has this many words, so that none runs past the most
DUMP_PARAGRAPH_WORDS = 150
DUMP_PARAGRAPH_MAX_WORDS = 400
# a sentence's end: a word in lower case (no abbreviation's capital, "Mr.", "Jr.", "U.S.") and its stop, a footnote
# number glued to it perhaps, then the next sentence's capital
DUMP_SENTENCE_END = re.compile(r"(?<![\w.])[a-z]{2,}[.!?][\"”’)]?(?:\d{1,4})?\s+(?=[A-Z“\"])")


DUMP_ANY_SENTENCE_END = re.compile(r"[.!?;:][\"”’)]?\s+(?=[A-Z“\"])")  # for a paragraph still too long: any stop before a capital


def dump_paragraphs(text: str) -> list[str]:
    """A one-line dump's stretch of prose cut into paragraphs of some DUMP_PARAGRAPH_WORDS words, at sentences' ends."""
    if len(text.split()) <= DUMP_PARAGRAPH_MAX_WORDS:
        return [text]
    paragraphs: list[str] = []
    begin = words = 0
    last = 0
    for match in DUMP_SENTENCE_END.finditer(text):
        words += len(text[last : match.end()].split())
        last = match.end()
        if words >= DUMP_PARAGRAPH_WORDS:
            paragraphs.append(text[begin : match.end()].strip())
            begin, words = match.end(), 0
    if text[begin:].strip():
        paragraphs.append(text[begin:].strip())
    if any(len(paragraph.split()) > DUMP_PARAGRAPH_MAX_WORDS for paragraph in paragraphs):
        return [piece for paragraph in paragraphs for piece in _cut_at_any_stop(paragraph)]
    return paragraphs


def _cut_at_any_stop(text: str) -> list[str]:
    if len(text.split()) <= DUMP_PARAGRAPH_MAX_WORDS:
        return [text]
    pieces, begin, words, last = [], 0, 0, 0
    for match in DUMP_ANY_SENTENCE_END.finditer(text):
        words += len(text[last : match.end()].split())
        last = match.end()
        if words >= DUMP_PARAGRAPH_WORDS:
            pieces.append(text[begin : match.end()].strip())
            begin, words = match.end(), 0
    return [*pieces, text[begin:].strip()] if text[begin:].strip() else pieces


def _dump_units(pieces: list[Unit]) -> list[Unit]:
    result: list[Unit] = []
    for piece in pieces:
        if piece.data.get("heading") or piece.data.get("contents") or piece.data.get("page header"):
            result.append(piece)
            continue
        result += [Unit(piece.line, paragraph, kind=piece.kind, data=dict(piece.data)) for paragraph in dump_paragraphs(piece.text)]
    return result


def flattened_page(
    units: list[Unit], start: int, inferred: list[str], meta: Meta | None = None, problems: list[Problem] | None = None, one_line: bool = False
) -> list[Unit]:
    """A web page run into one long paragraph (an archive's copy keeps only its text): its notes list, the bare note
    numbers in its text and the headings its contents list names are found, and the paragraph is cut at them. The
    contents list itself and what follows the notes (author box, related links) are set apart as the site's, as are
    the site's header over the title given again, the byline run in under it (read as the authors) and the site's
    items after the text."""
    result = units[:start]
    meta = meta if meta is not None else {}
    problems = problems if problems is not None else []
    for unit in units[start:]:
        text = unit.text
        if not FLATTENED_MIN <= len(text) <= FLATTENED_MAX:
            result.append(unit)
            continue
        header: list[Unit] = []
        cut = _page_header_end(text, str(meta.get("title") or ""))
        if cut:
            cut += _run_in_byline(text[cut:].lstrip(), meta, problems) + len(text[cut:]) - len(text[cut:].lstrip())
            header = [Unit(unit.line, text[:cut].strip(), data={"page header": True})]
            inferred.append(f"line {unit.line}: the site's header over the title given again, run into the page's one paragraph, set apart")
            text = text[cut:].strip()
        ending = PAGE_AFTER_TEXT.search(text, len(text) // 2)
        after: list[Unit] = []
        if ending:
            after = [Unit(unit.line, text[ending.start() :].strip(), data={"page header": True, "after text": True})]
            text = text[: ending.start()].rstrip()
        if header or after:
            unit = Unit(unit.line, text, kind=unit.kind, data=dict(unit.data))
        body, notes, rest = _split_inline_notes(text)
        headings = [h for h in _contents_headings(body) or _page_headings(body) if not HEADING_CUT_SHORT.search(h[2])]
        if not notes and not headings:
            result += [*header, *(_dump_units([unit]) if one_line else [unit]), *after]
            continue
        pieces: list[Unit] = [*header]
        position = 0
        for begin, end, heading in sorted(headings):
            if body[position:begin].strip():
                pieces.append(Unit(unit.line, body[position:begin].strip(), data={"end": unit.data.get("end", unit.line)}))
            if heading:
                pieces.append(Unit(unit.line, heading, data={"heading": True, "end": unit.data.get("end", unit.line)}))
            else:
                pieces.append(Unit(unit.line, body[begin:end].strip(), data={"contents": True}))
            position = end
        if body[position:].strip():
            pieces.append(Unit(unit.line, body[position:].strip(), data={"end": unit.data.get("end", unit.line)}))
        markers = 0
        if notes and not re.search(r"\[1\]", body):  # the numbers run across the pieces: they are read as one text, cut again after
            prose = [piece for piece in pieces if not piece.data.get("heading") and not piece.data.get("contents")]
            marked, markers = bare_note_markers("\n\u0000\n".join(p.text for p in prose), len(notes))
            for piece, piece_text in zip(prose, marked.split("\n\u0000\n"), strict=True):
                piece.text = piece_text
        if notes:
            pieces.append(Unit(unit.line, "Endnotes"))
            pieces += [Unit(unit.line, f"[{key}] {note}") for key, note in notes]
            if rest:
                pieces.append(Unit(unit.line, rest, data={"after notes": True}))
        inferred.append(
            f"line {unit.line}: a page run into one paragraph cut at {sum(1 for h in headings if h[2])} headings its contents list names"
            + (f", {len(notes)} notes run into its text and {markers} bare note numbers" if notes else "")
        )
        result += (_dump_units(pieces) if one_line else pieces) + after
    return result


# a story a news API or a feed ran into one line under its title, byline and date lines (2,000-3,500 characters, several
# quotations): its paragraphs are lost. It is not cut again: the engine reads a paragraph whole, and a cut (even after a
# quotation that closes a sentence) parts a quotation from the sentence before it that names its speaker, its day or its
# occasion ('… the announcement said. … And it discussed removing “…”'); the user is told, who can break it as the page does
ONE_LINE_STORY_MIN = 1500
OTHER_PARAGRAPH_MAX = 100  # a story's other lines are its furniture, a credit or a teaser's words at most


def one_line_story(units: list[Unit], start: int, problems: list[Problem]) -> None:
    """A problem line where the text's only paragraph is a story of 1,500 characters or more run into one line."""
    long = [at for at in range(start, len(units)) if len(units[at].text) > OTHER_PARAGRAPH_MAX]
    if len(long) != 1 or units[long[0]].kind != "paragraph" or len(units[long[0]].text) < ONE_LINE_STORY_MIN:
        return
    unit = units[long[0]]
    problems.append(
        Problem(
            unit.line,
            f"the story's {len(unit.text):,} characters stand on one line (a news feed's text, its paragraphs run together); "
            "it is kept as one paragraph: break it where the page's paragraphs end, if you have the page",
        )
    )


# a subhead run into its paragraph where a browser's print or copy lost the break ('Garth BrooksAsked if he would …'):
# a few capitalised words, the last touching the capital of the paragraph's first word
SUBHEAD_RUN_IN = re.compile(r"^(?P<head>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'&-]*?[a-z]{2})(?P<first>[A-Z][a-z]+)\b")
SUBHEAD_SIBLING_WORDS = 5  # a subhead standing alone on its line: a name, a short title
RUN_IN_PARAGRAPH_WORDS = 8


def _standing_subheads(units: list[Unit], start: int) -> int:
    """Short title-case lines with no stop, each over a paragraph: the page's own subheads."""
    return sum(
        1
        for at in range(start, len(units) - 1)
        if len(units[at].text.split()) <= SUBHEAD_SIBLING_WORDS
        and units[at].text.strip()[-1:] not in TERMINAL + ":,"
        and is_title_case(units[at].text)
        and len(units[at + 1].text.split()) >= RUN_IN_PARAGRAPH_WORDS
    )


def subheads_run_into_paragraphs(units: list[Unit], start: int, inferred: list[str]) -> list[Unit]:
    """A paragraph opening on a subhead run into its first word, on a page whose other subheads stand on their own lines:
    the subhead, then the paragraph (a page break between them, a form feed with no line end before it, glues them so
    too). The glued word must stand nowhere else in the text, its first half must (a name
    given again: 'Brooks'), and its second must open a sentence or stand in the text in lower case ('asked'); so
    'WikiLeaks', 'YouTube' or 'McDonald' are never cut."""
    found = [(at, SUBHEAD_RUN_IN.match(units[at].text)) for at in range(start, len(units)) if units[at].kind == "paragraph"]
    found = [(at, match) for at, match in found if match and len(units[at].text[match.end("head") :].split()) >= RUN_IN_PARAGRAPH_WORDS]
    if not found or _standing_subheads(units, start) < 2:
        return units
    text = "\n".join(unit.text for unit in units)  # a form feed between the subhead and its paragraph is gone here too
    words = set(re.findall(r"[\w’'-]+", text))
    result, taken = list(units[:start]), 0
    cuts = dict(found)
    for at in range(start, len(units)):
        match = cuts.get(at)
        if match is not None:
            last = match.group("head").split()[-1]
            glued, first = last + match.group("first"), match.group("first")
            opens = re.fullmatch(SENTENCE_OPENERS, first) is not None or first.lower() in words
            if text.count(glued) == 1 and last in words and opens:
                unit = units[at]
                result.append(Unit(unit.line, match.group("head"), unit.kind, unit.level, {"end": unit.line, "last_line": match.group("head")}))
                result.append(Unit(unit.line, unit.text[match.end("head") :], unit.kind, unit.level, dict(unit.data)))
                taken += 1
                continue
        result.append(units[at])
    if taken:
        inferred.append(f"{taken} subheads run into their paragraphs set on lines of their own")
    return result
