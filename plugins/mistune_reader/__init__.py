"""Pelican reader for Dossier Markdown: TOML front matter and a mistune body.

It replaces Pelican's Markdown reader for .md files and hands the plugins
that follow a parsed Report in the article's metadata (`report`). Before
Pelican reads the first article, every report under ARTICLE_PATHS is analysed
at once (dossier.analysis: in parallel, cached in DOSSIER_CACHE_PATH); the
statements and relation evidence found there ride along in the metadata
(`statements_found`, `relations_read`) for the speakers and map plugins.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable

from dossier import buildwarnings, readahead
from dossier.analysis import Analysis, analyse_reports, kept_links
from dossier.buildstate import RELATIONS_READ, REPORT, STATEMENTS_FOUND, dossier_settings, on_initialized
from dossier.model import ContentError
from dossier.paths import RealPaths, check_links, inside, linked_file, readable, shown, writable
from dossier.progress import progress
from markupsafe import escape
from pelican import signals
from pelican.readers import BaseReader

from mistune_reader.articles import ReportArticles

logger = logging.getLogger(__name__)
EXTENSIONS = ["md", "markdown"]
_prepared: dict[str, Analysis] = {}
UNDATED_SORTS_AS = dt.date(1970, 1, 1)


class DossierMarkdownReader(BaseReader):
    enabled = True
    file_extensions = EXTENSIONS

    def read(self, source_path: str):
        content = self.settings["PATH"]
        analysis = _prepared.pop(os.path.abspath(source_path), None)  # analyse_articles checked that it may read it
        if analysis is None:  # a file not analysed up front (a page, not a report): read here
            from dossier.document import read_report, read_source_text

            shown_path = shown(content, source_path)
            readable(content, source_path)
            analysis = Analysis(shown_path, read_report(read_source_text(source_path, shown_path), shown_path))
        if analysis.error is not None:
            raise analysis.error
        report = analysis.report
        assert report is not None  # an analysis without an error has its report
        check_report_links(content, source_path, report)
        for warning in report.warnings:
            logger.warning(warning)
        metadata = {
            "title": report.title,
            "slug": report.slug,
            "summary": str(escape(report.summary)),
            REPORT: report,
        }
        # Pelican needs a date for every article: a report of unknown date sorts as the oldest.
        metadata["date"] = dt.datetime.combine(report.date or UNDATED_SORTS_AS, dt.time())
        if report.authors:
            metadata["authors"] = self._shared("authors", [a.name for a in report.authors])
        if report.tags:
            metadata["tags"] = self._shared("tags", report.tags)
        if analysis.extraction is not None:
            metadata[STATEMENTS_FOUND] = analysis.extraction
        if analysis.reading is not None:
            metadata[RELATIONS_READ] = analysis.reading
        intro = report.introduction
        return (intro.html if intro else ""), metadata

    def _shared(self, kind: str, names: list[str]) -> object:
        """Pelican's Author or Tag objects for these names, one object a name across the articles: each works out its
        slug (Pelican's slugify) when first hashed, and an archive's reports share a few authors and tags. The same
        list of names gives the same objects, in a list of its own, without asking Pelican again."""
        processed: dict[tuple[str, tuple[str, ...]], object] = self.__dict__.setdefault("_processed", {})
        key = (kind, tuple(names))
        found = processed.get(key)
        if found is None:
            found = self.process_metadata(kind, names)
            if isinstance(found, list):  # else none left once stripped: Pelican's marker that drops the field
                shared: dict[tuple[str, str], object] = self.__dict__.setdefault("_wrappers", {})
                found = [shared.setdefault((kind, wrapper.name), wrapper) for wrapper in found]
            processed[key] = found
        return list(found) if isinstance(found, list) else found


def check_report_links(content: str, source_path: str, report) -> None:
    """Every {attach}, {static} and {filename} link and figure of the report names a file in the content folder."""
    kept = kept_links(report)  # a cached report's links, found when it was read: its HTML need not be read for them
    if kept is not None and all(inside(content, linked_file(content, source_path, target)) for _, target in kept if target.split("#", 1)[0]):
        return
    pages = [section.html for section in report.sections] + [note.html for note in report.notes.values()]
    for html in pages:
        check_links(content, source_path, report.source_path, html, report.source_text)


def use_dossier_reader(readers) -> None:
    for extension in EXTENSIONS:
        readers.reader_classes[extension] = DossierMarkdownReader
    readers.read_file = ReportArticles(readers, DossierMarkdownReader).read_file


def analyse_articles(generator) -> None:
    """Read every report the article generator will ask for, all at once."""
    _prepared.clear()
    settings = generator.settings
    content = settings["PATH"]
    paths = [
        os.path.abspath(os.path.join(generator.path, name))
        for name in generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"], extensions=tuple(EXTENSIONS))
    ]
    # A report outside the content folder (through a symlink) is not read here: its read() names it as an error.
    real_path = RealPaths()  # the content folder and each report folder resolved once
    paths = [path for path in paths if _may_read(content, path, real_path)]
    dossier = dossier_settings(settings)
    found = analyse_reports(
        [(path, shown(content, path)) for path in sorted(paths)],
        dossier.registry_path,
        shown(content, dossier.registry_path),
        dossier.cache_path,
        dossier.workers,
        meanwhile=lambda: while_reports_are_read(generator, dossier.cache_path),
    )
    _prepared.update(found)
    buildwarnings.mark_unchanged(shown(content, path) for path, analysis in found.items() if analysis.from_cache)
    read = sum(1 for a in found.values() if not a.from_cache)
    progress(f"analysed {len(found)} report(s): {read} read, {len(found) - read} unchanged since the last build")


def while_reports_are_read(generator, cache_folder: str) -> None:
    """What this process would do later and can do while other processes read reports, rather than wait."""
    compile_templates(generator)
    readahead.load_ahead(cache_folder)


def compile_templates(generator) -> None:
    """The theme's templates compiled while worker processes read the reports, when compiled templates are kept for
    the other generators (page_reuse's bytecode cache): this process would only wait for the workers, and compiling
    them (about 0.3 s) was part of the page writing that follows the reading, which nothing runs beside. A template
    that does not compile here is left to the generator that uses it, which says what is wrong."""
    env = getattr(generator, "env", None)
    if env is None or env.bytecode_cache is None:
        return
    from jinja2 import FileSystemLoader, TemplateError

    for name in FileSystemLoader(os.path.join(generator.theme, "templates")).list_templates():
        if name.endswith(".html"):
            try:
                env.get_template(name)
            except (TemplateError, OSError):
                continue


def _may_read(content: str, path: str, real_path: Callable[[str], str] = os.path.realpath) -> bool:
    try:
        readable(content, path, real_path=real_path)
    except ContentError:
        return False
    return True


def guard_static_files(generator) -> None:
    """A static file (STATIC_PATHS, or linked from a report) is copied only from inside the content folder
    and only into the output folder: anything else is an error naming it, and it is not copied."""
    content, output = generator.settings["PATH"], generator.settings["OUTPUT_PATH"]
    kept = []
    for static in generator.staticfiles:
        try:
            readable(content, os.path.join(content, static.source_path))
            writable(output, static.save_as)
        except ContentError as error:
            logger.error("%s", error)
            continue
        kept.append(static)
    generator.staticfiles[:] = kept
    generator.context["staticfiles"] = kept


def forget_disabled_markdown_reader(generator) -> None:
    """Pelican warns for every .md file when the `markdown` package is absent; this reader handles them."""
    for extension in EXTENSIONS:
        generator.readers.disabled_readers.pop(extension, None)


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.readers_init.connect(use_dossier_reader)
    signals.article_generator_init.connect(forget_disabled_markdown_reader)
    signals.article_generator_init.connect(analyse_articles)
    signals.page_generator_init.connect(forget_disabled_markdown_reader)
    signals.static_generator_init.connect(forget_disabled_markdown_reader)
    signals.static_generator_finalized.connect(guard_static_files)
