"""Where attribution's CPU goes (issue 13's speed target): by stage, by regular expression, and what a token pass costs.

    .venv/bin/python bench/attribution_profile.py 00-memri-seed                  # stages and the costliest patterns
    .venv/bin/python bench/attribution_profile.py --tokens 28-wapo-road-to-war-ukraine
                                                 # a shared word pass over the sentences whose subjects are read,
                                                 # against the scans it would replace
    .venv/bin/python bench/attribution_profile.py --gates 28-wapo-road-to-war-ukraine
                                                 # the subject reader's time by kind of sentence: what a gate
                                                 # skipping some sentences' subject search could save at most

Each round is bench/attribution.py's (`attribute_once`: caches emptied, the other timed text read first). Every
timed call is timed in every round and the least of its rounds is kept, call by call (the calls are the same in each
round): a figure the machine's load raises only where it raised every round. The stages overlap (a sieve runs inside
`nested` and `block` too); a pattern's figure is its matching alone, not the Python around it. Patterns are those
held in a module's names (or in a module's list), and the registry's expression of every name.
"""

from __future__ import annotations

import argparse
import itertools
import operator
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import attribution as bench  # noqa: E402
from dossier.actors import Registry, load_registry  # noqa: E402

STAGES = ["track_subjects", "_sentence_subject", "sieve", "resolve", "add", "date", "nested", "block"]
PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
ITERATORS = ("callable_iterator", "generator")  # what finditer and a generator give: read as they are timed
Durations = dict[str, list[int]]  # what was timed -> the nanoseconds of each of its calls in one round, in order


class Rounds:
    """The durations of each round; `timing` is None outside the call bench/attribution.py times."""

    def __init__(self) -> None:
        self.done: list[Durations] = []
        self.timing: Durations | None = None

    def timed(self, key: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.timing is None:
            return call(*args, **kwargs)
        started = time.perf_counter_ns()
        result = call(*args, **kwargs)
        if type(result).__name__ in ITERATORS:
            result = iter(list(result))  # a finditer's matching happens as it is read: read it here
        self.timing.setdefault(key, []).append(time.perf_counter_ns() - started)
        return result

    def least(self) -> dict[str, tuple[int, int]]:
        """What was timed -> (calls per round, the sum over its calls of each call's least duration in ns)."""
        figures = {}
        for key in set().union(*self.done):
            runs = [durations.get(key, []) for durations in self.done]
            calls = min(map(len, runs))
            figures[key] = (calls, sum(min(run[index] for run in runs) for index in range(calls)))
        return figures


class TimedPattern:
    """A compiled pattern whose matching methods are timed (its other attributes are the pattern's)."""

    def __init__(self, pattern: re.Pattern[str], key: str, rounds: Rounds) -> None:
        self.pattern_object, self.key, self.rounds = pattern, key, rounds

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.pattern_object, name)
        if name not in PATTERN_METHODS:
            return value
        key = f"{self.key}.{name}"

        def method(*args: Any, **kwargs: Any) -> Any:
            if self.rounds.timing is None:
                return value(*args, **kwargs)
            started = time.perf_counter_ns()
            result = value(*args, **kwargs)
            if type(result).__name__ in ITERATORS:
                result = iter(list(result))
            self.rounds.timing.setdefault(key, []).append(time.perf_counter_ns() - started)
            return result

        return method


def time_patterns(rounds: Rounds) -> None:
    """Every compiled pattern a dossier module holds (by name, or in a list), and the registry's, timed."""
    for module_name, module in list(sys.modules.items()):
        if module_name != "dossier" and not module_name.startswith("dossier."):
            continue
        short = module_name.rsplit(".", 1)[-1]
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, name, TimedPattern(value, f"{short}:{name}", rounds))
            elif isinstance(value, list) and value and all(isinstance(item, re.Pattern | tuple) for item in value):
                for index, item in enumerate(value):
                    key = f"{short}:{name}[{index}]"
                    if isinstance(item, re.Pattern):
                        value[index] = TimedPattern(item, key, rounds)
                    elif any(isinstance(part, re.Pattern) for part in item):
                        value[index] = tuple(TimedPattern(p, key, rounds) if isinstance(p, re.Pattern) else p for p in item)
    matchers = Registry._matchers

    def timed_matchers(registry: Registry) -> Any:
        pattern, added = matchers(registry)
        return TimedPattern(pattern, "actors:registry", rounds), added

    Registry._matchers = timed_matchers  # type: ignore[method-assign]


