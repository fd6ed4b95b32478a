"""Which of a build's warnings it prints in full.

A warm build takes most reports' analyses from the last build, and with them their warnings (an unclosed quotation,
a note cited but never defined, a speaker the registry does not name): at 1,000 reports some 2,300 lines, nearly all
about reports nobody touched. As site generators that rebuild what changed do, a warning is printed in full when it is
about a report read again in this build, when the last build did not give it, or when it names no report; the others,
the last build's warnings about reports it left unchanged, are counted on one line that says how to list them
(`--all-warnings`). A build from scratch reads every report, so it prints every warning; so does a build whose
output folder is missing (the cache beside it survives its removal, but the user asks for the whole site again). A
build that fails prints the count line too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from .kept import keep, remove_leftovers

WARNINGS_FILE = "warnings.txt"  # in the build's cache folder: the last build's warnings, one a line
ALL_WARNINGS_HINT = "run the same build with --all-warnings to list them"

_unchanged: set[str] = set()  # shown paths of the reports this build took unchanged from the last build
_LINE = re.compile(r":\d+$")


def forget() -> None:
    """A new build: no report is known to be unchanged yet."""
    _unchanged.clear()


def mark_unchanged(shown_paths: Iterable[str]) -> None:
    """Reports whose analysis this build took from the last build (a warning about them may be one it printed)."""
    _unchanged.update(shown_paths)


def source_of(message: str) -> str:
    """The file a `file:line: message` or `file: message` is about ("" where it names none)."""
    where, found, _ = message.partition(": ")
    return _LINE.sub("", where) if found else ""


def held_back(message: str, printed_before: set[str]) -> bool:
    """Whether a warning is only counted: the last build gave it too, about a report this build did not read again."""
    return message in printed_before and source_of(message) in _unchanged


def load(cache_folder: str) -> set[str]:
    """The last build's warnings; none where no build kept them (a first build, or a cache that cannot be read)."""
    try:
        with open(os.path.join(cache_folder, WARNINGS_FILE), encoding="utf-8") as handle:
            return set(handle.read().splitlines())
    except (OSError, UnicodeDecodeError):
        return set()


def save(cache_folder: str, warnings: list[str]) -> None:
    """Keep this build's warnings for the next build (written whole or not at all: a build killed meanwhile leaves the
    last build's). Where it cannot be written, the next build prints every warning: nothing is lost."""
    path = os.path.join(cache_folder, WARNINGS_FILE)
    remove_leftovers(path)
    keep(path, "".join(f"{message}\n" for message in warnings).encode("utf-8", "surrogateescape"))


def summary(held: list[str]) -> str:
    """The line that stands for the warnings held back."""
    reports = len({source_of(message) for message in held})
    return f"{len(held):,} more warning(s) in {reports:,} unchanged report(s), as the last build gave them: {ALL_WARNINGS_HINT}"
