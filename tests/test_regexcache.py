"""The programs of patterns compiled while a module is imported are kept in the build's cache folder, and a later
process takes them from there instead of compiling them again: the same programs, so the same matches."""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_build
from dossier import regexcache
from dossier.kept import LEFTOVER_AGE

MODULE = '''
import re

HARBOUR = re.compile(r"(?P<port>[A-Z][a-z]+) (?:harbour|quay)s?\\b", re.I)
VERBOSE = re.compile(r"""
    (?<![\\w-])       # not inside a word
    (\\d{1,2})\\s+     # a day
    (?:March|April)   # a month
""", re.X)
BYTES = re.compile(rb"^\\xef\\xbb\\xbf?(?P<key>[a-z]+)\\s*=", re.M)
'''
SAMPLES = ["Varno harbour", "KESSEL QUAYS and more", "on 12 March", "x-12 April", "dunmore quay", "no match here"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path / "code"))
    (tmp_path / "code").mkdir()
    (tmp_path / "code" / "harbourpatterns.py").write_text(MODULE, encoding="utf-8")
    yield tmp_path / "cache"
    regexcache.uninstall()
    sys.modules.pop("harbourpatterns", None)
    re.purge()


def import_fresh():
    sys.modules.pop("harbourpatterns", None)
    re.purge()  # re's own cache of compiled patterns lives as long as the process
    return importlib.import_module("harbourpatterns")


def imported_without_compiling(monkeypatch):
    """The module imported again with every pattern's compiling made an error: all its programs must come kept."""

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("compiled again")

    with monkeypatch.context() as patched:
        patched.setattr(re._parser, "parse", no_parsing)
        return import_fresh()


def answers(module) -> list:
    found = []
    for pattern in (module.HARBOUR, module.VERBOSE):
        for text in SAMPLES:
            match = pattern.search(text)
            found.append(match and (match.group(0), match.groups(), match.groupdict(), match.span()))
        found.append((pattern.groups, pattern.groupindex, pattern.flags))
    match = module.BYTES.search(b"\xef\xbb\xbfharbour = 3")
    found.append(match and match.groupdict())
    return found


def kept_programs(cache) -> dict:
    _key, _digest, data = pickle.loads((cache / regexcache.PROGRAMS_FILE).read_bytes())
    return pickle.loads(data)


def test_a_later_process_takes_the_programs_of_imported_patterns_and_matches_the_same(cache, monkeypatch):
    assert regexcache.supported()
    expected = answers(import_fresh())  # compiled as re compiles them
    regexcache.install(str(cache))
    import_fresh()
    regexcache.save()
    assert (cache / regexcache.PROGRAMS_FILE).is_file()
    regexcache.uninstall()

    regexcache.install(str(cache))

    assert answers(imported_without_compiling(monkeypatch)) == expected


def test_a_pattern_compiled_after_the_imports_is_not_kept(cache):
    regexcache.install(str(cache))
    import_fresh()
    made_from_a_report = re.compile(r"Lina Orsa|Ivo Dross")
    assert made_from_a_report.search("said Ivo Dross").group(0) == "Ivo Dross"
    regexcache.save()
    programs = kept_programs(cache)
    assert (str, r"Lina Orsa|Ivo Dross", 0) not in programs
    assert any("harbour|quay" in str(pattern) for _type, pattern, _flags in programs)


def test_a_pattern_compiled_after_the_imports_is_compiled_by_re_itself(cache):
    regexcache.install(str(cache))
    import_fresh()
    compiled_by_re = []

    def as_re_does(pattern, flags=0):
        compiled_by_re.append(pattern)
        return original(pattern, flags)

    # set and put back by hand: the fixture's uninstall() must find re's own compile here, or it would leave the spy in re
    original = regexcache._compile_as_re_does
    regexcache._compile_as_re_does = as_re_does
    try:
        assert re.compile(r"Lina Orsa|Ivo Dross").search("said Ivo Dross").group(0) == "Ivo Dross"
        assert compiled_by_re == [r"Lina Orsa|Ivo Dross"]
        compiled_by_re.clear()
        import_fresh()  # near miss: the imported patterns still take the kept programs
        assert compiled_by_re == []
    finally:
        regexcache._compile_as_re_does = original


