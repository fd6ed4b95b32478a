"""A court's judgment as text: its caption, the judge who writes it, the day it is decided and the judges' signatures.

A judgment opens on a caption (the court, `In the matter of …`, the case's number, the parties, then fields such as
`Before : Jane Roe, J.`, `Counsel : …`, `Argued on : …`, `Decided on : 16-01-2024`), and its text starts under a line
naming the judge who writes it (`Jane Roe, J.`). It ends with each judge's signature: the office under the text
(`Judge of the Court of Appeal`), a concurring judge's name and `I agree.` The caption's and the signatures' short lines
are no headings; the judge is the author and the decision's day the report's date (numbers day first, as the courts that
write them so do). Only a text with both a caption field and the judge's line over the text is read so.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from .dates import find_date

if TYPE_CHECKING:
    from .importunits import Problem, Unit

CAPTION_FIELD = re.compile(
    r"^(?:Before|Coram|Present|Counsel|Appearances?|Argued(?:\s+on)?|Heard(?:\s+on)?|Written\s+submissions?(?:\s+on)?"
    r"|Decided(?:\s+on)?|Delivered(?:\s+on)?|Pronounced(?:\s+on)?|Judgment\s+(?:delivered\s+)?on|Date\s+of\s+(?:hearing|judgment|decision|order))"
    r"\s*:",
    re.I,
)
DECISION_DATE = re.compile(
    r"^(?:Decided|Delivered|Pronounced|Judgment\s+(?:delivered\s+)?on|Date\s+of\s+(?:judgment|decision|order))(?:\s+on)?\s*:\s*(?P<date>.+)$", re.I
)
NUMERIC_DATE = re.compile(r"^(?P<day>[0-3]?\d)[-/.](?P<month>[01]?\d)[-/.](?P<year>\d{4})$")
JUDGE_SUFFIX = r"(?:J|JJ|CJ|C\.J|JA|J\.A|LJ|PJ|P\.J|ACJ|AJ)\.?"
JUDGE_POST = re.compile(JUDGE_SUFFIX)
JUDGE_LINE = re.compile(r"^(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}),?\s+" + JUDGE_SUFFIX + r"$")  # 'Jane M. Roe, J.'
OFFICE_LINE = re.compile(
    r"^(?:(?:Acting\s+|Chief\s+|Presiding\s+)?(?:Judge|Justice)|President)\s+of\s+the\s+[A-Z][\w ]{2,60}$|^(?:Chief\s+)?Justice$", re.I
)
IN_THE_MATTER = re.compile(r"^in\s+the\s+matter\s+of\b", re.I)
AGREEMENT = re.compile(r"^I\s+(?:agree|concur)\.?$", re.I)
CAPTION_REACH = 80  # units from the top to the judge's line over the text: a caption lists many parties
CAPTION_LINES = 8  # lines an 'In the matter of …' clause runs over, at most


def read_judgment(units: list[Unit], start: int, meta: dict[str, Any], inferred: list[str], problems: list[Problem]) -> list[Unit]:
    """Mark a judgment's caption and signatures (see the module), take its author and date, and join the caption's
    `In the matter of …` clause the page broke into lines. Any other text is returned as it is."""
    author = next((i for i in range(start, min(len(units), start + CAPTION_REACH)) if JUDGE_LINE.match(units[i].text.strip())), None)
    if author is None or not any(CAPTION_FIELD.match(unit.text.strip()) for unit in units[start:author]):
        return units
    if author + 1 >= len(units) or len(units[author + 1].text) < 2 * len(units[author].text):
        return units  # the judge's line over a list of names, no text under it
    name = JUDGE_LINE.match(units[author].text.strip()).group("name")  # type: ignore[union-attr]
    if not meta.get("authors"):
        meta["authors"] = [name]
        inferred.append(f"line {units[author].line}: {units[author].text.strip()!r}, the judge over the judgment's text, read as its author")
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    decided = next((d for d in (_decision_day(u.text.strip()) for u in units[start:author]) if d), None)
    if decided and (not meta.get("date") or meta.get("date_basis", "").startswith("a date near the top")):
        meta["date"], meta["date_basis"] = decided
        problems[:] = [p for p in problems if not p.message.startswith(("no publication date found", "no date line at the top"))]
    for unit in units[start:author]:
        unit.data["caption"] = True
    for unit in units[author + 1 :]:
        text = unit.text.strip()
        if OFFICE_LINE.match(text) or JUDGE_LINE.match(text) or AGREEMENT.match(text):
            unit.data["signature"] = True
    inferred.append(f"a court's judgment: its caption (lines {units[start].line}–{units[author].line - 1}) and signatures read as text, no headings")
    return _matter_joined(units[:author] + units[author + 1 :], start)


def _decision_day(text: str) -> tuple[dt.date, str] | None:
    match = DECISION_DATE.match(text)
    if not match:
        return None
    value = match.group("date").strip()
    numeric = NUMERIC_DATE.match(value)
    if numeric:
        try:
            day: dt.date | None = dt.date(int(numeric.group("year")), int(numeric.group("month")), int(numeric.group("day")))
        except ValueError:
            day = None
    else:
        found = find_date(value)
        day = found[0] if found else None
    return (day, f"the judgment's decision line {text!r}") if day else None


def _matter_joined(units: list[Unit], start: int) -> list[Unit]:
    """'In the matter of an Appeal in terms of section' / '331 (1) of the Code …' / '… Republic of Vellania.': one clause."""
    kept: list[Unit] = units[:start]
    open_clause: Unit | None = None
    taken = 0
    for unit in units[start:]:
        if open_clause is not None and unit.data.get("caption") and taken < CAPTION_LINES and not CAPTION_FIELD.match(unit.text.strip()):
            open_clause.text = f"{open_clause.text.rstrip()} {unit.text.strip()}"
            open_clause.data["end"] = unit.data.get("end", unit.line)
            taken += 1
            if unit.text.rstrip()[-1:] in ".;":
                open_clause = None
            continue
        open_clause = None
        if unit.data.get("caption") and IN_THE_MATTER.match(unit.text.strip()) and unit.text.rstrip()[-1:] not in ".;":
            open_clause, taken = unit, 0
        kept.append(unit)
    return kept


def plain_caption(body: list[Unit]) -> None:
    """The caption's and the signatures' lines read as headings ('Argued on : …', 'Judge of the Court of Appeal') are
    text."""
    for unit in body:
        if unit.kind == "heading" and (unit.data.get("caption") or unit.data.get("signature")):
            unit.kind, unit.level = "paragraph", 0
