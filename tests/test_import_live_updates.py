"""A live or wire-fed story that grows by updates prints a cued paragraph again, sometimes with a new sentence: both copies
are the story's own paragraphs, not a pull quote and the paragraph it repeats."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "Gale floods the harbour at Kestrel Bay\n\nMarch 3, 2024\n\nThe gale reached the coast before dawn and the sea rose over the harbour wall within the hour, residents said."
CUED = '"The water has never come this far up," Pier Warden Ilse Marrow said. "Every household on the front has been moved."'
NEW = "All ferries were cancelled, the port authority said."
FILLER = [
    "Rescue crews worked through the morning to reach houses on the lower streets, where the water stood a metre deep.",
    "The council opened two school halls for those who had left their homes, and volunteers brought blankets and food.",
    "Power was cut to much of the old town, and the railway line to the north was closed after a landslip near the tunnel.",
]
TAIL = "The coastguard said two fishing boats had been pulled from their moorings and were found on the beach to the south."


def story(first: str, later: str, between: list[str]) -> str:
    return "\n\n".join([HEAD, first, *between, later, TAIL]) + "\n"


@pytest.mark.parametrize(
    "later, between",
    [
        (f"{CUED} {NEW}", [*FILLER, "Earlier updates"]),  # the new sentence after, a subheading between
        (f"{NEW} {CUED}", FILLER),  # the new sentence first
        (f"{CUED} {NEW}", []),  # the repeat is the next paragraph
        (CUED, FILLER),  # an identical repeat
    ],
)
def test_a_cued_paragraph_printed_again_in_a_later_update_is_kept_in_both_places(later: str, between: list[str]) -> None:
    result = import_text(story(CUED, later, between), "live.txt")
    assert "pull quote" not in result.dropped
    assert result.markdown.count("has never come this far up") == 2


def test_a_quotation_set_apart_without_its_cue_is_still_a_pull_quote() -> None:
    line = '"The water has never come this far up, and every household on the front has been moved."'
    paragraph = f'{FILLER[0]} "The water has never come this far up, and every household on the front has been moved," Marrow said.'
    result = import_text(story(FILLER[1], paragraph, [line, FILLER[2]]), "live.txt")
    assert result.dropped.get("pull quote") == [line]


def test_a_cued_line_whose_cue_the_paragraph_does_not_repeat_is_still_a_pull_quote() -> None:
    line = '"The water has never come this far up the front in all my years on the pier," Marrow said.'
    paragraph = f'Pier Warden Ilse Marrow spoke for an hour. "The water has never come this far up the front in all my years on the pier." {NEW}'
    result = import_text(story(FILLER[1], paragraph, [line, FILLER[2]]), "live.txt")
    assert result.dropped.get("pull quote") == [line]


def test_a_sentence_of_the_text_with_no_quotation_repeated_whole_is_still_a_pull_quote() -> None:
    line = "The council sold the pier bonds to its own pension fund and never told the trustees about it."
    paragraph = f"{FILLER[0]} {line} They were not told why."
    result = import_text(story(FILLER[1], paragraph, [line, FILLER[2]]), "live.txt")
    assert result.dropped.get("pull quote") == [line]


ONE_CUED = '"Nobody goes back on the quay until the wall is mended," harbour foreman Tomas Vell said.'
ONE_CUED_PARAGRAPH = f'{ONE_CUED} "Two cranes fell in last winter\'s storm and nothing was fixed."'


@pytest.mark.parametrize("order", ["lift first", "paragraph first"])
def test_one_cued_sentence_lifted_from_its_paragraph_is_still_a_pull_quote(order: str) -> None:
    first, later = (ONE_CUED, ONE_CUED_PARAGRAPH) if order == "lift first" else (ONE_CUED_PARAGRAPH, ONE_CUED)
    result = import_text(story(first, later, [FILLER[0]]), "story.txt")
    assert result.dropped.get("pull quote") == [ONE_CUED]
    assert result.markdown.count("until the wall is mended") == 1


@pytest.mark.parametrize("parting", ["11:20 AM", "Updated 2:45 p.m.", "Earlier updates"])
def test_one_cued_sentence_printed_again_in_a_later_update_is_kept(parting: str) -> None:
    result = import_text(story(ONE_CUED, ONE_CUED_PARAGRAPH, [FILLER[0], parting, FILLER[1]]), "live.txt")
    assert "pull quote" not in result.dropped
    assert result.markdown.count("until the wall is mended") == 2
