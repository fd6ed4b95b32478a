"""The attribution engine's faster ways of saying what a plainer pattern says find what the plain pattern finds.

Each pattern rewritten for speed keeps its first form beside it (PLAIN_…), and each string shortcut writes in its
docstring the expression it replaces: compared here on every corpus text and on strings made to hit the edge cases.
bench/attribution.py prints the time they save; its --dump shows every statement unchanged.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from corpus_strings import corpus_paragraphs, odd_strings
from dossier import dates, quotes, sentences
from dossier.attribution import cues, engine, interviews, marks, names, occasions, shortcuts, sieves
from dossier.attribution.shortcuts import may_hold_any, named_first, whole_word_at, whole_word_in


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return corpus_paragraphs()


def spans(pattern: re.Pattern[str] | str, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in re.finditer(pattern, text)]


def test_quote_marks_are_what_the_plain_alternation_finds(paragraphs):
    for text in [*paragraphs, *odd_strings(["'", "''", '"', "“", "”", "„", "«", "»", "’", "‘", "a", " "], 20000, 1)]:
        assert spans(quotes.QUOTE_MARKS, text) == spans(quotes.PLAIN_QUOTE_MARKS, text), text


def plain_strip_outer_marks(text: str) -> str:
    text = quotes.OPENING_MARK.sub("", text.strip())
    return quotes.CLOSING_MARK.sub("", text).strip()


def test_quote_marks_found_one_by_one_are_the_pattern_s_matches(paragraphs):
    pieces = ["“", "”", "„", "«", "»", '"', "'", "''", "'''", "’", "‘", "‘’", "’’", "a", " "]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 8)]:
        assert quotes.quote_marks(text) == [(m.start(), m.group(0)) for m in quotes.QUOTE_MARKS.finditer(text)], text


def test_outer_marks_are_stripped_as_the_pattern_over_the_whole_text_strips_them(paragraphs):
    pieces = ["'", "''", '"', "“", "”", "»", "«", ".", "…", " ", "\n", "\u00a0", "a", "’", ","]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 2)]:
        assert quotes.strip_outer_marks(text) == plain_strip_outer_marks(text), repr(text)


def test_a_passage_is_blanked_as_the_two_substitutions_blank_it(paragraphs):
    pieces = ["a", "é", "’", " ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", "_", "?", "😀"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 3)]:
        assert quotes.blank(text) == quotes.SPACE.sub(" ", quotes.NON_SPACE.sub("_", text)), repr(text)


def test_the_writer_s_words_are_what_the_plain_pattern_finds(paragraphs):
    for text in [*paragraphs, *odd_strings(["I", "m", "u", "s", "e", "me", "us", " ", "-", "é", "_", "1", "/"], 50000, 4)]:
        found = sorted(found for word in engine.WRITER_WORDS for found in spans(word, text))
        assert found == spans(engine.PLAIN_WRITER_WORDS, text), text


def test_first_person_words_are_what_the_plain_pattern_finds(paragraphs):
    for text in [*paragraphs, *odd_strings(["I", "m", "e", "y", "me", "my", " ", "-", "é", "_", "1", "/", "Im"], 50000, 4)]:
        assert spans(engine.FIRST_PERSON, text) == spans(engine.PLAIN_FIRST_PERSON, text), text


def test_a_character_of_a_set_is_found_where_the_class_finds_one(paragraphs):
    characters = engine.ZERO_WIDTH_CHARACTERS
    pattern = re.compile(f"[{characters}]")
    for text in [*paragraphs, *odd_strings(["a", "é", "’", " ", *characters, "😀"], 20000, 3)]:
        assert shortcuts.holds_any(text, characters) == (pattern.search(text) is not None), repr(text)


def test_a_name_first_after_an_inverted_cue_is_what_the_pattern_made_for_it_finds():
    pieces = [" ", "  ", ",", "the", "The", "\n", "\u00a0", "Putin", "Put", "in", ",Putin", "x", "theP"]
    words = ["Putin", ",Putin", "the", "The", "P", "in", "thePutin", "Minister"]
    for gap in odd_strings(pieces, 20000, 5, longest=6):
        for word in words:
            assert named_first(gap, word) == bool(re.match(r"\s*,?\s*(?:the\s+)?" + re.escape(word), gap)), (gap, word)


def plain_dates_in(text: str, year_hint: int | None, not_after: dt.date | None) -> list[tuple[int, dt.date]]:
    """Every pattern's case-insensitive matches over the whole text, as dates_in read them first."""
    found: dict[int, dt.date] = {}
    covered: list[tuple[int, int]] = []
    for pattern in dates.DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            try:
                day = dt.date(int(match.group("year")), int(month) if month.isdigit() else dates.MONTHS[month.lower()], int(match.group("day")))
            except (ValueError, KeyError):
                continue
            found[match.start()] = day
            covered.append((match.start(), match.end()))
    stated = dates.stated_years(text)  # the year a yearless date takes is read as dates_in reads it
    for pattern in dates.YEARLESS if year_hint else []:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in covered):
                continue
            month = dates.MONTHS.get(match.group("month").lower(), 0)
            governed = dates.governing_year([year for at, year in stated if at < match.start()], month)
            try:
                day = dt.date(governed or year_hint or 0, month, int(match.group("day")))
            except ValueError:
                continue
            if not_after and day > not_after:
                day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day
            found[match.start()] = day
    return sorted(found.items())


