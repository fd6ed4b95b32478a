"""Subject reading made cheaper finds what it found before.

Each function of dossier.attribution rewritten for speed is compared here with its first form (kept in this file) on
the corpus texts and on strings made to hit the edge cases; bench/attribution.py --dump shows every statement unchanged
and prints the time saved.
"""

from __future__ import annotations

import itertools
import re

import pytest
from corpus_strings import CORPUS, corpus_paragraphs, odd_strings
from dossier.actors import Registry
from dossier.attribution import engine, interviews, marks, names, sieves
from dossier.attribution.cues import CUE_ANY_CASE
from dossier.model import Report
from dossier.sentences import TITLE_ABBREVIATIONS


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return corpus_paragraphs()


def word_ends(paragraphs: list[str], width: int) -> list[str]:
    """The text before each word of the corpus, up to `width` characters: the lefts a verb's subject is read from."""
    return [p[max(0, m.start() - width) : m.start()] for p in paragraphs for m in re.finditer(r"(?<=\s)\S", p)]


def plain_pronoun_before(left: str) -> tuple[str, int, int] | None:
    found = [(m.group(1).lower(), m.start(), m.end()) for m in names.ANY_CASE_PRONOUN.finditer(left, max(0, len(left) - 80))]
    return next((pronoun for pronoun in reversed(found) if names.is_light(left[pronoun[2] :])), None)


def test_the_pronoun_before_a_verb_is_the_one_the_list_of_every_pronoun_gave(paragraphs):
    pieces = ["he", "He", "she", "It", "they", "THEY", "ſhe", "İt", "ıt", " ", ", ", " also ", " later ", "/", "the", "x", "said"]
    for left in [*word_ends(paragraphs, 120), *odd_strings(pieces, 20000, 11, longest=8)]:
        assert names.pronoun_before(left) == plain_pronoun_before(left), repr(left)


def plain_chunks(text: str) -> list[names.Chunk]:
    """chunks() as first written: CHANNEL_NUMBER and OUTLET_NUMBER tried after every chunk."""
    found: list[names.Chunk] = []
    for match in names.CHUNK.finditer(text):
        if found and match.start() < found[-1].finish:
            continue
        noun = names.OUTLET_NOUN.match(text, match.end())
        if noun:
            found.append(names.Chunk(text[match.start() : noun.end()], match.start(), noun.end()))
            continue
        number = names.CHANNEL_NUMBER.match(text, match.end())
        if number:
            found.append(names.Chunk(text[match.start() : number.end()], match.start(), number.end()))
            continue
        number = names.OUTLET_NUMBER.match(text, match.end())
        if number and (match.group(0).endswith(names.NUMBERED_OUTLET_WORDS) or f"{match.group(0)} {number.group(1)}".lower() in names.KNOWN_OUTLETS):
            found.append(names.Chunk(text[match.start() : number.end()], match.start(), number.end()))
            continue
        previous = found[-1] if found else None
        if previous is not None and names._joins_previous(previous, text[previous.finish : match.start()], match.group(0)):
            found[-1] = names.Chunk(text[previous.begin : match.end()], previous.begin, match.end())
            continue
        found.append(names.Chunk(match.group(0), match.start(), match.end()))
    return names.split_at_sentence_ends(names._join_field_lists(text, found))


def test_a_channel_s_number_is_read_only_after_channel_as_before(paragraphs):
    pieces = [
        "Channel",
        "Kanal",
        "channel",
        "Chan",
        "nel",
        "Israel’s",
        " ",
        "12",
        "One",
        "one",
        "TV",
        "News",
        "and",
        "Al-",
        "x",
        "Ş",
        "France",
        "24",
        "people",
    ]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 12, longest=8)]:
        assert names.chunks(text) == plain_chunks(text), repr(text)