def time_stages(rounds: Rounds) -> None:
    from dossier.attribution.engine import ReportAttribution

    for name in STAGES:
        method = getattr(ReportAttribution, name)

        def stage(*args: Any, _method: Any = method, _name: str = name, **kwargs: Any) -> Any:
            return rounds.timed(f"stage {_name}", _method, *args, **kwargs)

        setattr(ReportAttribution, name, stage)


def run_rounds(stem: str, count: int, rounds: Rounds, patch: Callable[[Rounds], None]) -> float:
    """Attribute the text `count` times as bench/attribution.py's timing does; the least CPU of a round (ms)."""
    registry = load_registry(str(ROOT / "content" / "actors.toml"))
    reports = bench.timed_reports()
    index = bench.TIMED.index(stem)
    patched = False
    call = operator.call

    def timed_call(function: Callable[..., Any], *args: Any) -> Any:
        nonlocal patched
        if not patched:  # the engine's modules are imported by the first attribution (the warm-up): patched after it
            patch(rounds)
            patched = True
        rounds.timing = {}
        try:
            return call(function, *args)
        finally:
            rounds.done.append(rounds.timing)
            rounds.timing = None

    bench.operator.call = timed_call  # type: ignore[attr-defined]
    try:
        return min(bench.attribute_once(reports[index], registry, reports[index - 1]) for _ in range(count)) * 1000
    finally:
        bench.operator.call = call  # type: ignore[attr-defined]


def profile(stem: str, count: int, shown: int) -> None:
    rounds = Rounds()
    fastest = run_rounds(stem, count, rounds, lambda r: (time_stages(r), time_patterns(r)))
    figures = rounds.least()
    print(f"{stem}: fastest round {fastest:.1f} ms of CPU, timed (the timing itself adds a third to a half: read shares, not sums)")
    for key, (calls, spent) in sorted(((k, v) for k, v in figures.items() if k.startswith("stage ")), key=lambda kv: -kv[1][1]):
        print(f"  {spent / 1e6:7.2f} ms {calls:6d} calls  {key}")
    patterns = {k: v for k, v in figures.items() if not k.startswith("stage ")}
    by_module: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, (calls, spent) in patterns.items():
        by_module[key.split(":")[0]][0] += calls
        by_module[key.split(":")[0]][1] += spent
    total = sum(spent for _, spent in patterns.values())
    print(f"  regular expressions: {total / 1e6:.2f} ms in {sum(c for c, _ in patterns.values())} calls of {len(patterns)} patterns and methods")
    for module, (calls, spent) in sorted(by_module.items(), key=lambda kv: -kv[1][1]):
        print(f"    {spent / 1e6:7.2f} ms {calls:6d} calls  {module}")
    for key, (calls, spent) in sorted(patterns.items(), key=lambda kv: -kv[1][1])[:shown]:
        print(f"    {spent / 1e6:7.3f} ms {calls:6d} calls  {key}")


