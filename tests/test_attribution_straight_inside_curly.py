"""A pasted post's own straight marks inside a curly quotation: "@x tweeted, “… one student said "it is not my fault"."
The straight pair is quoted inside; where no curly mark closes the whole, the quotation ends with the pair, and the
narration after it ("This tweet received 900 retweets.") is nobody's words. Passages written for these tests."""

from __future__ import annotations

from dossier.quotes import quote_spans
from passages import attributed


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_spans(text)]


def test_a_straight_pair_inside_an_unclosed_curly_quotation_ends_it():
    text = '@mira_k tweeted, “I gave up the day a manager said "it is not my problem". This tweet received 900 retweets.'
    assert spans(text) == ['“I gave up the day a manager said "it is not my problem"']
    found = attributed(text)
    assert [name for name, _quote in found] == ["@mira_k"]
    assert "retweets" not in found[0][1]


def test_a_straight_pair_inside_a_closed_curly_quotation_is_quoted_inside_it():
    text = 'Jonas Reiter wrote, “If the drivers were "doing their best" the buses would run.” It spread fast.'
    assert spans(text) == ['“If the drivers were "doing their best" the buses would run.”']


def test_near_misses_keep_their_spans():
    # a curly opening closed by a straight mark, then a straight quotation: two
    assert spans('“We are ready," she said. "We leave now."') == ['“We are ready,"', '"We leave now."']
    # a lone straight mark after an unclosed curly quotation closes it, as before
    assert spans('“We are ready, she said "now') == ['“We are ready, she said "']
    # plain straight marks
    assert spans('He said "no" and "never" there.') == ['"no"', '"never"']


def test_a_straight_mark_after_a_colon_opens_the_next_quotation():
    text = 'He warned they will “face the courts., before adding: "We will find every one of them." Police agreed.'
    assert spans(text)[0] == '“face the courts., before adding: "'  # as before: the narration is never inside a quotation