@pytest.mark.slow  # reads the whole corpus
def test_dates_tried_only_after_a_month_and_at_a_word_s_first_digit_are_every_date(paragraphs):
    pieces = ["March", "mar.", "Sept.", "ſept", "Aprıl", "MAY", "December", "of", " ", "  ", "\n", ".", ",", "3", "12th", "2021", "-",
              "2021-03-04", "x", "é", "_", "٣", "1999", "May-"]  # fmt: skip
    report_date = dt.date(2022, 3, 1)
    for text in [*paragraphs, *(p.upper() for p in paragraphs[::5]), *odd_strings(pieces, 30000, 6, longest=9)]:
        for hint in (None, 2021):
            assert dates.dates_in(text, hint, report_date) == plain_dates_in(text, hint, report_date), text


def test_a_chunk_is_what_the_pattern_with_the_initial_s_own_branch_finds(paragraphs):
    caps = names._CAPS
    with_initials = re.compile(
        r"(?:[" + caps + r"](?<![\w’'-][" + caps + r"])(?:[\w’'.&-]*\w)?\.?|[A-Z](?<![\w’'-][A-Z])\.)(?:" + names._JOIN + r"){0,12}"
    )
    pieces = ["A.", "B", "J.", "Smith", " ", "al", "of", "the", "x", "-", "’s", ".", "É", "U.S."]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 7, longest=8)]:
        assert spans(names.CHUNK, text) == spans(with_initials, text), text
        # inside a longer pattern, where what follows the chunk may fail and re backtracks into it
        after = r"\s+said\b|[’']s\s+\w+"
        assert spans(names.CHUNK.pattern + after, text) == spans(with_initials.pattern + after, text), text


@pytest.mark.slow  # reads the whole corpus
def test_occasions_by_first_letter_are_what_the_case_insensitive_patterns_find(paragraphs):
    words = [w for _, pattern in occasions.OCCASIONS for w in re.findall(r"[a-z][a-z -]*[a-z]", pattern.replace(r"\b", " "))]
    pieces = [*words, *(w.upper() for w in words), "ſpeech", "İnterview", "ınstagram", "x", " ", "-", "é", "_", "s", "ed", "me", "1"]
    texts = [*paragraphs, *(p.upper() for p in paragraphs), *odd_strings(pieces, 20000, 8, longest=6)]
    assert [name for name, _ in occasions.FIRST_LETTER_PATTERNS] == [name for name, _ in occasions.OCCASION_PATTERNS]
    for (_, fast), (_, plain) in zip(occasions.FIRST_LETTER_PATTERNS, occasions.OCCASION_PATTERNS, strict=True):
        for text in texts:
            assert spans(fast, text) == spans(plain, text), (plain.pattern, text)
    for text in texts:
        assert (occasions.FIRST_LETTER_ANY.search(text) is None) == (occasions.ANY_OCCASION.search(text) is None), text


def test_light_words_are_what_the_case_insensitive_pattern_reads(paragraphs):
    light = names.LIGHT.pattern
    words = re.findall(r"[a-z][a-z ]*[a-z]", light[light.index("(?:(?:") :])
    pieces = [*words, *(w.upper() for w in words[:20]), "sadly", "Fly", "ly", "x", " ", ",", "—", "\n", "ſtill", "İ", "\u212a", "é"]
    texts = [*odd_strings(pieces, 20000, 9, longest=5), *(p[-40:] for p in paragraphs), *(w + " " for p in paragraphs for w in p.split()[:30])]
    for text in texts:
        assert names.is_light(text) == (names.LIGHT.match(text) is not None), repr(text)


