"""Relation benchmark: the typed relations of the actor map against hand-made gold in tests/corpus/relations.

    .venv/bin/python bench/relations.py        # -v adds each relation's sentence and the gold relations missed
    .venv/bin/python bench/relations.py --dump FILE   # every reading of every text, all fields, as JSON (to diff)
    .venv/bin/python bench/relations.py --speed       # only the CPU time of relation reading
    .venv/bin/python bench/relations.py --once seed   # one round for callgrind (--toggle-collect=_operator_call)
    .venv/bin/python bench/relations.py --once sample # every tenth gold text, each read once, for callgrind

Each gold text is imported as a user would (`dossier.importer`), its statements
found with the committed registry (which knows the first report's actors and
nobody else's) and its sentences read for relations (`dossier.relations`,
`dossier.clauses`). Printed per text and overall: the typed relations found
(contact, support, opposition, quoting), how many are right, borderline (the
gold's "argue either way" list: neither right nor wrong) and wrong, precision
(right / (right + wrong)) and recall (gold relations found / gold relations);
then whether any of the wrong relations named in issue 14 appears. A relation is
one (source, kind, target); contact has no direction. Ends match by full name,
surname or alias (tests/corpus/relations/*.json say how they were annotated).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import operator
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

from attribution import clear_function_caches, text_of  # noqa: E402
from dossier.actors import Registry, fold_chars, load_registry  # noqa: E402
from dossier.document import read_report  # noqa: E402
from dossier.importer import import_text  # noqa: E402
from dossier.model import Report  # noqa: E402
from dossier.relations import TYPED, EvidenceReader, ReportReading  # noqa: E402
from dossier.statements import extract_statements  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "corpus" / "reports"
TARGETS = {"precision": 0.9, "recall": 0.6}


def folded(name: str) -> str:
    return " ".join(fold_chars(name).replace("’", "'").replace(".", "").split())


def same_actor(forms: list[str], gold: str) -> bool:
    """Whether an end named by any of `forms` is the gold's actor ('A|B': either name)."""
    for wanted in (folded(g) for g in gold.split("|")):
        for form in (folded(f) for f in forms):
            if not form or not wanted:
                continue
            if form == wanted or (form.split()[-1] == wanted.split()[-1] and len(wanted.split()[-1]) >= 4 and " " in form + wanted):
                return True
    return False


def matches(found: tuple, entry: dict) -> bool:
    source, kind, target = found
    if kind != entry["kind"]:
        return False
    if same_actor(source, entry["source"]) and same_actor(target, entry["target"]):
        return True
    return kind == "contact" and same_actor(target, entry["source"]) and same_actor(source, entry["target"])


def typed_relations(path: Path) -> dict[tuple, list]:
    """(source forms, kind, target forms) -> the evidence read for it, for one corpus text."""
    registry = load_registry(str(ROOT / "content" / "actors.toml"))
    result = import_text(text_of(path), path.name, path.stem)
    report = read_report(result.markdown, f"reports/{path.stem}.md")
    extraction = extract_statements(report, registry)
    reading = EvidenceReader(registry, extraction.statements).read(report)

    def forms(key: str) -> tuple[str, ...]:
        if key in registry:
            actor = registry[key]
            return (actor.name, *actor.aliases)
        return (reading.names.get(key, key.lstrip("~")),)

    found: dict[tuple, list] = {}
    for source, target, kind, evidence in reading.relations:
        if kind not in TYPED:
            continue
        if kind == "contact":
            source, target = sorted((source, target))
        found.setdefault((forms(source), kind, forms(target)), []).append(evidence)
    return found


