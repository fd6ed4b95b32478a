"""Pelican's Readers.read_file for Dossier's reports, with the article made in one step.

A warm build reads every report into Pelican again (1,000 articles at 1,000 reports), and Pelican's general path
costs about a third of a millisecond an article beyond Dossier's reader: the path metadata of settings this site
leaves empty, the content object's generic set-up (each metadata key through setattr, the template, the language,
the timezone). For a report read by Dossier's reader with the settings as this site has them, `ReportArticles` makes
the same Article as Pelican's read_file and Content.__init__ (the same attributes, values and order, the same signals
sent; tests/test_report_articles.py compares them) and hands anything else to Pelican's own path: another reader or
content class, Pelican's content cache, typogrify, metadata from the settings or a folder, metadata keys Dossier's
reader does not give (a receiver of article_generator_context may add them), a locale in DATE_FORMATS, debug logging.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
from typing import Any
from zoneinfo import ZoneInfo

from pelican import signals
from pelican.contents import Article, SkipStub
from pelican.readers import _DISCARD, find_empty_alt, parse_path_metadata
from pelican.utils import SafeDatetime, posixize_path, set_date_tzinfo

# what Dossier's reader gives (title, slug, summary, report, date, authors, tags, statements found, relations read)
# and Pelican adds (reader): the keys whose handling below is Content.__init__'s for them
HANDLED_KEYS = frozenset({"title", "slug", "summary", "report", "date", "authors", "tags", "statements_found", "relations_read", "reader"})
EMPTY_PATH_SETTINGS = ("DEFAULT_METADATA", "EXTRA_PATH_METADATA")
READERS_LOG = logging.getLogger("pelican.readers")  # Pelican's read_file logs what it reads at debug level


C89_DIRECTIVES = "aAbBcdfGHIjmMpSUuVwWxXyYzZ%"  # pelican.utils.strftime's
FORMAT_OPTIONS = re.compile("%[-]?.")


def date_format_parts(date_format: str) -> tuple[str, list[tuple[str, str | None, bool]]]:
    """pelican.utils.strftime's reading of a date format: its template and each candidate with the directive it formats
    (None: the candidate as it is) and whether a '-' asks for leading zeros stripped."""
    candidates = []
    for candidate in FORMAT_OPTIONS.findall(date_format):
        if candidate[-1] in C89_DIRECTIVES:
            strip = len(candidate) == 3
            candidates.append((candidate, f"%{candidate[-1]}" if strip else candidate, strip))
        else:
            candidates.append((candidate, None, False))
    return FORMAT_OPTIONS.sub("%s", date_format), candidates


class ReportArticles:
    """Readers.read_file for one Readers object, taking the short path where it gives what Pelican's gives."""

    def __init__(self, readers: Any, reader_class: type) -> None:
        self.readers = readers
        self.settings = readers.settings
        self.pelicans = readers.read_file  # Pelican's own, for everything else
        self.reader_class = reader_class
        self._allowed: bool | None = None  # what _settings_allow found (the settings do not change during a build)
        self._filename_pattern: re.Pattern[str] | None = None
        self._content_folder: str | None = None
        self._date_formats: dict[str, tuple[str, list[tuple[str, str | None, bool]]]] = {}

    def read_file(
        self,
        base_path: str,
        path: str,
        content_class: type = Article,
        fmt: str | None = None,
        context: dict[Any, Any] | None = None,
        preread_signal: Any = None,
        preread_sender: Any = None,
        context_signal: Any = None,
        context_sender: Any = None,
    ) -> Any:
        arguments = (base_path, path, content_class, fmt, context, preread_signal, preread_sender, context_signal, context_sender)
        if content_class is not Article or fmt or not self._settings_allow() or READERS_LOG.isEnabledFor(logging.DEBUG):
            return self.pelicans(*arguments)
        full = os.path.abspath(os.path.join(base_path, path))
        suffix = os.path.splitext(os.path.basename(full))[1][1:]
        reader: Any = self.readers.readers.get(suffix)
        if not self._is_dossiers(reader):
            return self.pelicans(*arguments)
        source_path = posixize_path(os.path.relpath(full, base_path))
        if preread_signal:
            preread_signal.send(preread_sender)
        metadata = self._path_metadata(source_path, reader)
        metadata["reader"] = type(reader).__name__.replace("Reader", "").lower()
        content, reader_metadata = reader.read(full)
        metadata.update({name: value for name, value in reader_metadata.items() if value is not _DISCARD})
        if content and "<img" in content:  # what find_empty_alt's pattern looks for first (a report's introduction seldom has one)
            find_empty_alt(content, full)
        if context_signal:
            context_signal.send(context_sender, metadata=metadata)
        if not metadata.keys() <= HANDLED_KEYS or "slug" not in metadata or not isinstance(metadata.get("date"), datetime.datetime):
            made = SkipStub if metadata.get("status") == "skip" else content_class  # as Pelican's read_file ends
            return made(content=content, metadata=metadata, settings=self.settings, source_path=full, context=context)
        return self._article(content, metadata, full, context)

    def _is_dossiers(self, reader: object) -> bool:
        return type(reader) is self.reader_class  # not a subclass: its read() may give other metadata

    def _settings_allow(self) -> bool:
        if self._allowed is None:
            self._allowed = self._settings_allowing()
        return self._allowed

    def _settings_allowing(self) -> bool:
        settings, readers = self.settings, self.readers
        return (
            not settings.get("TYPOGRIFY")
            and not getattr(readers, "_cache_data_policy", True)  # Pelican's content cache off, and nothing loaded
            and getattr(readers, "_cache", None) == {}
            and not any(settings.get(name) for name in EMPTY_PATH_SETTINGS)
            and settings.get("DEFAULT_DATE") != "fs"
            and not (settings.get("DEFAULT_CATEGORY") and settings.get("CATEGORY_SAVE_AS"))
            and not (settings.get("DEFAULT_DATE") and settings.get("DEFAULT_DATE") != "fs")
            and "DEFAULT_LANG" in settings
            and "AUTHOR" not in settings
            and not any(isinstance(value, tuple) for value in settings["DATE_FORMATS"].values())
            and not isinstance(settings["DEFAULT_DATE_FORMAT"], tuple)
        )

    def _path_metadata(self, source_path: str, reader: Any) -> dict[str, Any]:
        """What default_metadata, path_metadata and parse_path_metadata give with the settings _settings_allow lets
        through: only the file name's and the path's patterns can give anything."""
        if self.settings.get("PATH_METADATA") or (self.settings.get("USE_FOLDER_AS_CATEGORY") and self.settings.get("CATEGORY_SAVE_AS")):
            found = parse_path_metadata(source_path=source_path, settings=self.settings, process=reader.process_metadata)
            return {name: value for name, value in found.items() if value is not _DISCARD}
        pattern = self.settings.get("FILENAME_METADATA")
        if not pattern:
            return {}
        if self._filename_pattern is None or self._filename_pattern.pattern != pattern:
            self._filename_pattern = re.compile(pattern)
        base = os.path.splitext(os.path.basename(source_path))[0]
        match = self._filename_pattern.match(base) if base else None
        metadata: dict[str, Any] = {}
        if match:
            for key, value in match.groupdict().items():
                key = key.lower()
                if value is not None and key not in metadata:
                    value = reader.process_metadata(key, value)
                    if value is not _DISCARD:
                        metadata[key] = value
        return metadata

    def _relative_source_path(self, article: Article, source_path: str) -> str | None:
        """Content.get_relative_source_path() for the article's own file: its path under the content folder (both
        absolute and normalised, so what follows the folder's path is what os.path.relpath gives)."""
        if self._content_folder is None:
            self._content_folder = os.path.abspath(self.settings["PATH"])
        folder = self._content_folder
        if os.path.isabs(source_path) and os.path.normpath(source_path) == source_path and source_path.startswith(folder + os.sep):
            return posixize_path(source_path[len(folder) + 1 :])
        found: str | None = article.get_relative_source_path()
        return found

    def _format_date(self, date: datetime.datetime, date_format: str) -> str:
        """pelican.utils.strftime(date, date_format) for Pelican's SafeDatetime: the format is taken apart once a build
        (Pelican takes it apart again for each article), then each C89 directive is formatted by datetime.strftime."""
        parts = self._date_formats.get(date_format)
        if parts is None:
            parts = self._date_formats[date_format] = date_format_parts(date_format)
        template, candidates = parts
        formatted = []
        for candidate, directive, strip in candidates:
            if directive is None:
                formatted.append(candidate)
            else:
                text = datetime.datetime.strftime(date, directive)
                formatted.append((text.lstrip("0") or "0") if strip else text)
        return template % tuple(formatted)

    def _article(self, content: str, metadata: dict[str, Any], source_path: str, context: dict[Any, Any] | None) -> Article:
        """Content.__init__ and Article.__init__ for metadata of HANDLED_KEYS, with slug and date, under _settings_allow."""
        settings = self.settings
        article = Article.__new__(Article)
        state = article.__dict__
        state["settings"] = settings
        state["_content"] = content
        state["_context"] = {} if context is None else context
        state["translations"] = []
        local_metadata = dict(metadata)
        for key, value in local_metadata.items():
            if key != "summary":  # Content's summary setter keeps nothing
                state[key] = value
        state["metadata"] = local_metadata
        state["template"] = Article.default_template
        if "authors" in state:
            state["author"] = state["authors"][0]
        default_lang = settings["DEFAULT_LANG"].lower()
        state["in_default_lang"] = True
        state["lang"] = default_lang
        state["source_path"] = source_path
        state["relative_source_path"] = self._relative_source_path(article, source_path)
        state["date_format"] = settings["DATE_FORMATS"].get(default_lang, settings["DEFAULT_DATE_FORMAT"])
        timezone = settings.get("TIMEZONE", "UTC")
        state["timezone"] = ZoneInfo(timezone)
        state["date"] = set_date_tzinfo(state["date"], timezone)
        date = state["date"]
        state["locale_date"] = self._format_date(date, state["date_format"]) if type(date) is SafeDatetime else date.strftime(state["date_format"])
        state["_status"] = Article.default_status.lower()
        if "summary" in metadata:
            state["_summary"] = metadata["summary"]
        signals.content_object_init.send(article)
        if not settings["WITH_FUTURE_DATES"]:
            now = datetime.datetime.now() if article.date.tzinfo is None else datetime.datetime.now(datetime.UTC)
            if article.date > now:
                article.status = "draft"
        return article
