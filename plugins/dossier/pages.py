"""The pages a report is split into, in reading order, and their neighbours."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .model import Actor, Note, Report, Role, Section, Statement
from .text import fold

if TYPE_CHECKING:  # the relation graph and the registry import much of the package; here they are only types
    from .actors import Registry
    from .relations import ActorGraph, Relation

PageKind = Literal["overview", "section", "notes"]

NOTES_FILE = "notes.html"
OVERVIEW_FILE = "index.html"


@dataclass(frozen=True)
class PageLink:
    file_name: str
    title: str
    kind: PageKind
    section: Section | None = None


def reading_order(report: Report) -> list[PageLink]:
    pages = [PageLink(OVERVIEW_FILE, "Overview", "overview", report.introduction)]
    pages += [PageLink(s.file_name, s.title, "section", s) for s in report.chapters]
    if report.has_notes():
        pages.append(PageLink(NOTES_FILE, "Notes", "notes"))
    return pages


def neighbours(report: Report, file_name: str) -> tuple[PageLink | None, PageLink | None]:
    pages = reading_order(report)
    index = next(i for i, page in enumerate(pages) if page.file_name == file_name)
    previous = pages[index - 1] if index > 0 else None
    following = pages[index + 1] if index + 1 < len(pages) else None
    return previous, following


CONTENTS_FULL = 24  # a report with more pages than this lists only the pages around the current one
CONTENTS_AROUND = 3


def contents_window(
    pages: list[PageLink], current: int, full: int = CONTENTS_FULL, around: int = CONTENTS_AROUND
) -> list[tuple[int, PageLink] | None]:
    """The pages a section page's contents lists, each with its number in the reading order: all of them in a
    short report; in a long one the first, `around` on each side of the current page and the last, with None
    where pages are left out, so a page's size does not grow with the number of sections (the overview lists
    them all)."""
    if len(pages) <= full:
        return list(enumerate(pages, 1))
    keep = sorted({0, len(pages) - 1, *range(max(0, current - around), min(len(pages), current + around + 1))})
    window: list[tuple[int, PageLink] | None] = []
    for before, index in zip([None, *keep], keep, strict=False):
        if before is not None and index != before + 1:
            window.append(None)
        window.append((index + 1, pages[index]))
    return window


def page_file(section: Section) -> str:
    """The file a section is on: the introduction is on the overview page."""
    return OVERVIEW_FILE if section.is_introduction else section.file_name


def section_label(section: Section) -> str:
    return "Introduction" if section.is_introduction else section.title


def paragraph_path(report: Report, section_slug: str, anchor: str) -> str:
    """Where a paragraph is, from the site root."""
    return f"reports/{report.slug}/{page_file(report.section(section_slug))}#{anchor}"


def citation_href(report: Report, section_slug: str, cite_id: str, from_file: str) -> str:
    """Link from a page of the report to a citation, on whichever page of the report it is."""
    target_file = page_file(report.section(section_slug))
    return f"#{cite_id}" if target_file == from_file else f"{target_file}#{cite_id}"


@dataclass(frozen=True)
class NoteGap:
    """Numbers the report's notes skip: neither cited nor defined ("notes 7–9")."""

    first: int
    last: int
    is_gap: bool = True


def _number(key: str) -> int | None:
    return int(key) if key.isdigit() else None


def notes_in_order(report: Report) -> list[Note | NoteGap]:
    """The report's notes in number order (keys that are not numbers after them, as written), gaps in place."""
    numbered = sorted((n for n in report.notes.values() if _number(n.key) is not None), key=lambda n: int(n.key))
    others = [n for n in report.notes.values() if _number(n.key) is None]
    ordered: list[Note | NoteGap] = []
    last = 0
    for note in numbered:
        if int(note.key) > last + 1:
            ordered.append(NoteGap(last + 1, int(note.key) - 1))
        ordered.append(note)
        last = int(note.key)
    return ordered + others


QUOTE_MARKS = "\"“”'‘’«»"


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:.–—-") + "…"


def first_words(text: str, count: int = 25, limit: int = 200) -> str:
    """The first `count` words (at most `limit` characters), marked with an ellipsis where cut."""
    words = text.split()
    shown = " ".join(words[:count])
    if len(words) <= count and len(shown) <= limit:
        return shown
    return shorten(shown, limit) if len(shown) > limit else shown.rstrip(" ,;:.–—-") + "…"