def score(path: Path, gold: dict, verbose: bool) -> dict:
    found = typed_relations(path)
    right, borderline, wrong, issue_hits = [], [], [], []
    lines: list[str] = []
    gold_found = set()
    for relation, evidence in sorted(found.items(), key=lambda item: (item[0][1], item[0][0][0], item[0][2][0])):
        hits = [i for i, entry in enumerate(gold["relations"]) if matches(relation, entry)]
        label = f"{relation[0][0]} —{relation[1]}→ {relation[2][0]}"
        if hits:
            right.append(label)
            gold_found.update(hits)
            verdict = "right"
        elif any(matches(relation, entry) for entry in gold.get("borderline", [])):
            borderline.append(label)
            verdict = "borderline"
        else:
            wrong.append(label)
            verdict = "WRONG"
            if any(matches(relation, entry) and entry.get("issue") for entry in gold.get("not_supported", [])):
                issue_hits.append(label)
        lines.append(f"    {verdict:10} {label}  [{evidence[0].rule}]")
        if verbose:
            lines.append(f"               {evidence[0].text[:200]}")
    missed = [f"{e['source']} —{e['kind']}→ {e['target']}" for i, e in enumerate(gold["relations"]) if i not in gold_found]
    return {
        "right": right,
        "borderline": borderline,
        "wrong": wrong,
        "missed": missed,
        "gold": len(gold["relations"]),
        "gold_found": len(gold_found),
        "issue": issue_hits,
        "lines": lines,
    }


def dump_texts() -> list[Path]:
    """The seed report as the build reads it, every corpus text, and the shared corpus's texts."""
    texts = sorted((ROOT / "content" / "reports").glob("*.md"))
    texts += sorted((CORPUS / "reports").glob("*.txt"))
    texts += sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
    return texts


def report_of(path: Path) -> Report:
    if path.suffix == ".md":
        return read_report(path.read_text(encoding="utf-8"), f"reports/{path.name}")
    result = import_text(text_of(path), path.name, path.stem)
    return read_report(result.markdown, f"reports/{path.stem}.md")


def drop_provisional(registry: Registry) -> None:
    for actor in [a for a in registry.actors.values() if a.provisional]:
        registry.remove(actor.id)


def reading_data(reading: ReportReading) -> dict:
    def evidence(e) -> dict:
        fields = dataclasses.asdict(e)
        fields["date"] = e.date.isoformat() if e.date else None
        return fields

    return {
        "named": reading.named,
        "relations": [[source, target, kind, evidence(e)] for source, target, kind, e in reading.relations],
        "names": sorted(reading.names.items()),
    }


