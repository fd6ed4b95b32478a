"""A surname quoted alone ("Sleigh said") takes the given name the report writes before it, never the last word of the
paragraph above ("Photo: Tom Mara" over "Sleigh said …"): a blank line is no space inside a name. Passages written for
these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“We were poor from the first whistle.”"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_a_word_ending_the_paragraph_above_is_no_given_name():
    assert speakers(f"Photo: Tom Mara\n\nSleigh said: {QUOTE}") == ["Sleigh"]
    assert speakers(f"The talks ended on Friday, said a report by the Norland Daily's Mara\n\nSleigh said: {QUOTE}") == ["Sleigh"]


def test_near_miss_a_name_broken_across_a_line_or_written_in_full_keeps_its_given_name():
    assert speakers(f"The book thanks Mara\nSleigh, who said: {QUOTE}") == ["Mara Sleigh"]
    assert speakers(f"Mara Sleigh runs the club.\n\nSleigh said: {QUOTE}") == ["Mara Sleigh"]


def test_near_miss_a_sentence_cut_off_inside_the_name_keeps_the_given_name():
    body = (
        "In the second chapter of the plan, the former deputy head of the Norland Harbour Agency for Coastal Works Max"
        f"\n\nBrisk argues that the agency must change. Brisk said: {QUOTE}"
    )
    assert speakers(body) == ["Max Brisk"]


def test_a_heading_or_a_photo_credit_before_the_paragraph_gives_no_second_given_name():
    """The one full name the report gives the surname, as a word of a heading or a credit is no other given name of it."""
    assert speakers(f"Olek Brandt runs the club.\n\nCalls grow for a harbour inquiry\n\nBrandt said: {QUOTE}") == ["Olek Brandt"]
    assert speakers(f"Olek Brandt runs the club.\n\nThe quay was shut. Photograph: Ann Vole/EPA\n\nBrandt said: {QUOTE}") == ["Olek Brandt"]
