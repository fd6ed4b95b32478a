"""Publishing: content-hashed asset names, schema.org data, and for the hosted site a sitemap and robots.txt.

Templates name theme files through the `asset` filter
(`{{ 'css/dossier.css'|asset }}` gives `theme/css/dossier.<hash>.css`), so a
host can cache them forever; the files are renamed once the build is done.
With DOSSIER_PUBLIC_URL set (publishconf.py) pages get canonical and Open
Graph URLs, and sitemap.xml and robots.txt are written; without it (the local
site and the offline bundle) nothing points to the web.
"""

from __future__ import annotations

import hashlib
import os
import re
from xml.sax.saxutils import escape

from dossier import background
from dossier.buildstate import dossier_settings, on_initialized
from dossier.structured import actor_json_ld, report_json_ld
from jinja2 import pass_context
from markupsafe import Markup
from pelican import signals

ASSETS_KEY = "DOSSIER_ASSETS"


class Assets:
    """Theme files referenced by the templates, and the hashed names they get."""

    def __init__(self, settings: dict) -> None:
        self.theme_static = os.path.join(settings["THEME"], "static")
        self.prefix = settings.get("THEME_STATIC_DIR", "theme")
        self.output = settings["OUTPUT_PATH"]
        self.renames: dict[str, str] = {}
        self.used: set[str] | None = None  # while the page writer renders a page: the theme files it names

    def source(self, path: str) -> str:
        in_theme = os.path.join(self.theme_static, *path.split("/"))
        if os.path.exists(in_theme):
            return in_theme
        return os.path.join(self.output, self.prefix, *path.split("/"))  # written by a plugin, e.g. the vendored vis-network

    def name(self, path: str) -> str:
        if self.used is not None:
            self.used.add(path)
        if path not in self.renames:
            with open(self.source(path), "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()[:10]
            stem, dot, extension = path.rpartition(".")
            self.renames[path] = f"{stem}.{digest}{dot}{extension}"
        return f"{self.prefix}/{self.renames[path]}"

    def rename_all(self) -> None:
        for path, hashed in sorted(self.renames.items()):
            built = os.path.join(self.output, self.prefix, *path.split("/"))
            if not os.path.exists(built):
                continue
            target = os.path.join(self.output, self.prefix, *hashed.split("/"))
            if path.startswith(("css/", "js/")):  # our own files; vendored ones are left as they came
                with open(built, encoding="utf-8") as handle:
                    text = handle.read()
                with open(target, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(compact(text, path.rpartition(".")[2]))
                os.remove(built)
            else:
                os.replace(built, target)


def compact(text: str, kind: str) -> str:
    """Our stylesheets and scripts without comment lines and indentation: whitespace only, line by line,
    so nothing a browser reads changes (the theme's files never put comment markers inside strings)."""
    if kind == "css":
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    lines = [line.strip() for line in text.split("\n")]
    if kind == "js":
        lines = [line for line in lines if not line.startswith("//")]
    return "\n".join(line for line in lines if line) + "\n"


_assets: Assets | None = None


def initialized(pelican) -> None:
    global _assets
    _assets = Assets(pelican.settings)
    # the page writer (page_reuse) names the theme files of a page it takes from the last build, as rendering it would
    pelican.settings[ASSETS_KEY] = _assets
    # a build's templates do not change while it renders: Jinja would otherwise read the modification time of each
    # template a page extends or imports, for every page (three for each of an archive's thousands of pages); a
    # setting that asks for reloading is kept
    pelican.settings["JINJA_ENVIRONMENT"] = {"auto_reload": False, **pelican.settings.get("JINJA_ENVIRONMENT", {})}
    filters = pelican.settings.setdefault("JINJA_FILTERS", {})
    # pass_context keeps Jinja from working the name out once when it compiles a template (it folds filters of
    # constant arguments): a template loaded compiled from the cache would then never register the file's rename
    assets = _assets
    filters["asset"] = pass_context(lambda _context, path: assets.name(path))
    public = dossier_settings(pelican.settings).public_url
    filters["report_json_ld"] = lambda report, path="": Markup(report_json_ld(report, public, path))
    filters["actor_json_ld"] = lambda actor, path="", affiliation=None: Markup(actor_json_ld(actor, public, path, affiliation))


def sitemap(output: str, public: str) -> str:
    pages = []
    for folder, _dirs, files in os.walk(output):
        for name in files:
            if name.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(folder, name), output).replace(os.sep, "/"))
    urls = "".join(f"  <url><loc>{escape(public + '/' + page)}</loc></url>\n" for page in sorted(pages))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'


def finalized(pelican) -> None:
    background.finish()  # the pages still being written are on disk for the sitemap (signals have no order)
    if _assets is not None:
        _assets.rename_all()
    public = dossier_settings(pelican.settings).public_url
    if not public:
        return
    output = pelican.settings["OUTPUT_PATH"]
    with open(os.path.join(output, "sitemap.xml"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(sitemap(output, public))
    with open(os.path.join(output, "robots.txt"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"User-agent: *\nAllow: /\nSitemap: {public}/sitemap.xml\n")


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.initialized.connect(initialized)
    signals.finalized.connect(finalized)
