"""Relation benchmark: the typed relations of the actor map against hand-made gold in tests/corpus/relations.

    .venv/bin/python bench/relations.py        # -v adds each relation's sentence and the gold relations missed

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
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "bench"))

from attribution import text_of  # noqa: E402
from dossier.actors import fold_chars, load_registry  # noqa: E402
from dossier.document import read_report  # noqa: E402
from dossier.importer import import_text  # noqa: E402
from dossier.relations import TYPED, EvidenceReader  # noqa: E402
from dossier.statements import extract_statements  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
