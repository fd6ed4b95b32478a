"""Titles, names and fragments in marks inside reported speech (held-out files 445-459): passages written for these
tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_a_capitalised_title_after_the_kind_of_work_in_reported_speech_is_no_statement():
    # at the end of the clause, the stop inside the marks
    body = "Actress Mira Kolander said the jury prize should have gone to the quiet Danish drama “Salt Year.”"
    assert attributed(body) == []
    # as the clause's subject
    assert attributed("Mira Kolander said the Danish film “Salt Year” should have had the prize.") == []
    # beside a real quotation, which stays hers
    body = "Mira Kolander said the prize should have gone to the Danish film “Salt Year.” “It was the braver film,” she said."
    assert attributed(body) == [("Mira Kolander", "It was the braver film,")]


def test_words_in_lower_case_after_the_kind_of_work_stay_the_speakers():
    assert attributed("Jon Brell said the album “was a mess from start to finish.”") == [("Jon Brell", "was a mess from start to finish.")]


def test_a_proposals_name_in_marks_after_an_article_is_no_statement():
    assert attributed("Last month, the Ministry of Labour called for a “workers' data charter” to protect staff.") == []
    assert attributed("The Labour Ministry called for an “AI bill of rights” and the union for an “accountability act.”") == []


def test_the_words_asked_for_without_an_article_before_the_marks_or_a_thing_characterised_stay_the_speakers():
    assert attributed("Last month, the Ministry of Labour called for “an end to secret tracking” in the workplace.") == [
        ("Ministry of Labour", "an end to secret tracking")
    ]
    assert attributed("Ana Rueda called the deal a “suicide pact” for the port.") == [("Ana Rueda", "suicide pact")]
    assert attributed("Ana Rueda called for the “repeal of the data law” this year.") == [("Ana Rueda", "repeal of the data law")]
    assert attributed("Ana Rueda said the union wanted a “fair, binding and enforceable code.”") == [
        ("Ana Rueda", "fair, binding and enforceable code.")
    ]


def test_the_first_of_two_fragments_a_speakers_clause_quotes_is_the_speakers_though_it_stands_before_its_noun():
    body = "The Dutch transport ministry said the “hasty” closure showed “a lack of planning for the winter.”"
    assert attributed(body) == [
        ("Dutch transport ministry", "hasty"),
        ("Dutch transport ministry", "a lack of planning for the winter."),
    ]


def test_a_fragment_before_its_noun_alone_or_a_name_before_its_noun_stays_a_label():
    assert attributed("The Dutch transport ministry said the “hasty” closure would end in May.") == []
    body = "Otto Brandt said the “Iron Shield” drills did not “threaten anyone.”"
    assert attributed(body) == [("Otto Brandt", "threaten anyone.")]


SURVEY = "A survey by the Harbour Institute, a Danish think tank, found that a third of staff were tracked. "
SENSOR = "In a statement, the company said its sensor suits “long shifts and night work” as plants automate."


def test_the_company_is_the_one_word_name_opening_the_sentence_before():
    body = SURVEY + "Kestrel, for example, has built a sensor that reads fatigue. " + SENSOR
    assert attributed_with_kinds(body) == [("Kestrel", "organization", "long shifts and night work")]


def test_the_company_after_a_one_word_name_with_another_name_between_or_a_persons_surname_is_not_that_name():
    body = SURVEY + "Kestrel, for example, has built a sensor for Volvo plants. " + SENSOR
    assert [name for name, _ in attributed(body)] != ["Kestrel"]
    body = SURVEY + "Plant manager Ana Kestrel runs the tests. Kestrel, for example, has built a sensor. " + SENSOR
    assert [name for name, _ in attributed(body)] not in (["Kestrel"], ["Ana Kestrel"])


def test_a_councillors_abbreviated_title_is_no_given_name():
    """ "Cr Ann Pell", "Cllr Rob Dunne" (Australia, New Zealand, Britain): the same person as "Councillor Ann Pell"."""
    found = attributed(
        "Division 3 Councillor Ann Pell said the path was overdue.\n\n"
        "“Families have waited ten years for it,” Cr Pell said.\n\n"
        "“The ward will get its share,” Cllr Rob Dunne said."
    )
    assert [name for name, _quote in found] == ["Ann Pell", "Rob Dunne"]


def test_an_office_before_a_given_name_is_the_one_named_in_full_with_it():
    """ "Cr Maria said" after "Division 9 Councillor Maria Suarez": an office and her given name; "Mr James" (an
    honorific) stays a surname though the report names a James Dean."""
    found = attributed(
        "Division 9 Councillor Maria Suarez said the crossing was a priority.\n\n"
        "“Parents have asked for it for years,” Cr Maria said.\n\n"
        "James Dean said the town was pleased.\n\n"
        "“We have waited long enough,” Mr James said."
    )
    assert [name for name, _quote in found] == ["Maria Suarez", "Mr James"]


def test_a_title_with_its_catalogue_number_is_no_statement():
    bodies = [
        "The Harbour Watch said it had sent the mayor its findings: “Boats are not enough” (Index: EUR 11/003/2007).",
        "Ivo Marsk wrote that the board had adopted the advice in Harbours: a duty of care – “We are all responsible” (Doc. HW/12/2019).",
    ]
    assert [attributed(body) for body in bodies] == [[], []]


def test_a_quotation_with_a_picture_note_after_it_stays_the_speakers():
    body = "Ivo Marsk said the harbour was “unsafe for any vessel” (pictured)."
    assert attributed(body) == [("Ivo Marsk", "unsafe for any vessel")]