def collect_sentences(stem: str) -> tuple[list[str], list[str]]:
    """The sentences whose subjects one round reads, and the texts before a verb the subject reader is given."""
    from dossier.attribution import engine, names

    sentences: list[str] = []
    lefts: list[str] = []
    read_sentence = engine.ReportAttribution._sentence_subject
    read_left = names._subject_before

    def sentence_subject(self: Any, sentence: str) -> Any:
        sentences.append(sentence)
        return read_sentence(self, sentence)

    def subject_before(left: str) -> Any:
        lefts.append(left)
        return read_left(left)

    def patch(_rounds: Rounds) -> None:
        engine.ReportAttribution._sentence_subject = sentence_subject  # type: ignore[method-assign]
        names._subject_before = subject_before  # type: ignore[assignment]

    run_rounds(stem, 1, Rounds(), patch)
    engine.ReportAttribution._sentence_subject = read_sentence  # type: ignore[method-assign]
    names._subject_before = read_left
    return sentences, lefts


def collect_subjects(stem: str) -> tuple[Any, list[str]]:
    """The engine of one round (as its report ends) and the sentences it read the subjects of, each once."""
    from dossier.attribution import engine

    engines: list[Any] = []
    sentences: dict[str, None] = {}
    read_sentence = engine.ReportAttribution._sentence_subject

    def sentence_subject(self: Any, sentence: str) -> Any:
        engines[:] = [self]
        sentences[sentence] = None
        return read_sentence(self, sentence)

    def patch(_rounds: Rounds) -> None:
        engine.ReportAttribution._sentence_subject = sentence_subject  # type: ignore[method-assign]

    run_rounds(stem, 1, Rounds(), patch)
    engine.ReportAttribution._sentence_subject = read_sentence  # type: ignore[method-assign]
    return engines[0], list(sentences)


# a pronoun the subject reader could take for the subject, in any case (ANY_CASE_PRONOUN's words, and the possessives
# an opening "His …" is read by): a gate's test must leave every sentence holding one to the full search
ANY_PRONOUN = re.compile(r"\b(?:he|she|it|they|his|her|its|their)\b", re.I)


def no_capital_past_the_first_word(sentence: str) -> bool:
    rest = sentence.strip().partition(" ")[2]
    return rest == rest.lower()


def subject_gates(stem: str, repeats: int = 7) -> None:
    """The subject reader's CPU over the sentences of one round, by kind of sentence: the least of `repeats` runs over
    each kind's sentences, the dossier caches emptied before each run (a round reads each sentence once, uncached)."""
    reader, sentences = collect_subjects(stem)
    subjects = {sentence: reader._sentence_subject(sentence) for sentence in sentences}

    def least(texts: list[str]) -> float:
        best = float("inf")
        for _ in range(repeats):
            bench.clear_function_caches()
            started = time.thread_time_ns()
            for text in texts:
                reader._sentence_subject(text)
            best = min(best, time.thread_time_ns() - started)
        return best / 1e6

    plain = [s for s in sentences if no_capital_past_the_first_word(s)]
    kinds = [
        ("every sentence", sentences),
        ("no subject found", [s for s in sentences if subjects[s] is None]),
        ("a subject found", [s for s in sentences if subjects[s] is not None]),
        ("no capital past the first word", plain),
        ("no capital past the first word, no pronoun", [s for s in plain if not ANY_PRONOUN.search(s)]),
        ("no capital past the first word, no pronoun, no subject", [s for s in plain if not ANY_PRONOUN.search(s) and subjects[s] is None]),
    ]
    total = least(sentences)
    print(f"{stem}: {len(sentences)} sentences read for their subject (one round), {total:.2f} ms of CPU")
    print(f"  per sentence, uncached: {count_calls(reader, sentences)} (what sharing one scan per sentence would save)")
    for label, texts in kinds:
        spent = least(texts)
        print(f"  {len(texts):5d} sentences {spent:7.2f} ms ({spent / total:4.0%})  {label}")