def test_the_sets_made_once_are_the_expressions_they_replace():
    assert names.NOT_NAMES - {"may", "soon"} - names.FRENCH_OPENING_IMPERATIVES == names.NOT_NAMES_BUT_MAY
    assert names.TITLE_WORDS - {"for", "of", "on"} == names.TITLE_WORDS_BUT_LINKS
    assert names.TITLE_NOT_BODY_WORDS == names.TITLE_WORDS - names.ORGANIZATION_WORDS
    made = (
        names.TITLE_WORDS
        | names.NOT_NAMES
        | names.DEMONYMS
        | engine.PREFIXES_BEFORE_NAMES
        | engine.BODY_WORDS_BEFORE_NAMES
        | names.PREPOSITIONS
        | {"inside", "outside"}
    )
    assert made == engine.NOT_FIRST_NAMES


def test_a_sentence_opening_on_someone_s_aide_is_looked_for_only_where_a_possessive_stands(paragraphs):
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p)]
    for sentence in [*sentences, "Castro’s pilot publicly stated it.", "One night, Castro's aide said so.", "Castro’spilot stated"]:
        gated = ("’s" in sentence or "'s" in sentence) and engine.POSSESSED_PERSON_OPENING.match(sentence) is not None
        assert gated == (engine.POSSESSED_PERSON_OPENING.match(sentence) is not None), sentence


def test_a_name_before_a_cue_after_the_quote_is_read_with_titles_as_a_prefix_tree(paragraphs):
    plain = re.compile(
        r"^[\s,]*(?:[-–—]\s+)?(?P<who>(?:"
        + sieves.TITLE_ABBREVIATION
        + r"|"
        + sieves.DOTTED_LETTERS
        + r"|[^.!?;:]){1,160}?)(?<![’']s)\s+(?-i:(?![A-Z][a-z]))(?P<cue>"
        + CUE_ANY_CASE
        + r")\b"
        + sieves.STATE_AS_ADJECTIVE,
        re.I,
    )
    titles = TITLE_ABBREVIATIONS.split("|")
    pieces = [*titles, *(t.upper() for t in titles), "Mrs", "ſt", ".", " ", ", ", "said", "SAID", "told", "x", "Kalin", "!", ";", "\n"]
    afters = [p[m.end() :] for p in paragraphs for m in re.finditer(r"[”\"]", p)]
    for text in [*afters, *odd_strings(pieces, 20000, 13, longest=10)]:
        fast, first = sieves.NAME_THEN_CUE.match(text), plain.match(text)
        assert (fast and (fast.span(), fast.group("who"), fast.group("cue"))) == (first and (first.span(), first.group("who"), first.group("cue"))), (
            text
        )


def test_a_plural_noun_s_end_is_looked_for_at_the_chunk_s_end(paragraphs):
    def span(match: re.Match[str] | None) -> tuple[int, int] | None:
        return match.span() if match else None

    chunks = [m.group(0) for p in paragraphs for m in names.CHUNK.finditer(p)]
    for text in [*chunks, *odd_strings(["a", "b", "s", "S", "e", "\n", " ", "x"], 20000, 14, longest=7)]:
        assert span(names.PLURAL_NOUN_END.search(text, len(text) - 4)) == span(names.PLURAL_NOUN_END.search(text)), repr(text)


def plain_governed(text: str, position: int) -> str:
    if text[max(0, min(position, len(text)) - 40) : position].rstrip().endswith(","):
        return ""  # a preposition left at the end of a clause governs nothing after its comma
    written = names.WORD.findall(text[max(0, min(position, len(text)) - 40) : position])
    words = [w.lower() for w in written]
    while words and words[-1] in {"the", "a", "an"}:
        words.pop()
    if len(words) > 1 and words[-1] in {"to", "for"} and words[-2] in names.ENVOY_TITLES:
        return ""
    if len(words) > 1 and words[-1] == "in" and words[-2] in names.TITLES_IN_A_BODY and written[len(words) - 2][:1].isupper():
        return ""
    return words[-1] if words and words[-1] in names.PREPOSITIONS else ""


def test_the_preposition_governing_a_name_is_the_last_word_before_it_past_the_articles(paragraphs):
    pieces = ["of", "the", "The", "a", "An", "by", "with", "to", "Envoy", "ambassador", "x", " ", "’", "-", "İn", "Putin", ","]
    texts = [*(p[:600] for p in paragraphs), *odd_strings(pieces, 20000, 15, longest=10)]
    for text in texts:
        for position in range(0, len(text) + 2, 7):
            assert names._governed(text, position) == plain_governed(text, position), (text, position)


