"""An adjective written once, opening a sentence ("Bold claims have been made …"), is no one a later "he" means, even
where the text writes a longer word that holds it in lower case ("boldly"). Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_adjective_opening_a_sentence_is_no_one_a_pronoun_means():
    body = (
        "The historian Tom Ridley backs the league. Long before others did, Ridley boldly wrote that"
        " the old ferries were unsafe.\n\nBold claims have been made about it. Ridley presents it as destiny. “Just as we sail,”"
        " he asserts, “so we shall land.”"
    )
    assert attributed(body) == [("Tom Ridley", "Just as we sail,"), ("Tom Ridley", "so we shall land.")]


def test_the_surname_of_someone_named_in_full_stays_a_speaker():
    # near miss: the word opening the sentence is the surname of a person the report names in full
    body = "The historian Tom Bold backs the league. Critics boldly charged that it had failed.\n\nBold presents it as destiny. “Just as we sail,” he asserts."
    assert attributed(body) == [("Tom Bold", "Just as we sail,")]
