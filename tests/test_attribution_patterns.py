"""Patterns of the genre the detector learnt from held-out reports (later rounds): passages written for these tests,
each with the near miss beside it."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.quotes import quote_spans
from dossier.statements import extract_statements
from passages import attributed, attributed_with_kinds


def test_words_in_capitals_as_a_post_shouts_them_are_the_posters():
    body = "Otto Brandt posted that the rebels would pay a “HUGE PRICE” for the attack."
    assert attributed(body) == [("Otto Brandt", "HUGE PRICE")]


def test_a_capitalised_name_in_quotes_after_a_determiner_stays_a_name():
    assert attributed("Otto Brandt said the army held the “Iron Shield 2024” exercises in the north.") == []
    assert attributed("Otto Brandt said the army would hold the “STEEL RAIN” drills in the north.") == []


def test_state_television_and_the_state_broadcaster_of_a_nation_are_bodies():
    body = (
        "Narvian state television reported that the strike was “a cowardly act of piracy”. "
        "The attack was “a grave provocation”, Narvian state broadcaster said."
    )
    assert attributed(body) == [
        ("Narvian state television", "a cowardly act of piracy"),
        ("Narvian state broadcaster", "a grave provocation"),
    ]


def test_according_to_a_study_by_a_named_body_is_the_bodys():
    body = (
        "According to a study by the consulting firm Halder Partners, the industry faces “a decade of decline”. "
        "According to a report published by the Lenz Institute, aid has been “shrinking fast”."
    )
    assert attributed(body) == [("Halder Partners", "a decade of decline"), ("Lenz Institute", "shrinking fast")]


def test_according_to_a_study_of_unnamed_people_names_nobody():
    assert attributed("According to a recent survey of German firms, the mood is “gloomy and getting worse”.") == []


def test_a_body_named_in_lower_case_is_the_subject_of_a_where_or_after_clause():
    body = (
        "The envoy flew on to Geneva, where the Swiss foreign ministry said the meeting was “a first step”. "
        "The talks stalled after the Russian defence ministry called them “a farce”."
    )
    assert attributed(body) == [("Swiss foreign ministry", "a first step"), ("Russian defence ministry", "a farce")]


def test_a_state_as_american_papers_shorten_it_after_a_city_is_nobody():
    body = "The course, an hour’s drive from Nashville, Tenn., included sessions on tunnels. It called them “essential training”."
    assert attributed(body) == []


def test_it_in_a_clause_of_a_sentence_a_body_opens_is_that_body():
    body = (
        "Otto Brandt met the envoys on Monday. The Narvian Foreign Ministry condemned the raid in August for what it "
        "described as the “collective punishment” of the town."
    )
    assert attributed(body) == [("Narvian Foreign Ministry", "collective punishment")]


def test_the_economist_capitalised_is_the_paper_and_lower_case_a_role():
    body = (
        "This spring the Economist distilled the issue into a single question: “Who will pay for the grid?” "
        "Otto Brandt met reporters. The economist said the rates were “far too high”."
    )
    assert attributed(body) == [("Economist", "Who will pay for the grid?")]


def test_a_clause_ending_on_a_noun_of_saying_and_a_colon_is_its_subjects():
    assert attributed("Otto Brandt asked the panel a simple question: “Who will pay for the grid?”") == [
        ("Otto Brandt", "Who will pay for the grid?")
    ]
    assert attributed("The panel heard from Otto Brandt about the question: “Who will pay for the grid?”") == []


def test_a_worry_or_a_fear_voiced_with_the_words_right_after_it_is_a_cue():
    body = "Senator Dana Kells worries, “We are handing the grid to five firms.” Senator Otto Brandt fears that “the bills will double.”"
    assert attributed(body) == [("Dana Kells", "We are handing the grid to five firms."), ("Otto Brandt", "the bills will double.")]
    assert attributed("Amid fears that “the bills will double,” the vote was delayed.") == []


def test_an_outlets_headline_or_commentary_after_the_quote_is_the_outlets():
    body = "“Voters have found their villain,” a Lenz Herald headline explained. “The grid is the story,” a New York Times commentary observed."
    assert attributed(body) == [("Lenz Herald", "Voters have found their villain,"), ("New York Times", "The grid is the story,")]


def test_a_cue_word_after_was_is_no_one_saying_it():
    body = "Otto Brandt met the minister. The allies had “seen such feints before,” Brandt knew, and Dana Kells was clearly worried about it."
    assert attributed(body) == []


def test_a_titled_person_whose_surname_is_a_country_is_a_person():
    body = "Lt. Gen. Derek France told reporters that the radars were “looking at Iran, not Qatar.”"
    assert attributed(body) == [("Derek France", "looking at Iran, not Qatar.")]
    assert attributed("The envoy flew to Vichy France, where the talks were “going nowhere.”") == []


def test_a_government_named_by_its_seat_is_a_body():
    body = "Downing Street said the briefing was “sparsely attended”. The Pentagon called it “routine”."
    assert attributed_with_kinds(body) == [
        ("Downing Street", "organization", "sparsely attended"),
        ("Pentagon", "organization", "routine"),
    ]


def test_news_outlets_named_by_a_bare_name_are_outlets_and_an_intelligence_agency_is_no_outlet():
    body = (
        "Otto Brandt told Reuters the deal was “dead”. Kommersant reported that the talks were “frozen”. "
        "The Central Intelligence Agency said the risk was “rising”."
    )
    assert attributed_with_kinds(body) == [
        ("Otto Brandt", "person", "dead"),
        ("Kommersant", "outlet", "frozen"),
        ("Central Intelligence Agency", "organization", "rising"),
    ]


def test_a_name_after_a_dash_aside_is_the_subject_not_the_name_before_the_last_comma():
    body = (
        "But after several prime ministers, including party leader Otto Brandt, presided over years of record deficits—what Kells "
        "terms the “Brandt bubble”—voters left."
    )
    assert attributed(body) == [("Kells", "Brandt bubble")]


def test_the_accusers_words_for_what_the_accused_did_are_the_accusers():
    body = (
        "The Green Party, led by Dana Kells, has surged, with Kells accusing Otto Brandt of threatening to “sell the port”. "
        "Mira Holt accused Brandt of promising “a bridge to nowhere”."
    )
    assert attributed(body) == [("Dana Kells", "sell the port"), ("Mira Holt", "a bridge to nowhere")]


def test_a_joint_statement_running_over_paragraphs_is_each_speakers_in_full():
    body = (
        "But Dana Kells and Otto Brandt, the outgoing and incoming chairs, said: “We are concerned by this step.\n\n"
        "“None of this bodes well for scrutiny.”"
    )
    both = "We are concerned by this step. None of this bodes well for scrutiny."
    assert attributed(body) == [("Dana Kells", both), ("Otto Brandt", both)]


def test_a_cue_word_after_a_quantifier_is_a_noun():
    body = "Otto Brandt said the fact the briefing runs until there are no more questions “makes for better answers.”"
    assert attributed(body) == [("Otto Brandt", "makes for better answers.")]


def test_a_nations_role_noun_is_the_holder_its_state_named_in_a_caption_before():
    body = (
        "Reporters watch Qatar’s Emir Sheikh Otto bin Karl Al-Brandt’s address in Doha.\n\n"
        "At the General Assembly, the Qatari emir called the war “a crime against a people” and accused Lenzia of being "
        "“a state hostile to its neighbours.”"
    )
    assert attributed(body) == [
        ("Otto bin Karl Al-Brandt", "a crime against a people"),
        ("Otto bin Karl Al-Brandt", "a state hostile to its neighbours."),
    ]


def test_a_nations_government_or_high_command_in_lower_case_is_a_body():
    body = (
        "The Japanese government said, “We will protect our fishermen.” The U.S. government said the firms were “a clear risk”. "
        "The raid “cost half of the horses,” the Red Army high command noted."
    )
    assert attributed(body) == [
        ("Japanese government", "We will protect our fishermen."),
        ("U.S. government", "a clear risk"),
        ("Red Army high command", "cost half of the horses,"),
    ]


def test_a_companys_spokesperson_or_a_described_person_named_after_the_quote():
    body = (
        "“The information shared is concerning,” a Lenzco spokesperson said. "
        "“We want a constructive relationship,” one Halder executive, Otto Brandt, wrote. "
        "“The deal is unmatched,” gushed Trade Representative Dana Kells in a statement."
    )
    assert attributed(body) == [
        ("Lenzco", "The information shared is concerning,"),
        ("Otto Brandt", "We want a constructive relationship,"),
        ("Dana Kells", "The deal is unmatched,"),
    ]


def test_a_passive_with_its_agent_is_the_agents_words_and_a_name_attributed_to_is_a_label():
    body = (
        "The fire was described by the Lenz Media Office as “limited”. "
        "The damage was attributed by the Lenz Media Office to “shrapnel from an interception”. "
        "The attack was one the police attributed to the “Fancy Bear” group."
    )
    assert attributed(body) == [("Lenz Media Office", "limited"), ("Lenz Media Office", "shrapnel from an interception")]


def test_a_number_word_opening_a_sentence_is_nobody_and_having_said_is_the_main_clauses_subject():
    body = (
        "Otto Brandt spoke in May. Five days later, he wrote that the deal “will settle every old quarrel”. "
        "Having pledged “we will never send troops”, Dana Kells sent them."
    )
    assert attributed(body) == [("Otto Brandt", "will settle every old quarrel"), ("Dana Kells", "we will never send troops")]


def test_a_spokesperson_after_a_bodys_spokesperson_speaks_for_that_body_and_alone_for_nobody():
    body = (
        "A spokesperson for Lenzco said the firm “complies with every law”. It sells chips.\n\n"
        "“The information shared is concerning,” a spokesperson said."
    )
    assert attributed(body) == [("Lenzco", "complies with every law"), ("Lenzco", "The information shared is concerning,")]
    assert attributed("The protests went on.\n\n“The sanctions are working,” a spokesperson said.") == []


def test_a_one_word_name_with_a_spokesperson_or_a_legal_form_is_a_company():
    body = "Halder makes chips in Malaysia. A spokesperson for Halder said the firm “complies with every law”."
    assert attributed_with_kinds(body) == [("Halder", "organization", "complies with every law")]
    assert attributed_with_kinds("Halder met the press. Halder said the firm “complies with every law”.") == [
        ("Halder", "person", "complies with every law")
    ]


def test_states_and_provinces_shortened_after_a_city_are_nobody():
    body = "A realtor in Brampton, Ont., said the market was “frozen solid”. A paper in Columbia, S.C., wrote that it was “in mourning”."
    assert attributed(body) == []  # unnamed sources, not "Ont" and "S.C."


def test_a_cue_in_the_passive_is_not_its_subjects_words_but_a_progressive_is():
    body = "Dana Kells was criticised for “reckless” remarks on the strait. Otto Brandt is warning that the war is “already lost”."
    assert attributed(body) == [("Otto Brandt", "already lost")]


def test_a_quote_standing_alone_after_a_sentence_reporting_another_persons_words_is_theirs():
    body = (
        "Otto Brandt said in 2021, “A crisis there is a crisis for us.” At the time, Dana Kells said the scenario was a threat. "
        "“It can develop into a situation requiring defence.”"
    )
    assert attributed(body) == [
        ("Otto Brandt", "A crisis there is a crisis for us."),
        ("Dana Kells", "It can develop into a situation requiring defence."),
    ]
    body = "Otto Brandt said in 2021, “A crisis there is a crisis for us.” Dana Kells met him later. “It can develop into war.”"
    assert attributed(body)[-1] == ("Otto Brandt", "It can develop into war.")


def test_a_persons_or_bodys_order_or_decree_speaks_for_its_issuer():
    body = "Brandt’s executive order pointed to “large and persistent trade deficits” as the cause. The court order said it was “void”."
    assert attributed(body) == [("Brandt", "large and persistent trade deficits")]


def test_as_x_put_it_after_the_quote_and_a_quoted_paragraph_after_x_referenced_are_xs():
    body = (
        "The talks were “a foundation of peace”, as Otto Brandt, the ministry spokesperson, recently put it.\n\n"
        "Dana Kells referenced the killing of her colleague in 2012.\n\n“Killing reporters is the ultimate censorship.”"
    )
    assert attributed(body) == [
        ("Otto Brandt", "a foundation of peace"),
        ("Dana Kells", "Killing reporters is the ultimate censorship."),
    ]


def test_a_name_never_runs_over_a_sentences_end():
    body = "Otto Brandt met President Faustin-Archange Dana. As Dana has said, the war was “a long night”."
    assert attributed(body) == [("Faustin-Archange Dana", "a long night")]
    assert attributed("Lt. Gen. Derek France told reporters the radars were “quiet all night”.") == [("Derek France", "quiet all night")]


def test_plural_statement_nouns_after_a_possessive_are_the_possessors():
    body = "Contrary to Otto Brandt’s claims that the army has made the region “safer than ever,” attacks rose."
    assert attributed(body) == [("Otto Brandt", "safer than ever,")]
    assert attributed("Contrary to the claims that the army has made the region “safer than ever,” attacks rose.") == []


def test_an_office_with_a_portfolio_is_not_another_minister_of_the_passage():
    body = (
        "Prime Minister Otto Brandt called the plan “visionary”. The plan is policy, with the Finance Minister saying they "
        "were “following the vision”, and the Defence Minister saying that the army was using “all means”."
    )
    assert attributed(body) == [("Otto Brandt", "visionary")]
    body = "Finance Minister Dana Kells spoke first. The plan is policy, with the Finance Minister saying they were “on track”."
    assert attributed(body) == [("Dana Kells", "on track")]


def test_an_unnamed_person_known_by_a_name_after_the_cue_names_nobody():
    body = "“He was the only one bold enough,” argued a longtime Brandt acquaintance in a newspaper interview."
    assert attributed(body) == []
    assert attributed("“We will hold,” said Brandt ally Dana Kells.") == [("Dana Kells", "We will hold,")]
    assert attributed("“We will hold,” said a defiant Otto Brandt.") == [("Otto Brandt", "We will hold,")]


def test_a_participle_after_a_verbs_object_is_the_clause_subjects():
    assert attributed("Otto Brandt met Dana Kells, saying the talks were “very productive”.") == [("Otto Brandt", "very productive")]
    body = "Sources close to the palace urged the guards to join the Narvian Ministry of Defence, arguing they had done “nothing wrong”."
    assert attributed(body) == []
    assert attributed("Otto Brandt, saying the talks were “very productive”, left early.") == [("Otto Brandt", "very productive")]


def test_a_nickname_and_a_gloss_are_the_writers_not_the_speakers():
    body = "Otto Brandt said the guards were “dragged into” the mutiny led by Dana Kells, also known as “Sedoi” (denoting “gray hair”)."
    assert attributed(body) == [("Otto Brandt", "dragged into")]
    assert attributed("Otto Brandt said the guard was “known as a hothead”.") == [("Otto Brandt", "known as a hothead")]


def test_an_outlets_edition_in_a_language_is_the_outlet():
    body = "BBC Chinese described the order as “choking the neck” of the industry. Radio Free Europe called it “a chokehold”."
    assert attributed_with_kinds(body) == [
        ("BBC Chinese", "outlet", "choking the neck"),
        ("Radio Free Europe", "outlet", "a chokehold"),
    ]


def test_a_surname_that_is_also_a_title_after_a_given_name_is_a_person():
    body = "“The loss of life is a failure we cannot accept,” said Amy Pope, the agency’s director general."
    assert attributed(body) == [("Amy Pope", "The loss of life is a failure we cannot accept,")]
    assert attributed("“We pray for peace,” said the Coptic Pope.") == []


def test_a_term_in_a_clause_without_that_after_a_day_a_determiner_or_a_pronoun():
    body = (
        "Prime Minister Otto Brandt insisted Friday any agreement in the making was a “bad deal” for the region. "
        "Dana Kells said the strike involved an “airborne guided projectile”. "
        "Lena Ostrova said she wanted the “three dominances” at sea."
    )
    assert attributed(body) == [
        ("Otto Brandt", "bad deal"),
        ("Dana Kells", "airborne guided projectile"),
        ("Lena Ostrova", "three dominances"),
    ]
    assert attributed("Otto Brandt arrived Friday, and the crowd chanted the “bad deal” slogan.") == []


def test_it_is_the_body_whose_present_tense_verb_opens_the_sentence():
    body = "War looms. The Halder Institute hopes to see what it calls the “three dominances” in a war."
    assert attributed(body) == [("Halder Institute", "three dominances")]
    assert attributed("War looms. Sailors hope to seize what it calls the “three dominances” in a war.") == []


def test_movements_and_firms_cited_by_a_bare_name_are_bodies():
    body = "Hamas said the strike was “a grave escalation”. Gazprom said it would “honour every contract”."
    assert attributed_with_kinds(body) == [
        ("Hamas", "organization", "a grave escalation"),
        ("Gazprom", "organization", "honour every contract"),
    ]


def test_according_to_a_persons_or_bodys_dated_work_is_its_issuers():
    body = (
        "According to the Halder Institute’s 2026 annual review, the region “faces a decade of decline.” "
        "According to a 2025 Lenz Foundation statement, “exports almost certainly will fall.” "
        "According to 2025 testimony of Northern Command (NORCOM) Commander Admiral Otto Brandt, the drone, “if fielded,” is new."
    )
    assert attributed(body) == [
        ("Halder Institute", "faces a decade of decline."),
        ("Lenz Foundation", "exports almost certainly will fall."),
        ("Otto Brandt", "if fielded,"),
    ]
    assert attributed("According to the 2026 annual review, the region “faces a decade of decline.”") == []


def test_a_dated_statement_or_assessment_of_a_body_speaks_for_it():
    body = (
        "A 2025 Lenz Foundation statement posited that “exports will fall.” "
        "A 2022 Halder Institute assessment stated that trade “probably still has value.”"
    )
    assert attributed(body) == [("Lenz Foundation", "exports will fall."), ("Halder Institute", "probably still has value.")]


def test_directing_or_requesting_words_in_quotes_is_a_cue_but_not_the_adjective_direct():
    body = (
        "President Otto Brandt directed federal agencies to “IMMEDIATELY CEASE all use of the software.” "
        "The Halder Institute requested that the firm allow its use for “all lawful purposes.”"
    )
    assert attributed(body) == [
        ("Otto Brandt", "IMMEDIATELY CEASE all use of the software."),
        ("Halder Institute", "all lawful purposes."),
    ]
    assert attributed("Otto Brandt issued threats against direct intervention in the conflict: “Stay out.”") == [("Otto Brandt", "Stay out.")]


def test_a_possessors_request_for_quoted_words_is_the_possessors():
    body = "In explaining his refusal of the Halder Institute’s request for “full, unrestricted access,” Otto Brandt stated that he would wait."
    assert attributed(body) == [("Halder Institute", "full, unrestricted access,")]
    assert attributed("Otto Brandt refused the request for “full, unrestricted access” to the archive.") == []


def test_a_nations_regional_military_command_is_a_body():
    body = "Narvia’s eastern military command claimed the enemy had tried to “flag-plant” in the city."
    assert attributed_with_kinds(body) == [("Narvia’s eastern military command", "organization", "flag-plant")]


def test_a_role_given_in_an_apposition_names_its_holder_later():
    body = 'Otto Brandt, the foreign minister, agreed. "It may sound strange," said the minister.'
    assert attributed(body) == [("Otto Brandt", "It may sound strange,")]
    body = 'Otto Brandt, the foreign minister, agreed. "It may sound strange," said the outgoing minister.'
    assert attributed(body) == [("Otto Brandt", "It may sound strange,")]
    assert attributed('Otto Brandt agreed. "It may sound strange," said the minister.') == []


def test_a_quotation_left_open_goes_on_to_the_speaker_named_in_the_next_paragraph():
    body = (
        "Otto Brandt avoided prison, but he alleged he was mistreated.\n\n"
        "“I spent five days alone.\n\n"
        "“I was also threatened with a mock execution,” Dana Kells told reporters from her office."
    )
    assert attributed(body) == [("Dana Kells", "I spent five days alone. I was also threatened with a mock execution,")]
    body = "Otto Brandt avoided prison.\n\n“I spent five days alone.”\n\n“I was also threatened,” Dana Kells told reporters."
    assert attributed(body) == [("Dana Kells", "I was also threatened,")]


def test_each_paragraph_of_a_quotation_left_open_goes_on_into_the_next():
    body = (
        'Guild chief Rory Dunn said: "It is a blow to publicans.\n\n"They join their colleagues in the north.\n\n'
        '"There must be a return to the old payment.\n\n"Our members face a long wait."'
    )
    quote = (
        "It is a blow to publicans. They join their colleagues in the north. There must be a return to the old payment. Our members face a long wait."
    )
    assert attributed(body) == [("Rory Dunn", quote)]
    # near miss: a paragraph that closes its quotation ends it
    body = 'Guild chief Rory Dunn said: "It is a blow.\n\n"They join their colleagues."\n\n"Our members face a long wait."'
    assert attributed(body)[0] == ("Rory Dunn", "It is a blow. They join their colleagues.")


def test_they_reaches_no_body_named_under_an_earlier_heading():
    body = (
        "### Hospital visits\n\nHarbour General Hospital announced that visits will stop.\n\n"
        "### Lighthouse to close\n\nThey said: “The lighthouse will be closed from tomorrow.”"
    )
    assert attributed(body) == []
    # near miss: under the same heading, they are the body
    body = "### Hospital visits\n\nHarbour General Hospital announced that visits will stop. They said: “Visits end today.”"
    assert attributed(body) == [("Harbour General Hospital", "Visits end today.")]


def test_a_bodys_possessive_is_no_part_of_its_name():
    body = "The Daily Courier’s code of practice says “balance and fairness in every story”."
    assert attributed(body) == [("Daily Courier", "balance and fairness in every story")]
    # near miss: a name that ends in s keeps it
    assert attributed("The Lakeland Times says “balance and fairness in every story”.") == [("Lakeland Times", "balance and fairness in every story")]


def test_a_press_digests_tag_after_an_outlet_names_no_speaker_and_dates_the_story():
    body = (
        "Reuters (7/30, Brandt, Okafor) reports that the minister “called the vote a disgrace.”\n\n"
        "The Washington Post (12/29, Harlan, 10.52M) reports the embassy “will close for a week.”"
    )
    report = read_report(f'+++\ntitle = "Clips"\ndate = 2021-01-04\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = [(registry[s.speaker].name, str(s.date)) for s in extract_statements(report, registry).statements]
    assert found == [("Reuters", "2020-07-30"), ("Washington Post", "2020-12-29")]  # July is months ahead of January
    # near miss: a parenthesis of words, no day, is still read as it was
    assert attributed("Lina Velasco (the envoy) said: “We will not give up the shoal.”") == [("Lina Velasco", "We will not give up the shoal.")]


def test_a_short_name_defined_in_marks_in_brackets_is_the_body():
    body = "We refer to the Friends of the Harbour (“FOH”) letter.\n\nFOH also said that “the minister refused to comment”."
    assert attributed(body) == [("Friends of the Harbour", "the minister refused to comment")]
    # near miss: without the definition the short name is a speaker of its own
    body = "We refer to the Friends of the Harbour letter.\n\nFOH also said that “the minister refused to comment”."
    assert attributed(body) == [("FOH", "the minister refused to comment")]


def test_a_surname_of_two_words_is_the_person_named_in_full_with_it():
    body = "The county’s prosecutor, Eileen O’Neill Burke, backed the bill.\n\n“We need this bill,” said O’Neill Burke."
    assert attributed(body) == [("Eileen O’Neill Burke", "We need this bill,")]
    # near miss: a given name and a surname are someone of their own
    body = "The county’s prosecutor, Eileen Burke, backed the bill.\n\n“We need this bill,” said Tom Burke."
    assert attributed(body) == [("Tom Burke", "We need this bill,")]


def test_a_members_party_with_the_place_before_it_is_a_role_not_a_name():
    body = "Sen. Elgie Mars presented the bill.\n\n“We are trying to make sure,” the Lakeland Democrat said."
    assert attributed(body) == [("Elgie Mars", "We are trying to make sure,")]
    assert attributed("The Texas Republican Tom Rudd said: “No way.”") == [("Tom Rudd", "No way.")]
    # near miss: a party's name with no place before it stays as it was
    assert attributed("The Conservative Mark Field said: “Yes.”") == [("Mark Field", "Yes.")]


def test_he_after_a_named_aide_of_someone_is_the_aide():
    body = "Brandt’s senior aide Dana Kellson said the talks had “some merit”. He added: “We have no compromise yet.”"
    assert attributed(body) == [("Dana Kellson", "some merit"), ("Dana Kellson", "We have no compromise yet.")]


def test_a_bodys_officials_speak_for_it_but_a_states_are_unnamed():
    body = "Hamas officials said the death would “not pass in vain”. Gazprom officials said the contract was “void”."
    assert attributed(body) == [("Hamas", "not pass in vain"), ("Gazprom", "void")]
    assert attributed("U.S. officials said the strike was “a grave escalation”.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“The roads are the state’s duty,” said Dorvane officials.",
        "“The roads are the state’s duty,” Dorvane officials said.",
        "Dorvane officials noted: “The roads are the state’s duty.”",
        "Dorvane officials said the roads were “the state’s duty”.",
    ],
)
def test_officials_of_a_name_not_known_as_a_body_are_nobody_not_the_person_so_named(sentence: str) -> None:
    # "Dorvane" may be a town or a firm: its officials are unnamed, and never Pia Dorvane, named before
    assert attributed("Pia Dorvane opened the pit in 2012. " + sentence) == []


def test_officials_after_the_quote_of_a_body_are_the_body():
    # near misses of the rule above: a body's officials, before or after the quote
    assert attributed("Talks stalled in March. “The deal is dead,” said Hamas officials.") == [("Hamas", "The deal is dead,")]
    assert attributed("Talks stalled in March. “No deal is near,” Kremlin officials said.") == [("Kremlin", "No deal is near,")]
    assert attributed("Talks stalled in March. “No deal is near,” said U.S. officials.") == []


def test_a_verb_joined_to_an_unnamed_subjects_verb_names_nobody():
    body = (
        "In Parliament, multiple Member statements welcomed the truce: one Senator applauded the deal, while another "
        "expressed relief at the truce but called for “a real accounting of the war.”"
    )
    assert attributed(body) == []
    assert attributed("Otto Brandt objected to the meeting and called the debate “megaphone diplomacy”.") == [("Otto Brandt", "megaphone diplomacy")]


def test_three_people_listed_as_one_subject_each_say_it():
    body = "Otto Brandt, Dana Kells, and Lena Ostrova have all publicly stated that the troops would be “legitimate targets.”"
    assert attributed(body) == [
        ("Otto Brandt", "legitimate targets."),
        ("Dana Kells", "legitimate targets."),
        ("Lena Ostrova", "legitimate targets."),
    ]
    body = "Otto Brandt, the ministry’s envoy, has stated that the troops would be “legitimate targets.”"
    assert attributed(body) == [("Otto Brandt", "legitimate targets.")]


def test_a_headline_quote_then_a_dash_and_its_speaker_is_the_speakers():
    body = "‘Will we lose? Of course not’ - Otto Brandt tells the Narvian Herald\n\nThe interview ran for an hour."
    assert attributed(body) == [("Otto Brandt", "Will we lose? Of course not")]
    assert attributed("‘Will we lose? Of course not’ - a question for the Narvian army\n\nThe interview ran for an hour.") == []


def test_a_firms_website_or_bulletin_speaks_for_the_firm():
    body = "Halder Capital’s website plainly states that trade is “a serious threat.” A Lenz bulletin says the key is “only 32 bits.”"
    assert attributed(body) == [("Halder Capital", "a serious threat."), ("Lenz", "only 32 bits.")]
    assert attributed("The website states that trade is “a serious threat.”") == []


def test_a_body_named_for_what_it_stands_against_is_one_body():
    body = "The Committee against Corruption and Fraud said the ministry had “failed every audit”."
    assert attributed(body) == [("Committee against Corruption and Fraud", "failed every audit")]
    # near miss: what is no body's kind does not join the name after "against"
    assert attributed("Protests against Oskar Lind grew. Lind said the vote was “rigged”.") == [("Oskar Lind", "rigged")]


def test_the_chinese_surname_he_before_a_given_name_is_no_pronoun():
    body = "Officials met in Geneva. He Wenbo, a trade negotiator, said the talks were “frank and useful”."
    assert attributed(body) == [("He Wenbo", "frank and useful")]
    # near miss: the pronoun, after the person it stands for
    assert attributed("Otto Brandt spoke in Geneva. He said the talks were “frank and useful”.") == [("Otto Brandt", "frank and useful")]


def test_where_the_subject_spoke_between_it_and_its_verb_is_neither():
    body = (
        "The Narvian army in a statement said the rebels had “resorted to arbitrary firing”. "
        "Otto Brandt in a news briefing in Lindau accused Narvia of failing to take “demonstrable steps”."
    )
    assert attributed(body) == [("Narvian army", "resorted to arbitrary firing"), ("Otto Brandt", "demonstrable steps")]
    # near miss: a statement the subject is in, not one it made
    assert attributed("Nobody in the statement said the rebels had “resorted to firing”.") == []


def test_a_time_phrase_opening_a_sentence_is_nobody():
    assert attributed("Last August, an inquiry found the men “may have been involved” in the raid.") == []
    # near miss: the month's name after a named body
    assert attributed("Last August, the Lenz Institute found the men “may have been involved”.") == [("Lenz Institute", "may have been involved")]


def test_a_bare_surname_is_the_person_last_named_in_full_with_it():
    body = (
        "Prime Minister Oskar Lind said the strikes were “a grave mistake”.\n\n"
        "Army spokesman Gen. Ahmed Lind said six sites were hit.\n\n"
        "Lind also accused the enemy of shelling a dam.\n\n"
        "“We are responding to the aggression,” he said."
    )
    assert attributed(body) == [("Oskar Lind", "a grave mistake"), ("Ahmed Lind", "We are responding to the aggression,")]
    # near miss: an Arabic kunya or father's name is the surname, not its last word ("Abu Amer" is no later "Amer")
    body = (
        "Abu Hassan Amer, 44, agreed.\n\n"
        "A deal was still possible, Sadeq Abu Amer told reporters. Abu Amer heads a dialogue group.\n\n"
        "“There are rules to war,” said Amer."
    )
    assert attributed(body) == [("Abu Hassan Amer", "There are rules to war,")]


def test_a_meetings_name_is_nobody_and_she_is_the_woman_named_before_it():
    body = (
        "Speaking at the 2019 Lindau Dialogue, Narvian Defence Minister Florence Brandt could not resist a joke. "
        "She had come with a carrier, escorted by Falcon fighters. Oskar Lind, she said with a grin, “would be kind enough not to reciprocate”."
    )
    assert attributed(body) == [("Florence Brandt", "would be kind enough not to reciprocate")]


def test_a_ministrys_letters_in_mixed_case_are_the_ministry():
    said = "The MoD said the army must defend “the homelands properly”."
    assert attributed_with_kinds(said) == [("MoD", "organization", "the homelands properly")]
    # near miss: a name with a capital inside is a person's
    assert attributed_with_kinds("McArdle said the army must defend “the homelands”.") == [("McArdle", "person", "the homelands")]


def test_a_study_or_poll_a_body_made_speaks_for_the_body():
    body = "One recent Lenz Institute study concluded that “no official document exists” on it."
    assert attributed(body) == [("Lenz Institute", "no official document exists")]
    # near miss: a study nobody is named for
    assert attributed("A recent study concluded that “no official document exists” on it.") == []


def test_a_places_dotted_letters_inside_a_description_do_not_end_it():
    body = "“The killing set talks back,” Lina Haddad, an expert at U.K. think-tank Lenz House, told reporters."
    assert attributed(body) == [("Lina Haddad", "The killing set talks back,")]


def test_a_ministry_in_lower_case_with_its_portfolio_is_a_body():
    body = "Narvia’s home ministry ordered drills. “The attacks were hostile,” the ministry said."
    assert attributed(body) == [("Narvia’s home ministry", "The attacks were hostile,")]


def test_the_statement_read_is_who_last_spoke_in_a_statement():
    body = "Spokesperson Otto Brandt said in a statement that the chief called for restraint.\n\n“The world cannot afford a war,” the statement read."
    assert attributed(body) == [("Otto Brandt", "The world cannot afford a war,")]
    # near miss: a standing text that "reads" names nobody
    assert attributed("The movement’s official slogan reads, “Death to the tyrants. Victory to us.”") == []


def test_which_after_a_body_governed_by_a_preposition_is_the_body():
    body = "Abu Amer is the head of the Lenz Dialogue Group in Narvia, which says on its site that it aims to “protect the rights of all.”"
    assert attributed(body) == [("Lenz Dialogue Group", "protect the rights of all.")]
    # near miss: someone named between 'which' and the verb says it
    body = "Brandt sits on the Lenz Board, which advises the army and, as the writer Oskar Lind writes, is “selling arms.”"
    assert attributed(body) == [("Oskar Lind", "selling arms.")]


def test_they_after_two_people_who_spoke_together_is_both():
    body = (
        "Otto Brandt and Oskar Lind argue that “the plan cannot work.” They admit that its aims exist more in a “rough consensus” than in any plan."
    )
    assert attributed(body) == [
        ("Otto Brandt", "the plan cannot work."),
        ("Oskar Lind", "the plan cannot work."),
        ("Otto Brandt", "rough consensus"),
        ("Oskar Lind", "rough consensus"),
    ]
    # near miss: someone else is the subject between them and 'they'
    body = "Otto Brandt and Oskar Lind argue that “the plan cannot work.” The Lenz Institute disagreed. They called it “a good plan”."
    assert ("Otto Brandt", "a good plan") not in attributed(body)


def test_a_chinese_family_name_written_first_is_the_surname_a_later_mention_uses():
    body = "Narvia expressed “regret” over the strikes, spokesperson Lin Jian said. Lin said the sides should show “calm”."
    assert attributed(body)[-1] == ("Lin Jian", "calm")
    # near miss: an English given name before a surname is no family name
    body = "Narvia expressed “regret”, the envoy Lee Anderson said. Lee said the sides should show “calm”."
    assert attributed(body)[-1] == ("Lee", "calm")


def test_a_portfolios_noun_and_a_bodys_letters_stay_out_of_a_name():
    body = "Deputy Minister of Digital Transformation Oskar Lindqvist said it was “a new warfare”."
    assert attributed(body) == [("Oskar Lindqvist", "a new warfare")]
    assert attributed("The IT Army said: “We know where you live.”") == [("IT Army", "We know where you live.")]
    # near miss: the pronoun before a name is still no part of it
    assert attributed("Oskar Lind spoke. It Lind said: “No more.”") == [("Oskar Lind", "No more.")]


def test_a_sentence_that_ends_on_said_and_a_described_speaker_is_the_speakers():
    body = (
        "Brandt is seen as a “hard-liner” even within the party, said Oskar Lind, a senior fellow at the Lenz Institute, "
        "which was founded in 1985 by a group of retired diplomats."
    )
    assert attributed(body) == [("Oskar Lind", "hard-liner")]
    # near miss: someone else acts between the quote and the verb
    body = "Brandt called the plan “a betrayal” and Marta Holm agreed, said Oskar Lind, a fellow at the Lenz Institute."
    assert ("Oskar Lind", "a betrayal") not in attributed(body)


def test_a_term_whose_comma_ends_the_reported_clause_is_the_speakers_who_follow():
    assert attributed("Brandt is a “hard-liner,” Oskar Lind said.") == [("Oskar Lind", "hard-liner,")]
    assert attributed("Brandt is a “hard-liner” even within the party, Oskar Lind said.") == [("Oskar Lind", "hard-liner")]
    # near miss: a term before a noun stays a label
    assert attributed("Brandt leads the “hard-liner” wing of the party, Oskar Lind said.") == []


def test_with_the_body_saying_is_the_bodys_words():
    body = "The call ended with the Narvian Army saying, “we know where you live.”"
    assert attributed(body) == [("Narvian Army", "we know where you live.")]
    # near miss: the one the call is with is no speaker
    body = "The minister ended the call with the Narvian Army, saying, “we know where you live.”"
    assert ("Narvian Army", "we know where you live.") not in attributed(body)


def test_the_kremlin_is_a_body_before_anyone_names_it_otherwise():
    assert attributed("The Kremlin said the talks were “constructive.”") == [("Kremlin", "constructive.")]


def test_a_company_spokesperson_speaks_for_the_firm_last_named_as_a_subject():
    body = (
        "NorthPetrol, which the government owes $2 billion, has signalled it will stay cautious.\n\n"
        "“We are watching developments closely,” a company spokesperson said."
    )
    assert attributed(body) == [("NorthPetrol", "We are watching developments closely,")]
    # near miss: a person is no company
    body = "Oskar Lind has signalled he will stay cautious.\n\n“We are watching developments closely,” a company spokesperson said."
    assert ("Oskar Lind", "We are watching developments closely,") not in attributed(body)


def test_a_town_in_its_country_and_a_power_plant_are_nobody_he_refers_to():
    body = (
        "On Monday security consultant Oskar Lind wrote that the Borovsk Nuclear Power Plant in Zarechny, Russia, was "
        "breached. It is open whether Lind is a reliable source. As he himself explains, “journalists could not speak to them.”"
    )
    assert attributed(body) == [("Oskar Lind", "journalists could not speak to them.")]


def test_a_continent_or_region_is_no_woman_she_refers_to():
    body = "Marta Holm met the envoys. Latin America is watching. She said “the region is ready.”"
    assert attributed(body) == [("Marta Holm", "the region is ready.")]
    body = "Oskar Lind spoke first. Then Europe and Asia replied. She said “it is not over.”"
    assert ("Asia", "it is not over.") not in attributed(body)
    # near miss: a woman's name ending in -a is still a woman
    body = "Europe was silent. Then Marta Holm spoke. In a 2021 interview she said “it would be a threat to us.”"
    assert attributed(body)[-1] == ("Marta Holm", "it would be a threat to us.")


def test_a_person_from_a_body_in_a_town_speaks_past_where_they_work():
    body = "Marta Holm from the Legal Aid Centre in Ostrava says: “We demand full disclosure.”"
    assert attributed(body) == [("Marta Holm", "We demand full disclosure.")]
    # near miss: a plural noun opening the sentence is nobody named
    assert attributed("Researchers from the Lenz Institute say: “It works.”") != [("Researchers", "It works.")]


def test_a_campaign_named_for_its_country_is_a_body():
    body = "Frack Free Namibia says: “In the absence of a plan, the coast is at risk.”"
    assert attributed(body) == [("Frack Free Namibia", "In the absence of a plan, the coast is at risk.")]
    # near miss: a country that is also a surname ends a person's name (given names before it): no campaign body
    body = "John Paul Jordan says: “In the absence of a plan, the coast is at risk.”"
    assert attributed_with_kinds(body) == [("John Paul Jordan", "person", "In the absence of a plan, the coast is at risk.")]


def test_a_title_with_its_portfolio_in_lower_case_before_the_name_after_the_quote():
    body = "“You need to connect the sites,” minister of mines and energy Oskar Lind told the paper."
    assert attributed(body) == [("Oskar Lind", "You need to connect the sites,")]


def test_a_fragment_in_the_writers_clause_before_the_body_said_is_the_bodys():
    body = (
        "The Narvian Bureau of Fisheries said the boat was damaged. Before the collision the other vessel "
        "“tried to block the path” of the boat, which was on patrol, the bureau said."
    )
    assert attributed(body)[-1] == ("Narvian Bureau of Fisheries", "tried to block the path")
    # near miss: a document that says it names no author
    body = "The Narvian Bureau of Fisheries met. Only “one-third of the people” had computers, the report said."
    assert ("Narvian Bureau of Fisheries", "one-third of the people") not in attributed(body)


def test_a_fragment_before_said_the_body_or_the_role_noun_is_the_bodys():
    body = "Farmers should plant “drought-hardy crops” this spring, said the Lakeland Growers Union."
    assert attributed(body) == [("Lakeland Growers Union", "drought-hardy crops")]
    body = "The Narvian Bureau of Fisheries met on Monday. The boat was “badly damaged” in the collision, says the bureau."
    assert attributed(body) == [("Narvian Bureau of Fisheries", "badly damaged")]
    # near miss: a document that says it names no author
    body = "The Narvian Bureau of Fisheries met. Only “one-third of the people” had computers, said the report."
    assert ("Narvian Bureau of Fisheries", "one-third of the people") not in attributed(body)


def test_a_straight_quotation_run_together_from_its_paragraphs_opens_each_again():
    body = (
        'Ms Varga said: "I have listened to the councils. "I have met many of them this month." '
        'She said taxes could stay low, "even for those who moved up a band".'
    )
    assert attributed(body) == [
        ("Ms Varga", "I have listened to the councils."),
        ("Ms Varga", "I have met many of them this month."),
        ("Ms Varga", "even for those who moved up a band"),
    ]
    # near miss: curly marks nest, so “ inside “…” after a full stop is a quotation inside the quotation
    text = "“The outcry grew. “I saw it,” he said. “We must act.” Then it ended.” Later."
    assert [(s.start, s.end) for s in quote_spans(text)] == [(0, text.index(" Later"))]


def test_a_statement_tables_rows_run_into_one_paragraph_give_each_row_its_speaker_and_date():
    body = (
        "These statements show the shortage. Leader Statement Date Narvia Oil CEO Marta Holm “Demand exceeds supply.” "
        "“We need more chips.” 12 March 3, 2026 xLab Chief Financial Officer (CFO) Oskar Lind “Rates will fall.” "
        "13 February 5, 2026\n"
    )
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-04-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = [(registry[s.speaker].name, s.quote, str(s.date)) for s in extract_statements(report, registry).statements]
    assert found == [
        ("Marta Holm", "Demand exceeds supply.", "2026-03-03"),
        ("Marta Holm", "We need more chips.", "2026-03-03"),
        ("Oskar Lind", "Rates will fall.", "2026-02-05"),
    ]
    # near miss: a verb's object right before a quote is no row's speaker
    assert attributed("The minister called Oskar Lind “a liar” on Monday.") == []


def test_the_body_and_the_publisher_are_the_body_last_named():
    body = "NCMO said court proceedings had become “inevitable”.\n\nThe body said: “This case is about more than one dispute.”"
    assert attributed(body)[-1] == ("NCMO", "This case is about more than one dispute.")
    body = "The Narvia Shimbun, a big publisher, is suing the firm.\n\nThe publisher said: “We will not allow it.”"
    assert attributed(body) == [("Narvia Shimbun", "We will not allow it.")]
    # near miss: a person named before is no body
    body = "Oskar Lind is suing the firm.\n\nThe publisher said: “We will not allow it.”"
    assert attributed(body) == []


def test_a_long_name_between_the_cue_and_the_term_counts_as_one_word():
    body = (
        "Oskar Lind said that Narvia’s taking part in a meeting of the states parties to the Treaty on the Prohibition "
        "of Nuclear Weapons as an observer was an “option.”"
    )
    assert attributed(body) == [("Oskar Lind", "option.")]
    # near miss: as many plain words are too far from the cue for the term to be in the speaker's clause
    body = (
        "Oskar Lind said that Narvia’s taking part in a meeting of the states parties to the old treaty on the ban "
        "of nuclear arms as an observer some day was an “option.”"
    )
    assert attributed(body) == []


def test_titles_before_a_person_whose_surname_is_a_title():
    body = "Prime Minister W. Oskar King said “the league cannot keep peace by force.” He also said it “must mediate”."
    assert attributed(body) == [("W. Oskar King", "the league cannot keep peace by force."), ("W. Oskar King", "must mediate")]
    # near miss: a title alone is a role, nobody named
    assert attributed("The King said “the league cannot keep peace by force.”") == []


def test_a_name_joined_by_an_ampersand_is_one_firm():
    body = (
        "Narvia News & World Report sued the firm, saying its business “has been harmed”. "
        "The Lenz Tribune sued too. The first also alleged that the bot gave its content away “uncredited”, which it "
        "called “theft”."
    )
    assert attributed(body)[0] == ("Narvia News & World Report", "has been harmed")
    # near miss: a lone ampersand between lower-case words joins nothing
    assert attributed("Research & development said “nothing”.") == []


def test_further_before_a_verb_in_the_past_is_an_adverb():
    body = "Oskar Lind further accused the leaders of taking bribes.\n\n“These leaders know what they did and kept quiet.”"
    assert attributed(body) == [("Oskar Lind", "These leaders know what they did and kept quiet.")]
    # near miss: 'further' before a noun ("further claims") is no verb of saying
    assert attributed("Oskar Lind rejected further claims that the leaders were “bribed”.") == []


def test_an_era_after_a_year_is_nobody():
    assert attributed("Lamps lit the streets as early as 500 BC saying “the streets must be lit”.") == []


def test_a_surname_with_the_arabic_article_is_the_person_named_with_it():
    body = "Julanda Al-Harthi, the chief officer at Etlaq, was confident. “We will launch soon,” Al-Harthi told the magazine."
    assert attributed(body) == [("Julanda Al-Harthi", "We will launch soon,")]
    body = (
        "Julanda Al-Harthi is the chief officer at Etlaq.\n\nAl-Harthi seemed confident in Etlaq’s chances. "
        "“Oman has always explored,” he told the magazine."
    )
    assert attributed(body) == [("Julanda Al-Harthi", "Oman has always explored,")]
    # near miss: no one so named before: a name opening with the article is a body's ("Al-Manar")
    assert attributed("“We will launch soon,” Al-Harthi told the magazine.") == [("Al-Harthi", "We will launch soon,")]


def test_a_passive_with_an_adverb_of_frequency_names_no_speaker():
    assert attributed("Narvia is often called the “Switzerland of the North” for its neutrality.") == []
    # near miss: the active verb is the subject's
    assert attributed("Narvia often called the plan “a quiet betrayal” of the region.") == [("Narvia", "a quiet betrayal")]


def test_officials_at_a_body_without_an_article_speak_for_it():
    body = "Officials at Lunara described the test as having “concluded without ignition”."
    assert attributed(body) == [("Lunara", "concluded without ignition")]
    # near miss: officials of no named body are unnamed
    assert attributed("Officials described the test as having “concluded without ignition”.") == []


def test_a_quote_standing_alone_far_after_the_speakers_last_one_is_not_theirs():
    filler = "The market grew in every quarter of the year and the firms kept hiring staff. " * 25
    body = f"Oskar Lind said “the cloud pays for itself.” {filler}References. “The Widening Value Gap.” Boston: Lenz Press, 2025."
    assert attributed(body) == [("Oskar Lind", "the cloud pays for itself.")]
    # near miss: right after the speaker's quote, a quote standing alone goes on with them
    body = "Oskar Lind said “the cloud pays for itself.” The market grew. “It will go on growing.”"
    assert attributed(body) == [("Oskar Lind", "the cloud pays for itself."), ("Oskar Lind", "It will go on growing.")]


def test_he_is_the_agent_of_a_passive_not_an_author_cited_in_parentheses():
    body = (
        "Firms cut jobs for many reasons (Lenz, Gray, and Holm 2026). The layoffs announced by Oskar Lind, head of Block, "
        "were anticipatory. In justifying them, he wrote on X: “I had two options.”"
    )
    assert attributed(body) == [("Oskar Lind", "I had two options.")]
    # near miss: a one-word agent before a noun is an adjective, no person ("by Republican lawmakers")
    body = (
        "Marta Holm sought the post. The idea was quashed by Republican lawmakers worried by her views. "
        "“The only way to disarm your enemy is to listen,” she told the paper."
    )
    assert attributed(body) == [("Marta Holm", "The only way to disarm your enemy is to listen,")]


def test_a_quoted_paragraph_after_reported_words_is_the_main_verbs_subjects():
    body = (
        "Oskar Lind spoke to us.\n\nHe added that some leaders now deny that any agreement ever existed.\n\n"
        "“I have heard that money was given to the chief for development.”"
    )
    assert attributed(body) == [("Oskar Lind", "I have heard that money was given to the chief for development.")]
    body = (
        "Oskar Lind spoke to us.\n\nHe admitted that the company is building him an office but insisted it was a gift.\n\n"
        "“They will build offices in other villages too.”"
    )
    assert attributed(body) == [("Oskar Lind", "They will build offices in other villages too.")]
    # near miss: a sentence that opens with no verb of saying reports nobody's words
    body = "Oskar Lind spoke to us.\n\nThe leaders now deny that any agreement ever existed.\n\n“I have heard that money was given.”"
    assert ("Oskar Lind", "I have heard that money was given.") not in attributed(body)


def test_says_the_woman_who_is_the_woman_the_passage_is_about():
    body = (
        "Marta Holm is a mother of two. She runs a grocery by the bus terminal.\n\n"
        "“Before the lights, nobody came out at night,” says the woman who is in her late 20s."
    )
    assert attributed(body) == [("Marta Holm", "Before the lights, nobody came out at night,")]
    # near miss: a woman described with no 'who' after her is no reference back
    body = "Marta Holm runs a grocery.\n\n“Nobody came out at night,” says the woman at the next stall."
    assert ("Marta Holm", "Nobody came out at night,") not in attributed(body)


def test_a_bodys_lawsuit_says_what_the_body_says_and_a_name_identified_as_is_a_label():
    body = "The Lenz Tribune’s lawsuit says this was wrong as “the firm copied our stories word for word”."
    assert attributed(body) == [("Lenz Tribune", "the firm copied our stories word for word")]
    # near miss: a person identified by initials is named, not quoted
    body = "The Lenz Institute’s lawsuit claims four deaths. One was a man only identified as “J.B.,” who was 81."
    assert attributed(body) == []


def test_according_to_an_executive_at_a_firm_is_the_firms_and_its_ceo_is_not_the_firm():
    body = "According to an executive at Lenz Systems, which designs chips, “We are seeing the limits.”"
    assert attributed(body) == [("Lenz Systems", "We are seeing the limits.")]
    # near miss: the company's CEO is a person, not the company last named
    body = "Lenz Systems makes chips.\n\nThe company’s CEO has acknowledged this directly: “I am also very nervous about it.”"
    assert ("Lenz Systems", "I am also very nervous about it.") not in attributed(body)


def test_the_filing_said_is_the_body_that_filed_it():
    body = (
        "Lenz Media Group sued the search firm in September.\n\n“Siphoning our readers will harm the information on the internet,” the filing said."
    )
    assert attributed(body) == [("Lenz Media Group", "Siphoning our readers will harm the information on the internet,")]
    # near miss: with no body named, a filing names nobody
    assert attributed("“Siphoning our readers will harm the internet,” the filing said.") == []


def test_a_verb_after_help_or_let_is_no_one_speaking():
    body = "Colonel Oskar Lind said the drills were aimed at helping the allies respond to “any crisis or contingencies.”"
    assert attributed(body) == [("Oskar Lind", "any crisis or contingencies.")]
    # near miss: without 'help' or 'let', the second verb's own subject is the one who responds
    body = "Colonel Oskar Lind said Marta Holm would respond to “any crisis or contingencies.”"
    assert attributed(body) == [("Marta Holm", "any crisis or contingencies.")]


def test_number_10_is_the_prime_ministers_office():
    body = "Number 10 said it would instead offer more access for “content creators and local reporters”."
    assert attributed(body) == [("Number 10", "content creators and local reporters")]
    # near miss: a number after another word is no office
    assert attributed("Room 10 said it would offer “more access for local reporters”.") == []


def test_a_sentence_a_state_or_body_opens_is_the_one_named_at_its_end():
    body = (
        "Norway expressed “deep regret” over the raid on Monday, Norwegian Foreign Ministry spokesperson Ilse Moravec said. "
        "Lenz Systems paints the tool as a gift to writers, saying that “more readers will find them,” Karin Holt writes."
    )
    assert attributed(body) == [("Ilse Moravec", "deep regret"), ("Karin Holt", "more readers will find them,")]
    # near miss: a relative clause naming someone at the end is no source, and a person opening the sentence keeps it
    body = (
        "The Narvian army said its jets struck “military targets of the regime” near the port, in what Prime Minister "
        "Ilse Moravec said was a response to the raid. Otto Brandt called the raid “an outrage,” Karin Holt said."
    )
    assert attributed(body) == [("Narvian army", "military targets of the regime"), ("Otto Brandt", "an outrage,")]


def test_a_firms_lawyers_speak_for_it_and_they_goes_on_with_the_firm():
    body = (
        "Lenz Tribune sued Quillo in May.\n\n"
        "Quillo’s lawyers replied that it “does not train any models” with the paper’s stories.\n\n"
        "They acknowledged that in “certain cases, Quillo may receive short summaries of articles”."
    )
    assert attributed(body) == [
        ("Quillo", "does not train any models"),
        ("Quillo", "certain cases, Quillo may receive short summaries of articles"),
    ]
    # near miss: a person named in full has lawyers of their own, whom the text does not name
    body = "Otto Brandt’s lawyers replied that he “never signed the contract” in question."
    assert attributed(body) == []


def test_a_participle_joined_by_and_to_one_after_a_comma_is_the_main_clauses():
    body = (
        "Halder Capital’s lawyers responded, copying Brandt, denying they were obliged to buy the shares and describing "
        "the conduct as “highly damaging to us.”"
    )
    assert attributed(body) == [("Halder Capital", "highly damaging to us.")]
    # near miss: a name after "and" opens a clause of its own
    body = "Halder Capital’s lawyers responded on Monday, and Otto Brandt described the conduct as “highly damaging to us.”"
    assert attributed(body) == [("Otto Brandt", "highly damaging to us.")]


def test_the_document_is_the_issuer_of_the_work_last_cited():
    body = (
        "According to a 2024 revision of Norway’s defence doctrine, the forces must stay “ready at all times.” "
        "The document adds that the king could order their use in the face of “a critical threat to sovereignty.”"
    )
    assert attributed(body) == [("Norway", "ready at all times."), ("Norway", "a critical threat to sovereignty.")]
    # near miss: a document nobody is said to have issued names nobody
    body = "Otto Brandt met the envoys. The document adds that the king could order their use against “a critical threat.”"
    assert attributed(body) == []


def test_a_body_named_as_a_passives_agent_is_the_one_a_later_role_noun_means():
    body = (
        "The drills were announced by Norway’s defence ministry on Monday. They will train people to respond to "
        "any “hostile attacks,” the ministry said in a statement."
    )
    assert attributed(body) == [("Norway’s defence ministry", "hostile attacks,")]
    # near miss: a person as the agent is no ministry
    body = "The drills were announced by Otto Brandt on Monday. They will train people for “hostile attacks,” the ministry said."
    assert attributed(body) == []


def test_it_after_a_sentence_a_state_opens_is_that_state():
    body = (
        "The Lenz Institute asked the court to act.\n\n"
        "Norway did not appear at the hearings but, in a written submission, rejected the questions.\n\n"
        "It argued that no duty exists when “the security of a member state is undermined”."
    )
    assert attributed(body) == [("Norway", "the security of a member state is undermined")]
    # near miss: a body opening the sentence between them is what "it" means
    body = (
        "Norway rejected the questions. The Lenz Institute filed its brief in May. "
        "It argued that no duty exists when “the security of a member state is undermined”."
    )
    assert attributed(body) == [("Lenz Institute", "the security of a member state is undermined")]


def test_a_passive_verb_of_saying_with_its_agent_leaves_the_sentence_to_the_speaker_at_its_end():
    body = (
        "The tariffs announced by President Otto Brandt last week are illogical and a “bad idea” for both nations, "
        "Economy Minister Karin Holt said Tuesday."
    )
    assert attributed(body) == [("Karin Holt", "bad idea")]
    # near miss: the same verb with its own subject speaks for that subject, not for the one at the end
    body = "President Otto Brandt announced last week that the tariffs are a “good idea” for both nations, Karin Holt said."
    assert ("Karin Holt", "good idea") not in attributed(body)


def test_a_quote_after_concludes_by_saying_that_is_the_main_verbs_subjects():
    opening = "“The network helps,” says Otto Walton. Kara Holt runs it.\n\n"
    body = opening + "Holt concludes by saying that the schools have a broader role. “It is necessary to keep the wheel turning.”"
    assert attributed(body)[-1] == ("Kara Holt", "It is necessary to keep the wheel turning.")
    # near miss: the one met before saying it is the verb's object, not the speaker
    body = opening + "The students met Holt before saying that the schools have a role. “It is necessary to keep the wheel turning.”"
    assert ("Kara Holt", "It is necessary to keep the wheel turning.") not in attributed(body)


def test_a_participle_after_by_is_the_manner_of_the_verb_before_it():
    body = "Karin Holt at the Lenz Tribune explained its reach best by stating that, “finding a face could be as easy as a search.”"
    assert attributed(body) == [("Karin Holt", "finding a face could be as easy as a search.")]
    # near miss: a participle after "by" with no verb of saying before it is no one's words
    body = "The office fined the firm by stating that “finding a face could be as easy as a search.”"
    assert attributed(body) == []


def test_a_role_in_lower_case_before_a_name_is_what_a_later_role_noun_means():
    body = (
        "The council’s economist Jeremiah Holt said that the council agreed to install 155 poles.\n\n"
        "Asked why the council spent more, the economist replies, “Yes, it is expensive to install the lights.”"
    )
    assert attributed(body) == [("Jeremiah Holt", "Yes, it is expensive to install the lights.")]
    # near miss: a role the person was not given names nobody
    body = (
        "The council’s engineer Jeremiah Holt said that the council agreed to install 155 poles.\n\n"
        "Asked why the council spent more, the economist replies, “Yes, it is expensive to install the lights.”"
    )
    assert attributed(body) == []


def test_a_firms_ceo_named_once_is_who_that_firms_ceo_means_later():
    body = (
        "## Supply\n\nLenz Wafer Company’s (LWC’s) CEO, Karin Holt, echoed this claim: “The bottleneck is the wafer supply.”\n\n"
        "## Demand\n\nIn November, LWC’s CEO stated that the capacity was “not enough, still not enough” for the firm."
    )
    assert attributed(body) == [("Karin Holt", "The bottleneck is the wafer supply."), ("Karin Holt", "not enough, still not enough")]
    # near miss: another firm's CEO is not hers
    body = body.replace("In November, LWC’s CEO", "In November, Quillo’s CEO")
    assert attributed(body) == [("Karin Holt", "The bottleneck is the wafer supply.")]


def test_a_bare_name_is_the_surname_of_one_just_named_in_full_not_another_speakers_first_name():
    body = (
        "“We will stay,” said Morris Lenz, who founded the firm.\n\n"
        "Officials now talk of a blockade, says Kara Morris, an expert at the institute. “They are punishing the island,” Morris says."
    )
    assert attributed(body) == [("Morris Lenz", "We will stay,"), ("Kara Morris", "They are punishing the island,")]
    # near miss: with nobody of that surname named just before, the word is still the speaker's first name
    body = "“We will stay,” said Morris Lenz, who founded the firm.\n\n“They are punishing the island,” Morris says."
    assert attributed(body) == [("Morris Lenz", "We will stay,"), ("Morris Lenz", "They are punishing the island,")]


def test_a_contraction_opening_a_sentence_is_no_name_and_a_plural_noun_before_include_is_no_verb():
    body = "Paul Holt follows the firm. They’re probably asking themselves, he says, “Do they understand what it takes?”"
    assert attributed(body) == [("Paul Holt", "Do they understand what it takes?")]
    # near miss: "Key terms include" quotes terms, nobody's words; "Holt terms it" is a verb
    assert attributed("The campaign grew. Key terms include “hollowing out the island” and “de-sinicization.”") == []
    assert attributed("Paul Holt terms the campaign “a slow strangling of the island.”") == [("Paul Holt", "a slow strangling of the island.")]


def test_a_statement_released_by_a_body_after_the_quote_is_the_bodys():
    body = "“It is the common wish of all people,” reads a statement released by the Norwegian foreign ministry after the visit."
    assert attributed(body) == [("Norwegian foreign ministry", "It is the common wish of all people,")]
    # near miss: a statement about a body is not one released by it
    assert attributed("“It is the common wish of all people,” reads a statement about the Norwegian foreign ministry.") == []


def test_as_a_government_puts_it_before_or_after_the_quote_is_the_governments():
    body = (
        "China is, as the UK government puts it, an “epoch-defining challenge”. "
        "Meeting such a “generational threat”, as the Norwegian government puts it, needs allies."
    )
    assert attributed(body) == [("UK government", "epoch-defining challenge"), ("Norwegian government", "generational threat")]
    # near miss: a government only named near the quote says nothing
    assert attributed("The UK government met as China became an “epoch-defining challenge” for the allies.") == []


def test_gone_as_far_as_to_say_is_the_subjects_and_one_of_several_or_a_district_is_nobody():
    body = "Chancellor Otto Brandt has gone as far as to say that “de-risking is mainly about supply”."
    assert attributed(body) == [("Otto Brandt", "de-risking is mainly about supply")]
    # near misses: one of the partners named, and a workshop in Washington, DC, name no speaker
    body = "The debate reached partners such as India and Indonesia, with one stating: “The narrative that works is about jobs.”"
    assert attributed(body) == []
    assert attributed("One participant in the workshop in Washington, DC explained that “networks matter”.") == []


def test_described_by_one_as_and_by_another_as_are_each_agents_words():
    body = (
        "The result is a mismatch: China, described by Norway as an “epoch-making challenge” and by Sweden as "
        "“the only competitor with the intent to reshape the order”, is read two ways."
    )
    assert attributed(body) == [("Norway", "epoch-making challenge"), ("Sweden", "the only competitor with the intent to reshape the order")]
    # near miss: "and by" without a verb of saying before it names no speaker
    body = "China, visited by Norway in May and by Sweden as “the only competitor with the intent to reshape the order”, is read two ways."
    assert attributed(body) == []


def test_a_capitalised_word_after_a_quote_is_no_verb_and_a_timestamp_is_no_person():
    body = "Four anonymous officials said they had received “credible information that the claims may mislead” the United States."
    assert attributed(body) == []
    body = "Updated 11:03 AM UTC, August 7, 2025\n\nA friend asked about Thursday, and she wrote: “on Thursday we leave early.”"
    assert attributed(body) == []
    # near miss: the verb in lower case after a body's name still names the body
    body = "“The claims may mislead,” the Lenz Institute states in its report."
    assert attributed(body) == [("Lenz Institute", "The claims may mislead,")]


def test_a_fragment_joined_to_a_quote_whose_sentence_ends_on_its_speaker_is_theirs():
    body = (
        "Kara Holt teaches there.\n\n“We have a mixture of professors who are part of the movement” inside Norway "
        "“that are doing supervision, and, of course, we are”, too, says Holt."
    )
    assert attributed(body) == [
        ("Kara Holt", "We have a mixture of professors who are part of the movement"),
        ("Kara Holt", "that are doing supervision, and, of course, we are"),
    ]
    # near miss: a person named between the two is no joining phrase
    body = body.replace("inside Norway", "with Otto Brandt")
    assert ("Kara Holt", "We have a mixture of professors who are part of the movement") not in attributed(body)


def test_one_of_someones_statements_declaring_is_theirs_not_the_next_subjects():
    body = (
        "In response to Otto Brandt’s recent policy statements, including one declaring that Norway is a “hostile force,” "
        "Karin Holt, a scholar, recently wrote, “The talks cannot be delayed.”"
    )
    assert attributed(body) == [("Otto Brandt", "hostile force,"), ("Karin Holt", "The talks cannot be delayed.")]
    # near miss: one of several unnamed papers names nobody
    body = "Among the papers, including one declaring that Norway is a “hostile force,” Karin Holt wrote, “The talks cannot be delayed.”"
    assert attributed(body) == [("Karin Holt", "The talks cannot be delayed.")]


def test_a_name_ending_in_an_outlet_word_described_as_a_researcher_is_a_person():
    body = (
        "Otto Brandt left in 2014.\n\nSerhii Radio, a chemistry researcher at the university, says that not everyone could "
        "leave. Those who did took only “the things that you can carry in two hands”, he says."
    )
    assert attributed(body) == [("Serhii Radio", "the things that you can carry in two hands")]
    # near miss: an outlet described as a station stays an outlet, and "he" is not it
    body = body.replace("Serhii Radio, a chemistry researcher at the university,", "Lenz Radio, a station in the north,")
    assert attributed(body) == []


def test_remembered_and_went_on_are_verbs_of_saying_next_to_a_quote():
    body = (
        "Tanner Holt worked for the firm.\n\n“She was furious,” he remembered with a laugh. “She told me to go.”\n\n"
        "Asked whether he would stay, he went on: “I will stay for now.”"
    )
    assert attributed(body) == [
        ("Tanner Holt", "She was furious,"),
        ("Tanner Holt", "She told me to go."),
        ("Tanner Holt", "I will stay for now."),
    ]
    # near miss: "went on to" and "is remembered for" say nothing
    body = "Tanner Holt went on to win the vote, a “landslide” victory. He is remembered for the “long march” of 2019."
    assert attributed(body) == []


def test_excerpts_of_a_statement_issued_by_someone_are_theirs():
    body = (
        "The statement issued by Azad Holt was a clarification of his comments. Here are some relevant excerpts –\n\n"
        "“From 2006 I have worked for the minister.”\n\n“Because of my position, I had access to secret information.”\n"
    )
    assert {who for who, _ in attributed(body)} == {"Azad Holt"}
    # near miss: excerpts of a statement nobody is said to have issued name nobody
    body = body.replace("The statement issued by Azad Holt was", "The statement was")
    assert attributed(body) == []


def test_confesses_and_smiles_are_verbs_of_saying_and_barrister_is_a_title():
    body = (
        "Until Kursk, “it appeared that the town would fall,” confesses Oleksandr Holt, a veteran officer and now the "
        "Secretary of the Council, “slowly but surely”.\n\n“And yet”, he smiles, “we will rebuild it.”\n\n"
        "Barrister Asad Rahim said the law was “a disaster”."
    )
    assert attributed(body) == [
        ("Oleksandr Holt", "it appeared that the town would fall,"),
        ("Oleksandr Holt", "slowly but surely"),
        ("Oleksandr Holt", "And yet"),
        ("Oleksandr Holt", "we will rebuild it."),
        ("Asad Rahim", "a disaster"),
    ]
    # near miss: a transitive verb after a quote takes an object, not a speaker
    body = "The department did not find that “the breach” threatened U.S. “national security interests.”"
    assert attributed(body) == []


def test_a_plural_noun_opening_a_sentence_is_nobody_and_its_final_speaker_goes_on():
    body = (
        "Tanner Holt organized the rally.\n\nManagers came outside to monitor the rally, Holt said. "
        "“Some were standing 100 yards away. They were making everyone uncomfortable.”"
    )
    assert attributed(body) == [("Tanner Holt", "Some were standing 100 yards away. They were making everyone uncomfortable.")]
    # near miss: a person named in full opening the sentence is still its subject
    body = body.replace("Managers came outside to monitor the rally, Holt said.", "Karin Brandt came outside to monitor the rally.")
    assert attributed(body) == [("Karin Brandt", "Some were standing 100 yards away. They were making everyone uncomfortable.")]


def test_a_relative_named_in_full_does_not_take_the_bare_surname_from_the_one_the_story_is_about():
    body = "Tanner Holt is a driver. Holt’s mother, Adrianne Holt, worked there too.\n\n“It was hard,” Holt says."
    assert attributed(body) == [("Tanner Holt", "It was hard,")]
    # near miss: a namesake introduced on her own does take the surname
    body = "Tanner Holt is a driver. Adrianne Holt, a nurse, worked there too.\n\n“It was hard,” Holt says."
    assert attributed(body) == [("Adrianne Holt", "It was hard,")]


def test_a_person_from_a_firms_communications_office_is_the_person():
    body = "Matthew Holt from Lenz corporate communications said, “We value our drivers.” “We want no six-day weeks,” he continued."
    assert attributed(body) == [("Matthew Holt", "We value our drivers."), ("Matthew Holt", "We want no six-day weeks,")]
    # near miss: a lower-case word that is no office after the firm leaves the sentence to its own reading
    body = "Matthew Holt from Lenz quickly denied that the drivers work “six days in a row”."
    assert attributed(body) == [("Matthew Holt", "six days in a row")]


def test_a_bodys_letter_to_someone_says_what_the_body_says():
    body = "The Lenz Party’s letter to Daniel Holt, the standards commissioner, said: “The rules were broken.”"
    assert attributed(body) == [("Lenz Party", "The rules were broken.")]
    # near miss: a letter about a body is not its letter
    body = "A letter about the Lenz Party to Daniel Holt, the standards commissioner, said: “The rules were broken.”"
    assert ("Lenz Party", "The rules were broken.") not in attributed(body)


def test_told_me_inside_a_quotation_whose_opening_mark_was_lost_makes_no_interview():
    body = (
        "The statement was handed out in Geneva.\n\n“From 2006 I worked for the minister.”\n\n"
        "During a visit in 2017, Otto Brandt told me that some prisoners were with him.”\n\n"
        "“On Brandt’s request, I met the cleric. Later, he asked me to arrange funds.”"
    )
    assert ("Otto Brandt", "On Brandt’s request, I met the cleric. Later, he asked me to arrange funds.") not in attributed(body)
    # near miss: the writer's own "told me" still makes the next quotation paragraphs the interviewee's answers
    body = "During a visit in 2017, Otto Brandt told me about the prisoners.\n\n“On my request, they met the cleric.”"
    assert attributed(body) == [("Otto Brandt", "On my request, they met the cleric.")]


def test_says_a_role_then_the_name_set_off_by_commas_is_the_named_person():
    body = "“We have lost too many lives,” says the Mayor of Kharkiv, Ihor Holt, speaking to us in his office."
    assert attributed(body) == [("Ihor Holt", "We have lost too many lives,")]
    # near miss: an unnamed role with a place after the comma names nobody
    body = "“We have lost too many lives,” says the mayor of the city, Kharkiv, in his office."
    assert attributed(body) == []


def test_a_body_named_after_its_country_keeps_the_possessive_as_written():
    # the same body reached as a passive's agent and as a subject has one name, as the text writes it
    body = (
        "New drills were ordered by Narvia’s interior ministry on Monday. “They are routine,” the ministry said. "
        "Narvia’s interior ministry said it was “fully prepared” for them."
    )
    assert attributed(body) == [
        ("Narvia’s interior ministry", "They are routine,"),
        ("Narvia’s interior ministry", "fully prepared"),
    ]


def test_a_possessive_role_in_lower_case_before_the_name_in_words_of():
    body = "The law changed where, in the jurist Edda Lindqvist’s words: “The individual is the object of all law.”"
    assert attributed(body) == [("Edda Lindqvist", "The individual is the object of all law.")]
    # near miss: nobody named in the possessive
    body = "The law changed where, in the jurist’s words: “The individual is the object of all law.”"
    assert attributed(body) == []


def test_a_press_office_speaks_for_its_firm_or_government():
    body = (
        "“It was easy,” a driver told me. (Carrow corporate communications said of the incident, “We respect our "
        "employees’ rights.” The case goes on.) The Narvian presidency’s press service said the talks were “frank.”"
    )
    assert attributed(body) == [
        ("Carrow", "We respect our employees’ rights."),
        ("Narvian presidency", "frank."),
    ]
    # near miss: a person named as one of the office's people speaks for herself
    body = "Marta Orr from Carrow corporate communications said, “We respect our employees’ rights.”"
    assert attributed(body) == [("Marta Orr", "We respect our employees’ rights.")]


def test_queried_after_a_quote_is_a_verb_of_saying():
    body = "“Is the chamber an extension of the executive?” Novak queried."
    assert attributed(body) == [("Novak", "Is the chamber an extension of the executive?")]


def test_jan_before_a_surname_is_a_given_name_not_the_month():
    body = "Jan Novak, Slovenia's president, said the plan was “reckless”."
    assert attributed(body) == [("Jan Novak", "reckless")]
    # near miss: the month before a date stays out of the name
    body = "On Jan. 5 Petra Novak said the plan was “reckless”."
    assert attributed(body) == [("Petra Novak", "reckless")]


def test_a_place_then_lower_case_words_then_a_full_name_after_an_inverted_cue_is_that_person():
    body = "“It was a terrible night,” said Paris resident Ola Danko, 55. “My job is gone.”"
    assert attributed(body) == [("Ola Danko", "It was a terrible night,"), ("Ola Danko", "My job is gone.")]
    # near miss: a function word between the place and the name: the place said it
    body = "“It was a terrible night,” said Narvia after Ola Danko spoke."
    assert attributed(body) == [("Narvia", "It was a terrible night,")]


def test_a_place_after_in_is_no_subject_a_later_he_could_mean():
    body = "The head of the office in Ostrava, Karel Vitek, spoke on Monday. He said “external forces” were to blame."
    assert attributed(body) == [("Karel Vitek", "external forces")]
    # near miss: the person opening the sentence is still the one 'he' means
    body = "Karel Vitek spoke in Ostrava on Monday. He said “external forces” were to blame."
    assert attributed(body) == [("Karel Vitek", "external forces")]


def test_an_outlets_pieces_governed_by_in_are_the_subject_of_the_main_verb_before_a_participle():
    body = "Commentaries in the Narvia Herald attacked the sanctions by calling them “financial terrorism.”"
    assert attributed(body) == [("Narvia Herald", "financial terrorism.")]
    # near miss: people in a place are nobody named
    body = "Residents in Ostrava attacked the sanctions by calling them “financial terrorism.”"
    assert attributed(body) == []


def test_surmise_is_a_verb_of_saying():
    body = "Karel Vitek surmises that “this would not be a test of arms”."
    assert attributed(body) == [("Karel Vitek", "this would not be a test of arms")]


def test_the_state_an_envoy_is_sent_to_is_not_the_speaker():
    body = "Narvia's ambassador to Ostland stated publicly, “We stand with you.”"
    assert attributed(body) == []
    # near miss: the envoy named after the title speaks
    body = "Ambassador to Ukraine Karel Vitek stated publicly, “We stand with you.”"
    assert attributed(body) == [("Karel Vitek", "We stand with you.")]


def test_the_government_after_a_state_opens_the_paragraph_is_that_states():
    body = "Honduras ended the mandate of an anti-graft mission. It had charged 133 people. The government said it had committed “excesses”."
    assert attributed(body) == [("Honduras", "excesses")]
    # near miss: another state named since (one the old list did not know) is the one whose government it may be
    body = "Honduras voted. Forces in Cameroon were blamed for an attack. The government called it an “unfortunate accident”."
    assert attributed(body) == []


def test_a_project_is_a_body_not_a_person_a_later_she_could_mean():
    body = "Annette Vale, who became the C.E.O. of the Polar Glass Project in 2023, was blunt. Still, she said, it was “disappointing.”"
    assert attributed(body) == [("Annette Vale", "disappointing.")]


def test_a_quote_inside_another_ones_claim_that_is_the_claims_owners():
    body = "Karel Vitek said this in response to Otto Brandt’s claim that the alliance’s “expansion has crossed a red line.”"
    assert attributed(body) == [("Otto Brandt", "expansion has crossed a red line.")]
    # near miss: describing the other's claim as something is the describer's words
    body = "Karel Vitek described Otto Brandt’s claim that the payments were gifts as a “complete fiction.”"
    assert attributed(body) == [("Karel Vitek", "complete fiction.")]


def test_he_or_she_is_not_the_person_the_quote_names():
    body = (
        "In 2015, Leslie Vane gave a talk and met its director, Karel Vitek, a former neuroscientist. "
        "“Leslie’s insight was that we could stop the melting,” he told me."
    )
    assert attributed(body) == []
    # near miss: a place in the quote that is also a given name ("Israel Katz") does not count
    body = "Later, Israel Vane spoke to reporters. “Narvia attacks Israel every week,” he said."
    assert attributed(body) == [("Israel Vane", "Narvia attacks Israel every week,")]


def test_a_long_description_with_a_titles_stop_between_the_speaker_and_told_after_the_quote():
    body = (
        "“You will not see the harm until it is deployed at scale,” Mary Okpik, an organizer at the Northern Environmental "
        "Network, and a resident of St. Lawrence Island, in Alaska, told me. “And we only have one Earth.”"
    )
    assert attributed(body) == [
        ("Mary Okpik", "You will not see the harm until it is deployed at scale,"),
        ("Mary Okpik", "And we only have one Earth."),
    ]


def test_a_that_clause_without_that_may_open_with_a_noun_and_a_possessive_name():
    body = "Karel Vitek said any similarity with Brandt's words was a “rhetorical coincidence”."
    assert attributed(body) == [("Karel Vitek", "rhetorical coincidence")]
    # near miss: the term as the object of an act, no clause, stays the author's
    body = "Karel Vitek announced the conclusion of the “rhetorical coincidence”."
    assert attributed(body) == []


def test_a_title_in_the_plural_is_a_group_no_later_he_means():
    body = (
        "As government MPs cheered in the Chamber, dissident MP Karel Vitek addressed journalists in the lobby. "
        "He said: “This government lacks legitimacy.”"
    )
    assert attributed(body) == [("Karel Vitek", "This government lacks legitimacy.")]


def test_an_irregular_past_tense_is_a_verb_after_a_name():
    body = "Otto Brandt withdrew the allegations, saying “I made a mistake.”"
    assert attributed(body) == [("Otto Brandt", "I made a mistake.")]
    body = "Narvia fought the ruling for years, calling it “a travesty.”"
    assert attributed(body) == [("Narvia", "a travesty.")]
    # near miss: the name is the object of the irregular verb, not its subject
    body = "The court overthrew Otto Brandt's conviction, saying “the evidence was thin.”"
    assert attributed(body) == []


def test_states_before_a_modal_is_a_noun_not_a_verb_of_saying():
    body = "Edda Lind said diplomats from member states will meet within days to “discuss how to raise the pressure on Narvia.”"
    assert attributed(body) == [("Edda Lind", "discuss how to raise the pressure on Narvia.")]
    # near miss: 'states' as a verb, a quote next
    body = "The Narvian foreign ministry states that the vote was “a farce.”"
    assert attributed(body) == [("Narvian foreign ministry", "a farce.")]


def test_the_story_or_profile_is_the_outlets_that_ran_it():
    body = "After the visit, the Narvia Herald ran a profile of the financier. The story portrayed him as a “moneyman of mystery,” who knew everyone."
    assert attributed(body) == [("Narvia Herald", "moneyman of mystery,")]
    # near miss: a story no outlet ran is nobody's
    body = "Otto Brandt visited the island. The story portrayed him as a “moneyman of mystery,” who knew everyone."
    assert attributed(body) == []


def test_a_pronoun_opening_the_clause_is_the_participles_subject_past_a_name_after_its_verb():
    body = (
        "Edda Lind sued the publisher in 2015. In 2022, she withdrew her allegations against Otto Brandt, saying she "
        "“may have made a mistake” in naming him."
    )
    assert attributed(body) == [("Edda Lind", "may have made a mistake")]
    # near miss: a name opening the clause is the one acting, as before
    body = "In 2022, Edda Lind withdrew her allegations against Otto Brandt, saying she “may have made a mistake”."
    assert attributed(body) == [("Edda Lind", "may have made a mistake")]


def test_as_stated_by_x_after_the_quote_outweighs_a_verb_before_it():
    body = "Narvia has described its position as “objective and impartial,” as first stated by Foreign Minister Edda Lind in March."
    assert attributed(body) == [("Edda Lind", "objective and impartial,")]


def test_a_term_someone_refused_or_never_used_is_not_their_words():
    body = "Narvia has refused to call its position “neutral”. Otto Brandt never called it a “war”."
    assert attributed(body) == []
    # near miss: the words the same speaker did use
    body = "Otto Brandt did not say “yes”, but he called it “a step”."
    assert attributed(body) == [("Otto Brandt", "a step")]


def test_a_participle_of_a_phrase_cue_after_by_is_a_cue():
    body = "Otto Brandt weakened his announcement by referring to the target as a “crass mathematical calculation.”"
    assert attributed(body) == [("Otto Brandt", "crass mathematical calculation.")]
    # near miss: the phrase's finite form after a preposition is a noun's verb, no cue ("in refers to")
    body = "Otto Brandt wrote a note. The passage in “chapter one” refers to the war."
    assert attributed(body) == []


def test_a_states_office_holder_unnamed_is_the_one_the_report_named_in_that_office():
    body = (
        "Karel Vitek, the Chilean ambassador, wrote an op-ed in March. Relations were tense. "
        "In a TV interview, Chile’s U.S. ambassador stated that ties “have a bottom line.”"
    )
    assert attributed(body) == [("Karel Vitek", "have a bottom line.")]
    # near miss: no ambassador named before: nobody
    body = "Relations were tense. In a TV interview, Chile’s U.S. ambassador stated that ties “have a bottom line.”"
    assert attributed(body) == []


def test_a_title_without_a_name_is_the_one_holder_the_report_names_with_it_later():
    body = (
        "Talks on the fishing quota broke down in Mombasa on Friday. Portugal’s envoy to Kenya said the new limits were"
        " “a slow death for the fleet”.\n\nEnvoy Tomas Lindqvist flew home on Sunday."
    )
    assert attributed(body) == [("Tomas Lindqvist", "a slow death for the fleet")]
    # the bare title, the name with the title and the place after it
    body = (
        "The fleet stayed in port all week. The ambassador told the harbour board that the limits were “a slow death for"
        " the fleet”.\n\nPortugal’s ambassador to Kenya Tomas Lindqvist flew home on Sunday."
    )
    assert attributed(body) == [("Tomas Lindqvist", "a slow death for the fleet")]


def test_a_title_without_a_name_is_no_holder_of_another_office_or_a_former_one():
    said = "The fleet stayed in port all week. The {} told the harbour board that the limits were “a slow death for the fleet”.\n\n"
    assert attributed(said.format("ambassador") + "Ambassador Tomas Lindqvist flew home on Sunday.") == [
        ("Tomas Lindqvist", "a slow death for the fleet")
    ]
    # near misses: a word before the title makes it another office; a holder who left it; a club's title; a president
    # or a minister, whom only the usual holder's rule may name
    for title, later in [
        ("ambassador", "Deputy Ambassador Tomas Lindqvist flew home on Sunday."),
        ("ambassador", "Trade Ambassador Tomas Lindqvist flew home on Sunday."),
        ("ambassador", "Former Ambassador Tomas Lindqvist flew home on Sunday."),
        ("ambassador", "The ex-ambassador to Kenya Tomas Lindqvist flew home on Sunday."),
        ("spokeswoman", "Police Spokeswoman Edda Lind closed the quay on Sunday."),
        ("leader", "Opposition Leader Edda Lind toured the quay on Sunday."),
        ("ambassador", "Few recall that Ambassador Tomas Lindqvist resigned in 1998."),
        ("spokeswoman", "Spokeswoman Edda Lind retired in 2011."),
        ("leader", "Leader Edda Lind of the yacht club hosted a dinner."),
        ("president", "Vice President Tomas Lindqvist flew home on Sunday."),
        ("minister", "Prime Minister Tomas Lindqvist flew home on Sunday."),
        ("president", "President Tomas Lindqvist of the yacht club hosted a dinner."),
    ]:
        assert attributed(said.format(title) + later) == [], later


def test_a_title_without_a_name_stays_nobodys_where_two_or_no_holders_are_named():
    # two ambassadors named: either could be the one
    body = (
        "Norway’s ambassador to Chile warned that the country “will not stand idle in this matter at all”.\n\n"
        "Ambassador Pavel Drusk met Ambassador Ola Berg on Tuesday."
    )
    assert attributed(body) == []
    # no one named with the title
    body = "The ambassador warned that the country “will not stand idle over this matter” on Monday.\n\nPavel Drusk met officials on Tuesday."
    assert attributed(body) == []
    # the title after another speaker's name: two speak, the title's holder unnamed there
    body = (
        "Ola Berg and Norway’s ambassador to Chile criticized the response as “far from serious and plainly reckless.”\n\n"
        "Ambassador Pavel Drusk met officials on Tuesday."
    )
    assert attributed(body) == []


def test_a_state_title_with_its_posting_after_an_opening_phrase_is_the_holder_named_with_it():
    for opening in ("In a letter to the harbour board, ", "After the talks, "):
        body = (
            f"Talks on the fishing quota broke down in Mombasa. {opening}Portugal’s ambassador to Kenya wrote that the limits"
            " were “a slow death for the fleet”.\n\nPortugal’s ambassador to Kenya Tomas Lindqvist flew home on Sunday."
        )
        assert attributed(body) == [("Tomas Lindqvist", "a slow death for the fleet")], opening
    # near misses: a name before the title, joined or apposed: the named one, or nobody
    body = "Ola Berg, Portugal’s ambassador to Kenya, said the limits were “a slow death for the fleet”.\n\nAmbassador Tomas Lindqvist flew home."
    assert attributed(body) == [("Ola Berg", "a slow death for the fleet")]
    body = "Ola Berg & Portugal’s ambassador to Kenya said the limits were “a slow death for the fleet”.\n\nAmbassador Tomas Lindqvist flew home."
    assert attributed(body) == []


def test_a_person_reporting_what_a_state_concluded_speaks_the_words():
    body = "Otto Brandt said that after a legal review Norway had concluded the settlements were “not inconsistent with the law”."
    assert attributed(body) == [("Otto Brandt", "not inconsistent with the law")]
    # near miss: the state's own verb, nobody reporting it
    body = "After a legal review, Norway concluded that the settlements were “not inconsistent with the law”."
    assert attributed(body) == [("Norway", "not inconsistent with the law")]


def test_a_members_party_and_state_after_the_name_is_no_speaker():
    body = "Sen. Edda Lind, D-Calif., said the bill was “a disgrace”. Rep. Karel Vitek, R-N.Y., said it was “overdue”."
    assert attributed(body) == [("Edda Lind", "a disgrace"), ("Karel Vitek", "overdue")]


def test_a_bodys_own_noun_before_spokesperson_is_that_body():
    body = "The FBI told reporters that it received the letter. “We take any such actions very seriously,” a bureau spokesperson said."
    assert attributed(body) == [("FBI", "We take any such actions very seriously,")]
    # near miss: a spokesperson of no body named before is nobody
    body = "The letter arrived on Monday. “We take any such actions very seriously,” a bureau spokesperson said."
    assert attributed(body) == []


def test_began_after_a_quote_is_a_verb_of_saying():
    body = "“The war was funded by foreign money,” Edda Lind began, before being asked again."
    assert attributed(body) == [("Edda Lind", "The war was funded by foreign money,")]
    # near miss: beginning something before a quoted name
    body = "Otto Brandt began a tour of “the new territories”."
    assert attributed(body) == []


def test_a_term_a_speaker_emphasized_or_reiterated_is_their_wording():
    body = "Otto Brandt emphasized the “unacceptability” of the foreign laboratories."
    assert attributed(body) == [("Otto Brandt", "unacceptability")]
    # near miss: an act's object, as before
    body = "Otto Brandt announced the conclusion of the “peace talks”."
    assert attributed(body) == []


def test_a_body_that_heads_a_persons_title_is_still_the_body():
    body = (
        "Kremlin Spokesperson Dmitry Peskov declined to comment on the report. "
        "The Kremlin labeled Western actions as potential “existential threats,” seeking to intimidate the West."
    )
    assert attributed(body) == [("Kremlin", "existential threats,")]
    # near miss: "the spokesperson" is still the person so titled
    body = "Kremlin Spokesperson Dmitry Peskov declined to comment. Later the spokesperson called it “a provocation.”"
    assert attributed(body) == [("Dmitry Peskov", "a provocation.")]


def test_a_bodys_members_together_speak_for_it():
    body = "That night, all 21 Ostland Freedom Caucus members demanded her censure for “using inappropriate language.”"
    assert attributed(body) == [("Ostland Freedom Caucus", "using inappropriate language.")]
    # near miss: a person's family members are people of their own, unnamed
    body = "Otto Brandt’s family members said he was “at peace”."
    assert attributed(body) == []


def test_the_letter_is_the_words_of_whoever_sent_or_wrote_it():
    body = (
        "Karel Vitek wrote a letter to the minister in May. The ministry was slow to reply. "
        "The letter said that the country had the “right of nuclear powers to station their weapons.”"
    )
    assert attributed(body) == [("Karel Vitek", "right of nuclear powers to station their weapons.")]
    # near miss: a letter nobody is said to have sent is nobody's
    body = "The ministry was slow to reply. The letter said that the country had the “right of nuclear powers to station their weapons.”"
    assert attributed(body) == []


def test_a_name_joined_to_a_governed_name_is_governed_too():
    body = (
        "Chile on Wednesday summoned Peru’s envoy over what it called “unprovoked strikes at multiple locations” "
        "across Chile and Chile-administered Arica, the Ministry of Foreign Affairs said."
    )
    assert attributed(body) == [("Ministry of Foreign Affairs", "unprovoked strikes at multiple locations")]
    # near miss: a name acting after the quote, joined to nothing governed, keeps the sentence's own subject
    body = "Chile summoned the envoy over what it called “unprovoked strikes”, and Peru denied it, the ministry said."
    assert attributed(body) == [("Chile", "unprovoked strikes")]


def test_rejected_as_is_a_cue_before_the_quote_it_qualifies():
    body = "The Ostland Defense Ministry rejected those reports as “pure fabrication,” and analysts agreed."
    assert attributed(body) == [("Ostland Defense Ministry", "pure fabrication,")]
    body = "Otto Brandt called it “absurd” while the Ostland Institute of Virology has rejected such claims as “impossible”."
    assert attributed(body) == [("Otto Brandt", "absurd"), ("Ostland Institute of Virology", "impossible")]
    # near misses: a thing rejected with no "as", examples after "such … as", a quote the verb follows
    body = "The Ostland Defense Ministry rejected the call for “de-escalation” on Monday."
    assert attributed(body) == []
    body = "Officials of the Ostland Defense Ministry reject such terms as “hegemony” in their statements."
    assert attributed(body) == []
    body = "Peru proposed a “humanitarian pause,” which the Ostland Defense Ministry rejected."
    assert attributed(body) == []


def test_a_statement_which_says_is_the_words_of_whoever_issued_it():
    body = "The Ostland Health Ministry issued a statement, which said that the outbreak was “under control.”"
    assert attributed(body) == [("Ostland Health Ministry", "under control.")]
    body = "Amnesty International published a report on Monday which warned that the detainees faced “imminent danger.”"
    assert attributed(body) == [("Amnesty International", "imminent danger.")]
    body = (
        "The Ostland Foreign Ministry released a statement on arms control, which reaffirmed its commitment to talks "
        "and called on the great powers to stop “encouraging provocations.”"
    )
    assert attributed(body) == [("Ostland Foreign Ministry", "encouraging provocations.")]
    # near miss: a statement the subject only criticised is not theirs
    body = "Otto Brandt criticised a statement, which said that the outbreak was “under control.”"
    assert attributed(body) == []


def test_announced_the_term_of_is_the_speakers_word_for_the_act():
    body = "Ostland Spokesperson Otto Brandt announced the “dismissal” of the envoy later in the day."
    assert attributed(body) == [("Otto Brandt", "dismissal")]
    # near misses: the name of what was announced, and the object of an act
    body = "Otto Brandt announced a “special operation” in the east."
    assert attributed(body) == []
    body = "Otto Brandt announced the conclusion of the “Northern Accord” talks."
    assert attributed(body) == []


def test_a_surname_after_a_title_of_several_words_keeps_the_whole_title():
    body = "Prime Minister Savage of New Zealand said he was “opposed to any weakening of the Covenant.”"
    assert attributed(body) == [("Prime Minister Savage", "opposed to any weakening of the Covenant.")]
    body = "As Foreign Minister Jaishankar put it, “the friction is real.”"
    assert attributed(body) == [("Foreign Minister Jaishankar", "the friction is real.")]
    # near misses: a nation or "Former" is no part of the title, and the person named in full keeps that name
    body = "Former Prime Minister Savage said he was “opposed to any weakening.”"
    assert attributed(body) == [("Prime Minister Savage", "opposed to any weakening.")]
    body = "Prime Minister Otto Brandt spoke first. Later, Prime Minister Brandt said he was “opposed to any weakening.”"
    assert attributed(body) == [("Otto Brandt", "opposed to any weakening.")]


def test_the_pm_is_the_prime_minister_not_another_minister():
    body = (
        "Otto Brandt called out Prime Minister Savage in 2019. Senators wrote to the Prime Minister. "
        "At the summit, Defence Minister Karel Vitek announced new purchases.\n\n"
        "In his press conference, the PM argued that the country should not be judged on spending alone, as "
        "“we continually punch above our weight” abroad."
    )
    assert attributed(body) == [("Prime Minister Savage", "we continually punch above our weight")]
    # near miss: where no prime minister is named, "the PM" is nobody (not the defence minister, not a body "PM")
    body = (
        "At the summit, Defence Minister Karel Vitek announced new purchases.\n\n"
        "In his press conference, the PM argued that the country should not be judged on spending alone, as "
        "“we continually punch above our weight” abroad."
    )
    assert attributed(body) == []


def test_a_he_in_a_sentence_a_person_opens_is_that_person():
    body = "Karel Vitek spoke first. Otto Brandt, in his testimony, didn’t address the budget, but did criticize what he called “experiments”."
    assert attributed(body) == [("Otto Brandt", "experiments")]
    body = "Karel Vitek spoke first. Otto Brandt wasn't at the hearing, but he later said it was “a farce”."
    assert attributed(body) == [("Otto Brandt", "a farce")]
    # near miss: a sentence a person opens only as the object of another ("Otto Brandt's critics") leaves 'he' to the speaker
    body = "Karel Vitek spoke first. Otto Brandt’s critics didn’t agree, but he called the plan “a farce”."
    assert attributed(body) == [("Karel Vitek", "a farce")]


def test_names_joined_by_and_that_are_one_body_one_title_or_one_state():
    body = "Police and Crime Commissioner Otto Brandt said: “I thank the public for their patience.”"
    assert attributed(body) == [("Otto Brandt", "I thank the public for their patience.")]
    body = "Avon and Wessex Police said the protest had been “largely peaceful”."
    assert attributed(body) == [("Avon and Wessex Police", "largely peaceful")]
    body = "Trinidad and Tobago said the vote was “a farce”."
    assert attributed(body) == [("Trinidad and Tobago", "a farce")]
    # near misses: a person and a titled person are two speakers; two states before a body are no regional service
    body = "Otto Brandt and Foreign Secretary Karel Vitek said the talks were “productive”."
    assert attributed(body) == [("Otto Brandt", "productive"), ("Karel Vitek", "productive")]
    body = "Chile and Peru Council members met on Monday. Chile said the vote was “a farce”."
    assert attributed(body) == [("Chile", "a farce")]


def test_a_bodys_letters_and_a_lower_case_title_before_a_name_are_the_persons_role():
    body = "“We will fly in 2026,” responded ESA administrator Olaf Berg."
    assert attributed(body) == [("Olaf Berg", "We will fly in 2026,")]
    # near miss: the body's letters alone before the cue are the body
    body = "“We will fly in 2026,” ESA said in a statement."
    assert attributed(body) == [("ESA", "We will fly in 2026,")]


def test_a_title_in_a_body_then_a_name_is_the_named_holder():
    body = "Before the vote, Minister in the Ministry of Finance Otto Brandt said, “The issue is a simple one.”"
    assert attributed(body) == [("Otto Brandt", "The issue is a simple one.")]
    body = "Minister of State in the Ministry of Trade Otto Brandt said the deal was “a good one.”"
    assert attributed(body) == [("Otto Brandt", "a good one.")]
    # near misses: the body alone speaks for itself; one who works in it is no title's holder
    body = "The Ministry of Finance said the issue was “a simple one.”"
    assert attributed(body) == [("Ministry of Finance", "a simple one.")]
    body = "Karel Vitek, who works in the Ministry of Finance, said it was “a simple one.”"
    assert attributed(body) == [("Karel Vitek", "a simple one.")]


def test_a_role_after_a_states_letters_is_that_states_holder():
    body = "US President Otto Brandt spoke to the prime minister on Sunday. “I would be surprised,” the US President said."
    assert attributed(body) == [("Otto Brandt", "I would be surprised,")]
    body = "President Otto Brandt spoke first. Later the U.S. President said the deal was “a good one.”"
    assert attributed(body) == [("Otto Brandt", "a good one.")]
    # near misses: a president of another nation is not the one meant, whichever way the nation is written
    body = "French President Karel Vitek spoke first. Later the US President said the deal was “a good one.”"
    assert attributed(body) == []
    body = "US President Otto Brandt spoke first. Later the French President said the deal was “a good one.”"
    assert attributed(body) == []


def test_a_part_of_a_document_is_nobody_a_president_could_be():
    body = (
        "President Otto Brandt spoke on Monday. As described in Volume II, Section II.B, the President knew of it. "
        "On February 15, the President told reporters, “Karel is a wonderful man.”"
    )
    assert attributed(body) == [("Otto Brandt", "Karel is a wonderful man.")]
    # near miss: a title holder whose title begins with a document word is a person
    body = "Section Chief Otto Brandt told reporters, “Karel is a wonderful man.”"
    assert attributed(body) == [("Otto Brandt", "Karel is a wonderful man.")]


def test_a_hyphened_title_before_a_surname_is_the_person_named_in_full():
    body = "Otto Brandt won the election. On January 3, President-Elect Brandt tweeted, “Great move on delay.”"
    assert attributed(body) == [("Otto Brandt", "Great move on delay.")]
    # near miss: a hyphened surname is a surname ("Vitek-Brandt" is not Otto Brandt)
    body = "Otto Brandt won the election. On January 3, Anna Vitek-Brandt tweeted, “Great move on delay.”"
    assert attributed(body) == [("Anna Vitek-Brandt", "Great move on delay.")]


def test_slammed_and_highlighted_terms_and_a_college_are_the_bodys():
    body = "Ostland Watch has slammed the “utterly unacceptable” attacks committed across the country."
    assert attributed(body) == [("Ostland Watch", "utterly unacceptable")]
    body = (
        "The Royal College of Surgeons highlighted “horrific and unacceptable” abuse towards staff. "
        "The College urged staff to travel in groups “where possible” after dark."
    )
    assert attributed(body) == [
        ("Royal College of Surgeons", "horrific and unacceptable"),
        ("Royal College of Surgeons", "where possible"),
    ]
    # near miss: a door slammed shut holds no one's words
    body = "Otto Brandt slammed the door of the “safe house” behind him."
    assert attributed(body) == []


def test_a_plural_owner_inside_a_bodys_name_keeps_the_name_whole():
    body = "The National Police Chiefs’ Council said the response would be “united and robust”."
    assert attributed(body) == [("National Police Chiefs’ Council", "united and robust")]
    # near miss: a person's possessive before a body word stays the person's ("Brandt’s council"), not one body
    body = "Otto Brandt’s council met on Monday. Otto Brandt said the response would be “united and robust”."
    assert attributed(body) == [("Otto Brandt", "united and robust")]


def test_the_force_is_the_police_force_last_named():
    body = (
        "Ostland Police arrested six people on Sunday. “Officers will stay in the city overnight,” the force said. "
        "In an update, the force said: “We ask people to keep away.”"
    )
    assert attributed(body) == [
        ("Ostland Police", "Officers will stay in the city overnight,"),
        ("Ostland Police", "We ask people to keep away."),
    ]
    # near misses: a task force or an air force is not the police force last named, and with no force named, nobody
    body = "Ostland Police arrested six people on Sunday. “We are ready,” the task force said."
    assert attributed(body) == []
    body = "Six people were arrested on Sunday. “We are ready,” the force said."
    assert attributed(body) == []


def test_the_body_then_has_said_ending_the_sentence_is_the_bodys():
    body = "Nurses will become “exhausted” at some point this winter, the Ostland Nurses Union has said."
    assert attributed(body) == [("Ostland Nurses Union", "exhausted")]
    body = "Nurses will become “exhausted” at some point this winter, Anna Vitek had said."
    assert attributed(body) == [("Anna Vitek", "exhausted")]
    # near miss: an unnamed union is nobody
    body = "Nurses will become “exhausted” at some point this winter, the union has said."
    assert attributed(body) == []


def test_a_spokesperson_alone_speaks_for_the_body_the_sentence_before_names():
    body = "The march was organised by the Ostland Workers Union. A spokesperson said: “Everyone is welcome.”"
    assert attributed(body) == [("Ostland Workers Union", "Everyone is welcome.")]
    body = "Ostland Workers Union organised the march. A spokesman said: “Everyone is welcome.”"
    assert attributed(body) == [("Ostland Workers Union", "Everyone is welcome.")]
    # near misses: a person in the sentence before has no spokesperson of his here, nor a body named two sentences up
    body = "Otto Brandt wrote to the mayor. A spokesman said: “We have the letter.”"
    assert attributed(body) == []
    body = "The Ostland Workers Union organised the march. Crowds gathered. A spokesman said: “We have the letter.”"
    assert attributed(body) == []


def test_a_group_named_after_people_for_a_cause_is_one_body():
    body = "“The camps must close,” Physicians for Ostland Rights said. Nurses for Clean Air stated: “We are worried.”"
    assert attributed_with_kinds(body) == [
        ("Physicians for Ostland Rights", "organization", "The camps must close,"),
        ("Nurses for Clean Air", "organization", "We are worried."),
    ]
    body = "The Campaign for Nuclear Disarmament said the plan was “reckless”."
    assert attributed(body) == [("Campaign for Nuclear Disarmament", "reckless")]
    # near miss: a person's title before "for" stays a role ("Minister for Foreign Affairs Otto Brandt")
    body = "Minister for Foreign Affairs Otto Brandt said the plan was “reckless”."
    assert attributed(body) == [("Otto Brandt", "reckless")]


def test_a_charity_named_by_an_order_to_the_reader_is_one_body():
    """ "Save the Children", "Stop the War Coalition": a campaign verb, "the" and capitalised words are one body's name;
    its last word alone ("Children") is nobody, also as the body a long apposition ends on before the subject's verb."""
    body = "“The camps must close,” Save the Harbour said. Stop the Dredging Coalition stated: “We are worried.”"
    assert attributed_with_kinds(body) == [
        ("Save the Harbour", "organization", "The camps must close,"),
        ("Stop the Dredging Coalition", "organization", "We are worried."),
    ]
    body = (
        "Ada Brill, Volunteer Coordinator with Keep the Dunes, who has trained most of the wardens now working on the"
        " northern shelters and kept their accounts for years, rejected the council’s figures. “Our records are complete.”"
    )
    assert attributed(body) == [("Ada Brill", "Our records are complete.")]


