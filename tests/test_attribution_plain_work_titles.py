"""A work's title in plain capitals right after the work's noun ("her book entitled Some Quiet Harbour is out", "the
novel Quiet Harbour") is no one who acts, so a later "she said" still means the woman named before: features and
reviews lose the italics. Passages written for these tests, each with its near miss."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "Poet Ilse Okonjo, from Riverside, said she began as a child.\n\n“I worked at the kitchen table,” she said.\n\n"
LATER = "\n\n“I fire the kiln every Sunday,” she said."


@pytest.mark.parametrize(
    "middle",
    [
        "Ms Okonjo’s book entitled Some Glass Orchard is on sale from Bookmark and in shops on March 2.",
        "Ms Okonjo’s book Glass Orchard is on sale from Bookmark and in shops on March 2.",
        "Her debut album, titled Glass Orchard, is out in March.",
        "The documentary called Glass Orchard opens at the Civic in March.",
        "She read from her novel Glass Orchard at the launch.",
    ],
)
def test_a_title_after_the_works_noun_is_no_antecedent(middle):
    assert attributed(OPENING + middle + LATER) == [
        ("Ilse Okonjo", "I worked at the kitchen table,"),
        ("Ilse Okonjo", "I fire the kiln every Sunday,"),
    ]


def test_a_full_name_after_the_works_noun_is_still_a_person():
    # near miss: a listed given name after the noun alone is someone acting in the work, the nearer woman
    body = OPENING + "In the film Mary Castell plays a young widow." + LATER
    assert attributed(body)[-1] == ("Mary Castell", "I fire the kiln every Sunday,")


@pytest.mark.parametrize(
    "body",
    [
        "Since she wrote the 2019 column, Okonjo said the trade has only grown.\n\n“Kilns are cheap now,” she told us.",
        "According to the report, Okonjo wrote in one message: “Kilns are cheap now.”",
        "In her book Thandi Okonjo argues that “kilns are cheap now.”",
    ],
)
def test_a_name_after_a_works_noun_and_a_comma_or_in_an_opening_phrase_is_still_a_person(body):
    # near misses: the comma closes the opening phrase, and "In her book …" is followed by its author
    assert [name for name, _ in attributed(body)] in (["Okonjo"], ["Thandi Okonjo"])


FIRST = "Farai Chikore spoke first.\n\n"


@pytest.mark.parametrize(
    ("middle", "pronoun", "speaker"),
    [
        # a work's verb or noun with no determiner before it: "show", "report", "film" as verbs, "on debut"
        ("Ledgers show Mr Adomako signed the lease.", "he", "Mr Adomako"),
        ("Ledgers show Yaw Adomako signed the lease.", "he", "Yaw Adomako"),
        ("Onlookers report Yaw Adomako fled the quay.", "he", "Yaw Adomako"),
        ("On debut Yaw Adomako scored twice.", "he", "Yaw Adomako"),
        # a courtesy word or a title opens a person's name, never a work's title
        ("The study Dr Adomako led found more cases.", "he", "Dr Adomako"),
        ("The exhibition Dr Adomako curated opens soon.", "he", "Dr Adomako"),
        # the phrase before its subject: "in/on" a work mid-sentence, or any preposition opening the sentence
        ("Writing in his weekly column Yaw Adomako argued the point.", "he", "Yaw Adomako"),
        ("But in his book Yaw Adomako argues otherwise.", "he", "Yaw Adomako"),
        ("After her debut Esi Adomako toured the coast.", "she", "Esi Adomako"),
        # a work whose noun need not carry a title ("article", "report") is followed by its writer
        ("An article Yaw Adomako wrote last week drew fire.", "he", "Yaw Adomako"),
    ],
)
def test_a_person_after_a_works_word_keeps_the_later_pronoun(middle, pronoun, speaker):
    body = FIRST + middle + f"\n\n“The ferries run late,” {pronoun} said."
    assert attributed(body)[-1] == (speaker, "The ferries run late,")


@pytest.mark.parametrize(
    "body",
    [
        "Speaking on the show Yaw Adomako said: “The ferries run late.”",
        "Speaking on the show Dr Adomako said: “The ferries run late.”",
        "Last week in his column Yaw Adomako wrote: “The ferries run late.”",
        "Writing in her blog Abena Adomako said: “The ferries run late.”",
        "Ledgers show Yaw Adomako told the board: “The ferries run late.”",
    ],
)
def test_a_speaker_after_a_works_word_keeps_the_credit(body):
    assert len(attributed(body)) == 1


def test_the_album_title_after_the_determiner_is_still_no_antecedent():
    # near miss kept: the noun of a work that always has a title, after "The", and a title that is no one's name
    body = FIRST + "The album Copper Year is out now.\n\n“The ferries run late,” she said."
    assert attributed(body)[-1] == ("Farai Chikore", "The ferries run late,")
