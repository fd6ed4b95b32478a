"""The registry's corrections (dossier.corrections) applied to one report's statements, right after the engine.

A [[credit]] whose words match exactly one quote of the report (a quote the engine credited, to one speaker or
jointly, or one it credited to nobody) gives that quote to the speaker it names, or to nobody; one that matches
several quotes changes none of them, and says so. Then whatever the engine credited to a [[not_a_speaker]] name goes to
nobody. It runs where the report is read (a worker, cached under the registry's bytes), so a warm build after editing
the registry gives what a cold one gives.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .actors import Registry
from .corrections import Corrections, CreditCorrection, quote_key
from .model import Paragraph, Report, Statement
from .quotes import quote_spans, strip_outer_marks

if TYPE_CHECKING:  # the engine compiles hundreds of expressions on import: imported where a report is read
    from .attribution.engine import Attribution

CORRECTED = "registry"  # the sieve a corrected statement names ("registry: the correction at content/actors.toml:12")


@dataclass(frozen=True)
class CreditUse:
    """A [[credit]] that applies to this report, and how many of its quotes its words matched (it acts on exactly one)."""

    line: int | None
    matches: int


@dataclass
class Corrected:
    credits: list[CreditUse] = field(default_factory=list)
    overruled: list[tuple[str, str, str, str]] = field(default_factory=list)  # section, anchor, quote, why it is nobody's
    barred: list[int] = field(default_factory=list)  # the lines of the [[not_a_speaker]] entries that took a credit away


def correct_credits(report: Report, registry: Registry, found: Attribution) -> Corrected:
    """Change found's statements and quotes credited to nobody as the registry's corrections say."""
    corrections = registry.corrections
    corrected = Corrected()
    if not corrections:
        return corrected
    keys = _QuoteKeys(report)
    file_name = os.path.basename(report.source_path)
    for credit in corrections.credits:
        if corrections.naming_a_report(credit, report.slug, file_name):
            corrected.credits.append(CreditUse(credit.line, _apply_credit(credit, report, registry, found, corrected, keys)))
    _drop_not_speakers(registry, found, corrected, keys)
    return corrected


class _QuoteKeys:
    """The report's quotes and paragraphs as corrections match them, each worked out once (a registry of many
    corrections asked again for every statement of the report per correction)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._statements: dict[int, str] = {}
        self._loose: dict[tuple[str, str, str], str] = {}
        self._paragraphs: dict[tuple[str, str], str] = {}

    def of_statement(self, statement: Statement) -> str:
        key = self._statements.get(id(statement))
        if key is None:
            key = self._statements[id(statement)] = quote_key(statement.quote)
        return key

    def of_loose(self, item: tuple[str, str, str]) -> str:
        key = self._loose.get(item)
        if key is None:
            key = self._loose[item] = quote_key(_whole_quote(self.report, *item))
        return key

    def times_in_paragraph(self, section_slug: str, anchor: str, quote: str) -> int:
        """How many times the quote's words stand in its paragraph's quotations (the paragraph itself where it is a
        block quote): two speakers may say the same words there; narration that repeats them does not count."""
        key = self._paragraphs.get((section_slug, anchor))
        if key is None:
            key = self._paragraphs[(section_slug, anchor)] = _quoted_words_key(self.report.paragraph(section_slug, anchor))
        return max(1, key.count(quote))


def _quoted_words_key(paragraph: Paragraph | None) -> str:
    if paragraph is None:
        return ""
    spans = quote_spans(paragraph.text)
    if paragraph.kind == "quote" or not spans:
        return quote_key(paragraph.text)
    return "\n".join(quote_key(paragraph.text[span.start : span.end]) for span in spans)


def _place(keys: _QuoteKeys, statement: Statement) -> tuple[str, str, str]:
    return statement.section_slug, statement.anchor, keys.of_statement(statement)


def _apply_credit(credit: CreditCorrection, report: Report, registry: Registry, found: Attribution, corrected: Corrected, keys: _QuoteKeys) -> int:
    """How many quotes the credit's words match; where one, that quote is credited as it says. One quote credited to
    several speakers jointly is one place; the same words said twice in a paragraph are two."""
    words = quote_key(credit.quote)
    places = list(dict.fromkeys(_place(keys, s) for s in found.statements if words in keys.of_statement(s)))
    loose = [item for item in found.unattributed if words in keys.of_loose(item)]
    matches = sum(keys.times_in_paragraph(*place) for place in places) + len(loose)
    if matches != 1:
        return matches
    why = f"{CORRECTED}: the correction at {registry.corrections.where(credit.line)}"
    nobodys = f"credited to nobody by {registry.corrections.where(credit.line)}"
    if places:
        group = [s for s in found.statements if _place(keys, s) == places[0]]
        kept = group[0]
        others = {id(s) for s in group[1:]}  # a joint credit's other speakers
        found.statements = [s for s in found.statements if id(s) not in others]
        if credit.to_nobody:
            found.statements.remove(kept)
            found.unattributed.append((kept.section_slug, kept.anchor, kept.quote[:200]))
            corrected.overruled.append((kept.section_slug, kept.anchor, kept.quote[:200], nobodys))
        else:
            kept.speaker = _speaker_id(credit, report, registry, found, kept.quote)
            kept.reason = why
        return 1
    section_slug, anchor, text = loose[0]
    if credit.to_nobody:
        corrected.overruled.append((section_slug, anchor, text, nobodys))
        return 1
    found.unattributed.remove(loose[0])
    whole = _whole_quote(report, section_slug, anchor, text)
    paragraph = report.paragraph(section_slug, anchor)
    assert paragraph is not None  # the engine credited nobody with a quote of this paragraph
    statement = Statement(
        _speaker_id(credit, report, registry, found, whole),
        report.slug,
        section_slug,
        anchor,
        [whole],
        paragraph.kind != "quote",
        date=report.date,
        date_basis="report" if report.date else "",
        reason=why,
        heading=paragraph.heading,
    )
    found.statements.insert(_reading_position(report, found.statements, statement), statement)
    return 1


