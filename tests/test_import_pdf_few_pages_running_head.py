"""A PDF's text of two pages, too few for its running head to recur three times: a line with words that stands at the
top of every page (on the first among its opening lines) or at the foot of every page ('Media Release', 'Transcripts')
is the page's head, left out wherever it falls, never a heading nor words in a speaker's turn."""

from __future__ import annotations

import random
import textwrap

from dossier.importer import import_text

PLACES = ["the outer basin", "the ferry slip", "the north quay", "the pilots' hut", "the fish hall", "the old light", "the marina", "the coal wharf"]


def transcript_lines() -> list[str]:
    lines: list[str] = []
    for number, place in enumerate(PLACES):
        lines += textwrap.wrap(f"QUESTION: What will the trust do about {place} this year, and who will pay for the works there?", 72)
        lines += textwrap.wrap(
            f"MIRA HOLT: The trust will mend {place} before the winter of 202{number}. The borough will meet half the cost "
            f"from the quay levy, and the rest will come from the trust's reserves, which are larger than when we last spoke of {place}.",
            72,
        )
    return lines


def two_pages(head: str, at_foot: bool) -> str:
    lines = transcript_lines()
    half = len(lines) // 2 + 1  # the page breaks inside a turn
    pages = []
    for number, part in enumerate((lines[:half], lines[half:]), start=1):
        pages.append("\n".join(([] if at_foot else [head]) + part + ([head] if at_foot else []) + [str(number)]))
    return "Quay trust press briefing\n\n12 March 2021\n\n" + "\n\f".join(pages) + "\n"


def body(text: str) -> str:
    return import_text(text, "briefing.txt").markdown.split("+++")[2]


def test_a_head_at_the_top_of_both_pages_is_left_out() -> None:
    markdown = body(two_pages("Transcripts", at_foot=False))
    assert "Transcripts" not in markdown


def test_a_head_at_the_foot_of_both_pages_is_left_out_of_the_turn_it_falls_in() -> None:
    markdown = body(two_pages("Media Release", at_foot=True))
    assert "Media Release" not in markdown
    assert "MIRA HOLT: The trust will mend" in markdown


def test_a_line_on_one_page_only_stays() -> None:
    # near miss: a subhead at the top of the second page alone
    lines = transcript_lines()
    half = len(lines) // 2 + 1
    text = (
        "Quay trust press briefing\n\n12 March 2021\n\n"
        + "\n".join([*lines[:half], "1"])
        + "\n\fQuestions from the floor\n\n"
        + "\n".join([*lines[half:], "2"])
        + "\n"
    )
    assert "Questions from the floor" in body(text)


NOUNS = "trust borough boatmen ferries basin survey levy slipway quay dredger lock pilots silt council budget clerk wharf".split()
VERBS = "agreed asked found warned wrote argued decided promised expected noted feared hoped".split()


def release_lines(seed: int) -> list[str]:
    rng = random.Random(seed)  # varied prose: no wrapped line twice, so none reads as a running line
    lines: list[str] = []
    for _ in range(4):
        sentences = []
        for _ in range(3):
            a, b, c, d = rng.sample(NOUNS, 4)
            sentences.append(
                f"The {a} {rng.choice(VERBS)} that the {b} would need {rng.randint(3, 99)} more weeks on the {c} before the {d} could open."
            )
        lines += [*textwrap.wrap(" ".join(sentences), 72), ""]
    return lines


def test_the_headline_under_the_masthead_keeps_its_first_page_copy() -> None:
    # near miss: the second page repeats the headline at its top; the first page's copy, under the label and the date, is the title
    headline = "Quay trust to mend the north slipway"
    text = (
        f"MEDIA RELEASE\n\n12 March 2021\n\n{headline}\n\n"
        + "\n".join([*release_lines(0), "1"])
        + f"\n\f{headline}\n\n"
        + "\n".join([*release_lines(4), "2"])
        + "\n"
    )
    result = import_text(text, "release.txt")
    assert next(s for s in result.summary if s.startswith("title:")).startswith(f"title: '{headline}'")
    assert result.markdown.split("+++")[2].count(headline) <= 1
