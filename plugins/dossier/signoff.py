"""A blog post's or a digest's sign-off at the end of the text ('Written by Alison McCook' / 'April 26th, 2017 at 9:30
am') and an e-mail's signature under its '-- ' line: the author and the date, no sections of the text."""

from __future__ import annotations

import re

from .dates import find_line_date
from .importunits import Meta, Problem, Unit

SIGN_OFF = re.compile(r"^(?:Written|Posted|Published|Filed)\s+by\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})$")
SIGNATURE_LINE = re.compile(r"^\\?--$")  # an e-mail's signature separator, '-- ' (Markdown's escape '\--' aside)
SIGN_OFF_REACH = 4  # units from the end where the sign-off stands (a signature's lines under it)
DATE_LINE_MAX = 60


def closing_sign_off(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """The sign-off names the author and, on the line under it, the date and time of the post: read where the top of the
    text gave none (the post's date over the date an e-mail digest of it was sent), and left out of the text with the signature separator and the lines under it."""
    for index in range(len(body) - 1, max(len(body) - 1 - SIGN_OFF_REACH, -1), -1):
        match = SIGN_OFF.match(body[index].text.strip())
        if not match:
            continue
        after = body[index + 1] if index + 1 < len(body) else None
        dated = find_line_date(after.text.strip()) if after is not None and len(after.text) <= DATE_LINE_MAX else None
        rest = body[index + 1 + (1 if dated else 0) :]
        if any(not SIGNATURE_LINE.match(unit.text.strip()) for unit in rest):
            return  # the text goes on under it
        if not meta.get("authors"):
            meta["authors"] = [match.group("name")]
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        if dated and (not meta.get("date") or meta.get("date_basis", "").startswith("the e-mail's")):  # a digest goes out later
            meta["date"], meta["date_basis"] = dated[0], f"the sign-off at the end, line {after.line}"  # type: ignore[union-attr]
            problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
        inferred.append(f"line {body[index].line}: the sign-off at the end read as the author{' and the date' if dated else ''}")
        dropped.setdefault("the sign-off at the end", []).extend(unit.text for unit in body[index:])
        del body[index:]
        return
    if body and SIGNATURE_LINE.match(body[-1].text.strip()):
        dropped.setdefault("the sign-off at the end", []).append(body.pop().text)
