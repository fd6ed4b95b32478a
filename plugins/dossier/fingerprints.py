"""What each page is made from, as one digest, so a build can tell which pages the last build already wrote.

Every fingerprint starts with the build recipe (the settings, the theme's files, the plugins' code, the
libraries' versions; shown paths are relative to the content folder, so the working folder plays no part) and the site's shape (every
actor in the registry, provisional ones included, and who has a speaker page). To that a report's own pages
add the report's text. Other pages name the reports they draw on in the `depends_on_reports` variable (a
speaker's page: every report they speak or are quoted in) and anything else in `depends_on`. Pages drawn
from every report name none and get no fingerprint: they are always rendered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from importlib import metadata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # speakers.py imports most of the package; this module only names its types
    from _hashlib import HASH as Hash

    from .speakers import SpeakerBook

LIBRARIES = ("pelican", "jinja2", "markupsafe", "mistune", "pyvis", "networkx")
PER_BUILD_SETTINGS = {"OUTPUT_PATH", "DOSSIER_CACHE_PATH", "DOSSIER_PREVIOUS_OUTPUT", "DOSSIER_WORKERS"}


def plain(value: object) -> bool:
    """A settings value whose repr is the same in every process (no functions, no objects)."""
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(plain(v) for v in value)
    if isinstance(value, dict):
        return all(plain(k) and plain(v) for k, v in value.items())
    return False


def add_parts(digest: Hash, *parts: object) -> None:
    """Each part with its length first, so that no two different lists of parts give the same bytes."""
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        digest.update(len(data).to_bytes(8, "big") + data)


def add_files(digest: Hash, folder: str, suffixes: tuple[str, ...] = ()) -> None:
    for current, dirs, names in sorted(os.walk(folder)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            if suffixes and not name.endswith(suffixes):
                continue
            path = os.path.join(current, name)
            with open(path, "rb") as handle:
                add_parts(digest, os.path.relpath(path, folder), handle.read())


_last_recipe: tuple[Mapping[str, Any] | None, str] = (None, "")


def recipe(settings: Mapping[str, Any]) -> str:
    """The build recipe's digest; worked out once a build (the page writer and the map's shards both need it)."""
    global _last_recipe
    if _last_recipe[0] is settings:
        return _last_recipe[1]
    found = _recipe(settings)
    _last_recipe = (settings, found)
    return found


def _recipe(settings: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    for key in sorted(settings):
        value = settings[key]
        if key not in PER_BUILD_SETTINGS and plain(value):
            add_parts(digest, key, repr(sorted(value) if isinstance(value, (set, frozenset)) else value))
    if settings.get("THEME"):
        add_files(digest, settings["THEME"])
    for folder in settings.get("PLUGIN_PATHS", []):
        add_files(digest, folder, (".py",))
    for library in LIBRARIES:
        try:
            add_parts(digest, library, metadata.version(library))
        except metadata.PackageNotFoundError:
            add_parts(digest, library, "-")
    return digest.hexdigest()


def site_shape(book: SpeakerBook) -> str:
    digest = hashlib.sha256()
    for actor_id in sorted(book.registry.actors):
        add_parts(digest, repr(book.registry[actor_id]))
    add_parts(digest, *sorted(book.speakers))
    return digest.hexdigest()


class PageFingerprints:
    def __init__(self, settings: Mapping[str, Any], book: SpeakerBook) -> None:
        self.book = book
        self.base = recipe(settings) + site_shape(book)
        self._reports: dict[str, str] = {}
        # every fingerprint starts with the base: hashed once, copied for each page (an archive has thousands)
        self._started = hashlib.sha256()
        add_parts(self._started, self.base)

    def report(self, slug: str) -> str:
        if slug not in self._reports:
            report = self.book.reports[slug]
            digest = hashlib.sha256()
            add_parts(digest, report.source_path, report.source_text)
            self._reports[slug] = digest.hexdigest()
        return self._reports[slug]

    def page(self, name: str, variables: Mapping[str, Any]) -> str:
        """The page's fingerprint, or "" for a page drawn from every report."""
        slugs = variables.get("depends_on_reports")
        if slugs is None:  # Pelican's own article page: a report's overview
            report = getattr(variables.get("article"), "report", None)
            if report is None:
                return ""
            slugs = [report.slug]
        reports = self.book.reports
        if any(slug not in reports for slug in slugs):
            return ""
        digest = self._started.copy()
        add_parts(digest, name, variables.get("depends_on", ""), *(self.report(slug) for slug in (slugs if len(slugs) == 1 else sorted(slugs))))
        return digest.hexdigest()
