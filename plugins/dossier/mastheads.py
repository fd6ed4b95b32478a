"""A journal article's masthead under its title, as a journal's site or its repository prints it over the article:
the journal's name, the issue line ('Volume 75, Number 2 Spring 2022, Article 4', 'Vol. 34, Issue 1'), the year or the
day of publication on a line of its own, and the authors, each name over their affiliation ('Jane Roe' / 'Harbour
Institute', in Markdown '### Jane Roe' / '*Harbour Institute*'). None of it is a section: the names are the byline,
each affiliation the author's post, the date line the report's date, the journal's name and issue line left out."""

from __future__ import annotations

import re

from .bylines import BYLINE, JOB_HEAD, _is_person_name, story_sentence
from .dates import find_line_date
from .importunits import TERMINAL, Meta, Problem, Unit
from .sidebarwidgets import sidebar_widget_heading
from .versionnote import version_note

# 'Volume 75, Number 2 Spring 2022, Article 4', 'Vol. 12, No. 3 | March 2021', 'Volume 34, Issue 1 The Future of Work'
_ISSUE_NUMBERS = r"vol(?:ume)?\.?\s*\d{1,4}\s*(?:[,:;|/]\s*|\s+)(?:no\.|number|issue|iss\.)\s*\d{1,4}\b"
ISSUE_LINE = re.compile("^" + _ISSUE_NUMBERS, re.I)
ISSUE_NUMBERS = re.compile(r"\b" + _ISSUE_NUMBERS, re.I)  # the same anywhere in a line (a running head's 'Harbour Review Vol. 12, No. 3')
ISSUE_LINE_MAX = 120
# a journal's name: the word journals are named by ('Harbour Policy Review', 'Journal of Estuary Studies')
JOURNAL_WORD = re.compile(
    r"\b(?:journal|review|quarterly|bulletin|proceedings|annals|magazine|letters|studies|affairs|law review|papers|gazette)\b", re.I
)
JOURNAL_NAME_WORDS = 10
SEASON_YEAR = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d\b", re.I)
YEAR_LINE = re.compile(r"^(?:19|20)\d\d$")
# an author's affiliation: a body's name, by the noun it is named with ('Harbour Institute of Maritime Studies', 'Japan
# Maritime Self-Defense Force', 'University of Varn'); the bodies an author is held at, narrower than
# attribution.names.ORGANIZATION_WORDS, which has outlets', documents' and plants' words too ('Times', 'Treaty', 'Refinery')
AFFILIATION_NOUN = re.compile(
    r"\b(?:institute|institution|university|universit[éy]|college|school|cent(?:er|re)|foundation|council|department|ministry|"
    r"force|forces|navy|army|agency|association|commission|laborator(?:y|ies)|lab|program(?:me)?|office|bank|fund|service|"
    r"court|society|academy|corporation|company|group|network|initiative|project|alliance|federation|union|afl-cio|"
    r"hospital|museum|library|observatory|trust|partnership|authority|organi[sz]ation)\b",
    re.I,
)
AFFILIATION_WORDS = 12
MASTHEAD_REACH = 8  # units under the title where the masthead's first line may stand
# a repository's lines over the article it holds (bepress Digital Commons, an institutional repository): its label over
# the citation it suggests, and its notice of open access
CITATION_LABEL = re.compile(r"^(?:recommended|suggested|preferred)\s+citation\s*:?$", re.I)
CITATION_RUN_IN = re.compile(r"^(?:recommended|suggested|preferred)\s+citation\s*:?\s+\S.{10,400}\(?(?:19|20)\d\d\b", re.I)
# the repository's link to a video or recording of the work ('Video: Harbour Institute lecture ～PART ONE～')
MEDIA_LINK = re.compile(r"^(?:video|audio|podcast|recording|watch|listen)\s*:\s*\S.{0,160}$", re.I)
ACCESS_NOTICE = re.compile(r"^This (?:article|paper|report|book|chapter|thesis|item|work) is brought to you\b.{0,40}\bby\b", re.I)
# the authors' note under the masthead: 'Commander Jane Roe is a surface warfare officer …', 'Dr. Jane Roe is …'
BIO_VERB = re.compile(r"\s+(?:is|was|serves|served|teaches|works|holds|directs|leads)\b")
AFTER_MASTHEAD_REACH = 5  # units under the authors where the repository's lines and the authors' note stand


