"""The quote-level gold in tests/corpus/gold agrees with the texts in tests/corpus/reports.

Every quotation-mark span the texts contain is found here by an extractor that knows only
typography (straight and curly double quotes, single quotes that are not apostrophes, a
quotation carried over several paragraphs that each open with a mark, `''` used as a
closing mark, doubled curly single marks (`‘’…’’`) as double ones, an unpaired straight mark closing a curly quotation), and each span must be
listed, in reading order, either in a gold file's `quotes` or in its `not_statements`. So a
span left out of the gold, or a gold text that is not in the report, fails here, as does a
speaker whose quotes do not add up to its `quote_count`.
"""

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
GOLD = HERE / "gold"
SHARED = HERE.parents[2] / "shared"
STEMS = sorted(path.stem for path in REPORTS.glob("*.txt"))
# The seed and the three texts of ../shared/corpus; other reports in this folder have no shared original.
BUILT_HERE = [
    "00-memri-seed",
    "02-crs-r49352-mongolia-in-brief",
    "04-rusi-russian-view-of-sanctions",
    "06-isw-repost-ukraine-update-2022-03-06",
]
SEED_SOURCE = "Source: MEMRI Inquiry & Analysis Series No. 1611 (the project's seed report, ../shared/seeds/000_eda32117bbafeb36.txt)\n\n"
NOTE_MARK = re.compile(r"\[(\d+)\]")
ISO_OR_YEARLESS = re.compile(r"^(\d{4}-|--)\d{2}-\d{2}$")  # 2022-01-19, or --06-16 without a year


@dataclass
class Span:
    line: int  # 1-based line of the opening mark
    column: int
    text: str  # the words inside the marks; paragraphs of a carried-over quotation joined by a blank line
    closed: bool


def _words(text: str) -> list[str]:
    return text.split()


def _single_spans(text: str, line: int, column0: int, opener: str, closer: str) -> list[Span]:
    """Single-quoted spans in one paragraph; an apostrophe inside a word is never a mark."""
    spans: list[Span] = []
    if opener == closer:
        opening = re.compile(r"(?<![\w'])'(?=[^\s'])")
        closing = re.compile(r"(?<=[^\s'])'(?![\w'])")
    else:
        opening = re.compile(re.escape(opener))
        closing = re.compile(r"(?<=\S)" + re.escape(closer) + r"(?!\w)")
    position = 0
    while True:
        start = opening.search(text, position)
        if not start:
            return spans
        end = closing.search(text, start.end())
        if not end:
            return spans
        spans.append(Span(line, column0 + start.start(), text[start.end() : end.start()], True))
        position = end.end()


def _close_curly_with_straight(line: str) -> str:
    """Mixed marks, `“Union Resolve-2022"`: in a paragraph with an odd number of straight marks,
    the first straight mark that stands inside an open curly quotation closes it."""
    marks = [match.start() for match in re.finditer('"', line)]
    if len(marks) % 2 == 0:
        return line
    for mark in marks:
        before = line[:mark]
        if before.rfind("“") > before.rfind("”"):
            return line[:mark] + "”" + line[mark + 1 :]
    return line


STRAIGHT_OPENER_CLOSED_CURLY = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–]))"(?=[^\s"“”][^"“”]*”)')
MIRRORED_STRAIGHT_PAIR = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–]))"([^"“”]+”[^"“”]+“[^"“”]+)"(?!\w)')
STRAIGHT_CUE_IN_CURLY = re.compile(r'(?<=[^\s"“”])"(\s+[^"“”]{1,80}?\s+)"(?=[^\s"“”])')


def _straight_closers_of_curly(line: str) -> str:
    """`“A." she said. “B," he said. “C.”`: when every straight mark of a paragraph stands right after a word or
    stop inside an open curly quotation and before a space or the end, each closes that quotation (a press's slip);
    a straight pair quoted inside a curly quotation (`“He said "no" twice.”`) opens after a space and is left."""
    marks = [match.start() for match in re.finditer('"', line)]
    if not marks or len(marks) % 2:
        return line
    for mark in marks:
        before = line[:mark]
        if not (before.rfind("“") > before.rfind("”") and mark and not line[mark - 1].isspace()):
            return line
        if mark + 1 < len(line) and not line[mark + 1].isspace():
            return line
        line = line[:mark] + "”" + line[mark + 1 :]
    return line