def count_calls(reader: Any, sentences: list[str]) -> str:
    """How often the subject reader runs its text-before-a-verb search and the name chunk scan over the sentences."""
    from dossier.attribution import names

    counts = {"_subject_before": 0, "chunks": 0}
    originals = {name: getattr(names, name) for name in counts}

    def counted(name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            counts[name] += 1
            return originals[name](*args)

        return call

    bench.clear_function_caches()
    for name in counts:
        setattr(names, name, counted(name))
    try:
        for sentence in sentences:
            reader._sentence_subject(sentence)
    finally:
        for name, original in originals.items():
            setattr(names, name, original)
    return ", ".join(f"{name} {count / len(sentences):.2f}" for name, count in counts.items())


def least_cpu(work: Callable[[str], Any], texts: list[str], repeats: int = 20) -> float:
    """The least CPU (ms) of `repeats` runs of work over every text."""
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time_ns()
        for text in texts:
            work(text)
        best = min(best, time.thread_time_ns() - started)
    return best / 1e6


def token_pass(stem: str) -> None:
    """The scans the subject reader makes of each sentence and of the text before its verb, against one word pass over
    the same texts in plain Python: the pass alone, before any lookup, costs about what the scans it would replace do."""
    from dossier.attribution import engine, names

    sentences, lefts = collect_sentences(stem)
    word = re.compile(r"\w+")
    verbs = frozenset([*engine.FINITE_VERB_WORDS, *names.IRREGULAR_PAST])

    def is_verb(token: str) -> bool:  # FINITE_VERB's words, or "-ed" in lower case (its exceptions left out: a lower bound)
        return token in verbs or (token.endswith("ed") and "a" <= token[:1] <= "z")

    def verbs_by_spans(sentence: str) -> list[int]:
        """The first three verbs' starts from every word's span: what a shared pass would give the verb scan."""
        return list(itertools.islice((m.start() for m in word.finditer(sentence) if is_verb(m.group())), 3))

    def verbs_by_split(sentence: str) -> int:
        """The same from str.split, punctuation stripped, without even the positions the subject reader needs."""
        return len(list(itertools.islice((t for t in sentence.split() if is_verb(t.strip(',.;:!?“”"()—'))), 3)))

    print(f"{stem}: {len(sentences)} sentences read for their subject, {len(lefts)} texts before a verb (one round)")
    rows = [
        ("scan: finite verbs, up to three (FINITE_VERB)", lambda s: list(itertools.islice(engine.FINITE_VERB.finditer(s), 3)), sentences),
        ("scan: finite verbs, up to three, as the engine reads them", lambda s: list(itertools.islice(engine.finite_verb_starts(s), 3)), sentences),
        (
            "scan: a pronoun in the last 80 characters (ANY_CASE_PRONOUN)",
            lambda s: list(names.ANY_CASE_PRONOUN.finditer(s, max(0, len(s) - 80))),
            lefts,
        ),
        ("scan: name chunks (CHUNK)", lambda s: list(names.CHUNK.finditer(s)), lefts),
        ("pass: every word's span (\\w+, finditer)", lambda s: [m.span() for m in word.finditer(s)], sentences),
        ("pass: every word (\\w+, findall)", word.findall, sentences),
        ("pass: str.split", str.split, sentences),
        ("pass and look-up: each word's span, then a set of verbs (up to three)", verbs_by_spans, sentences),
        ("pass and look-up: str.split, then a set of verbs (up to three, no positions)", verbs_by_split, sentences),
        ("pass: str.lower", str.lower, sentences),
        ("the subject reader itself (_subject_before, uncached)", names._subject_before.__wrapped__, lefts),
    ]
    for label, work, texts in rows:
        print(f"  {least_cpu(work, texts, 5 if 'reader' in label else 20):7.2f} ms  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stem", choices=bench.TIMED)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--shown", type=int, default=25, help="patterns listed")
    parser.add_argument("--tokens", action="store_true", help="what a word pass costs against the scans it would replace")
    parser.add_argument("--gates", action="store_true", help="the subject reader's time by kind of sentence")
    args = parser.parse_args()
    if args.gates:
        subject_gates(args.stem)
    elif args.tokens:
        token_pass(args.stem)
    else:
        profile(args.stem, args.rounds, args.shown)


if __name__ == "__main__":
    main()
