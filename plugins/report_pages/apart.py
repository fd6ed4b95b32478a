"""Report section and notes pages rendered by a second process, while the build process goes on with everything else.

Once the reports are read, a cold build of an archive rendered its pages on one core while the other idled. A
report's section and notes pages need nothing but the report, the settings and the theme (and, for a notes page,
the short titles of the sections, which name speakers as the registry does), so a second process renders them (seven
in nine of an archive's pages) from the moment the reports are read, while the build process makes the speakers, the map and the
search index and renders every other page.

The renderer is forked when the build starts (Pelican's `get_generators`), while the build process is still
small: a process forked once the reports are loaded would count the build's whole memory a second time. It is
told which report files to render; it loads each report from the analysis cache the report workers have just
filled (or reads the file again when it is not there), renders its pages with its own instance of the same
generator (the same theme, filters and settings), writes them, and sends back what the page manifest records of
each page (size, SHA-256, file status); `background.finish()` merges that into the build's writer, so warm builds
reuse these pages like any other. The pages are byte for byte what the build process writes
(tests/test_render_apart.py).

Only cold builds (no page manifest from a last build) of at least APART_FROM reports, on two cores or more, and only
reports whose sections hold no intrasite link (`{filename}…`: Pelican resolves those against every generator's
content, which the renderer does not have) are rendered apart. DOSSIER_RENDER_APART_FROM in the environment
changes APART_FROM (the tests render small sites both ways).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import posixpath
import queue
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import SimpleNamespace
from typing import Any

from dossier import background
from dossier.analysis import AnalysisCache, analysis_key, bytes_digest
from dossier.buildstate import dossier_settings
from dossier.kept import file_stamp
from dossier.model import Report
from dossier.pages import contents_window, reading_order, short_title, speaker_head
from dossier.paths import may_hold_link
from dossier.sourcefile import read_bytes
from jinja2 import pass_context
from markupsafe import Markup
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

APART_FROM = 24  # reports in a cold build from which their pages are rendered by a second process
DEFAULT_INTRASITE_LINK = "[{|](?P<what>.*?)[|}]"  # Pelican's INTRASITE_LINK_REGEX
MANIFEST = "pages.json"  # page_reuse's page manifest: a build with one is warm

logger = logging.getLogger(__name__)

_current: PageRenderer | None = None

Handed = tuple[str, str, str, str]  # a report's source path, its shown path, the folder of its pages, its slug
Overview = tuple[str, list[tuple[str, str, int]], list[tuple[str, str, str]]]  # save_as; speakers: file, name, count; others named: id, file, name
Record = tuple[str, str, int, str, list[int], tuple[str, ...]]  # a page's name, report slug, size, SHA-256, file_stamp, theme files


def section_variables(report: Report, pages: list, index: int) -> dict[str, Any]:
    """The variables of a section page (and the notes page), the same in both processes."""
    page = pages[index]
    variables = dict(
        depends_on_reports=[report.slug],
        report=report,
        page_file=page.file_name,
        previous_page=pages[index - 1] if index > 0 else None,
        next_page=pages[index + 1] if index + 1 < len(pages) else None,
        contents_pages=contents_window(pages, index),
        contents_total=len(pages),
    )
    if page.kind == "section":
        variables["section"] = page.section
    return variables


class Book:
    """What a report's overview shows of the speaker book (article.html): who speaks in it, with how many statements,
    and who else is named, linked when they have a page. The renderer's stand-in for the SpeakerBook."""

    def __init__(self, speakers: set[str]) -> None:
        self.speakers = speakers  # the ids with a speaker page among those the overviews name
        self._reports: dict[str, tuple[list[SimpleNamespace], list[SimpleNamespace]]] = {}

    def add(self, slug: str, overview: Overview) -> None:
        _save_as, speakers, mentions = overview
        self._reports[slug] = (
            [SimpleNamespace(actor=SimpleNamespace(file_name=file_name, name=name), count=count) for file_name, name, count in speakers],
            [SimpleNamespace(id=actor_id, file_name=file_name, name=name) for actor_id, file_name, name in mentions],
        )

    def report_speakers(self, slug: str) -> list[SimpleNamespace]:
        return self._reports[slug][0]

    def report_mentions(self, slug: str) -> list[SimpleNamespace]:
        return self._reports[slug][1]