def test_a_person_after_a_campaigns_name_is_no_part_of_it():
    """Near misses: the campaign's owner form and a person's title or given name after "the" end the body's name."""
    assert attributed("“It is reckless,” Save the Harbour’s Tom Hale said.") == [("Tom Hale", "It is reckless,")]
    assert attributed("Protect the President Ann Poe said was “the first rule.”") == [("Ann Poe", "the first rule.")]


def test_a_bodys_report_or_statement_after_the_quote_is_the_bodys():
    body = "“A tank likely fired,” Ostland Watch’s report said. “The rest cannot be known.”"
    assert attributed(body) == [("Ostland Watch", "A tank likely fired,"), ("Ostland Watch", "The rest cannot be known.")]
    body = "The Ostland Ministry of Health sent doctors. “We regret it,” the ministry’s statement said."
    assert attributed(body) == [("Ostland Ministry of Health", "We regret it,")]
    # near misses: a person's lawyer and a report's authors are unnamed
    body = "“No comment,” Otto Brandt’s lawyer said. “We disagree,” the report’s authors said."
    assert attributed(body) == []


def test_a_fact_checks_line_label_is_nobody():
    body = "• FACT: “There were 55 accidents in the first month,” Ostland News reported."
    assert attributed(body) == [("Ostland News", "There were 55 accidents in the first month,")]
    # near miss: a name before the colon still speaks
    body = "• Otto Brandt: “There were 55 accidents in the first month.”"
    assert attributed(body) == [("Otto Brandt", "There were 55 accidents in the first month.")]


