"""Dossier's settings are read once and checked, with their defaults in one place; the plugin order is checked at
start-up; both give one line naming the setting, never a traceback."""

from __future__ import annotations

import pytest
from conftest import ROOT, run_build
from dossier.buildstate import CONTRACT, check_plugin_order, start
from dossier.model import ContentError
from dossier.settings import DEFAULTS, read_settings


def pelicanconf_plugins() -> list[str]:
    namespace: dict[str, object] = {}
    exec((ROOT / "pelicanconf.py").read_text(encoding="utf-8"), {"__file__": str(ROOT / "pelicanconf.py")}, namespace)
    plugins = namespace["PLUGINS"]
    assert isinstance(plugins, list)
    return plugins


def test_settings_left_out_get_the_defaults(tmp_path):
    found = read_settings({"PATH": str(tmp_path)})
    assert (found.actors, found.timeline_page, found.workers, found.actor_map_save_as, found.citations_shown) == (
        "actors.toml",
        100,
        0,
        "map.html",
        12,
    )
    assert found.registry_path == str(tmp_path / "actors.toml") and found.public_url == ""
    settings = {"PATH": str(tmp_path), "DOSSIER_PUBLIC_URL": "https://example.org/"}
    assert start(settings).public_url == "https://example.org"
    assert all(settings[name] == value for name, value in DEFAULTS.items() if name != "DOSSIER_PUBLIC_URL")  # the templates see them


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("DOSSIER_TIMELINE_PAGE", "ten", "must be a whole number, 1 or more"),
        ("DOSSIER_TIMELINE_PAGE", 0, "must be a whole number, 1 or more"),
        ("DOSSIER_WORKERS", -1, "must be a whole number, 0 or more"),
        ("DOSSIER_WORKERS", True, "must be a whole number"),
        ("CITATIONS_SHOWN", 2.5, "must be a whole number"),
        ("DOSSIER_ACTORS", ["actors.toml"], "must name a file in the content folder"),
        ("DOSSIER_ACTORS", "../actors.toml", "is outside the content folder"),
        ("DOSSIER_PUBLIC_URL", "example.org", "starting with https://"),
        ("ACTOR_MAP_SAVE_AS", "/map", "ending in .html"),
        ("DOSSIER_CACHE_PATH", 3, "must be a folder's path"),
    ],
)
def test_a_wrong_setting_is_named(tmp_path, name, value, words):
    with pytest.raises(ContentError) as raised:
        read_settings({"PATH": str(tmp_path), name: value})
    assert words in str(raised.value) and (raised.value.path == name or name == "DOSSIER_ACTORS")


def test_the_plugin_order_of_pelicanconf_keeps_the_contract():
    check_plugin_order(pelicanconf_plugins())
    for passed in CONTRACT:  # every reader comes after its writer
        order = pelicanconf_plugins()
        assert all(order.index(passed.writer) < order.index(reader) for reader in passed.needed_by), passed


def test_a_plugin_before_the_one_it_reads_from_is_one_line_naming_both():
    order = pelicanconf_plugins()
    order.remove("speakers")
    order.append("speakers")
    with pytest.raises(ContentError) as raised:
        check_plugin_order(order)
    assert str(raised.value).startswith("PLUGINS: speakers must come before actor_map, which reads its speaker_book")
    with pytest.raises(ContentError, match=r"site_search needs actor_map .for actor_graph., which is not loaded"):
        check_plugin_order(["pelican.plugins.mistune_reader", "report_pages", "speakers", "site_search"])


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("DOSSIER_TIMELINE_PAGE = 'ten'", "error: DOSSIER_TIMELINE_PAGE: must be a whole number, 1 or more"),
        (
            "PLUGINS = [p for p in PLUGINS if p != 'report_pages'] + ['report_pages']",
            "error: PLUGINS: report_pages must come before actor_map, which reads its report_articles",
        ),
    ],
)
def test_a_build_with_a_wrong_setting_fails_with_one_line_and_keeps_the_site(tmp_path, setting, message):
    settings = tmp_path / "badconf.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n{setting}\n", encoding="utf-8")
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the previous site", encoding="utf-8")
    result = run_build(ROOT / "content", output, "--settings", str(settings))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(message), result.stderr
    assert "Traceback" not in result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "the previous site"
