"""Patterns of reported exchanges (radio and press-conference questions, answers quoted one word at a time, a quotation
quoting others in the same marks): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_an_adverb_opening_the_sentence_is_no_part_of_the_speakers_name():
    body = (
        "Transport Minister Jim Dorcey defended the plan on Monday.\n\n"
        "Again Inspector Ross Kalder replied: “No.”\n\n"
        "Reluctantly Mayor Ana Brill replied: “Not yet.”\n\n"
        "Kelly Farrow replied: “Never.”"
    )
    assert attributed(body) == [("Ross Kalder", "No."), ("Ana Brill", "Not yet."), ("Kelly Farrow", "Never.")]


def test_the_one_asked_by_a_named_host_is_the_he_who_replies():
    asked = "When Commissioner Ross Kalder was asked if police were consulted about the toll by radio host {host} on Thursday, {he} replied: “No.”"
    assert attributed(asked.format(host="Paul Grady", he="he")) == [("Ross Kalder", "No.")]
    assert attributed(asked.format(host="Paula Grady", he="he")) == [("Ross Kalder", "No.")]
    # the pronoun's gender says otherwise: the host answers
    assert attributed(asked.format(host="Paula Grady", he="she")) == [("Paula Grady", "No.")]
    # no agent named: the one asked, as before
    assert attributed("When Commissioner Ross Kalder was asked if police were consulted about the toll, he replied: “No.”") == [
        ("Ross Kalder", "No.")
    ]


def test_single_marks_inside_single_marks_are_quotes_inside_the_quotation():
    opening = "'It is not a matter for the engineers, that is about getting a result,' Mayor Jim Dorcey said on Monday.\n\n"
    nested = "'Their advice is 'cut traffic where you can'. Police then say 'we need rules we can enforce'. These are decisions made by me.'"
    assert attributed(opening + nested + "\n\n'It just makes the job of police much easier.'") == [
        ("Jim Dorcey", "It is not a matter for the engineers, that is about getting a result,"),
        ("Jim Dorcey", nested.strip("'")),
        ("Jim Dorcey", "It just makes the job of police much easier."),
    ]
    # two quotations side by side, a cue between them: neither is inside the other
    beside = "'We asked for a plan,' Police Chief Ana Brill said. 'We need rules we can enforce.'"
    assert attributed(opening + beside)[1:] == [("Ana Brill", "We asked for a plan,"), ("Ana Brill", "We need rules we can enforce.")]


def test_a_question_the_host_quizzed_is_the_hosts():
    body = (
        "When Commissioner Ross Kalder was asked if police were consulted by radio host Paul Grady, he replied: “No.”\n\n"
        "“At no stage?” Grady quizzed further.\n\n"
        "When quizzed about the toll, Mayor Ana Brill said: “It stays.”"
    )
    assert attributed(body) == [("Ross Kalder", "No."), ("Paul Grady", "At no stage?"), ("Ana Brill", "It stays.")]


def test_a_police_rank_before_a_name_is_the_role_not_the_name():
    body = (
        "Detective Inspector Jane Moss said: “We are following every lead.”\n\n"
        "Chief Superintendent Ross Kalder told reporters: “The road stays shut.”\n\n"
        "The Office of the Inspector General said the audit was “deeply flawed”."
    )
    assert attributed(body) == [
        ("Jane Moss", "We are following every lead."),
        ("Ross Kalder", "The road stays shut."),
        ("Office of the Inspector General", "deeply flawed"),
    ]


PANEL = "The port chief of Velden, Marta Ines, spoke at a panel on the ferry markets on Tuesday.\n\n"


def test_the_topic_of_a_question_put_to_someone_is_not_their_statement():
    asked = PANEL + "Asked about “the lasting effect of the raids,” Ines said: “By acting together we can find the dealers.”"
    assert attributed(asked) == [("Marta Ines", "By acting together we can find the dealers.")]
    questioned = PANEL + "Questioned on “the lasting effect of the raids”, she told the panel that “the dealers are already moving.”"
    assert attributed(questioned) == [("Marta Ines", "the dealers are already moving.")]
    when = "When asked about “the cost of the new fleet,” the minister, Otto Brandt, replied: “Every krone will come back to us.”"
    assert attributed(when) == [("Otto Brandt", "Every krone will come back to us.")]
    # no answer quoted: the topic alone is nobody's
    assert attributed(PANEL + "Asked about “the lasting effect of the raids,” Ines said the figures would come in May.") == []


def test_the_answer_after_the_question_about_a_topic_is_the_answerers():
    answered = PANEL + "Ines answered the question about “the lasting effect of the raids” that “by acting together we can find the dealers.”"
    assert attributed(answered) == [("Marta Ines", "by acting together we can find the dealers.")]


def test_one_who_asks_about_a_phrase_herself_keeps_her_words():
    # near miss: the asker is the subject, her question's words are hers
    asking = PANEL + "Ines asked about “the lasting effect of the raids on the small traders,” saying the port owed them an answer."
    assert attributed(asking) == [("Marta Ines", "the lasting effect of the raids on the small traders,")]