def test_peddling_the_lie_that_is_a_claim_and_the_fake_news_is_nobody():
    body = "NBC’s Otto Brandt peddled the lie that “constituents in red districts” were unhappy."
    assert attributed(body) == [("Otto Brandt", "constituents in red districts")]
    # near miss: a polemic's name for the press at large is no outlet
    body = "The Fake News frequently pushed the lie that the plan would “ban every clinic in the country.”"
    assert attributed(body) == []


def test_a_label_after_so_called_and_a_word_is_nobodys():
    body = "Brandt campaigns in Ostland, Norland and Westmark, which form the so-called Liberal “red belt” he lost in 2020."
    assert attributed(body) == []
    # near miss: a speaker who called something a name still said it
    body = "Otto Brandt called the region a “red belt”."
    assert attributed(body) == [("Otto Brandt", "red belt")]


def test_two_fields_joined_by_and_before_an_agencys_word_are_one_body():
    body = "Customs and Border Protection did not reply. “We do not give vaccines,” the agency said."
    assert attributed_with_kinds(body) == [("Customs and Border Protection", "organization", "We do not give vaccines,")]
    body = "“We will look into it,” U.S. Immigration and Customs Enforcement said."
    assert attributed(body) == [("U.S. Immigration and Customs Enforcement", "We will look into it,")]
    # near miss: two states before a service are two states
    body = "Ostland and Ukraine Service officials met. “We will look into it,” Otto Brandt said."
    assert attributed(body) == [("Otto Brandt", "We will look into it,")]


