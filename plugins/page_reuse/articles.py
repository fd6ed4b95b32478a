"""Pelican's per-article work that gives the same answer each time it is asked, done once an article.

At 1,000 reports a warm build reads every article into Pelican again, and Pelican works some things out several
times an article: its path in the content folder (two absolute paths and a relative one, five times an article) and
the modification time of its file for a content cache this site keeps off (twice an article).
"""

from __future__ import annotations

from pelican.contents import Article

_kept_source_path: dict[type, type] = {}  # an article class -> the same class with its relative source path kept


def keep_source_path(content) -> None:
    """Keep the article's path in the content folder as Pelican worked it out when it made the article
    (`relative_source_path`): the content becomes an instance of a subclass of its class (of the same name, which
    Pelican's settings keys use) that answers get_relative_source_path() for its own file from there. Asked for another
    file (a link), Pelican's method works it out. Connected to content_object_init, the end of Pelican's __init__."""
    if not isinstance(content, Article) or not content.source_path:
        return
    kind = type(content)
    kept = _kept_source_path.get(kind)
    if kept is None:
        kept = _kept_source_path[kind] = _with_kept_source_path(kind)
    content.kept_source_path = (content.source_path, content.relative_source_path)
    content.__class__ = kept


def _with_kept_source_path(kind: type[Article]) -> type[Article]:
    works_out = kind.get_relative_source_path

    def get_relative_source_path(content, source_path: str | None = None) -> str | None:
        own, relative = content.kept_source_path
        if (not source_path or source_path == own) and content.source_path == own:
            return relative
        return works_out(content, source_path)

    return type(kind.__name__, (kind,), {"get_relative_source_path": get_relative_source_path, "__module__": kind.__module__})


def _no_stamp(_filename: str) -> str:
    return ""


def no_stamps_without_cache(generator) -> None:
    """With Pelican's content cache off (CACHE_CONTENT False, as pelicanconf.py sets it), the article generator and its
    readers start from an empty cache and keep nothing in it, so no file's stamp can match a kept one: Pelican's
    get_cached_data answers "not cached" whatever the stamp is, and the stamp (a `stat` of the file, twice a report)
    is not taken."""
    for cacher in (generator, getattr(generator, "readers", None)):
        if cacher is not None and not getattr(cacher, "_cache_data_policy", True) and getattr(cacher, "_cache", None) == {}:
            cacher._filestamp_func = _no_stamp