def test_a_body_word_ending_the_tail_is_looked_for_in_its_last_characters(paragraphs):
    words = names.LOWER_BODY_LAST_WORDS.removeprefix("(?:").removesuffix(")").split("|")
    pieces = [*words, "air", "the", "x", " ", "-", "\n", "_", "Ministry", "é"]
    tails = [names._without_light_tail(left) for left in word_ends(paragraphs, 150)]
    for text in [*tails, *odd_strings(pieces, 20000, 16, longest=6)]:
        fast = names.LOWER_BODY_WORD.search(text, len(text) - names.LOWER_BODY_WORD_REACH)
        first = names.LOWER_BODY_WORD.search(text)
        assert (fast and fast.span()) == (first and first.span()), repr(text)


def plain_uses_single_marks(text: str) -> bool:
    singles = 0
    for mark in marks.OPENING_SINGLE_MARK.finditer(text):
        match = marks.SINGLE_SPAN.match(text, mark.start())
        singles += match is not None and len(match.group(0).split()) >= 3
    if singles < marks.SINGLE_STYLE_MIN:
        return False
    doubles = text.count("“") + text.count("«") + text.count('"') // 2
    return singles >= 2 * doubles


def test_a_report_in_single_marks_is_told_as_before_without_scanning_one_that_has_too_few(paragraphs):
    reports = [path.read_text(encoding="utf-8") for path in CORPUS]
    british = "The minister said 'we will not give up the fight for this land' today. "
    pieces = [british, "He said “we will stay here”. ", "Britain's ", "'90s ", "‘quite a long phrase of words here’ ", '"a b c" ', "x "]
    texts = [*reports, *paragraphs, *odd_strings(pieces, 5000, 17, longest=12)]
    assert any(plain_uses_single_marks(text) for text in texts) and not all(plain_uses_single_marks(text) for text in texts)
    for text in texts:
        assert marks.uses_single_marks(text) == plain_uses_single_marks(text), text[:200]


def test_a_name_after_a_usual_title_is_what_the_plain_alternation_finds(paragraphs):
    def found(pattern: re.Pattern[str] | str, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in re.finditer(pattern, text)]

    pieces = [*engine.USUAL_ROLES, "xPresident", "_Mayor", "1Premier", "President-elect", "Joe", "J.", "Biden", " ", "  ", "\n", "é", "’s"]
    reports = [path.read_text(encoding="utf-8") for path in CORPUS]
    for text in [*reports, *odd_strings(pieces, 20000, 18, longest=8)]:
        assert found(engine.TITLED_NAME, text) == found(engine.PLAIN_TITLED_NAME, text), text[:200]


def test_the_cues_governing_a_quote_are_read_once_and_each_caller_gets_its_own_list(paragraphs):
    befores = [p[:end] for p in paragraphs[:400] for end in range(0, len(p), 61)]
    for before in befores:
        first = sieves.governing(before)
        assert [m.span() for m in first] == [m.span() for m in sieves._governing_cues(before)], before
        first.clear()  # a caller's change to its list is not the next caller's
        assert [m.span() for m in sieves.governing(before)] == [m.span() for m in sieves._governing_cues(before)], before


def test_a_word_never_written_in_lower_case_is_no_common_word_without_counting_its_capitals():
    text = "War was near. The war went on. Then war again, and war. In his book War, he said Putin spoke. Putin left."
    report = Report(source_path="t.md", slug="t", title="t", date=None, source_text=text)
    reading = engine.ReportAttribution(report, Registry([]))
    assert reading.is_common_word("War") and not reading.is_common_word("Putin")