def test_an_analyst_who_sees_in_the_present_tense_is_the_he_of_the_next_quote():
    body = (
        "“It works,” Saikat Roy said.\n\nCarl Stone, principal analyst at Forrester, sees the platforms as ripe for growth.\n\n"
        "“The platforms have the architecture to manage thousands of tasks,” he said."
    )
    assert attributed(body) == [
        ("Saikat Roy", "It works,"),
        ("Carl Stone", "The platforms have the architecture to manage thousands of tasks,"),
    ]
    # near miss: a man only mentioned as an object is not the "he"
    body = (
        "“It works,” Saikat Roy said.\n\nThe firm sees Carl Stone as its next chief.\n\n"
        "“The platforms have the architecture to manage thousands of tasks,” he said."
    )
    assert attributed(body) == [("Saikat Roy", "It works,"), ("Saikat Roy", "The platforms have the architecture to manage thousands of tasks,")]


def test_it_after_a_sentence_a_body_reported_is_that_body_and_a_promised_term_its_words():
    body = (
        "Police have made 300 arrests since the riots began, the Ostland Chiefs’ Council (OCC) said. "
        "It also promised a “united and robust response” to the disorder."
    )
    assert attributed(body) == [("Ostland Chiefs’ Council", "united and robust response")]
    body = "The Ostland Union warned of a “long winter” for the mines."
    assert attributed(body) == [("Ostland Union", "long winter")]
    # near miss: a term a speaker only announced is still a label ("announced a “special military operation”")
    body = "Otto Brandt announced a “special military operation” on Monday."
    assert attributed(body) == []


