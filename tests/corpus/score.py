"""Score the speaker detector against the quote-level gold in tests/corpus/gold.

    .venv/bin/python tests/corpus/score.py              # import every text here, build a site in a temp folder, score it
    .venv/bin/python tests/corpus/score.py -v           # and list each miss and each statement that is not in the gold
    .venv/bin/python tests/corpus/score.py --min-words 3  # leave out gold quotes of fewer than 3 words (and what matches them)
    .venv/bin/python tests/corpus/score.py --statements output/data/statements.json \\
        --report irans-defeat-in-the-second-nagorno-karabakh-war-part-iii=00-memri-seed

Without --statements, each tests/corpus/reports/<stem>.txt (less its `Source:` line and the
blank line after it) is imported with `--slug <stem>` into a copy of content/ that keeps only
content/actors.toml, and built with `python -m sitebuild` into a temporary folder.

A detected statement matches a gold quote when, with whitespace and diacritics folded, one
text starts with the other (the gold gives the first 12 words of a long quote), else when one
holds the other; each gold quote is matched at most once. The speaker is right when the
detector's name and the gold name or one of its aliases (of four letters or more) agree,
one holding the other. precision = right speaker / detected, recall = right speaker / gold.
A joint quote (one span, two gold speakers) is two gold quotes: one detected statement can
match only one of them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def fold(text: str, case: bool = False) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = " ".join("".join(char for char in text if not unicodedata.combining(char)).split())
    return text if case else text.lower()


def load_gold(stem: str) -> dict:
    path = HERE / "gold" / f"{stem}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"{path}: no such gold file (the stems are the names in tests/corpus/gold)") from None
    except json.JSONDecodeError as error:
        raise SystemExit(f"{path}:{error.lineno}: not valid JSON: {error.msg}") from None


def load_statements(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"{path}: no such file") from None
    except json.JSONDecodeError as error:
        raise SystemExit(f"{path}:{error.lineno}: not valid JSON: {error.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise SystemExit(f"{path}:1: expected an object with a 'statements' list (output/data/statements.json)")
    return data["statements"]


def build_corpus_site(folder: Path) -> Path:
    """Import every corpus text into a fresh content folder and build it; return statements.json."""
    content = folder / "content"
    (content / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "actors.toml", content / "actors.toml")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    for text_path in sorted((HERE / "reports").glob("*.txt")):
        lines = text_path.read_text(encoding="utf-8").split("\n")
        if lines and lines[0].startswith("Source:"):
            lines = lines[2:] if len(lines) > 1 and not lines[1].strip() else lines[1:]
        export = folder / "exports" / text_path.name
        export.parent.mkdir(exist_ok=True)
        export.write_text("\n".join(lines), encoding="utf-8")
        code = f"from dossier.reportimport import import_file; import_file({str(export)!r}, {str(content)!r}, slug={text_path.stem!r}, out=open('/dev/null', 'w'))"
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        if result.returncode:
            raise SystemExit(f"{text_path}: the import failed: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
    output = folder / "output"
    result = subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise SystemExit(f"the corpus site did not build: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
    return output / "data" / "statements.json"


def find_whole(outer: str, inner: str, at_start: bool = False) -> int:
    """Where `inner` first stands in `outer` as whole words ("if" is not in "specific"), or at its start; -1 if nowhere."""
    start = outer.find(inner)
    while start != -1 and (not at_start or start == 0):
        end = start + len(inner)
        if (start == 0 or not outer[start - 1].isalnum() or not inner[0].isalnum()) and (
            end == len(outer) or not outer[end].isalnum() or not inner[-1].isalnum()
        ):
            return start
        start = outer.find(inner, start + 1)
    return -1


def holds(outer: str, inner: str, at_start: bool = False) -> bool:
    """Whether `inner` is in `outer` as whole words ("if" is not in "specific"), or at its start."""
    return find_whole(outer, inner, at_start) != -1


def fits(found: str, wanted: str, loose: bool) -> bool:
    """One text starts with the other; or, loosely, one holds the other: in whole words."""
    if not found or not wanted:
        return False
    head = found if len(found) <= 60 else found[:60].rsplit(" ", 1)[0]  # a long statement's first words
    return holds(found, wanted, not loose) or holds(wanted, head, not loose)


def match(detected: list[dict], gold: dict) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """Pairs (statement, gold quote or None) and the gold quotes left unmatched."""
    quotes = gold["quotes"]
    used: set[int] = set()
    pairs = []

    def first(candidates: list[int], statement: dict) -> int | None:
        """A joint statement's words are entered once per speaker: the entry of the statement's own speaker first."""
        return next((i for i in candidates if right_speaker(statement, quotes[i], gold)), candidates[0] if candidates else None)

    for statement in detected:
        hit = None
        exact = statement.get("quote", "")  # the very span first ("difficult, but businesslike," is not the earlier "difficult")
        hit = first([i for i, quote in enumerate(quotes) if i not in used and quote["text"] == exact], statement) if exact else None
        # the same letters and case first (a title-case heading restating a quote is another gold quote)
        for case, loose in ((True, False), (True, True), (False, False), (False, True)) if hit is None else ():
            found = fold(statement.get("quote", ""), case)
            hit = first([i for i, quote in enumerate(quotes) if i not in used and fits(found, fold(quote["text"], case), loose)], statement)
            if hit is not None:
                break
        if hit is not None:
            used.add(hit)
        pairs.append((statement, quotes[hit] if hit is not None else None))
    return pairs, [quote for i, quote in enumerate(quotes) if i not in used]


def only_quotes(pairs: list[tuple[dict, dict | None]], missed: list[dict], kept: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """The pairs and misses of `match` restricted to the kept gold quotes: a statement matching a left-out quote leaves too."""
    kept_ids = {id(quote) for quote in kept}
    return [(s, q) for s, q in pairs if q is None or id(q) in kept_ids], [q for q in missed if id(q) in kept_ids]


def right_speaker(statement: dict, quote: dict, gold: dict) -> bool:
    names = [quote["speaker"]]
    for speaker in gold["speakers"]:
        if speaker["name"] == quote["speaker"]:
            names += [alias for alias in speaker.get("aliases", []) if len(alias) >= 4]
    said = fold(statement.get("speaker_name", ""))
    others = {
        fold(name) for speaker in gold["speakers"] if speaker["name"] != quote["speaker"] for name in [speaker["name"], *speaker.get("aliases", [])]
    }
    own_name = fold(quote["speaker"])
    if said in others or said in other_actors_mentioned(gold, own_name):
        return False  # "Kremlin" for Peskov, whose alias is "Kremlin spokesman Dmitry Peskov": another speaker of the gold
    return bool(said) and any(names_match(said, fold(name)) and not in_role_before_name(said, fold(name), own_name) for name in names)


def other_actors_mentioned(gold: dict, own_name: str) -> set[str]:
    """The gold's mentioned actors that are not the speaker: "Inside Harbourline" (an activist group) holds "Harbourline"
    (the company that spoke), but the group is another actor of the text, so crediting it is no match. A mentioned
    actor that is a part of the speaker's own name ("Peskov" for "Dmitry Peskov") is still hers."""
    return {fold(actor) for actor in gold.get("actors_mentioned", [])} - {
        fold(actor) for actor in gold.get("actors_mentioned", []) if holds(own_name, fold(actor))
    }