def overview_may_go(article: Any) -> bool:
    """Whether the renderer can write this article's overview: Pelican's own article page of a report, its content
    the report's introduction as read, with no intrasite link to resolve."""
    introduction = article.report.introduction
    content = getattr(article, "_content", None)
    return (
        getattr(article, "template", None) == "article"
        and not hasattr(article, "override_save_as")
        and content == (introduction.html if introduction else "")
        and not may_hold_link(content or "")
    )


def names_speaker(title: str) -> bool:
    """Whether short_title asks the registry for the speaker a section title names (a head before ": ")."""
    return speaker_head(title) is not None


def _apart_from() -> int:
    try:
        return int(os.environ.get("DOSSIER_RENDER_APART_FROM", APART_FROM))
    except ValueError:
        return APART_FROM


def _report_files(settings: dict) -> int:
    found = 0
    for name in settings.get("ARTICLE_PATHS", []):
        for _folder, _dirs, files in os.walk(os.path.join(settings["PATH"], name), followlinks=True):
            found += sum(1 for file in files if file.endswith((".md", ".markdown")))
    return found


def is_cold(settings: dict) -> bool:
    """No page of the last build can be reused: there is no last build, or no manifest of its pages."""
    dossier = dossier_settings(settings)
    previous, cache = dossier.previous_output, dossier.cache_path
    return not (previous and cache and os.path.isdir(previous) and os.path.exists(os.path.join(cache, MANIFEST)))


def start(pelican) -> None:
    """At Pelican's get_generators: fork the renderer if this build is worth it."""
    global _current
    abort_current()
    settings = pelican.settings
    workers = dossier_settings(settings).workers or os.cpu_count() or 1
    if (
        workers < 2
        or not hasattr(os, "fork")
        or threading.active_count() > 1  # a fork copies no other thread, nor what it had locked
        or settings.get("INTRASITE_LINK_REGEX") != DEFAULT_INTRASITE_LINK
        or not is_cold(settings)
        or _report_files(settings) < max(1, _apart_from())
    ):
        return
    try:
        _current = PageRenderer(settings)
    except OSError:  # no process could be started: the build process renders every page
        _current = None


def current() -> PageRenderer | None:
    return _current


def abort_current() -> None:
    global _current
    if _current is not None:
        _current.abort()
        _current = None


class PageRenderer:
    """The build process's side: names the reports, then takes the pages' records back."""

    def __init__(self, settings: dict) -> None:
        self.slugs: set[str] = set()
        self._closed = False
        self._finished = False
        self._writer: Writer | None = None
        self._context: dict = {}
        self._asset: Callable | None = None
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the renderer
            code = 1
            try:
                os.close(jobs_write)
                os.close(results_read)
                code = _render(settings, Connection(jobs_read, writable=False), Connection(results_write, readable=False))
            finally:
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)
        self.pid = pid
        self._jobs = Connection(jobs_write, readable=False)
        self._results = Connection(results_read, writable=False)
        background.after(self)

    def hand_over(self, reports: list[Handed]) -> None:
        """Reports whose section pages the renderer writes, and their notes pages once it has their short titles."""
        self.slugs.update(slug for *_, slug in reports)
        self._jobs.send(("sections", reports))

    def rest(self, short_titles: dict[str, str], reports: list[tuple[Handed, Overview | None]], book: Book | None) -> None:
        """The handed reports' notes pages (with the short titles of their sections that name a speaker) and the
        overviews given with what they show of the speaker book."""
        self._jobs.send(("rest", short_titles, reports, book))
        self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._jobs.send(("end",))

    def take_back(self, writer: Writer, context: dict, asset: Callable | None) -> None:
        """Once the build's writer exists: finish() records the renderer's pages in it and names the theme files they
        use through the build's `asset` filter (which renames every file named)."""
        self._writer, self._context, self._asset = writer, context, asset

    def finish(self) -> None:
        """Wait for the renderer and record its pages as the writer records its own (from background.finish())."""
        if not self._end():
            return
        try:
            self.close()
            outcome = self._results.recv()
        except (EOFError, OSError) as error:
            self._reap()
            raise RuntimeError(f"the process rendering the report pages ended without its pages ({error or 'no answer'})") from None
        self._reap()
        if outcome[0] != "done":
            raise RuntimeError(f"rendering the report pages failed: {outcome[1]}")
        _, records, assets, messages, cpu = outcome
        for message in messages:
            logger.warning("%s", message)
        if self._writer is not None:
            adopt(self._writer, self._context, records)
        if self._asset is not None:
            for path in assets:
                self._asset(None, path)
        from dossier.progress import progress

        progress(f"report pages: {len(records)} rendered by a second process ({cpu:.2f} s CPU there)")

    def abort(self) -> None:
        """The build ended without taking the pages back (it failed): stop the renderer."""
        if not self._end():
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self._reap()

    def _end(self) -> bool:
        """Mark the renderer finished (once): False if it already was."""
        global _current
        if self._finished:
            return False
        self._finished = True
        if _current is self:
            _current = None
        return True

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self.pid, 0)
        for handle in (self._jobs, self._results):
            with contextlib.suppress(OSError):
                handle.close()


