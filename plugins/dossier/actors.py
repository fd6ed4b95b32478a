"""The actor registry (content/actors.toml): names, merges and describes actors.

The registry is not the detector: statements are found in the text, and a
speaker missing from the registry becomes a provisional actor. What the
registry adds is one id and page per actor however the text names them
("Abdollahian", "Foreign Minister Abdollahian"), a kind, an affiliation,
roles with dates and a description.

    [[actor]]
    id = "abdollahian"                  # optional; defaults to the name as a slug
    name = "Hossein Amir-Abdollahian"
    kind = "person"                     # person, state, organization, outlet, forum
    affiliation = "iran"                # another actor's id
    aliases = ["Abdollahian", "Foreign Minister Abdollahian"]
    native = { name = "حسین امیرعبداللهیان", lang = "fa" }
    description = "Iran's foreign minister from 2021 to 2024."

    [[actor.roles]]
    title = "Minister of Foreign Affairs of Iran"
    from = 2021-08-25
    to = 2024-05-19
    aliases = ["Iranian Foreign Minister"]   # these names mean this actor only while the role is held
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .corrections import TABLES as CORRECTION_TABLES
from .corrections import Corrections, read_corrections
from .model import ACTOR_KINDS, Actor, ContentError, Role
from .regions import REGIONS_BY_LAST_WORD, inside_a_region
from .sourcefile import NotUtf8, decode_utf8, read_bytes, toml_error, unify_line_ends
from .text import fold, slugify, without_middle_initials

KINDS = ACTOR_KINDS
KIND_ORDER = list(KINDS)
ACTOR_FIELDS = {"id", "name", "kind", "affiliation", "aliases", "native", "description", "roles", "url"}
ROLE_FIELDS = {"title", "from", "to", "aliases"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor_id: str


# --- matching names in text ----------------------------------------------------------------


fold_chars = fold  # the name the attribution engine, relations.py and mapdata.py import: the one folding rule of text.py


def name_order(name: str) -> str:
    """Where a name goes in an alphabetical list: folded, and a social-media handle under its first letter, not its "@"."""
    return fold_chars(name.removeprefix("@"))


def trie_pattern(forms: list[str]) -> str:
    """One regular expression for many literal forms, factored by common prefix.

    Python's re tries a plain alternation's branches one by one at every
    position; a prefix tree makes the registry's thousands of names cheap to
    match. Longer forms win, as they did in a longest-first alternation.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie) if trie else r"(?!x)x"


ADDED_FORMS_MAX = 500  # forms added after the registry's expression was compiled: past this many, compile it again
_LEADING_WORD = re.compile(r"\w+")
FEW_LEADS = 32  # up to this many added leading runs, each is looked for in a text rather than the text's runs listed
_WORD_CHAR = re.compile(r"\w")


def _forms_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'-])(?:" + trie_pattern(sorted(forms)) + r")(?![\w-])")


# A character that may stand before a form (one that (?<![\w'-]) lets through), in a class Python's matcher tests from
# a table in its search loop: every character but an ASCII letter, digit, "_", "'" or "-", the look-behind after it
# dropping a letter of another script
_BEFORE_A_FORM = r"[^0-9A-Za-z_'-](?<![\w'-])"


