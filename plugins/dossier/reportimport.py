"""`invoke import-report`: read an export or a saved page, import it, say what was found, write it safely.

The importing itself is `importer` (plain text) and `savedpage` (HTML); this
module is the file handling around them: size and type checks, the slug, the
target inside content/reports, the dry run and the summary a user reads.
"""

from __future__ import annotations

import os
import re
from typing import TextIO

from .importer import ImportRefused, ImportResult, decode_export, import_page, import_text
from .paths import shown_path

MAX_IMPORT_BYTES = 50 * 1024 * 1024
SLUG_MAX = 80
REPORT_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # the report's slug, its pages' folder: single hyphens only


class ImportFailed(Exception):
    """One line for the user: the file, the line where there is one, and what is wrong."""


def check_slug(slug: str) -> None:
    if not slug:
        raise ImportFailed("--slug is empty; give a short name such as 'iran-caucasus-2021'")
    if len(slug) > SLUG_MAX:
        raise ImportFailed(f"--slug is {len(slug)} characters long; at most {SLUG_MAX}")
    if not REPORT_SLUG.match(slug):
        raise ImportFailed(f"--slug {slug!r} must be lower-case letters, digits and single hyphens (no '/', '.', spaces or path)")


def read_export(path: str, encoding: str | None, slug: str | None = None) -> ImportResult:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_IMPORT_BYTES:
            raise ImportFailed(
                f"{path}: is {size / 1024 / 1024:.0f} MB; an export or saved page of at most {MAX_IMPORT_BYTES // 1024 // 1024} MB is imported"
            )
        with open(path, "rb") as handle:
            raw = handle.read()
    except IsADirectoryError:
        raise ImportFailed(f"{path}: is a folder; give the export's file") from None
    except OSError as error:
        raise ImportFailed(f"{path}: cannot be read: {error.strerror}") from None
    if not raw.strip():
        raise ImportFailed(f"{path}: is empty")
    from .savedpage import looks_like_html, read_saved_page

    if looks_like_html(raw, name):
        from .model import ContentError

        try:
            page = read_saved_page(raw, path)
        except ContentError as error:
            raise ImportFailed(str(error)) from None
        return import_page(page, name, slug)
    try:
        text, note = decode_export(raw, encoding)
    except ImportRefused as refused:
        raise ImportFailed(f"{path}:{refused}") from None
    result = import_text(text, name, slug)
    if note:
        result.problems.insert(0, note)
    return result


def import_file(
    path: str,
    content: str,
    slug: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    encoding: str | None = None,
    out: TextIO | None = None,
) -> str | None:
    """Import one file; print what was found; return the path written, None if nothing was."""
    if slug is not None:
        check_slug(slug)
    result = read_export(path, encoding, slug)
    if not result.markdown:
        raise ImportFailed(f"{path}: has no text to import")
    reports = os.path.realpath(os.path.join(content, "reports"))
    target = os.path.join(reports, f"{result.slug}.md")
    if os.path.dirname(os.path.realpath(target)) != reports:
        raise ImportFailed(f"{path}: the report would be written outside {os.path.join(content, 'reports')}; give a plain --slug")
    shown = shown_path(target)
    if out is not None:
        print(f"Imported {path}", file=out)
        for line in result.inferred:
            print(f"  inferred: {line}", file=out)
        for problem in result.problems:
            print(f"  problem: {path}:{problem}", file=out)
        print("Summary (check it against the page):", file=out)
        for line in result.summary:
            print(f"  {line}", file=out)
    if dry_run:
        if out is not None:
            print(f"dry run: {shown} not written", file=out)
        return None
    if os.path.exists(target) and not force:
        with open(target, encoding="utf-8", errors="replace") as handle:
            if handle.read() == result.markdown:
                if out is not None:
                    print(f"{shown} is already up to date", file=out)
                return None
        raise ImportFailed(f"{shown} exists and differs; pass --force to overwrite it")
    os.makedirs(reports, exist_ok=True)
    partial = target + ".partial"
    with open(partial, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(result.markdown)
    os.replace(partial, target)
    return shown
