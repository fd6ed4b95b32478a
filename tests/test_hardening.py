"""Issue 16: nothing outside content/ is read or published, nothing outside output/ is written, one clear line per failure.

Every case builds a real site into a temporary folder and checks the exit code, the one error line (file and line),
that nothing was written outside the output folder, and that the previous output/ is intact.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_build, run_build

REPORT = """+++
title = "Border Talks"
date = 2024-01-10
+++

The envoys met in the capital.[^1]

## The Talks

On January 5, 2024, Minister Ana Vela said: "We will keep the border open for trade in the spring."[^1]

## The Outcome

The talks ended without an agreement.[^2]

[^1]: Wire (Norland), January 5, 2024.

[^2]: Gazette, January 6, 2024.
"""
REGISTRY = """[[actor]]
id = "vela"
name = "Ana Vela"
kind = "person"
aliases = ["Vela", "Minister Vela"]
"""


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def everything_under(folder: Path, *leave_out: Path) -> dict[str, str]:
    """Every file under folder but those under leave_out, with its bytes' digest: to find what a build wrote."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and not any(path.is_relative_to(other) for other in leave_out):
            found[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def errors_of(result: subprocess.CompletedProcess) -> list[str]:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def make_content(folder: Path, report: str = REPORT) -> Path:
    content = folder / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "talks.md").write_text(report, encoding="utf-8")
    (content / "actors.toml").write_text(REGISTRY, encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def small_site_built(tmp_path_factory) -> Path:
    """The small content folder built once for the module: the folder holding content/, output/ and .dossier-cache/."""
    folder = tmp_path_factory.mktemp("small-site")
    result = run_build(make_content(folder), folder / "output")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def site(small_site_built, tmp_path):
    """A small content folder and its built output; returns (content, output, digest of the output). A copy of the
    module's build with its cache, in the test's folder: what building it there would give (the cache holds no path)."""
    copy_build(small_site_built, tmp_path)
    return tmp_path / "content", tmp_path / "output", tree_digest(tmp_path / "output")


def pinned_settings(folder: Path) -> tuple[str, str]:
    """Settings with a copy of the theme, for tests that compare builds made at different moments: the theme's files
    name the pages' assets, and others may edit the working tree's theme in between."""
    shutil.copytree(ROOT / "theme", folder / "theme")
    settings = folder / "pinnedconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nTHEME = {str(folder / 'theme')!r}\n", encoding="utf-8"
    )
    return ("--settings", str(settings))


def assert_refused(result, site, expected: str) -> str:
    """One error line containing expected, a non-zero exit, the previous output as it was, no leftovers."""
    _content, output, before = site
    assert result.returncode == 1, result.stderr
    errors = errors_of(result)
    assert len(errors) == 1 and expected in errors[0], result.stderr
    assert tree_digest(output) == before
    assert not [p.name for p in output.parent.iterdir() if ".partial-" in p.name or ".old-" in p.name]
    return errors[0]


# --- 1. any readable file got published --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "[data]({attach}../../../../../../../../etc/passwd)",
        "[settings]({attach}../../pelicanconf.py)",
        "[data]({static}/../../etc/hostname)",
        "[page]({filename}../../../../../../etc/passwd)",
        "![chart]({attach}../../../../../../etc/passwd)",
    ],
)
def test_a_link_to_a_file_outside_the_content_folder_fails_the_build_naming_the_line(site, tmp_path, link):
    content = site[0]
    (content / "reports" / "leak.md").write_text(
        f'+++\ntitle = "Leak"\ndate = 2024-01-01\n+++\n\nIntro.\n\n## Part\n\nSee {link}.\n', encoding="utf-8"
    )
    (tmp_path / "pelicanconf.py").write_text("secret", encoding="utf-8")
    result = run_build(content, site[1])
    target = link.split("(", 1)[1].rstrip(")")
    line = assert_refused(result, site, f"reports/leak.md:10: {target} is outside the content folder")
    assert "passwd" not in {p.name for p in site[1].rglob("*")}
    assert str(tmp_path) not in line, "the message shows the content folder's paths, not the build machine's"


