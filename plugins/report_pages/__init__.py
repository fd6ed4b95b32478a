"""Split every report into an overview, one page per top-level section and a notes page.

The overview is Pelican's own article page (ARTICLE_SAVE_AS points it at
reports/<slug>/index.html); this plugin writes the other pages beside it.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
from collections import Counter
from typing import Any

from dossier import background
from dossier.analysis import sections_may_link
from dossier.buildstate import REPORT_ARTICLES, actor_graph, articles_with_reports, dossier_settings, on_initialized, report_articles, speaker_book
from dossier.fingerprints import recipe, site_shape
from dossier.kept import keep
from dossier.model import ContentError
from dossier.pages import (
    citation_href,
    contents_window,
    first_words,
    neighbours,
    notes_in_order,
    reading_minutes,
    reading_order,
    role_dates,
    short_date,
    short_title,
    shorten,
    spoke_about,
    statement_ids,
    statements_chart,
    typed_relations_by_actor,
)
from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator, Generator
from pelican.utils import get_relative_path, path_to_url

from . import apart
from .note_html import note_item_html

SHORT_TITLES = "short-titles.json"  # in the cache folder: the last build's short titles that named a speaker
# the introduction's first paragraph, under the pictures that may open it (a story's lead photo over its standfirst)
FIRST_PARAGRAPH = re.compile(r"\s*((?:<figure id=\"[^\"]*\">(?:(?!</figure>).)*</figure>\s*)*)(<p id=\"p-\d+\">.*?</p>)\s*", re.S)
TAGS = re.compile(r"<[^>]+>")


def plain(fragment: str) -> str:
    """A fragment's words as a reader sees them, without note numbers and the paragraph sign."""
    fragment = re.sub(r'<sup class="note-ref">.*?</sup>|<a class="permalink"[^>]*>.*?</a>', " ", fragment, flags=re.S)
    return " ".join(html.unescape(TAGS.sub(" ", fragment)).split())


def split_lede(summary: str, content: str) -> tuple[Markup | None, Markup]:
    """The introduction's first paragraph, when it is the report's summary, to show as the lede (with its
    id, notes and paragraph link), and the rest, the pictures over that paragraph first; else no lede paragraph and the
    whole introduction."""
    found = FIRST_PARAGRAPH.match(content or "")
    if found and summary and plain(found.group(2)).replace(" ", "") == " ".join(summary.split()).replace(" ", ""):
        return Markup(found.group(2)), Markup(found.group(1) + content[found.end() :])
    return None, Markup(content or "")


