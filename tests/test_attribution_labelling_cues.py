"""Cues a political or field story words its quoted labels and shouted words with: passages written for these tests,
each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_label_after_dismissed_as_a_is_the_speakers():
    body = (
        "President Lena Ortiz spoke in the capital on Monday.\n\n"
        "Mrs Ortiz went on to dismiss the vote as a ‘farce’. Her deputy, Tomas Weber, rejected the result as an ‘insult’."
    )
    assert attributed(body) == [("Lena Ortiz", "farce"), ("Tomas Weber", "insult")]


def test_a_term_after_an_article_with_no_labelling_verb_stays_a_label():
    body = "President Lena Ortiz spoke in the capital on Monday.\n\nMrs Ortiz visited the harbour as a ‘guest of honour’."
    assert attributed(body) == []


def test_a_participle_of_calling_out_after_before_is_the_pronouns_clause_subject():
    body = (
        "In the video, Dario Kesh is seen on the back of a truck.\n\n"
        "Later, he is seen laughing on the truck, before calling out to Ivo Marten, “Got you! Smile for the camera!”"
    )
    assert attributed(body) == [("Dario Kesh", "Got you! Smile for the camera!")]


def test_a_participle_after_before_in_a_clause_with_no_subject_names_nobody():
    body = "A video shows Dario Kesh on the back of a truck.\n\nThe crowd ran, before calling out to Ivo Marten, “Got you!”"
    assert attributed(body) == []


def test_a_quoted_predicate_judging_anothers_claim_is_the_judges():
    body = (
        "Foreign Minister Rui Salgado called the vote ‘illegal’ on Monday.\n\n"
        "Ambassador Nora Fell said Salgado’s claim that the navy was massing ships ‘is simply false.’"
    )
    assert attributed(body) == [("Rui Salgado", "illegal"), ("Nora Fell", "is simply false.")]


def test_quoted_words_inside_the_claims_own_clause_stay_the_claimants():
    body = (
        "Foreign Minister Rui Salgado called the vote ‘illegal’ on Monday.\n\n"
        "Ambassador Nora Fell said Salgado’s claim that the navy ‘is massing ships’ was false."
    )
    assert attributed(body) == [("Rui Salgado", "illegal"), ("Rui Salgado", "is massing ships")]


def test_a_photo_caption_quoting_the_one_it_names_with_a_verb_of_saying_is_theirs():
    body = (
        "The islands voted on Sunday.\n\n"
        ":::{figure}\n\nFirm words: Prime Minister Tom Hale said Norland should take 'careful note' of the vote\n:::\n\n"
        "The islands have been held since 1833."
    )
    assert attributed(body) == [("Tom Hale", "careful note")]


def test_a_caption_quoting_the_one_it_names_in_full_is_read_where_it_stands():
    """The caption names her in full before the story calls her by title and given name ('Ms. Kanya', as papers call
    Thai people): one person, known to the paragraphs under the photo."""
    body = (
        "The assembly of Norvel chose a new premier on Friday after two days of talks behind closed doors.\n\n"
        ":::{figure}\n:credit: Ada Vorn/Harbour Wire\n\n"
        "“I will do my best for the islands,” Kanya Rattan told reporters after the vote, adding: “I am nervous.”\n:::\n\n"
        "The choice of Ms. Kanya surprised some members of the assembly, who had expected a longer contest.\n\n"
        "“I will do my best for the islands,” a visibly nervous Ms. Kanya told reporters."
    )
    assert attributed(body) == [
        ("Kanya Rattan", "I will do my best for the islands,"),
        ("Kanya Rattan", "I am nervous."),
        ("Kanya Rattan", "I will do my best for the islands,"),
    ]


def test_a_caption_quoting_with_no_speaker_named_in_it_stays_nobodys():
    body = (
        "Prime Minister Tom Hale spoke on Sunday.\n\n"
        ":::{figure}\n\nCrowds: Islanders waved flags and banners reading 'Keep us free' in the harbour\n:::\n\n"
        "The islands have been held since 1833."
    )
    assert attributed(body) == []


def test_one_quoted_word_before_a_noun_after_an_advocating_participle_is_a_label():
    bodies = [
        "But prominent Stay campaigners pushing for a “soft” exit said the papers were alarming.",
        "The Harbour League, campaigning for a “green” Velmar, said the plan was late.",
        "Senator Rita Moss, lobbying for a “fair” price, said the deal was poor.",
    ]
    assert [attributed(body) for body in bodies] == [[], [], []]


def test_a_finite_advocating_verb_or_a_longer_aim_stays_the_speakers():
    bodies = [
        "Senator Rita Moss pushed for a “soft” exit on Monday.",
        "Senator Rita Moss, campaigning for the “abolition of all port fees”, said the plan was late.",
    ]
    assert [attributed(body) for body in bodies] == [[("Rita Moss", "soft")], [("Rita Moss", "abolition of all port fees")]]


def test_the_name_a_resolution_or_proclamation_gives_is_no_ones_words():
    for body in (
        'Councillor Piet Varn tabled a motion declaring June as "Harbour Pilots Month." He will meet the pilots at noon.',
        "Mayor Edda Sorn proclaimed Friday “Ferry Workers Day” in honour of the crews.",
        'Governor Anton Welk signed an order designating the week as "Flood Safety Week."',
    ):
        assert attributed(body) == []


def test_the_sponsor_speaking_of_the_resolution_is_still_quoted():
    body = 'Councillor Piet Varn tabled the motion, saying, "Harbour pilots deserve a month of their own."'
    assert attributed(body) == [("Piet Varn", "Harbour pilots deserve a month of their own.")]
    body = 'Councillor Piet Varn declared the session open, saying: "We Begin With The Budget."'
    assert attributed(body) == [("Piet Varn", "We Begin With The Budget.")]


def test_what_unnamed_critics_have_called_someone_is_not_his_words():
    for whom in ("whom critics have called", "whom many opponents call", "who some voters have long called"):
        body = f"The dockers' union backed Anton Welk, {whom} “a career politician with nothing to show for it.”"
        assert attributed(body) == []


def test_what_a_named_person_has_called_someone_is_theirs():
    body = "The dockers' union backed Anton Welk, whom Edda Sorn has called “a career politician with nothing to show for it.”"
    assert attributed(body) == [("Edda Sorn", "a career politician with nothing to show for it.")]
    body = "The dockers' union backed Anton Welk, who has called the plan “a disaster for every family on the docks.”"
    assert attributed(body) == [("Anton Welk", "a disaster for every family on the docks.")]