class _FormsScanner:
    """The registry's expression (_forms_pattern of its forms) as `finditer` reads a text with it: the same matches.

    An expression that opens with a look-behind gives Python's matcher nothing to skip ahead with, so it starts a
    match at every character of a text (about 300 instructions a character with a registry's prefix tree of some
    thousands of forms). Where every form opens on a word character, the scan instead takes the character before a
    form as its first, from a class, over the text with a space before it (what stands before its first character):
    a match is tried only after a space or a stop. It finds what the expression finds: a form is matched after the
    same characters, and no form can start where the one before it ends (that character would be a word character,
    which the end's look-ahead refuses)."""

    def __init__(self, forms: list[str]) -> None:
        body = trie_pattern(sorted(forms))
        self._after = bool(forms) and all(_WORD_CHAR.match(form) for form in forms)
        if self._after:
            self._pattern = re.compile(_BEFORE_A_FORM + "(" + body + r")(?![\w-])")
        else:  # a form opening on another character ("-reza", "’ali") may start right where the one before it ends
            self._pattern = re.compile(r"(?<![\w'-])(?:" + body + r")(?![\w-])")

    def finditer(self, folded: str, pos: int = 0) -> Iterator[re.Match[str] | _Found]:
        """What _forms_pattern(forms).finditer(folded, pos) finds (start, end and group 0 of each match)."""
        return self._found(self._pattern, folded, pos) if self._after else self._pattern.finditer(folded, pos)

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of each match `finditer(folded)` gives, without an object for each."""
        if not self._after:
            return [match.span() for match in self._pattern.finditer(folded)]
        return [(match.start(1) - 1, match.end(1) - 1) for match in self._pattern.finditer(" " + folded)]

    def spans_from(self, folded: str, spaced: str, pos: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each match `finditer(folded, pos)` gives, as they are read; `spaced` is " " + folded."""
        if not self._after:
            return (match.span() for match in self._pattern.finditer(folded, pos))
        return ((match.start(1) - 1, match.end(1) - 1) for match in self._pattern.finditer(spaced, pos))

    @staticmethod
    def _found(after: re.Pattern[str], folded: str, pos: int) -> Iterator[_Found]:
        for match in after.finditer(" " + folded, pos):  # a form starting at p in folded starts at p + 1 here
            start, end = match.span(1)
            yield _Found(start - 1, end - 1, folded)


class _Found:
    """A match of an added form, as `_forms_pattern(added).search` would give it (start, end, group 0)."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text[self._start : self._end]

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class _AddedForms:
    r"""The forms added since the registry's expression was compiled, matched without compiling one of their own.

    Provisional actors are added one by one while a report is read, each between two lookups: an expression of the
    added forms compiled again for each would cost a compilation per new speaker over a growing list. Instead each
    form is filed under its leading run of word characters, and a text is searched only for the forms whose leading
    run is one of its own runs of word characters (a form matching where `(?<![\w'-])` holds and followed by a
    non-word character or by its end starts a run of the text that is exactly its leading run). What `search` finds
    is what the compiled expression finds: the leftmost place a form stands between the boundaries, the longest form there.
    """

    def __init__(self) -> None:
        self.by_lead: dict[str, list[str]] = {}  # leading word run -> the forms that start with it
        self.odd: list[str] = []  # forms that do not start with a word character (tried everywhere)

    def __bool__(self) -> bool:
        return bool(self.by_lead or self.odd)

    def add(self, form: str) -> None:
        lead = _LEADING_WORD.match(form)
        if lead is None:
            self.odd.append(form)
        else:
            self.by_lead.setdefault(lead.group(0), []).append(form)

    def discard(self, form: str) -> None:
        lead = _LEADING_WORD.match(form)
        if lead is None:
            if form in self.odd:
                self.odd.remove(form)
            return
        forms = self.by_lead.get(lead.group(0))
        if forms and form in forms:
            forms.remove(form)
            if not forms:
                del self.by_lead[lead.group(0)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Each place a form stands in the text, with the end of the longest one there, in order."""
        if not self.odd:
            if len(self.by_lead) <= FEW_LEADS:
                # a form stands between the boundaries only where its leading run is a run of the text: a lead found
                # as a plain substring of the text is a candidate, and the boundaries are checked below
                leads = {lead for lead in self.by_lead if lead in text}
            else:
                leads = self.by_lead.keys() & set(_LEADING_WORD.findall(text))
            if not leads:
                return []
            forms = [form for lead in leads for form in self.by_lead[lead]]
        else:
            forms = [form for listed in self.by_lead.values() for form in listed] + self.odd
        longest: dict[int, int] = {}
        for form in forms:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                before = text[at - 1] if at else ""
                after = text[end] if end < len(text) else ""
                bounded = not (before and (before in "'-" or _WORD_CHAR.match(before))) and not (after and (after == "-" or _WORD_CHAR.match(after)))
                if bounded and end > longest.get(at, -1):
                    longest[at] = end
                at = text.find(form, at + 1)
        return sorted(longest.items())