class ReportPagesGenerator(Generator):
    def generate_context(self) -> None:
        self.context[REPORT_ARTICLES] = articles_with_reports(self.context)
        self.add_template_functions()
        renderer = apart.current()
        if renderer is not None:  # a second process renders the section pages from now on (report_pages.apart)
            self._saved_as.update(
                (id(article), article.save_as) for article in report_articles(self.context)
            )  # Pelican works the property out each time
            renderer.hand_over(
                [
                    (article.source_path, article.report.source_path, posixpath.dirname(self._saved_as[id(article)]), article.report.slug)
                    for article in report_articles(self.context)
                    if not sections_may_link(article.report)  # a link only this process can resolve
                ]
            )

    def add_template_functions(self) -> None:
        self.context["reading_order"] = reading_order
        self.context["neighbours"] = neighbours
        self.context["citation_href"] = citation_href
        self.context["notes_in_order"] = notes_in_order
        self.context["note_item_html"] = note_item_html
        self.context["reading_minutes"] = reading_minutes
        self.context["short_title"] = self.short_title
        self.context["split_lede"] = split_lede
        self.context["first_words"] = first_words
        self.context["short_date"] = short_date
        self.context["contents_window"] = contents_window
        self.context["role_dates"] = role_dates
        self.context["statement_ids"] = statement_ids
        self.context["spoke_about"] = self.spoke_about
        self.context["statements_chart"] = self.statements_chart
        self.context["statements_in_report"] = self.statements_in_report
        self._short_titles: dict[str, str] = {}
        self._kept: dict[str, str] | None = None  # the last build's short titles that named a speaker (_kept_titles)
        self._new_titles: dict[str, str] = {}  # those this build worked out
        self._titles_key = ""
        self._saved_as: dict[int, str] = {}
        self._report_counts: Counter[tuple[str, str]] | None = None
        self._typed: tuple[Any, dict[str, list[Any]]] | None = None  # the graph and typed_relations_by_actor(graph)

    def statements_in_report(self, speaker, slug: str) -> int:
        """How many of a speaker's statements one report holds, counted once for the archive: an overview that
        filtered each of its speakers' statements costs as much as the archive quotes them."""
        if self._report_counts is None:
            book = speaker_book(self.context)
            self._report_counts = Counter((s.speaker, s.report_slug) for s in book.statements) if book else Counter()
        return self._report_counts[(speaker.actor.id, slug)]

    def spoke_about(self, actor, limit: int = 8) -> list[dict]:
        """Speaker pages: whom the actor has typed relations with on the map (the graph is made after this context)."""
        book = speaker_book(self.context)
        graph = actor_graph(self.context)
        if book is None:
            return []
        if graph is not None and (self._typed is None or self._typed[0] is not graph):
            self._typed = (graph, typed_relations_by_actor(graph))
        return spoke_about(actor, graph, book.registry, limit, self._typed[1] if self._typed else None)

    @staticmethod
    def statements_chart(statements) -> dict | None:
        chart = statements_chart(statements)
        if chart:
            chart["svg"] = Markup(chart["svg"])  # built from numbers and escaped month names only
        return chart

    def speaker_name(self, text: str) -> str | None:
        """The name of the person or body a heading's words before its colon name, from the actor registry."""
        book = speaker_book(self.context)
        if book is None:
            return None
        try:
            found = [m for m in book.registry.mentions(text) if m.actor_id in book.registry]
        except (AttributeError, TypeError):  # a registry without name matching: the heading's own words
            return None
        people = [m for m in found if book.registry[m.actor_id].kind == "person"] or found
        return book.registry[people[-1].actor_id].name if people else None

    def short_title(self, title: str, report=None) -> str:
        """A section title shortened for contents lists, the speaker named as the registry names them."""
        shortened = self._short_titles.get(title)
        if shortened is None:
            if apart.names_speaker(title):  # asks the registry: the last build's answer while the site's shape is the same
                shortened = self._kept_titles().get(title)
                if shortened is None:
                    shortened = self._new_titles[title] = short_title(title, self.speaker_name)
            else:
                shortened = short_title(title)
            self._short_titles[title] = shortened
        return shortened

    def _kept_titles(self) -> dict[str, str]:
        """The short titles that named a speaker in the last build, while the build recipe and the site's shape (every
        actor, provisional ones included) are the same: a warm build then need not compile the registry's expression
        of every name (0.1 s at 1,000 reports) for the titles of the report it renders again."""
        if self._kept is None:
            self._kept = {}
            book = speaker_book(self.context)
            cache = dossier_settings(self.settings).cache_path
            if book is not None and cache:
                self._titles_key = recipe(self.settings) + site_shape(book)
                try:
                    with open(os.path.join(cache, SHORT_TITLES), encoding="utf-8") as handle:
                        found = json.load(handle)
                    if found.get("key") == self._titles_key and isinstance(found.get("titles"), dict):
                        self._kept = {str(k): str(v) for k, v in found["titles"].items()}
                except (OSError, ValueError, AttributeError):  # absent or damaged: worked out again
                    pass
        return self._kept

    def keep_titles(self) -> None:
        """Keep the short titles that named a speaker for the next build, those of this build's sections only."""
        cache = dossier_settings(self.settings).cache_path
        if not self._new_titles or not cache or not self._titles_key:
            return
        titles = {s.title for article in report_articles(self.context) for s in article.report.sections}
        found = {title: short for title, short in {**(self._kept or {}), **self._new_titles}.items() if title in titles}
        keep(os.path.join(cache, SHORT_TITLES), json.dumps({"key": self._titles_key, "titles": found}, sort_keys=True).encode())

    def hand_over_the_rest(self, renderer: apart.PageRenderer, articles: ArticlesGenerator | None) -> None:
        """Once the speaker book is made: the notes pages of the reports whose sections the second process renders,
        and their overviews (Pelican's article pages, which this build process then does not write)."""
        book = speaker_book(self.context)
        handed = [article for article in report_articles(self.context) if article.report.slug in renderer.slugs]
        titles = {s.title: self.short_title(s.title) for article in handed for s in article.report.sections if apart.names_speaker(s.title)}
        own = {id(article) for article in articles.articles + articles.hidden_articles} if articles is not None else set()
        rest: list[tuple[apart.Handed, apart.Overview | None]] = []
        speakers: set[str] = set()
        for article in handed:
            report = article.report
            overview: apart.Overview | None = None
            if id(article) in own and apart.overview_may_go(article):
                chips = book.report_speakers(report.slug) if book is not None else []
                named = book.report_mentions(report.slug) if book is not None else []
                overview = (
                    self._saved_as[id(article)],
                    [(s.actor.file_name, s.actor.name, self.statements_in_report(s, report.slug)) for s in chips],
                    [(actor.id, actor.file_name, actor.name) for actor in named],
                )
                if book is not None:
                    speakers.update(actor.id for actor in named if actor.id in book.speakers)
            rest.append(((article.source_path, report.source_path, posixpath.dirname(self._saved_as[id(article)]), report.slug), overview))
        renderer.rest(titles, rest, apart.Book(speakers) if book is not None else None)
        if articles is not None:
            given = {id(article) for article, (_, overview) in zip(handed, rest, strict=True) if overview is not None}
            write_articles = articles.generate_articles

            def generate_articles(write) -> None:
                def write_unless_given(name, template, context, **variables) -> None:
                    if id(variables.get("article")) not in given:  # Pelican writes an article to its save_as
                        write(name, template, context, **variables)

                write_articles(write_unless_given)

            articles.generate_articles = generate_articles  # this build's generator only

    def generate_output(self, writer) -> None:
        section_template = self.get_template("section")
        notes_template = self.get_template("notes")
        reuse = getattr(writer, "reuse", None)  # page_reuse's writer: takes a page from the last build if it is unchanged
        renderer = apart.current()
        apart_slugs = renderer.slugs if renderer is not None else set()
        if renderer is not None:
            renderer.take_back(writer, self.context, self.env.filters.get("asset"))
        for article in report_articles(self.context):
            report = article.report
            folder = posixpath.dirname(article.save_as)
            pages = reading_order(report)  # once per report: a page's neighbours and contents come from it
            for index, page in enumerate(pages):
                if page.kind == "overview" or report.slug in apart_slugs:
                    continue  # the overview is Pelican's article page; the others are the second process's
                save_as = posixpath.join(folder, page.file_name)
                if reuse is not None and reuse(save_as, self.context, depends_on_reports=[report.slug]):
                    continue  # unchanged since the last build: its links need not be rewritten nor its variables made
                relative_urls = self.settings["RELATIVE_URLS"]
                if page.kind == "section" and page.section is not None:
                    siteurl = path_to_url(get_relative_path(save_as)) if relative_urls else self.settings["SITEURL"]
                    content = Markup(article._update_content(page.section.html, siteurl))
                    variables = apart.section_variables(report, pages, index)
                    writer.write_file(save_as, section_template, self.context, relative_urls, content=content, **variables)
                else:
                    writer.write_file(save_as, notes_template, self.context, relative_urls, **apart.section_variables(report, pages, index))
        self.keep_titles()


