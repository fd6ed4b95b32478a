"""Words passed on, cited or named around, as roundups, wire copy and blogs write them: a source an outlet relays ("According
to X, “…”, reported Y"), a speaker on a station, an unnamed source's later "he", a quoted participle done to the subject,
a law a speaker cites, a publication's name with small words, "These are the words of X", two titled people as one
subject. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

VOTE = "The Marrow council approved the new ferry fares on Monday.\n\n"


def test_according_to_a_source_outranks_the_outlet_reporting_after_the_quote():
    body = VOTE + "According to councillor Dana Holt, who chaired the vote, “the fares had not moved in ten years”, reported the Marrow Gazette."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years")]


def test_according_to_a_source_outranks_an_outlet_that_reported_after_the_quote():
    body = VOTE + "According to Dana Holt, “the fares had not moved in ten years,” Harbour Radio reported on Tuesday."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years,")]


def test_according_to_a_pronoun_before_a_relay_is_the_one_it_means():
    body = VOTE + "Councillor Dana Holt chaired the vote. According to her, “the fares had not moved in ten years”, reports the Marrow Gazette."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years")]


def test_an_outlet_reporting_its_own_quote_keeps_it():
    body = VOTE + "“The quay has never seen a vote like it,” reported the Marrow Gazette."
    assert attributed(body) == [("Marrow Gazette", "The quay has never seen a vote like it,")]


def test_a_speaker_said_then_an_outlet_reported_stays_the_speakers():
    body = VOTE + "“The fares had not moved in ten years,” Dana Holt said, the Marrow Gazette reported."
    assert attributed(body) == [("Dana Holt", "The fares had not moved in ten years,")]


# a speaker on a broadcaster or a platform: the medium is where they spoke, not who


def test_said_a_person_on_a_station_is_the_persons():
    body = VOTE + "“The fares had not moved in ten years,” said Dana Holt on Harbour Radio."
    assert attributed(body) == [("Dana Holt", "The fares had not moved in ten years,")]


def test_declared_a_titled_person_on_a_channel_is_the_persons():
    body = VOTE + "“We cannot judge the board in haste,” declared Senator Tom Reyes on Coast Television on Sunday."
    assert attributed(body) == [("Tom Reyes", "We cannot judge the board in haste,")]


def test_a_surname_on_a_station_is_the_person_named_before():
    body = (
        VOTE
        + "Tom Reyes chairs the ferry board. “We cannot judge the board in haste,” Reyes said. “It was a long process,” added Reyes on Harbour Radio."
    )
    assert [name for name, _ in attributed(body)] == ["Tom Reyes", "Tom Reyes"]


def test_a_station_saying_its_own_words_keeps_them():
    body = VOTE + "“The board has never explained its reasons,” said Harbour Radio in an editorial."
    assert attributed(body) == [("Harbour Radio", "The board has never explained its reasons,")]


def test_a_committee_on_a_subject_is_one_body():
    body = VOTE + "“The fares are lawful,” said the Committee on Harbour Safety."
    assert attributed(body) == [("Committee on Harbour Safety", "The fares are lawful,")]


# an unnamed source relayed by an outlet: a later "he" is the source's, never the person the source speaks of

RESIGNED = "Tom Reyes resigned from the ferry board on Monday.\n\n"


def test_he_after_the_source_is_the_unnamed_source_not_the_man_spoken_of():
    body = (
        RESIGNED + "The Marrow Herald cites an unnamed source and explains that the vote followed the rules.\n\n"
        "[The source] also remarked that Tom Reyes had “ignored every warning”.\n\n"
        "“It is not about one vote. He lost the board years ago”, he declared."
    )
    assert attributed(body) == []


def test_the_source_said_that_a_named_man_leaves_the_next_he_unnamed():
    body = RESIGNED + "The source said that Reyes would not appeal.\n\n“He was never going to survive the vote,” he said."
    assert attributed(body) == []


def test_he_after_an_anonymous_official_is_cited_is_nobody_named_before():
    body = RESIGNED + "The Marrow Herald quoted an anonymous harbour official on the vote.\n\n“He was never going to survive it,” he said."
    assert attributed(body) == []


def test_a_named_source_keeps_her_words():
    body = (
        RESIGNED + "The Marrow Herald quotes the board's lawyer, Mira Tamm, who explains that the vote followed the rules.\n\n"
        "Tamm also remarked that Reyes had “ignored every warning”.\n\n"
        "“It is not about one vote. He lost the board years ago”, she declared."
    )
    assert [name for name, _ in attributed(body)] == ["Mira Tamm", "Mira Tamm"]


def test_the_source_of_the_money_is_no_unnamed_source():
    body = RESIGNED + "The source of the money was the Velk Trust. “I never took a coin from it,” he said."
    assert attributed(body) == [("Tom Reyes", "I never took a coin from it,")]


# a quoted past participle after "was" or "had been": what was done to the subject, not the subject's words

SPOKE = "“I will keep serving the harbour,” Tom Reyes said on Sunday.\n\n"


def test_a_quoted_participle_after_was_is_not_the_subjects_words():
    body = SPOKE + "The board met on Monday. So, Reyes was “warned for six years” about his votes, and the board has talked with him."
    assert attributed(body) == [("Tom Reyes", "I will keep serving the harbour,")]


def test_a_quoted_participle_after_had_been_is_not_the_pronouns_words():
    body = SPOKE + "The board met on Monday. He had been “repeatedly told to stop the votes” by its chair, a member said later."
    assert attributed(body)[0] == ("Tom Reyes", "I will keep serving the harbour,")
    assert ("Tom Reyes", "repeatedly told to stop the votes") not in attributed(body)


def test_a_quoted_predicate_that_is_no_participle_stays_the_subjects():
    body = SPOKE + "The board met on Monday. Reyes was “proud of every year at the harbour” and hopes to return."
    assert attributed(body)[-1] == ("Tom Reyes", "proud of every year at the harbour")


# a law or a code quoted is a document, never a person named Law


def test_a_law_demanding_words_is_no_speaker():
    body = (
        "The Marrow Herald cites an unnamed source who explains the rules.\n\n"
        "Nonetheless, he noted that the board will not reveal its motives, as Canon Law demands “absolute discretion about the person.”"
    )
    assert attributed(body) == []


def test_a_code_requiring_words_is_no_speaker():
    body = "Council leader Ada Rinne said the vote was lawful, as the Harbour Code requires “a public vote on every closure.”"
    assert [name for name, _ in attributed(body)] == ["Ada Rinne"]


def test_a_person_named_law_still_speaks():
    body = "“We will appeal the ruling,” said Councillor David Law. “Cr Law is wrong,” Mr Law's rival replied."
    assert attributed(body)[0] == ("David Law", "We will appeal the ruling,")


# a publication named after its kind keeps the small words of its name


def test_a_blog_named_with_a_particle_is_one_outlet():
    body = VOTE + "The blog Vozes do Cais says that the fares have already brought “a steady rise in the number of riders”."
    assert attributed(body) == [("Vozes do Cais", "a steady rise in the number of riders")]


def test_a_website_named_with_and_is_one_outlet_not_two_speakers():
    body = VOTE + "The website Ferries and Fares (Boats y Tarifas) says that the board has shown “a steady rise in the number of riders”."
    assert attributed(body) == [("Ferries and Fares", "a steady rise in the number of riders")]


def test_a_newspaper_after_an_opening_phrase_keeps_its_whole_name():
    body = VOTE + "On Tuesday, the newspaper Gazeta do Cais reported that the board expects “a steady rise in the number of riders”."
    assert attributed(body) == [("Gazeta do Cais", "a steady rise in the number of riders")]


def test_a_person_after_in_the_newspaper_is_still_the_person():
    body = VOTE + "In the newspaper Dana Holt says that the board expects “a steady rise in the number of riders”."
    assert attributed(body) == [("Dana Holt", "a steady rise in the number of riders")]


# a quote standing alone, then the sentence naming whose words they are


def test_these_are_the_words_of_a_person_after_a_quote_alone():
    body = "“They took the boats at night. We hid in the reeds.”\n\nThese are the words of Mina Tarr, who was twelve when the raid came."
    assert attributed(body) == [("Mina Tarr", "They took the boats at night. We hid in the reeds.")]


def test_those_were_the_words_of_a_person_in_the_same_paragraph():
    body = "“We hid in the reeds until dawn.” Those were the words of Tom Reyes, a ferryman from Marrow."
    assert attributed(body) == [("Tom Reyes", "We hid in the reeds until dawn.")]


def test_the_words_of_someone_unnamed_name_nobody():
    body = "“We hid in the reeds until dawn.”\n\nThese are the words of a ferryman who asked not to be named."
    assert attributed(body) == []


# two people, each with a title before the name, as one subject


def test_two_titled_people_joined_by_and_both_call_for_it():
    body = "Harbour council leader Orla Brenn and Westmark council leader Kemal Drayd called on Tomas Vell to “step down at once”."
    assert attributed(body) == [("Orla Brenn", "step down at once"), ("Kemal Drayd", "step down at once")]


def test_a_person_and_a_titled_person_both_say_it():
    body = "Orla Brenn and deputy mayor Kemal Drayd said the fares were “a burden on every family”."
    assert [name for name, _ in attributed(body)] == ["Orla Brenn", "Kemal Drayd"]


def test_a_person_after_a_preposition_is_not_a_second_subject():
    body = "After a call with Orla Brenn and Westmark council leader Kemal Drayd said the fares were “a burden on every family”."
    assert [name for name, _ in attributed(body)] == ["Kemal Drayd"]


ACCEPTED = "Governor Lito Varga accepted the resignation of the harbour master, Nora Pell, on Monday.\n\n"


def test_he_after_let_me_quote_the_governor_is_the_governor_not_the_spokesman():
    body = (
        ACCEPTED + "Asked about it, the spokesman Ben Arce answered briefly. Let me just quote the Governor regarding the resignation. "
        "He said, “It is with a heavy heart that I accept it.”"
    )
    assert attributed(body) == [("Lito Varga", "It is with a heavy heart that I accept it.")]


def test_allow_me_to_quote_a_titled_surname_then_an_inverted_he_said():
    body = (
        ACCEPTED + "Ben Arce, the spokesman, answered briefly. Allow me to quote Governor Varga on this. "
        "“It is with a heavy heart that I accept it,” he said."
    )
    assert attributed(body) == [("Lito Varga", "It is with a heavy heart that I accept it,")]


def test_i_quote_the_governor_and_a_colon_gives_the_words_to_the_governor():
    body = ACCEPTED + "Ben Arce, the spokesman, answered briefly. I quote the Governor: “It is with a heavy heart that I accept it.”"
    assert attributed(body) == [("Lito Varga", "It is with a heavy heart that I accept it.")]


def test_the_governor_is_not_the_vice_governor_named_as_often():
    body = (
        "Governor Lito Varga and Vice Governor Marisol Tanaka met on Monday.\n\n"
        "Ben Arce, the spokesman, answered briefly. Let me quote the Governor regarding the meeting. He said, “We agreed on the budget.”"
    )
    assert attributed(body) == [("Lito Varga", "We agreed on the budget.")]


def test_quoting_the_figures_or_a_letter_names_no_one_quoted():
    body = (
        ACCEPTED + "Ben Arce, the spokesman, answered briefly. Let me quote the figures. He said, “Nine boats left and four came back.”\n\n"
        "Let me quote the letter regarding the resignation. It reads, “With a heavy heart I resign.”"
    )
    assert attributed(body) == [("Ben Arce", "Nine boats left and four came back.")]


def test_someone_named_after_the_announcement_is_the_later_he():
    body = ACCEPTED + "Let me quote the Governor. Then Tom Brand stood up, and he said, “We will not leave the harbour.”"
    assert attributed(body) == [("Tom Brand", "We will not leave the harbour.")]


def test_quoting_a_document_after_the_is_no_speaker():
    body = "Father Tom Brand spoke at the harbour chapel on Sunday.\n\nBrand quotes the Constitution, “Every citizen may sail the coast.”"
    assert attributed(body) == [("Tom Brand", "Every citizen may sail the coast.")]


def test_a_question_asked_inside_reported_speech_is_the_askers():
    for asker, sentence in (
        ("Tomas Hale", "Lena Ruml recalled that her father, Tomas Hale, had asked, “What can I give you?”"),
        ("Ida Borg", "Lena Ruml said Mayor Tomas Hale told the family that Governor Ida Borg had asked him, “What can I give you?”"),
        ("Tomas Hale", "Lena Ruml recalled that Tomas Hale had once asked her: “What can I give you?”"),
        ("Ida Borg", "Lena Ruml said Tomas Hale told the family that Ida Borg had asked the new mayor at the March summit, “What can I give you?”"),
    ):
        assert attributed(sentence) == [(asker, "What can I give you?")]


def test_a_request_reported_with_its_object_is_still_the_tellers():
    assert attributed("Lena Ruml said that Tomas Hale asked residents to save water, “because the wells are low.”") == [
        ("Lena Ruml", "because the wells are low.")
    ]
