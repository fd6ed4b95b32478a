import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
# the tests read the engine's sources, never a build of it compiled by `invoke compile` (some replace a module's
# function, which a compiled caller would not see); the builds they start inherit this
os.environ["DOSSIER_PURE_PYTHON"] = "1"
SEED = ROOT.parent / "shared" / "seeds" / "000_eda32117bbafeb36.txt"


def run_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """Build a site in a fresh process (Pelican's signal receivers are process-global)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    return subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # a guard against a hung build, not a speed check: a loaded 2-core machine builds the 5 MB report in about 100 s
    )


def build_seed_plus(folder: Path, reports: dict[str, str]) -> tuple[Path, str]:
    """The committed content plus extra reports, built; returns the output folder and the build's messages."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in reports.items():
        (content / "reports" / name).write_text(text, encoding="utf-8")
    output = folder / "output"
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return output, result.stderr


SEED_COPY = ROOT / "tests" / "corpus" / "reports" / "00-memri-seed.txt"  # the seed with a Source line and a blank line above it


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The first report as it came; the repository's copy, so the tests do not depend on ../shared."""
    text = SEED_COPY.read_text(encoding="utf-8").split("\n", 2)[2]
    if SEED.exists():
        assert SEED.read_text(encoding="utf-8") == text, f"{SEED_COPY} no longer matches {SEED}"
    return text


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The committed content built into a temporary folder."""
    output = tmp_path_factory.mktemp("seed-site") / "output"
    result = run_build(ROOT / "content", output)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="session")
def paged_timeline(tmp_path_factory) -> Path:
    """The committed content paged as an archive is: at most 5 statements a timeline page, 3 a speaker page, and a map
    page that holds 8 actors (its table on pages of its own, the others in its index)."""
    folder = tmp_path_factory.mktemp("paged")
    settings = folder / "pagedconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_TIMELINE_PAGE = 5\nDOSSIER_SPEAKER_PAGE = 3\nDOSSIER_MAP_ACTORS = 8\n",
        encoding="utf-8",
    )
    result = run_build(ROOT / "content", folder / "output", "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    return folder / "output"


@pytest.fixture
def content_copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OfflinePage:
    """A page that may load only file: URLs; it records what it blocked and every console error."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def offline_page(browser):
    pages = []

    def open_page(**options):
        page = OfflinePage(browser, **options)
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


def wait_until(page, expression: str, timeout: float = 10.0) -> None:
    """Poll an expression until it is true. Playwright's wait_for_function evaluates its predicate with
    eval() inside the page, which the site's Content-Security-Policy (rightly) refuses."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(20)


# What makes a test slow: it builds a site in another process, opens the browser or uses a site built for the session.
# `make test-fast` (pytest -m "not slow") runs the rest, the unit tests, in seconds.
SITE_OR_BROWSER_FIXTURES = {"seed_site", "paged_timeline", "content_copy", "browser", "offline_page"}
SITE_OR_BROWSER_CALLS = {"run_build", "build_seed_plus", "subprocess", "sync_playwright", "seed_copies"}


def calls_a_build_or_the_browser(code, namespace: dict, seen: set) -> bool:
    """Whether the code names a build or the browser, itself or through the functions of its module it calls."""
    if code in seen:
        return False
    seen.add(code)
    if SITE_OR_BROWSER_CALLS & set(code.co_names):
        return True
    inner = [const for const in code.co_consts if hasattr(const, "co_names")]
    called = [namespace[name].__code__ for name in code.co_names if hasattr(namespace.get(name), "__code__")]
    return any(calls_a_build_or_the_browser(each, namespace, seen) for each in inner + called)


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        function = getattr(item, "function", None)
        if function is None:
            continue
        fixtures = [definition.func for definitions in item._fixtureinfo.name2fixturedefs.values() for definition in definitions]
        slow = bool(SITE_OR_BROWSER_FIXTURES & set(item.fixturenames)) or any(
            calls_a_build_or_the_browser(each.__code__, vars(sys.modules[each.__module__]), set())
            for each in [function, *fixtures]
            if hasattr(each, "__code__")
        )
        if slow:
            item.add_marker(pytest.mark.slow)
