"""The corpus texts' paragraphs and strings made to hit edge cases: what the speed rewrites are compared on."""

from __future__ import annotations

import random
from pathlib import Path

CORPUS = sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))


def corpus_paragraphs() -> list[str]:
    return [p for path in CORPUS for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def odd_strings(alphabet: list[str], count: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]