def refuse_duplicate_slugs(generator) -> None:
    """Two reports with one slug would overwrite each other's folder: name both files."""
    seen: dict[str, str] = {}
    for article in sorted(generator.articles + generator.translations, key=lambda a: a.source_path):
        report = getattr(article, "report", None)
        if report is None:
            continue
        if report.slug in seen:
            raise ContentError(report.source_path, None, f"slug {report.slug!r} is already used by {seen[report.slug]}")
        seen[report.slug] = report.source_path


def add_filters(generator) -> None:
    environment = getattr(generator, "env", None)
    if environment is not None:
        environment.filters["shorten"] = shorten


def get_generators(pelican):
    apart.start(pelican)  # now, while the build process is small: the renderer of section pages, when worth it
    return ReportPagesGenerator


def hand_over_the_rest(generators) -> None:
    renderer = apart.current()
    if renderer is None:
        return
    pages = next((g for g in generators if isinstance(g, ReportPagesGenerator)), None)
    if pages is None:
        renderer.close()
        return
    pages.hand_over_the_rest(renderer, next((g for g in generators if isinstance(g, ArticlesGenerator)), None))


def take_back_pages(_pelican) -> None:
    background.finish()  # the second process's pages recorded before the build ends (signals have no order)


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.article_generator_finalized.connect(refuse_duplicate_slugs)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
    signals.all_generators_finalized.connect(hand_over_the_rest)
    signals.finalized.connect(take_back_pages)
