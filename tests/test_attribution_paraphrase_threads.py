"""A paragraph of bare quotation under a paragraph that reported someone's words and then said more about them ("X said
he joined the march at 3pm. She was worried …" / "“…”"): the words go on from the reported speech. Passages written
for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

SINKING = "The ferry sank off Ostby Point on 2 March.\n\n"
BEGGED = "\n\n“I begged them to keep it in the harbour. We all knew the pumps were failing.”"
NEVER = "“It will never pass. Not in this chamber, not while the quay stands.”"
NEVER_WORDS = NEVER.strip("“”")


def test_a_quotation_after_reported_words_and_an_aside_about_the_speaker_is_theirs():
    body = (
        SINKING + "Thinking back to that week, the skipper's wife, Lena Brandt, said he had patched the hull twice. She was "
        "afraid he would not come home, but she could not reach the pier in the storm." + BEGGED
    )
    assert [who for who, _ in attributed(body)] == ["Lena Brandt"]


def test_an_aside_of_the_speakers_surname_keeps_the_thread():
    body = SINKING + "Karel Brandt, who owns the boatyard, told reporters the hull had leaked all winter. Brandt wrote to the owners twice." + BEGGED
    assert [who for who, _ in attributed(body)] == ["Karel Brandt"]


def test_a_sentence_naming_someone_else_after_the_reported_words_breaks_the_thread():
    body = (
        SINKING
        + "Karel Brandt, who owns the boatyard, said the hull had leaked all winter. The mayor, Lina Ostby, later closed the harbour."
        + BEGGED
    )
    assert attributed(body) == []


def test_a_sentence_about_something_else_after_the_reported_words_breaks_the_thread():
    body = SINKING + "Karel Brandt, who owns the boatyard, said the hull had leaked all winter. The pumps had failed a week before." + BEGGED
    assert attributed(body) == []


def test_a_quotation_with_no_first_person_after_the_aside_is_nobodys():
    body = (
        SINKING + "Karel Brandt, who owns the boatyard, said the hull had leaked all winter. He has run the yard for years.\n\n"
        "“Safety first, always, on every boat in the harbour.”"
    )
    assert attributed(body) == []


def test_a_quotation_with_its_own_cue_keeps_it():
    body = (
        SINKING + "Karel Brandt, who owns the boatyard, said the hull had leaked all winter. He wrote to the owners twice.\n\n"
        "“We all knew the pumps were failing,” a deckhand said."
    )
    assert attributed(body) == []


GOVERNOR = "Harbour State Governor, Ivo Castell, has explained why voters backed the Harbour Party candidate. "
WORDS = "“Amsel’s long fight for civil rule is well understood by our people. Hence we trust her with our future.”"


def test_a_quote_standing_alone_after_a_sentence_about_the_speaker_is_theirs():
    signed = "In the statement signed by his press secretary, Mr Daro Amsel, Castell described the win of Ruth Amsel as a win for democrats. "
    assert attributed(GOVERNOR + signed + WORDS + " Castell praised the party.") == [("Ivo Castell", WORDS[1:-1])]
    he = "He hailed the win of Ruth Amsel as a victory for the whole coast. "
    assert attributed(GOVERNOR + he + WORDS + " Castell praised the party.") == [("Ivo Castell", WORDS[1:-1])]


def test_a_quote_after_a_sentence_about_someone_else_stays_unattributed():
    # near miss: the sentence before is about a body; nobody's words follow
    other = "The commission published the final tally on its website. "
    assert attributed(GOVERNOR + other + WORDS + " Castell praised the party.") == []


def test_a_sentence_of_adding_with_no_subject_goes_on_with_the_one_before():
    praised = "Castell praised the party’s hard struggle across the state. "
    assert attributed(GOVERNOR + praised + "Adding that, " + WORDS + " The statement ended there.") == [("Ivo Castell", WORDS[1:-1])]
    assert attributed(GOVERNOR + praised + "Adding: " + WORDS + " The statement ended there.") == [("Ivo Castell", WORDS[1:-1])]
    # near miss: the sentence before names no one who speaks
    tally = "The commission published the final tally on its website. "
    assert attributed(GOVERNOR + tally + "Adding that, “the count was clean and the result is final.”") == []


def test_a_paraphrase_tagged_he_told_the_paper_is_the_person_it_opens_with():
    """ "Pol Harren dismisses the idea, he told the paper." over a paragraph of bare quotation: the "he" of the closing tag
    is the person the sentence opens with, speaking, and the quotation under it is his."""
    for tag in ("he told the paper", "he told reporters on Monday", "he said"):
        found = attributed(f"The harbour bill returns. Pol Harren dismisses the idea, {tag}.\n\n{NEVER}")
        assert found == [("Pol Harren", NEVER_WORDS)], tag
    found = attributed(f"The harbour bill returns. Ada Vorn backs it. Pol Harren dismisses the idea, he told the paper.\n\n{NEVER}")
    assert found == [("Pol Harren", NEVER_WORDS)]


def test_near_miss_a_tag_whose_pronoun_is_not_the_opening_name_keeps_the_speaker_before():
    """ "The bill is doomed, he told reporters." (no one opens it) and "Ada Vorn dismisses the idea, he told reporters."
    (a woman's name, a "he"): the "he" is the man who spoke before."""
    spoke = "“We have the votes,” said Tomas Reyne on Monday."
    for sentence in ("The bill is doomed, he told reporters.", "Ada Vorn dismisses the idea, he told reporters."):
        found = attributed(f"{spoke}\n\n{sentence}\n\n{NEVER}")
        assert [name for name, _ in found] == ["Tomas Reyne", "Tomas Reyne"], sentence
