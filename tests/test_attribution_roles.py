"""Who a role noun, an adverb-led subject or a bare surname means, read without a registry. Passages written for these
tests, each with the near miss beside it."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed


def test_the_unqualified_president_is_the_one_the_report_titles_without_a_nation():
    body = (
        "Aides met with President Harlan Brooks. Polish President Piotr Marek moved troops to the border.\n\n"
        "On Monday, Brooks said he expected a crossing. Marek had gone too far to stop. “He will move,” the president said."
    )
    assert attributed(body) == [("Harlan Brooks", "He will move,")]


def test_the_president_stays_the_foreign_one_when_nobody_is_titled_without_a_nation():
    body = (
        "Aides met with Harlan Brooks. Polish President Piotr Marek moved troops to the border.\n\n"
        "On Monday, Brooks said he expected a crossing. Marek had gone too far to stop. “We will move,” the president said."
    )
    assert attributed(body) == [("Piotr Marek", "We will move,")]


def test_the_president_is_the_passage_s_person_the_report_titles_so_elsewhere():
    body = (
        "The crisis followed US President Harlan Brooks’s speech of May.\n\n"
        "Over the summer, Brooks came under pressure from the opposition.\n\n"
        "The president stated that if ships arrived, “the gravest issues would arise.”"
    )
    assert attributed(body) == [("Harlan Brooks", "the gravest issues would arise.")]


def test_a_subject_after_a_time_adverb_is_the_he_of_its_own_sentence():
    body = "We met with Harlan Brooks.\n\nTwo months later Tomas Adler accepted what he called “the bitter cup” of the truce."
    assert attributed(body) == [("Tomas Adler", "the bitter cup")]


def test_a_name_after_a_verb_is_no_subject_for_a_later_he():
    body = "Harlan Brooks spoke first.\n\nThe court later fined Tomas Adler, and he called it “a bitter cup” of injustice."
    assert attributed(body) != [("Tomas Adler", "a bitter cup")]


def test_a_surname_two_first_names_share_stays_a_surname():
    body = (
        "The speech of President John F. Brooks was short. The notes of Robert Brooks were long.\n\n"
        "Brooks wrote that “the harbour must stay open.” Nobody answered."
    )
    assert attributed(body) == [("Brooks", "the harbour must stay open.")]


def test_a_surname_with_one_full_form_keeps_the_initial_of_that_form():
    body = "John F. Brooks met the press on Monday.\n\nBrooks wrote that “the harbour must stay open.” Nobody answered."
    assert attributed(body) == [("John F. Brooks", "the harbour must stay open.")]


def test_a_name_closing_on_a_transliterated_ayn_is_the_subject_a_later_it_means():
    body = (
        "The daily Harbour Times cited a source close to the palace.\n\n"
        "The weekly Akhbar Al-Usbu' published an unsigned article on the visit. Jordan, it said, had chosen to rise "
        "“above the wounds of the war.” Readers agreed."
    )
    assert attributed(body) == [("Akhbar Al-Usbu", "above the wounds of the war.")]


def test_a_plural_possessive_before_a_noun_is_no_subject():
    body = "The daily Harbour Times cited a source.\n\nThe Joneses' lawyers published a letter. It said the port was “closed for good.”"
    assert ("Joneses", "closed for good.") not in attributed(body)


def test_the_delegation_is_the_delegation_named_before_not_a_body_called_the_delegation():
    body = (
        "Ukraine’s delegation to the United Nations asked the council to meet on Monday.\n\n"
        "The delegation called on the port to take a “constructive stance” in the talks."
    )
    assert attributed(body) == [("Ukraine’s delegation to the United Nations", "constructive stance")]


def test_a_capitalised_qualifier_still_makes_a_lower_case_body():
    body = "The Harbour delegation said the port was “closed for good.”"
    assert attributed(body) == [("Harbour delegation", "closed for good.")]


def test_a_model_number_is_nobody_a_later_he_could_mean():
    body = (
        "Marta Kovacs, chief engineer of the spaceport, spoke on Monday.\n\n"
        "On Friday, Gravity-2 lifted off from the barge.\n\n"
        "“The industry has found its sea legs,” he added."
    )
    assert attributed(body) == [("Marta Kovacs", "The industry has found its sea legs,")]


def test_a_role_noun_after_an_opening_phrase_is_the_subject_of_a_participle():
    body = (
        "The Harbour Council has long served the port.\n\n"
        "For example, the council recently praised the ferrymen for their work, calling it “one of the finest acts of the year.”"
    )
    assert attributed(body) == [("Harbour Council", "one of the finest acts of the year.")]


def test_a_role_noun_opening_a_clause_that_ends_on_a_colon_speaks():
    body = (
        "The Harbour Council has long served the port.\n\n"
        "Notably, the council has portrayed the ferries as under siege for longer than anyone: “The whole coast is against us.”"
    )
    assert attributed(body) == [("Harbour Council", "The whole coast is against us.")]


def test_a_role_noun_clause_on_a_colon_with_a_named_object_is_nobodys():
    body = (
        "The Harbour Council has long served the port.\n\nNotably, the council has met Tomas Adler twice this year: “The whole coast is against us.”"
    )
    assert attributed(body) == []


def test_he_after_someones_unnamed_pilot_is_nobody_named():
    body = (
        "Tomas Adler spoke on Monday.\n\n"
        "One night, Adler’s pilot publicly stated that the port no longer feared the navy. He declared, “We will fight to the end.”"
    )
    assert attributed(body) == []


def test_he_after_a_named_persons_own_sentence_is_that_person():
    body = (
        "Tomas Adler spoke on Monday.\n\n"
        "One night, Adler publicly stated that the port no longer feared the navy. He declared, “We will fight to the end.”"
    )
    assert attributed(body) == [("Tomas Adler", "We will fight to the end.")]


def test_nobody_and_everyone_are_no_names():
    assert attributed("Tomas Adler spoke.\n\n“Death to the cartel!” Nobody moved. Everyone said “no.”") == []


def test_the_prosecutor_is_the_person_named_in_apposition_to_the_role():
    body = (
        "The prosecutor, Marta Kovacs, had asked for eight years.\n\n"
        "“How did these words make you feel?” the prosecutor asked the clerk.\n\n"
        "“Nothing. We hear such cases every week; we are used to it.”"
    )
    assert attributed(body) == [("Marta Kovacs", "How did these words make you feel?")]


def test_a_quoted_paragraph_after_a_statement_goes_on_with_its_speaker():
    body = (
        "The prosecutor, Marta Kovacs, had asked for eight years.\n\n"
        "“These words were a crime,” the prosecutor told the court.\n\n"
        "“We hear such cases every week, and we will not get used to them.”"
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Marta Kovacs", "Marta Kovacs"]


def test_a_quote_in_a_passive_predicate_is_not_the_subjects_words():
    body = (
        "Tomas Adler said “we will fight on” after the verdict.\n\n"
        "He has been placed in solitary confinement several times and assigned to “dusty factory work” in the camp."
    )
    assert attributed(body) == [("Tomas Adler", "we will fight on")]


def test_a_middle_initial_makes_no_second_speaker_across_reports():
    from dossier.provisional import adopt_provisional

    registry = Registry([])
    for number, name in enumerate(["President Vladimir V. Putin", "President Vladimir Putin"]):
        body = f"{name} said on Monday that “the port will stay closed.”"
        report = read_report(
            f'+++\ntitle = "Report {number}"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', f"reports/r{number}.md"
        )
        adopt_provisional(registry, extract_statements(report, Registry([])))
    assert [(actor.id, actor.name) for actor in registry.actors.values()] == [("vladimir-putin", "Vladimir V. Putin")]


def test_a_title_elect_is_no_part_of_the_name_and_the_role_noun_means_its_holder():
    body = (
        "Governor-elect Mara Delcourt apologised on Monday to the dockworkers.\n\n"
        "“I regret what I said about the union,” the future Governor said in a video.\n\n"
        "“The review comes first,” the governor-elect added."
    )
    assert attributed(body) == [
        ("Mara Delcourt", "I regret what I said about the union,"),
        ("Mara Delcourt", "The review comes first,"),
    ]


def test_another_hyphenated_office_is_not_the_elect_s_role():
    body = "Governor-elect Mara Delcourt apologised on Monday to the dockworkers.\n\n“The review comes first,” the Governor-General said."
    assert attributed(body) == []


def test_a_role_set_in_commas_before_the_subject_s_name_is_theirs_for_a_later_role_noun():
    for opening, later in [
        ("The health secretary, Mara Venn, opened the clinic on Monday.", "the health secretary said"),
        ("The Minister for Health, Dr Mara Venn, opened the clinic on Monday.", "the minister said"),
        ("On Monday the prime minister, Mara Venn, opened the clinic.", "the prime minister said"),
    ]:
        body = f"{opening}\n\n“Velmar is not ready,” {later}.\n\nThe opposition disagreed."
        assert attributed(body) == [("Mara Venn", "Velmar is not ready,")], opening


def test_a_role_in_commas_before_an_object_or_with_no_role_word_names_no_holder():
    for opening in [
        "Reporters met the health secretary, Mara Venn, on Monday.",  # the object: not the subject a role noun means
        "The woman in grey, Mara Venn, opened the clinic on Monday.",  # a description, no office
    ]:
        body = f"{opening}\n\n“Velmar is not ready,” the secretary said.\n\nThe opposition disagreed."
        assert attributed(body) == [], opening


def test_a_deputy_or_a_body_s_chairman_is_not_the_chairman_a_later_role_noun_means():
    for opening, later in [
        ("Party Chairman Karl Dorn opened the session on Monday.", "the deputy chairman said"),  # another office
        ("The Trustees Chairman, Sen. Karl Dorn, opened the session on Monday.", "the chairman said"),  # one body's office
    ]:
        body = f"{opening}\n\n“Velmar is not ready,” {later}.\n\nThe opposition disagreed."
        assert attributed(body) == [], opening


def test_a_deputy_named_so_is_the_deputy_a_later_role_noun_means():
    body = "Deputy Chairman Karl Dorn opened the session on Monday.\n\n“Velmar is not ready,” the deputy chairman said."
    assert attributed(body) == [("Karl Dorn", "Velmar is not ready,")]


def test_a_domain_chief_is_the_holder_named_with_that_domains_title():
    body = (
        "Harbour Commissioner Ilse Brandt ordered a review of the pier police on Monday.\n\n"
        "In a separate session with dock workers, the harbour chief said the force had “grown too big” and would be trimmed.\n\n"
        "“We will keep the night patrols,” the harbour chief told them."
    )
    assert attributed(body) == [("Ilse Brandt", "grown too big"), ("Ilse Brandt", "We will keep the night patrols,")]


def test_the_pentagon_chief_is_the_defence_secretary_named_before():
    body = "Defence Secretary Lia Marsh ordered a review of the fleet.\n\nSpeaking to sailors, the Pentagon chief said the navy had “grown too big”."
    assert attributed(body) == [("Lia Marsh", "grown too big")]


def test_a_chief_of_a_domain_no_one_was_named_for_is_nobody():
    body = (
        "Harbour Commissioner Ilse Brandt ordered a review of the pier police on Monday.\n\n"
        "The police chief said the force had “done nothing wrong”. The Kremlin chief said the review was “a farce”."
    )
    assert attributed(body) == []


def test_a_domain_chief_two_people_were_named_for_is_nobody():
    body = (
        "Harbour Commissioner Ilse Brandt and Deputy Harbour Commissioner Tom Reyes toured the pier on Monday.\n\n"
        "The harbour chief said the force had “grown too big”."
    )
    assert attributed(body) == []


def test_a_role_noun_with_a_relative_clause_or_an_apposition_before_its_verb_still_speaks():
    union = "The Kelby Dockers Union called a strike on Monday. Ada Roe, the mayor, said the strike was “a shame”.\n\n"
    for sentence in (
        "The union, which represents 400 dockers, said the plan was “reckless”.",
        "The union, the largest in Kelby, said the plan was “reckless”.",
        "The union, whose members unload the ferries, called the plan “reckless”.",
    ):
        assert attributed(union + sentence) == [("Ada Roe", "a shame"), ("Kelby Dockers Union", "reckless")]
    minister = "Ada Roe, the harbour minister, opened the meeting.\n\n"
    for subject in ("The minister, in a statement, said", "The minister, who opened the meeting, said"):
        assert attributed(f"{minister}{subject} the plan was “a good start”.") == [("Ada Roe", "a good start")]


def test_a_role_noun_before_an_apposition_relaying_someone_or_adding_a_second_subject_is_not_the_one_credited():
    union = "The Kelby Dockers Union called a strike on Monday.\n\n"
    assert attributed(union + "The union, according to Ada Roe, called the plan “reckless”.") == [("Ada Roe", "reckless")]
    minister = "Ada Roe, the harbour minister, opened the meeting.\n\n"
    assert attributed(minister + "The minister, and Tom Smith, called the plan “a good start”.") == [("Tom Smith", "a good start")]


def test_near_miss_a_role_noun_no_body_was_named_for_stays_nobody_past_its_relative_clause():
    body = "The harbour plan was approved on Monday.\n\nThe union, which represents 400 dockers, said the plan was “reckless”."
    assert attributed(body) == []
