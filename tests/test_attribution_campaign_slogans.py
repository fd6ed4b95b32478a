"""A slogan in marks that names a campaign is a label, whatever stops it holds: before the campaign's kind after an article
or a possessive ("the “Sail. We’re ready.” campaign"), or capitalised right after the kind, closing the paragraph ("the
Water Safety campaign “Look twice.”"). American punctuation puts the stop inside the marks, so it makes no statement."""

from __future__ import annotations

from passages import attributed

EARLIER = "“Cold hands, warm heart,” Ada Brill said of the Marlow council’s rival effort.\n\n"


def test_a_slogan_with_stops_before_campaign_is_no_statement_of_the_previous_speaker() -> None:
    found = attributed(
        EARLIER + "While the “Sail. We’re ready.” campaign did not appeal to Nora Quill, the Harbour Board’s press officer, "
        "she said she did not want to judge it.\n\n“Others may miss the point,” Quill said."
    )
    assert found == [("Ada Brill", "Cold hands, warm heart,"), ("Nora Quill", "Others may miss the point,")]


def test_a_slogan_after_a_possessive_before_its_kind() -> None:
    found = attributed(
        EARLIER + "While Marlow’s “Stay home. Stay dry.” drive did not appeal to Nora Quill, the Harbour Board’s press officer, "
        "she said she did not want to judge it."
    )
    assert found == [("Ada Brill", "Cold hands, warm heart,")]


def test_a_campaign_name_closing_a_paragraph_is_no_statement() -> None:
    found = attributed(
        "Anna Hollis’s response was worry.\n\n"
        "Hollis is the CEO of Brightline, the Northport branding firm behind the Harbour Board’s Water Safety campaign “Look twice.”\n\n"
        "“My first reaction was worry,” Hollis said."
    )
    assert found == [("Anna Hollis", "My first reaction was worry,")]


def test_near_misses_words_set_apart_or_going_on_to_a_cue_stay_statements() -> None:
    assert attributed(EARLIER + "The campaign “will fail,” Nora Quill said.") == [
        ("Ada Brill", "Cold hands, warm heart,"),
        ("Nora Quill", "will fail,"),
    ]
    assert attributed(EARLIER + "The campaign, “We will win,” she said, was never meant for children.") == [
        ("Ada Brill", "Cold hands, warm heart,"),
        ("Ada Brill", "We will win,"),
    ]


def test_near_miss_a_quotation_before_a_capitalised_word_is_still_a_statement() -> None:
    found = attributed(EARLIER + "She added: “We are ready.” Campaign workers cheered.")
    assert found == [("Ada Brill", "Cold hands, warm heart,"), ("Ada Brill", "We are ready.")]


def test_near_misses_words_said_of_a_campaign_stay_the_speakers() -> None:
    # a verb of saying earlier in the sentence, or no capitalised name before the kind word: the speaker's own words
    assert attributed("Vera Mott ran the ads for a year. She said of the campaign “We would do it all again.”") == [
        ("Vera Mott", "We would do it all again.")
    ]
    assert attributed("Mayor Vera Mott told reporters after launching the campaign “This is only the start.”") == [
        ("Vera Mott", "This is only the start.")
    ]
    assert attributed("Mayor Vera Mott told reporters after launching the Dune Safety campaign “This is only the start.”") == [
        ("Vera Mott", "This is only the start.")
    ]
