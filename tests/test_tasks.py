"""The invoke tasks as a user runs them: `serve` on a site built into a folder of one's choosing, `speakers`' list of
quotes credited to nobody, and paths outside the working folder shown in full."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, run_build
from dossier.paths import shown_path
from speakers.review import review


def invoke(*arguments: str, cwd: Path, **options) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    command = [sys.executable, "-m", "invoke", "--search-root", str(ROOT), *arguments]
    return subprocess.Popen(command, cwd=cwd, env=env, **options)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def served_page(server: subprocess.Popen, port: int, log: Path, wanted) -> str:
    """The home page once the server serves one that is `wanted`; fails if the server ends first."""
    for _attempt in range(3000):  # a build takes a minute on a loaded machine; each try waits up to 0.2 s
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=5) as response:
                page = response.read().decode("utf-8")
            if wanted(page):
                return page
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass  # not up yet, or busy building on a loaded machine: asked again
        try:
            server.wait(timeout=0.2)  # waits on the server ending (it should not) as much as on the page
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"serve ended: {log.read_text()}")
    pytest.fail(f"no such page served: {log.read_text()}")


@pytest.mark.slow
def test_serve_builds_the_given_content_into_the_given_folder_and_serves_it(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = invoke(
        "serve",
        "--content",
        "content",
        "--output",
        "site",
        "--port",
        str(port),
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert "Iran" in served_page(server, port, tmp_path / "serve.log", lambda page: True)
        assert (tmp_path / "site" / "index.html").is_file()
        # the build runs in the repository's folder: the temporary folder is outside it, so it is shown in full
        assert f"into {tmp_path / 'site'} in" in (tmp_path / "serve.log").read_text()
        # an edit to the given content folder (not the repository's) builds the site again
        report = next((tmp_path / "content" / "reports").glob("*.md"))
        report.write_text(report.read_text(encoding="utf-8").replace("Iran's Defeat", "Iran's Setback", 1), encoding="utf-8")
        assert "Iran&#39;s Setback" in served_page(server, port, tmp_path / "serve.log", lambda page: "Setback" in page)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


def test_a_path_outside_the_working_folder_is_shown_in_full(tmp_path, monkeypatch):
    inside = tmp_path / "work" / "content" / "reports" / "a.md"
    outside = tmp_path / "elsewhere" / "output"
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert shown_path(str(inside)) == os.path.join("content", "reports", "a.md")
    assert shown_path(str(outside)) == str(outside)
    assert shown_path("../elsewhere") == str(tmp_path / "elsewhere")
    assert shown_path(str(tmp_path)) == str(tmp_path)  # the parent itself, not ".."


@pytest.mark.slow
def test_a_build_outside_the_working_folder_names_its_folder_in_full(tmp_path):
    result = run_build(ROOT / "content", tmp_path / "output")  # run from the repository's folder
    assert result.returncode == 0, result.stderr
    assert f"into {tmp_path / 'output'} in" in result.stdout


UNCREDITED = """+++
title = "A short report"
date = 2024-05-01
+++

Finance Minister Ana Berg said: “We will build the bridge next year.”

Placards in the square: “Bridges, not walls” and “Help!”

One observer said: “The bridge will never be built.”
"""


def test_speakers_lists_each_quote_credited_to_nobody_with_its_file_line_and_why(tmp_path, monkeypatch, capsys):
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "short.md").write_text(UNCREDITED, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert review(str(content), print_entries=False) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("1 statement by 1 speaker in 1 report; 3 quotes credited to nobody, 1 speaker not in the registry")
    listed = printed[printed.index("Quotes credited to nobody") :]
    assert listed.startswith("Quotes credited to nobody (3): ")
    source = content / "reports" / "short.md"
    assert f"  - {source}:8 #p-2: “Bridges, not walls”\n    why: no verb of saying" in listed
    assert f"  - {source}:8 #p-2: “Help!”" in listed
    assert f"  - {source}:10 #p-3: “The bridge will never be built.”\n    why: its sentence has a verb of saying (“said”)" in listed
    assert "We will build the bridge" not in listed  # credited, so not listed


def test_speakers_says_when_no_quote_is_credited_to_nobody(tmp_path, capsys):
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "short.md").write_text(UNCREDITED.split("\nPlacards")[0], encoding="utf-8")
    assert review(str(content), print_entries=False) == 0
    assert "Quotes credited to nobody (0): none\n" in capsys.readouterr().out