def adopt(writer: Writer, context: dict, records: list[Record]) -> None:
    """The renderer's pages as if this build's writer had written them: Pelican's check that no page is written
    twice, and for page_reuse's writer the manifest entry and the count of pages rendered."""
    written = getattr(writer, "_written_files", None)
    record = getattr(writer, "written_apart", None)
    for name, slug, size, digest, stamp, assets in records:
        path = sanitised_join(writer.output_path, name)
        if written is not None:
            if path in written:
                raise FileOverwriteFailedError(f'Failed to overwrite "{path}" as Pelican has already written to it previously')
            written.add(path)
        if record is not None:
            record(name, context, {"depends_on_reports": [slug]}, size, digest, stamp, assets)


# --- the renderer's side ---------------------------------------------------------------------------------------


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.messages.append(" ".join(record.getMessage().split()))


class _PageWriter(Writer):
    """Pelican's writer, each page handed to a writing thread; what the manifest needs is kept once it is on disk."""

    def __init__(self, output_path: str, settings: dict) -> None:
        super().__init__(output_path, settings=settings)
        self.files = background.BackgroundWriter()
        self.records: list[Record] = []
        self.slug = ""
        self.page_assets: set[str] = set()  # the theme files the page being rendered names

    def write_page(self, name: str, slug: str, template, context: dict, **variables) -> None:
        self._page = (name, slug)
        self.page_assets = set()
        self.write_file(name, template, context, self.settings["RELATIVE_URLS"], **variables)

    def _open_w(self, filename, encoding, override=False):
        if filename in self._written_files:
            raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" as Pelican has already written to it previously')
        self._written_files.add(filename)
        return _Page(self, filename, encoding, *self._page, tuple(sorted(self.page_assets)))  # rendered by now

    def record(self, name: str, slug: str, path: str, data: bytes, assets: tuple[str, ...]) -> None:
        self.records.append((name, slug, len(data), hashlib.sha256(data).hexdigest(), file_stamp(path), assets))


class _Page:
    def __init__(self, writer: _PageWriter, path: str, encoding: str, name: str, slug: str, assets: tuple[str, ...]) -> None:
        self.writer, self.path, self.encoding, self.name, self.slug, self.assets = writer, path, encoding, name, slug, assets
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def __enter__(self) -> _Page:
        return self

    def __exit__(self, kind, _value, _traceback) -> None:
        if kind is None:
            writer, name, slug, assets = self.writer, self.name, self.slug, self.assets
            writer.files.write(self.path, "".join(self.parts).encode(self.encoding), lambda path, data: writer.record(name, slug, path, data, assets))


class _Reports:
    """Reports as the build process has them: from the analysis cache the report workers filled, else read again."""

    def __init__(self, settings: dict) -> None:
        dossier = dossier_settings(settings)
        self.cache = AnalysisCache(dossier.cache_path) if dossier.cache_path else None
        registry = dossier.registry_path
        try:
            raw = read_bytes(registry, registry) if os.path.exists(registry) else b""
            self.registry_digest = hashlib.sha256(raw).hexdigest()
        except Exception:  # the build says what is wrong with the registry; the reports are read again here
            self.cache = None
            self.registry_digest = ""

    def load(self, path: str, shown: str) -> Report:
        raw = read_bytes(path, shown)
        if self.cache is not None:
            found = self.cache.load(analysis_key(bytes_digest(raw), shown, self.registry_digest), path)
            if found is not None and found.report is not None:
                return found.report
        from dossier.document import decode_source, read_report  # mistune and the parser: only where a report is read

        return read_report(decode_source(raw, shown), shown)


