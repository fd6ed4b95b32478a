"""A surname in a later cue transliterated the German way ("Koehler" for "Köhler", "Mueller" for "Müller", "Strauss" for
"Strauß") is the person named in full before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "“The timetable cannot survive another winter,”"


@pytest.mark.parametrize(
    "full, later",
    [("Jürgen Köhler", "Koehler"), ("Gerda Müller", "Mueller"), ("Lena Strauß", "Strauss"), ("Anja Bäcker", "Baecker")],
)
def test_a_transliterated_surname_is_the_person_named_in_full(full, later):
    body = f"In March, {full}, the head of the Harbour Board, rejected the plan. {QUOTE} {later} told the ferry committee."
    assert attributed(body) == [(full, QUOTE.strip("“”"))]


def test_after_the_person_has_spoken():
    body = f"“We will not sign,” said Jürgen Köhler, the head of the Harbour Board.\n\nLater he went further. {QUOTE} Koehler said."
    assert attributed(body) == [("Jürgen Köhler", "We will not sign,"), ("Jürgen Köhler", QUOTE.strip("“”"))]


def test_a_surname_written_alike_without_a_german_letter_is_someone_else():
    body = f"In March, Jürgen Kohl, the head of the Harbour Board, rejected the plan. {QUOTE} Koehler told the ferry committee."
    assert attributed(body) == [("Koehler", QUOTE.strip("“”"))]


def test_the_transliterated_form_is_a_key_for_a_look_up():
    from dossier.attribution.transliterations import transliteration_key

    assert [transliteration_key(word) for word in ("Köhler", "Strauß", "Reed")] == ["koehler", "strauss", None]


def test_unknown_cues_do_not_rescan_every_name(monkeypatch):
    # the look-up is a dict filled as names arrive: reading 40 unknown "Gross…" cues after 40 names with umlauts costs no
    # pass over every name per cue (it was quadratic)
    from dossier.attribution import engine

    calls = []
    real = engine.transliteration_key
    monkeypatch.setattr(engine, "transliteration_key", lambda word: calls.append(word) or real(word))
    names = " ".join(f"Jörg Mölk{i:02d}x rejected the plan." for i in range(40))
    cues = " ".join(f"“We disagree,” Grossbach{i:02d}x said." for i in range(40))
    attributed(f"{names}\n\n{cues}")
    assert len(calls) <= 2 * 40