def short_title(title: str, speaker_name: Callable[[str], str | None] | None = None, words: int = 6, limit: int = 56) -> str:
    """A section title for a contents list. A heading that quotes a speaker ("Iranian Army Ground Forces
    Commander Kioumars Heydari: "Truck Traffic From …"") becomes the speaker and a short headline
    ("Kioumars Heydari: “Truck Traffic From Azerbaijan To Iran…”"); `speaker_name(text)` names the
    speaker in the part before the colon, if it can; else a long part before the colon is cut to its last two words
    only where a quotation follows it (its words end on the speaker's name): "Court of Appeal No: …" or "Lessons from
    the Harbour Review: What Went Wrong" name no speaker, nor does a headline's head ("Governor Slams ‘Reckless’
    Rivals: …", speaker_head). Any other title is cut at `limit` characters."""
    parts = speaker_head(title)
    if parts:
        head, rest = parts
        name = speaker_name(head) if speaker_name else None
        name = None if name and (_paired(head, name) or _inside_a_longer_name(head, name)) else name
        quoted = rest[0] in QUOTE_MARKS
        if not name and len(head.split()) > 3 and not quoted:
            return shorten(title, limit)
        if not name:
            name = head if len(head.split()) <= 3 else " ".join(head.split()[-2:])
        body = rest.strip(QUOTE_MARKS + " ")
        kept = body.split()
        headline = " ".join(kept[:words]).rstrip(",;:.") + ("…" if len(kept) > words else "")
        return shorten(f"{name}: “{headline}”" if quoted else f"{name}: {headline}", limit + 16)
    return shorten(title, limit)


# a section title's verb after its subject ('Governor Slams …', 'Mayor warns …'): the words before its colon are a
# sentence. Not attribution's HEADLINE_VERBS: this list tells a title's head from a speaker's label, so it holds verbs of
# attack ('Slams', 'Blasts') that say nothing a quote could be credited for
SECTION_HEAD_VERBS = frozenset(
    "says slams blasts rips hits warns urges tells calls accuses mocks attacks defends praises vows claims insists responds "
    "torches unloads lashes scolds denies demands admits reveals explains reacts fires trolls jabs knocks".split()
)
OPENING_MARK = re.compile(r"(?:^|\s)[\"“‘'«]")  # a quotation opening in the head: 'Slams ‘Reckless’ Rivals'


def speaker_head(title: str) -> tuple[str, str] | None:
    """A section title's head before its first ': ' and the rest, where the head may name a speaker (a name, or a post
    and a name: 'Harbour Master Orla Fenwick: "…"'); None where there is no colon or the head is a headline of its
    own, a subject and its verb or a quotation in it ('Governor Slams ‘Reckless’ Rivals: ‘Grow Up’', 'Putin Blasts
    Democrats: …'), whose last words name nobody. short_title and the renderer's question to the registry both ask."""
    head, colon, rest = " ".join(title.split()).partition(": ")
    if not colon or not rest or len(head) > 160 or OPENING_MARK.search(head):
        return None
    if any(word.strip(",").casefold() in SECTION_HEAD_VERBS for word in head.split()[1:]):
        return None
    return head, rest


def _paired(head: str, name: str) -> bool:
    """'NORLAND AND WESTMARK', 'Westmark & Norland': the name is one of those the head joins, and the head names them
    all (two countries a section is about), no one speaker."""
    folded, named = fold(head), fold(name)
    at = folded.find(named)
    if at < 0:
        return False
    before, after = folded[:at].rstrip(), folded[at + len(named) :].lstrip()
    return before.endswith((" and", " &")) or after.startswith(("and ", "& "))  # 'Jane Roe, minister': a name and its post


def _inside_a_longer_name(head: str, name: str) -> bool:
    """'Brandt Doctrine', 'Vell Administration': the speaker's surname is the first word of a longer name in the head
    (a capitalised word follows it), a doctrine's or a government's, not the speaker. Near misses: 'Tomas Vell, Minister
    of Ports', 'Harbour Master Tomas Vell' (the surname ends the name). A head that does not spell the surname out (the
    registry matched an alias) is left to the registry."""
    surname = name.split()[-1]
    found = re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])\s+(\S)", head, re.IGNORECASE)
    return bool(found and found.group(1)[0].isupper())


def reading_minutes(section: Section, words_per_minute: int = 230) -> int:
    """About how long the section takes to read: its words at 230 a minute, at least one minute."""
    words = sum(len(paragraph.text.split()) for paragraph in section.paragraphs)
    return max(1, round(words / words_per_minute))


# --- speaker pages ------------------------------------------------------------------------------