def in_role_before_name(said: str, alias: str, own_name: str) -> bool:
    """A detected name found in an alias only before the speaker's own name, with role words between ("Kremlin" in
    "Kremlin spokesman Dmitry Peskov", "Salesforce" in "Salesforce founder Marc Benioff"), names a body she speaks for,
    not her. A name spelt out before its acronym ("German Research Association (DFG)"), a role right before the name
    ("Google VP Liz Reid") and an alias without her name ("the UN" for the United Nations) are matched as before."""
    said_at = find_whole(alias, said) if said != alias else -1  # in whole words, as names_match reads them
    if said_at == -1:
        return False
    own_words = {word for word in re.findall(r"\w+", own_name) if len(word) > 1}
    name_starts = [word.start() for word in re.finditer(r"\w+", alias) if word.group() in own_words]
    said_end = said_at + len(said)
    return bool(name_starts) and said_end <= min(name_starts) and bool(re.search(r"\w", alias[said_end : min(name_starts)]))


def names_match(said: str, name: str) -> bool:
    """A detected name and a gold name (both folded) name the same speaker: one holds the other ("Peskov", "Dmitry
    Peskov"). The words after a gold alias's comma describe the speaker ("Ana Reyes, Port Authority Director"): a
    detected name found only in them (the office taken for a body) is not her; a body's name may hold a comma
    ("Committee on Economic, Social and Cultural Rights")."""
    description = name.partition(", ")[2]
    return holds(said, name) or (holds(name, said) and not (description and holds(description, said)))