def _short_line(text: str, words: int) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= words and text[-1:] not in TERMINAL + ":"


def _journal_name(unit: Unit, title: str) -> bool:
    return _short_line(unit.text, JOURNAL_NAME_WORDS) and bool(JOURNAL_WORD.search(unit.text)) and unit.text.strip() != title


def _affiliation(unit: Unit | None) -> bool:
    if unit is None or unit.data.get("heading") or not _short_line(unit.text.strip().rstrip("*_ "), AFFILIATION_WORDS):
        return False
    if BYLINE.match(unit.text.strip()):
        return False  # 'By Lena Marsh Coastal News Service' under the headline repeated: the byline, no affiliation
    if re.search(r"[:@/|]|\d", unit.text):
        return False  # a contact's line ('Harbour Office e: jane@…'), a date, a link: no body's name
    wholly_emphasised = any(phrase.strip() == unit.text.strip() for _, phrase in unit.data.get("emphasis", []) or [])
    return bool(AFFILIATION_NOUN.search(unit.text)) or wholly_emphasised


# a post or a desk, shaped as a name ('Research Fellow', 'Media Contact', 'Press Office'): no author's name
POST_WORDS = re.compile(rf"\b(?:{JOB_HEAD}|contact|contacts|office|team|desk|staff|press|media|author|authors)\b", re.I)


def _masthead_name(text: str) -> bool:
    """A person's name, no post's; nor a blog sidebar's widget heading over its list ('Recent Posts' over a post's title
    naming a council, a select-all copy's opening)."""
    return _is_person_name(text) and not POST_WORDS.search(text) and not sidebar_widget_heading(text)


def _author_pairs(units: list[Unit], index: int) -> list[tuple[str, str]]:
    """The names over their affiliations from units[index] down, one pair after another."""
    pairs: list[tuple[str, str]] = []
    while (
        index + 1 < len(units)
        and _masthead_name(units[index].text.strip())
        and _affiliation(units[index + 1])
        and not _over_a_byline(units, index + 1)
    ):
        pairs.append((units[index].text.strip(), units[index + 1].text.strip().strip("*_ ").strip()))
        index += 2
    return pairs


def _over_a_byline(units: list[Unit], index: int) -> bool:
    """The line right over a 'By …' line is a headline ('Plan to close the ferry office …' under a site's menu of
    columnists' names), however short and whatever body it names: no author's affiliation."""
    return index + 1 < len(units) and BYLINE.match(units[index + 1].text.strip()) is not None


def _short_date_line(text: str) -> bool:
    return len(text.split()) <= 4 and find_line_date(text.strip()) is not None


def _authors_note(text: str, names: list[str]) -> bool:
    """A paragraph opening on an author's name, after a rank or an honorific, and telling who they are."""
    for name in names:
        found = text.find(name)
        if 0 <= found <= 30 and len(text[:found].split()) <= 3 and BIO_VERB.match(text, found + len(name)):
            return True
    return False


