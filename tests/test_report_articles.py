"""A report's article made in one step (mistune_reader.articles) is the article Pelican's read_file makes: the same
class, attributes in the same order with the same values, the same warnings; anything else goes Pelican's way."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import pytest
from mistune_reader import DossierMarkdownReader, use_dossier_reader
from mistune_reader.articles import ReportArticles, date_format_parts
from page_reuse.articles import keep_source_path
from pelican import signals
from pelican.contents import Article, Page, SkipStub
from pelican.log import LimitFilter
from pelican.readers import Readers
from pelican.settings import read_settings
from pelican.utils import SafeDatetime, strftime

ROOT = Path(__file__).resolve().parent.parent
FRONT = """+++
title = "{title}"
slug = "{slug}"
date = {date}
{extra}
+++

{body}
"""


def report(folder: Path, slug: str, date: str = "2021-10-02", extra: str = "", body: str = "Some text.\n\n## A section\n\nMore.") -> Path:
    path = folder / "reports" / f"{slug}.md"
    path.write_text(FRONT.format(title=f"Report {slug}", slug=slug, date=date, extra=extra, body=body), encoding="utf-8")
    return path


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "actors.toml", folder / "actors.toml")
    for path in (ROOT / "content" / "reports").glob("*.md"):
        shutil.copy(path, folder / "reports" / path.name)
    report(folder, "plain")  # no authors, no tags, no summary
    report(folder, "tagged", extra='tags = ["Iran", "Turkey"]\nsummary = "A summary with <b>markup</b> & more."\n[[authors]]\nname = "A. Writer"')
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    report(folder, "future", date=future)  # a draft where WITH_FUTURE_DATES is False
    report(folder, "picture", body="![](picture.png)\n\nText under it.\n\n## Section\n\nMore.")  # an image without alt text
    (folder / "reports" / "2020-01-05-dated-name.md").write_text(
        FRONT.format(title="Dated name", slug="dated-name", date="2021-01-01", extra="", body="Text."), encoding="utf-8"
    )
    return folder


def readers_for(content: Path, tmp_path: Path, **extra) -> Readers:
    settings = read_settings(
        path=str(ROOT / "pelicanconf.py"),
        override={"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache"), "PLUGINS": [], **extra},
    )
    readers = Readers(settings)
    use_dossier_reader(readers)
    readers.readers["md"] = DossierMarkdownReader(settings)
    return readers


def read(readers: Readers, content: Path, path: Path, pelicans: bool) -> Article:
    LimitFilter._raised_messages.clear()  # Pelican's logging shows a message once a process: each read warns afresh
    LimitFilter._group_count.clear()
    function = Readers.read_file.__get__(readers) if pelicans else readers.read_file
    return function(base_path=str(content), path=str(path.relative_to(content)), content_class=Article, context={})


def comparable(value: object) -> object:
    if isinstance(value, dt.datetime):
        return (type(value), value, value.tzinfo)
    return value


def assert_same(made: Article, pelicans: Article) -> None:
    assert type(made).__name__ == type(pelicans).__name__ and type(made).__mro__[1:] == type(pelicans).__mro__[1:]
    assert list(vars(made)) == list(vars(pelicans))
    for key, value in vars(pelicans).items():
        if key == "settings":
            assert vars(made)[key] is value
        else:
            assert comparable(vars(made)[key]) == comparable(value), key
    assert (made.url, made.save_as, made.status, made.summary, made.content, made.is_valid()) == (
        pelicans.url,
        pelicans.save_as,
        pelicans.status,
        pelicans.summary,
        pelicans.content,
        pelicans.is_valid(),
    )


@pytest.mark.parametrize("kept_path", [True, False], ids=["page_reuse", "alone"])
def test_a_report_article_is_the_one_pelican_makes(content, tmp_path, caplog, kept_path, monkeypatch):
    made_here = []
    one_step = ReportArticles._article
    monkeypatch.setattr(ReportArticles, "_article", lambda self, *args: made_here.append(args[2]) or one_step(self, *args))
    if kept_path:
        signals.content_object_init.connect(keep_source_path)
    else:
        signals.content_object_init.disconnect(keep_source_path)
    try:
        readers = readers_for(content, tmp_path)
        assert isinstance(readers.read_file.__self__, ReportArticles)
        paths = sorted((content / "reports").glob("*.md"))
        assert len(paths) >= 6
        for path in paths:
            caplog.clear()
            pelicans = read(readers, content, path, pelicans=True)
            warned = [r.getMessage() for r in caplog.records]
            caplog.clear()
            made = read(readers, content, path, pelicans=False)
            assert [r.getMessage() for r in caplog.records] == warned
            assert_same(made, pelicans)
        assert len(made_here) == len(paths)  # each made in one step, none Pelican's way
        assert any("empty alt" in w or "alt" in w for w in _warnings(readers, content, caplog))
    finally:
        signals.content_object_init.connect(keep_source_path)


def _warnings(readers: Readers, content: Path, caplog) -> list[str]:
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        read(readers, content, content / "reports" / "picture.md", pelicans=False)
    return [r.getMessage() for r in caplog.records]


def test_a_report_article_carries_the_metadata_pelican_adds_from_the_file_name(content, tmp_path):
    readers = readers_for(content, tmp_path, FILENAME_METADATA=r"(?P<date>\d{4}-\d{2}-\d{2})-(?P<series>.*)")
    path = content / "reports" / "2020-01-05-dated-name.md"
    made, pelicans = read(readers, content, path, pelicans=False), read(readers, content, path, pelicans=True)
    assert_same(made, pelicans)
    assert made.metadata["series"] == "dated-name"  # a key Dossier's reader does not give: Pelican's constructor made it


@pytest.mark.parametrize(
    "extra",
    [
        {"DEFAULT_METADATA": {"status": "hidden"}},
        {"EXTRA_PATH_METADATA": {"reports/plain.md": {"template": "page"}}},
        {"AUTHOR": "Someone"},
        {"DATE_FORMATS": {"en": "%d %B %Y"}},
        {"TIMEZONE": "Europe/Paris", "DEFAULT_DATE_FORMAT": "%Y-%m-%d %H:%M %Z"},
        {"WITH_FUTURE_DATES": False},
        {"SLUGIFY_SOURCE": "basename"},
    ],
    ids=["default-metadata", "path-metadata", "author", "date-formats", "timezone", "future-dates", "slug-source"],
)
def test_other_settings_give_the_same_articles(content, tmp_path, extra):
    readers = readers_for(content, tmp_path, **extra)
    for path in sorted((content / "reports").glob("*.md")):
        assert_same(read(readers, content, path, pelicans=False), read(readers, content, path, pelicans=True))
    if "WITH_FUTURE_DATES" in extra:
        assert read(readers, content, content / "reports" / "future.md", pelicans=False).status == "draft"
        assert read(readers, content, content / "reports" / "plain.md", pelicans=False).status == "published"


def test_pages_and_other_readers_go_pelicans_way(content, tmp_path):
    readers = readers_for(content, tmp_path)
    (content / "pages").mkdir()
    (content / "pages" / "about.html").write_text("<html><head><title>About</title></head><body>Hi</body></html>", encoding="utf-8")
    page = readers.read_file(base_path=str(content), path="pages/about.html", content_class=Page, context={})
    assert type(page) is Page and page.title == "About"
    html = readers.read_file(base_path=str(content), path="pages/about.html", content_class=Article, context={})
    assert html.title == "About"  # Pelican's HTML reader, not Dossier's


@pytest.mark.parametrize(
    "date_format", ["%a %d %B %Y", "%-d %B %Y", "%Y-%m-%d %H:%M %Z", "%%Y %q and %-q", "%-m/%-d/%y %I%p", "%-", "no directive", ""]
)
def test_a_date_is_formatted_as_pelicans_strftime_formats_it(content, tmp_path, date_format):
    articles = readers_for(content, tmp_path).read_file.__self__
    for date in (SafeDatetime(2021, 1, 5, 7, 3), SafeDatetime(2021, 12, 19, 0, 0), SafeDatetime(1999, 10, 10, 23, 59)):
        assert articles._format_date(date, date_format) == strftime(date, date_format)
    template, _ = date_format_parts(date_format)
    assert template.count("%s") == len(date_format_parts(date_format)[1])


def test_a_report_a_receiver_marks_skip_is_skipped_as_pelican_skips_it(content, tmp_path):
    readers = readers_for(content, tmp_path)
    path = content / "reports" / "plain.md"

    def skip(sender, metadata):
        metadata["status"] = "skip"

    signals.article_generator_context.connect(skip)
    try:
        arguments = {"base_path": str(content), "path": "reports/plain.md", "content_class": Article, "context": {}}
        arguments.update(context_signal=signals.article_generator_context, context_sender=object())
        made, pelicans = readers.read_file(**arguments), Readers.read_file(readers, **arguments)
    finally:
        signals.article_generator_context.disconnect(skip)
    assert type(made) is type(pelicans) is SkipStub and made.source_path == pelicans.source_path == str(path)
