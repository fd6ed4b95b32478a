"""Paragraphs an extractor ran together with no space (`…apply.""When I …`): a whole quoted sentence touching the next
paragraph's quotation is no fragment of it, and the next quotation's cue does not credit it. Passages written for
these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

FIRST = '"They no longer follow their parents," Orel Dane said.'
NEXT = '"When I apply, I think of what my country needs," Vemm Tarr told the Daily Courier.'


def test_a_whole_sentence_run_into_the_next_quotation_is_not_its_speakers():
    body = f'{FIRST} "They read about colleges before they apply."{NEXT}'
    assert ("Vemm Tarr", "They read about colleges before they apply.") not in attributed(body)
    assert [who for who, _ in attributed(body)][-1] == "Vemm Tarr"


def test_the_same_with_a_space_goes_on_with_the_speaker_before():
    body = f'{FIRST} "They read about colleges before they apply." {NEXT}'
    assert [who for who, _ in attributed(body)] == ["Orel Dane", "Orel Dane", "Vemm Tarr"]


def test_a_fragment_joined_to_the_next_quote_is_still_its_speakers():
    body = 'Orel Dane spoke first. "They read about colleges before they apply" and "they think of what the country needs," Vemm Tarr told the Daily Courier.'
    assert [who for who, _ in attributed(body)] == ["Vemm Tarr", "Vemm Tarr"]