def _merged(pattern: _FormsScanner, folded: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str] | _Found]:
    """The expression's matches and the added forms' (`spans`, from _AddedForms.spans) as one expression of both would
    give them: at the leftmost place, the longer. The expression's are read on with one scan (finditer), which is
    started again only past an added form that overlaps its next match."""
    index = 0  # the added forms' next place: the first of spans[index:] at or after the search position

    def second_at(position: int) -> _Found | None:
        nonlocal index
        while index < len(spans) and spans[index][0] < position:
            index += 1
        return _Found(*spans[index], folded) if index < len(spans) else None

    scan = pattern.finditer(folded)
    first, second = next(scan, None), second_at(0)
    while first is not None or second is not None:
        found: re.Match[str] | _Found | None
        if second is None or (first is not None and (first.start(), -first.end()) <= (second.start(), -second.end())):
            found = first
        else:
            found = second
        assert found is not None
        yield found
        if first is not None and first.start() < found.end():
            if found is not first:  # what pattern.search(folded, found.end()) finds next
                scan = pattern.finditer(folded, found.end())
            first = next(scan, None)
        if second is not None and second.start() < found.end():
            second = second_at(found.end())


def _merged_spans(pattern: _FormsScanner, folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What `_merged` gives, as (start, end): the expression's matches (read in one scan, scanned again only past an
    added form that overlaps its next match) and the added forms' `spans`, at the leftmost place the longer."""
    found: list[tuple[int, int]] = []
    spaced = " " + folded
    scan = pattern.spans_from(folded, spaced, 0)
    index, count = 0, len(spans)
    first = next(scan, None)
    second = spans[0] if spans else None
    while first is not None or second is not None:
        took_first = second is None or (first is not None and (first[0], -first[1]) <= (second[0], -second[1]))
        taken = first if took_first else second
        assert taken is not None
        found.append(taken)
        end = taken[1]
        if first is not None and first[0] < end:
            if not took_first:  # what pattern.search(folded, end) finds next
                scan = pattern.spans_from(folded, spaced, end)
            first = next(scan, None)
        if second is not None and second[0] < end:
            while index < count and spans[index][0] < end:
                index += 1
            second = spans[index] if index < count else None
    return found


def _outside_region(folded: str, match: re.Match[str] | _Found) -> bool:
    """The match does not end a region's name ("America" in "Latin America" names the region, not the state an alias names)."""
    return match.group(0) not in REGIONS_BY_LAST_WORD or not inside_a_region(folded, match.start(), match.end())


@dataclass
class _Sense:
    actor_id: str
    role: Role | None
    acronym: bool = False  # "ISNA", "US": must be written in capitals to count