def test_a_str_pattern_and_its_bytes_twin_are_kept_apart(tmp_path):
    """Their hashes are equal: a key without the type compares str with bytes (an exception under `python -bb`)."""
    (tmp_path / "twins.py").write_text('import re\nWORD = re.compile("harbour")\nBYTES = re.compile(b"harbour")\n', encoding="utf-8")
    script = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from dossier import regexcache; regexcache.install(sys.argv[3])\n"
        "import twins; print(twins.WORD.search('a harbour').span(), twins.BYTES.search(b'a harbour').span())\n"
    )
    plugins = str(Path(regexcache.__file__).parent.parent)
    result = subprocess.run(
        [sys.executable, "-bb", "-c", script, str(tmp_path), plugins, str(tmp_path / "cache")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout == "(2, 9) (2, 9)\n", result.stderr


def test_a_pattern_re_warns_of_warns_in_every_build_and_is_not_kept(cache):
    code = cache.parent / "code"
    (code / "nestedset.py").write_text('import re\n\nLETTERS = re.compile("[[:alpha:]]+")\nPLAIN = re.compile("[a-z]+")\n', encoding="utf-8")
    for _build in range(2):
        sys.modules.pop("nestedset", None)
        re.purge()
        regexcache.install(str(cache))
        with pytest.warns(FutureWarning, match="Possible nested set") as warned:
            module = importlib.import_module("nestedset")
        assert [(Path(w.filename).name, w.lineno) for w in warned] == [("nestedset.py", 3)], "where re shows it"
        assert module.LETTERS.search("harbour") is None and module.PLAIN.search("harbour").group(0) == "harbour"
        regexcache.save()
        regexcache.uninstall()
    programs = kept_programs(cache)
    assert (str, "[[:alpha:]]+", 0) not in programs
    assert (str, "[a-z]+", 0) in programs  # near miss: a pattern re does not warn of is kept
    sys.modules.pop("nestedset", None)


def test_a_damaged_or_foreign_file_gives_patterns_compiled_as_usual(cache):
    expected = answers(import_fresh())
    regexcache.install(str(cache))
    import_fresh()
    regexcache.save()
    regexcache.uninstall()
    path = cache / regexcache.PROGRAMS_FILE
    key, digest, data = pickle.loads(path.read_bytes())
    programs = pickle.loads(data)
    refused = {pattern: (flags, b"\1\0\0\0\2\0\0\0\3\0\0\0", *rest) for pattern, (flags, _code, *rest) in programs.items()}
    refused_data = pickle.dumps(refused)
    wrong = pickle.dumps({pattern: (flags, b"\1\0\0\0" * 3, *rest) for pattern, (flags, _code, *rest) in programs.items()})  # valid, matches ''
    for kept in (
        (key, hashlib.sha256(refused_data).digest(), refused_data),  # programs the matcher refuses
        (key, digest, wrong),  # bytes that are not those written
        (("another Python", 0, 0), digest, data),
        "not a triple",
    ):
        path.write_bytes(pickle.dumps(kept))
        regexcache.install(str(cache))
        assert answers(import_fresh()) == expected
        regexcache.uninstall()
    path.write_bytes(b"\x80\x05 torn")
    regexcache.install(str(cache))
    assert answers(import_fresh()) == expected


def test_a_build_keeps_the_engines_patterns_for_the_next_build(tmp_path):
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "talks.md").write_text(
        '+++\ntitle = "Quay Talks"\ndate = 2024-03-02\n+++\n\nMayor Lina Orsa said: "The quay opens in the spring."\n', encoding="utf-8"
    )
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    programs = kept_programs(tmp_path / ".dossier-cache" / "output")
    from dossier.attribution import sieves

    kept = {pattern for _type, pattern, _flags in programs}
    assert any(value.pattern in kept for value in vars(sieves).values() if isinstance(value, re.Pattern))


def test_a_file_a_killed_process_left_aside_is_removed_by_the_next_build(cache):
    cache.mkdir(parents=True)
    old, recent, other = cache / f"{regexcache.PROGRAMS_FILE}.4242", cache / f"{regexcache.PROGRAMS_FILE}.4343", cache / "4242.analysis"
    for path in (old, recent, other):
        path.write_bytes(b"half a pickle")
    long_ago = time.time() - 2 * LEFTOVER_AGE
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    regexcache.install(str(cache))  # a warm build that compiles nothing new saves nothing
    assert not old.exists() and recent.exists() and other.exists(), "a running build's file and other files are left"


def test_a_build_leaves_re_as_it_was_when_it_returns(tmp_path):
    """A caller that builds in its own process (bench/warm_edit.py) compiles its patterns with re, and nothing is
    written into the build's cache folder after the build returned."""
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "reports" / "talks.md").write_text(
        '+++\ntitle = "Quay Talks"\ndate = 2024-03-02\n+++\n\nMayor Lina Orsa said: "The quay opens in the spring."\n', encoding="utf-8"
    )
    script = (
        "import re, sys, sitebuild\n"
        "from dossier import regexcache\n"
        "before = re._compiler.compile\n"
        "code = sitebuild.build_site(content=sys.argv[1], output=sys.argv[2])\n"
        "print(code, re._compiler.compile is before, repr(regexcache._folder))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(regexcache.__file__).parent.parent))
    result = subprocess.run(
        [sys.executable, "-c", script, str(content), str(tmp_path / "output")],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.stdout.splitlines()[-1] == "0 True ''", result.stderr


def test_programs_another_process_kept_after_install_are_taken_and_not_compiled_again(cache, monkeypatch):
    """A first build's reader process compiles the engine's patterns and keeps them after the build process installed
    the (empty) cache: the build process takes them before it forks its workers, which then compile none of them."""
    expected = answers(import_fresh())
    regexcache.install(str(cache))  # nothing kept yet
    pid = os.fork()
    if pid == 0:  # the other process: imports, keeps, ends
        try:
            import_fresh()
            regexcache.save()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    regexcache.take_saved()

    assert answers(imported_without_compiling(monkeypatch)) == expected


def test_taking_the_kept_programs_reads_nothing_where_the_file_is_as_installed(cache, monkeypatch):
    regexcache.install(str(cache))
    import_fresh()
    regexcache.save()
    regexcache.uninstall()
    regexcache.install(str(cache))
    monkeypatch.setattr(regexcache, "_read", lambda _folder: pytest.fail("read again"))
    regexcache.take_saved()
    regexcache.uninstall()
    regexcache.take_saved()  # nothing installed: nothing to take


def test_a_first_builds_reader_keeps_the_engines_programs_before_the_workers_are_forked(tmp_path):
    """No output and no cache yet: the reader process still starts, imports the engine and says so once its programs
    are kept, so the workers the build forks for many reports take them (dossier.analysis._Reader.wait_imported)."""
    cache = tmp_path / "cache"
    script = (
        "import os, sys, time\n"
        "from dossier import analysis, regexcache\n"
        "regexcache.install(sys.argv[1])\n"
        "analysis.start_reader()\n"
        "reader = analysis._take_reader()\n"
        "reader.wait_imported(120)\n"
        "print(os.path.exists(os.path.join(sys.argv[1], regexcache.PROGRAMS_FILE)))\n"
        "regexcache.take_saved()\n"
        "print(len(regexcache._kept) > 500)\n"
        "reader.stop()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(regexcache.__file__).parent.parent))
    result = subprocess.run([sys.executable, "-c", script, str(cache)], env=env, capture_output=True, text=True, timeout=300)
    assert result.stdout.split() == ["True", "True"], result.stderr


def test_a_forked_process_keeps_only_the_programs_it_compiled_itself(cache):
    """Its parent's are the parent's to keep: a worker that wrote them again re-wrote the whole file for nothing."""
    regexcache.install(str(cache))
    import_fresh()  # compiled by the parent, not kept yet
    pid = os.fork()
    if pid == 0:
        try:
            regexcache.save()
            os._exit(0 if not (cache / regexcache.PROGRAMS_FILE).exists() else 3)
        finally:
            os._exit(4)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code != 3, "the child wrote its parent's programs"
    assert code == 0, f"the child failed (exit code {code}; 4: save() raised)"
    regexcache.save()
    assert any("harbour|quay" in str(pattern) for _type, pattern, _flags in kept_programs(cache))


FIRST_BUILD = '''
import os, re, sys
import sitebuild
from dossier import analysis

os.cpu_count = lambda: 2  # workers even on a machine of one CPU
real = analysis._analyse_in_worker
parsed = []


def counting(job):
    """In a worker: how many patterns re parsed (the engine's, unless they were taken) by the end of its first report."""
    if not parsed:
        parse = re._parser.parse
        parsed.append(0)

        def count(*args, **kwargs):
            parsed[0] += 1
            return parse(*args, **kwargs)

        re._parser.parse = count
        found = real(job)
        with open(sys.argv[3], "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {parsed[0]}\\n")
        return found
    return real(job)


analysis._analyse_in_worker = counting
sys.exit(sitebuild.build_site(content=sys.argv[1], output=sys.argv[2]))
'''


def test_the_workers_of_a_first_build_of_many_reports_compile_few_of_the_engines_patterns(tmp_path):
    """Through the build itself, in a fresh process: the reader keeps the engine's programs, the build waits for them
    and takes them before it forks the workers, so no worker compiles the ~800 patterns again."""
    from dossier.analysis import PARALLEL_FROM

    reports = tmp_path / "content" / "reports"
    reports.mkdir(parents=True)
    for number in range(1, PARALLEL_FROM + 3):
        (reports / f"pier-{number}.md").write_text(
            f'+++\ntitle = "Pier Talks {number}"\ndate = 2023-05-{number:02d}\n+++\n\n'
            f'Mayor Edda Varsk of Lindholm said: "Pier {number} opens in the autumn." Port warden Ivo Strand told the '
            f'Marsh Gazette that the repairs "will take a year".\n',
            encoding="utf-8",
        )
    counts = tmp_path / "parsed.txt"
    env = dict(os.environ, PYTHONPATH=str(Path(regexcache.__file__).parent.parent))
    result = subprocess.run(
        [sys.executable, "-c", FIRST_BUILD, str(tmp_path / "content"), str(tmp_path / "output"), str(counts)],
        cwd=Path(regexcache.__file__).parent.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    parsed = [int(line.split()[1]) for line in counts.read_text(encoding="utf-8").splitlines()]
    assert parsed, "no report was read in a worker"
    assert max(parsed) < 200, f"patterns each worker parsed: {parsed}"


def test_only_a_build_whose_cache_held_no_programs_needs_them(cache):
    assert not regexcache.needs_programs()  # nothing installed
    regexcache.install(str(cache))
    assert regexcache.needs_programs()  # a first build
    import_fresh()
    assert regexcache.save()
    regexcache.uninstall()
    regexcache.install(str(cache))
    assert not regexcache.needs_programs()  # a warm build: the file holds them
    assert regexcache.save()  # nothing new to write: the file holds them already
    regexcache.uninstall()
    assert not regexcache.save()


def test_a_python_whose_re_is_not_supported_never_needs_programs(cache, monkeypatch):
    monkeypatch.setattr(regexcache, "supported", lambda: False)
    regexcache.install(str(cache))
    assert not regexcache.needs_programs()


def test_a_save_that_cannot_write_says_so(cache, monkeypatch):
    regexcache.install(str(cache))
    import_fresh()
    monkeypatch.setattr(regexcache, "keep", lambda _path, _data: False)
    assert regexcache.save() is False


class FakeReader:
    """A reader process that has imported the engine, and has or has not kept its programs."""

    def __init__(self, kept: bool, done: bool = True) -> None:
        self.kept = kept
        self.done = done  # whether it has said so by the time the build asks
        self.waited = 0
        self.events: list[str] = []

    def imported(self) -> bool:
        return self.done

    def wait_imported(self, _timeout: float) -> bool:
        self.waited += 1
        self.events.append("waited")
        return self.kept

    def ask(self, _job) -> bool:
        return False

    def stop(self) -> None:
        pass


def read_in_workers(folder: Path, reader: FakeReader, monkeypatch, meanwhile=None) -> None:
    from conftest import ROOT
    from dossier import analysis

    files = []
    for number in range(2):
        path = folder / f"quay-{number}.md"
        path.write_text(f'+++\ntitle = "Quay {number}"\n+++\n\nWarden Ola Brisk said: "Quay {number} is shut."\n', encoding="utf-8")
        files.append((str(path), path.name))
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 2)
    monkeypatch.setattr(analysis, "_reader", reader)
    analysis.analyse_reports(files, str(ROOT / "content" / "actors.toml"), "actors.toml", "", workers=2, meanwhile=meanwhile)


@pytest.mark.parametrize("kept", [True, False])
def test_a_first_build_waits_for_its_reader_and_takes_the_programs_only_where_it_kept_them(cache, tmp_path, kept, monkeypatch):
    regexcache.install(str(cache))
    taken = []
    monkeypatch.setattr(regexcache, "take_saved", lambda: taken.append(True))
    reader = FakeReader(kept)
    read_in_workers(tmp_path, reader, monkeypatch)
    assert reader.waited == 1
    assert taken == ([True] if kept else [])


@pytest.mark.parametrize("done", [False, True])
def test_a_first_build_does_its_own_work_while_its_reader_still_imports(cache, tmp_path, done, monkeypatch):
    """The build's work that needs no report (compiling the theme's templates) is done while it would only wait for
    the reader's imports, before the workers are forked; where the reader is done already, once the workers read."""
    regexcache.install(str(cache))
    monkeypatch.setattr(regexcache, "take_saved", lambda: None)
    reader = FakeReader(kept=True, done=done)
    read_in_workers(tmp_path, reader, monkeypatch, meanwhile=lambda: reader.events.append("own work"))
    assert reader.events == (["waited", "own work"] if done else ["own work", "waited"])


def test_a_build_whose_cache_holds_the_programs_does_not_wait_for_its_reader(cache, tmp_path, monkeypatch):
    regexcache.install(str(cache))
    import_fresh()
    regexcache.save()
    regexcache.uninstall()
    for installed in (True, False):  # a warm build; a build where regexcache is not installed (an unsupported Python)
        if installed:
            regexcache.install(str(cache))
        reader = FakeReader(kept=True)
        read_in_workers(tmp_path, reader, monkeypatch)
        assert reader.waited == 0
        regexcache.uninstall()


def test_the_build_stops_waiting_for_a_reader_that_makes_no_progress(cache, monkeypatch):
    from dossier import analysis

    if not os.path.exists(f"/proc/{os.getpid()}/stat"):
        pytest.skip("no /proc: only the bound guards the wait")
    regexcache.install(str(cache))
    # the reader, forked with this patch, hangs before it says whether it kept the programs, spending no CPU (a process
    # the test stopped from outside could have said so already, where this process had imported the engine before)
    monkeypatch.setattr(regexcache, "save", lambda: time.sleep(3600))
    reader = analysis._Reader()
    started = time.monotonic()
    bound = 300  # seconds of wall: a reader's imports on a machine at any load end long before; only a wait that never
    # looked at the reader's CPU would reach it
    try:
        assert not reader.wait_imported(bound)
        assert time.monotonic() - started < bound
    finally:
        reader.stop()


def test_the_build_stops_waiting_for_a_reader_that_spends_cpu_without_end(cache, monkeypatch):
    """A reader busy far longer than its imports need is given up on by its CPU time, long before the wall bound
    (which a busy machine's load, not the reader, may take up)."""
    from dossier import analysis

    if not os.path.exists(f"/proc/{os.getpid()}/stat"):
        pytest.skip("no /proc: only the bound guards the wait")
    regexcache.install(str(cache))

    def spin() -> None:
        while True:
            pass

    monkeypatch.setattr(regexcache, "save", spin)
    monkeypatch.setattr(analysis, "READER_IMPORT_CPU", 0.5)
    reader = analysis._Reader()
    started = time.monotonic()
    try:
        assert not reader.wait_imported(3600)
        assert time.monotonic() - started < 600
    finally:
        reader.stop()


def test_a_reader_says_whether_its_programs_are_kept(cache):
    from dossier import analysis

    regexcache.install(str(cache))
    reader = analysis._Reader()
    try:
        assert reader.wait_imported(300)
    finally:
        reader.stop()
    regexcache.uninstall()
    reader = analysis._Reader()  # nothing installed: nothing kept
    try:
        assert not reader.wait_imported(300)
    finally:
        reader.stop()


FEW_REPORTS = """
import sys
import sitebuild
from dossier import analysis

def started():
    print("reader started")

analysis.start_reader = started
sys.exit(sitebuild.build_site(content=sys.argv[1], output=sys.argv[2]))
"""


def test_a_first_build_of_fewer_reports_than_are_read_in_workers_starts_no_reader(tmp_path):
    from dossier import analysis

    reports = tmp_path / "content" / "reports"
    (reports / "older").mkdir(parents=True)
    for number in range(analysis.PARALLEL_FROM - 1):
        (reports / ("older" if number % 2 else "") / f"dock-{number}.md").write_text(
            f'+++\ntitle = "Dock {number}"\ndate = 2022-01-{number % 28 + 1:02d}\n+++\n\nClerk Rut Hale said: "Dock {number} is open."\n',
            encoding="utf-8",
        )
    (reports / "notes.txt").write_text("not a report", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(regexcache.__file__).parent.parent))
    command = [sys.executable, "-c", FEW_REPORTS, str(tmp_path / "content"), str(tmp_path / "output")]
    root = Path(regexcache.__file__).parent.parent.parent
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "reader started" not in result.stdout
    assert not analysis.holds_many_reports(str(reports))
    (reports / "older" / "dock-last.markdown").write_text('+++\ntitle = "Dock"\n+++\n\nA quiet day.\n', encoding="utf-8")
    assert analysis.holds_many_reports(str(reports))  # the near miss: one more report, in a folder of its own
