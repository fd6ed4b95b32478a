"""Dossier's own settings (pelicanconf.py), their defaults in one place, read once at start-up and checked.

A setting of the wrong kind is a ContentError that names it (`DOSSIER_TIMELINE_PAGE: must be a whole number …`),
which the build prints as one line. Settings left out of pelicanconf.py get the defaults below.

| setting | default | what it is |
| --- | --- | --- |
| DOSSIER_ACTORS | "actors.toml" | the actor registry, a file in the content folder |
| DOSSIER_TIMELINE_PAGE | 100 | more dated statements than this: the timeline is paged by month, at most this many a page |
| DOSSIER_WORKERS | 0 | processes that read reports; 0: one per CPU |
| DOSSIER_CACHE_PATH | "" | where analysed reports are kept between builds (sitebuild sets it beside the output folder) |
| DOSSIER_PREVIOUS_OUTPUT | "" | the last build, whose unchanged pages are reused (sitebuild sets it to the output folder) |
| DOSSIER_PUBLIC_URL | "" | the hosted site's address (publishconf.py): canonical URLs, Open Graph, sitemap.xml, robots.txt |
| ACTOR_MAP_SAVE_AS | "map.html" | the map page; speaker pages link to their place on it |
| CITATIONS_SHOWN | 12 | a note cited more often links its first ones and the notes page (read by the templates) |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .model import ContentError
from .paths import readable

ACTORS = "actors.toml"
TIMELINE_PAGE = 100
MAP_PAGE = "map.html"
CITATIONS_SHOWN = 12
DEFAULTS: dict[str, object] = {
    "DOSSIER_ACTORS": ACTORS,
    "DOSSIER_TIMELINE_PAGE": TIMELINE_PAGE,
    "DOSSIER_WORKERS": 0,
    "DOSSIER_CACHE_PATH": "",
    "DOSSIER_PREVIOUS_OUTPUT": "",
    "DOSSIER_PUBLIC_URL": "",
    "ACTOR_MAP_SAVE_AS": MAP_PAGE,
    "CITATIONS_SHOWN": CITATIONS_SHOWN,
}


@dataclass(frozen=True)
class DossierSettings:
    content: str  # Pelican's PATH: the content folder
    actors: str  # DOSSIER_ACTORS as written, relative to the content folder
    registry_path: str  # the registry's full path (it may not exist: no registry is an empty one)
    timeline_page: int
    workers: int
    cache_path: str
    previous_output: str
    public_url: str  # without a trailing slash; "" for a local build
    actor_map_save_as: str
    citations_shown: int


def read_settings(settings: Mapping[str, object]) -> DossierSettings:
    """Dossier's settings from Pelican's, with the defaults for those left out; a ContentError naming a wrong one."""

    def value(name: str) -> object:
        found = settings.get(name)
        return DEFAULTS[name] if found is None else found

    content = settings.get("PATH")
    if not isinstance(content, str) or not content:
        raise ContentError("PATH", None, f"the content folder setting must be a folder name, not {content!r}")
    actors = value("DOSSIER_ACTORS")
    if not isinstance(actors, str) or not actors:
        raise ContentError("DOSSIER_ACTORS", None, f"the actor registry setting must name a file in the content folder, not {actors!r}")
    map_page = value("ACTOR_MAP_SAVE_AS") or MAP_PAGE
    if not isinstance(map_page, str) or not map_page.endswith(".html") or map_page.startswith("/") or "\\" in map_page:
        raise ContentError("ACTOR_MAP_SAVE_AS", None, f"must be a page's path in the site ending in .html, like 'map.html', not {map_page!r}")
    public = value("DOSSIER_PUBLIC_URL")
    if not isinstance(public, str) or (public and not public.startswith(("http://", "https://"))):
        raise ContentError(
            "DOSSIER_PUBLIC_URL", None, f"must be the site's address starting with https:// (or empty for a local build), not {public!r}"
        )
    return DossierSettings(
        content=content,
        actors=actors,
        registry_path=readable(content, os.path.join(content, actors), what=f"the actor registry ({actors})"),
        timeline_page=_whole_number(value("DOSSIER_TIMELINE_PAGE"), "DOSSIER_TIMELINE_PAGE", 1, "the most dated statements on a timeline page"),
        workers=_whole_number(value("DOSSIER_WORKERS"), "DOSSIER_WORKERS", 0, "processes that read reports; 0 for one per CPU"),
        cache_path=_folder(value("DOSSIER_CACHE_PATH"), "DOSSIER_CACHE_PATH"),
        previous_output=_folder(value("DOSSIER_PREVIOUS_OUTPUT"), "DOSSIER_PREVIOUS_OUTPUT"),
        public_url=public.rstrip("/"),
        actor_map_save_as=map_page,
        citations_shown=_whole_number(value("CITATIONS_SHOWN"), "CITATIONS_SHOWN", 1, "citations of a note linked before the notes page"),
    )


def _whole_number(found: object, name: str, least: int, meaning: str) -> int:
    if isinstance(found, bool) or not isinstance(found, int) or found < least:
        raise ContentError(name, None, f"must be a whole number, {least} or more ({meaning}), not {found!r}")
    return found


def _folder(found: object, name: str) -> str:
    if not isinstance(found, str):
        raise ContentError(name, None, f"must be a folder's path or empty, not {found!r}")
    return found