class Registry:
    """The registry's actors plus the provisional ones the text adds, and a name matcher over both."""

    def __init__(self, actors: list[Actor] | None = None, path: str = "", corrections: Corrections | None = None) -> None:
        self.path = path
        self.corrections = corrections or Corrections(path)  # [[not_a_speaker]] and [[credit]] (dossier.corrections)
        self.actors: dict[str, Actor] = {}
        self._senses: dict[str, list[_Sense]] = {}
        self._forms_of: dict[str, dict[str, None]] = {}  # actor id -> the forms it has senses under (for remove)
        # Two matchers: the forms known when the expression was compiled, and the forms added since (provisional
        # actors come and go with every report read; recompiling thousands of names for each cost most of a read,
        # and compiling the added ones for each new speaker cost a report with many of them a compilation per speaker).
        self._pattern: _FormsScanner | None = None
        self._pattern_forms: frozenset[str] = frozenset()
        self._added = _AddedForms()
        self._added_count = 0
        self._mention_cache: dict[tuple[str, dt.date | None], list[Mention]] = {}
        self._named_cache: dict[tuple[str, dt.date | None], tuple[str, ...]] = {}  # actors_named's, kept as mentions' is
        self._form_facts: dict[tuple[str, dt.date | None], tuple[bool, str | None]] = {}  # (form, date) -> (only an acronym's, actor)
        self._fact_dates: dict[str, list[dt.date | None]] = {}  # form -> the dates _form_facts was given it for (to forget them)
        # a folded form -> what resolve gives for it on any date: its plain sense's actor, or None for a form nobody has
        # (a form whose senses are all roles is worked out for each date)
        self._resolved: dict[str, str | None] = {}
        for actor in actors or []:
            self._add(actor)

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def _add(self, actor: Actor) -> None:
        self.actors[actor.id] = actor
        forms = self._forms_of.setdefault(actor.id, {})
        for form in [actor.name, *actor.aliases]:
            folded = fold_chars(form).strip()
            self._sense(folded).append(_Sense(actor.id, None, _is_acronym(form)))
            forms[folded] = None
        for role in actor.roles:
            for form in role.aliases:
                folded = fold_chars(form).strip()
                self._sense(folded).append(_Sense(actor.id, role, _is_acronym(form)))
                forms[folded] = None
        self._mention_cache.clear()
        self._named_cache.clear()
        for folded in forms:
            self._resolved.pop(folded, None)
        # what a form means depends on its own senses only: the new actor's forms are worked out again, not every form
        # (a provisional actor is added for each new speaker, and the registry's forms recur in every passage)
        # (looked up by form: a scan of every fact cost each new speaker a pass over up to 50,000 of them)
        if self._form_facts:
            for folded in forms:
                for on in self._fact_dates.pop(folded, ()):
                    self._form_facts.pop((folded, on), None)

    def _sense(self, form: str) -> list[_Sense]:
        senses = self._senses.get(form)
        if senses is None:
            senses = self._senses[form] = []
            if form and self._pattern is not None and form not in self._pattern_forms:
                self._added.add(form)
                self._added_count += 1
        return senses

    def add_provisional(self, name: str, source: str, line: int | None, aliases: list[str] | None = None) -> Actor:
        taken = set(self.actors)
        base = slugify(without_middle_initials(name), 60)  # "Vladimir V. Putin" in one report, "Vladimir Putin" in another
        actor_id, number = base, 2
        while actor_id in taken:
            actor_id = f"{base}-{number}"
            number += 1
        actor = Actor(actor_id, name, "person", aliases or [], provisional=True, line=line, source=source)
        self._add(actor)
        return actor

    def adopt(self, actor: Actor) -> None:
        """A provisional actor found while a report was read on its own (dossier.analysis)."""
        self._add(actor)

    def remove(self, actor_id: str) -> None:
        """Forget a provisional actor that turned out not to be quoted."""
        self.actors.pop(actor_id, None)
        # only the forms the actor was added under hold a sense of it (scanning every form cost 3 ms an actor)
        for form in self._forms_of.pop(actor_id, {}):
            self._resolved.pop(form, None)
            if form not in self._senses:
                continue
            self._senses[form] = [s for s in self._senses[form] if s.actor_id != actor_id]
            if not self._senses[form]:
                del self._senses[form]
                if form in self._pattern_forms:
                    self._pattern = None
                elif form and self._pattern is not None:
                    self._added.discard(form)
                    self._added_count -= 1
        self._mention_cache.clear()
        self._named_cache.clear()
        self._form_facts.clear()
        self._fact_dates.clear()

    def known(self, form: str) -> bool:
        return fold_chars(form).strip() in self._senses

    @property
    def pattern(self) -> re.Pattern[str]:
        """Every form, in one expression (what `_matches` gives with the two it keeps)."""
        return _forms_pattern(f for f in self._senses if f)

    def _matchers(self) -> tuple[_FormsScanner, _AddedForms]:
        if self._pattern is None or self._added_count > ADDED_FORMS_MAX:
            forms = [f for f in self._senses if f]
            self._pattern_forms = frozenset(forms)
            self._pattern = _FormsScanner(forms)
            self._added, self._added_count = _AddedForms(), 0
        return self._pattern, self._added

    def _matches(self, folded: str) -> Iterator[re.Match[str] | _Found]:
        """What one expression of every form finds: at the leftmost place either matcher matches, the longer
        match (each matcher's is its longest form that fits there, as the prefix tree prefers longer forms)."""
        pattern, added = self._matchers()
        spans = added.spans(folded) if added else []
        # no generator of its own where no added form is found: a report's hundreds of matches each pass one less
        return _merged(pattern, folded, spans) if spans else pattern.finditer(folded)

    def _name_matches(self, folded: str) -> Iterator[re.Match[str] | _Found]:
        """The matches `_named` reads (`form_spans` reads the same, testing each with `_outside_region` itself): none
        that ends a region's name."""
        for match in self._matches(folded):
            if _outside_region(folded, match):
                yield match

    def mentions(self, text: str, on: dt.date | None = None) -> list[Mention]:
        """Every actor the text names, longest name first at each place, resolved for the date."""
        key = (text, on)
        cached = self._mention_cache.get(key)
        if cached is not None:
            return list(cached)
        found = [Mention(start, end, actor_id) for start, end, actor_id in self._named(text, on)]
        if len(self._mention_cache) > 50_000:  # a cache, not an archive: the statements and the map reread recent paragraphs
            self._mention_cache.clear()
        self._mention_cache[key] = found
        return list(found)

    def named_spans(self, text: str, on: dt.date | None = None) -> list[tuple[int, int, str]]:
        """What mentions(text, on) finds, as (start, end, actor id), worked out afresh and not kept: for a reader that
        asks once of each text (the relation reader, of each sentence), the cache's key, copies and objects cost more
        than they save."""
        return list(self._named(text, on))

    def actors_named(self, text: str, on: dt.date | None = None) -> list[str]:
        """The actor of each of the text's mentions, in order: `[m.actor_id for m in mentions(text, on)]` without
        making the Mention objects (a frozen dataclass is slow to make). Kept until the registry changes: the engine asks
        it of a paragraph for each statement the paragraph holds."""
        key = (text, on)
        cached = self._named_cache.get(key)
        if cached is None:
            if len(self._named_cache) > 50_000:
                self._named_cache.clear()
            cached = self._named_cache[key] = tuple(actor_id for _, _, actor_id in self._named(text, on))
        return list(cached)

    def form_spans(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of each registry form in a folded text, before any is resolved: what `named_spans` reads,
        the same for every date, so that a reader can look a paragraph up once and resolve each sentence's share of it
        (`named_in_spans`) for the sentence's own date."""
        pattern, added = self._matchers()
        spans = added.spans(folded) if added else []
        found = []
        # as (start, end) pairs, not match objects: what _name_matches reads, a report's hundreds of matches at once
        for start, end in _merged_spans(pattern, folded, spans) if spans else pattern.spans(folded):
            form = folded[start:end]
            if form not in REGIONS_BY_LAST_WORD or not inside_a_region(folded, start, end):  # _outside_region
                found.append((start, end, form))
        return found

    def named_in_spans(self, text: str, spans: list[tuple[int, int, str]], on: dt.date | None = None) -> list[tuple[int, int, str]]:
        """What named_spans(text, on) finds, given form_spans(fold_chars(text))."""
        facts = self._form_facts
        found = []
        for start, end, form in spans:
            known = facts.get((form, on))
            if known is None:
                known = facts[form, on] = (all(s.acronym for s in self._senses[form]), self.resolve(form, on))
                self._fact_dates.setdefault(form, []).append(on)
            acronym_only, actor_id = known
            if acronym_only and not text[start:end].replace(".", "").isupper():
                continue
            if actor_id:
                found.append((start, end, actor_id))
        if len(facts) > 50_000:
            facts.clear()
            self._fact_dates.clear()
        return found

    def _named(self, text: str, on: dt.date | None) -> Iterator[tuple[int, int, str]]:
        facts = self._form_facts  # a name read before (in this text or another) resolves once, until its forms change
        for match in self._name_matches(fold_chars(text)):
            form = match.group(0)
            known = facts.get((form, on))
            if known is None:
                known = facts[form, on] = (all(s.acronym for s in self._senses[form]), self.resolve(form, on))
                self._fact_dates.setdefault(form, []).append(on)
            acronym_only, actor_id = known
            if acronym_only and not text[match.start() : match.end()].replace(".", "").isupper():
                continue
            if actor_id:
                yield match.start(), match.end(), actor_id
        if len(facts) > 50_000:
            facts.clear()
            self._fact_dates.clear()

    def resolve(self, form: str, on: dt.date | None = None) -> str | None:
        folded = fold_chars(form).strip()
        if folded in self._resolved:
            return self._resolved[folded]
        senses = self._senses.get(folded, [])
        plain = [s for s in senses if s.role is None]
        if plain or not senses:
            # the same on every date: a name the relation reader and the attribution engine ask of again and again
            if len(self._resolved) > 50_000:
                self._resolved.clear()
            resolved = self._resolved[folded] = plain[0].actor_id if plain else None
            return resolved
        if on is None and len({s.actor_id for s in senses}) == 1:
            return senses[0].actor_id
        holding = [s for s in senses if s.role is not None and s.role.held_on(on)]
        if len({s.actor_id for s in holding}) == 1:
            return holding[0].actor_id
        return None

    def sorted_actors(self) -> list[Actor]:
        return sorted(self.actors.values(), key=lambda a: (KIND_ORDER.index(a.kind) if a.kind in KIND_ORDER else 99, name_order(a.name)))


def _is_acronym(form: str) -> bool:
    letters = form.replace(".", "").replace(" ", "")
    return len(letters) <= 6 and letters.isupper()


# --- reading actors.toml -------------------------------------------------------------------


_KEY_LINE = re.compile(r"\s*([^\s=]+)\s*=")


class _Lines:
    """Line numbers of the registry's [[actor]] tables and their fields, for messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.starts = [i + 1 for i, line in enumerate(self.lines) if re.match(r"\s*\[\[\s*actors?\s*\]\]", line)]
        self._keys: dict[int, dict[str, int]] = {}  # per table: each key's first line, found when first asked

    def of(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.starts):
            return None
        start = self.starts[index]
        if key is None:
            return start
        if index not in self._keys:
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines) + 1
            keys: dict[str, int] = {}
            for number in range(start, end):
                found = _KEY_LINE.match(self.lines[number - 1])
                if found:
                    keys.setdefault(found.group(1), number)
            self._keys[index] = keys
        return self._keys[index].get(key, start)

    def role(self, index: int, number: int) -> int | None:
        """The line of the actor's number-th [[actor.roles]] table, else of its roles key."""
        if index >= len(self.starts):
            return None
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines) + 1
        headers = [n for n in range(self.starts[index], end) if re.match(r"\s*\[\[\s*actors?\s*\.\s*roles\s*\]\]", self.lines[n - 1])]
        return headers[number] if number < len(headers) else self.of(index, "roles")


