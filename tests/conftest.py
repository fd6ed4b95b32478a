import fcntl
import hashlib
import json
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


def copy_build(folder: Path, target: Path) -> None:
    """Copy a built site's folder (content/, output/ and the build's cache beside it, .dossier-cache/) into target: for
    a test that changes a site or builds it again, a copy of a build made once is what building it there would give
    (the cache holds no path), but for one thing: a file the last build kept by its status (dossier.kept: inode and
    times) is written again, not linked, so a test of which files a warm build links must build its own site."""
    for name in ("content", "output", ".dossier-cache"):
        if (folder / name).exists():
            shutil.copytree(folder / name, target / name, symlinks=True)


SEED_COPY = ROOT / "tests" / "corpus" / "reports" / "00-memri-seed.txt"  # the seed with a Source line and a blank line above it


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The first report as it came; the repository's copy, so the tests do not depend on ../shared."""
    text = SEED_COPY.read_text(encoding="utf-8").split("\n", 2)[2]
    if SEED.exists():
        assert SEED.read_text(encoding="utf-8") == text, f"{SEED_COPY} no longer matches {SEED}"
    return text


def site_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(folder)}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def shared_build(tmp_path_factory, reports: dict[str, str] | None = None, settings: str = "") -> tuple[Path, str]:
    """The committed content plus extra reports, built with extra settings lines, once for the whole run: the first
    xdist worker that asks builds it (under a lock), every other gets the same folder. Returns the output folder and
    the build's messages. For reading only: a test that changes a site or builds it again works on a copy
    (copy_build), and shared_site_untouched checks at the end that nobody wrote into it."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's folder, which workers share
    key = hashlib.sha256(json.dumps([sorted((reports or {}).items()), settings]).encode()).hexdigest()[:16]
    folder = shared / f"shared-site-{key}"
    with open(f"{folder}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = folder / "built.json"
        if not record.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed build left
            folder.mkdir()
            content = ROOT / "content"
            if reports:
                content = folder / "content"
                shutil.copytree(ROOT / "content", content)
                for name, text in reports.items():
                    (content / "reports" / name).write_text(text, encoding="utf-8")
            extra: tuple[str, ...] = ()
            if settings:
                (folder / "sharedconf.py").write_text(
                    f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n{settings}", encoding="utf-8"
                )
                extra = ("--settings", str(folder / "sharedconf.py"))
            result = run_build(content, folder / "output", *extra)
            assert result.returncode == 0, result.stderr
            record.write_text(
                json.dumps({"messages": result.stderr, "printed": result.stdout, "digest": site_digest(folder / "output")}), encoding="utf-8"
            )
    built = json.loads(record.read_text(encoding="utf-8"))
    SHARED_DIGESTS[folder / "output"] = built["digest"]
    return folder / "output", built["messages"]


SHARED_DIGESTS: dict[Path, str] = {}  # every shared site this worker used, with the digest it was built with


@pytest.fixture(scope="session", autouse=True)
def shared_site_untouched():
    """At the end of the session: the shared sites this worker used are as they were built (read-only use)."""
    yield
    changed = [str(output) for output, digest in SHARED_DIGESTS.items() if site_digest(output) != digest]
    assert not changed, f"a test wrote into a shared site: {changed}"


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The committed content built into a temporary folder (the build's cache beside it, in .dossier-cache/)."""
    return shared_build(tmp_path_factory)[0]


@pytest.fixture(scope="session")
def seed_site_printed(seed_site) -> tuple[str, str]:
    """What the build of seed_site, a build from scratch, printed: (stdout, stderr)."""
    built = json.loads((seed_site.parent / "built.json").read_text(encoding="utf-8"))
    return built["printed"], built["messages"]


@pytest.fixture(scope="session")
def paged_timeline(tmp_path_factory) -> Path:
    """The committed content paged as an archive is: at most 5 statements a timeline page, 3 a speaker page, and a map
    page that holds 8 actors (its table on pages of its own, the others in its index)."""
    return shared_build(tmp_path_factory, settings="DOSSIER_TIMELINE_PAGE = 5\nDOSSIER_SPEAKER_PAGE = 3\nDOSSIER_MAP_ACTORS = 8\n")[0]


@pytest.fixture
def content_copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


@pytest.fixture
def good_output(content_copy, seed_site, tmp_path) -> Path:
    """content_copy built beside it (tmp_path / "output"): a copy of seed_site with its cache, which holds no path, so
    it is what building content_copy there would give."""
    copy_build(seed_site.parent, tmp_path)
    return tmp_path / "output"


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

    from playwright.sync_api import Error

    deadline = time.monotonic() + timeout
    while True:
        try:
            if page.evaluate(expression):
                return
        except Error as error:  # the page navigated while the expression ran (a form sent before its script started)
            if "context was destroyed" not in str(error):
                raise
            page.wait_for_load_state()
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(20)


# What makes a test slow: it builds a site in another process, opens the browser or uses a site built for the session.
# `make test-fast` (pytest -m "not slow") runs the rest, the unit tests, in seconds.
SITE_OR_BROWSER_FIXTURES = {"seed_site", "paged_timeline", "content_copy", "browser", "offline_page"}
SITE_OR_BROWSER_CALLS = {"run_build", "build_seed_plus", "shared_build", "subprocess", "sync_playwright", "seed_copies"}


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