def short_date(day: dt.date) -> str:
    """A date for one-line listings: "Oct. 5, 2021"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def month_year(day: dt.date) -> str:
    return f"{day:%B} {day.year}"


def role_dates(role: Role) -> str:
    """When a role was held, as a reader says it: "August 2021 to May 2024", "since August 2021"."""
    if role.start and role.end:
        start, end = month_year(role.start), month_year(role.end)
        return start if start == end else f"{start} to {end}"
    if role.start:
        return f"since {month_year(role.start)}"
    if role.end:
        return f"until {month_year(role.end)}"
    return ""


def statement_ids(statements: Iterable[Statement]) -> list[str]:
    """A permalink id for each statement that stays put when other statements are added: its report and paragraph."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for statement in statements:
        base = f"s-{statement.report_slug}-{statement.anchor}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


TYPED = ("contact", "support", "opposition")
RELATION_WORDS = {"contact": "in contact", "support": "support", "opposition": "opposition"}


def typed_relations_by_actor(graph: ActorGraph) -> dict[str, list[Relation]]:
    """The graph's typed relations (contact, support, opposition) by each of their actors, in the graph's order."""
    by_actor: dict[str, list[Relation]] = {}
    for relation in graph.relations.values():
        if relation.kind in TYPED:
            by_actor.setdefault(relation.source, []).append(relation)
            if relation.target != relation.source:
                by_actor.setdefault(relation.target, []).append(relation)
    return by_actor


def spoke_about(
    actor: Actor, graph: ActorGraph | None, registry: Registry, limit: int = 8, by_actor: dict[str, list[Relation]] | None = None
) -> list[dict[str, Any]]:
    """Whom the actor is related to by typed relations (contact, support, opposition), most passages first:
    people and bodies, not the actor's own state, at most `limit`. `by_actor` is typed_relations_by_actor(graph),
    worked out once for every speaker page (a scan of every relation a page grows with the archive squared)."""
    if graph is None:
        return []
    found: dict[str, dict[str, Any]] = {}
    relations = graph.relations.values() if by_actor is None else by_actor.get(actor.id, [])
    for relation in relations:
        if relation.kind not in TYPED or actor.id not in (relation.source, relation.target):
            continue
        other = relation.target if relation.source == actor.id else relation.source
        if other == actor.id or other == actor.affiliation or other not in registry:
            continue
        entry = found.setdefault(other, {"actor": registry[other], "passages": 0, "kinds": []})
        entry["passages"] += relation.evidence_count
        if RELATION_WORDS[relation.kind] not in entry["kinds"]:
            entry["kinds"].append(RELATION_WORDS[relation.kind])
    ranked = sorted(found.values(), key=lambda e: (-e["passages"], e["actor"].name.casefold(), e["actor"].id))
    for entry in ranked:
        entry["kinds"].sort(key=list(RELATION_WORDS.values()).index)
    return ranked[:limit]


def statements_chart(statements: Iterable[Statement], width: int = 240, height: int = 36) -> dict[str, Any] | None:
    """An inline SVG of statements per month (per year over more than five years), made at build time;
    None when the dated statements fall in a single period."""
    dates = sorted(date for s in statements if (date := s.date))
    if not dates:
        return None
    key: Callable[[dt.date], tuple[int, int]]
    label: Callable[[tuple[int, int]], str]
    by_year = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month >= 60
    if by_year:
        periods = [(year, 1) for year in range(dates[0].year, dates[-1].year + 1)]
        key = lambda d: (d.year, 1)  # noqa: E731
        label = lambda p: str(p[0])  # noqa: E731
    else:
        periods, year, month = [], dates[0].year, dates[0].month
        while (year, month) <= (dates[-1].year, dates[-1].month):
            periods.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        key = lambda d: (d.year, d.month)  # noqa: E731
        label = lambda p: f"{MONTH_NAMES[p[1] - 1]} {p[0]}"  # noqa: E731
    if len(periods) < 2:
        return None
    counts = {p: 0 for p in periods}
    for day in dates:
        counts[key(day)] += 1
    top = max(counts.values())
    slot = width / len(periods)
    gap = min(2.0, slot / 4)
    bars = []
    for index, period in enumerate(periods):
        if counts[period]:
            bar = max(2.0, (height - 2) * counts[period] / top)
            bars.append(f'<rect x="{index * slot + gap / 2:.1f}" y="{height - bar:.1f}" width="{slot - gap:.1f}" height="{bar:.1f}"></rect>')
    described = "; ".join(f"{label(p)}: {counts[p]}" for p in periods if counts[p])
    unit = "year" if by_year else "month"
    svg = (
        f'<svg class="statement-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        f' aria-label="Statements per {unit}: {described}"><line x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}"></line>'
        + "".join(bars)
        + "</svg>"
    )
    return {"svg": svg, "first": label(periods[0]), "last": label(periods[-1]), "unit": unit, "top": top}


MONTH_NAMES = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
