"""Benchmark: archives of reports shaped like the first one, built by Dossier and, in the same run, by plain Pelican.

Prints figures and a last line per archive with each target and whether it holds; it asserts nothing.
Each report is the first report with its people, outlets and organizations renamed by "generation" (one
generation per ten reports), so speakers, speaker pages and the map grow with the archive. Two archives of each size:

- realistic: in every generation a third of the quoted people carry new surnames the registry has never heard of,
  so they become provisional speakers, as each new report of a real archive brings people the registry does not know;
- known: the registry names every speaker (the archive this benchmark built before).

Each archive is built cold (no output, no cache), alternating with plain Pelican (its stock Markdown reader and
default theme) on the same Markdown bodies, `--rounds` times (median and range); then warm, `--rounds` times, each
after editing one more report. Builds run from a snapshot of the code taken when the benchmark starts (plugins,
theme, settings), so edits made to the tree meanwhile cannot turn a warm build cold. Peak memory is the sum of the
resident memory of the build and every process it started, sampled every 20 ms (shared pages counted in each).

    python bench/archive.py                  # 100 reports, both archives (a few minutes on 2 cores)
    python bench/archive.py --large          # and 1,000 reports (about half an hour more on 2 cores)
    python bench/archive.py --sizes 300 --archives realistic --rounds 5
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from dossier.actors import toml_string  # noqa: E402

SEED_REPORT = next((ROOT / "content" / "reports").glob("*.md"))
SEED_REGISTRY = ROOT / "content" / "actors.toml"
TAGS = ["Kalo", "Miren", "Tavos", "Dusel", "Anbri", "Corez", "Fagil", "Hoix", "Lotar", "Vesko", "Irun", "Baska"]
SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vos", "du", "sel", "an", "bri", "co", "rez", "fa", "gil", "ho", "lo", "tar", "ves", "ir", "bas"]
VARIED_KINDS = {"person", "outlet", "organization"}
UNKNOWN_SHARE = 3  # one quoted person in three is unknown to the registry in the realistic archive
EDIT = ("Iran's show of strength", "Iran's display of strength")
GIB = 1024**3
PAGE = os.sysconf("SC_PAGE_SIZE")


def tag(generation: int) -> str:
    return TAGS[generation % len(TAGS)] + ("" if generation < len(TAGS) else str(generation // len(TAGS)))


def forms_of(actor: dict) -> list[str]:
    return [actor["name"], *actor.get("aliases", []), *(x for role in actor.get("roles", []) for x in role.get("aliases", []))]


def new_surname(actor_id: str, generation: int, taken: set[str]) -> str:
    """A made-up surname, the same in every run, used by no one else."""
    counter = 0
    while True:
        digest = hashlib.sha256(f"{actor_id}/{generation}/{counter}".encode()).digest()
        name = "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[:3]).capitalize() + "ov"
        if name.lower() not in taken:
            taken.add(name.lower())
            return name
        counter += 1


def synthesize(content: Path, reports: int, realistic: bool) -> None:
    registry = tomllib.loads(SEED_REGISTRY.read_text(encoding="utf-8"))["actor"]
    varied = [a for a in registry if a.get("kind") in VARIED_KINDS]
    varied_ids = {a["id"] for a in varied}
    people = sorted(a["id"] for a in varied if a["kind"] == "person")
    generations = max(1, reports // 10)
    # unknown[generation]: the people of that generation the registry does not name, with their new surnames
    taken = {f.lower() for a in registry for f in forms_of(a)}
    unknown: list[dict[str, str]] = []
    for generation in range(generations):
        chosen = [p for number, p in enumerate(people) if realistic and (number + generation) % UNKNOWN_SHARE == 0]
        unknown.append({p: new_surname(p, generation, taken) for p in chosen})
    lines = []
    for actor in registry:
        if actor["id"] not in varied_ids:
            lines.append(entry(actor, actor["id"], actor["name"], forms_of(actor)[1:], actor.get("affiliation")))
    for generation in range(generations):
        suffix = tag(generation)
        for actor in varied:
            if actor["id"] in unknown[generation]:
                continue
            affiliation = actor.get("affiliation")
            if affiliation in unknown[generation]:
                affiliation = None
            elif affiliation in varied_ids:
                affiliation = f"{affiliation}-{suffix.lower()}"
            aliases = [f"{f}-{suffix}" for f in forms_of(actor)[1:]]
            lines.append(entry(actor, f"{actor['id']}-{suffix.lower()}", f"{actor['name']}-{suffix}", aliases, affiliation))
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text("\n".join(lines), encoding="utf-8")
    seed = SEED_REPORT.read_text(encoding="utf-8")
    front, body = seed.split("+++", 2)[1], seed.split("+++", 2)[2]
    owner = {f.lower(): a for a in varied for f in forms_of(a)}
    surnames = {a["id"]: {f.split()[-1].lower() for f in forms_of(a)} - {""} for a in varied if a["kind"] == "person"}
    forms = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)

    def rename(match: re.Match, generation: int) -> str:
        text = match.group(0)
        actor = owner[text.lower()]
        surname = unknown[generation].get(actor["id"])
        if surname is None:
            return f"{text}-{tag(generation)}"
        words = text.split(" ")
        if words[-1].lower() in surnames[actor["id"]] and not words[-1][0].islower():
            return " ".join([*words[:-1], surname])
        return text  # a role ("Iranian Foreign Minister"): nobody's in this registry

    seed_date = dt.date(2021, 12, 9)
    for number in range(reports):
        generation = number % generations
        text = pattern.sub(lambda m, g=generation: rename(m, g), body)
        date = seed_date + dt.timedelta(days=number)
        meta = re.sub(r'^title = "(.*)"$', lambda m, number=number: f'title = "{m.group(1)} ({number + 1})"', front, count=1, flags=re.M)
        meta = re.sub(r'^slug = ".*"$', f'slug = "report-{number + 1:04d}"', meta, count=1, flags=re.M)
        meta = re.sub(r"^date = .*$", f"date = {date.isoformat()}", meta, count=1, flags=re.M)
        (content / "reports" / f"report-{number + 1:04d}.md").write_text(f"+++{meta}+++{text}", encoding="utf-8")


def entry(actor: dict, actor_id: str, name: str, aliases: list[str], affiliation: str | None) -> str:
    parts = ["[[actor]]", f"id = {toml_string(actor_id)}", f"name = {toml_string(name)}", f"kind = {toml_string(actor['kind'])}"]
    if affiliation:
        parts.append(f"affiliation = {toml_string(affiliation)}")
    if aliases:
        parts.append("aliases = [" + ", ".join(toml_string(a) for a in dict.fromkeys(aliases)) + "]")
    if actor.get("description"):
        parts.append(f"description = {toml_string(actor['description'])}")
    return "\n".join(parts) + "\n"


def plain_pelican_content(content: Path, target: Path) -> None:
    """The same Markdown bodies with the stock reader's metadata lines instead of TOML front matter."""
    target.mkdir(parents=True)
    for path in sorted((content / "reports").glob("*.md")):
        meta = tomllib.loads(path.read_text(encoding="utf-8").split("+++", 2)[1])
        body = path.read_text(encoding="utf-8").split("+++", 2)[2]
        header = f"Title: {meta['title']}\nDate: {meta['date']}\nSlug: {meta['slug']}\nCategory: reports\n"
        (target / path.name).write_text(header + body, encoding="utf-8")