def test_a_figure_source_outside_the_content_folder_is_refused(site):
    content = site[0]
    figure = ":::{figure}\n:credit: (Source: Wire)\n:src: {attach}../../../../../../etc/passwd\n\nA chart.\n:::\n"
    (content / "reports" / "figure.md").write_text(f'+++\ntitle = "Figure"\ndate = 2024-01-01\n+++\n\nIntro.\n\n{figure}', encoding="utf-8")
    assert_refused(run_build(content, site[1]), site, "reports/figure.md:10: {attach}../../../../../../etc/passwd is outside the content folder")


def test_a_link_to_a_file_inside_the_content_folder_is_still_published(site, tmp_path):
    content = site[0]
    (content / "images").mkdir()
    (content / "images" / "chart.txt").write_text("data", encoding="utf-8")
    (content / "reports" / "ok.md").write_text(
        '+++\ntitle = "Fine"\ndate = 2024-01-01\n+++\n\nThe data: [chart]({attach}../images/chart.txt).\n', encoding="utf-8"
    )
    output = tmp_path / "fresh"
    result = run_build(content, output)
    assert result.returncode == 0 and not errors_of(result), result.stderr
    assert [p.read_text(encoding="utf-8") for p in output.rglob("chart.txt")] == ["data"]


# --- 2. writing outside output/ -----------------------------------------------------------------------------------


def test_a_static_link_cannot_copy_over_a_file_outside_the_output_folder(tmp_path):
    content = make_content(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("original", encoding="utf-8")
    (content / "secret.txt").write_text("overwritten", encoding="utf-8")
    output = tmp_path / "deep" / "er" / "output"
    assert run_build(content, output).returncode == 0
    before_output = tree_digest(output)
    (content / "reports" / "copy.md").write_text(
        '+++\ntitle = "Copy"\ndate = 2024-01-01\n+++\n\nSee [x]({static}../../../victim.txt) and [y]({static}/../victim.txt).\n', encoding="utf-8"
    )
    outside = everything_under(tmp_path, output, tmp_path / "deep" / "er" / ".dossier-cache")
    result = run_build(content, output)
    assert result.returncode == 1
    errors = errors_of(result)
    assert len(errors) == 1 and "reports/copy.md:6: {static}../../../victim.txt is outside the content folder" in errors[0], result.stderr
    assert victim.read_text(encoding="utf-8") == "original"
    assert everything_under(tmp_path, output, tmp_path / "deep" / "er" / ".dossier-cache") == outside, "nothing written outside output/"
    assert tree_digest(output) == before_output


def test_the_one_place_that_decides_refuses_reads_and_writes_outside_their_folders(tmp_path):
    from dossier.model import ContentError
    from dossier.paths import readable, shown, writable

    content, output = tmp_path / "content", tmp_path / "output"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "a.md").write_text("x", encoding="utf-8")
    (content / "reports" / "out.md").symlink_to(tmp_path / "elsewhere.md")
    assert readable(str(content), str(content / "reports" / "a.md"))
    with pytest.raises(ContentError, match=re.escape("reports/out.md: reports/out.md is a symlink to a file outside the content folder")):
        readable(str(content), str(content / "reports" / "out.md"))
    with pytest.raises(ContentError, match="outside the content folder"):
        readable(str(content), str(content / ".." / "pelicanconf.py"))
    assert writable(str(output), "reports/a/index.html") == str(output / "reports" / "a" / "index.html")
    for bad in ("../secret.txt", "/etc/passwd", "a/../../x", ""):
        with pytest.raises(ContentError, match="outside the output folder"):
            writable(str(output), bad)
    assert shown(str(content), str(content / "reports" / "a.md")) == "reports/a.md"
    assert shown(str(content), "/etc/passwd") == "passwd"


def test_the_registry_setting_cannot_point_outside_the_content_folder(site, tmp_path):
    (tmp_path / "outside.toml").write_text(REGISTRY, encoding="utf-8")
    settings = tmp_path / "conf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_ACTORS = '../outside.toml'\n", encoding="utf-8"
    )
    result = run_build(site[0], site[1], "--settings", str(settings))
    assert_refused(result, site, "the actor registry (../outside.toml) is outside the content folder")


# --- 4. the swap into output/ -------------------------------------------------------------------------------------


