"""The theme's templates, as the build's Jinja environment loads them."""

from __future__ import annotations

import os
from types import SimpleNamespace

import publishing
from conftest import ROOT
from jinja2 import Environment, FileSystemLoader
from pelican.settings import read_settings


def initialized_settings(**overrides: object) -> dict:
    settings = read_settings(str(ROOT / "pelicanconf.py"), override=overrides)
    publishing.initialized(SimpleNamespace(settings=settings))
    return settings


def test_a_page_rendered_again_does_not_look_at_its_templates_on_disk_again(tmp_path, monkeypatch):
    """A build's templates do not change while it renders: each page that extends the base template asked for its
    modification time again (three times a page at 1,000 reports: 2,400 pages in the build process, 8,000 beside)."""
    settings = initialized_settings()
    (tmp_path / "base.html").write_text("<main>{% block body %}{% endblock %}</main>", encoding="utf-8")
    (tmp_path / "page.html").write_text('{% extends "base.html" %}{% block body %}{{ text }}{% endblock %}', encoding="utf-8")
    env = Environment(loader=FileSystemLoader(str(tmp_path)), **settings["JINJA_ENVIRONMENT"])
    template = env.get_template("page.html")
    assert template.render(text="Quay 1") == "<main>Quay 1</main>"
    looked = []
    real = os.path.getmtime
    monkeypatch.setattr(os.path, "getmtime", lambda path: looked.append(path) or real(path))
    assert template.render(text="Quay <2>") == "<main>Quay &lt;2&gt;</main>"  # autoescape and the rest as configured
    assert looked == []


def test_a_setting_that_asks_for_reloading_templates_is_kept():
    settings = initialized_settings(JINJA_ENVIRONMENT={"auto_reload": True, "trim_blocks": True})
    assert settings["JINJA_ENVIRONMENT"]["auto_reload"] is True
    assert settings["JINJA_ENVIRONMENT"]["trim_blocks"] is True
