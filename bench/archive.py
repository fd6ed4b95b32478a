"""Benchmark: archives of 100 and 1,000 reports shaped like the first one, built by Dossier and by plain Pelican.

Prints figures and a last line with each target and whether it holds; it asserts nothing.
Each report is the first report with its people, outlets and organizations renamed by
"generation" (one generation per ten reports), so speakers, speaker pages and the map
grow with the archive. Plain Pelican builds the same Markdown bodies with its stock
Markdown reader and default theme.

    python bench/archive.py            # 100 and 1,000 reports
    python bench/archive.py 100        # one size
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_REPORT = next((ROOT / "content" / "reports").glob("*.md"))
SEED_REGISTRY = ROOT / "content" / "actors.toml"
TAGS = ["Kalo", "Miren", "Tavos", "Dusel", "Anbri", "Corez", "Fagil", "Hoix", "Lotar", "Vesko", "Irun", "Baska"]
VARIED_KINDS = {"person", "outlet", "organization"}
GIB = 1024**3
WORKERS = os.cpu_count() or 1


def tag(generation: int) -> str:
    return TAGS[generation % len(TAGS)] + ("" if generation < len(TAGS) else str(generation // len(TAGS)))


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def synthesize(content: Path, reports: int) -> None:
    registry = tomllib.loads(SEED_REGISTRY.read_text(encoding="utf-8"))["actor"]
    varied = [a for a in registry if a.get("kind") in VARIED_KINDS]
    varied_ids = {a["id"] for a in varied}
    generations = max(1, reports // 10)
    lines = []
    for actor in registry:
        if actor["id"] not in varied_ids:
            lines.append(entry(actor, actor["id"], actor["name"], actor.get("aliases", []), actor.get("affiliation")))
    for generation in range(generations):
        suffix = tag(generation)
        for actor in varied:
            forms = [*actor.get("aliases", []), *(a for role in actor.get("roles", []) for a in role.get("aliases", []))]
            affiliation = actor.get("affiliation")
            if affiliation in varied_ids:
                affiliation = f"{affiliation}-{suffix.lower()}"
            lines.append(entry(actor, f"{actor['id']}-{suffix.lower()}", f"{actor['name']}-{suffix}", [f"{f}-{suffix}" for f in forms], affiliation))
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text("\n".join(lines), encoding="utf-8")
    seed = SEED_REPORT.read_text(encoding="utf-8")
    front, body = seed.split("+++", 2)[1], seed.split("+++", 2)[2]
    forms = sorted(
        {f for a in varied for f in [a["name"], *a.get("aliases", []), *(x for r in a.get("roles", []) for x in r.get("aliases", []))]},
        key=len,
        reverse=True,
    )
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)
    seed_date = dt.date(2021, 12, 9)
    for number in range(reports):
        suffix = tag(number % generations)
        text = pattern.sub(lambda m, suffix=suffix: f"{m.group(0)}-{suffix}", body)
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

MEASURE = """
import resource, runpy, sys, time, json
started = time.perf_counter()
code = 0
sys.argv = sys.argv[2:]
try:
    runpy.run_module(sys.argv[0], run_name="__main__")
except SystemExit as exit:
    code = exit.code or 0