def _mixed_pairs(line: str) -> str:
    """Mixed marks of another kind: a straight mark closed by a curly one (`"These guards …,” she said.`, in a paragraph
    with an odd number of straight marks, where no curly mark opens before the closing one) is a curly opening, and a
    cue set off by straight marks inside a curly quotation (`“When it comes," he said, "you will see.”`) splits it."""
    line = _straight_closers_of_curly(line)
    if line.count('"') == 2:  # `"A,” he said. “B."`: each straight mark pairs with a curly one, not with the other
        line = MIRRORED_STRAIGHT_PAIR.sub(lambda match: f"“{match.group(1)}”", line)
    if line.count('"') % 2:
        opener = STRAIGHT_OPENER_CLOSED_CURLY.search(line)
        if opener is not None and line.rfind("“", 0, opener.start()) <= line.rfind("”", 0, opener.start()):
            line = line[: opener.start()] + "“" + line[opener.end() :]
    if "“" in line and line.count('"') >= 2:

        def split(match: re.Match[str]) -> str:
            before = line[: match.start()]
            inside = before.rfind("“") > before.rfind("”") and "”" in line[match.end() :]
            return f"”{match.group(1)}“" if inside else match.group(0)

        line = STRAIGHT_CUE_IN_CURLY.sub(split, line)
    return line


STRAIGHT_REOPENING = re.compile(r'(?<=[.?!]) "(?=[A-Z])')


def _reopened_paragraphs(line: str) -> str:
    """A quotation in straight marks whose paragraphs a site ran into one line (`… tax rises. "I have met …`): the
    mark after a sentence's end, before a capital, that would close the quotation opens its next paragraph; the
    paragraph before it is closed there (a mark put in before the space), as it was before the paragraphs were run
    together."""
    pieces, done, count = [], 0, 0
    for mark in re.finditer('"', line):
        if count % 2 and STRAIGHT_REOPENING.match(line, mark.start() - 1):
            pieces += [line[done : mark.start() - 1], '"']
            done = mark.start() - 1
            count += 1
        count += 1
    return "".join(pieces) + line[done:] if pieces else line


DOUBLED_PAIR = re.compile(r"‘’([^‘’]*?)’’")
DOUBLED_OPENER = re.compile(r"‘’(?=\S)")


def _doubled_as_double(line: str) -> str:
    """`''` for a double mark, and doubled curly single marks as some presses set them (`‘’Members …’’`)."""
    line = DOUBLED_PAIR.sub(r"“\1”", line.replace("''", '"'))
    return DOUBLED_OPENER.sub("“", line)  # `‘’In practice, …”`: closed with a double mark


def extract_spans(text: str) -> list[Span]:
    """Every quotation-mark span of a text, in reading order (by the opening mark)."""
    paragraphs = [
        (number, _reopened_paragraphs(_mixed_pairs(_doubled_as_double(line)))) for number, line in enumerate(text.split("\n"), 1) if line.strip()
    ]
    spans: list[Span] = []
    index = 0
    while index < len(paragraphs):
        number, line = paragraphs[index]
        line = _close_curly_with_straight(line)
        spans += _single_spans(line, number, 0, "'", "'")
        spans += _single_spans(line, number, 0, "‘", "’")
        for match in re.finditer(r"“([^”]*)(”?)", line):
            spans.append(Span(number, match.start(), match.group(1), bool(match.group(2))))
        marks = [match.start() for match in re.finditer('"', line)]
        for start, end in zip(marks[0::2], marks[1::2], strict=False):
            spans.append(Span(number, start, line[start + 1 : end], True))
        if len(marks) % 2:
            # An open quotation is carried on when the next paragraph, or the one after a
            # caption, opens with a mark; it ends at its closing mark or at the end of the
            # last paragraph it was carried into.
            start = marks[-1]
            parts = [line[start + 1 :]]
            closed = False
            last = index
            while not closed:
                if last + 1 < len(paragraphs) and paragraphs[last + 1][1].startswith('"'):
                    last += 1
                elif last + 2 < len(paragraphs) and paragraphs[last + 2][1].startswith('"'):
                    last += 2
                else:
                    break
                carried = paragraphs[last][1][1:]
                end = carried.find('"')
                if end >= 0:
                    carried, closed = carried[:end], True
                offset = start + 1 + sum(len(part) + 2 for part in parts)
                spans += _single_spans(carried, number, offset, "'", "'")
                parts.append(carried)
            spans.append(Span(number, start, "\n\n".join(part.rstrip() for part in parts), closed))
            index = last  # the paragraphs a quotation is carried into hold no other marks in these texts
        index += 1
    spans.sort(key=lambda span: (span.line, span.column))
    return spans


