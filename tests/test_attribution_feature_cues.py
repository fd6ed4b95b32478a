"""Cues of the news feature and the live blog the detector learnt from the held-out round of files 429-433: passages
written for these tests, each with the near miss beside it."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed


def test_a_long_apposition_after_two_names_leaves_them_the_subject():
    # an apposition of more than 100 characters, an institution's name in it: the two named before it speak
    body = (
        "Dr Anna Kell and Dr Ravi Moss, senior tutor and student welfare officer respectively in the Department of Earth Science "
        "and Engineering, tell me the workload has grown: “we are not counsellors.”"
    )
    assert attributed(body) == [("Anna Kell", "we are not counsellors."), ("Ravi Moss", "we are not counsellors.")]
    near = "Dr Anna Kell, senior tutor in the Department of Chemistry, tells me the workload has grown: “we are not counsellors.”"
    assert attributed(near) == [("Anna Kell", "we are not counsellors.")]


def test_speaking_with_someone_is_no_cue_for_the_quote_after_its_clause():
    body = (
        "Dr Anna Kell and Dr Ravi Moss tell me they are spending more time speaking with students than they used to; "
        "“we don’t mind the time, but we are not counsellors.”"
    )
    assert attributed(body) == [
        ("Anna Kell", "we don’t mind the time, but we are not counsellors."),
        ("Ravi Moss", "we don’t mind the time, but we are not counsellors."),
    ]
    near = "The students are seen by Dr Anna Kell, who spoke with Felix: “we are not counsellors.”"
    assert attributed(near) == [("Anna Kell", "we are not counsellors.")]


def test_a_quoted_sentence_after_the_colon_ending_a_sentence_about_a_person_is_theirs():
    body = (
        "“It has been devastating,” evacuee Marco Ruiz said. Still, Ruiz left the shelter at Hillcrest College to press his "
        "elected representatives: “There should be zero tolerance for the company.”"
    )
    assert attributed(body) == [
        ("Marco Ruiz", "It has been devastating,"),
        ("Marco Ruiz", "There should be zero tolerance for the company."),
    ]
    pronoun = "Marco Ruiz lives near the plant. And he steers the conversation back to Velox: “There should be zero tolerance.”"
    assert attributed(pronoun) == [("Marco Ruiz", "There should be zero tolerance.")]
    # near misses: someone else named in the sentence, or a thing done to the subject
    other = "Marco Ruiz lives near the plant. He read the letter from Mayor Ann Dole aloud: “There should be zero tolerance.”"
    assert attributed(other) == []
    passive = "Marco Ruiz lives near the plant. He was handed a leaflet by the organisers: “There should be zero tolerance.”"
    assert attributed(passive) == []


def test_an_age_as_the_epithet_after_a_quote_is_the_person_the_passage_is_about():
    named = "Labour member Paul Flint said in an interview that he is angry. "
    assert attributed(named + "“We must not make him a martyr,” said the 80-year-old, who represents a Welsh seat.") == [
        ("Paul Flint", "We must not make him a martyr,")
    ]
    assert attributed(named + "“We must not make him a martyr,” the 80-year-old said.") == [("Paul Flint", "We must not make him a martyr,")]
    # near miss: an age before another noun is a description of someone not named ("said a 30-year-old student")
    assert attributed(named + "“We must not make him a martyr,” said a 30-year-old student.") == []


def test_he_after_a_person_brought_in_by_a_phrase_and_speaking_in_a_relative_clause_is_that_person():
    body = (
        "Peter Dale, a Conservative, accuses the petitioners of hypocrisy. Dale is interrupted by another Conservative, "
        "Adam Hollis, who says the debate is “embarrassing” for Britain. “We should apologize to the world,” he says."
    )
    assert attributed(body) == [("Adam Hollis", "embarrassing"), ("Adam Hollis", "We should apologize to the world,")]
    # near miss: the one brought in does something other than speak; 'he' stays the sentence's subject
    near = (
        "Peter Dale, a Conservative, accuses the petitioners of hypocrisy. Dale is interrupted by a colleague, Adam Hollis, "
        "who sits behind him. “We should apologize to the world,” he says."
    )
    assert attributed(near) == [("Peter Dale", "We should apologize to the world,")]


def test_a_sentence_that_is_a_name_and_its_cue_after_a_closed_quote_names_its_speaker():
    quote = "“Asking for help is not weak.” "
    assert attributed(quote + "Jane Dorset said.") == [("Jane Dorset", "Asking for help is not weak.")]
    assert attributed(quote + "Jane Dorset, the union’s welfare officer tells me, “it shows we can change.”") == [
        ("Jane Dorset", "Asking for help is not weak."),
        ("Jane Dorset", "it shows we can change."),
    ]
    # near misses: a sentence of the writer's that goes on past the cue, or the cue after a sentence adverb
    assert attributed("Tom Reed runs the union. " + quote + "Jane Dorset said the union agreed.") == []
    assert attributed("Tom Reed runs the union. " + quote + "Luckily, Jane Dorset says, the union agreed.") == []


def spoken(body: str) -> list[tuple[str, str | None]]:
    """(speaker name, the date read from the text, or None where it is the report's, flagged) for each statement."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-05-27\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry).statements
    return [(registry[s.speaker].name, str(s.date) if s.date_basis == "text" else None) for s in found]


def test_the_company_is_the_firm_the_sentence_opens_with_and_words_it_had_said_take_no_later_day():
    body = (
        "Velox Aerospace did not immediately respond to requests Tuesday night for comment, but in a previous statement "
        "the UK-based company had said: “We are acutely aware of the concern.”"
    )
    assert spoken(body) == [("Velox Aerospace", None)]  # not Tuesday, the day it did not answer
    assert spoken(body.replace("the UK-based company had said", "the company said")) == [("Velox Aerospace", None)]
    # near miss: words said on the day the clause names
    near = "Velox Aerospace said Tuesday night in a statement: “We are acutely aware of the concern.”"
    assert spoken(near) == [("Velox Aerospace", "2026-05-26")]


def test_as_of_a_day_dates_a_figure_not_the_words():
    body = "As of Monday, May 25, the city “reported approximately $728,000 in costs,” city spokesperson Lena Ortiz said."
    assert spoken(body) == [("Lena Ortiz", None)]
    # near miss: the day the words were said on
    near = "On Monday, May 25, the city “reported approximately $728,000 in costs,” city spokesperson Lena Ortiz said."
    assert spoken(near) == [("Lena Ortiz", "2026-05-25")]


def test_a_sentiment_echoed_by_someone_before_a_quote_is_theirs():
    body = "Staff feel helpless too. It’s a sentiment echoed by Nora Blake: “When you cannot meet the need, that is stressful.”"
    assert attributed(body) == [("Nora Blake", "When you cannot meet the need, that is stressful.")]
    # near miss: echoed by people nobody names
    near = "Staff feel helpless too. It’s a sentiment echoed by many: “When you cannot meet the need, that is stressful.”"
    assert attributed(near) == []


def test_the_statement_after_a_body_spoke_is_the_bodys_not_the_last_one_who_said_in_a_statement():
    body = (
        "Sarah Vance, an executive at the golf company, said in a statement: “We will keep building.”\n\n"
        "The Home Office, which has the power to ban him, said in response to the petition that “the government does not "
        "comment on individual cases.”\n\n"
        "But the statement also said that “exclusion powers are very serious.”"
    )
    assert attributed(body) == [
        ("Sarah Vance", "We will keep building."),
        ("Home Office", "the government does not comment on individual cases."),
        ("Home Office", "exclusion powers are very serious."),
    ]
    # near miss: with no body speaking between, the statement is still the one made last
    near = "Sarah Vance, an executive at the golf company, said in a statement: “We will keep building.”\n\nBut the statement also said that “exclusion powers are very serious.”"
    assert attributed(near) == [("Sarah Vance", "We will keep building."), ("Sarah Vance", "exclusion powers are very serious.")]


def test_he_or_she_after_the_writer_talks_with_someone_is_that_person():
    body = (
        "When I speak to Dr Tom Reed, director of studies in the Department of Physics, he says the case brought attention "
        "to “an issue that had been going on for a long time.”"
    )
    assert attributed(body) == [("Tom Reed", "an issue that had been going on for a long time.")]
    body = (
        "“The culture puts silly pressure on students,” Tom Reed tells me.\n\n"
        "At the end of my conversation with Nora Blake, the service's head, I ask her one last question.\n\n"
        "“I will be a lot more positive if we get more staff,” she says."
    )
    assert attributed(body)[1:] == [("Nora Blake", "I will be a lot more positive if we get more staff,")]
    # near miss: someone the writer only writes about ("When I read about Dr Tom Reed") is not the one talking
    near = (
        "Jan Holt runs the clinic. When I read the letter from Dr Tom Reed, the director, she says the case brought "
        "attention to “an issue that had been going on for a long time.”"
    )
    assert attributed(near) == [("Jan Holt", "an issue that had been going on for a long time.")]


def test_credits_is_a_verb_of_saying_and_its_passive_names_nobody():
    body = (
        "Dana Whitfield, chief engineer at Orrin Labs, credits “the county planners and the university,” in a statement.\n\n"
        "Tomas Pell was credited with “saving the harbour” by the mayor's office."
    )
    assert attributed(body) == [("Dana Whitfield", "the county planners and the university,")]


def test_a_sentence_adverb_before_the_comma_is_no_speaker():
    body = (
        "An official said the visit went well. Nonetheless, the same official credited the envoy with breaking "
        "“a psychological barrier” with the neighbours. Nevertheless, the same official said it was “too early.”"
    )
    assert attributed(body) == []