def test_a_tail_without_any_word_of_the_gate_matches_none_of_the_four_patterns_it_guards(paragraphs):
    words = [*names.ROLE_FOR_ROLES.split("|"), *names.WORK_WORDS.split("|"), "military", "TV", "Ministry", "the", "of", "for"]
    pieces = [*words, "A", "The", "Kremlin", " ", "  ", "\n", "-", "’s", ",", "x"]
    tails = [names._without_light_tail(left) for left in word_ends(paragraphs, 150)]
    texts = [*tails, *odd_strings(pieces, 20000, 19, longest=7)]
    guarded = [names.ROLE_FOR_WORD, names.WORK_WORD, names.LOWER_BODY_WORD, names.LOWER_BODY_SUFFIXED]
    assert any(names.TAIL_GATE_WORD.search(text) for text in texts) and not all(names.TAIL_GATE_WORD.search(text) for text in texts)
    for text in texts:
        if names.TAIL_GATE_WORD.search(text) is None:
            assert not any(pattern.search(text) for pattern in guarded), repr(text)


def test_an_acronym_is_spelt_out_only_where_each_two_of_its_letters_begin_words_side_by_side():
    reports = [path.read_text(encoding="utf-8") for path in CORPUS]
    made = "the Institute for the Study of War said; Al-Qaeda Network, the European Command and the Bank of the Russian Federation"
    found = 0
    for text in [*reports[:30], made]:
        pairs = {match.group(1) + match.group(2) for match in engine.INITIALS_IN_A_ROW.finditer(text)}
        for acronym in {*re.findall(r"\b[A-Z]{2,6}\b", text), "ISW", "QN", "BRF", "EC", "SWX", "WS"}:
            words = engine.ACRONYM_GLUE.join(letter + r"[\w’'-]+" for letter in acronym)
            spelt = re.search(r"\b" + words + r"\b", text) is not None
            found += spelt
            assert not spelt or all(a + b in pairs for a, b in itertools.pairwise(acronym)), acronym
            for parts in engine.syllable_splits(acronym) if len(acronym) >= 4 else []:
                words = engine.ACRONYM_GLUE.join(part[0] + "(?i:" + part[1:] + r")[\w’'-]*" for part in parts)
                if re.search(r"\b" + words + r"\b", text):
                    assert all(a[0] + b[0] in pairs for a, b in itertools.pairwise(parts)), parts
    assert found > 50


def test_an_acronym_is_spelt_out_only_where_its_whole_row_of_initials_stands_not_each_pair_alone():
    made = "the Institute for the Study of War said; Al-Qaeda Network, the European Command and the Bank of the Russian Federation"
    reports = [path.read_text(encoding="utf-8") for path in CORPUS]
    spelt_count = 0
    for text in [*reports[:30], made]:
        reading = engine.ReportAttribution(Report(source_path="t.md", slug="t", title="t", date=None, source_text=text), Registry([]))
        for acronym in {*re.findall(r"\b[A-Z]{3,6}\b", text), "ISW", "BRF", "SWX", "EUCOM"}:
            words = engine.ACRONYM_GLUE.join(letter + r"[\w’'-]+" for letter in acronym)
            spelt = re.search(r"\b" + words + r"\b", text) is not None
            spelt_count += spelt
            assert not spelt or reading.may_spell(acronym), acronym
            for parts in engine.syllable_splits(acronym) if len(acronym) >= 4 else []:
                words = engine.ACRONYM_GLUE.join(part[0] + "(?i:" + part[1:] + r")[\w’'-]*" for part in parts)
                if re.search(r"\b" + words + r"\b", text):
                    assert reading.may_spell("".join(part[0] for part in parts)), parts
    assert spelt_count > 20


def test_initials_whose_pairs_stand_apart_spell_no_acronym_and_a_whole_row_does():
    def may_spell(text: str, initials: str) -> bool:
        report = Report(source_path="t.md", slug="t", title="t", date=None, source_text=text)
        return engine.ReportAttribution(report, Registry([])).may_spell(initials)

    apart = "Rita Underwood met the press. Later Uma Sato of the Port Board spoke."
    assert not may_spell(apart, "RUS")  # "Rita Underwood" and "Uma Sato": R-U and U-S, never R-U-S
    assert not may_spell(apart, "RUSPB")
    assert may_spell(apart, "USPB")  # "Uma Sato of the Port Board"
    assert may_spell(apart, "RU") and may_spell(apart, "US")
    assert may_spell("Rita Underwood Sato spoke.", "RUS")
    assert may_spell("the Royal United Services Institute and the Royal Navy", "RUSI")