def dump(out: str) -> None:
    """Every relation and evidence EvidenceReader.read finds, all fields, for every text, with the committed registry
    and each text's statements (a build's worker: one registry, each report's provisional actors removed after it).
    The texts are read in order and then once more in reverse order, which must give the same readings."""
    registry = load_registry(str(ROOT / "content" / "actors.toml"))
    texts = dump_texts()

    def read_all(order: list[Path]) -> dict[str, dict]:
        readings = {}
        for path in order:
            report = report_of(path)
            extraction = extract_statements(report, registry)
            reading = EvidenceReader(registry, extraction.statements).read(report)
            drop_provisional(registry)
            readings[str(path.relative_to(ROOT.parent))] = reading_data(reading)
        return readings

    forward = read_all(texts)
    backward = read_all(texts[::-1])
    assert forward == backward, "the readings depend on the order the texts are read in"
    Path(out).write_text(json.dumps(forward, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    relations = sum(len(r["relations"]) for r in forward.values())
    print(f"{len(forward)} texts, {relations} relations, {sum(len(r['named']) for r in forward.values())} mentions -> {out}")


ROUNDS = 15
SPEED_TARGET_MS = 8.0


def speed() -> None:
    """Median CPU time of EvidenceReader.read per 5,000 words, for the seed and the longest corpus text, each round as
    a build's worker reads a report: the statements found beforehand (not timed), dossier's caches emptied, another
    report read first with a registry loaded afresh (nothing cached from the rounds before: a build reads each report
    once), this report's provisional speakers in the registry."""
    reports = timed_reports()
    print(
        f"\nrelation reading (EvidenceReader.read; CPU of this process on one core, median of {ROUNDS} rounds; target ≤ {SPEED_TARGET_MS:g} ms per 5,000 words):"
    )
    held = True
    for index, report in enumerate(reports):
        other = reports[index - 1]
        words = len(report.source_text.split())
        times = [read_once(report, other) for _ in range(ROUNDS)]
        per = statistics.median(times) * 5000 / words * 1000
        held = held and per <= SPEED_TARGET_MS
        print(
            f"  {report.slug}: {statistics.median(times) * 1000:.1f} ms for {words} words = {per:.1f} ms per 5,000 words "
            f"(fastest round {min(times) * 5000 / words * 1000:.1f}); target ≤ {SPEED_TARGET_MS:g} ms {'holds' if per <= SPEED_TARGET_MS else 'MISSED'}"
        )
    worker_speed()
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; target {'holds' if held else 'MISSED'}")


def timed_reports() -> list[Report]:
    """The seed report and the longest corpus text (the RAND report), as speed() times them."""
    seed = sorted((ROOT / "content" / "reports").glob("*.md"))[0]
    longest = max(sorted((CORPUS / "reports").glob("*.txt")), key=lambda p: len(text_of(p).split()))
    return [report_of(seed), report_of(longest)]


def read_once(report: Report, other: Report, call: Callable[..., object] = operator.call) -> float:
    """CPU seconds of one round of speed() for one report, `other` read first.

    The report is read inside operator.call, which nothing else here calls: `valgrind --tool=callgrind
    --toggle-collect=_operator_call` counts that call's instructions alone (see --once)."""
    re.purge()
    clear_function_caches()
    registry = load_registry(str(ROOT / "content" / "actors.toml"))
    statements = extract_statements(other, registry).statements
    EvidenceReader(registry, statements).read(other)
    drop_provisional(registry)
    clear_function_caches()
    statements = extract_statements(report, registry).statements
    reader = EvidenceReader(registry, statements)
    started = time.process_time()
    call(reader.read, report)
    spent = time.process_time() - started
    drop_provisional(registry)
    return spent


def once(which: str) -> None:
    """What callgrind is run on: one round of speed() for the seed ('seed') or the longest text ('longest'), after a
    round of the other text (which compiles what the reader keeps for good, each cue's twin, as the first of speed()'s
    rounds does, so the figure is that of the median round); or the worker's reading of its reports ('worker', every
    report counted); or every SAMPLE_EVERY-th gold text ('sample', each read once after the text before it): what real
    reports nobody has put in the registry cost."""
    if which == "worker":
        worker_speed(operator.call)  # all its reports' reading counted
        return
    if which == "sample":
        once_sample()
        return
    reports = timed_reports()
    index = ["seed", "longest"].index(which)
    read_once(reports[index - 1], reports[index], call=lambda read, report: read(report))
    spent = read_once(reports[index], reports[index - 1])
    print(f"{reports[index].slug}: read once in {spent * 1000:.1f} ms of CPU")


SAMPLE_EVERY = 10  # --once sample: every tenth gold text, in name order (as bench/attribution.py's)


def once_sample() -> None:
    """Every SAMPLE_EVERY-th gold text read once, each as one round of speed() after the sample's text before it."""
    reports = [report_of(path) for path in sorted((CORPUS / "reports").glob("*.txt"))[::SAMPLE_EVERY]]
    spent = sum(read_once(report, reports[index - 1]) for index, report in enumerate(reports))
    words = sum(len(report.source_text.split()) for report in reports)
    print(f"sample of {len(reports)} gold texts ({words} words): read once each in {spent * 1000:.1f} ms of CPU")


WORKER_ARCHIVE, WORKER_READS = 100, 40


def worker_speed(call: Callable[..., object] = lambda read, report: read(report)) -> None:
    """Median CPU time of EvidenceReader.read per report as an analysis worker of a cold archive build reads its
    reports: the first WORKER_READS reports of bench/archive.py's realistic archive of WORKER_ARCHIVE reports (the seed
    report with a third of its quoted people renamed per generation), one after the other in one process with one
    registry, dossier's caches kept from report to report, each report's statements found first (not timed) and its
    provisional speakers removed after it."""
    from archive import synthesize

    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        content.mkdir()
        synthesize(content, WORKER_ARCHIVE, True)
        registry = load_registry(str(content / "actors.toml"))
        files = sorted((content / "reports").glob("*.md"))[:WORKER_READS]
        times, words = [], 0
        for path in files:
            report = read_report(path.read_text(encoding="utf-8"), f"reports/{path.name}")
            reader = EvidenceReader(registry, extract_statements(report, registry).statements)
            started = time.process_time()
            call(reader.read, report)
            times.append(time.process_time() - started)
            drop_provisional(registry)
            words = len(report.source_text.split())
    print(
        f"  in a build's worker ({WORKER_READS} reports of a realistic archive of {WORKER_ARCHIVE}, caches kept): "
        f"{statistics.median(times) * 1000:.1f} ms a report of {words} words (the first {times[0] * 1000:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--dump", metavar="FILE", help="write every reading of every text to FILE as JSON, and stop")
    parser.add_argument("--no-speed", action="store_true", help="leave out the speed lines")
    parser.add_argument("--speed", action="store_true", help="print only the speed lines")
    parser.add_argument(
        "--once",
        choices=["seed", "longest", "worker", "sample"],
        help="read one timed text (or 'sample': every tenth gold text) once and stop; its instructions alone: valgrind --tool=callgrind --toggle-collect=_operator_call",
    )
    args = parser.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if args.speed:
        speed()
        return
    if args.once:
        once(args.once)
        return
    print("== typed relations (contact, support, opposition, quoting) against tests/corpus/relations")
    print(f"{'text':46} {'found':>5} {'right':>5} {'border':>6} {'wrong':>5} {'P':>5} {'gold':>5} {'R':>5}")
    totals = {"found": 0, "right": 0, "borderline": 0, "wrong": 0, "gold": 0, "gold_found": 0}
    issue_hits: list[str] = []
    for gold_file in sorted((CORPUS / "relations").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = ROOT / gold["text"]
        result = score(path, gold, args.verbose)
        found = len(result["right"]) + len(result["borderline"]) + len(result["wrong"])
        judged = len(result["right"]) + len(result["wrong"])
        precision = len(result["right"]) / judged if judged else 1.0
        recall = result["gold_found"] / result["gold"] if result["gold"] else 1.0
        print(
            f"{path.stem[:46]:46} {found:5} {len(result['right']):5} {len(result['borderline']):6} {len(result['wrong']):5} "
            f"{precision:5.2f} {result['gold']:5} {recall:5.2f}"
        )
        print("\n".join(result["lines"]))
        if args.verbose:
            for label in result["missed"]:
                print(f"    missed: {label}")
        totals["found"] += found
        totals["right"] += len(result["right"])
        totals["borderline"] += len(result["borderline"])
        totals["wrong"] += len(result["wrong"])
        totals["gold"] += result["gold"]
        totals["gold_found"] += result["gold_found"]
        issue_hits += result["issue"]
    judged = totals["right"] + totals["wrong"]
    precision = totals["right"] / judged if judged else 1.0
    recall = totals["gold_found"] / totals["gold"] if totals["gold"] else 1.0
    print(
        f"{'all':46} {totals['found']:5} {totals['right']:5} {totals['borderline']:6} {totals['wrong']:5} "
        f"{precision:5.2f} {totals['gold']:5} {recall:5.2f}"
    )
    print(f"wrong relations of issue 14 found: {len(issue_hits)}" + (f" ({'; '.join(issue_hits)})" if issue_hits else " (none)"))
    met = [f"precision {precision:.2f} (target ≥ {TARGETS['precision']}) {'met' if precision >= TARGETS['precision'] else 'MISSED'}"]
    met.append(f"recall {recall:.2f} (target ≥ {TARGETS['recall']}) {'met' if recall >= TARGETS['recall'] else 'MISSED'}")
    print("targets: " + "; ".join(met))
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
