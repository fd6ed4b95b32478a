"""Paragraphs a page break or a blank line cut mid-sentence, joined again (exportlines.paragraphs_cut_mid_sentence)."""

from __future__ import annotations

import time

from dossier.exportlines import paragraphs_cut_mid_sentence
from dossier.importunits import Unit

LINE = "the harbour board met on the quay to talk about the ferries and the piers and the crews who work on them all day, as the tides turn for"


def test_a_long_run_of_cut_paragraphs_joins_in_linear_time() -> None:
    units = [Unit(1, "Harbour Notes")] + [Unit(number, LINE) for number in range(2, 2 + 3_000)]  # about 400 KB, one paragraph
    started = time.perf_counter()
    kept = paragraphs_cut_mid_sentence(units, 1, [])
    assert time.perf_counter() - started < 10  # 3 minutes and more when each join read the whole paragraph grown so far
    assert len(kept) == 2 and kept[1].text == " ".join([LINE] * 3_000)