def _messages(jobs: Connection) -> queue.Queue:
    """The build process's messages, received as they come (so that it never waits for a full pipe)."""
    found: queue.Queue = queue.Queue()

    def receive() -> None:
        while True:
            try:
                message = jobs.recv()
            except (EOFError, OSError):
                message = ("gone",)
            found.put(message)
            if message[0] in ("end", "gone"):
                return

    threading.Thread(target=receive, name="dossier-render-jobs", daemon=True).start()
    return found


def _render(settings: dict, jobs: Connection, results: Connection) -> int:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    collected = _Collected()
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(collected)
    started = time.process_time()
    try:
        from . import ReportPagesGenerator  # the same generator, so the same theme, filters and template functions

        messages = _messages(jobs)
        context = settings.copy()
        context.update(generated_content={}, static_links=set(), static_content={}, localsiteurl=settings["SITEURL"])
        generator = ReportPagesGenerator(
            context=context, settings=settings, path=settings["PATH"], theme=settings["THEME"], output_path=settings["OUTPUT_PATH"]
        )
        generator.add_template_functions()
        titles: dict[str, str] = {}
        context["short_title"] = lambda title, report=None: titles[title] if title in titles else short_title(title)
        assets: set[str] = set()
        asset = generator.env.filters.get("asset")
        if asset is not None:

            def named(page: Any, path: str) -> str:
                assets.add(path)  # the build process renames every theme file a page names
                writer.page_assets.add(path)  # and page_reuse keeps each page's, to reuse the page in a warm build
                return asset(page, path)

            generator.env.filters["asset"] = pass_context(named)
        writer = _PageWriter(settings["OUTPUT_PATH"], settings)
        reports = _Reports(settings)
        waiting: dict[str, tuple[Handed, Overview | None]] = {}  # the rest of a report: its notes page and overview

        def take(message: tuple) -> bool:
            """Take in the rest once it has come (the titles and speaker data its pages need); False at the end."""
            if message[0] == "rest":
                _, short_titles, rest, book = message
                titles.update(short_titles)
                context["speaker_book"] = book
                context["statements_in_report"] = lambda speaker, _slug: speaker.count
                waiting.update((handed[3], (handed, overview)) for handed, overview in rest)
                return True
            return message[0] != "end" and message[0] != "gone"

        def render_rest(report: Report, pages: list, handed: Handed, overview: Overview | None) -> None:
            book, slug, folder = context.get("speaker_book"), handed[3], handed[2]
            if overview is not None:
                if isinstance(book, Book):
                    book.add(slug, overview)
                introduction = report.introduction
                article = SimpleNamespace(report=report, content=introduction.html if introduction else "")
                writer.write_page(overview[0], slug, generator.get_template("article"), context, article=article, blog=True)
            for index, page in enumerate(pages):
                if page.kind == "notes":
                    writer.write_page(
                        posixpath.join(folder, page.file_name),
                        slug,
                        generator.get_template("notes"),
                        context,
                        **section_variables(report, pages, index),
                    )

        going = True
        while going or waiting:
            message: tuple = messages.get() if going else ("end",)
            if message[0] == "sections":
                template = generator.get_template("section")
                for path, shown, folder, slug in message[1]:
                    while going and not messages.empty():  # the rest came while the sections were rendered
                        going = take(messages.get())
                    report = reports.load(path, shown)
                    pages = reading_order(report)
                    for index, page in enumerate(pages):
                        if page.kind == "section" and page.section is not None:
                            variables = section_variables(report, pages, index)
                            writer.write_page(
                                posixpath.join(folder, page.file_name), slug, template, context, content=Markup(page.section.html), **variables
                            )
                    if slug in waiting:  # loaded once for all its pages
                        render_rest(report, pages, *waiting.pop(slug))
                continue
            if message[0] == "gone":  # the build process is gone
                return 1
            going = take(message) and going
            for slug in sorted(waiting):
                handed, overview = waiting.pop(slug)
                report = reports.load(handed[0], handed[1])
                render_rest(report, reading_order(report), handed, overview)
        writer.files.finish()
        results.send(("done", writer.records, sorted(assets), collected.messages, time.process_time() - started))
        return 0
    except BaseException as error:
        with contextlib.suppress(Exception):
            results.send(("failed", f"{type(error).__name__}: {error}", collected.messages))
        return 1
