"""An all-numeric date line whose order its numbers leave open ('09-12-2020 11:45:27 +05:30': 9 December or September 12).

`dates.find_line_date` reads such a date month first, as US repositories write it. The report's date is read day first
where the text settles it: another numeric date in it whose first number cannot be a month ('25-11-2020'), or a UTC
offset east of Greenwich on the line (Europe, Africa, the Middle East, South Asia, Australia write the day first; not
+08:00, where the Philippines write the month first as the US do). A second number over 12 elsewhere keeps it month
first, and so does an offset west of Greenwich; with nothing to go on, it stays month first and the dry run says so.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DASHED_NUMERIC_DATE
from .importunits import Meta, Problem, Unit

OFFSET_AFTER = re.compile(r"^(?:\s+|T)\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?\s*(?P<sign>[+-])(?P<hours>\d\d):?\d\d\b")
MONTH_FIRST_EAST = {"08"}  # +08:00: the Philippines write the month first, their neighbours the day


def _order_in_text(text: str) -> str:
    """'day' or 'month' where the text's other numeric dates settle the order, else ''."""
    orders = set()
    if "-" in text or "/" in text:
        for match in DASHED_NUMERIC_DATE.finditer(text):
            first, second = int(match.group("first")), int(match.group("second"))
            if first > 12 >= second:
                orders.add("day")
            elif second > 12 >= first:
                orders.add("month")
    return orders.pop() if len(orders) == 1 else ""


def _order_by_offset(after: str) -> str:
    offset = OFFSET_AFTER.match(after)
    if offset is None or (offset.group("sign") == "+" and offset.group("hours") in MONTH_FIRST_EAST):
        return ""
    return "day" if offset.group("sign") == "+" else "month"


def settle_numeric_date_order(units: list[Unit], start: int, meta: Meta, text: str, inferred: list[str], problems: list[Problem]) -> None:
    """Read the report's date day first where its numeric date line leaves the order open and the text or the line's
    UTC offset settles it; where nothing does, keep it month first and say so."""
    read = meta.get("date")
    if not isinstance(read, date):
        return
    for unit in units[: start + 1]:
        found = DASHED_NUMERIC_DATE.search(unit.text) if "-" in unit.text or "/" in unit.text else None
        if found is None:
            continue
        first, second = int(found.group("first")), int(found.group("second"))
        if first > 12 or second > 12 or first == second or (read.month, read.day) != (first, second) or read.year != int(found.group("year")):
            continue
        order = _order_in_text(text) or _order_by_offset(unit.text[found.end() :])
        day_first = date(read.year, second, first)
        if order == "day":
            meta["date"] = day_first
            reason = (
                "the UTC offset after it is east of Greenwich, where dates are written day first"
                if _order_by_offset(unit.text[found.end() :]) == "day"
                else "the text's other numeric dates are written day first"
            )
            inferred.append(f"line {unit.line}: {found.group(0)!r} read day first, {day_first.isoformat()}: {reason}")
        elif not order:
            problems.append(
                Problem(
                    unit.line,
                    f"the date line's {found.group(0)!r} may be {read.isoformat()} (month first, read so) or {day_first.isoformat()} "
                    "(day first): check it",
                )
            )
        return