peaks = {"peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "worker_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}
print(json.dumps({"seconds": time.perf_counter() - started, **peaks, "code": code}), file=open(MEASURE_FILE, "w"))
"""


def measured(module: str, args: list[str], env: dict, work: Path) -> dict:
    result_file = work / "measure.json"
    script = work / "measure.py"
    script.write_text(f"MEASURE_FILE = {str(result_file)!r}\n" + MEASURE, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), "--", module, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    result = json.loads(result_file.read_text())
    if result["code"]:
        raise SystemExit(f"{module} failed:\n{run.stderr[-2000:]}")
    result["stdout"] = run.stdout
    return result


def weight(site: Path, html: Path) -> int:
    """HTML plus every stylesheet and script the page loads, before compression."""
    text = html.read_text(encoding="utf-8")
    total = len(text.encode())
    for reference in re.findall(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"', text):
        total += (html.parent / reference).resolve().stat().st_size
    return total


def run_size(reports: int, work: Path) -> dict:
    content = work / f"content-{reports}"
    synthesize(content, reports)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    dossier_out = work / f"dossier-{reports}"
    dossier = measured("sitebuild", ["--content", str(content), "--output", str(dossier_out)], env, work)
    plain_content = work / f"plain-content-{reports}"
    plain_pelican_content(content, plain_content)
    settings = work / "plainconf.py"
    settings.write_text(PLAIN_SETTINGS, encoding="utf-8")
    plain = measured("pelican", [str(plain_content), "-s", str(settings), "-o", str(work / f"plain-{reports}"), "-q"], env, work)
    edited = content / "reports" / "report-0001.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Iran's show of strength", "Iran's display of strength", 1), encoding="utf-8")
    warm = measured("sitebuild", ["--content", str(content), "--output", str(dossier_out)], env, work)
    pages = sum(1 for _ in dossier_out.rglob("*.html"))
    report = next(p for p in sorted((dossier_out / "reports").iterdir()))
    sections = [p for p in report.glob("*.html") if p.name not in ("index.html", "notes.html")]
    speaker_pages = sorted((dossier_out / "speakers").glob("*.html"))
    return {
        "reports": reports,
        "dossier": dossier,
        "plain": plain,
        "warm": warm,
        "pages": pages,
        "plain_pages": sum(1 for _ in (work / f"plain-{reports}").rglob("*.html")),
        "section_max": max(weight(dossier_out, p) for p in sections),
        "speaker_max": max(weight(dossier_out, p) for p in speaker_pages if p.name != "index.html"),
        "speaker_median": sorted(weight(dossier_out, p) for p in speaker_pages)[len(speaker_pages) // 2],
        "map": weight(dossier_out, dossier_out / "map.html"),
        "timeline_max": max(weight(dossier_out, p) for p in dossier_out.glob("timeline*.html")),
        "site_bytes": sum(p.stat().st_size for p in dossier_out.rglob("*") if p.is_file()),
        "site_gzip": sum(
            len(gzip.compress(p.read_bytes(), 6))
            for p in dossier_out.rglob("*")
            if p.is_file() and p.suffix in (".html", ".js", ".css", ".json", ".csv")
        ),
    }


def memory(run: dict) -> int:
    """The build's peak plus every report-reading worker at the largest one's peak: an upper bound."""
    return run["peak"] + WORKERS * run["worker_peak"]


def kb(value: float) -> str:
    return f"{value / 1024:,.1f} KB"


def main(sizes: list[int]) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            work = Path(folder) / str(size)
            work.mkdir()
            results[size] = row = run_size(size, work)
            ratio = row["dossier"]["seconds"] / row["plain"]["seconds"]
            print(
                f"{size:5d} reports: Dossier {row['dossier']['seconds']:7.1f} s, peak {memory(row['dossier']) / 2**20:6.0f} MiB"
                f" (main {row['dossier']['peak'] / 2**20:.0f} + {WORKERS} workers of at most {row['dossier']['worker_peak'] / 2**20:.0f}), {row['pages']:6d} pages | "
                f"plain Pelican {row['plain']['seconds']:7.1f} s, peak {row['plain']['peak'] / 2**20:6.0f} MiB, {row['plain_pages']:6d} pages | ratio {ratio:.2f}"
            )
            reuse = re.search(r"pages: .*", row["warm"]["stdout"])
            print(f"      warm rebuild after editing one report: {row['warm']['seconds']:.1f} s ({reuse.group(0) if reuse else 'no page reused'})")
            print(
                f"      page weight (HTML+CSS+JS): section max {kb(row['section_max'])}, speaker median {kb(row['speaker_median'])}, "
                f"speaker max {kb(row['speaker_max'])}, timeline page max {kb(row['timeline_max'])}, map {kb(row['map'])}; whole site {row['site_bytes'] / 2**20:.1f} MiB ({row['site_gzip'] / 2**20:.1f} MiB gzipped text)"
            )
            stages = [line for line in row["dossier"]["stdout"].splitlines() if line.startswith("[")]
            for line in stages:
                print(f"      {line}")
    largest, smallest = max(results), min(results)
    big = results[largest]
    verdicts = [
        (
            "Dossier/plain Pelican <= 1.0",
            big["dossier"]["seconds"] / big["plain"]["seconds"] <= 1.0,
            f"{big['dossier']['seconds'] / big['plain']['seconds']:.2f}",
        ),
        ("peak memory <= 1 GiB", memory(big["dossier"]) <= GIB, f"{memory(big['dossier']) / 2**20:.0f} MiB"),
        ("warm rebuild <= 2 s", big["warm"]["seconds"] <= 2, f"{big['warm']['seconds']:.1f} s"),
        ("section page <= 30 KB", big["section_max"] <= 30 * 1024, kb(big["section_max"])),
    ]
    if largest != smallest:
        growth = big["dossier"]["seconds"] / results[smallest]["dossier"]["seconds"]
        verdicts.insert(
            1, (f"growth {smallest}->{largest} <= {11 * largest // smallest // 10}x", growth <= 1.1 * largest / smallest, f"{growth:.1f}x")
        )
    print(f"targets at {largest} reports: " + "; ".join(f"{name}: {value} {'holds' if ok else 'MISSED'}" for name, ok, value in verdicts))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000])