def test_a_knight_by_title_and_given_name_is_the_one_last_named_in_full_so():
    body = (
        "Sir Oliver Brandt, the Ambassador in Berlin, wrote on 3 May that the talks were “going nowhere”. "
        "Sir Oliver Kemp, the Permanent Under Secretary, replied that they were “worth the effort”.\n\n"
        "Sir Oliver added that the mood was “grim and getting worse”.\n\n"
        "Dame Ruth Carver, the Legal Adviser, wrote that the plan was “not lawful”.\n\n"
        "Dame Ruth told the Inquiry it had been “a hard call”."
    )
    assert attributed(body) == [
        ("Oliver Brandt", "going nowhere"),
        ("Oliver Kemp", "worth the effort"),
        ("Oliver Kemp", "grim and getting worse"),
        ("Ruth Carver", "not lawful"),
        ("Ruth Carver", "a hard call"),
    ]


def test_a_knight_never_named_in_full_keeps_the_title_and_given_name():
    assert attributed("Sir Oliver told the Inquiry the mood was “grim and getting worse”.") == [("Sir Oliver", "grim and getting worse")]


def test_a_baroness_or_lord_by_surname_is_the_one_named_in_full_but_a_lady_may_be_his_wife():
    body = (
        "Olivia Brandt, the Deputy Director General, wrote on 3 May that the threat was “real”.\n\n"
        "Baroness Brandt told the Inquiry the mood had been “grim”.\n\n"
        "Otto Kemp, the Cabinet Secretary, wrote that the paper was “thin”.\n\n"
        "Lord Kemp told the Inquiry it had been “rushed”. Lady Kemp said the house was “cold”."
    )
    assert attributed(body) == [
        ("Olivia Brandt", "real"),
        ("Olivia Brandt", "grim"),
        ("Otto Kemp", "thin"),
        ("Otto Kemp", "rushed"),
        ("Lady Kemp", "cold"),
    ]


def test_a_courtesy_title_after_a_comma_opens_the_subject_not_an_apposition_to_the_name_before():
    body = (
        "Comparing the cases of Narvia, Ostland and South Borduria, Mr Kemp wrote that “each case is different”. "
        "Turning to Borduria, Dr Vance argued that “the risk is smaller”."
    )
    assert attributed(body) == [("Mr Kemp", "each case is different"), ("Dr Vance", "the risk is smaller")]


def test_a_role_in_apposition_after_a_comma_still_describes_the_name_before():
    body = "Otto Kemp, Chairman of the Board, argued that “we must keep the allies with us”."
    assert attributed(body) == [("Otto Kemp", "we must keep the allies with us")]


def test_an_enumerating_adverb_opening_a_sentence_is_nobody():
    body = (
        "Mr Kemp set out his four positions.\n\n"
        "Fourthly, Mr Kemp argued that “we must keep the allies with us”. "
        "Lastly, the ministry said that “nothing is decided”."
    )
    assert attributed(body) == [("Mr Kemp", "we must keep the allies with us")]


def test_an_assessment_speaks_for_the_body_the_report_names_as_its_maker():
    body = (
        "The Joint Committee met on 27 February to agree the JC Assessment.\n\n"
        "In respect of the talks, the Assessment stated that “there is no sign of change”."
    )
    assert attributed(body) == [("Joint Committee", "there is no sign of change")]


def test_an_assessment_no_body_is_named_as_making_is_nobody_not_a_person():
    body = (
        "The Planning Board met on 27 February.\n\n"
        "A defence paper of 16 October stated that the threat was low. The Assessment concluded that “no change is needed”."
    )
    assert attributed(body) == []


def test_a_quotation_after_a_person_who_opens_a_clause_of_another_sentence_is_not_theirs():
    body = (
        "Otto Brandt said the regime was “a danger to the region”.\n\n"
        "The inspectors were “convinced” that Otto Brandt had “hidden other weapons in the hills”. "
        "If Otto Brandt were toppled, there would be a need to “win the peace as well as the war”."
    )
    assert attributed(body) == [("Otto Brandt", "a danger to the region")]


def test_a_quotation_in_the_predicate_of_a_sentence_the_person_opens_is_still_theirs():
    body = "Otto Brandt said the regime was “a danger to the region”.\n\nOtto Brandt then devoted an hour to “the work of a whole generation”."
    assert attributed(body) == [("Otto Brandt", "a danger to the region"), ("Otto Brandt", "the work of a whole generation")]


def test_a_name_before_appositions_in_a_row_is_the_subject_and_his_pronoun_its_speaker():
    body = (
        "Mr Otto Brandt, the Home Secretary, spoke in Paris.\n\n"
        "Paul Kemp, Special Adviser to Mr Otto Brandt, the Home Secretary, from 2001 to 2005, told the Inquiry that he "
        "recalled that:\n\n"
        "> “By the spring it was clear that the allies were intent on a harder line.”"
    )
    assert attributed(body) == [("Paul Kemp", "By the spring it was clear that the allies were intent on a harder line.")]


def test_a_role_in_apposition_right_after_the_name_stays_that_names():
    body = (
        "Otto Brandt, the Foreign Secretary, in a speech in 2005, said the talks were “going nowhere”.\n\n"
        "The talks resumed. The Foreign Secretary later said they were “worth the effort”."
    )
    assert attributed(body) == [("Otto Brandt", "going nowhere"), ("Otto Brandt", "worth the effort")]


def test_a_peer_named_with_the_place_of_the_title_is_a_person_and_the_later_short_form_the_same():
    body = (
        "Otto Brandt spoke in Paris.\n\n"
        "Lord Kemp of Dunmore told the Inquiry that the mood was “grim”. He could not recall why, but observed: "
        "“I would guess the papers were full of it.”\n\n"
        "Lord Kemp added that it had been “a hard winter”. The Bank of England said rates would stay “high for longer”."
    )
    assert attributed(body) == [
        ("Lord Kemp of Dunmore", "grim"),
        ("Lord Kemp of Dunmore", "I would guess the papers were full of it."),
        ("Lord Kemp of Dunmore", "a hard winter"),
        ("Bank of England", "high for longer"),
    ]


def test_a_name_with_a_courtesy_title_after_a_titles_preposition_is_governed_not_the_pronouns_referent():
    body = (
        "Otto Brandt spoke in Paris.\n\n"
        "Paul Kemp, Special Adviser to Mr Otto Brandt, the Home Secretary, told the Inquiry that he recalled that "
        "“the allies were intent on a harder line”.\n\n"
        "Anna Vance met the Ambassador to NATO Karl Rode in May. Ambassador to NATO Karl Rode told her that he feared "
        "“a long winter”."
    )
    assert attributed(body) == [("Paul Kemp", "the allies were intent on a harder line"), ("Karl Rode", "a long winter")]


def test_a_first_person_paragraph_that_lost_its_mark_does_not_end_a_quotation():
    body = (
        "The statement issued by Tom Kerr was a clarification. Here are some relevant excerpts –\n\n"
        "“From 2006 to 2022 I have worked for Ann Hale, a member of parliament.\n\n"
        "“As her secretary, I was allowed to meet her in prison.\n\n"
        "During a visit in September 2017, Ann Hale told me that some prisoners were with her.\n\n"
        "“On her request, I met the prisoners. Later, she asked me to arrange funds."
    )
    found = attributed(body)
    assert {speaker for speaker, _quote in found} == {"Tom Kerr"}
    assert [speaker for speaker, quote in found if quote.startswith("On her request")] == ["Tom Kerr"]
    # near miss: the writer's own paragraph in the third person ends the quotation
    found = attributed(body.replace("Ann Hale told me that", "Ann Hale told the court that"))
    assert [speaker for speaker, quote in found if quote.startswith("On her request")] != ["Tom Kerr"]


def test_plural_initials_others_and_a_belt_are_no_one_a_he_can_mean():
    body = (
        "“We studied 40 villages,” Dr. Tom Khan said.\n\nNGOs, opposition parties and media had little impact.\n\n"
        "“Local politics mattered most,” he said."
    )
    assert attributed(body) == [("Tom Khan", "We studied 40 villages,"), ("Tom Khan", "Local politics mattered most,")]
    body = "Others called for a “union of English-speaking peoples” on the radio."
    assert attributed(body) == []
    body = "“First, we have to support the victims,” Otto Brandt said of the Rust Belt. “Second, we act,” he said."
    assert [speaker for speaker, _quote in attributed(body)] == ["Otto Brandt", "Otto Brandt"]
    # near miss: a body named with plural initials inside its name still speaks
    body = "The Royal College of GPs urged staff to travel in groups “where possible” after dark."
    assert attributed(body) == [("Royal College of GPs", "where possible")]


def test_a_surname_like_a_title_alone_is_the_person_named_in_full_so():
    body = (
        "Dana King, a co-host of the show, joined the volunteers on Sunday.\n\n“I keep hearing that,” King said.\n\n"
        "“What is it about Tom Berg that you like?” Ms. King asked."
    )
    assert attributed(body) == [("Dana King", "I keep hearing that,"), ("Dana King", "What is it about Tom Berg that you like?")]
    # near miss: a king named with his title stays the king
    body = "King Harald opened the session.\n\n“Welcome,” King Harald said."
    assert attributed(body) == [("King Harald", "Welcome,")]


def test_a_cause_campaigned_or_pressed_for_is_the_advocates_words():
    body = "President Tomas Verel campaigned for the “abolition of the draconian law” in 2024."
    assert attributed(body) == [("Tomas Verel", "abolition of the draconian law")]
    body = "Anna Vitek pressed for the “immediate release of the prisoners”."
    assert attributed(body) == [("Anna Vitek", "immediate release of the prisoners")]
    # near miss: the noun "press" is no verb of advocacy
    body = "The press for the “new order” grew louder in Ostland."
    assert attributed(body) == []


def test_a_claim_debunked_by_someone_before_a_colon_is_the_debunkers_rebuttal():
    body = "The lie was immediately and summarily debunked by Secretary of Labour Dan Cole: “We have had no layoffs.”"
    assert attributed(body) == [("Dan Cole", "We have had no layoffs.")]
    body = "The claim was rejected by the Ostland Administration in a post: “This is false.”"
    assert attributed(body) == [("Ostland Administration", "This is false.")]
    # near miss: one interviewed by an outlet speaks, not the outlet
    body = "He was interviewed by Ostland News: “I am innocent.”"
    assert attributed(body) == []


def test_an_outlets_unnamed_reporter_speaks_for_the_outlet():
    body = "An Ostland Star reporter claimed that staff were “harassed on Facebook” by the agency."
    assert attributed(body) == [("Ostland Star", "harassed on Facebook")]
    # near misses: a reporter named is the reporter; a reporter of no outlet is nobody
    body = "Ostland Star reporter Anna Vitek asked: “Will you stay?” A reporter asked: “Will you go?”"
    assert attributed(body) == [("Anna Vitek", "Will you stay?")]


def test_analysts_at_a_firm_after_the_quote_speak_for_the_firm():
    body = "“Companies should prepare for autonomous agents today,” analysts at Ostland Consulting Group wrote in a report."
    assert attributed(body) == [("Ostland Consulting Group", "Companies should prepare for autonomous agents today,")]
    # near miss: unnamed analysts of no named firm are nobody
    body = "“Companies should prepare for autonomous agents today,” some analysts wrote in a report."
    assert attributed(body) == []


def test_gov_is_a_title_before_a_name():
    body = "Gov. Dan Reyes said: “We will sue.”"
    assert attributed(body) == [("Dan Reyes", "We will sue.")]
    # near miss: a body named for its government stays the body
    body = "The Ostland Government Office said: “We will sue.”"
    assert attributed(body) == [("Ostland Government Office", "We will sue.")]


def test_a_term_in_a_named_actors_deed_told_without_that_is_the_speakers():
    body = "Sen. Mara Hollis said Attorney General Pam Rowe created a “weaponizing task force.”"
    assert attributed(body) == [("Mara Hollis", "weaponizing task force.")]
    # near miss: the named subject of the inner clause says it herself
    body = "Mara Hollis said Pam Rowe described the plan as a “grave mistake”."
    assert attributed(body) == [("Pam Rowe", "grave mistake")]


def test_a_noun_of_saying_in_a_subjects_clause_before_a_colon_is_no_cue():
    body = "Minister Karl Oster debunked the claim at his hearing: “This has been answered many times over.”"
    assert attributed(body) == [("Karl Oster", "This has been answered many times over.")]
    # near miss: a clause naming two parties is still not one subject's words
    body = "Minister Karl Oster met Lena Berg to debunk the claim: “This has been answered many times over.”"
    assert attributed(body) == []


def test_a_line_label_before_a_subjects_clause_ending_on_a_colon():
    body = "Minister Karl Oster spoke.\n\n• FACT: Oster debunked the lie in his confirmation hearings: “This was debunked.”"
    assert attributed(body) == [("Karl Oster", "This was debunked.")]
    # near miss: an opening phrase with no comma still hides the subject
    body = "Minister Karl Oster spoke.\n\nIn the hearing Oster debunked the lie: “This was debunked.”"
    assert attributed(body) == []


def test_a_describing_infinitive_after_the_subjects_own_verb_is_the_subjects():
    body = "Governor Rita Moss turned to Twitter last month to describe her city as a “gas chamber.”"
    assert attributed(body) == [("Rita Moss", "gas chamber.")]
    body = "Governor Rita Moss took to Twitter to say her state was a “disaster zone.”"
    assert attributed(body) == [("Rita Moss", "disaster zone.")]
    # near miss: a verb that hands the infinitive to its object ("asked Congress to describe")
    body = "Governor Rita Moss asked Congress to describe the state as a “disaster zone.”"
    assert attributed(body) == []


def test_he_after_a_sentence_another_man_opens_is_that_man_not_the_speaker_before():
    body = (
        "“We have to keep the pressure on,” said Tom Reyes, a former defence minister. “They will come back,” Mr. Reyes"
        " concluded. And Mr. Varga disclaimed any responsibility. “That was an attack on the refinery, not on us,” he said."
    )
    assert attributed(body)[-1] == ("Mr. Varga", "That was an attack on the refinery, not on us,")
    body = "Mr. Varga held a rally in the city. Tom Cortez also sees a changing state. In September, he told reporters voters are “moving left.”"
    assert attributed(body) == [("Tom Cortez", "moving left.")]
    # near miss: a man named inside the speaker's own sentence is no new subject
    body = "Anna Dorn told Reuters that Tom Reyes had sold the plant. “It was a bad deal,” she said."
    assert attributed(body) == [("Anna Dorn", "It was a bad deal,")]


def test_a_people_named_in_a_plural_pair_is_no_he():
    body = (
        "Mr. Varga this week portrayed the plight of the Serbs as someone else’s problem. Referring to the Croats and Serbs"
        " as “natural enemies,” he said, “It is time now to leave.”"
    )
    assert attributed(body) == [("Mr. Varga", "natural enemies,"), ("Mr. Varga", "It is time now to leave.")]
    # near miss: a person named in full after "and" stays a person
    body = "Anna Dorn met the envoys and Tom Reyes. “It was a bad deal,” he said."
    assert attributed(body) == [("Tom Reyes", "It was a bad deal,")]


def test_sen_after_a_given_name_is_a_surname():
    assert attributed("“The bill is flawed,” said Ravi Sen.") == [("Ravi Sen", "The bill is flawed,")]
    # near miss: "Sen." before a name is still a senator's title
    assert attributed("Sen. Ravi Mehta said that “the bill is flawed.”") == [("Ravi Mehta", "the bill is flawed.")]


def test_according_to_him_is_the_man_just_named():
    body = "Ravi Mehta, an MP, wrote a dissent note. According to him, “the bill fails the citizens.”"
    assert attributed(body) == [("Ravi Mehta", "the bill fails the citizens.")]
    # near miss: "her" before a noun is a possessive ("according to her office"), no pronoun subject
    body = "Anna Roy wrote a note. According to her office, “the bill fails the citizens.”"
    assert attributed(body) == []


def test_an_owners_title_then_the_name_after_an_inverted_cue():
    body = "“It was a lavish expenditure,” said Harbcon’s equipment manager, Mike Hale."
    assert attributed(body) == [("Mike Hale", "It was a lavish expenditure,")]
    body = "“There is no need to cut staff,” said Harlow’s Branch President, Tom Varley."
    assert attributed(body) == [("Tom Varley", "There is no need to cut staff,")]
    # near miss: one word after the owner's description is no person named in full
    body = "“It was a lavish expenditure,” said Ostland’s closest ally, Norland."
    assert attributed(body) == []


def test_a_quote_alone_after_a_sentence_that_introduces_someone_in_full_is_theirs():
    body = (
        "“It was a lavish expenditure,” said Tom Varley, the manager. Dina Okoro, the head of security at the depot,"
        " was taken aback by the new car. “We wondered how we could pay for it.”"
    )
    assert attributed(body)[-1] == ("Dina Okoro", "We wondered how we could pay for it.")
    # near misses: a bare surname, or a name with no description, opening the sentence is no one introduced
    body = "“It was a lavish expenditure,” said Tom Varley, the manager. Okoro was taken aback by the car. “We wondered.”"
    assert attributed(body)[-1] == ("Tom Varley", "We wondered.")
    body = "“It was a lavish expenditure,” said Tom Varley, the manager. Dina Okoro met him later. “We wondered.”"
    assert attributed(body)[-1] == ("Tom Varley", "We wondered.")