def test_an_acronym_s_words_are_found_with_straight_apostrophes_where_the_pattern_as_written_finds_them():
    made = "the People’s Liberation Army, O’Hara-Rourke Union and O'Neil Union; the Bank of Russia’s Federation; L’Oréal Paris"
    reports = [path.read_text(encoding="utf-8") for path in CORPUS]
    spans = 0
    for text in [*reports[:20], made]:
        straight = engine.ReportAttribution(
            Report(source_path="t.md", slug="t", title="t", date=None, source_text=text), Registry([])
        ).straight_apostrophes()
        assert len(straight) == len(text) and "’" not in straight
        for acronym in sorted({*re.findall(r"\b[A-Z]{2,5}\b", text), "PLA", "OU", "OHRU", "BRF", "LP"})[:25]:
            written = engine.at_word_start(engine.ACRONYM_GLUE.join(letter + r"[\w’'-]+" for letter in acronym)) + r"\b"
            plain = engine.at_word_start(engine.ACRONYM_GLUE.join(letter + r"[\w'-]+" for letter in acronym)) + r"\b"
            found = [m.span() for m in re.finditer(written, text)]
            assert [m.span() for m in re.finditer(plain, straight)] == found, acronym
            spans += len(found)
            for parts in itertools.islice(engine.syllable_splits(acronym), 3):
                written = engine.ACRONYM_GLUE.join(part[0] + "(?i:" + part[1:] + r")[\w’'-]*" for part in parts)
                plain = engine.ACRONYM_GLUE.join(part[0] + "(?i:" + part[1:] + r")[\w'-]*" for part in parts)
                found = [m.span() for m in re.finditer(engine.at_word_start(written) + r"\b", text)]
                assert [m.span() for m in re.finditer(engine.at_word_start(plain) + r"\b", straight)] == found, parts
    assert spans > 20


def test_a_publication_s_pattern_matches_where_its_classes_written_whole_match(paragraphs):
    def written(word: str) -> str:
        escaped = re.escape(word) + r"(?![\w’'-])"
        return r"\b[Tt]he\s+" + escaped + r"|(?<![\w’'-])" + escaped + r"[^.;!?“”\"]{0,80}\bits\b"

    made = [
        "the Post’s editor said in its pages",
        "’Post said in its",
        "The Post’ and its",
        "“Post” said in its",
        "Post said “in its",
        "Post said. In its",
        "the  Post-Gazette and its",
        "O'Post wrote in its",
        'Post" said in its',
    ]
    samples = [*paragraphs[::40], *made]
    words = ["Post", "Tide", "Press"]
    for paragraph in samples:
        for word in [*words, *re.findall(r"[A-Z][a-z]+", paragraph)[:3]]:
            old = re.search(written(word), paragraph)
            new = re.search(engine.publication_pattern(word), paragraph)
            assert (old and old.span()) == (new and new.span()), (word, paragraph[:80])


def test_the_single_mark_and_word_patterns_of_marks_and_listeners_are_compiled_with_their_modules(paragraphs):
    from dossier.attribution import listeners

    re.purge()
    for pattern, written in [(marks.ANY_SINGLE_MARK, r"['‘’]"), (marks.BLANK_LINES, r"(\n\s*\n)"), (listeners.NAME_WORD, r"[\w’'-]+")]:
        assert isinstance(pattern, re.Pattern) and pattern.pattern == written
    text = "\n\n".join(paragraphs[::50]) + "\n \n‘Ana’s’ O'Neil-Roe ’90"
    assert [m.span() for m in marks.ANY_SINGLE_MARK.finditer(text)] == [m.span() for m in re.finditer(r"['‘’]", text)]
    assert marks.BLANK_LINES.split(text) == re.split(r"(\n\s*\n)", text)
    assert [m.span() for m in listeners.NAME_WORD.finditer(text)] == [m.span() for m in re.finditer(r"[\w’'-]+", text)]


