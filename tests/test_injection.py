"""Script payloads in every text field of a report and of the actor registry run nowhere in the site."""

from __future__ import annotations

import pytest
from conftest import run_build, wait_until
from site_checks import html_files

PAYLOAD = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
BOTH = PAYLOAD + SCRIPT
REPORT = f"""+++
title = "Border Report {BOTH}"
date = 2024-02-01
slug = "payload-report"
series = "Series {BOTH}"
number = "7"
summary = "Summary {BOTH}"
author_note = "Note on authors {BOTH}"
tags = ["Tag {BOTH}"]

[[authors]]
name = "Author {BOTH}"
role = "Role {BOTH}"
+++

The introduction {BOTH} names Minister Vela.[^1]

## Minister Vela: "We Stay {BOTH}"

> "We will stay in the region {BOTH} for as long as it takes us."[^1]

On January 5, 2024, Minister Vela met Ilan Oster {BOTH} in the capital.[^2]

### Sub-heading {BOTH}

| Column {BOTH} | ~~Struck {BOTH}~~ |
| --- | :-: |
| Cell {BOTH} | [cell link](javascript:alert(4)) |

Commander Farid Kazemi told reporters: "We reopen the crossings {BOTH} next month, whatever they say."[^2]

Ilan Oster said: "Vela {BOTH} is a friend of ours and we welcome the talks."[^3]

:::{{figure}}
:credit: (Source: {BOTH})

Caption {BOTH}
:::

[^1]: Outlet {BOTH} (Norland), January 5, 2024, <https://example.org/a>.

[^2]: Gazette {BOTH}, January 6, 2024.

[^3]: See [link {BOTH}](javascript:alert(3)), January 7, 2024.
"""
REGISTRY = f"""
[[actor]]
id = "vela"
name = "Ana Vela {BOTH}"
kind = "person"
affiliation = "norland"
aliases = ["Vela", "Minister Vela"]
description = "Description {BOTH}"
native = {{ name = "Native {BOTH}", lang = "xx" }}
[[actor.roles]]
title = "Role title {BOTH}"
from = 2020-01-01

[[actor]]
id = "oster"
name = "Ilan Oster"
kind = "person"
aliases = ["Oster", "Alias {PAYLOAD}"]
affiliation = "norland"
description = "{SCRIPT}"

[[actor]]
id = "norland"
name = "Norland {BOTH}"
kind = "state"
"""


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("payload") / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "payload.md").write_text(REPORT, encoding="utf-8")
    (content / "actors.toml").write_text(REGISTRY, encoding="utf-8")
    output = content.parent / "output"
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return output


def test_the_payload_site_has_the_pages_the_test_needs(payload_site):
    names = {p.relative_to(payload_site).as_posix() for p in html_files(payload_site)}
    assert {"map.html", "timeline.html", "speakers/vela.html", "speakers/oster.html", "reports/payload-report/notes.html"} <= names
    assert any(name.startswith("speakers/farid") for name in names), "the provisional speaker with a payload in the name has a page"


def test_no_script_runs_on_any_page(payload_site, offline_page):
    view = offline_page(viewport={"width": 1000, "height": 800})
    page = view.page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append((page.url, dialog.message)), dialog.dismiss()))
    pages = html_files(payload_site)
    tables = 0
    for path in pages:
        page.goto(path.as_uri())  # after the load event: a payload image has failed and its handler would have run
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done)))")  # and a frame's tasks
        assert page.locator("img[src='x'], script:not([src]):not([type='application/json']):not([type='application/ld+json'])").count() == 0, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        tables += page.locator("table td, table th").count()
        for reference in page.locator("sup.note-ref a").all()[:3]:
            reference.focus()
        if path.name == "map.html":
            wait_until(page, "window.dossierMap !== undefined")
            page.fill("#map-search", "vela")
            page.locator("#map-results button").first.click()
            page.locator("#map-panel button.map-action").first.click()
    assert dialogs == []
    assert tables >= 4, "the table with payloads in its cells is rendered"
    assert [url for url in view.blocked if not url.startswith("data:")] == []
    assert len(pages) >= 10
    page.goto((payload_site / "speakers" / "vela.html").as_uri())
    assert BOTH in page.locator("h1").inner_text(), "the payload is shown as text"
    page.goto((payload_site / "reports" / "payload-report" / "notes.html").as_uri())
    assert page.locator("a[href^='javascript:']").count() == 0


def test_the_statement_writer_escapes_as_markupsafe_does():
    from markupsafe import escape
    from speakers.statement_html import _escaped, _replaced

    for value in ['Tom & "Jerry" <b>it\'s</b>', "plain", "", "‘curly’ & <x>"]:
        assert _escaped(value) == _replaced(value) == str(escape(value))