def journal_masthead(
    units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]
) -> list[Unit]:
    """The units with the masthead under the title taken out and read: the journal's name and its issue line, a year or a
    date alone on a line, and the names over their affiliations (the authors, where the header gave none)."""
    title = meta.get("title", "")
    end = min(len(units), start + MASTHEAD_REACH)
    end = next((i for i in range(start, end) if story_sentence(units[i].text) and not version_note(units[i].text)), end)  # over the text
    issue = next((i for i in range(start, end) if len(units[i].text) <= ISSUE_LINE_MAX and ISSUE_LINE.match(units[i].text.strip())), None)
    first_pair = next((i for i in range(start, end) if _author_pairs(units, i)), None)
    if issue is None and first_pair is None:
        return units
    taken: dict[int, str] = {}
    if issue is not None:
        taken[issue] = "journal's issue line"
        if issue > start and _journal_name(units[issue - 1], title):
            taken[issue - 1] = "journal's name"
    last = max([issue or start, first_pair or start])
    if issue is not None and first_pair is None:  # under the issue line: its day, then the author's name alone
        below = issue + 1
        while below < end and (YEAR_LINE.match(units[below].text.strip()) or _short_date_line(units[below].text)):
            below += 1
        following = units[below + 1] if below + 1 < len(units) else None
        named = units[below].text.strip() if below < end else ""
        noted = bool(named) and following is not None and _authors_note(following.text, [named])  # the name over its note: read with it below
        if named and not meta.get("authors") and _masthead_name(named) and not _affiliation(following) and not noted:
            meta["authors"] = [units[below].text.strip()]
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {units[below].line}: the name under the journal's issue line read as the author")
            taken[below] = ""
        last = below - 1
    for index in range(start, min(last + 1, end)):  # between the title and the authors: the journal's name and the dates
        text = units[index].text.strip()
        if index in taken:
            continue
        if YEAR_LINE.match(text):
            taken[index] = "journal's issue year"
        elif _short_date_line(text) and (dated := find_line_date(text)) is not None:
            if not meta.get("date"):
                meta["date"], meta["date_basis"] = dated[0], f"the date line in the journal's masthead, line {units[index].line}"
                problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
            taken[index] = "journal's date line"
        elif _journal_name(units[index], title) and index < last:
            taken[index] = "journal's name"
    pairs = _author_pairs(units, first_pair) if first_pair is not None else []
    if pairs and meta.get("authors") and {name for name, _ in pairs} - set(meta["authors"]):
        pairs = []  # the header's byline names others: the lines are no masthead's
    if pairs and not meta.get("authors"):
        meta["authors"] = [name for name, _ in pairs]
        meta.setdefault("author_roles", {}).update(dict(pairs))
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(f"line {units[first_pair].line}: {len(pairs)} names over their affiliations in the journal's masthead read as the authors")  # type: ignore[index]
    if pairs:
        assert first_pair is not None
        taken.update({i: "" for i in range(first_pair, first_pair + 2 * len(pairs))})
    after = max([*taken, start])
    for index in range(after + 1, min(len(units), after + 1 + AFTER_MASTHEAD_REACH)):
        text = units[index].text.strip()
        if CITATION_LABEL.match(text) and index + 1 < len(units):
            taken[index], taken[index + 1] = "repository's recommended citation", "repository's recommended citation"
        elif CITATION_RUN_IN.match(text):
            taken[index] = "repository's recommended citation"
        elif ACCESS_NOTICE.match(text):
            taken[index] = "repository's open-access notice"
        elif MEDIA_LINK.match(text) and text[-1:] not in TERMINAL:
            taken[index] = "repository's media link"
        elif pairs and index not in taken and _authors_note(text, [name for name, _ in pairs]) and not meta.get("author_note"):
            meta["author_note"] = text
            taken[index] = ""
            inferred.append(f"line {units[index].line}: the authors' note under the journal's masthead read as such, no part of the text")
    for index, kind in sorted(taken.items()):
        if kind:
            dropped.setdefault(kind, []).append(units[index].text.strip())
    season = SEASON_YEAR.search(units[issue].text) if issue is not None and not meta.get("date") else None
    if season is not None and issue is not None:
        problems.append(Problem(units[issue].line, f"the journal's issue line names {season.group(0)!r}, a season, no month: it dates nothing"))
    if issue is not None:
        inferred.append(f"line {units[issue].line}: the journal's masthead (its name, issue line and dates) read as front matter, no section")
    return [unit for index, unit in enumerate(units) if index not in taken]