SIEVE_PATTERNS_AS_FIRST_WRITTEN = {  # each sieve pattern rewritten to start with its first letter, as it was written
    "THAT": (r"\bthat\b", 0),
    "QUOTING_END": (r"\b(?:quot|cit)(?:ed|ing)\s*$", re.I),
    "QUOTING": (r"\b(?:quot|cit)(?:ed|ing)\s+", 0),
    "ACCORDING_TO": (r"\baccording to\s+", re.I),
    "IN_VIEW_OF": (r"\b[Ii]n\s+the\s+" + sieves.VIEW_NOUNS + r"\s+of\s+", 0),
    "POSSESSIVE_CUE": (r"\b" + sieves.POSSESSIVE_CUE.pattern, 0),
    "IN_PRONOUN_VIEW": (r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?" + sieves.VIEW_NOUNS + r"\b", 0),
    "IN_POSSESSIVE_VIEW": (
        r"\b(?:[Ii]n|[Ff]rom)\s+(?:the\s+(?:late\s+)?[a-z]+\s+)?(?P<who>"
        + names.CHUNK.pattern
        + r")[’']s?\s+(?:own\s+)?"
        + sieves.VIEW_NOUNS
        + r"\b",
        0,
    ),
    "AS_X_NOTES": (r"\b" + sieves.AS_X_NOTES.pattern.replace(r"[Aa](?<!\w[Aa])s", "[Aa]s", 1), 0),
    "AS_HE_PUTS_IT": (r"\b" + sieves.AS_HE_PUTS_IT.pattern.replace(r"[Aa](?<!\w[Aa])s", "[Aa]s", 1), 0),
}


@pytest.mark.parametrize("name", sorted(SIEVE_PATTERNS_AS_FIRST_WRITTEN))
def test_a_sieve_pattern_finds_what_it_found_as_first_written(name, paragraphs):
    fast = getattr(sieves, name)
    plain = re.compile(*SIEVE_PATTERNS_AS_FIRST_WRITTEN[name])
    assert fast.pattern != plain.pattern
    pieces = ["that", "That", "quoted", "citing", "Cited", "according to", "ACCORDING TO", "In", "in", "the", "view", "of", "his", "her",
              "As", "as", "he", "said", "says", "puts it", "Putin", "Putin’s", "comments", "x", " ", ",", "-", "é", "İ", "ı", "ſ", "_", "1"]  # fmt: skip
    for text in [*paragraphs, *odd_strings(pieces, 3000, 10, longest=10)]:
        assert spans(fast, text) == spans(plain, text), text


def plain_pronoun_before(left: str) -> tuple[str, int, int] | None:
    found = next((m for m in reversed(list(names.PRONOUN.finditer(left, max(0, len(left) - 80)))) if names.LIGHT.match(left[m.end() :])), None)
    return (found.group(1).lower(), found.start(), found.end()) if found else None


def test_the_pronoun_before_a_verb_is_what_the_case_insensitive_pattern_finds(paragraphs):
    pieces = ["he", "He", "she", "SHE", "they", "it", "It", "İt", "ıt", "ſhe", "/", " ", "also", "said", "x", "the", "_", "é", ","]
    lefts = [p[:end] for p in paragraphs for end in range(0, len(p), 37)]
    for left in [*lefts, *odd_strings(pieces, 20000, 11, longest=30)]:
        assert names.pronoun_before(left) == plain_pronoun_before(left), left


def test_single_spans_are_tried_from_every_mark_they_can_start_at(paragraphs):
    pieces = ["'", "‘", "’", " ", "(", "[", "—", "–", "-", "a", "Britain's", "\n", ".", "x y z", "é"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 12)]:
        starts = [m.start() for m in marks.SINGLE_MARK.finditer(text) if marks.SINGLE_SPAN.match(text, m.start())]
        assert starts == [m.start() for m in marks.OPENING_SINGLE_MARK.finditer(text) if marks.SINGLE_SPAN.match(text, m.start())], text


def test_fold_in_bytes_is_the_fold_of_each_character(paragraphs):
    from dossier.text import _fold_char, fold

    pieces = ["?", "??", "A", "a", "`", "É", "é", "İ", "ı", "Σ", "’", "“", "—", "ø", "\U00010400", "Ǆ", "ﬁ", " ", "ẞ", "\u212a", "\ud800", "x?"]
    for text in [*paragraphs, *odd_strings(pieces, 30000, 14, longest=12)]:
        assert fold(text) == "".join(_fold_char(c) for c in text), repr(text)


def test_sentence_marks_searched_one_by_one_are_the_matches_of_their_class(paragraphs):
    pieces = [".", "!", "?", "…", " ", "\n", "A", "b", "“", "(", "_", "1", "..."]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 8)]:
        sentences._start_matches.cache_clear()
        sentences._end_marks.cache_clear()
        starts = [m.span() for m in sentences._START.finditer(text)]
        assert sentences._start_matches(text) == ([end for _, end in starts], [start for start, _ in starts]), repr(text)
        assert sentences._end_marks(text) == [m.start() for m in sentences._END.finditer(text)], repr(text)


def plain_sentence_start(masked: str, position: int) -> int:
    floor = max(0, position - sentences.SENTENCE_MAX)
    for match in reversed(list(sentences._START.finditer(masked, floor, min(len(masked), position + 3)))):
        if match.end() <= position and not sentences.ends_with_abbreviation(masked, match.start() + 1):
            return match.end()
    return floor


