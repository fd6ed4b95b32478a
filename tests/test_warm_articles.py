"""Pelican's per-article answers that a warm build of an archive asks for again and again are worked out once an article
(page_reuse.articles, mistune_reader's shared authors and tags): the answers are Pelican's own."""

from __future__ import annotations

import datetime as dt
import os

from mistune_reader import DossierMarkdownReader
from page_reuse.articles import keep_source_path, no_stamps_without_cache
from pelican.contents import Article, Page
from pelican.generators import ArticlesGenerator
from pelican.settings import DEFAULT_CONFIG, read_settings


def settings_for(tmp_path, **extra):
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True, exist_ok=True)
    return read_settings(override={"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache"), **extra})


def article(settings, source_path: str, kind: type = Article):
    metadata = {"title": "A report", "slug": "a-report", "date": dt.datetime(2021, 10, 2)}
    return kind("<p>x</p>", metadata=metadata, settings=settings, source_path=source_path)


def test_an_article_answers_its_own_relative_path_as_pelican_does(tmp_path):
    settings = settings_for(tmp_path)
    source = os.path.join(settings["PATH"], "reports", "a-report.md")
    kept = article(settings, source)
    pelicans = article(settings, source)
    keep_source_path(kept)
    assert type(kept).__name__ == "Article" and isinstance(kept, Article) and type(kept) is not Article
    assert kept.get_relative_source_path() == Article.get_relative_source_path(pelicans) == "reports/a-report.md"
    assert kept.get_relative_source_path(source) == "reports/a-report.md"
    # another file (a link from the article) is worked out as Pelican works it out
    other = os.path.join(settings["PATH"], "images", "map.png")
    assert kept.get_relative_source_path(other) == Article.get_relative_source_path(pelicans, other) == "images/map.png"
    # the address and file name Pelican makes from that path are the same
    assert (kept.url, kept.save_as, kept.is_valid()) == (pelicans.url, pelicans.save_as, pelicans.is_valid())


def test_a_moved_article_is_asked_again_and_pages_are_left_as_they_are(tmp_path):
    settings = settings_for(tmp_path)
    kept = article(settings, os.path.join(settings["PATH"], "reports", "a-report.md"))
    keep_source_path(kept)
    kept.source_path = os.path.join(settings["PATH"], "reports", "moved.md")  # nothing in a build does this
    assert kept.get_relative_source_path() == "reports/moved.md"
    page = article(settings, os.path.join(settings["PATH"], "pages", "about.md"), Page)
    keep_source_path(page)
    assert type(page) is Page


def test_no_file_stamps_while_pelicans_content_cache_is_off(tmp_path):
    settings = settings_for(tmp_path, CACHE_CONTENT=False, LOAD_CONTENT_CACHE=False)
    generator = ArticlesGenerator(context={}, settings=settings, path=settings["PATH"], theme=settings["THEME"], output_path=settings["OUTPUT_PATH"])
    no_stamps_without_cache(generator)
    stamped = []
    os_getmtime = os.path.getmtime
    try:
        os.path.getmtime = lambda path: stamped.append(path) or os_getmtime(path)
        source = tmp_path / "content" / "reports" / "a.md"
        source.write_text("x")
        for cacher in (generator, generator.readers):
            assert cacher.get_cached_data(str(source), None) is None  # never cached: Pelican's answer
            cacher.cache_data(str(source), "read")
            assert cacher.get_cached_data(str(source), None) is None
    finally:
        os.path.getmtime = os_getmtime
    assert stamped == []


def test_file_stamps_are_taken_where_pelicans_content_cache_keeps_content(tmp_path):
    # Pelican's default layer: the readers keep what they read, the generator nothing
    settings = settings_for(tmp_path, CACHE_CONTENT=True, LOAD_CONTENT_CACHE=False)
    generator = ArticlesGenerator(context={}, settings=settings, path=settings["PATH"], theme=settings["THEME"], output_path=settings["OUTPUT_PATH"])
    no_stamps_without_cache(generator)
    assert generator.readers._filestamp_func is os.path.getmtime
    source = tmp_path / "content" / "reports" / "a.md"
    source.write_text("x")
    generator.readers.cache_data(str(source), "read")
    assert generator.readers.get_cached_data(str(source), None) == "read"
    os.utime(source, (1, 1))
    assert generator.readers.get_cached_data(str(source), None) is None
    generator.cache_data(str(source), "read")
    assert generator.get_cached_data(str(source), None) is None


def test_the_same_authors_give_the_same_objects_in_lists_of_their_own():
    reader = DossierMarkdownReader(dict(DEFAULT_CONFIG))
    first = reader._shared("authors", ["A. Savyon", "M. Manzour"])
    second = reader._shared("authors", ["A. Savyon", "M. Manzour"])
    assert first == second and first is not second
    assert all(a is b for a, b in zip(first, second, strict=True))
    fresh = DossierMarkdownReader(dict(DEFAULT_CONFIG)).process_metadata("authors", ["A. Savyon", "M. Manzour"])
    assert [a.name for a in first] == [a.name for a in fresh] and [a.slug for a in first] == [a.slug for a in fresh]
    # one name shared with another list is the same object there too
    third = reader._shared("authors", ["M. Manzour"])
    assert third[0] is first[1]
    # names that strip to nothing: Pelican's marker that drops the field, each time
    assert reader._shared("tags", [" "]) is reader.process_metadata("tags", [" "])
    assert reader._shared("tags", [" "]) is reader.process_metadata("tags", [" "])
