"""What a reader would check in a built site, as plain functions the tests share."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def reading_text(path: Path) -> str:
    """The page's main text as a reader sees it, without note numbers and permalink signs."""
    page = soup(path)
    main = page.find("main")
    for node in main.select("sup.note-ref, a.permalink, a.backref"):
        node.decompose()
    return " ".join(main.get_text(" ").split())


def ids_in(path: Path) -> set[str]:
    return {tag["id"] for tag in soup(path).find_all(id=True)}


def internal_links(site: Path):
    """Every href/src in the site that stays inside it: (page, attribute value, resolved file, fragment)."""
    for page in html_files(site):
        for tag in soup(page).find_all(["a", "link", "script", "img", "iframe", "source"]):
            for attribute in ("href", "src"):
                value = tag.get(attribute)
                if not value:
                    continue
                parts = urlsplit(value)
                if parts.scheme or value.startswith("//"):
                    continue
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                yield page, value, target, parts.fragment


def map_data(path: Path) -> dict:
    """The graph data inlined in the map page."""
    import json

    return json.loads(soup(path).find("script", id="map-data").string)


def network_references(site: Path) -> list[str]:
    found = []
    # Links a reader follows may point anywhere; nothing the page loads may.
    pattern = re.compile(
        r"""<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\b(?:src|href|data|srcset)\s*=\s*["']?(?:https?:)?//""", re.I
    )
    for path in site.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            text = path.read_text(encoding="utf-8")
            if pattern.search(text) or re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", text):
                found.append(str(path))
    return found