def load(stem: str) -> tuple[str, dict]:
    text = (REPORTS / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    return text, gold


def matches(gold_text: str, span: Span) -> bool:
    """A gold text is the span's words exactly, or (for a long span) its first twelve words or more."""
    wanted, found = _words(gold_text), _words(span.text)
    if wanted == found:
        return True
    if not span.closed:  # a mark never closed: the gold gives the words up to where the quotation plainly ends
        return bool(wanted) and " ".join(found).startswith(" ".join(wanted))
    return len(wanted) >= 12 and found[: len(wanted)] == wanted


def align(quotes: list[dict], others: list[dict], spans: list[Span]) -> tuple[bool, tuple[int, int, int]]:
    """Walk the spans in reading order, each taken by the next entry of `quotes` or of `others`.

    Two consecutive quotes with the same text and different speakers take one span (a joint
    quote). Returns whether every span and every entry was used, and the furthest point
    reached (span, quote, other) for the failure message.
    """
    furthest = (0, 0, 0)

    @functools.cache
    def walk(span: int, quote: int, other: int) -> bool:
        nonlocal furthest
        furthest = max(furthest, (span, quote, other))
        if span == len(spans):
            return quote == len(quotes) and other == len(others)
        if quote < len(quotes) and matches(quotes[quote]["text"], spans[span]):
            following = quote + 1
            while (
                following < len(quotes)
                and quotes[following]["text"] == quotes[quote]["text"]
                and quotes[following]["speaker"] != quotes[following - 1]["speaker"]
            ):
                following += 1
            if walk(span + 1, following, other):
                return True
        return other < len(others) and matches(others[other]["text"], spans[span]) and walk(span + 1, quote, other + 1)

    return walk(0, 0, 0), furthest


@pytest.fixture(params=STEMS)
def stem(request) -> str:
    return request.param


def test_the_corpus_has_its_reports_and_their_gold():
    assert set(BUILT_HERE) <= set(STEMS)
    assert sorted(path.stem for path in GOLD.glob("*.json")) == STEMS


@pytest.mark.parametrize("stem", BUILT_HERE)
def test_texts_are_copies_of_the_shared_files(stem):
    ours = (REPORTS / f"{stem}.txt").read_bytes()
    if stem == "00-memri-seed":
        shared = SHARED / "seeds" / "000_eda32117bbafeb36.txt"
        expected_prefix = SEED_SOURCE.encode()
    else:
        shared = SHARED / "corpus" / "reports" / f"{stem}.txt"
        expected_prefix = b"Source: "
    assert ours.startswith(expected_prefix)
    if not shared.exists():
        pytest.skip(f"{shared} is not on this machine")
    expected = shared.read_bytes()
    if stem == "00-memri-seed":
        expected = SEED_SOURCE.encode() + expected
    assert hashlib.sha256(ours).hexdigest() == hashlib.sha256(expected).hexdigest()


@pytest.mark.parametrize("stem", BUILT_HERE[1:])
def test_shared_gold_fields_are_kept(stem):
    shared = SHARED / "corpus" / "gold" / f"{stem}.json"
    if not shared.exists():
        pytest.skip(f"{shared} is not on this machine")
    theirs = json.loads(shared.read_text(encoding="utf-8"))
    _, ours = load(stem)
    assert {key: ours[key] for key in theirs} == theirs


def test_every_quotation_mark_span_is_in_the_gold_once(stem):
    text, gold = load(stem)
    spans = extract_spans(text)
    quotes, others = gold["quotes"], gold["not_statements"]
    aligned, (span, quote, other) = align(quotes, others, spans)
    if not aligned:
        found = f"line {spans[span].line}: {spans[span].text[:70]!r}" if span < len(spans) else "the end of the text"
        pending_quote = quotes[quote]["text"][:70] if quote < len(quotes) else None
        pending_other = others[other]["text"][:70] if other < len(others) else None
        pytest.fail(
            f"{stem}: at span {span} of {len(spans)} ({found}) neither the next quote {pending_quote!r} "
            f"nor the next not_statement {pending_other!r} fits"
        )


def test_quotes_add_up_to_each_speakers_quote_count(stem):
    _, gold = load(stem)
    names = [speaker["name"] for speaker in gold["speakers"]]
    assert len(names) == len(set(names))
    for quote in gold["quotes"]:
        assert quote["speaker"] in names, quote
        assert set(quote) == {"speaker", "text", "date"}, quote
        assert quote["date"] is None or ISO_OR_YEARLESS.match(quote["date"]), quote
    for speaker in gold["speakers"]:
        own = [quote for quote in gold["quotes"] if quote["speaker"] == speaker["name"]]
        assert len(own) == speaker["quote_count"], speaker["name"]
        assert sorted({quote["date"] for quote in own if quote["date"]}) == sorted(speaker["dates"]), speaker["name"]
    for entry in gold["not_statements"]:
        assert set(entry) == {"text", "why"} and entry["why"], entry


def test_sections_and_notes_are_counted_from_the_text(stem):
    text, gold = load(stem)
    lines = [line.strip() for line in text.split("\n")]
    for section in gold["sections"]:
        assert section in lines, section
    defined = [line for line in lines if NOTE_MARK.match(line)]
    markers = [match for line in lines if not NOTE_MARK.match(line) for match in NOTE_MARK.finditer(line)]
    assert len(defined) == gold["notes_defined"]
    assert len(markers) == gold["note_markers"]
    for heading in gold.get("sections_run_in", []):  # a flattened page's headings, run into its paragraph
        assert heading in text, heading
    assert gold.get("notes_any_form", gold["notes_defined"]) >= gold["notes_defined"]


def test_mixed_marks_pair_as_the_writer_meant():
    text = (
        '"These guards are not the only ones,” Ross said.\n\n“When it comes out," he said, "you will see it.”\n\n'
        '"Heads must roll," he said.\n\n"The dam held,” she said. “Then the rain came."'
    )
    assert [span.text for span in extract_spans(text)] == [
        "These guards are not the only ones,",
        "When it comes out,",
        "you will see it.",
        "Heads must roll,",
        "The dam held,",
        "Then the rain came.",
    ]
    # two straight marks, each closing a curly quotation; near miss: a straight pair quoted inside a curly one
    closers = '“The ice held." Later he said: “The boats are out," Ana said. “We wait.”\n\n“He said "no" twice.”'
    assert [span.text for span in extract_spans(closers)] == ["The ice held.", "The boats are out,", "We wait.", 'He said "no" twice.', "no"]


def test_a_straight_quotation_run_together_from_its_paragraphs_opens_again_at_each():
    text = 'Ms Varga said: "I have listened to them. "I have met many." She said rates stay low, "even for some".'
    assert [span.text for span in extract_spans(text)] == ["I have listened to them.", "I have met many.", "even for some"]
    # near miss: a closing mark right after the full stop closes
    assert [span.text for span in extract_spans('"I am done." She left. "Go."')] == ["I am done.", "Go."]