def test_the_mp_is_the_member_of_parliament_last_named():
    body = "Labour MP Anna Roy rejected the bill in a dissent note. In her note, the MP argued that, “the members must be independent”."
    assert attributed(body) == [("Anna Roy", "the members must be independent")]
    # near miss: "the MP" with no member named before is nobody
    body = "The committee met on Monday. In her note, the MP argued that, “the members must be independent”."
    assert attributed(body) == []


def test_a_preamble_read_out_between_the_cue_and_the_quoted_resolutions():
    body = (
        "Party spokesman Dele Amobi, who read the communique after the meeting, said, “\n\n"
        "The council of our party, at its meeting today, assessed the state of the nation and resolved as follows:\n\n"
        "“The council commends all the organs of the party for their resilience.\n\n"
        "“The council demands that the President should convene a security meeting.”"
    )
    assert {who for who, _ in attributed(body)} == {"Dele Amobi"}
    # near miss: a paragraph that introduces its own speaker before a colon is that speaker's introduction
    body = "Party spokesman Dele Amobi said: “We are united.”\n\nAnother member, Tom Varley, complained about the result:\n\n“The council failed us.”"
    assert attributed(body) == [("Dele Amobi", "We are united."), ("Tom Varley", "The council failed us.")]


def test_members_named_after_a_plural_title_are_each_a_speaker():
    body = "In their dissent note, Green Party MPs Ann Lee and Tom Roe criticized the “Orwellian nature” of the bill."
    assert attributed(body) == [("Ann Lee", "Orwellian nature"), ("Tom Roe", "Orwellian nature")]
    # near miss: a body's name joined by "and" stays one body
    body = "The Committee on Health and Social Care criticized the “Orwellian nature” of the bill."
    assert attributed(body) == [("Committee on Health and Social Care", "Orwellian nature")]


def test_a_bill_named_in_capitals_is_no_he():
    body = (
        "Party MP Ravi Pande registered his dissatisfaction with three clauses of the Draft Bill, namely, clauses 3(8), 35 and"
        " 42(2). Lastly, he said that lowering the age limit in the Draft Bill would, “allow young users to benefit from new services.”"
    )
    assert attributed(body) == [("Ravi Pande", "allow young users to benefit from new services.")]
    # near miss: Bill as a given name is a person
    body = "Bill Norton objected to three clauses. He said it would “allow young users to benefit from new services.”"
    assert attributed(body) == [("Bill Norton", "allow young users to benefit from new services.")]


def test_the_subject_of_a_sentence_is_the_main_clauses_not_a_when_clauses():
    body = (
        "Tom Varley, an assistant mechanic, was one of those staff.\n\n"
        "When Harbcon finally went bust, in November 2016, Varley found himself without work.\n\n"
        "“I used to take care of my family,” he said."
    )
    assert attributed(body) == [("Tom Varley", "I used to take care of my family,")]
    # near miss: a sentence the firm opens without a subordinate clause keeps the firm as its subject
    body = "Tom Varley, an assistant mechanic, was one of those staff.\n\nHarbcon went bust in 2016.\n\n“We did our best,” it said."
    assert attributed(body) == [("Harbcon", "We did our best,")]


def test_a_branch_title_then_the_name_after_an_inverted_cue():
    body = "“There is simply no need to reduce staffing levels,” said AUS Harlow Branch President, Harvey Jones."
    assert attributed(body) == [("Harvey Jones", "There is simply no need to reduce staffing levels,")]
    # near miss: a body then a one-word name after it stays the body
    body = "“There is no need,” said the Ostland Union, Norland."
    assert attributed(body) == [("Ostland Union", "There is no need,")]


def test_said_a_bodys_spokesperson_after_the_quote_is_the_bodys():
    body = "“It is difficult to avoid the risk completely,” said a Ministry of Transport spokesman."
    assert attributed(body) == [("Ministry of Transport", "It is difficult to avoid the risk completely,")]
    # near miss: a body's unnamed official is an unnamed source
    body = "“It is difficult to avoid the risk completely,” said a former Ministry of Transport official."
    assert attributed(body) == []


def test_said_a_spokesperson_of_a_body_no_list_knows_after_the_quote_is_the_bodys():
    # as "a Varnholt spokesman said" has it: the body, whatever the lists know of its name
    body = "Harbour fees rose again in May. “No ship will pay more than it did last year,” said a Varnholt spokesman."
    assert attributed(body) == [("Varnholt", "No ship will pay more than it did last year,")]
    body = "“No ship will pay more than it did last year,” said a Vardell Foods spokeswoman."
    assert attributed(body) == [("Vardell Foods", "No ship will pay more than it did last year,")]
    # near misses: the spokesman named after a comma speaks; a representative may be a member, not the body's voice
    body = "“We will act,” said a Varnholt spokesman, Ola Berg."
    assert attributed(body) == [("Ola Berg", "We will act,")]
    body = "“We will act,” said a Texas representative."
    assert attributed(body) == []


def test_a_persons_or_a_partys_unnamed_spokesperson_speaks_for_no_body():
    quote = "“No ship will pay more than it did last year,”"
    for body in (
        f"{quote} said a Pavel Lindqvist spokesman.",  # a person's full name
        f"{quote} a Pavel Lindqvist spokesman said.",
        f"Edda Lind owns the quay. {quote} said a Lind spokeswoman.",  # the surname of a person the report names
        f"{quote} said a Lind spokeswoman. Edda Lind owns the quay.",
        f"{quote} said a Democratic spokesman.",  # a party's adjective
        f"{quote} a Republican spokeswoman said.",
        f"{quote} said a Labour spokesman.",
    ):
        assert attributed(body) == [], body
    # near miss: the one-word name of no person the report names stays the body's
    assert attributed(f"Edda Lind owns the quay. {quote} said a Varnholt spokeswoman.") == [("Varnholt", quote.strip("“”"))]


def test_messaged_and_texted_are_cues_and_the_name_after_them_the_recipient():
    body = "Tom Hale was in Tanzania. “I am now in the bank getting the cash for you,” he messaged Dina Osei."
    assert attributed(body) == [("Tom Hale", "I am now in the bank getting the cash for you,")]
    # near miss: the one messaged is the recipient, not the speaker of the message quoted below
    body = "Tom Hale put the driver on standby, and messaged Dina Osei to let her know.\n\n“The cash is ready.”"
    assert attributed(body) == []


def test_special_counsel_and_special_rapporteur_are_titles():
    assert attributed("Special Counsel Tom Hale said that “the case is closed.”") == [("Tom Hale", "the case is closed.")]
    assert attributed("UN Special Rapporteur Anna Lind said that “the case is closed.”") == [("Anna Lind", "the case is closed.")]
    # near miss: a body named with "Special" stays the body
    assert attributed("The Special Olympics Committee said that “the case is closed.”") == [("Special Olympics Committee", "the case is closed.")]


def test_he_is_the_main_clauses_subject_not_one_who_spoke_in_an_opening_after_clause():
    body = (
        "After Mr. Varga announced his rally in the capital, Dale Moreno scheduled a counter-rally in the suburbs."
        " He called it a “rally against fear.”"
    )
    assert attributed(body) == [("Dale Moreno", "rally against fear.")]
    # near miss: one who speaks in the main clause stays the one meant
    body = "Mr. Varga announced his rally in the capital, and Dale Moreno went home. He called it a “rally against fear.”"
    assert attributed(body) == [("Mr. Varga", "rally against fear.")]


def test_a_bare_surname_of_one_named_in_full_before_opens_a_sentence_of_its_own():
    body = (
        "Dale Moreno could not defeat Sen. Ted Cortez. “We will win,” Moreno said. Cortez also sees a changing state."
        " In September, he told reporters that voters are “moving left.”"
    )
    assert attributed(body)[-1] == ("Ted Cortez", "moving left.")
    # near miss: a bare name nobody was named in full with stays out
    body = "“We will win,” Dale Moreno said. Harbcon also sees a changing state. In September, he told reporters voters are “moving left.”"
    assert attributed(body)[-1] == ("Dale Moreno", "moving left.")


def test_a_bodys_statement_or_video_after_the_quote_is_the_bodys():
    body = "Corvane sells grain. “We buy from many sources,” the Corvane statement read."
    assert attributed(body) == [("Corvane", "We buy from many sources,")]
    body = "Corvane sells grain. “It works and you get higher returns,” one Corvane promotional video said."
    assert attributed(body) == [("Corvane", "It works and you get higher returns,")]
    # near miss: a person named in full does not become a body by a statement
    body = "“We buy from many sources,” the Tom Hale statement said."
    assert attributed(body) == []


def test_a_he_opening_a_sentence_after_a_body_led_one_is_the_person_who_acted_in_it():
    body = (
        "Dale Moreno runs a farm.\n\n"
        "The AP went out with a chain gang, created after County Sheriff Tom Harlan took office in 2015. He said the work"
        " is voluntary.\n\n“It is a win-win,” he said."
    )
    assert attributed(body) == [("Tom Harlan", "It is a win-win,")]
    # near miss: a body listed with no one acting is no "he"
    body = (
        "Dale Moreno runs a farm.\n\n"
        "The AP went out with a chain gang, watched by the Criminal Investigation Department. He said the work"
        " is voluntary.\n\n“It is a win-win,” he said."
    )
    assert attributed(body) == []


def test_county_sheriff_is_a_title():
    assert attributed("County Sheriff Tom Harlan said that “the gang is voluntary.”") == [("Tom Harlan", "the gang is voluntary.")]
    # near miss: a county named as a body stays the body
    assert attributed("Brevard County said that “the gang is voluntary.”") == [("Brevard County", "the gang is voluntary.")]


def test_a_papers_short_name_and_the_site_are_the_outlet_named_in_full():
    body = "The Harbor Gazette is owned by Corvane. “We cover the city,” the Gazette announced. “We are independent,” the site added."
    assert attributed(body) == [("Harbor Gazette", "We cover the city,"), ("Harbor Gazette", "We are independent,")]
    # near miss: a person whose surname is a paper's word stays the person
    body = "Tom Post came to the meeting. “We cover the city,” Post said."
    assert attributed(body) == [("Tom Post", "We cover the city,")]


def test_she_may_be_the_one_named_last_whose_given_name_tells_nothing():
    body = (
        "Minister Helen Ward unveiled the housing plan on Monday. “It will hurt tenants,” Robin Pike, director of the group "
        "Fair Homes, said in a statement. “These rules are cruel,” she continued."
    )
    assert attributed(body) == [("Robin Pike", "It will hurt tenants,"), ("Robin Pike", "These rules are cruel,")]
    body = (
        "“Tenants need help,” said Helen Ward, a director at Fair Homes. Head of the Union of Tenants Sage Keller also "
        "condemned the plan. “This plan abandons renters,” she said."
    )
    assert attributed(body) == [("Helen Ward", "Tenants need help,"), ("Sage Keller", "This plan abandons renters,")]
    # near misses: a man's given name or title after the woman does not make him "she"
    body = (
        "“Tenants need help,” said Helen Ward, a director at Fair Homes. Head of the Union of Tenants Gregory Keller also "
        "condemned the plan. “This plan abandons renters,” she said."
    )
    assert attributed(body) == [("Helen Ward", "Tenants need help,"), ("Helen Ward", "This plan abandons renters,")]
    body = (
        "Minister Helen Ward unveiled the housing plan on Monday. “It will hurt tenants,” Mr. Robin Pike, director of the "
        "group Fair Homes, said. “These rules are cruel,” she continued."
    )
    assert attributed(body) == [("Robin Pike", "It will hurt tenants,"), ("Helen Ward", "These rules are cruel,")]
    body = "Minister Helen Ward opened the talks on Monday. “We will see,” said Bogdan Ilic, the trade envoy. “It is a good start,” she said."
    assert attributed(body) == [("Bogdan Ilic", "We will see,"), ("Helen Ward", "It is a good start,")]


def test_she_is_one_whose_given_name_most_bearers_are_women():
    body = "Tiffany Moss met Governor Dale Price on Monday. Price praised the plan. “It is a good start,” she said."
    assert attributed(body) == [("Tiffany Moss", "It is a good start,")]
    # near miss: a given name men and women bear tells nothing ("Robin"), and a man's name in -a tells a man
    body = "Robin Moss met Governor Dale Price on Monday. Price praised the plan. “It is a good start,” she said."
    assert attributed(body) == [("Dale Price", "It is a good start,")]
    body = "Governor Helen Price opened the summit on Monday. Narendra Rao, the trade minister, spoke next. “It is a good start,” she said."
    assert attributed(body) == [("Helen Price", "It is a good start,")]
    body = "Governor Helen Price opened the summit on Monday. Alessandra Rao, the trade minister, spoke next. “It is a good start,” she said."
    assert attributed(body) == [("Alessandra Rao", "It is a good start,")]


def test_said_x_opening_a_sentence_before_a_colon_is_xs_cue():
    body = "Sam Kowal, a party consultant, was less sure. Said Kowal: “It was a very odd year in the state.”"
    assert attributed(body) == [("Sam Kowal", "It was a very odd year in the state.")]
    body = "The rally was loud. Added Sam Kowal, a party consultant: “It was a very odd year in the state.”"
    assert attributed(body) == [("Sam Kowal", "It was a very odd year in the state.")]
    # near miss: "Said" as the given name of one named so before stays his name
    body = "Said Jilani, the party chairman, met voters on Monday. Said Jilani said: “We will win.”"
    assert attributed(body) == [("Said Jilani", "We will win.")]


def test_former_and_a_capitalised_title_before_the_name_after_the_quote():
    body = "“We must keep the pressure on the militias,” former Secretary of Defense Tom Reyes said in an interview."
    assert attributed(body) == [("Tom Reyes", "We must keep the pressure on the militias,")]
    body = "“We must keep the pressure on the militias,” former Defense Secretary Tom Reyes told reporters."
    assert attributed(body) == [("Tom Reyes", "We must keep the pressure on the militias,")]
    # near miss: former members of a body named are no one person
    body = "“We must keep the pressure on the militias,” former colleagues of Tom Reyes said."
    assert attributed(body) == []


def test_a_descriptor_before_a_bodys_name_after_the_quote():
    body = "“Schools failed the survivors,” the anti-poverty advocacy group Fair Courts said in a statement."
    assert attributed_with_kinds(body) == [("Fair Courts", "organization", "Schools failed the survivors,")]
    body = "“Schools failed the survivors,” the conservative think tank Ledger Institute said."
    assert attributed(body) == [("Ledger Institute", "Schools failed the survivors,")]
    # near miss: members of a body named are not the body's statement
    body = "“Schools failed the survivors,” members of the group Ledger Watch said."
    assert attributed(body) == []


def test_a_body_named_as_a_slogan_of_common_words():
    body = "“Rents should be capped for every family,” Speak Up Now noted."
    assert attributed_with_kinds(body) == [("Speak Up Now", "organization", "Rents should be capped for every family,")]
    body = "“Rents should be capped,” the tenants’ organization Know Your Lease said in a statement."
    assert attributed_with_kinds(body) == [("Know Your Lease", "organization", "Rents should be capped,")]
    # near miss: the founder of a body so named speaks for himself
    body = "“Rents should be capped,” Speak Up Now founder Tom Reyes said."
    assert attributed(body) == [("Tom Reyes", "Rents should be capped,")]


def test_a_post_in_a_body_whose_letters_are_a_slogans_word_then_a_person_is_the_person():
    # "NOW" (a body's letters) reads as the slogan word "Now": the person after the post speaks, named without it
    body = "“Rents should be capped,” Velden NOW President Maria Morel said in a written statement."
    assert attributed_with_kinds(body) == [("Maria Morel", "person", "Rents should be capped,")]
    # near miss: a slogan of common words whose last two read like a name stays the body
    body = "“Rents should be capped,” Stand Up To Racism said."
    assert attributed_with_kinds(body) == [("Stand Up To Racism", "organization", "Rents should be capped,")]


def test_a_note_number_glued_to_a_name_is_no_part_of_it():
    body = "“The science is far from settled,” said Paul Bernstein54. The lobby had paid the Reason Policy Institute62 for it."
    assert attributed(body) == [("Paul Bernstein", "The science is far from settled,")]
    body = "“The science is far from settled,” Bernstein54 wrote."
    assert attributed(body) == [("Bernstein", "The science is far from settled,")]
    body = "Paul Bernstein54 of the Marshall Institute55 told a meeting that the science was “far from settled.”"
    assert attributed(body) == [("Paul Bernstein", "far from settled.")]
    # near miss: a meeting's or a group's number in capitals stays ("the COP26 president", "G20 leaders": no one named)
    body = "“The summit must deliver,” the COP26 president said. “We are ready,” G20 leaders said."
    assert attributed(body) == []


def test_a_part_of_a_document_or_a_papers_piece_is_nobody():
    body = "Tom Hale demanded that the report’s Executive Summary state that the results were “quite uncertain”."
    assert attributed(body) == []
    body = "In a 1996 Ledger Journal Op Ed, Fred Seitz accused the panel of working to “deceive policy makers.”"
    assert attributed(body) == [("Fred Seitz", "deceive policy makers.")]
    # near miss: a body whose name ends in a word of documents stays the body
    body = "The Ledger Summary Group said the results were “quite uncertain”."
    assert attributed(body) == [("Ledger Summary Group", "quite uncertain")]


def test_a_dash_credit_under_a_quote_with_a_role_or_a_tail():
    body = "“Only about twenty of us are doing this.”\n\n—Tom Hale talking to Ledger Science, June, 2012."
    assert attributed(body) == [("Tom Hale", "Only about twenty of us are doing this.")]
    body = "“We were trained to do science.”—climate scientist Jo Marsh: February 2010"
    assert attributed(body) == [("Jo Marsh", "We were trained to do science.")]
    # near miss: a line that opens with a dash inside a sentence credits nobody
    body = "“We were trained to do science.”\n\n— 127 members — of the Ledger caucus deny the findings."
    assert attributed(body) == []


def test_a_bodys_name_ending_the_sentence_after_the_cue_leaves_the_stop():
    body = "“Tenants need help,” said the Ledger Foundation. The mayor agreed."
    assert attributed(body) == [("Ledger Foundation", "Tenants need help,")]
    # near miss: an abbreviation's stop stays where it belongs ("U.S."), and a legal form is no part of the name
    body = "“Prices rose,” said Acme Inc. The mayor agreed."
    assert attributed(body) == [("Acme", "Prices rose,")]


def test_a_roundups_kicker_in_capitals_is_no_speaker_heading():
    body = "Schools reopened.\n\n## BACK TO WORK: NORLAND\n\nIn Norland schools, new norms are aplenty.\n\n“We cannot protect the kids.”"
    assert attributed(body) == []
    # near miss: a name heading over a quote collection still governs the quote below it
    body = "Quotes.\n\n## Anna Lind:\n\n“We cannot protect the kids.”"
    assert attributed(body) == [("Anna Lind", "We cannot protect the kids.")]


def test_a_report_after_a_possessive_and_an_adjective_is_a_noun_not_the_cue():
    body = "Homeway acknowledged in its annual report that “fraudsters have created fake accounts.”"
    assert attributed(body) == [("Homeway", "fraudsters have created fake accounts.")]
    # near miss: a verb of reporting after its subject still reports
    body = "The Ostland Times reported that the firm was “in trouble.”"
    assert attributed(body) == [("Ostland Times", "in trouble.")]


def test_the_teacher_or_the_nurse_is_the_one_just_introduced_so():
    body = "Tom Reyes, a teacher at the school, stayed home. “We have nothing left,” the teacher said."
    assert attributed(body) == [("Tom Reyes", "We have nothing left,")]
    # near miss: a teacher nobody named is an unnamed source
    body = "The school reopened on Monday. “We have nothing left,” the teacher said."
    assert attributed(body) == []


def test_a_relative_named_by_a_given_name_after_the_cue_and_he_after_her():
    body = (
        "The town has changed.\n\nOmar Kibet found himself without work in 2016.\n\n“He used to buy us shoes,” recalled his wife, Neema. “Things are different now.”\n\n"
        "“I used to take care of my family,” he said."
    )
    assert attributed(body) == [
        ("Neema", "He used to buy us shoes,"),
        ("Neema", "Things are different now."),
        ("Omar Kibet", "I used to take care of my family,"),
    ]
    # near miss: a place after a relative's noun names nobody
    body = "Omar Kibet lost his job.\n\n“He used to buy us shoes,” said his son, Kenya."
    assert attributed(body) == []


def test_a_relative_named_before_the_cue_after_the_quote():
    body = "The wall fell in July.\n\n“He was asleep in our house,” his 55-year-old father Ravi Dorje told the Ledger."
    assert attributed(body) == [("Ravi Dorje", "He was asleep in our house,")]
    body = "The wall fell in July.\n\n“We lost everything,” her husband Tomas Velde said."
    assert attributed(body) == [("Tomas Velde", "We lost everything,")]
    # near miss: one's relative named by nobody stays unnamed
    body = "The wall fell in July.\n\n“We lost everything,” her husband said."
    assert attributed(body) == []


def test_a_question_with_asks_and_a_name_after_it():
    body = "The wall fell in July.\n\n“Who will pay for this?” asks Leela Varma of the Centre for Housing Rights."
    assert attributed(body) == [("Leela Varma", "Who will pay for this?")]
    # near miss: asking a body for something names no speaker
    body = "The wall fell in July.\n\n“Who will pay for this?” asked Congress in a letter."
    assert attributed(body) == []


def test_a_name_after_to_is_an_object_not_the_next_he():
    body = (
        "The Ostland Party leader Viktor Amsel spoke on Monday.\n\n"
        "The party leader said the meeting was held at a house allocated to Mira Sandoval. "
        "“This is against the law,” he said."
    )
    assert attributed(body) == [("Viktor Amsel", "This is against the law,")]
    # near miss: "According to X" makes X the one who speaks
    body = "The town was dark.\n\nAccording to Mira Sandoval, 34, trade grew. “Nothing can harm us where there is light,” she said."
    assert attributed(body) == [("Mira Sandoval", "Nothing can harm us where there is light,")]


def test_a_daughter_named_in_a_caption_is_no_later_he():
    body = (
        "The wall fell in July.\n\nAnil Korde lost his house. “It took five minutes,” Korde recalls.\n\n"
        "Anil Korde showing a picture of his daughter Asha who died in the collapse.\n\n"
        "“She was sleeping next to me,” he says."
    )
    assert attributed(body) == [("Anil Korde", "It took five minutes,"), ("Anil Korde", "She was sleeping next to me,")]


def test_a_newspapers_name_ending_in_its_kind_is_an_outlet_and_the_short_name_is_the_same_one():
    body = (
        "The Harbor Standard launched in 2014. It carries stories about charity drives.\n\n"
        "Ledger Oil presents the Standard as an investment. The firm running the Standard wrote, “This site would tell the stories.”"
    )
    found = attributed(body)
    assert found == [("Harbor Standard", "This site would tell the stories.")]
    # near miss: a person's surname that is no newspaper's word stays a person
    body = "Tom Standish spoke in 2014.\n\n“This site would tell the stories,” Standish wrote."
    assert attributed(body) == [("Tom Standish", "This site would tell the stories,")]


def test_a_name_after_on_is_no_later_she():
    body = "Kathy booked a flat.\n\nKathy looked up the address on Google Maps. She saw a vacant lot. “Please refund my money,” she recalled telling the host."
    assert attributed(body) == [("Kathy", "Please refund my money,")]


def test_one_s_response_was_then_a_colon_and_the_words():
    body = "The ministry protested.\n\nChang Hua’s response was swift: “I suggest that you read the news carefully.”"
    assert attributed(body) == [("Chang Hua", "I suggest that you read the news carefully.")]
    # near miss: a market's response names no speaker
    body = "Chang Hua is the Chinese ambassador to Iran.\n\nThe market’s response was swift: “a crash”, one trader said."
    assert attributed(body) == []


def test_a_speech_act_named_by_a_noun_after_a_light_verb():
    body = "The storm hit on Sunday.\n\nMara Velsen offered a tribute to “the women who spoke up first.”"
    assert attributed(body) == [("Mara Velsen", "the women who spoke up first.")]
    body = "The storm hit on Sunday.\n\nTom Reyes paid tribute to “the crews who worked all night.”"
    assert attributed(body) == [("Tom Reyes", "the crews who worked all night.")]
    body = "The storm hit on Sunday.\n\nThe Harbour Board issued a warning that “the sea wall will not hold.”"
    assert attributed(body) == [("Harbour Board", "the sea wall will not hold.")]
    # near miss: a tribute paid to a title names the title, not words said
    body = "The storm hit on Sunday.\n\nTom Reyes paid for the crews' meals."
    assert attributed(body) == []


