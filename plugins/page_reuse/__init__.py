"""Pages unchanged since the last build are taken from it instead of being rendered again.

A page is reused when its fingerprint (dossier.fingerprints) matches the one the
last build recorded for it and the last build's file is still exactly as it was
written (dossier.kept.still_as_written: its size, and its modification time, inode
and change time as recorded, else the SHA-256 of its bytes). Pages that draw on every report (home, speakers index, timeline, map,
search) have no fingerprint and are always rendered. sitebuild sets
DOSSIER_PREVIOUS_OUTPUT and DOSSIER_CACHE_PATH; without them every page is rendered.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import posixpath
import shutil
from itertools import chain

from dossier import background, readahead, takeover
from dossier.buildstate import dossier_settings, on_initialized, speaker_book
from dossier.fingerprints import PageFingerprints
from dossier.kept import file_stamp, keep, still_as_written
from dossier.progress import progress
from pelican import signals
from pelican.paginator import Paginator
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from page_reuse.articles import keep_source_path, no_stamps_without_cache

MANIFEST = "pages.json"
PAGE_ASSETS = "page-assets.json"  # the theme files each page names (publishing hashes the files pages name)
ASSETS_KEY = "DOSSIER_ASSETS"  # publishing's Assets, in the settings
_writers: list[ReusingWriter] = []


class ReusingWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        dossier = dossier_settings(settings) if settings else None
        self.previous_output = dossier.previous_output if dossier else ""
        cache = dossier.cache_path if dossier else ""
        self.manifest_file = os.path.join(cache, MANIFEST) if cache else ""
        self.previous: dict[str, list] = {}
        if self.manifest_file and self.previous_output:
            try:
                found = readahead.load(self.manifest_file)
                self.previous = found if isinstance(found, dict) else {}
            except (OSError, ValueError):
                self.previous = {}
        self.recorded: dict[str, list] = {}
        # A page taken from the last build names the theme files it named when it was rendered: publishing copies
        # (with hashed names) only the files pages name. Without that record a page is rendered again.
        self.assets = settings.get(ASSETS_KEY) if settings else None
        self.assets_file = os.path.join(cache, PAGE_ASSETS) if cache else ""
        self.previous_assets: dict[str, int] = {}  # page name -> its set of theme files in asset_sets
        self.asset_sets: list[tuple[str, ...]] = []
        if self.assets_file and self.previous and self.assets is not None:
            self.previous_assets, self.asset_sets = load_page_assets(self.assets_file)
        self._named_sets: set[int] = set()  # of asset_sets, those already named to publishing in this build
        self.recorded_assets: dict[str, tuple[str, ...]] = {}
        self._output_root = os.path.abspath(self.output_path)
        self._previous_root = os.path.abspath(self.previous_output) if self.previous_output else ""
        # Only a file linked from the last build's output can be shared: without one (a first build) there is none
        self._may_share = bool(self._previous_root) and os.path.isdir(self._previous_root)
        self.fingerprints: PageFingerprints | None = None
        self.reused = 0
        self.rendered = 0
        self._folders: set[str] = set()  # folders of the new output made so far
        # the pages being written (their paths: name and fingerprint), whose manifest entries are made once they are on disk
        self._recording: dict[str, tuple[str, str]] = {}
        self._rendering = False  # in write_file: what it opens is written by the background writer
        self._skipping: set[str] = set()  # in write_file: the pages of a list taken from the last build, not written
        _writers.append(self)

    def reuse(self, name: str, context, **kwargs) -> bool:
        """Take the page from the last build if it is unchanged, as write_file would with these variables; a
        generator that asks first need not make what only rendering the page needs."""
        fingerprint = self._fingerprint(name, context, kwargs)
        if fingerprint and self._reuse(name, fingerprint):
            self.reused += 1
            return True
        return False

    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None, override_output=False, url=None, **kwargs):
        listing = self._listing(name, context, template_name, paginated, url, kwargs)
        if listing is None:
            listing = [(name, self._fingerprint(name, context, kwargs))]
        # the home pages: a fingerprint a page, what it lists; those unchanged are taken, the others rendered
        kept = {each for each, fingerprint in listing if fingerprint and self._reuse(each, fingerprint)}
        self.reused += len(kept)
        if len(kept) == len(listing):
            return
        for each, _ in listing:
            if each and each not in kept and self._may_share:
                takeover.unshare(f"{self._output_root}/{inside_output(each)}")
                self._unshare(sanitised_join(self.output_path, each))
        self._recording = {
            sanitised_join(self.output_path, each): (each, fingerprint) for each, fingerprint in listing if each and fingerprint and each not in kept
        }
        self._skipping = {sanitised_join(self.output_path, each) for each in kept}
        self._rendering = True
        tracking = self.assets is not None and bool(self._recording)
        if tracking:
            self.assets.used = set()
        try:
            rendered = _Skipping(template, kept) if kept else template
            super().write_file(name, rendered, context, relative_urls, paginated, template_name, override_output, url, **kwargs)
        finally:
            recorded, self._recording, self._skipping, self._rendering = self._recording, {}, set(), False
            if tracking:
                for each, _ in recorded.values():
                    self.recorded_assets[each] = tuple(sorted(self.assets.used or ()))
                self.assets.used = None
        if name:
            self.rendered += len(listing) - len(kept)

    def _listing(self, name, context, template_name, paginated, url, variables) -> list[tuple[str, str]] | None:
        """The home pages (Pelican's paginated `index` template, the only list of articles the theme has): each page's
        name and fingerprint (dossier.fingerprints.listed: what it shows of each report it lists, with its number,
        the number of pages and of reports, which every page shows)."""
        book = speaker_book(context)
        if template_name != "index" or not name or not self.manifest_file or book is None:
            return None
        articles = (paginated or variables).get("articles")
        if articles is None:
            return None
        if self.fingerprints is None:
            self.fingerprints = PageFingerprints(self.settings, book, dossier_settings(self.settings).cache_path)
        called = f"{name}\0{url}\0{sorted(variables)}\0{len(articles)}"
        paginated_templates = self.settings["PAGINATED_TEMPLATES"]
        per_page = (paginated_templates["index"] or self.settings["DEFAULT_PAGINATION"]) if "index" in paginated_templates else None
        if not per_page:  # as Pelican's writer: one page
            fingerprint = self.fingerprints.listed(articles, called)
            return [(name, fingerprint)] if fingerprint else None
        paginator = Paginator(name, url, articles, self.settings, per_page)
        found = []
        for number in range(1, paginator.num_pages + 1):
            page = paginator.page(number)
            fingerprint = self.fingerprints.listed(page.object_list, f"{called}\0{number} of {paginator.num_pages}")
            if not fingerprint:
                return None
            found.append((page.save_as, fingerprint))
        return found

    def _may_reuse(self, name: str, fingerprint: str) -> bool:
        """Whether the last build recorded this page with this fingerprint, and the theme files it names (else
        rendering it names them)."""
        entry = self.previous.get(name)
        if not isinstance(entry, list) or len(entry) < 3 or entry[0] != fingerprint:
            return False
        return self.assets is None or self.previous_assets.get(name, -1) >= 0

    def _open_w(self, filename, encoding, override=False):
        """Pelican's checks, then a page that is written by the background writer once rendered (dossier.background);
        the page's manifest entry is made when it is on disk. Feeds are written as Pelican writes them. A page of a list
        taken from the last build (see write_file) is not written."""
        if not self._rendering:
            return super()._open_w(filename, encoding, override)
        if filename in self._skipping:
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time (was previously overwritten)')
            return open(os.devnull, "w", encoding=encoding)  # as Pelican does: the overriding page is kept
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{filename}" as Pelican has already written to it previously (set `override=True` if intended)'
            )
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        written = None
        recording = self._recording.get(filename)
        if recording is not None:
            written = functools.partial(self._record, *recording)
        return _PageFile(filename, encoding, written)

    @staticmethod
    def _unshare(path: str) -> None:
        """A file linked from the last build is unlinked before it is written: writing through the link would change the last build."""
        try:
            if os.stat(path).st_nlink > 1:
                os.unlink(path)
        except OSError:
            pass

    def _fingerprint(self, name, context, kwargs) -> str:
        book = speaker_book(context)
        if not name or not self.manifest_file or book is None:
            return ""
        if self.fingerprints is None:
            self.fingerprints = PageFingerprints(self.settings, book, dossier_settings(self.settings).cache_path)
        return self.fingerprints.page(name, kwargs)

    def _reuse(self, name: str, fingerprint: str) -> bool:
        if not self._may_reuse(name, fingerprint):
            return False
        entry = self.previous[name]
        assets = self.previous_assets.get(name, -1) if self.assets is not None else -1
        relative = inside_output(name)
        stamp = takeover.stamp_of(f"{self._output_root}/{relative}") or self._link(relative, entry)
        if stamp is None:
            return False  # changed since it was written (or gone): render it again
        self.recorded[name] = [fingerprint, entry[1], entry[2], *stamp]  # the bytes checked, not read a second time
        if self.assets is not None:
            if assets not in self._named_sets:  # thousands of pages name the same few sets of files
                self._named_sets.add(assets)
                for path in self.asset_sets[assets]:
                    self.assets.name(path)
            self.recorded_assets[name] = self.asset_sets[assets]
        return True

    def _link(self, relative: str, entry: list) -> list[int] | None:
        """A page of the last build linked into the new output, if it is still as it was written; its file_stamp."""
        old = f"{self._previous_root}/{relative}"
        if not still_as_written(old, entry[1], entry[2], entry[3:]):
            return None
        new = f"{self._output_root}/{relative}"
        folder = os.path.dirname(new)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        try:
            os.link(old, new)
        except OSError:
            shutil.copy2(old, new)
        return file_stamp(new)

    def written_apart(self, name: str, context, variables, size: int, digest: str, stamp: list[int], assets: tuple[str, ...]) -> None:
        """A page another process rendered and wrote (report_pages.apart): recorded as if written here, with the theme
        files it names."""
        fingerprint = self._fingerprint(name, context, variables)
        if fingerprint:
            self.recorded[name] = [fingerprint, size, digest, *stamp]
            if self.assets is not None:
                self.recorded_assets[name] = assets
        self.rendered += 1

    def _record(self, name: str, fingerprint: str, path: str, data: bytes) -> None:
        """The manifest entry of a page just written (in the background writer's thread)."""
        self.recorded[name] = [fingerprint, len(data), hashlib.sha256(data).hexdigest(), *file_stamp(path)]


class _Skipping:
    """A template that renders nothing for the pages of a list taken from the last build: Pelican's writer renders
    every page of a paginated list, and an edit of one report's front matter changes what one page shows."""

    def __init__(self, template, kept: set[str]) -> None:
        self.template = template
        self.kept = kept

    def render(self, variables) -> str:
        return "" if variables.get("output_file") in self.kept else self.template.render(variables)

    def __getattr__(self, name: str):
        return getattr(self.template, name)


def inside_output(name: str) -> str:
    """A page's name as a path relative to the output folder (and to the last build's): Pelican's sanitised_join
    refuses a name that leads out of it; checked once here for both folders, for each of thousands of pages."""
    relative = posixpath.normpath(name)
    if relative == ".." or relative.startswith(("../", "/")):
        raise RuntimeError(f"Attempted to break out of output directory to {name}")
    return relative


def load_page_assets(path: str) -> tuple[dict[str, int], list[tuple[str, ...]]]:
    """The theme files each page of the last build names: page name -> the number of its set of files, and the sets."""
    try:
        with open(path, encoding="utf-8") as handle:
            found = json.load(handle)
        sets = [tuple(names) for names in found["sets"] if all(isinstance(n, str) for n in names)]
        if len(sets) != len(found["sets"]):
            return {}, []
        pages = {name: index for name, index in found["pages"].items() if isinstance(index, int) and 0 <= index < len(sets)}
        return pages, sets
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # absent or damaged: those pages are rendered
        return {}, []


def save_page_assets(path: str, recorded: dict[str, tuple[str, ...]]) -> None:
    sets = sorted(set(recorded.values()))
    numbers = {names: number for number, names in enumerate(sets)}
    data = {"sets": [list(names) for names in sets], "pages": {name: numbers[names] for name, names in sorted(recorded.items())}}
    keep(path, json.dumps(data).encode())


class _PageFile:
    """What Pelican writes a page to: its text, handed to the background writer when closed."""

    def __init__(self, path: str, encoding: str, written) -> None:
        self.path, self.encoding, self.written = path, encoding, written
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def __enter__(self) -> _PageFile:
        return self

    def __exit__(self, kind, _value, _traceback) -> None:
        if kind is None:
            background.files.write(self.path, "".join(self.parts).encode(self.encoding), self.written)


def save_manifest(pelican) -> None:
    background.finish()  # every page on disk and in its writer's manifest
    for writer in _writers:
        if writer.manifest_file:
            keep(writer.manifest_file, json.dumps(writer.recorded, sort_keys=True).encode())
            if writer.assets_file and writer.assets is not None:
                save_page_assets(writer.assets_file, writer.recorded_assets)
            if writer.fingerprints is not None:
                writer.fingerprints.save()
            linked = f"; {takeover.last_summary}" if takeover.last_summary else ""
            progress(f"pages: {writer.rendered} rendered, {writer.reused} unchanged since the last build{linked}")
    _writers.clear()


def get_writer(pelican):
    return ReusingWriter


def start_takeover(pelican) -> None:
    """Fork the process that links the last build's unchanged files into the new output (dossier.takeover) now,
    while the build process is small."""
    dossier = dossier_settings(pelican.settings)
    takeover.start(dossier.cache_path, dossier.previous_output, pelican.settings["OUTPUT_PATH"])


def takeover_may_link(_generator) -> None:
    """Pelican has emptied the output folder (after its generators are made, before the articles are read)."""
    takeover.go()


_bytecode_caches: dict[str, object] = {}


def cache_templates(generator) -> None:
    """Templates compiled by the last build are loaded from the cache folder instead of being compiled again
    (Jinja checks each template's source, so an edited template is compiled afresh)."""
    cache = dossier_settings(generator.settings).cache_path
    env = getattr(generator, "env", None)
    if not cache or env is None:
        return
    if cache not in _bytecode_caches:
        from jinja2 import FileSystemBytecodeCache

        try:
            os.makedirs(cache, exist_ok=True)
        except OSError:
            return
        _bytecode_caches[cache] = FileSystemBytecodeCache(cache, "%s.template")
    env.bytecode_cache = _bytecode_caches[cache]


def make_article_folders(generator) -> None:
    """Every article's folder (a report's pages go there), made in the background while the build goes on: each
    costs the kernel a fifth of a millisecond, and a warm build makes one for each report (dossier.background).
    Each article's URL is kept as Pelican's override: Pelican formats it from the metadata on every use (about 30 µs
    each), and nothing changes it once the articles are read. Its file name is kept too (keep_save_as), but not as
    an override: Pelican writes an article with an overridden file name as one that may replace another page."""
    articles = list(chain(generator.translations, generator.articles, generator.hidden_translations, generator.hidden_articles))
    for article in articles:
        article.override_url = article.url
        keep_save_as(article)
    background.make_folders(generator.output_path, [folder for article in articles if (folder := posixpath.dirname(article.save_as or ""))])


_kept_save_as: dict[type, type] = {}  # a content class -> the same class with its save_as kept (keep_save_as)


def keep_save_as(content) -> None:
    """Keep the file name Pelican works out from a content's metadata on every use of its `save_as` property: the
    content becomes an instance of a subclass of its class (of the same name, which Pelican's settings keys use) whose
    property returns the kept name. Pelican's article writer and the report pages ask it of each of an archive's
    articles."""
    kind = type(content)
    kept = _kept_save_as.get(kind)
    if kept is None:
        kept = _kept_save_as[kind] = type(kind.__name__, (kind,), {"save_as": property(_saved_as), "__module__": kind.__module__})
    content.kept_save_as = content.save_as
    content.__class__ = kept


def _saved_as(content) -> str:
    return content.kept_save_as


def register() -> None:
    takeover.declare(MANIFEST)
    readahead.declare(MANIFEST)
    signals.initialized.connect(on_initialized)
    signals.initialized.connect(start_takeover)
    signals.article_generator_preread.connect(takeover_may_link)
    signals.get_writer.connect(get_writer)
    signals.generator_init.connect(cache_templates)
    signals.article_generator_finalized.connect(make_article_folders)
    signals.article_generator_init.connect(no_stamps_without_cache)
    signals.content_object_init.connect(keep_source_path)
    signals.finalized.connect(save_manifest)