@pytest.mark.slow  # reads the whole corpus
def test_a_sentence_starts_where_the_windowed_scan_found_it(paragraphs):
    pieces = [". ", "! ", "?  ", "… ", ".\n", " ", "A", "b", "Mr. ", "U.S. ", "“", "'", "(", "_", "1", "x" * 700, " " * 900]
    texts = [*paragraphs, "x" * 2500 + ". A" + " " * 2100 + ". B", *odd_strings(pieces, 3000, 15, longest=14)]
    for text in texts:
        for position in range(0, len(text) + 1, max(1, len(text) // 60)):
            assert sentences.sentence_start(text, position) == plain_sentence_start(text, position), (text, position)


def plain_sentence_end(masked: str, position: int) -> int:
    ceiling = min(len(masked), position + sentences.SENTENCE_MAX)
    for match in sentences._END.finditer(masked, position, ceiling):
        if not sentences.ends_with_abbreviation(masked, match.start() + 1):
            return match.start() + 1
    return ceiling


@pytest.mark.slow  # reads the whole corpus
def test_a_sentence_ends_where_the_windowed_scan_found_it(paragraphs):
    pieces = [". ", "! ", "?  ", "… ", ".\n", " ", "A", "b", "Mr. ", "U.S. ", "“", "'", "(", "_", "1", "x" * 700, " " * 900, ".“A", ". “"]
    edges = [
        "x" * 1990 + ". " + " " * 20 + "“A b. C",  # a mark whose look-ahead runs past the ceiling
        "x" * 1995 + ".   “" + "A. b",
        "x" * 1990 + "." + " " * 30 + "b. C",
        "x" * 1999 + ". A",
        "x" * 1998 + "Mr. " + " " * 10 + "b",
    ]
    for text in [*paragraphs, *edges, *odd_strings(pieces, 3000, 16, longest=14)]:
        near_start = range(60) if text in edges else range(2)
        for position in sorted({*range(0, len(text) + 1, max(1, len(text) // 60)), *near_start}):
            assert sentences.sentence_end(text, position) == plain_sentence_end(text, position), (text, position)


@pytest.mark.slow  # reads the whole corpus
def test_a_sentence_ends_before_a_stop_where_it_ends_in_the_text_cut_there(paragraphs):
    pieces = [". ", "! ", "?  ", "… ", ".\n", " ", "A", "b", "Mr. ", "U.S. ", "“", "'", "(", "_", "1", "x" * 700, " " * 900, ".“A", ". “"]
    edges = [
        "x" * 1990 + ". " + " " * 20 + "“A b. C",
        "x" * 1995 + ".   “" + "A. b",
        "x" * 1990 + "." + " " * 30 + "b. C",
        "Ana left.  b c. Mr. D",  # a stop whose look-ahead holds only where the text is cut after its spaces
        "Ana left. “B",
    ]
    for text in [*paragraphs[::4], *edges, *odd_strings(pieces, 1500, 16, longest=14)]:
        step = max(1, len(text) // 12)
        for stop in sorted({*range(0, len(text) + 1, step), *range(max(0, len(text) - 12), len(text) + 1)}):
            for position in range(0, stop, max(1, stop // 8)):
                cut = sentences.sentence_end(text[:stop], position)
                assert sentences.sentence_end_before(text, position, stop) == cut, (text, position, stop)


def test_a_quotation_s_words_in_lower_case_are_those_of_its_lower_case_text(paragraphs):
    from dossier.attribution.quotes import WORD, lowered_words

    for code in range(0x110000):
        char = chr(code)
        if char in "\u0130\u03a3" or 0xD800 <= code < 0xE000:
            continue
        lowered = char.lower()  # one character, a word character where the character is one
        assert len(lowered) == 1 and (WORD.fullmatch(char) is None) == (WORD.fullmatch(lowered) is None), hex(code)
    pieces = ["Aa", "É", "İ", "Σ", "ΟΔΟΣ", ".", "’", "'", "-", " ", "x", "Ⅰ", "\U00010400", "_", "1"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 17)]:
        assert lowered_words(text) == " ".join(WORD.findall(text.lower())), text


def test_the_sieves_searches_from_the_word_itself_give_what_they_ask_of_the_first_forms(paragraphs):
    pieces = ["as", "As", "noted", "pointed out", "by", "the", "The", "following", "Following", "FOLLOWING", "are", "is", "some", "of",
              "main", "points", "excerpts", "remarks", "from", "Khamenei's", "speech", ":", " ", ",", "\n", "x", "has", "ſ"]  # fmt: skip
    texts = [*paragraphs, *(p[: len(p) // 2] for p in paragraphs), *odd_strings(pieces, 20000, 18, longest=12)]
    texts += [" ".join(t.split()) for t in texts[-20000:]]
    for text in texts:
        plain, fast = sieves.AS_NOTED_BY.search(text), sieves.AS_NOTED_BY_AS.search(text)
        assert (plain and plain.end()) == (fast and fast.end()), text
        plain, fast = sieves.MAIN_POINTS.search(text.rstrip()), sieves.MAIN_POINTS_FOLLOWING.search(text.rstrip())
        assert (plain and plain.group("rest")) == (fast and fast.group("rest")), text


def test_a_role_noun_is_found_from_its_the_as_the_case_insensitive_pattern_finds_it(paragraphs):
    pieces = ["the", "The", "THE", "minister", "Ukrainian", "foreign", "spokesman", "of", "in", "Kremlin", " ", ",", ";", "x", "ſ", "İ", "other"]
    texts = [*(p[:end] for p in paragraphs for end in range(0, len(p), 97)), *odd_strings(pieces, 20000, 19, longest=8)]
    texts += [" ".join(t.split()) for t in texts[-20000:]]
    for text in texts:
        plain, fast = names.ROLE_NOUN.search(text), names.ROLE_NOUN_AT_THE.search(text)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups())), text


def test_the_nations_prefix_tree_finds_what_their_longest_first_alternation_finds(paragraphs):
    plain = re.compile(names.ROLE_NOUN.pattern.replace(names.NATION, names.PLAIN_NATION), re.I)
    assert plain.pattern != names.ROLE_NOUN.pattern
    pieces = ["the", "The", "American", "america", "Americans", "iran", "Iranian", "afghan", "Afghani", "argentin", "e", "ian"]
    pieces += ["minister", "foreign", "leader", "spokesman", " ", ",", "x", "ſ", "İ"]
    texts = [*(p[:end] for p in paragraphs for end in range(0, len(p), 97)), *odd_strings(pieces, 20000, 23, longest=8)]
    for text in texts:
        slow, fast = plain.search(text), names.ROLE_NOUN.search(text)
        assert (slow and (slow.span(), slow.groups())) == (fast and (fast.span(), fast.groups())), text


def test_a_title_cue_or_a_mentioned_phrase_is_looked_for_only_after_its_last_words(paragraphs):
    from dossier.attribution import quotes as attribution_quotes

    pieces = ["entitled", "Titled", "HEADLINE", "code-named", "dubbed the", "dubbed  the", "the", "phrase", "Words", "saying", "ancient"]
    pieces += ["Chinese", "goes", "of", "that", " ", ",", ", ", "\n", "x", "ſlogan", "\u212a", "İ", "ı", "motto"]
    texts = [*(p[max(0, end - 60) : end] for p in paragraphs for end in range(0, len(p), 53)), *odd_strings(pieces, 20000, 29, longest=7)]
    for text in texts:
        for pattern, words in [
            (attribution_quotes.TITLE_CUE, attribution_quotes.TITLE_CUE_LAST_WORDS),
            (attribution_quotes.MENTIONED, attribution_quotes.MENTIONED_LAST_WORDS),
        ]:
            assert attribution_quotes._ends_with(text, pattern, words) == (pattern.search(text) is not None), text


def test_a_word_judged_as_a_word_is_looked_for_only_after_one_of_its_nouns(paragraphs):
    from dossier.attribution import quotes as attribution_quotes

    pieces = [" is", " was", " isn’t", " may not be", " perhaps", " not", " the", " best", " RIGHT", " word", " Word", " term"]
    pieces += [" phraſe", " phrase", " expression", " description", " to use", "x", " ", "\u212a", "İ"]
    texts = [*(p[end : end + 60] for p in paragraphs for end in range(0, len(p), 53)), *odd_strings(pieces, 20000, 31, longest=7)]
    for text in texts:
        if attribution_quotes.JUDGED_AS_A_WORD.match(text):
            assert any(noun in text for noun in attribution_quotes.JUDGED_NOUNS), text


def test_a_whole_word_is_found_where_the_pattern_made_for_it_finds_it(paragraphs):
    words = ["Leslie", "Field", "Al-Assad", "Jr.", "O’Brien", "_x", "é", "Ab"]
    pieces = ["Leslie", "Field", "Les", "lie", "Al-Assad", "Jr.", "O’Brien", "’s", "_", "x", "é", "\u0301", "Ab", "A", "b", " ", "-", ".", "1"]
    for text in odd_strings(pieces, 20000, 6, longest=6):
        for word in words:
            assert whole_word_in(text, word) == bool(re.search(r"\b" + re.escape(word) + r"\b", text)), (text, word)
    for text in paragraphs[:400]:
        for word in {*re.findall(r"[A-Z][\w’'.-]{2,}", text)[:5], "Leslie"}:
            assert whole_word_in(text, word) == bool(re.search(r"\b" + re.escape(word) + r"\b", text)), (text, word)


def test_a_word_found_at_a_place_stands_whole_where_the_pattern_made_for_it_matches_there():
    words = ["Leslie", "Al-Assad", "Jr.", "_x", "é", "Ab"]
    pieces = ["Leslie", "Les", "lie", "Al-Assad", "Jr.", "’s", "_", "x", "é", "\u0301", "Ab", "A", "b", " ", "-", ".", "1"]
    for text in odd_strings(pieces, 5000, 6, longest=6):
        for word in words:
            pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
            at = text.find(word)
            while at >= 0:
                assert whole_word_at(text, at, word) == bool(pattern.match(text, at)), (text, word, at)
                at = text.find(word, at + 1)


def test_a_year_s_digits_are_what_the_pattern_with_its_look_behind_first_finds(paragraphs):
    pieces = ["19", "20", "18", "17", "2", "1", "0", "9", "-", "a", "_", " ", "\n", "é", "٣", "2016-17", "x2020"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 7, longest=8)]:
        assert spans(dates.YEAR_DIGITS, text) == spans(dates.PLAIN_YEAR_DIGITS, text), repr(text)


def test_a_relative_day_is_looked_for_only_where_day_or_night_is_written(paragraphs):
    pieces = ["to", "day", "Today", "night", "last ", "Last night", "on ", "Sun", "Mon", "Tues", "Yester", "ton", "ight", " ", "x"]
    published = dt.date(2024, 5, 17)
    for text in [*paragraphs, *odd_strings(pieces, 20000, 8, longest=6)]:
        found = list(dates.RELATIVE_DAY.finditer(text))
        assert all("day" in match.group(0) or "night" in match.group(0) for match in found), text
        last = found[-1] if found else None
        near = (last.group("near") or "").lower() if last else ""
        plain = None if last is None else published - dt.timedelta(days=1) if near in ("yesterday", "last night") else published if near else None
        if last is not None and not near:
            plain = published - dt.timedelta(days=(published.weekday() - dates.WEEKDAYS.index(last.group("weekday").lower())) % 7)
        assert dates.relative_date(text, published) == plain, text


def test_a_relative_day_starting_on_its_first_letter_is_where_the_pattern_with_its_word_boundary_first_finds(paragraphs):
    pieces = ["to", "day", "Today", "night", "last ", "Last night", "on ", "Sun", "Mon", "Tues", "Thurs", "Wednes", "Fri", "Satur"]
    pieces += ["Yester", "ton", "ight", "next ", "Next ", "coming ", "Coming ", " ", "\n", "t", "o", "l", "T", "S", "x", "é", "_", "-"]
    found = 0
    for text in [*paragraphs, *odd_strings(pieces, 40000, 9, longest=10)]:
        assert spans(dates.RELATIVE_DAY_SPANS, text) == spans(dates.RELATIVE_DAY, text), repr(text)
        found += len(spans(dates.RELATIVE_DAY, text))
    assert found > 2000  # the strings hit the pattern


def test_the_writer_meeting_someone_is_what_the_plain_pattern_finds(paragraphs):
    pieces = ["I", " ", "  ", "\n", "asked", "met", "then", "put it to", "AI", "_I", "éI", "-", "x"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 9, longest=6)]:
        assert spans(interviews.WRITER_MEETS, text) == spans(interviews.PLAIN_WRITER_MEETS, text), repr(text)


def test_a_role_word_before_a_name_is_what_the_pattern_over_the_whole_text_finds(paragraphs):
    def found(match: re.Match[str] | None) -> tuple[int, int, str] | None:
        return (match.start(), match.end(), match.group("role")) if match else None

    pieces = ["the ", "prime minister", "foreign minister", "minister", "communiqué", "-", "x", " ", "\n", "\u00a0", "\x1c", "é", "pm"]
    for text in [*paragraphs[:3000], *odd_strings(pieces, 20000, 10, longest=8)]:
        for end in {len(text), len(text) // 2, max(0, len(text) - 3)}:
            assert found(engine.lower_role_before(text, end)) == found(engine.LOWER_ROLE_BEFORE.search(text, 0, end)), (text, end)


def test_a_word_character_is_what_re_s_backslash_w_matches():
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        assert shortcuts.is_word_char(char) == (word.match(char) is not None), hex(code)
    assert not shortcuts.is_word_char("")


def test_a_state_s_office_holder_is_looked_for_only_before_one_of_its_role_words(paragraphs):
    pieces = ["China’s ", "Narvia's ", "U.S. ", "foreign minister", "defense minister", "envoy", "spokesman", "leader", " ", "\n", "x"]
    for text in [*paragraphs, *[p[: len(p) // 2] for p in paragraphs], *odd_strings(pieces, 20000, 11, longest=5)]:
        if names.STATE_ROLE_END.search(text):
            assert text.rstrip("\n").endswith(names.STATE_ROLE_LAST_WORDS), repr(text)


def test_a_stated_year_is_tried_only_at_a_capital_or_a_digit_of_the_window(paragraphs):
    pieces = ["In ", "in ", "By ", "During ", "the ", "end of ", "early ", "Spring ", "winter of ", "May ", "Sept. ", "since ", "Since ",
              "3 ", "3rd ", "of ", "٣ ", "21, ", "2017", "1999", ". ", "”. ", "\n", ": ", "x", " ", "é", "_"]  # fmt: skip
    for text in [*paragraphs, *odd_strings(pieces, 20000, 12, longest=12)]:
        for digits in dates.YEAR_DIGITS.finditer(text):
            window = max(0, digits.start() - dates.STATED_REACH)
            plain = dates.STATED_YEAR.search(text, window, digits.end())
            fast = dates.stated_year_before(text, digits)
            assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), repr(text)


def test_a_noun_before_a_cue_is_searched_for_from_the_last_two_words(paragraphs):
    pieces = ["the ", "The ", "a ", "its ", "Iran’s ", "x's ", "latest ", "annual ", "new ", "  ", "\n", "\t", "\u00a0", "-", "(", "x",
              "stress ", "word", " ", "é", "_", "ſ", "İ"]  # fmt: skip
    texts = [*paragraphs[:3000], *odd_strings(pieces, 20000, 13, longest=14)]
    for text in texts:
        for end in range(0, len(text) + 1, 1 if len(text) < 60 else 7):
            plain = sieves.NOUN_BEFORE.search(text, max(0, end - 40), end) is not None
            assert sieves.noun_before(text, end) == plain, (repr(text), end)


def test_a_text_an_occasion_pattern_matches_holds_one_of_its_words_in_lower_case(paragraphs):
    words = [w for _, pattern in occasions.OCCASIONS for w in re.findall(r"[a-z][a-z -]*[a-z]", pattern.replace(r"\b", " "))]
    words += ["tweets", "post", "op-ed", "talk show", "TALK SHOW", "Op-Ed", "\u212aelvin"]
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), "ſpeech", "İnterview", "ınstagram", "ta\u212a"]
    pieces += ["x", " ", "-", "é", "_", "s", "ed", "me", "1", "“"]
    texts = [*paragraphs, *(p.upper() for p in paragraphs[:2000]), *odd_strings(pieces, 30000, 14, longest=6)]
    for text in texts:
        if occasions.FIRST_LETTER_ANY.search(text) or occasions.ANY_OCCASION.search(text):
            assert may_hold_any(text, occasions.OCCASION_WORDS), text
        if engine.OCCASION_NOUN.search(text):
            assert may_hold_any(text, engine.OCCASION_NOUN_WORDS), text


def test_names_ending_in_a_word_are_what_the_pattern_made_for_the_word_finds(paragraphs):
    def plain(text: str, word: str) -> list[tuple[int, int]]:
        return [m.span(1) for m in re.finditer(shortcuts.names_ending_in_pattern(word), text)]

    for text in paragraphs[:3000]:
        for word in {w.lower() for w in re.findall(r"\b[A-Z]\w+", text)[:3]} | {"post"}:
            assert shortcuts.names_ending_in(text, word) == plain(text, word), (text, word)
    pieces = ["Tasnim", "tasnim", "TASNIM", "The", "News", "A.", "U.S.", "-", "’s", "'", " ", "  ", "\n", "\t", ",", "x", "Post", "&", "é",
              "İ", "ſ", "\u00a0", "McX", "Tasnim-x", "tasnim_"]  # fmt: skip
    for text in odd_strings(pieces, 30000, 15, longest=12):
        for word in ["tasnim", "post", "u.s"]:
            assert shortcuts.names_ending_in(text, word) == plain(text, word), (text, word)


@pytest.mark.parametrize("name", ["ROLE_NOUN_AT_THE", "ROLE_FOR", "BODY_ROLE", "DATE_TAIL", "ENVOY_TO_END"])
def test_a_pattern_ending_in_a_clause_without_commas_is_searched_for_from_the_last_clause(name, paragraphs):
    pattern = getattr(names, name)
    pieces = ["the", "The", "minister", "Ukrainian", "foreign", "spokesman", "of", "in", "under", " ", ",", ";", ", ", "\n", "x", "the minister",
              "a spokesperson for", "Intel", "an official at", "the ministry", "Kremlin", "readout", "on 9 March", "Ambassador to", "the UN",
              "’s", "(", "2024", "editorial", "in the daily", "Al-Ra'y"]  # fmt: skip
    endings = ["a spokesperson for Intel", "An editorial in the daily Al-Ra'y on 9 March", "the Kremlin readout", "Infineon's spokesperson",
               "the Ukrainian foreign minister", "US Ambassador to the UN", "officials at Etlaq", "the ministry's statement issued in May", "the envoy to the ABC", "Ambassador for ABC"]  # fmt: skip
    prefixes = odd_strings(pieces, 3000, 16, longest=6)
    texts = [*(p[:end] for p in paragraphs[:1500] for end in range(0, len(p), 97)), *odd_strings(pieces, 10000, 17, longest=10)]
    texts += [prefix + " " + ending for prefix in prefixes for ending in endings]
    for text in texts:
        for start, end in [(0, len(text)), (max(0, len(text) - 40), len(text) - 3)]:
            whole = pattern.search(text, start, end)
            last = pattern.search(text, names.after_last_comma(text, start, end), end)
            assert (whole and (whole.span(), whole.groups())) == (last and (last.span(), last.groups())), text


def test_an_abbreviation_s_name_is_searched_for_after_the_last_character_no_name_holds(paragraphs):
    pieces = ["Ministry", "of", "Foreign", "Affairs", "the", "for", "U.S.", "A.", "O’Brien", "de", " ", "  ", "\n", ",", ";", "(", ")", "“",
              "-", "x", "é", "(MFA)", "(UN)", "(Mfa)"]  # fmt: skip
    texts = [*(p for p in paragraphs if "(" in p), *odd_strings(pieces, 20000, 17, longest=14)]
    for text in texts:
        for bracket in engine.BRACKETED_ABBREVIATION.finditer(text):
            plain = engine.ABBREVIATION_BEFORE.search(text, max(0, bracket.start() - 120), bracket.end())
            fast = engine.abbreviation_before(text, bracket)
            assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups())), text


def test_paired_single_marks_are_what_the_pattern_with_its_look_behind_first_finds(paragraphs):
    pieces = ["'", "‘", "’", "strangling", "Iran's", " ", "\n", "(", "[", "—", "–", "-", ".", ",", "x", "é", "_", '"', "“", "90s", "…", "%"]
    for text in [*(p for p in paragraphs if "'" in p or "‘" in p), *odd_strings(pieces, 30000, 18, longest=14)]:
        matches = [(m.span(), m.group("words")) for m in marks.PAIRED_SINGLE.finditer(text)]
        assert matches == [(m.span(), m.group("words")) for m in re.finditer(marks.PLAIN_PAIRED_SINGLE, text)], text


def test_a_korean_given_name_is_found_as_the_pattern_with_the_family_name_first_finds():
    from types import SimpleNamespace

    def plain(text: str, first: str, last: str) -> bool:
        found = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(first) + r"\s+" + re.escape(last) + r"\b", text)
        return found is not None and engine.fold_chars(found.group(1)) in engine.KOREAN_FAMILY_NAMES and len(first) <= 5 and len(last) <= 5

    pieces = ["Park", "Kim", "Tae", "Won", "Song", "Hak", "Choe", "Mr", "the", " ", "  ", "\n", ",", "x", "é", "PTae", "Tael"]
    for text in odd_strings(pieces, 20000, 19, longest=10):
        reading = SimpleNamespace(report=SimpleNamespace(source_text=text))
        for first, last in (("Tae", "Won"), ("Song", "Hak")):
            assert engine.ReportAttribution.korean_given_name(reading, first, last) == plain(text, first, last), text  # type: ignore[arg-type]


def test_a_pattern_is_gated_only_where_it_cannot_match(paragraphs):
    """Each gate tried before a pattern (the letter after the spaces, the text's ending, a word it must hold) lets
    through every text the pattern matches: skipping the pattern where the gate fails changes nothing."""
    pieces = [*names.OUTLET_NOUN_WORDS, *names.OFFICIALS_NOUNS, *names.GROUP_NOUNS, *names.LEGAL_FORMS, *names.PARTIES,
              *names.OUTLET_NOUNS, "state", "state-run", "in", "of", "the", "Paris", "Su-24", "NGOs", "Broadly", "Kelly", "s", "ly",
              " ", "  ", "\n", "\u00a0", ",", ".", "-", "x", "X", "é", "İ", "ſ"]  # fmt: skip
    windows = [p[start : start + 60] for p in paragraphs for start in range(0, len(p), 23)]
    gates = [
        (names.OUTLET_NOUN.match, lambda t: shortcuts.after_spaces(t) in names.OUTLET_NOUN_INITIALS),
        (names.OFFICIALS_NOUN.match, lambda t: shortcuts.after_spaces(t) in names.OFFICIALS_NOUN_INITIALS),
        (names.GROUP_NOUN.match, lambda t: shortcuts.after_spaces(t) in names.GROUP_NOUN_INITIALS),
        (names.IN_PLACE.match, lambda t: shortcuts.after_spaces(t) == "i"),
        (names.LEGAL_FORM.search, lambda t: t.endswith(names.LEGAL_FORM_ENDINGS)),
        (lambda t: (m := names.OUTLET_NOUN.search(t)) and m.end() == len(t), lambda t: t.endswith(names.OUTLET_NOUN_WORDS)),
        (names.OUTLET_BEFORE.search, lambda t: t.rstrip().endswith(names.OUTLET_NOUNS_ENDING)),
        (names.PARTY_BEFORE_NAME.match, lambda t: t.startswith(names.PARTIES) or names.PARTY_INSIDE.search(t) is not None),
        (names.MODEL_NUMBER.search, lambda t: "-" in t),
        (names.PLURAL_INITIALS.fullmatch, lambda t: t.endswith("s")),
        (names.PERSON_OF_BODY.match, lambda t: "of" in t),
        (names.ADVERB.fullmatch, lambda t: t.endswith("ly")),
        (names.APPOSITIVE_AHEAD.match, lambda t: t.lstrip().startswith(",")),
        (names.APPOSITIVE_TO_END.match, lambda t: t.lstrip().startswith(",")),
        (dates.IGNORECASE_SPECIAL.search, lambda t: not t.isascii()),
    ]
    for text in [*windows, *odd_strings(pieces, 20000, 12, longest=6)]:
        for matches, gate in gates:
            assert not matches(text) or gate(text), (text, gates.index((matches, gate)))


def test_the_tail_s_gate_word_is_looked_for_after_its_last_comma_only_where_it_can_matter(paragraphs):
    """A tail holding a gate word only before its last comma or semicolon: none of the four patterns it gates matches."""
    pieces = ["the", "The", "Russian", "foreign", "ministry", "spokesman", "for", "of", "Ukraine", "statement", "state", "media",
              "on", "9", "March", "in", "2019", "to", "TV", ",", ";", " ", "editorial", "a", "A"]  # fmt: skip
    tails = [" ".join(p[:end].split()) for p in paragraphs for end in range(0, len(p), 41)]
    for tail in [*tails, *(" ".join(t.split()) for t in odd_strings(pieces, 20000, 13, longest=9))]:
        clause = names.after_last_comma(tail)
        if names.TAIL_GATE_WORD.search(tail) is None or names.TAIL_GATE_WORD.search(tail, clause) is not None:
            continue
        assert names.ROLE_FOR.search(tail, clause) is None, tail
        assert names.BODY_ROLE.search(tail, clause) is None, tail
        assert names.LOWER_BODY_WORD.search(tail) is None, tail
        assert names.LOWER_BODY_END.search(tail) is None, tail


def test_as_saying_is_looked_for_only_before_a_last_word_in_ing(paragraphs):
    pieces = ["as", "As", "AS", "saying", "SAYING", "stating", "adding", "Adding", "said", "quoted", "him", " ", "  ", "\n", ",", ":", "g", "x"]
    befores = [p[:end] for p in paragraphs for end in range(0, len(p), 29)]
    for text in [*befores, *odd_strings(pieces, 20000, 14, longest=8)]:
        assert cues.as_saying_at_end(text) == (cues.AS_SAYING.search(text) is not None), repr(text)


def test_dot_leaders_need_four_stops_or_two_ellipses():
    pieces = [".", ". ", "…", " ", "a", "..", "\n"]
    for text in odd_strings(pieces, 20000, 15, longest=10):
        assert not engine.DOT_LEADERS.search(text) or text.count(".") >= 4 or "……" in text, repr(text)


def test_single_openings_found_by_str_find_are_the_pattern_s_matches(paragraphs):
    pieces = ["'", "‘", "’", "a", "é", "_", "1", " ", "\n", "(", "“", "x'", "'s", "٣"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 16, longest=12)]:
        assert quotes.single_openings(text) == [m.start() for m in quotes.SINGLE_OPENING.finditer(text)], repr(text)


def test_the_character_after_a_run_of_spaces_is_what_the_pattern_finds():
    pattern = re.compile(r"\s+(.?)")
    for text in odd_strings([" ", "\n", "\u00a0", "\u3000", "\x1c", "a", "é", ",", "_"], 20000, 17, longest=6):
        for position in range(len(text) + 1):
            match = pattern.match(text, position)
            assert shortcuts.after_spaces(text, position) == (match.group(1) if match else ""), (text, position)