def test_hit_back_is_a_verb_after_a_name():
    body = (
        "Boris Lane spoke first. “It is wrong,” he said.\n\n"
        "The shadow business secretary, Chuka Omondi, also hit back at accusations from the government.\n\n"
        "“The bonus framework was not set by us,” he said."
    )
    assert attributed(body) == [("Boris Lane", "It is wrong,"), ("Chuka Omondi", "The bonus framework was not set by us,")]


def test_a_party_adjective_before_a_members_full_name_is_no_part_of_the_name():
    body = "The bonus was paid.\n\nBut the Conservative Mark Fell, the MP for Eastgate, said: “It is easy to kick him.”"
    assert attributed(body) == [("Mark Fell", "It is easy to kick him.")]
    # near miss: the party alone, and its spokesman, are the party's
    body = "The bonus was paid.\n\nA Liberal Democrat spokesman said: “The Government will not improve its record.”"
    assert attributed(body) == [("Liberal Democrat", "The Government will not improve its record.")]


def test_the_congressman_is_the_representative_named_before():
    body = "Representative Todd Arkin spoke in May.\n\nArkin released an advertisement. “Violence is an evil act,” the congressman said."
    assert attributed(body) == [("Todd Arkin", "Violence is an evil act,")]
    # near miss: a congressman the report never named stays unnamed
    body = "The vote was held in May.\n\n“Violence is an evil act,” the congressman said."
    assert attributed(body) == []


def test_one_a_relative_clause_makes_the_agent_is_the_next_he():
    body = (
        "Boris Lane spoke first. “It is wrong,” he said.\n\n"
        "The argument was undermined by the intervention of Lord Mynett, the former minister, who negotiated the deal.\n\n"
        "Earlier on Friday, he said: “There is nothing in the contract.”"
    )
    assert attributed(body) == [("Boris Lane", "It is wrong,"), ("Lord Mynett", "There is nothing in the contract.")]
    # near miss: a sentence whose own subject is "she" keeps her, whoever its relative clause names
    body = (
        "Virginia Hale spoke first. “It is wrong,” she said.\n\n"
        "She named the men: the scout Jean Brun and the professor Alan Dersh, who had represented him.\n\n"
        "She said: “I was very young at the time.”"
    )
    assert attributed(body) == [("Virginia Hale", "It is wrong,"), ("Virginia Hale", "I was very young at the time.")]


def test_it_said_after_a_joint_statement_is_every_signers():
    body = (
        "Rob Blount, the senator, spoke with Arkin. Then he helped organize a joint statement from himself and two former "
        "Ostland senators: Joan Ashby and Tim Tallis.\n\n“We do not believe it serves the national interest,” it said."
    )
    assert attributed(body) == [
        ("Rob Blount", "We do not believe it serves the national interest,"),
        ("Joan Ashby", "We do not believe it serves the national interest,"),
        ("Tim Tallis", "We do not believe it serves the national interest,"),
    ]
    # near miss: a statement that is no joint one stays its issuer's
    body = "The Ostland Party issued a statement.\n\n“We do not believe it serves the national interest,” it said."
    assert attributed(body) == [("Ostland Party", "We do not believe it serves the national interest,")]


def test_a_role_noun_with_a_qualifier_or_a_partys_acronym_before_it():
    lead = "Umar Dalami, the acting chairman, spoke on Monday. “We are united,” he said.\n\nAdolphus Wabe said the board met. “We are fine,” he said.\n\n"
    body = lead + "On the economy, the PDP Acting National Chairman said, “Nigerians are suffering.”"
    assert attributed(body)[-1] == ("Umar Dalami", "Nigerians are suffering.")
    body = lead + "On the economy, the acting chairman said, “Nigerians are suffering.”"
    assert attributed(body)[-1] == ("Umar Dalami", "Nigerians are suffering.")
    # near miss: an acronym before a body's noun is that body's name, not a role noun ("from the NSW Council")
    body = "Dr Lesley Lind from the NSW Council for Civil Liberties, said: “We accept that the Government must act.”"
    assert attributed(body) == [("Lesley Lind", "We accept that the Government must act.")]


def test_a_quote_after_but_goes_on_with_the_reported_speaker():
    body = "The vote was held.\n\nMr. Rothen said Mr. Arkin would have trouble raising money. But “more than anything else, we want to wait.”"
    assert attributed(body) == [("Mr. Rothen", "more than anything else, we want to wait.")]
    # near miss: a word other than a conjunction before the quote leaves it to its own reading
    body = "The vote was held.\n\nMr. Rothen said Mr. Arkin would have trouble raising money. Voters want “more than anything else, to wait.”"
    assert attributed(body) == []


def test_the_municipal_corporation_is_the_body_named_so_before():
    body = "The Ostland Municipal Corporation (OMC) has not paid the families.\n\nThe municipal corporation says it is working out ‘modalities’ before it pays."
    assert attributed(body) == [("Ostland Municipal Corporation", "modalities")]
    # near miss: a corporation the report never named is nobody
    body = "The families have not been paid.\n\nThe municipal corporation says it is working out ‘modalities’ before it pays."
    assert attributed(body) == []


def test_an_aside_between_dashes_after_the_name_after_a_quote():
    body = "The river rose.\n\n“We have nothing left,” Tomas Verhal – a fisherman – said."
    assert attributed(body) == [("Tomas Verhal", "We have nothing left,")]
    body = "The river rose.\n\n“The army was with them,” Charles Kolo – not his real name – who opposed the project, told us."
    assert attributed(body) == [("Charles Kolo", "The army was with them,")]
    # near miss: a dash that opens no aside names nobody new
    body = "The river rose.\n\n“We have nothing left,” – a fisherman said."
    assert attributed(body) == []


def test_the_organization_is_the_body_last_named():
    body = "The campaign ended.\n\nThe Ostland Energy Alliance said it had reviewed the data.\n\nThe organization said it had decided to stop “engaging in this type of solicitation” for now."
    assert attributed(body) == [("Ostland Energy Alliance", "engaging in this type of solicitation")]
    # near miss: an organization the report never named is nobody
    body = "The campaign ended.\n\nThe organization said it had decided to stop “engaging in this type of solicitation” for now."
    assert attributed(body) == []


def test_her_words_before_a_colon_are_the_person_spoken_of_last():
    body = (
        "In her talk, Mrs. Dayo Kuti offered tips to young mothers.\n\n"
        "Her words: “Do not let the status of your husbands get into your heads.”\n\n"
        "Then Tobi Ajayi spoke. In his own words: “We must plan.”"
    )
    assert attributed(body) == [("Dayo Kuti", "Do not let the status of your husbands get into your heads."), ("Tobi Ajayi", "We must plan.")]


def test_words_of_a_group_before_a_colon_name_nobody():
    assert attributed("Tobi Ajayi chaired the panel.\n\nThe panel's words: “We must plan.”") == []


def test_a_person_of_a_body_named_in_one_word_is_the_person():
    body = "“The spill is far from over,” said Nora Quist of Oxfam. Ivan Petrov of Gazprom said the deal was “done”."
    assert attributed(body) == [("Nora Quist", "The spill is far from over,"), ("Ivan Petrov", "done")]


def test_a_title_of_a_place_is_not_cut_to_the_title_as_a_name_is():
    assert all(name != "Duke" for name, _ in attributed("“The bridge will reopen,” said the Duke of Edinburgh."))


def test_a_cue_after_the_quote_in_the_perfect_or_the_progressive_is_a_cue():
    body = (
        "Karim Lutz runs the shelter. “We have not seen the end,” he has said. "
        "“The camp is a prison,” Lutz was saying. “Nobody listens,” he had long argued."
    )
    assert attributed(body) == [
        ("Karim Lutz", "We have not seen the end,"),
        ("Karim Lutz", "The camp is a prison,"),
        ("Karim Lutz", "Nobody listens,"),
    ]


def test_a_progressive_after_the_quote_that_takes_an_object_or_is_passive_is_no_cue():
    body = "Karim Lutz runs the shelter. “We have not seen the end.” He was referring to the war. “Nobody listens,” he was told."
    assert ("Karim Lutz", "Nobody listens,") not in attributed(body)
    assert len(attributed(body)) <= 1


def test_a_person_brought_in_by_a_description_named_so_is_the_speaker():
    body = (
        "“We need help,” a volunteer named Sara Conti told me. "
        "“The police come at night,” said a 20-year-old student named Omar Deng, who asked for his town not to be named."
    )
    assert attributed(body) == [("Sara Conti", "We need help,"), ("Omar Deng", "The police come at night,")]


def test_hon_and_other_titles_of_the_genre_are_no_part_of_the_name():
    body = (
        "“Prayer is key to a happy home,” Hon. Tunde Adeyemo said. “We are grateful,” said Otunba Gbenga Dada. "
        "Engr. Musa Bala said the road was “almost done”."
    )
    assert attributed(body) == [
        ("Tunde Adeyemo", "Prayer is key to a happy home,"),
        ("Gbenga Dada", "We are grateful,"),
        ("Musa Bala", "almost done"),
    ]


def test_a_surname_that_is_a_title_elsewhere_stays_a_surname():
    assert attributed("“It was a hit piece,” said Bob Barr.") == [("Bob Barr", "It was a hit piece,")]


def test_a_regulation_or_an_agreement_is_no_person_a_later_he_can_mean():
    body = (
        "Karim Haddad wanted to reach Germany. He hoped he would not have an issue with the Dublin Regulation. "
        "“People will think I’m younger,” he said with a sad laugh."
    )
    assert attributed(body) == [("Karim Haddad", "People will think I’m younger,")]


def test_a_commission_on_a_subject_is_a_body_with_its_whole_name():
    body = (
        "The president set up a National Commission on the Harbour Spill. "
        "The National Commission on the Harbour Spill concluded that the blast could “be traced to a series of mistakes.”"
    )
    assert attributed(body) == [("National Commission on the Harbour Spill", "be traced to a series of mistakes.")]


def test_a_commissioner_for_a_subject_stays_a_title():
    assert all(name != "Commissioner for Human Rights" for name, _ in attributed("The Commissioner for Human Rights said it was “a grave step”."))


def test_a_relative_named_after_a_possessive_is_the_she_that_follows():
    body = (
        "Walid is five. Walid’s mother Hindia says her family has struggled to buy food. “I told my husband that the boy was hungry,” she explains."
    )
    assert attributed(body) == [("Hindia", "I told my husband that the boy was hungry,")]


def test_quoted_paragraphs_after_according_to_her_go_on_with_her():
    body = (
        "“Prayer is key to a happy marriage,” Mr. Tunde Bello said.\n\n"
        "Mrs. Ronke Dada, a paediatric nurse, delivered the first lecture.\n\n"
        "According to her, toddlers are prone to head bumps while growing.\n\n"
        "“Such a bump may be minor or serious. So, we need to take care of our babies.”"
    )
    assert attributed(body)[-1] == ("Ronke Dada", "Such a bump may be minor or serious. So, we need to take care of our babies.")


def test_a_talk_between_the_subject_and_its_verb_hides_no_subject():
    body = (
        "“Prayer is key to a happy marriage,” Mr. Tunde Bello said.\n\n"
        "Mrs. Ronke Dada in her lecture urged mothers not to joke with fertility.\n\n"
        "“Women alone are not responsible,” she said."
    )
    assert attributed(body)[-1] == ("Ronke Dada", "Women alone are not responsible,")


def test_she_is_never_a_man_the_report_called_mr():
    body = (
        "“Prayer is key to a happy marriage,” Mr. Tunde Bello said.\n\n"
        "Mrs. Ronke Dada in her talk, which centred on how to raise children, told mothers not to joke.\n\n"
        "“Women alone are not responsible,” she said."
    )
    assert ("Tunde Bello", "Women alone are not responsible,") not in attributed(body)


def test_a_noun_of_saying_names_its_owner_or_agent_as_the_speaker():
    body = (
        "Most jarring was the August 4, 2019 comment by Ann Weller, then the minister’s adviser, that “most of the oil is gone.” "
        "Hopes were not dimmed by Norlink’s December announcement that it would stop work because of a “number of problems.” "
        "Sharks swam in oily water, prompting Rita Okoye of the University of Lagos to observe that, “The sharks are in trouble.”"
    )
    assert attributed(body) == [
        ("Ann Weller", "most of the oil is gone."),
        ("Norlink", "number of problems."),
        ("Rita Okoye", "The sharks are in trouble."),
    ]


def test_a_noun_of_saying_in_an_earlier_sentence_governs_no_quote():
    body = "Ann Weller’s announcement that the oil was gone came in May. The beaches were called “a mess” by then."
    assert attributed(body) == []


def test_a_league_is_a_body_no_he_can_mean():
    body = (
        "In an interview, Omar Hadi, the son of Prime Minister Lina Hadi, said his mother offered condolences.\n\n"
        '"We are walking a fine line," said Hadi, a consultant for the ruling party, the Zamani League. "We are no atheists," he said.'
    )
    assert attributed(body) == [("Omar Hadi", "We are walking a fine line,"), ("Omar Hadi", "We are no atheists,")]


def test_a_person_named_as_an_example_at_a_sentence_end_is_the_next_he():
    body = (
        "Ken Fane, who runs the fund, asserted that the bay will achieve “full recovery by 2012.”\n\n"
        "It is a claim given little credence by researchers such as Ian Moore.\n\n"
        "“The bay is not all better now,” he has said."
    )
    assert attributed(body)[-1] == ("Ian Moore", "The bay is not all better now,")


def test_a_name_inside_a_sentence_after_like_is_not_the_next_he():
    body = (
        "Ken Fane, who runs the fund, asserted that the bay will achieve “full recovery by 2012.”\n\n"
        "Scientists like Ian Moore doubt it, but the fund does not.\n\n"
        "“The bay is not all better now,” he has said."
    )
    assert attributed(body)[-1] != ("Ian Moore", "The bay is not all better now,")


def test_his_or_its_spokesman_opening_a_sentence_speaks_for_the_body_or_the_one_meant():
    body = (
        "The Ostland Treasury would not say how many would be helped. Last night it denied a change of policy. "
        "His official spokesman said: “We are listening to the arguments.”"
    )
    assert attributed(body) == [("Ostland Treasury", "We are listening to the arguments.")]
    body = "Otto Brandt flew to Narvik on Monday. His spokesman said: “The minister is confident of a deal.”"
    assert attributed(body) == [("Otto Brandt", "The minister is confident of a deal.")]
    # near miss: "A spokesman" after a sentence about a person speaks for nobody named
    body = "Otto Brandt flew to Narvik on Monday. A spokesman said: “The minister is confident of a deal.”"
    assert attributed(body) == []


def test_a_preposition_ending_an_opening_clause_governs_no_name_after_its_comma():
    lead = "Tamsin Kerr runs the watchdog. "
    body = lead + "When she wants to know what the firm is up to, Kerr says, “I read the shipping records.”"
    assert attributed(body) == [("Tamsin Kerr", "I read the shipping records.")]
    body = lead + "When she wants to know what is going on, Kerr says, “I read the shipping records.”"
    assert attributed(body) == [("Tamsin Kerr", "I read the shipping records.")]
    # near miss: a name right after its preposition is still governed, no subject
    assert attributed(lead + "A letter to Otto Brandt says the firm was “reckless”.") == []


def test_a_broadcasters_number_is_part_of_its_name():
    body = (
        "France 24 reported that the talks had been “tense”. "
        "The Narvian News 2 reported that they were “over”. "
        "Channel 4 News said the envoy had been “furious”."
    )
    assert attributed_with_kinds(body) == [
        ("France 24", "outlet", "tense"),
        ("Narvian News 2", "outlet", "over"),
        ("Channel 4 News", "outlet", "furious"),
    ]
    # near miss: a count after a place is no part of its name ("France 24 people"), and the speaker stays the person
    assert attributed("Otto Brandt said that in France 24 people had been “detained”.") == [("Otto Brandt", "detained")]


def test_a_participle_after_comma_and_is_the_main_clauses_not_the_name_before_it():
    body = (
        "Otto Brandt told viewers the plan was dead, later drawing comparisons between the banks and the Mafia, "
        "and suggesting that the firms were “a cartel”."
    )
    assert attributed(body) == [("Otto Brandt", "a cartel")]
    # near miss: a participle with its own subject after "with" is that subject's
    assert attributed("Otto Brandt met the envoys, with Kira Lind saying the talks were “useful”.") == [("Kira Lind", "useful")]


def test_words_after_the_object_of_what_someone_was_doing_by_an_according_to_source_are_the_sources():
    body = "According to Yuri Balan, an expert witness, Olaf Strand was calling for an attack on the mayor, “and, in that sense, for violence.”"
    assert attributed(body) == [("Yuri Balan", "and, in that sense, for violence.")]
    # near miss: the words that are the verb's own object stay with its subject
    body = "According to Yuri Balan, Olaf Strand was calling for “an immediate ceasefire” at the summit."
    assert attributed(body) == [("Olaf Strand", "an immediate ceasefire")]


def test_a_verb_of_denying_in_the_marks_is_the_subjects_before_it():
    lead = "The union raised the complaints with Brindle Logistics. "
    body = lead + "Brindle Logistics senior staff in Canada “strongly refuted” allegations of poor care."
    assert attributed(body) == [("Brindle Logistics", "strongly refuted")]
    assert attributed(lead + "Otto Brandt “flatly denied” any wrongdoing.") == [("Otto Brandt", "flatly denied")]
    # near misses: a manner that is no verb of saying, after a possessive; and "they" the passage never names as speakers
    assert attributed(lead + "The company's “strongly worded” reply came a week later.") == []
    assert attributed(lead + "When the union met senior staff, they “strongly refuted” the allegations.") == []


def test_an_epithet_after_the_quote_is_the_person_the_passage_is_about():
    body = "Adut Adak is in her mid-twenties and has five children.\n\n“I would like my children to go to school,” the young mother explained."
    assert attributed(body) == [("Adut Adak", "I would like my children to go to school,")]


def test_a_bare_man_after_the_quote_is_no_epithet():
    body = "Tom Reyes runs the camp.\n\n“We are hungry,” the man said."
    assert attributed(body) == []


def test_a_person_a_sentence_ends_by_describing_is_the_he_that_opens_the_next():
    body = (
        "The town was quiet. On my last afternoon, I bumped into Karim, a 22-year-old student I had met in Rome. "
        "He came to Europe because he wanted a better life. “I was a refugee in my own country,” he said."
    )
    assert attributed(body) == [("Karim", "I was a refugee in my own country,")]


def test_a_place_a_sentence_ends_on_is_no_he():
    body = (
        "The town was quiet. On my last afternoon, I walked to Ostrava, a city I had never seen. "
        "He came to Europe because he wanted a better life. “It is a pity we came late,” he said."
    )
    assert attributed(body) == []


def test_a_question_put_to_someone_and_introduced_by_a_colon_is_the_askers():
    body = "In March, Senator Dace Orrin asked Director Pell Hasken, at a public hearing: “Does the office keep records?”"
    assert attributed(body) == [("Dace Orrin", "Does the office keep records?")]
    # near miss: a weak verb far from a quote that no colon introduces governs nothing
    body = "In March, Senator Dace Orrin asked Director Pell Hasken about the files at a public hearing, “a quiet affair.”"
    assert attributed(body) == []


def test_a_chamber_of_commerce_is_a_body_by_its_whole_name():
    body = "Firms are worried. “We call on both sides to seek a solution,” the Danish Chamber of Commerce said."
    assert attributed(body) == [("Danish Chamber of Commerce", "We call on both sides to seek a solution,")]


def test_a_statistic_by_its_letters_is_nobody_it_can_mean():
    lead = "Yields rose ahead of the testimony. January CPI is due tomorrow. "
    assert attributed(lead + "“We call on both sides to seek a solution,” it says in a statement.") == []
    # near miss: a body by its letters is the "it"
    lead = "Yields rose ahead of the testimony. The IMF is due to report tomorrow. "
    assert attributed(lead + "“We call on both sides to seek a solution,” it says in a statement.") == [
        ("IMF", "We call on both sides to seek a solution,")
    ]


def test_recognized_that_before_a_quote_is_a_cue():
    body = "Nora Quist studies energy. Quist recognized that federal tax credits have “helped drive early deployment” of wind."
    assert attributed(body) == [("Nora Quist", "helped drive early deployment")]
    # near misses: recognising a thing, or a call on others to recognise, is not the recogniser's words
    body = "Nora Quist studies energy. The court recognises Quist's “legitimate claim” to the land."
    assert attributed(body) == []
    body = "Amnesty International called on the government to recognise that torture is “still a persistent problem” there."
    assert attributed(body) == [("Amnesty International", "still a persistent problem")]


def test_states_before_the_sentences_own_verb_is_the_noun():
    lead = "Rep. Mary Holt spoke to reporters on Monday. "
    body = lead + "Holt said that the structure of rural states has “a regulatory structure that allows businesses to advance.”"
    assert attributed(body) == [("Mary Holt", "a regulatory structure that allows businesses to advance.")]
    body = lead + "Holt argued that growth is rooted in the rules of red states, which have led to “a regulatory structure that works.”"
    assert attributed(body) == [("Mary Holt", "a regulatory structure that works.")]
    # near miss: the verb "states" of a document keeps its subject
    body = lead + "The charter of the council states that “no member may serve two terms in a row.”"
    assert [speaker for speaker, _ in attributed(body)] != ["Mary Holt"]


QUIST_SPEAKS = (
    "Markets grew fast, Nora Quist, director of the Lakeside Energy Center, told reporters. “Wind is built where it is windy,” Quist said.\n\n"
)


def test_the_source_a_sentence_of_paraphrase_names_last_is_the_next_she():
    body = (
        QUIST_SPEAKS
        + "For Kansas, the growth has also meant benefits, Rep. Mary Holt said.\n\nThat growth, she said, also spurs “new jobs in the towns.”"
    )
    assert attributed(body)[-1] == ("Mary Holt", "new jobs in the towns.")
    body = QUIST_SPEAKS + "For Kansas, the growth has meant benefits, according to Rep. Dana Holt (R-Kan.), who chairs the caucus.\n\n"
    assert attributed(body + "That growth, she said, also spurs “new jobs in the towns.”")[-1] == ("Dana Holt", "new jobs in the towns.")
    # near miss: a source that is no person named in full leaves the woman who spoke last
    body = QUIST_SPEAKS + "For Kansas, the growth has meant benefits, Kansas officials said.\n\nThat growth, she said, spurs “new jobs.”"
    assert attributed(body)[-1] == ("Nora Quist", "new jobs.")


def test_a_person_whose_given_name_tells_nothing_and_whom_the_text_calls_her_is_a_she():
    opening = QUIST_SPEAKS + "For Kansas, the growth has meant benefits, according to Rep. {} (R-Kan.), who chairs the caucus. "
    rest = "Her tenure coincides with the boom. When she was elected, half the power came from wind.\n\nThat growth, she said, spurs “new jobs.”"
    assert attributed(opening.format("Mariannette Holt") + rest)[-1] == ("Mariannette Holt", "new jobs.")
    # near miss: a man's given name says more than the pronoun after him
    assert attributed(opening.format("Tom Holt") + rest)[-1] == ("Nora Quist", "new jobs.")


def test_a_pronoun_in_a_clause_of_time_before_the_subject_is_not_the_subject():
    body = (
        "“It is very simple,” Rep. Dana Holt said.\n\n"
        "In the years since she wrote the 2018 column, Nora Quist said that the prominence of wind has only grown.\n\n"
        "“Wind is still dominant in red states,” she told reporters."
    )
    assert attributed(body)[-1] == ("Nora Quist", "Wind is still dominant in red states,")


def test_a_noun_in_ed_in_an_opening_participle_clause_is_no_verb():
    lead = "Renewable markets have emerged “even in places you would not expect,” Nora Quist, director of the Lakeside Energy Center, told reporters.\n\n"
    for noun in ("red", "hundred"):
        body = lead + f"Years earlier, noting the production in several {noun} states, she observed in a 2018 column that “farmers like wind a lot.”"
        assert attributed(body)[-1] == ("Nora Quist", "farmers like wind a lot."), noun


def test_a_quote_standing_alone_after_the_wires_paraphrase_is_its_sources():
    item = (
        "0848 ET - Trade uncertainty will weigh on the central bank, Harbor Research chief economist Tomas Vell says. "
        "The bank could face a price shock, he says in a note. If tariffs are imposed, rates will stay high, he says. "
        "“Much will depend on the whim of one man.”"
    )
    assert attributed(item) == [("Tomas Vell", "Much will depend on the whim of one man.")]
    assert attributed(item + " (anna.lee@example.com)") == [("Tomas Vell", "Much will depend on the whim of one man.")]
    # near miss: words after the quote that are no credit leave it in the writer's sentence
    assert attributed(item[: -len("“Much will depend on the whim of one man.”")] + "Much depends on “the whim of one man” now.") == []