def test_a_one_word_name_is_a_company_as_the_pattern_says_with_or_without_its_words_looked_for_first():
    text = (
        "A spokesperson for Intel said so. Altera's products sold. Infineon AG grew. Putin's speech. Nvidia, Inc. rose. "
        "The Qualcomm spokesman spoke. Lukoil's board met. Putin's CEO-like style. Rosneft said: 'the SA-6'. Gazprom"
    )
    report = Report(source_path="t.md", slug="t", title="t", date=None, source_text=text)
    reading = engine.ReportAttribution(report, Registry([]))
    for name in ["Intel", "Altera", "Infineon", "Putin", "Nvidia", "Qualcomm", "Lukoil", "Rosneft", "Gazprom", "Tehran"]:
        pattern = re.compile(
            rf"spokes(?:person|man|woman)\s+for\s+(?:the\s+)?{name}\b|\b{name}(?:’s|'s)?\s+spokes(?:person|man|woman)\b"
            rf"|\b{name},?\s+(?:Inc|Corp|Ltd|LLC|PLC|GmbH|AG|SA|NV)\b"
            rf"|\b{name}(?:’s|'s)\s+(?:website|shares|products|chips|parts|components|headquarters|board|chief executive|CEO)\b"
        )
        plain = any(pattern.search(text, max(0, at - 40), at + len(name) + 40) for at in engine.occurrences(text, name))
        assert reading.described_as_a_company(name) == plain, name


def test_an_unnamed_source_after_said_is_found_from_each_said_as_with_the_word_start_before_it(paragraphs):
    plain = re.compile(r"\bsaid" + sieves.UNNAMED_AFTER.pattern)
    pieces = ["said", "Said", "xsaid", "_said", " ", ", ", "a", "one", "US", "official", "officials", "source", "\n", "“", "x"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 15, longest=10)]:
        fast, first = engine.UNNAMED_AFTER_CUE.search(text), plain.search(text)
        assert (fast and fast.span()) == (first and first.span()), repr(text)


def test_a_person_telling_the_writer_is_looked_for_only_where_the_verb_and_me_or_us_stand(paragraphs):
    pieces = ["He", "she", "Zelensky", " ", "told", "tells", "warned", "me", "us", "Us", "later", "x", ",", "\n", "’"]
    for text in [*paragraphs, *odd_strings(pieces, 20000, 16, longest=10)]:
        assert interviews.TELLS_WRITER.search(text) is None or interviews.TOLD_WRITER.search(text) is not None, repr(text)


def test_a_name_then_a_cue_after_the_quote_is_matched_only_where_a_cue_word_follows_a_space(paragraphs):
    afters = [p[m.end() :] for p in paragraphs for m in re.finditer(r"[”\"]", p)]
    pieces = ["Mr.", "U.S.", " ", "\n", ", ", "said", "SAID", "Said", "told", "x", "Kalin", ".", "the", "state", "media", "-"]
    for text in [*afters, *odd_strings(pieces, 20000, 18, longest=10)]:
        assert sieves.NAME_THEN_CUE.match(text) is None or sieves.SPACED_CUE.search(text) is not None, repr(text)


def test_a_body_s_work_is_looked_for_only_where_its_word_stands_near_the_tail_s_end(paragraphs):
    tails = [names._without_light_tail(left) for left in word_ends(paragraphs, 300)[::9]]
    pieces = ["the", "The", "Kremlin", "PRC", "foreign ministry", "readout", "press release", "secretary-general", "from", "published", "a", "x" * 30]
    made = [" ".join(words.split()) for words in odd_strings([f" {p} " for p in pieces], 5000, 19, longest=12)]
    long_ones = [f"the Kremlin secretary-general published {'x' * n}" for n in range(95, 105)]
    for tail in [*tails, *made, *long_ones]:
        gate = names.WORK_WORD.search(tail, max(0, len(tail) - names.BODY_ROLE_REACH))
        assert names.BODY_ROLE.search(tail) is None or gate is not None, repr(tail)
    assert (
        sum(names.BODY_ROLE.search(tail) is not None for tail in long_ones) == 5
    )  # the reach is no longer than it must be: 95 to 99 characters after the word