PLAIN_SETTINGS = """
SITENAME = "Plain"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def process_tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def resident(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


def measured(command: list[str], cwd: Path, env: dict) -> dict:
    """Wall time of a build in a fresh process, the CPU time of it and the children it waits for (user + system: on a
    shared machine wall time is mostly waiting for a core), and the peak of the summed resident memory of them all."""
    log = cwd / "build.log"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(log, "w") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, resident(process_tree(process.pid)))
            time.sleep(0.02)
        seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = log.read_text(encoding="utf-8", errors="replace")
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output[-2000:]}")
    return {"seconds": seconds, "cpu": cpu, "peak": peak, "stdout": output}


class Weights:
    """HTML plus every stylesheet and script a page loads, before compression; a vendored library (theme/vendor/,
    vis-network on the map) is counted apart, in `libraries`: a file the browser caches once for the whole site."""

    def __init__(self) -> None:
        self.assets: dict[Path, int] = {}
        self.libraries: dict[str, int] = {}

    def __call__(self, html: Path) -> int:
        text = html.read_text(encoding="utf-8")
        total = len(text.encode())
        for reference in re.findall(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"', text):
            path = (html.parent / reference).resolve()
            if path not in self.assets:
                self.assets[path] = path.stat().st_size
            if "/vendor/" in reference:
                self.libraries[path.name] = self.assets[path]
                continue
            total += self.assets[path]
        return total


def page_kind(relative: str) -> str:
    """What a page is, for the largest page of each kind."""
    name = relative.rsplit("/", 1)[-1]
    if relative.startswith("reports/"):
        return {"index.html": "report overview", "notes.html": "report notes"}.get(name, "report section")
    if relative.startswith("speakers/"):
        return "speakers index" if name == "index.html" else "speaker"
    if name.startswith("timeline"):
        return "timeline" if name != "timeline.html" else "timeline months"
    if name.startswith("map-table"):
        return "map table"
    return "home (report list)" if re.fullmatch(r"index\d*\.html", relative) else relative


def snapshot(work: Path) -> Path:
    source = work / "code"
    for name in ("plugins", "theme"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pelicanconf.py", source / "pelicanconf.py")
    compiled = compiled_engine()
    if compiled is not None:  # `invoke compile`'s build of these very sources, which the snapshot's are
        shutil.copytree(compiled, source / ".dossier-compiled" / compiled.name)
    return source


def compiled_engine() -> Path | None:
    """The attribution engine's mypyc build that the code's sources would use (dossier/compiled.py), if any."""
    from dossier.compiled import build_folder

    return build_folder()


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    return f"{median(values):.1f} s [{min(values):.1f}–{max(values):.1f}]"


def stage_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("[")]


def run_archive(size: int, realistic: bool, rounds: int, work: Path, code: Path) -> dict:
    name = "realistic" if realistic else "known"
    folder = work / f"{name}-{size}"
    content = folder / "content"
    synthesize(content, size, realistic)
    plain_content = folder / "plain-content"
    plain_pelican_content(content, plain_content)
    (folder / "plainconf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    # as a user's builds run: Python keeps the plugins' compiled bytecode (the first build writes it); an environment
    # that turns that off would make every warm build compile the plugins again (about 0.1 s on this machine)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code / "plugins")
    output = folder / "output"
    dossier_build = [
        sys.executable,
        "-m",
        "sitebuild",
        "--settings",
        str(code / "pelicanconf.py"),
        "--content",
        str(content),
        "--output",
        str(output),
    ]
    plain_build = [sys.executable, "-m", "pelican", str(plain_content), "-s", str(folder / "plainconf.py"), "-o", str(folder / "plain"), "-q"]
    cold, plain, warm = [], [], []
    for _ in range(rounds):
        shutil.rmtree(output, ignore_errors=True)
        shutil.rmtree(folder / ".dossier-cache", ignore_errors=True)
        cold.append(measured(dossier_build, folder, env))
        shutil.rmtree(folder / "plain", ignore_errors=True)
        plain.append(measured(plain_build, folder, env))
    for number in range(rounds):
        edited = content / "reports" / f"report-{number + 1:04d}.md"
        edited.write_text(edited.read_text(encoding="utf-8").replace(*EDIT, 1), encoding="utf-8")
        warm.append(measured(dossier_build, folder, env))
    weight = Weights()
    pages = sorted(output.rglob("*.html"))
    weights = {page: weight(page) for page in pages}
    largest = max(weights, key=weights.__getitem__)
    report = sorted((output / "reports").iterdir())[0]
    sections = [p for p in report.glob("*.html") if p.name not in ("index.html", "notes.html")]
    speakers = sorted(weights[p] for p in (output / "speakers").glob("*.html") if p.name != "index.html")
    stages = stage_lines(cold[0]["stdout"])
    provisional = re.search(r"\((\d+) not in the registry\)", cold[0]["stdout"])
    return {
        "size": size,
        "archive": name,
        "cold": cold,
        "plain": plain,
        "warm": warm,
        "pages": len(pages),
        "plain_pages": sum(1 for _ in (folder / "plain").rglob("*.html")),
        "provisional": int(provisional.group(1)) if provisional else 0,
        "speakers_line": next((s for s in stages if "speakers:" in s), ""),
        "largest": (str(largest.relative_to(output)), weights[largest]),
        "largest_not_search": max((w, str(p.relative_to(output))) for p, w in weights.items() if p.name != "search.html"),
        "section_max": max(weights[p] for p in sections),
        "speaker_median": speakers[len(speakers) // 2],
        "speaker_max": speakers[-1],
        "map": weights[output / "map.html"],
        "search_files": [p.stat().st_size for p in (output / "search").rglob("*.js")],
        "search_shard": max(((p.stat().st_size, p.name) for p in (output / "search" / "w").glob("*.js")), default=(0, "")),
        "libraries": weight.libraries,
        "kinds": largest_by_kind(weights, output),
        "timeline_max": max(weights[p] for p in output.glob("timeline*.html")),
        "site_bytes": sum(p.stat().st_size for p in output.rglob("*") if p.is_file()),
        "site_gzip": sum(
            len(gzip.compress(p.read_bytes(), 6)) for p in output.rglob("*") if p.is_file() and p.suffix in (".html", ".js", ".css", ".json", ".csv")
        ),
    }


def largest_by_kind(weights: dict[Path, int], output: Path) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for page, size in weights.items():
        relative = page.relative_to(output).as_posix()
        kind = page_kind(relative)
        if kind not in found or size > found[kind][1]:
            found[kind] = (relative, size)
    return dict(sorted(found.items(), key=lambda item: -item[1][1]))


def kb(value: float) -> str:
    return f"{value / 1024:,.1f} KB"


def mib(value: float) -> str:
    return f"{value / 2**20:,.0f} MiB"


def middle_run(runs: list[dict]) -> dict:
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def report(row: dict) -> None:
    cold = [r["seconds"] for r in row["cold"]]
    plain = [r["seconds"] for r in row["plain"]]
    warm = [r["seconds"] for r in row["warm"]]
    ratios = [c / p for c, p in zip(cold, plain, strict=True)]
    row["ratio"] = median(ratios)
    row["peak"] = max(r["peak"] for r in row["cold"] + row["warm"])
    print(f"{row['size']:,} reports, {row['archive']} archive ({row['provisional']} provisional speakers): {row['speakers_line'].split('] ', 1)[-1]}")
    print(
        f"  cold: Dossier {spread(cold)}, CPU {spread([r['cpu'] for r in row['cold']])} (the build and its workers), {row['pages']:,} pages"
        f" | plain Pelican {spread(plain)}, {row['plain_pages']:,} pages"
        f" | ratio {row['ratio']:.2f} (each round: {', '.join(f'{r:.2f}' for r in ratios)})"
    )
    reuse = [re.search(r"pages: (.*)", r["stdout"]) for r in row["warm"]]
    read = [re.search(r"analysed .*?: (\d+) read", r["stdout"]) for r in row["warm"]]
    # the build process's own CPU time when its pages are done (its stage lines say it): the rest is the worker that
    # read the edited report, and the end of the build
    main_cpu = [float(m.group(1)) for r in row["warm"] if (m := re.search(r"cpu +([\d.]+) s\] pages:", r["stdout"]))]
    print(
        f"  warm, one report edited: {spread(warm)}, CPU {spread([r['cpu'] for r in row['warm']])}"
        + (f" (build process {spread(main_cpu)})" if main_cpu else "")
        + f" (reports read again: {', '.join(m.group(1) if m else '?' for m in read)};"
        f" pages: {reuse[0].group(1) if reuse[0] else '?'})"
    )
    print(
        f"  peak memory, all processes: Dossier {mib(row['peak'])} (cold rounds {', '.join(mib(r['peak']) for r in row['cold'])}),"
        f" plain Pelican {mib(max(r['peak'] for r in row['plain']))}"
    )
    print(
        f"  largest page (HTML+CSS+JS): {row['largest'][0]} {kb(row['largest'][1])}; largest but the search page:"
        f" {row['largest_not_search'][1]} {kb(row['largest_not_search'][0])}"
    )
    print(
        f"  page weight: section max {kb(row['section_max'])}, speaker median {kb(row['speaker_median'])}, speaker max {kb(row['speaker_max'])},"
        f" timeline page max {kb(row['timeline_max'])}, map {kb(row['map'])}; whole site {row['site_bytes'] / 2**20:.1f} MiB"
        f" ({row['site_gzip'] / 2**20:.1f} MiB gzipped text)"
    )
    print(
        "  largest page of each kind (HTML+CSS+JS, libraries apart): "
        + "; ".join(f"{kind} {name} {kb(size)}{'' if size <= 300 * 1024 else ' OVER 300 KB'}" for kind, (name, size) in row["kinds"].items())
    )
    print(
        f"  search index, scripts a query loads (search.html above counts only search/index.js): {len(row['search_files']):,} files,"
        f" {kb(sum(row['search_files']))}; largest word shard {row['search_shard'][1]} {kb(row['search_shard'][0])}"
    )
    for name, size in row["libraries"].items():
        print(f"  library {name}, cached once for the site, not counted above: {kb(size)}{' (over 300 KB by itself)' if size > 300 * 1024 else ''}")
    for title, run in (("cold", middle_run(row["cold"])), ("warm", middle_run(row["warm"]))):
        print(f"  stages, {title} (median round):")
        for line in stage_lines(run["stdout"]):
            print(f"      {line}")


def verdicts(rows: dict[tuple[int, str], dict], archive: str) -> str:
    sizes = sorted(size for size, name in rows if name == archive)
    largest, smallest = sizes[-1], sizes[0]
    big = rows[(largest, archive)]
    warm = median([r["seconds"] for r in big["warm"]])
    found = [
        (f"Dossier/plain Pelican <= 1.0 at {largest:,}", big["ratio"] <= 1.0, f"{big['ratio']:.2f}"),
        ("peak memory <= 1 GiB", big["peak"] <= GIB, mib(big["peak"])),
        (f"warm rebuild <= {2 if largest >= 1000 else 1} s", warm <= (2 if largest >= 1000 else 1), f"{warm:.1f} s"),
        (f"largest page <= 300 KB at {largest:,}", big["largest"][1] <= 300 * 1024, f"{big['largest'][0]} {kb(big['largest'][1])}"),
        *((f"library {name} <= 300 KB", size <= 300 * 1024, kb(size)) for name, size in big["libraries"].items()),
        ("section page <= 30 KB", big["section_max"] <= 30 * 1024, kb(big["section_max"])),
    ]
    if largest != smallest:
        growth = median([r["seconds"] for r in big["cold"]]) / median([r["seconds"] for r in rows[(smallest, archive)]["cold"]])
        limit = 1.1 * largest / smallest
        found.insert(1, (f"growth {smallest:,}->{largest:,} <= {limit:.0f}x", growth <= limit, f"{growth:.1f}x"))
    return f"targets, {archive} archive: " + "; ".join(f"{name}: {value} {'holds' if ok else 'MISSED'}" for name, ok, value in found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100], help="archive sizes (default 100)")
    parser.add_argument("--large", action="store_true", help="also 1,000 reports")
    parser.add_argument("--archives", default="realistic,known", help="realistic, known or both (default)")
    parser.add_argument("--rounds", type=int, default=3, help="cold and warm builds per archive (default 3)")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes + ([1000] if args.large else [])))
    archives = [a.strip() for a in args.archives.split(",") if a.strip()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    changed = subprocess.run(["git", "status", "--porcelain", "plugins", "theme", "pelicanconf.py"], cwd=ROOT, capture_output=True, text=True).stdout
    print(
        f"archive benchmark: sizes {', '.join(f'{s:,}' for s in sizes)}; archives {', '.join(archives)}; {args.rounds} rounds;"
        f" code at {commit}{' with uncommitted changes' if changed.strip() else ''}; {os.cpu_count()} CPUs,"
        f" load average {os.getloadavg()[0]:.1f} at the start; attribution engine {'compiled (invoke compile)' if compiled_engine() else 'plain Python'}"
    )
    rows: dict[tuple[int, str], dict] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dossier-archive-bench-") as folder:
        code = snapshot(Path(folder))
        for size in sizes:
            for archive in archives:
                rows[(size, archive)] = row = run_archive(size, archive == "realistic", args.rounds, Path(folder), code)
                report(row)
    for archive in archives:
        print(verdicts(rows, archive))
    print(f"benchmark took {time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