def score(stem: str, detected: list[dict], min_words: int, verbose: bool) -> tuple[int, int, int]:
    gold = load_gold(stem)
    pairs, missed = match(detected, gold)
    if min_words:  # short gold quotes leave the score, and so do the statements that match them
        kept = [quote for quote in gold["quotes"] if len(quote["text"].split()) >= min_words]
        pairs, missed = only_quotes(pairs, missed, kept)
        detected = [s for s, _ in pairs]
        gold = dict(gold, quotes=kept)
    right = [(s, q) for s, q in pairs if q is not None and right_speaker(s, q, gold)]
    dated = [(s, q) for s, q in pairs if q is not None and q["date"]]
    dates_right = sum(s.get("date") == q["date"] for s, q in dated)
    precision = len(right) / len(detected) if detected else 0.0
    recall = len(right) / len(gold["quotes"]) if gold["quotes"] else 0.0
    print(
        f"{stem}: detected {len(detected)}, gold {len(gold['quotes'])}, span matched {sum(q is not None for _, q in pairs)}, "
        f"right speaker {len(right)}; precision {precision:.2f}, recall {recall:.2f}; dates right {dates_right} of {len(dated)} dated"
    )
    if verbose:
        for statement, quote in pairs:
            if quote is None:
                print(f"    not in the gold: {statement.get('speaker_name')}: {statement.get('quote', '')[:70]!r}")
            elif not right_speaker(statement, quote, gold):
                print(f"    wrong speaker: {statement.get('speaker_name')} (gold: {quote['speaker']}): {quote['text'][:60]!r}")
            elif quote["date"] and statement.get("date") != quote["date"]:
                print(f"    wrong date: {statement.get('date')} (gold: {quote['date']}): {quote['text'][:60]!r}")
        for quote in missed:
            print(f"    missed: {quote['speaker']}: {quote['text'][:70]!r}")
    return len(detected), len(gold["quotes"]), len(right)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=Path, help="a statements.json to score instead of building the corpus")
    parser.add_argument("--report", action="append", default=[], metavar="SLUG=STEM", help="with --statements: which report is which gold file")
    parser.add_argument("--min-words", type=int, default=0, help="leave out gold quotes of fewer words, and the statements matching them")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, statements not in the gold, wrong speakers and dates")
    args = parser.parse_args(argv)
    if args.statements:
        if not args.report:
            raise SystemExit("--statements needs at least one --report SLUG=STEM")
        mapping = {}
        for pair in args.report:
            slug, _, stem = pair.partition("=")
            if not slug or not stem:
                raise SystemExit(f"--report {pair!r}: expected SLUG=STEM")
            mapping[slug] = stem
        statements = load_statements(args.statements)
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-corpus-") as folder:
            path = build_corpus_site(Path(folder))
            statements = load_statements(path)
        mapping = {path.stem: path.stem for path in sorted((HERE / "gold").glob("*.json"))}
    totals = [0, 0, 0]
    for slug, stem in mapping.items():
        detected = [
            s for s in statements if s.get("report") == slug and not str(s.get("attribution", "")).startswith("turn:")
        ]  # a transcript's turns are in no marks
        for i, value in enumerate(score(stem, detected, args.min_words, args.verbose)):
            totals[i] += value
    found, wanted, right = totals
    print(
        f"all: detected {found}, gold {wanted}, right speaker {right}; "
        f"precision {right / found if found else 0:.2f}, recall {right / wanted if wanted else 0:.2f}"
    )


if __name__ == "__main__":
    main()