def type_name(value: object) -> str:
    """A TOML value's type as an editor knows it, for messages."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, (dt.date, dt.time)):
        return f"a date ({value.isoformat()})"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _text(value: object, what: str, path: str, line: int | None, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ContentError(path, line, f"{what} must be text in quotes, not {type_name(value)}")
    if required and not value.strip():
        raise ContentError(path, line, f"{what} is required")
    return " ".join(value.split())


def _text_list(value: object, what: str, path: str, line: int | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ContentError(path, line, f'{what} must be a list of text such as ["A", "B"], not {type_name(value)}')
    for item in value:
        if not isinstance(item, str):
            raise ContentError(path, line, f'{what} must be a list of text such as ["A", "B"], not a list holding {type_name(item)}')
    return [" ".join(v.split()) for v in value if v.strip()]


def _date(value: object, what: str, path: str, line: int | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and 1000 <= value <= 2999:
        return dt.date(value, 1, 1)
    raise ContentError(path, line, f"{what} must be a date such as 2021-08-25 (or a year), not {type_name(value)}")


def _role(entry: object, path: str, line: int | None) -> Role:
    if isinstance(entry, str):
        return Role(" ".join(entry.split()))
    if not isinstance(entry, dict):
        raise ContentError(path, line, f"each role is a table with a title (and from, to, aliases), not {type_name(entry)}")
    unknown = sorted(set(entry) - ROLE_FIELDS)
    if unknown:
        raise ContentError(path, line, f"unknown role field {unknown[0]!r} (known: {', '.join(sorted(ROLE_FIELDS))})")
    start = _date(entry.get("from"), "a role's 'from'", path, line)
    end = _date(entry.get("to"), "a role's 'to'", path, line)
    if start and end and end < start:
        raise ContentError(path, line, f"role {entry.get('title')!r} ends before it starts")
    return Role(
        _text(entry.get("title"), "a role's title", path, line, required=True),
        start,
        end,
        _text_list(entry.get("aliases"), "a role's aliases", path, line),
    )


def parse_registry(text: str, path: str) -> Registry:
    """Read the registry's text; every problem is a ContentError naming the file and line."""
    text = unify_line_ends(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error(error)
        raise ContentError(path, line, f"not valid TOML: {message}") from None
    unknown = sorted(set(data) - {"actor", "actors", *CORRECTION_TABLES})
    if unknown:
        raise ContentError(
            path,
            _top_line(text, unknown[0]),
            f"unknown table {unknown[0]!r}: write each actor as an [[actor]] table (and corrections as [[not_a_speaker]] or [[credit]])",
        )
    entries = []
    for key in ("actor", "actors"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ContentError(path, _top_line(text, key), f"'{key}' must be a list of [[{key}]] tables (two brackets), not {type_name(value)}")
        entries.extend(value)
    lines = _Lines(text)
    actors: list[Actor] = []
    ids: dict[str, int | None] = {}
    forms: dict[str, tuple[str, int | None]] = {}
    for index, entry in enumerate(entries):
        line = lines.of(index)
        if not isinstance(entry, dict):
            raise ContentError(path, line, f"each actor is a table with at least a name, not {type_name(entry)}")
        unknown = sorted(set(entry) - ACTOR_FIELDS)
        if unknown:
            raise ContentError(path, lines.of(index, unknown[0]), f"unknown actor field {unknown[0]!r} (known: {', '.join(sorted(ACTOR_FIELDS))})")
        name = _text(entry.get("name"), "an actor's name", path, lines.of(index, "name"), required=True)
        given_id = _text(entry.get("id"), "an actor's id", path, lines.of(index, "id"))
        actor_id = given_id or slugify(name)
        if given_id and slugify(given_id, 200) != given_id:
            raise ContentError(path, lines.of(index, "id"), f"id {given_id!r} must be lower-case letters, digits and hyphens (it names the page)")
        if actor_id in ids:
            raise ContentError(
                path,
                lines.of(index, "id" if given_id else "name"),
                f"actor {name!r} would get the page speakers/{actor_id}.html, which the actor at line {ids[actor_id]} already has; give one of them another id",
            )
        ids[actor_id] = line
        kind = _text(entry.get("kind", "person"), "kind", path, lines.of(index, "kind"))
        if kind not in KINDS:
            raise ContentError(path, lines.of(index, "kind"), f"kind {kind!r} is not one of {', '.join(KINDS)}")
        native = entry.get("native", {})
        if isinstance(native, str):
            native = {"name": native}
        if not isinstance(native, dict):
            raise ContentError(
                path, lines.of(index, "native"), f'native must be a table such as {{ name = "…", lang = "fa" }}, not {type_name(native)}'
            )
        unknown = sorted(set(native) - {"name", "lang"})
        if unknown:
            raise ContentError(path, lines.of(index, "native"), f"unknown native field {unknown[0]!r} (known: lang, name)")
        roles_value = entry.get("roles", [])
        if not isinstance(roles_value, list):
            raise ContentError(path, lines.of(index, "roles"), f"roles must be a list of [[actor.roles]] tables, not {type_name(roles_value)}")
        actor = Actor(
            id=actor_id,
            name=name,
            kind=kind,
            aliases=_text_list(entry.get("aliases"), "aliases", path, lines.of(index, "aliases")),
            affiliation=_text(entry.get("affiliation"), "affiliation", path, lines.of(index, "affiliation")),
            roles=[_role(r, path, lines.role(index, number)) for number, r in enumerate(roles_value)],
            description=_text(entry.get("description"), "description", path, lines.of(index, "description")),
            native_name=_text(native.get("name"), "native name", path, lines.of(index, "native")),
            native_lang=_text(native.get("lang"), "native lang", path, lines.of(index, "native")),
            url=_text(entry.get("url"), "url", path, lines.of(index, "url")),
            line=line,
            source=path,
        )
        for form in [actor.name, *actor.aliases]:
            key = fold_chars(form).strip()
            if key in forms and forms[key][0] != actor.id:
                other, other_line = forms[key]
                raise ContentError(
                    path, lines.of(index, "aliases"), f"the name {form!r} is already used by {other!r} (line {other_line}); one name, one actor"
                )
            forms[key] = (actor.id, line)
        actors.append(actor)
    _check_role_aliases(actors, forms, path, lines)
    for index, actor in enumerate(actors):
        if actor.affiliation and actor.affiliation not in ids:
            raise ContentError(path, lines.of(index, "affiliation"), f"affiliation {actor.affiliation!r} is not an actor id in this registry")
        if actor.affiliation == actor.id:
            raise ContentError(path, lines.of(index, "affiliation"), f"{actor.id!r} cannot be affiliated with itself")
    actor_lines = {fold_chars(form).strip(): actor.line for actor in actors for form in [actor.name, actor.id, *actor.aliases]}
    return Registry(actors, path, read_corrections(data, text, path, actor_lines, type_name))


def _top_line(text: str, key: str) -> int:
    """The line where a top-level key or table of the registry is first written."""
    pattern = re.compile(r"\s*(?:\[\[?\s*" + re.escape(key) + r"\s*[.\]]|" + re.escape(key) + r"\s*=)")
    for number, line in enumerate(text.split("\n"), 1):
        if pattern.match(line):
            return number
    return 1


def _check_role_aliases(actors: list[Actor], forms: dict[str, tuple[str, int | None]], path: str, lines: _Lines) -> None:
    """A role's alias may name several actors over time, but never two at once."""
    by_form: dict[str, list[tuple[Actor, Role, int]]] = {}
    for index, actor in enumerate(actors):
        for role in actor.roles:
            for form in role.aliases:
                key = fold_chars(form).strip()
                if key in forms:
                    raise ContentError(path, lines.of(index, "roles"), f"the role name {form!r} is already a plain name of {forms[key][0]!r}")
                for other, other_role, _other_index in by_form.get(key, []):
                    if other.id != actor.id and _overlap(role, other_role):
                        raise ContentError(
                            path,
                            lines.of(index),
                            f"the role name {form!r} means both {other.id!r} and {actor.id!r} at the same time; give the roles dates that do not overlap",
                        )
                by_form.setdefault(key, []).append((actor, role, index))


def _overlap(a: Role, b: Role) -> bool:
    a_start, a_end = a.start or dt.date.min, a.end or dt.date.max
    b_start, b_end = b.start or dt.date.min, b.end or dt.date.max
    return a_start <= b_end and b_start <= a_end


def load_registry(path: str, shown_path: str | None = None) -> Registry:
    """The registry at path; an absent file is an empty registry (new sites work without one)."""
    shown = shown_path or path
    if not os.path.exists(path):
        return Registry([], shown)
    raw = read_bytes(path, shown)
    try:
        text = decode_utf8(raw)
    except NotUtf8 as error:
        raise ContentError(shown, error.line, "is not UTF-8 text") from None
    return parse_registry(text, shown)


def toml_string(text: str) -> str:
    """A TOML basic string holding text as it is (a name or a description may hold a quotation mark or a backslash)."""
    # JSON escapes every character TOML requires escaped but DEL, which TOML also forbids bare.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def suggested_entry(actor: Actor) -> str:
    """A registry entry an editor can paste for a provisional actor."""
    aliases = ", ".join(toml_string(a) for a in actor.aliases)
    return "\n".join(
        [
            "[[actor]]",
            f"id = {toml_string(actor.id)}",
            f"name = {toml_string(actor.name)}",
            f"kind = {toml_string(actor.kind)}",
            f"aliases = [{aliases}]",
            f"description = {toml_string(actor.description)}",
        ]
    )
