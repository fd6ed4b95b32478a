"""Benchmark: the warm one-report edit of a realistic archive, counted in instructions rather than seconds.

On a shared machine the CPU time of a warm build follows the load (the same build process took 1.9 to 3.5 s of CPU at
load averages 10 to 26), so two versions of the code are compared by what their build process executes. The archive
(bench/archive.py's realistic one) is built cold once into `--work`, from a snapshot of the code taken then; each
later run edits one more report and builds warm with the build process under callgrind (`--tool callgrind`, forked
workers in files of their own) or cProfile (`--tool cprofile`, the build process's main thread), or plainly.

    python bench/warm_edit.py --work /tmp/w1000 --reports 1000               # cold build, then one plain warm edit
    python bench/warm_edit.py --work /tmp/w1000 --reports 1000 --tool callgrind
    callgrind_annotate /tmp/w1000/warm-2.callgrind.<pid> | head              # the build process: the valgrind's own pid

A snapshot kept in `--work` is used again while it exists: delete the folder to measure another version of the code.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.archive import EDIT, snapshot, synthesize

# sitebuild's __main__ ends with os._exit, which skips cProfile's own dump: main() is called and the profile written
PROFILED = """import cProfile, os, sys
out = sys.argv.pop(1)
sys.argv[0] = "sitebuild"
from sitebuild import main
profile = cProfile.Profile()
code = profile.runcall(main)
profile.dump_stats(out)
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
"""


def build_command(work: Path, tool: str, number: int) -> list[str]:
    code = work / "code"
    arguments = ["--settings", str(code / "pelicanconf.py"), "--content", str(work / "content"), "--output", str(work / "output")]
    if tool == "cprofile":
        return [sys.executable, "-c", PROFILED, str(work / f"warm-{number}.prof"), *arguments]
    plain = [sys.executable, "-m", "sitebuild", *arguments]
    if tool == "callgrind":
        return ["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/warm-{number}.callgrind.%p", *plain]
    return plain


def run(work: Path, tool: str, number: int) -> str:
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(work / "code" / "plugins")
    env["PYTHONHASHSEED"] = "0"
    done = subprocess.run(build_command(work, tool, number), cwd=work, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the build failed:\n{(done.stdout + done.stderr)[-2000:]}")
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="the archive's folder, kept between runs")
    parser.add_argument("--reports", type=int, default=100, help="reports in the archive (default 100)")
    parser.add_argument("--tool", choices=("none", "callgrind", "cprofile"), default="none", help="what watches the warm build")
    args = parser.parse_args(argv)
    work: Path = args.work
    if not (work / "output").is_dir():
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        snapshot(work)
        synthesize(work / "content", args.reports, True)
        run(work, "none", 0)
        print(f"cold build of {args.reports:,} realistic reports in {work}")
    edited = sorted((work / "content" / "reports").glob("*.md"))
    number = 1 + sum(1 for path in edited if EDIT[1] in path.read_text(encoding="utf-8"))
    if number > len(edited):
        raise SystemExit("every report is edited: delete the folder to start again")
    path = edited[number - 1]
    path.write_text(path.read_text(encoding="utf-8").replace(*EDIT, 1), encoding="utf-8")
    stages = [line for line in run(work, args.tool, number).splitlines() if line.startswith("[")]
    print(f"warm build {number} ({path.name} edited), tool {args.tool}; load average {os.getloadavg()[0]:.1f}")
    for line in stages:
        print(f"    {line}")
    if args.tool == "callgrind":  # the build process's file is the one named by the lowest pid, the rest its workers'
        for found in sorted(work.glob(f"warm-{number}.callgrind.*"), key=lambda p: int(p.suffix[1:])):
            totals = re.search(r"^totals: (\d+)", found.read_text(encoding="utf-8", errors="replace"), re.M)
            print(f"    {found.name}: {int(totals.group(1)):,} instructions" if totals else f"    {found.name}: no totals")


if __name__ == "__main__":
    main()
