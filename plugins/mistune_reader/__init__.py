"""Pelican reader for Dossier Markdown: TOML front matter and a mistune body.

It replaces Pelican's Markdown reader for .md files and hands the plugins
that follow a parsed Report in the article's metadata (`report`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os

from dossier.document import read_report, read_source_text
from markupsafe import escape
from pelican import signals
from pelican.readers import BaseReader

logger = logging.getLogger(__name__)
EXTENSIONS = ["md", "markdown"]


class DossierMarkdownReader(BaseReader):
    enabled = True
    file_extensions = EXTENSIONS

    def read(self, source_path: str):
        shown_path = os.path.relpath(source_path)
        report = read_report(read_source_text(source_path, shown_path), shown_path)
        for warning in report.warnings:
            logger.warning(warning)
        metadata = {
            "title": report.title,
            "slug": report.slug,
            "summary": str(escape(report.summary)),
            "report": report,
        }
        if report.date:
            metadata["date"] = dt.datetime.combine(report.date, dt.time())
        if report.authors:
            metadata["authors"] = self.process_metadata("authors", [a.name for a in report.authors])
        if report.tags:
            metadata["tags"] = self.process_metadata("tags", report.tags)
        intro = report.introduction
        return (intro.html if intro else ""), metadata


def use_dossier_reader(readers) -> None:
    for extension in EXTENSIONS:
        readers.reader_classes[extension] = DossierMarkdownReader


def forget_disabled_markdown_reader(generator) -> None:
    """Pelican warns for every .md file when the `markdown` package is absent; this reader handles them."""
    for extension in EXTENSIONS:
        generator.readers.disabled_readers.pop(extension, None)


def register() -> None:
    signals.readers_init.connect(use_dossier_reader)
    signals.article_generator_init.connect(forget_disabled_markdown_reader)
    signals.page_generator_init.connect(forget_disabled_markdown_reader)
    signals.static_generator_init.connect(forget_disabled_markdown_reader)