def test_the_authors_after_two_named_writers_are_both():
    body = (
        "Columnist Ian Ford and Lena Park, founder of the data site GridWatch, studied the projects. Of the 51 largest, 43 were "
        "in rural districts, Ford and Park found.\n\n“Whichever way you slice the numbers, wind is a rural story,” the authors stated."
    )
    quote = "Whichever way you slice the numbers, wind is a rural story,"
    assert attributed(body) == [("Ian Ford", quote), ("Lena Park", quote)]


def test_with_a_named_person_and_an_apposition_before_a_participle():
    body = "Drop-outs have trebled, with Tom Hale, former Health Minister, describing the situation as a “crisis on campus.”"
    assert attributed(body) == [("Tom Hale", "crisis on campus.")]


def test_or_so_says_in_the_next_sentence_names_the_speaker():
    body = (
        "The opponents say the proponents help him by “fueling the publicity machine of the man.” "
        "Or so says Helen Price, a Conservative MP, who spoke against the motion."
    )
    assert attributed(body) == [("Helen Price", "fueling the publicity machine of the man.")]
    # near miss: "so" in the next sentence that names nobody speaking
    body = "The opponents say the proponents help him by “fueling the publicity machine of the man.” So the debate went on."
    assert attributed(body) == []


def test_a_verb_of_saying_after_a_modal_is_inside_the_clause_of_the_cue_before():
    body = "Labour lawmaker Paul Flint says Britain should respond to the remarks with “a hand of friendship to everyone.”"
    assert attributed(body) == [("Paul Flint", "a hand of friendship to everyone.")]
    # near miss: the modal's subject is the speaker's own pronoun
    body = "Paul Flint said he would describe the plan as “a disaster for the town.”"
    assert attributed(body) == [("Paul Flint", "a disaster for the town.")]


def test_a_generation_suffix_is_no_surname_and_she_is_none_of_the_men_named():
    body = (
        "Naz Shah, a Labour member, brings up the Rev. Martin Luther King Jr. who, she says, “deserves more recognition than anyone.” "
        "She says the way to win is to “challenge him with goodness.”"
    )
    assert attributed(body) == [("Naz Shah", "deserves more recognition than anyone."), ("Naz Shah", "challenge him with goodness.")]
    body = "“We will remember the silence of our friends,” said Martin Luther King Jr. in 1967."
    assert attributed(body) == [("Martin Luther King Jr.", "We will remember the silence of our friends,")]
    # near miss: a woman named by her name is still the "she"
    body = "Nora Vell brings up Tom Bright Jr., who, she says, “deserves more recognition than anyone.”"
    assert attributed(body) == [("Nora Vell", "deserves more recognition than anyone.")]


def test_a_framework_or_a_curriculum_is_a_document_no_he_can_mean():
    body = "The college is judged by the Teaching Excellence Framework. He says “there is always a worry at the back of your mind.”"
    assert attributed(body) == []


def test_a_quotations_last_paragraph_that_lost_its_opening_mark_is_the_speakers_and_the_quotation_goes_on():
    body = (
        "On his part, a former minister, Tayo Bello, said the loss was great.\n\n"
        "He said, “His departure is a huge loss to all of us.\n\n"
        "“I extend my condolences to the royal family.\n\n"
        "Through his wisdom, he made the stool a respected institution”.\n\n"
        "“Kabiyesi stood as a pillar of stability for all his people.”"
    )
    assert attributed(body) == [
        (
            "Tayo Bello",
            "His departure is a huge loss to all of us. I extend my condolences to the royal family. "
            "Through his wisdom, he made the stool a respected institution.",
        ),
        ("Tayo Bello", "Kabiyesi stood as a pillar of stability for all his people."),
    ]


def test_a_stray_closing_mark_after_a_closed_quotation_carries_nothing_on():
    # near miss: the quotation above is closed, so a paragraph ending on a stray closing mark is no tail of it
    body = (
        "Tayo Bello said, “His departure is a huge loss to all of us.”\n\n"
        "The chiefs agreed, and the crowd wept at the end of an era”.\n\n"
        "“Kabiyesi stood as a pillar of stability for all his people.”"
    )
    assert attributed(body) == [("Tayo Bello", "His departure is a huge loss to all of us.")]


def test_a_features_manner_of_speaking_next_to_the_words_is_a_cue():
    body = (
        "Marta Lind has run the bakery in Ostrava for twenty years.\n\n"
        "“We will manage somehow, as we always have,” she shrugs.\n\n"
        "“The winter was long and the flour was dear,” Marta Lind laughs.\n\n"
        "“People still want bread on Sunday mornings,” she reckons."
    )
    assert attributed(body) == [
        ("Marta Lind", "We will manage somehow, as we always have,"),
        ("Marta Lind", "The winter was long and the flour was dear,"),
        ("Marta Lind", "People still want bread on Sunday mornings,"),
    ]


def test_a_laugh_away_from_the_words_is_no_cue():
    # near miss: the manner verb is a weak cue, read only next to a quotation
    body = (
        "Marta Lind has run the bakery in Ostrava for twenty years.\n\n"
        "Marta Lind laughed for a while about the rumours, and then the inspectors posted “strict new rules for every bakery "
        "in town” on the door."
    )
    assert attributed(body) == []


def test_mrs_and_mr_of_one_surname_are_the_woman_and_the_man_the_report_named_in_full():
    body = (
        "The forum was a project of Mrs. Bisi Ade, a nurse and the wife of a former lawmaker, Hon. Tunde Ade.\n\n"
        "“Motherhood is full of joy, fear and anticipation,” Mrs. Ade said.\n\n"
        "“Prayer keeps a marriage going,” Mr. Ade said.\n\n"
        "“Our members testify to a smooth journey,” Mrs. Ade stated."
    )
    assert attributed(body) == [
        ("Bisi Ade", "Motherhood is full of joy, fear and anticipation,"),
        ("Tunde Ade", "Prayer keeps a marriage going,"),
        ("Bisi Ade", "Our members testify to a smooth journey,"),
    ]


def test_mrs_with_a_surname_only_one_person_bears_is_that_person():
    # near miss: one Ade named in full, so "Mrs. Ade" is her as before
    body = "The forum was a project of Mrs. Bisi Ade, a nurse.\n\n“Motherhood is full of joy,” Mrs. Ade said."
    assert attributed(body) == [("Bisi Ade", "Motherhood is full of joy,")]


def test_she_after_a_bare_surname_is_the_woman_the_report_named_in_full_with_it():
    body = (
        "“Motherhood is full of joy,” Mrs. Bisola Ade said.\n\n"
        "Mrs. Kemi Dada, a paediatric nurse, delivered the first lecture.\n\n"
        "Dada, who urged mothers to rest, frowned at self medication.\n\n"
        "According to her, toddlers are prone to head bumps while growing.\n\n"
        "“Such a bump may be minor or serious, so we must watch our babies closely.”"
    )
    assert attributed(body)[-1] == ("Kemi Dada", "Such a bump may be minor or serious, so we must watch our babies closely.")


def test_the_agency_is_the_one_body_its_paragraph_names():
    body = (
        "Aid groups are struggling to cope.\n\n"
        "A WFP operation in Kasai has been “financed mostly by internal borrowings and advances”, said the agency."
    )
    assert attributed(body) == [("WFP", "financed mostly by internal borrowings and advances")]


def test_the_agency_is_nobody_where_its_paragraph_names_two_bodies():
    # near miss: two bodies the noun could mean
    body = (
        "Aid groups are struggling to cope.\n\n"
        "A WFP operation in Kasai run with UNICEF has been “financed mostly by internal borrowings and advances”, said the agency."
    )
    assert attributed(body) == []


def test_an_inverted_epithet_is_the_person_the_passage_is_about():
    body = "Adut Adak is in her mid-twenties and has five children.\n\n“I would like my children to go to school,” said the young mother."
    assert attributed(body) == [("Adut Adak", "I would like my children to go to school,")]


def test_an_inverted_epithet_is_the_whole_noun_not_a_shorter_one_it_opens_with():
    # "widower" opens with "widow": the epithet is the man's; "manager" is no "man", and a "widow" stays hers
    body = "Jonas Pirk lost his home in the flood. “We had nowhere to go,” said the grieving widower."
    assert attributed(body) == [("Jonas Pirk", "We had nowhere to go,")]
    body = "Jonas Pirk lost his home in the flood, and so did his neighbour, Mrs Hanna Lott. “We had nowhere to go,” said the elderly widower."
    assert attributed(body) == [("Jonas Pirk", "We had nowhere to go,")]
    body = "Jonas Pirk lost his home in the flood, and so did his neighbour, Mrs Hanna Lott. “We had nowhere to go,” said the elderly widow."
    assert attributed(body) == [("Hanna Lott", "We had nowhere to go,")]
    assert attributed("Jonas Pirk lost his home in the flood. “We had nowhere to go,” said the old manager.") == []


def test_the_lawmaker_is_the_senator_the_passage_is_about():
    body = (
        "Senator Paul Verhoek has served in the chamber for thirty years. He opposed the bill from the start.\n\n"
        "“This bill will not pass while I sit here,” said the veteran lawmaker."
    )
    assert attributed(body) == [("Paul Verhoek", "This bill will not pass while I sit here,")]


def test_an_inverted_bare_noun_or_an_indefinite_lawmaker_is_nobody():
    # near misses: journalism's unnamed sources
    assert attributed("Tom Reyes runs the camp.\n\n“We are hungry,” said the man.") == []
    body = "Senator Paul Verhoek opposed the bill from the start.\n\n“This bill will not pass,” said a veteran lawmaker."
    assert attributed(body) == []


def test_an_inverted_cue_closing_a_paraphrase_names_the_next_she():
    body = (
        "Lee Park, 43, wrote eight books. His blog reflected a belief in debate, said his stepdaughter, Mina Cho, 18.\n\n"
        "“My dad was building a community,” she said."
    )
    assert attributed(body) == [("Mina Cho", "My dad was building a community,")]
    body = (
        "Lee Park wrote eight books.\n\n"
        "The party's ambition is to win by 2029, confirms Mina Cho, a member of its board. Membership should be easier "
        "“since it is a political decision” she says."
    )
    assert attributed(body) == [("Mina Cho", "since it is a political decision")]


def test_a_cue_whose_object_names_someone_after_the_comma_is_no_closing_cue():
    # near miss: "said Tom Reyes had failed" is the subject's verb and its object, not an inverted cue
    body = (
        "Oskar Lind, the opposition leader, said Tom Reyes had failed to live up to his promises on pay.\n\n"
        "“It's a disgraceful failure of leadership,” he said."
    )
    assert attributed(body) == [("Oskar Lind", "It's a disgraceful failure of leadership,")]


def test_a_live_blog_entry_heading_that_quotes_its_named_speaker_with_a_cue_is_their_statement():
    body = (
        "## Harbour mayor Jane Roskill says town 'will not bow to thugs'\n\n"
        'Harbour mayor Jane Roskill has said the town "will not bow to thugs" after a night of unrest.\n\n'
        "## Fishers Union warns of 'dark days' for the coast\n\n"
        "The union said its members were worried about the new quotas.\n"
    )
    assert attributed(body) == [
        ("Jane Roskill", "will not bow to thugs"),  # the heading's span, and the entry's own below it
        ("Jane Roskill", "will not bow to thugs"),
        ("Fishers Union", "dark days"),
    ]


def test_an_entry_heading_naming_only_a_role_a_described_force_or_nobody_makes_no_statement():
    body = (
        "## Harbour MP vows 'zero tolerance' for rioters\n\n"
        "The town's MP posted on X that the riots were shameful.\n\n"
        '## Harbour police promise "swift" action\n\n'
        "Police in Harbour said they would act.\n\n"
        "## He says the port is 'safe'\n\n"
        "Jane Roskill visited the port on Monday.\n"
    )
    assert attributed(body) == []


def test_a_colon_heading_is_its_speakers_statement_only_where_the_entry_does_not_quote_the_same_words():
    assert attributed('## Jane Roskill: "We will rebuild every shop"\n\nThe mayor met shop owners on Monday.\n') == [
        ("Jane Roskill", "We will rebuild every shop")
    ]
    restated = '## Jane Roskill: "We Will Rebuild Every Shop"\n\nRoskill said: "We will rebuild every shop, whatever it costs."\n'
    assert attributed(restated) == [("Jane Roskill", "We will rebuild every shop, whatever it costs.")]


def test_a_plural_noun_for_people_opening_a_sentence_is_an_unnamed_group_not_a_speaker():
    assert attributed("Fishermen say “the quotas will ruin us”.") == []
    assert attributed("Aides revealed that the minister had been “arguing for weeks” for the plan.") == []
    assert attributed("Townspeople told the council the water was “undrinkable for weeks”.") == []


def test_a_trade_in_the_plural_opening_a_sentence_is_an_unnamed_group_too():
    """The trades a sentence may set before a name ("Farmer Tom Reed") are nouns for people in the plural as well."""
    assert attributed("Engineers warned that the quay wall was “moving every week”.") == []
    assert attributed("Pilots told the inquiry the runway lights were “off for an hour”.") == []
    # near miss: a name that ends in such a word is still its bearer's
    assert attributed("Tom Pilots said the runway was “dark for an hour”.") == [("Tom Pilots", "dark for an hour")]


def test_a_surname_that_looks_plural_is_still_its_bearer():
    body = "Arron Banks funded the campaign. Banks said the result was “a victory for ordinary people”."
    assert attributed(body) == [("Arron Banks", "a victory for ordinary people")]
    assert attributed("Colin Fishermen said the harbour was “finished”.") == [("Colin Fishermen", "finished")]


def test_a_two_word_name_the_report_speaks_of_as_a_body_is_a_body():
    body = (
        "Otto Brandt met the minister on Monday. Media Bridge said the law was “a blow to free speech”. The group said it would “fight every clause”."
    )
    assert attributed_with_kinds(body) == [
        ("Media Bridge", "organization", "a blow to free speech"),
        ("Media Bridge", "organization", "fight every clause"),
    ]
    body = "Green Harbour, which runs clean-up crews on the coast, warned that the spill was “a disaster for the bay”."
    assert attributed_with_kinds(body) == [("Green Harbour", "organization", "a disaster for the bay")]
    body = "Blue Meridian said the cuts were “deeply worrying”. Its members voted to strike."
    assert attributed_with_kinds(body) == [("Blue Meridian", "organization", "deeply worrying")]


def test_a_person_a_body_or_an_impersonal_it_follows_stays_a_person():
    body = "Tshepo Molefe said the council had broken its promise, calling it “a betrayal”. It is not the first time."
    assert attributed_with_kinds(body) == [("Tshepo Molefe", "person", "a betrayal")]
    body = "Daniel Harbour said the law was “a blow to free speech”. The group he founded has campaigned since 2010."
    assert attributed_with_kinds(body) == [("Daniel Harbour", "person", "a blow to free speech")]
    body = "The minister thanked Grace Church, who said the shelter would be “open to everyone”. The charity she runs is small."
    assert attributed_with_kinds(body) == [("Grace Church", "person", "open to everyone")]


def test_a_she_whose_paragraph_names_nobody_is_the_woman_named_just_above_not_the_man_the_story_is_about():
    body = (
        "Tomas Varga, 43, wrote eight books. To some, he was a provocative writer, but his blog reflected a belief in "
        "debate, said his stepdaughter, Lena Ortiz, 18.\n\n"
        "“My dad was building a community,” she said.\n\n"
        "In 2002, Varga noticed a blog post from a woman who wrote of faith, “I do not understand it.” It was Nora Bakshi, "
        "who would become his wife.\n\n"
        "“A lot of people attacked me online for that post,” she recalled."
    )
    assert attributed(body) == [
        ("Lena Ortiz", "My dad was building a community,"),
        ("Nora Bakshi", "A lot of people attacked me online for that post,"),
    ]


def test_a_he_after_a_woman_named_just_above_stays_the_man():
    body = "Tomas Varga, 43, wrote eight books, said his stepdaughter, Lena Ortiz, 18.\n\n“I wrote every night,” he said."
    assert attributed(body) == [("Tomas Varga", "I wrote every night,")]


def test_an_unnamed_member_by_the_letters_of_the_house_is_nobody():
    lead = "The Harbour Journal asked the members about it.\n\n"
    body = lead + "One TD said they did not think anything would come of it, stating that “maybe the usual critics will kick up a fuss”."
    assert attributed(body) == []
    assert attributed("One MEP said the row was overblown, stating that “nobody was misled at all.”") == []
    # near miss: a member named after the letters
    body = "Harbour TD Mary Lou Harte said the row was overblown, stating that “nobody was misled at all.”"
    assert attributed(body) == [("Mary Lou Harte", "nobody was misled at all.")]


def test_a_given_name_in_the_quote_that_is_another_persons_does_not_rule_out_the_speaker():
    lead = "Transport Minister Jim Dorcey defended the plan on Monday.\n\n"
    body = lead + "“Jim Hanlon’s report says otherwise, but we stand by every figure in it,” he said."
    assert attributed(body) == [("Jim Dorcey", "Jim Hanlon’s report says otherwise, but we stand by every figure in it,")]
    # near miss: the speaker's own surname in the quote still rules him out
    body = lead + "“Dorcey has got it wrong on every figure in the plan,” he said."
    assert [speaker for speaker, _ in attributed(body)] != ["Jim Dorcey"]


def test_a_flight_or_a_model_by_its_code_is_no_he():
    lead = "Flight KX204 made an unusually steep climb, a source close to the investigation has told Reuters.\n\n"
    assert attributed(lead + "“It climbed far too fast for a plane of that size,” he said.") == []
    # near miss: a person named before the same sentence is the "he"
    lead = "Captain Tom Reed flew Flight KX204 that day, a source close to the investigation has told Reuters.\n\n"
    assert attributed(lead + "“It climbed far too fast for a plane of that size,” he said.") == [
        ("Tom Reed", "It climbed far too fast for a plane of that size,")
    ]


def test_a_trade_set_capitalised_before_a_full_name_is_no_part_of_it():
    assert attributed("Farmer Tom Reed said the river had “never risen so fast.”") == [("Tom Reed", "never risen so fast.")]
    assert attributed("Actress Jane Holt said the jury had “got it wrong.”") == [("Jane Holt", "got it wrong.")]
    assert attributed("Critic Jon Brell said the jury had “got it wrong.”") == [("Jon Brell", "got it wrong.")]
    # near miss: the trade's word as a surname after a given name stays the name
    assert attributed("Paul Farmer said the river had “never risen so fast.”") == [("Paul Farmer", "never risen so fast.")]
    assert attributed("Jane Critic said the jury had “got it wrong.”") == [("Jane Critic", "got it wrong.")]


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it():
    lead = "Clinic manager Tom Reyes said staff were tired after the winter.\n\n"
    assert attributed(lead + "“We need more help,” Tom said.") == [("Tom Reyes", "We need more help,")]
    # near misses: two people named in full with that given name, and a given name nobody bears in full
    lead = "Clinic manager Tom Reyes and his deputy Tom Hale said staff were tired.\n\n"
    assert attributed(lead + "“We need more help,” Tom said.") == [("Tom", "We need more help,")]
    lead = "Staff at the clinic were tired, Tom tells me, after the winter.\n\n"
    assert attributed(lead + "“We need more help,” Tom said.") == [("Tom", "We need more help,")]


def test_an_embassy_in_a_city_the_lists_do_not_know_is_the_embassy():
    quote = "Corruption is rampant in the capital,"
    assert attributed(f"“{quote}” the Norland Embassy in Lakeland said.") == [("Norland Embassy", quote)]
    assert attributed(f"“{quote}” said the Norland Embassy in Lakeland.") == [("Norland Embassy", quote)]
    # near miss: a person named after role words is still the person ("said Embassy spokesman Tom Reed")
    assert attributed(f"“{quote}” said Embassy spokesman Tom Reed.") == [("Tom Reed", quote)]


def test_she_is_neither_a_state_nor_a_man_known_by_his_given_name():
    quote = "He has no person in charge of his care,"
    anonymous = f"\n\n“{quote}” said the woman, who did not want to be named."
    clinic = (
        "In Augusta, Maine, internal records show that there is a two-month wait for primary care appointments. The wife of a"
        " disabled veteran who receives care at the facility told the Courier that it has become harder to get appointments."
    )
    assert attributed(clinic + anonymous) == []
    lead = "Dr. Tom Hale, who runs the clinic, told reporters that there is a two-month wait for primary care appointments."
    assert attributed(lead + anonymous) == []
    lead = "The cuts began under President Tom Harlan.\n\nHarlan has cut the budget, and the wait for primary care appointments at the clinic has doubled."
    assert attributed(lead + anonymous) == []  # the man named by his surname alone
    # near miss: the woman the paragraph above names is she
    assert attributed("At the clinic in Augusta, Maine, nurse Jane Holt said the wards were full." + anonymous) == [("Jane Holt", quote)]


def test_a_memo_or_a_cable_speaks_for_the_post_that_sent_it():
    lead = "The city is run by its police, the Norland Embassy reported in a memo in February.\n\n"
    quote = "The city government's direct links to criminality are plain,"
    assert attributed(lead + f"“{quote}” the memo says.") == [("Norland Embassy", quote)]
    # near miss: the site that posted the memo is no issuer of it
    posted = "The memo, which was sent under the name of Ambassador Tom Reed, was posted by Leakhub on its Web site Wednesday.\n\n"
    assert attributed(lead + posted + f"“{quote}” the memo says.") == [("Norland Embassy", quote)]


def test_a_quote_after_a_verb_joined_to_a_denied_one_is_the_clauses_subjects():
    lead = "After six years of adding staff, the agency is down more than 600 doctors.\n\n"
    body = "In response to questions, a Health Service spokesperson did not dispute the numbers but accused the paper of “cherry-picking.”"
    assert attributed(lead + body) == [("Health Service", "cherry-picking.")]
    # near miss: the denied verb inside a that-clause is not the quote's clause's
    body = "Ivo Dran claimed that he and Tom Reed have never discussed the closures and accused the paper of “cherry-picking.”"
    assert attributed(lead + body) == [("Ivo Dran", "cherry-picking.")]


def test_executives_administrators_or_managers_at_a_body_speak_for_it():
    lead = "Staff are leaving the Norland Health Service.\n\n"
    quote = "institutional knowledge leaving the agency."
    assert attributed(lead + f"Administrators at the Norland Health Service warned about “{quote}”") == [("Norland Health Service", quote)]
    assert attributed(lead + f"Executives at Harbour Bank warned of “{quote}”") == [("Harbour Bank", quote)]
    # near miss: executives of no body named are nobody
    assert attributed(lead + f"Executives warned of “{quote}”") == []


def test_a_surname_that_is_a_nations_word_after_a_courtesy_title_is_a_person():
    lead = "Ivo German and Tilda Marsh spoke at the hearing.\n\n"
    assert attributed(lead + "Mr German said: “We will manage somehow.”") == [("Ivo German", "We will manage somehow.")]
    # near miss: the nation's word alone is no one
    assert attributed(lead + "German officials said: “We will manage somehow.”") == []


def test_a_manner_verb_inverted_after_the_quote_names_a_person():
    assert attributed("“We will manage somehow,” shrugged Jonas Pell.") == [("Jonas Pell", "We will manage somehow,")]
    # near miss: a body does not shrug or laugh
    assert attributed("“We will manage somehow,” laughed the ministry.") == []


def test_critics_or_supporters_of_a_person_are_not_the_person():
    assert attributed("Critics of Pavel Dorn said the plan was “a disaster”.") == []
    assert attributed("Supporters of the mayor argue that the pier is “long overdue”.") == []
    # near miss: the person described as a critic is the speaker; a body named "Friends of …" speaks
    assert attributed("Pavel Dorn, a critic of the plan, said it was “a disaster”.") == [("Pavel Dorn", "a disaster")]


def test_a_lead_in_naming_whose_words_a_list_of_quoted_items_is():
    body = (
        "Tom Hale gave evidence on Monday. His evidence was that:\n\n"
        "- “The harbour wall was never inspected after the storm.”\n"
        "- “The contractor had been warned twice in writing.”\n"
    )
    assert attributed(body) == [
        ("Tom Hale", "The harbour wall was never inspected after the storm."),
        ("Tom Hale", "The contractor had been warned twice in writing."),
    ]
    body = (
        "Minister Tom Hale spoke at length. The minister's points were:\n\n"
        "1. “Fares will be frozen until the end of the year.”\n"
        "2. “New routes will open in the spring for all towns.”\n"
    )
    assert attributed(body) == [
        ("Tom Hale", "Fares will be frozen until the end of the year."),
        ("Tom Hale", "New routes will open in the spring for all towns."),
    ]
    # near miss: slogans on posters are no one's words
    body = "Ana Ruiz led the march. The posters read:\n\n- “Save our harbour from the developers now”\n- “No more cuts to the ferry service ever”\n"
    assert attributed(body) == []