def test_a_possessor_s_request_is_looked_for_only_where_the_text_ends_with_for(paragraphs):
    befores = [p[: m.start()] for p in paragraphs for m in re.finditer(r"[“\"]", p)]
    pieces = ["the Pentagon's", "Kyiv’s", " ", "\n", "request", "calls", "for", "For", "x", ",", "urgent"]
    for before in [*befores, *odd_strings(pieces, 20000, 20, longest=8)]:
        found = sieves.POSSESSIVE_REQUEST.search(before)
        assert (found and found.span()) == ((match := sieves.possessive_request(before)) and match.span()), repr(before)


def test_a_person_s_place_is_looked_for_only_in_a_chunk_with_of(paragraphs):
    chunks = [m.group(0) for p in paragraphs for m in names.CHUNK.finditer(p)]
    assert all(names.OF_PLACE.search(chunk) is None for chunk in chunks if "of" not in chunk and "for" not in chunk)


def test_as_noted_tries_its_patterns_only_where_as_and_a_space_stand(paragraphs):
    for pattern in [sieves.AS_X_NOTES, sieves.AS_HE_PUTS_IT, sieves.AS_NOTED_BY_AS]:
        assert pattern.pattern.startswith(sieves.AS_THEN_SPACE.pattern), pattern
    befores = [p[: m.start()] for p in paragraphs for m in re.finditer(r"[“\"]", p)]
    pieces = ["As", "as", "has", " ", "\n", "Weitz", "notes", "noted by", "he puts it", ",", "x"]
    for before in [*befores, *odd_strings(pieces, 20000, 21, longest=8)]:
        if sieves.AS_THEN_SPACE.search(before) is None:
            assert not any(p.search(before) for p in [sieves.AS_X_NOTES, sieves.AS_HE_PUTS_IT, sieves.AS_NOTED_BY_AS]), repr(before)


def test_according_to_tries_its_possessive_and_such_as_patterns_only_where_their_words_stand(paragraphs):
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p)]
    pieces = ["Biden's", "the church’s", "In", "in", "from", " ", "\n", "comments", "that", "words", "view", "statements", "such as", "like", "x"]
    for text in [*sentences, *odd_strings(pieces, 20000, 22, longest=8)]:
        if "’" not in text and "'" not in text:
            assert not any(p.search(text) for p in [sieves.POSSESSIVE_CUE, sieves.IN_POSSESSIVE_VIEW, sieves.IN_ROLE_VIEW]), repr(text)
        if "that" not in text:
            assert sieves.POSSESSIVE_CUE.search(text) is None, repr(text)
        if not text.rstrip().endswith(("such as", "like")):
            assert sieves.STATEMENTS_SUCH_AS.search(text) is None, repr(text)


def test_a_tail_the_old_scan_of_the_text_left_unread_holds_nothing_the_patterns_on_it_need(paragraphs):
    """The tail is worked out for every text now: where the scan that gated it found none of its words (and the text has
    no "the"), the tail holds no word the role, work and body patterns need, so they find what they found on ""."""
    words = sorted({*names.ROLE_FOR_ROLES.split("|"), *names.WORK_WORDS.split("|")})  # "press office" also across a line end
    plain_gate = re.compile("|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) + r"|\b" + names.LOWER_BODY_LAST_WORDS + r"\b")
    pieces = ["commander", "command", "forced", "forces", "officers", "press", "release", "\n", " ", ",", "TVs", "x", "Ministry", "staffer"]
    for left in [*word_ends(paragraphs, 150)[::3], *odd_strings(pieces, 20000, 23, longest=8)]:
        if "the" in left.lower() or plain_gate.search(left):
            continue
        tail = names._without_light_tail(left)
        assert "the" not in tail.lower() and not names.ROLE_FOR_WORD.search(tail) and not names.WORK_WORD.search(tail), repr(left)
        assert not names.LOWER_BODY_WORD.search(tail, len(tail) - names.LOWER_BODY_WORD_REACH), repr(left)
        assert not names.LOWER_BODY_SUFFIXED.search(tail), repr(left)
