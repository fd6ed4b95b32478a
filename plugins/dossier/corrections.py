"""The registry's corrections of the detector: names that are no speaker, and quotes credited by hand.

content/actors.toml may hold, beside its [[actor]] tables:

    [[not_a_speaker]]
    name = "Left"                  # whatever the detector credits to this name goes to nobody

    [[credit]]
    quote = "ready to act within weeks"   # a few of the quote's own words
    speaker = "Lucia Ferrante"     # an actor's id or name, a new name, or "nobody"
    report = "eu-funds.md"         # optional: the report's file or slug

They are read with the registry (`actors.parse_registry`) and applied to each report's statements
after the engine (`dossier.corrected_credits`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .model import ContentError
from .text import fold

NOBODY = "nobody"
NOT_A_SPEAKER_FIELDS = {"name"}
CREDIT_FIELDS = {"quote", "speaker", "report"}
MIN_QUOTE_CHARACTERS = 12  # "the" or "we will" would match half a report's quotes
TABLES = ("not_a_speaker", "credit")

# every quotation mark and apostrophe, and soft hyphens (invisible: a quote typed from the page never holds them)
_MARKS = str.maketrans(dict.fromkeys("“”„«»‘’‚\"'`\u00ad"))


@dataclass(frozen=True)
class NotASpeaker:
    name: str
    line: int | None


@dataclass(frozen=True)
class CreditCorrection:
    quote: str
    speaker: str  # as written; NOBODY for nobody
    report: str  # a report's file name or slug, or "" for every report
    line: int | None

    @property
    def to_nobody(self) -> bool:
        return fold(self.speaker) == NOBODY


@dataclass(frozen=True)
class Corrections:
    path: str = ""
    not_speakers: tuple[NotASpeaker, ...] = ()
    credits: tuple[CreditCorrection, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.not_speakers or self.credits)

    def naming_a_report(self, credit: CreditCorrection, slug: str, file_name: str) -> bool:
        """Whether the credit acts on the report of this slug and file name ("harbour", "harbour.md", "reports/harbour.md")."""
        if not credit.report:
            return True
        named = credit.report.replace("\\", "/").rsplit("/", 1)[-1]
        return named in (slug, file_name, file_name.rsplit(".", 1)[0])

    def not_a_speaker(self, name: str) -> NotASpeaker | None:
        folded = fold(name)
        return next((entry for entry in self.not_speakers if fold(entry.name) == folded), None)

    def where(self, line: int | None) -> str:
        return f"{self.path}:{line}" if line else self.path


def quote_key(text: str) -> str:
    """A quote's words as a correction matches them: case, spacing and quotation marks (outer, inner, of any kind) do
    not count."""
    return " ".join(fold(text).translate(_MARKS).split())


def table_lines(text: str, table: str) -> list[int]:
    """The line of each [[table]] header in the registry's text, in order; else of a key of that name."""
    header = re.compile(r"\s*\[\[\s*" + re.escape(table) + r"\s*\]\]")
    key = re.compile(r"\s*" + re.escape(table) + r"\s*=")
    headers = [number for number, line in enumerate(text.split("\n"), 1) if header.match(line)]
    return headers or [number for number, line in enumerate(text.split("\n"), 1) if key.match(line)][:1]


def read_corrections(data: dict[str, Any], text: str, path: str, actor_names: dict[str, int | None], typed: Callable[[object], str]) -> Corrections:
    """The [[not_a_speaker]] and [[credit]] tables of a parsed registry; a problem is a ContentError naming the line.
    actor_names: each registry actor's folded name and alias -> the line of its entry."""
    not_speakers = tuple(_not_a_speaker(entry, path, line, actor_names, typed) for entry, line in _entries(data, text, path, "not_a_speaker", typed))
    credits = tuple(_credit(entry, path, line, typed) for entry, line in _entries(data, text, path, "credit", typed))
    barred = {fold(entry.name): entry.line for entry in not_speakers}
    for credit in credits:
        if fold(credit.speaker) in barred:
            raise ContentError(
                path,
                credit.line,
                f"{credit.speaker!r} is written as no speaker at line {barred[fold(credit.speaker)]}; a quote cannot be credited to it",
            )
    return Corrections(path, not_speakers, credits)


def _entries(data: dict[str, Any], text: str, path: str, table: str, typed: Callable[[object], str]) -> list[tuple[dict[str, Any], int | None]]:
    value = data.get(table, [])
    lines = table_lines(text, table)
    if not isinstance(value, list):
        raise ContentError(path, lines[0] if lines else None, f"'{table}' must be a list of [[{table}]] tables (two brackets), not {typed(value)}")
    entries = []
    for index, entry in enumerate(value):
        line = lines[index] if index < len(lines) else None
        if not isinstance(entry, dict):
            raise ContentError(path, line, f"each [[{table}]] is a table, not {typed(entry)}")
        entries.append((entry, line))
    return entries


def _field(entry: dict[str, Any], key: str, path: str, line: int | None, typed: Callable[[object], str], required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise ContentError(path, line, f"{key} must be text in quotes, not {typed(value)}")
    value = " ".join(value.split())
    if required and not value:
        raise ContentError(path, line, f"{key} is required")
    return value


def _unknown(entry: dict[str, Any], known: set[str], table: str, path: str, line: int | None) -> None:
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ContentError(path, line, f"unknown {table} field {unknown[0]!r} (known: {', '.join(sorted(known))})")


def _not_a_speaker(
    entry: dict[str, Any], path: str, line: int | None, actor_names: dict[str, int | None], typed: Callable[[object], str]
) -> NotASpeaker:
    _unknown(entry, NOT_A_SPEAKER_FIELDS, "not_a_speaker", path, line)
    name = _field(entry, "name", path, line, typed)
    if fold(name) in actor_names:
        raise ContentError(path, line, f"{name!r} is an actor of this registry (line {actor_names[fold(name)]}) and cannot also be no speaker")
    return NotASpeaker(name, line)


def _credit(entry: dict[str, Any], path: str, line: int | None, typed: Callable[[object], str]) -> CreditCorrection:
    _unknown(entry, CREDIT_FIELDS, "credit", path, line)
    quote = _field(entry, "quote", path, line, typed)
    if len(quote_key(quote)) < MIN_QUOTE_CHARACTERS or len(re.findall(r"[^\W\d_]+", quote)) < 2:
        raise ContentError(
            path,
            line,
            f"quote {quote!r} is too short to find one quote by; give two words or more, {MIN_QUOTE_CHARACTERS} characters or more, of its words",
        )
    speaker = _field(entry, "speaker", path, line, typed)
    report = _field(entry, "report", path, line, typed, required=False)
    return CreditCorrection(quote, speaker, report, line)