def test_a_second_build_waits_for_the_first_and_says_so(site):
    content, output, before = site
    lock = output.parent / ".dossier-cache" / f"{output.name}.lock"
    with open(lock, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a build in progress holds it
        env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
        (content / "reports" / "talks.md").write_text(REPORT.replace("without an agreement", "with an agreement"), encoding="utf-8")
        build = subprocess.Popen(
            [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = build.stderr.readline()  # blocks until the waiting build says what it waits for
        assert first.startswith("waiting for the build (pid ") and "that is writing" in first, first
        assert tree_digest(output) == before, "a waiting build writes nothing"
    _stdout, stderr = build.communicate(timeout=120)
    assert build.returncode == 0 and "Traceback" not in stderr, stderr
    assert "with an agreement" in (output / "reports" / "border-talks" / "the-outcome.html").read_text(encoding="utf-8")


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(site):
    content, output, _ = site
    for name in ("output.partial-999991", "output.old-999992"):
        (output.parent / name / "reports").mkdir(parents=True)
        (output.parent / name / "reports" / "half.html").write_text("half", encoding="utf-8")
        os.chmod(output.parent / name / "reports", 0o500)
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in output.parent.iterdir()) == [".dossier-cache", "content", "output"]


def test_a_build_killed_between_its_two_renames_gets_the_previous_site_back(site):
    """Where folders cannot be exchanged in one step, the old site is renamed aside first: the next build puts it back."""
    content, output, before = site
    output.rename(output.parent / "output.old-999993")
    (content / "reports" / "broken.md").write_text("no front matter\n", encoding="utf-8")
    result = run_build(content, output)
    assert result.returncode == 1 and "reports/broken.md:1: a report starts with front matter" in result.stderr
    assert tree_digest(output) == before
    assert not list(output.parent.glob("output.*"))


def test_an_output_path_that_is_a_file_is_one_line_and_the_file_is_kept(tmp_path):
    content = make_content(tmp_path)
    output = tmp_path / "output"
    output.write_text("not a folder", encoding="utf-8")
    result = run_build(content, output)
    assert result.returncode == 1
    errors = errors_of(result)
    assert len(errors) == 1 and "exists and is not a folder" in errors[0], result.stderr
    assert output.read_text(encoding="utf-8") == "not a folder"
    assert not list(tmp_path.glob("output.*"))


# A build run under an audit hook: `kill:N` kills it (SIGKILL, no clean-up) just before its N-th file system change,
# `count` prints how many it makes, `raise:swap` fails the swap into output/ with EACCES. `exchange=0` makes the
# build act as on a file system that cannot exchange two folders in one step (two renames instead).
FAULTS = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
mode, exchange = os.environ["FAULT"], os.environ.get("EXCHANGE", "1")
CHANGES = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.link", "os.symlink", "os.truncate", "shutil.rmtree",
           "shutil.copyfile", "os.chmod", "os.utime"}
WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
count = swap = 0
def hook(event, args):
    global count, swap
    if event == "open":
        if not (args[2] or 0) & WRITING:
            return
    elif event not in CHANGES:
        return
    count += 1
    top = os.path.basename(str(args[0]))
    if not swap and event in ("os.rename", "shutil.rmtree") and (top == "output" or top.startswith(("output.partial-", "output.old-"))):
        swap = count  # the first change of the swap: the old site renamed aside, or removed once exchanged
    if mode.startswith("kill:") and count == int(mode[5:]):
        os.kill(os.getpid(), signal.SIGKILL)
    # the fallback's second rename, the built site onto output/ (the old one is aside by then)
    if mode == "raise:swap" and event == "os.rename" and os.path.basename(str(args[1])) == "output" and ".partial-" in str(args[0]):
        raise PermissionError(13, "Permission denied", str(args[1]))
import sitebuild
if exchange == "0":
    sitebuild._exchange = lambda first, second: False
elif mode == "raise:swap":
    def refused(first, second):
        raise PermissionError(13, "Permission denied", second)
    sitebuild._exchange = refused
sys.addaudithook(hook)
code = sitebuild.main(sys.argv[2:])
print(f"changes={count} swap={swap}")
sys.exit(code)
"""


def faulty_build(
    tmp_path: Path, content: Path, output: Path, fault: str, exchange: bool = True, *extra: str, forked: ForkedBuilds | None = None
) -> subprocess.CompletedProcess:
    script = tmp_path / "faulty_build.py"
    if not script.exists():
        script.write_text(FAULTS, encoding="utf-8")
    env = dict(os.environ, FAULT=fault, EXCHANGE="1" if exchange else "0")
    arguments = [str(ROOT / "plugins"), "--content", str(content), "--output", str(output), *extra]
    if forked:
        return forked.run(script, *arguments, env=env)
    return subprocess.run([sys.executable, str(script), *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


# The kill test's hundred builds of a one-report site spend most of their CPU importing Pelican, the plugins and the
# engine (about 85% of such a build's profile). This process imports them once and forks a child for each build, a
# copy of a process that has run no build (the point of a fresh process per build: Pelican's signal receivers are
# process-global); the child takes the build's environment, folder and arguments and runs the build's script as a
# fresh interpreter would, so a kill is a SIGKILL of the process that is building, as before. The two complete sites
# the test compares with are still built by run_build in fresh interpreters (each with its own hash seed).
FORKING = r"""
import json, os, sys, traceback
sys.path.insert(0, sys.argv[1])
import importlib, sitebuild, pelican, pelican.generators, pelican.readers, pelican.settings, pelican.writers
path = list(sys.path)
sys.path.insert(0, os.path.dirname(sys.argv[1]))
import pelicanconf
for name in pelicanconf.PLUGINS:  # a plugin connects its receivers in register(), which Pelican calls in the build
    importlib.import_module(name)
sys.path[:] = path
del sys.modules["pelicanconf"]  # a build's settings file reads it afresh
for line in sys.stdin:
    request = json.loads(line)
    child = os.fork()
    if child == 0:
        code = 1
        try:
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            for fd, name in ((1, "stdout"), (2, "stderr")):
                os.dup2(os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
            sys.argv = request["argv"]
            code = 0
            exec(compile(open(sys.argv[0]).read(), sys.argv[0], "exec"), {"__name__": "__main__"})
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(child, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""


class ForkedBuilds:
    """Builds forked from one process that has imported the build (FORKING): run(script, *args, env=...) is what
    subprocess.run([sys.executable, script, *args], cwd=ROOT, env=env, capture_output=True, text=True) returns."""

    def __init__(self, folder: Path):
        self.folder = folder
        env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
        self.server = subprocess.Popen(
            [sys.executable, "-c", FORKING, str(ROOT / "plugins")],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its process group: the server and a build it forked, for the guard below
        )
        self.count = 0

    def run(self, script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
        self.count += 1
        out, err = self.folder / f"forked-{self.count}.out", self.folder / f"forked-{self.count}.err"
        request = {"cwd": str(ROOT), "env": env, "argv": [str(script), *args], "stdout": str(out), "stderr": str(err)}
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        if not select.select([self.server.stdout], [], [], 600)[0]:  # run_build's guard against a hung build
            os.killpg(self.server.pid, signal.SIGKILL)
            raise AssertionError(f"a forked build of {args} did not end in 600 s")
        answer = self.server.stdout.readline()
        assert answer, "the forking process ended"
        stdout, stderr = out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")
        out.unlink()
        err.unlink()
        return subprocess.CompletedProcess(args, int(answer), stdout, stderr)

    def build(self, content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
        """What conftest's run_build gives: python -m sitebuild in the test's environment."""
        env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
        return self.run(ROOT / "plugins" / "sitebuild" / "__main__.py", "--content", str(content), "--output", str(output), *extra, env=env)

    def close(self) -> None:
        self.server.stdin.close()
        self.server.wait(timeout=60)


@pytest.fixture
def forked_builds(tmp_path_factory):
    builds = ForkedBuilds(tmp_path_factory.mktemp("forked"))
    yield builds
    builds.close()


@pytest.mark.parametrize("exchange", [True, False])
def test_a_swap_that_fails_is_one_line_and_keeps_the_previous_output(site, tmp_path, exchange):
    content, output, before = site
    (content / "reports" / "talks.md").write_text(REPORT.replace("without", "with"), encoding="utf-8")
    result = faulty_build(tmp_path, content, output, "raise:swap", exchange)
    assert result.returncode == 1
    errors = errors_of(result)
    assert len(errors) == 1 and "the output folder could not be replaced: Permission denied" in errors[0], result.stderr
    assert tree_digest(output) == before
    assert not list(output.parent.glob("output.*"))


@pytest.mark.slow
def test_builds_killed_at_50_random_points_never_lose_the_site_and_leave_nothing_behind(tmp_path, forked_builds):
    """Kill points are the N-th file system change of a build (seeded), over both ways of swapping; after every kill
    output/ is one of the two complete sites, and the next build leaves no leftovers."""
    content = make_content(tmp_path)
    chosen_settings = pinned_settings(tmp_path)
    versions = [REPORT, REPORT.replace("without an agreement", "with an agreement on trade")]
    complete = []
    for number, text in enumerate(versions):
        (content / "reports" / "talks.md").write_text(text, encoding="utf-8")
        reference = tmp_path / f"reference-{number}"
        assert run_build(content, reference, *chosen_settings).returncode == 0
        complete.append(tree_digest(reference))
    assert complete[0] != complete[1]
    output = tmp_path / "site" / "output"
    assert run_build(content, output, *chosen_settings).returncode == 0  # counted below: builds that replace a site, as the killed ones do
    changes = {}
    for exchange in (True, False):
        for number, text in enumerate(versions):
            (content / "reports" / "talks.md").write_text(text, encoding="utf-8")
            counted = faulty_build(tmp_path, content, output, "count", exchange, *chosen_settings, forked=forked_builds)
            assert counted.returncode == 0, counted.stderr
            found = re.search(r"changes=(\d+) swap=(\d+)", counted.stdout)
            changes[exchange, number] = int(found.group(1)), int(found.group(2))
            assert 10 < changes[exchange, number][1] < changes[exchange, number][0], changes
            assert tree_digest(output) == complete[number]
    chosen = random.Random(16)
    kills = 0
    for attempt in range(50):
        exchange, number = attempt % 4 < 2, attempt % 2
        (content / "reports" / "talks.md").write_text(versions[number], encoding="utf-8")
        total, swap = changes[exchange, number]
        # half the kills just before, inside or just after the swap of the new site into output/
        point = chosen.randint(swap - 3, swap + 3) if attempt % 2 else chosen.randint(1, total)
        killed = faulty_build(tmp_path, content, output, f"kill:{point}", exchange, *chosen_settings, forked=forked_builds)
        if killed.returncode == 0:
            # a warm build may make fewer changes than the counted one (files linked from the last build, templates
            # already compiled): it finished before the kill point, and must have left a complete site
            made = int(re.search(r"changes=(\d+)", killed.stdout).group(1))
            assert made < point, (point, made)
            assert tree_digest(output) == complete[number]
            continue
        assert killed.returncode == -9, (point, killed.stderr)
        kills += 1
        if exchange:
            assert output.is_dir() and tree_digest(output) in complete, f"kill at change {point}: output/ is not a complete site"
        else:
            aside = list(output.parent.glob("output.old-*"))
            assert (output.is_dir() and tree_digest(output) in complete) or (not output.exists() and len(aside) == 1), point
        result = forked_builds.build(content, output, *chosen_settings)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (point, result.stderr)
        assert tree_digest(output) == complete[number], f"after the kill at change {point}"
        assert sorted(p.name for p in output.parent.iterdir()) == [".dossier-cache", "output"], f"leftovers after the kill at {point}"
    assert kills >= 40, f"only {kills} of 50 builds were killed: the counted builds no longer match the killed ones"


# --- wrong or unlocated -------------------------------------------------------------------------------------------


def test_a_markdown_table_and_strikethrough_render(tmp_path):
    table = "| Country | Trade ~~2022~~ 2023 |\n| --- | --: |\n| Norland | 12[^1] |\n| Sudria | ~~9~~ 10 |\n"
    content = make_content(tmp_path, REPORT.replace("## The Outcome\n", "## The Outcome\n\n" + table))
    output = tmp_path / "output"
    result = run_build(content, output)
    assert result.returncode == 0 and not errors_of(result), result.stderr
    from site_checks import soup

    page = soup(output / "reports" / "border-talks" / "the-outcome.html")
    cells = [[cell.get_text() for cell in row.select("th, td")] for row in page.select(".table-scroll table tr")]
    assert cells == [["Country", "Trade 2022 2023"], ["Norland", "121"], ["Sudria", "9 10"]]
    assert [d.get_text() for d in page.select("table del")] == ["2022", "9"]
    assert page.select_one("table td.align-right a[href='#note-1']") is not None
    assert page.select_one("[style]") is None, "no inline style: the Content-Security-Policy forbids it"
    search = "".join(path.read_text(encoding="utf-8") for path in (output / "search").rglob("*.js"))
    assert "Sudria" in search and '"sudria":' in search, "a table's text can be searched"


FRONT_MATTER = {
    "authors-number": ("authors = 5\n", "reports/bad.md:4: 'authors' must be a list", "not a number (5)"),
    "authors-table": ('authors = {name = "X"}\n', "reports/bad.md:4: 'authors' must be a list", "not a table"),
    "author-name-number": ("[[authors]]\nname = 5\n", "reports/bad.md:4: an author's 'name' must be text", "not a number (5)"),
    "author-role-list": (
        '[[authors]]\nname = "A"\n[[authors]]\nname = "B"\nrole = ["x"]\n',
        "reports/bad.md:6: an author's 'role' must be text",
        "not a list",
    ),
    "author-unknown-field": ('[[authors]]\nname = "A"\nrank = "x"\n', "reports/bad.md:4: unknown author field 'rank'", "known: name, role"),
    "tags-number": ("tags = [1, 2]\n", "reports/bad.md:4: 'tags' must be a list of text", "not a list holding a number (1)"),
    "tags-table": ("tags = {a = 1}\n", "reports/bad.md:4: 'tags' must be a list of text", "not a table"),
    "series-list": ('series = ["a"]\n', "reports/bad.md:4: 'series' must be text", "not a list"),
    "summary-true": ("summary = true\n", "reports/bad.md:4: 'summary' must be text", "not true/false (true)"),
}


@pytest.mark.parametrize("case", sorted(FRONT_MATTER))
def test_a_front_matter_field_of_the_wrong_type_names_file_line_field_and_type(site, case):
    extra, where, expected_type = FRONT_MATTER[case]
    text = f'+++\ntitle = "Bad"\ndate = 2024-01-01\n{extra}+++\n\nText.\n'
    (site[0] / "reports" / "bad.md").write_text(text, encoding="utf-8")
    line = assert_refused(run_build(site[0], site[1]), site, where)
    assert expected_type in line


REGISTRIES = {
    "one-table": ('[actor]\nname = "X"\n', "actors.toml:1: 'actor' must be a list of [[actor]] tables (two brackets), not a table"),
    "text": ('actor = "X"\n', "actors.toml:1: 'actor' must be a list of [[actor]] tables (two brackets), not text"),
    "name-number": ("[[actor]]\nname = 5\n", "actors.toml:2: an actor's name must be text in quotes, not a number (5)"),
    "aliases-number": ('[[actor]]\nname = "A"\naliases = ["a", 3]\n', "actors.toml:3: aliases must be a list of text"),
    "role-date": ('[[actor]]\nname = "A"\n\n[[actor.roles]]\ntitle = "T"\nfrom = "soon"\n', "actors.toml:4: a role's 'from' must be a date"),
    "native-number": ('[[actor]]\nname = "A"\nnative = 3\n', "actors.toml:3: native must be a table"),
    "kind-list": ('[[actor]]\nname = "A"\nkind = ["person"]\n', "actors.toml:3: kind must be text in quotes, not a list"),
}


@pytest.mark.parametrize("case", sorted(REGISTRIES))
def test_a_registry_field_of_the_wrong_type_names_file_line_field_and_type(site, case):
    text, expected = REGISTRIES[case]
    (site[0] / "actors.toml").write_text(text, encoding="utf-8")
    assert_refused(run_build(site[0], site[1]), site, expected)


def test_a_nul_byte_in_a_report_is_an_error_naming_its_line_and_column(site):
    (site[0] / "reports" / "nul.md").write_text('+++\ntitle = "Nul"\ndate = 2024-01-01\n+++\n\nText.\n\nBad\x00byte.\n', encoding="utf-8")
    assert_refused(run_build(site[0], site[1]), site, "reports/nul.md:8: contains a NUL byte at column 4")


def test_a_note_defined_twice_inside_quotes_is_the_duplicate_error(site):
    text = '+++\ntitle = "Quoted Notes"\ndate = 2024-01-01\n+++\n\nText.[^1]\n\n> [^1]: Wire.\n\n> Quote.\n>\n> [^1]: Gazette.\n'
    (site[0] / "reports" / "quoted.md").write_text(text, encoding="utf-8")
    assert_refused(run_build(site[0], site[1]), site, "reports/quoted.md:12: note 1 is defined twice (first at line 8)")


@pytest.mark.parametrize("how", ["missing", "empty", "a file"])
def test_a_missing_empty_or_not_a_folder_reports_folder_is_an_error_and_the_site_is_kept(site, how):
    reports = site[0] / "reports"
    shutil.rmtree(reports)
    if how == "empty":
        reports.mkdir()
    elif how == "a file":
        reports.write_text("not a folder", encoding="utf-8")
    expected = {"missing": "reports: the reports folder is missing", "empty": "reports: holds no report", "a file": "reports: is not a folder"}[how]
    assert_refused(run_build(site[0], site[1]), site, expected)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_symlink_out_of_the_content_folder_is_an_error_naming_it(site, tmp_path, what):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.md").write_text('+++\ntitle = "Private"\ndate = 2024-01-01\n+++\n\nNot for publishing.\n', encoding="utf-8")
    if what == "file":
        (site[0] / "reports" / "private.md").symlink_to(elsewhere / "private.md")
        expected = "reports/private.md: reports/private.md is a symlink to a file outside the content folder"
    else:
        (site[0] / "reports" / "more").symlink_to(elsewhere)
        expected = "reports/more/private.md: reports/more/private.md is a symlink to a file outside the content folder"
    assert_refused(run_build(site[0], site[1]), site, expected)


def test_a_symlinked_static_file_out_of_the_content_folder_is_not_copied(site, tmp_path):
    (tmp_path / "secret.png").write_bytes(b"secret")
    (site[0] / "images").mkdir()
    (site[0] / "images" / "chart.png").symlink_to(tmp_path / "secret.png")
    assert_refused(run_build(site[0], site[1]), site, "images/chart.png: images/chart.png is a symlink to a file outside the content folder")


def test_a_hand_edited_layout_is_laid_out_again(tmp_path):
    content, output = make_content(tmp_path), tmp_path / "output"
    pinned = pinned_settings(tmp_path)
    assert run_build(content, output, *pinned).returncode == 0
    before = tree_digest(output)
    layout = output.parent / ".dossier-cache" / "output" / "layout.json"
    kept = json.loads(layout.read_text(encoding="utf-8"))
    node = sorted(kept["positions"])[0]
    kept["positions"][node] = [0, 0]
    layout.write_text(json.dumps(kept), encoding="utf-8")
    assert run_build(content, output, *pinned).returncode == 0
    assert tree_digest(output) == before, "the map is laid out again, not pinned at [0, 0]"
    layout.write_text('{"key": 1, "positions": [[1, 2]]}', encoding="utf-8")
    assert run_build(content, output, *pinned).returncode == 0
    assert tree_digest(output) == before


def test_the_site_is_byte_identical_whatever_the_working_folder_and_shows_no_build_path(tmp_path):
    content = make_content(tmp_path)
    (content / "reports" / "talks.md").write_text(
        REPORT + '\nOn January 7, 2024, Kemal Arslan said: "We are ready to talk again."\n', encoding="utf-8"
    )
    (content / "actors.toml").write_text(
        REGISTRY + 'affiliation = "norland"\n\n[[actor]]\nid = "norland"\nname = "Norland"\nkind = "state"\n', encoding="utf-8"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    pinned = pinned_settings(tmp_path)
    outputs = []
    for number, folder in enumerate(["/", str(tmp_path)]):
        output = tmp_path / f"out{number}"
        command = [sys.executable, "-m", "sitebuild", *pinned, "--content", str(content), "--output", str(output)]
        result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "warning: reports/talks.md:" in result.stderr, "messages show paths relative to the content folder"
        outputs.append(output)
    assert tree_digest(outputs[0]) == tree_digest(outputs[1])
    relations = (outputs[0] / "data" / "relations.csv").read_text(encoding="utf-8")
    assert "actor registry (actors.toml:" in relations
    for path in outputs[0].rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert str(tmp_path).encode() not in data and str(tmp_path).lstrip("/").encode() not in data, path
