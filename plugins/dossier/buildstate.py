"""What Dossier's Pelican plugins hand each other, declared in one place, and the order PLUGINS must list them in.

Pelican gives plugins two ways to pass data on: keys of the generators' shared context (which templates see too) and
attributes of an article (set from the reader's metadata). Dossier's are these; a plugin that reads one while it
builds its own context must come after the plugin that writes it, which `check_plugin_order` makes sure of at start-up.

| passed as | name | type | written by | read by (while building context) | read later (pages, templates) |
| --- | --- | --- | --- | --- | --- |
| article | `report` | `Report` | mistune_reader | report_pages, speakers | page_reuse, templates |
| article | `statements_found` | `Extraction` | mistune_reader | speakers | |
| article | `relations_read` | `ReportReading` | mistune_reader | actor_map | |
| context | `report_articles` | list of articles with a report, by slug | report_pages | actor_map | report_pages |
| context | `speaker_book` | `SpeakerBook` | speakers | actor_map, site_search | report_pages, page_reuse, templates |
| context | `actor_graph` | `ActorGraph` | actor_map | site_search | report_pages (a speaker's relations), speakers (what a speaker page is made from) |
| context | `format_date` | function | speakers | | templates |

Dossier's settings are read once, at start-up, into a `DossierSettings` (dossier.settings), kept in Pelican's settings
under `DOSSIER_SETTINGS`; `dossier_settings(settings)` returns it.

The plain core does not import Pelican: the plugins pass their context and articles in.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .model import ContentError, Report
from .settings import DEFAULTS, DossierSettings, read_settings

if TYPE_CHECKING:  # the graph and the book import most of the package; these modules only name their types
    from .relations import ActorGraph, ReportReading
    from .speakers import SpeakerBook
    from .statements import Extraction

REPORT = "report"
STATEMENTS_FOUND = "statements_found"
RELATIONS_READ = "relations_read"
REPORT_ARTICLES = "report_articles"
SPEAKER_BOOK = "speaker_book"
ACTOR_GRAPH = "actor_graph"
FORMAT_DATE = "format_date"
SETTINGS_KEY = "DOSSIER_SETTINGS"


@dataclass(frozen=True)
class Passed:
    """One thing a plugin hands on: its name, how it is passed, who writes it and who needs it before building their context."""

    name: str
    passed_as: Literal["article", "context"]
    writer: str
    needed_by: tuple[str, ...]


CONTRACT: tuple[Passed, ...] = (
    Passed(REPORT, "article", "mistune_reader", ("report_pages", "speakers")),
    Passed(STATEMENTS_FOUND, "article", "mistune_reader", ("speakers",)),
    Passed(RELATIONS_READ, "article", "mistune_reader", ("actor_map",)),
    Passed(REPORT_ARTICLES, "context", "report_pages", ("actor_map",)),
    Passed(SPEAKER_BOOK, "context", "speakers", ("actor_map", "site_search")),
    Passed(ACTOR_GRAPH, "context", "actor_map", ("site_search",)),
    Passed(FORMAT_DATE, "context", "speakers", ()),
)


def plugin_name(plugin: object) -> str:
    """A PLUGINS entry's short name: "speakers" for "speakers", "pelican.plugins.speakers" or the module itself."""
    name = plugin if isinstance(plugin, str) else getattr(plugin, "__name__", str(plugin))
    return name.rsplit(".", 1)[-1]


def check_plugin_order(plugins: Sequence[object]) -> None:
    """A ContentError naming PLUGINS when a plugin comes before one whose data it needs, or without it."""
    names = [plugin_name(p) for p in plugins]
    for passed in CONTRACT:
        for reader in passed.needed_by:
            if reader not in names:
                continue
            if passed.writer not in names:
                raise ContentError(
                    "PLUGINS", None, f"{reader} needs {passed.writer} (for {passed.name}), which is not loaded; list it in PLUGINS before {reader}"
                )
            if names.index(passed.writer) > names.index(reader):
                raise ContentError(
                    "PLUGINS", None, f"{passed.writer} must come before {reader}, which reads its {passed.name}; the order is {', '.join(names)}"
                )


def start(settings: MutableMapping[str, Any]) -> DossierSettings:
    """At start-up (Pelican's `initialized`): check the plugin order, read Dossier's settings once and keep them,
    and give the templates the defaults of the settings they read."""
    check_plugin_order(settings.get("PLUGINS") or [])
    found = read_settings(settings)
    settings[SETTINGS_KEY] = found
    for name, default in DEFAULTS.items():
        if settings.get(name) is None:
            settings[name] = default
    return found


def on_initialized(pelican: Any) -> None:
    """Pelican's `initialized` signal, which every Dossier plugin connects (the signal calls it once)."""
    start(pelican.settings)


def dossier_settings(settings: MutableMapping[str, Any]) -> DossierSettings:
    """The settings `start` read; read now if it did not run (a generator used outside a Pelican run)."""
    found = settings.get(SETTINGS_KEY)
    return found if isinstance(found, DossierSettings) else start(settings)


# --- typed access to what the plugins hand on -----------------------------------------------------------------------


def article_report(article: object) -> Report | None:
    found = getattr(article, REPORT, None)
    return found if isinstance(found, Report) else None


def statements_found(article: object) -> Extraction | None:
    found: Extraction | None = getattr(article, STATEMENTS_FOUND, None)
    return found


def relations_read(article: object) -> ReportReading | None:
    found: ReportReading | None = getattr(article, RELATIONS_READ, None)
    return found


def speaker_book(context: Mapping[str, Any]) -> SpeakerBook | None:
    found: SpeakerBook | None = context.get(SPEAKER_BOOK)
    return found


def actor_graph(context: Mapping[str, Any]) -> ActorGraph | None:
    found: ActorGraph | None = context.get(ACTOR_GRAPH)
    return found


def report_articles(context: Mapping[str, Any]) -> list[Any]:
    """report_pages' list of the articles that carry a report ([] before it is made)."""
    found: list[Any] = context.get(REPORT_ARTICLES, [])
    return found


def articles_with_reports(context: Mapping[str, Any]) -> list[Any]:
    """Pelican's articles (hidden ones too) that carry a report, by slug: what report_pages puts in the context."""
    articles = list(context.get("articles", [])) + list(context.get("hidden_articles", []))
    return sorted((a for a in articles if article_report(a) is not None), key=lambda a: a.report.slug)