def _whole_quote(report: Report, section_slug: str, anchor: str, text: str) -> str:
    """The whole quote a quote credited to nobody stands for (the engine keeps its first 200 characters)."""
    paragraph = report.paragraph(section_slug, anchor)
    if paragraph is None or len(text) < 200:
        return text
    at = paragraph.text.find(text[:60])
    for span in quote_spans(paragraph.text):
        if span.start <= at < span.end:
            return strip_outer_marks(paragraph.text[span.start : span.end])
    return paragraph.text[at:] if at >= 0 else text


def _reading_position(report: Report, statements: list[Statement], statement: Statement) -> int:
    """Where the statement goes among the report's statements, which are in reading order."""
    order = {(s.slug, p.anchor): n for n, (s, p) in enumerate((s, p) for s in report.sections for p in s.paragraphs)}
    at = order.get((statement.section_slug, statement.anchor), len(order))
    return next((n for n, s in enumerate(statements) if order.get((s.section_slug, s.anchor), len(order)) > at), len(statements))


def _speaker_id(credit: CreditCorrection, report: Report, registry: Registry, found: Attribution, quote: str) -> str:
    """The actor the credit names: a registry actor by id, name or alias, else a provisional one by that name."""
    if credit.speaker in registry:
        return credit.speaker
    known = registry.resolve(credit.speaker)
    if known is not None:
        if registry[known].provisional and known not in found.provisional:
            found.provisional.append(known)
        return known
    actor = registry.add_provisional(credit.speaker, report.source_path, report.line_of(" ".join(quote.split()[:6])))
    found.provisional.append(actor.id)
    return actor.id


def _drop_not_speakers(registry: Registry, found: Attribution, corrected: Corrected, keys: _QuoteKeys) -> None:
    corrections = registry.corrections
    barred = {
        actor_id: entry
        for actor_id in {s.speaker for s in found.statements} | {q.actor_id for s in found.statements for q in s.quoted}
        # the name the detector gave it, not the aliases it made ("Roe" for "Ana Roe")
        if actor_id in registry and registry[actor_id].provisional and (entry := corrections.not_a_speaker(registry[actor_id].name))
    }
    corrected.barred = sorted({entry.line or 0 for entry in barred.values()})
    if not barred:
        return
    dropped = [s for s in found.statements if s.speaker in barred]
    found.statements = [s for s in found.statements if s.speaker not in barred]
    still_credited = {_place(keys, s) for s in found.statements}
    for statement in dropped:
        if _place(keys, statement) in still_credited:
            continue  # "Saar and the Left said": Saar's still
        still_credited.add(_place(keys, statement))
        entry = barred[statement.speaker]
        text = statement.quote[:200]
        found.unattributed.append((statement.section_slug, statement.anchor, text))
        corrected.overruled.append(
            (statement.section_slug, statement.anchor, text, f"{corrections.where(entry.line)} says {entry.name!r} is no speaker")
        )
    for statement in found.statements:
        statement.quoted = [q for q in statement.quoted if q.actor_id not in barred]


def credit_warnings(corrections: Corrections, uses: dict[int | None, list[tuple[str, int]]], barred: set[int]) -> list[str]:
    """A line for each correction that changed nothing: a [[not_a_speaker]] the detector credited nowhere; a [[credit]]
    that names no report there is, or whose words match no quote or several quotes of a report (uses: per credit's
    line, each report it applied to with the quotes it matched; barred: the lines of the not_a_speaker entries used)."""
    lines = [
        f"{corrections.where(entry.line)}: the [[not_a_speaker]] {entry.name!r} is a name the detector credited nowhere; write it as"
        " the speakers list shows it"
        for entry in corrections.not_speakers
        if (entry.line or 0) not in barred
    ]
    for credit in corrections.credits:
        where = corrections.where(credit.line)
        counts = uses.get(credit.line, [])
        shown = f"“{credit.quote}”"
        if not counts:
            lines.append(f"{where}: the [[credit]] for {shown} names the report {credit.report!r}, which is not among the reports")
        elif all(matches == 0 for _slug, matches in counts):
            lines.append(f"{where}: the [[credit]] for {shown} matches no quote the detector found; copy a few words from inside the quote")
        else:
            lines.extend(
                f"{where}: the [[credit]] for {shown} matches {matches} quotes in {slug}, so it changed none; give more of the quote's words"
                for slug, matches in counts
                if matches > 1
            )
    return lines
