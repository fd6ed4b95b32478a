"""Clause-level rules of attribution read without a registry: what a sentence's words around a quotation say about who
speaks. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_depicted_as_is_a_characterisation_not_a_picture():
    body = (
        "The Harbour Gazette ran the story on Monday.\n\n"
        "Tomas Adler states that the “blockade is caused by the sanctions” and paints the port as a victim, which is depicted as "
        "a brave city."
    )
    assert attributed(body) == [("Tomas Adler", "blockade is caused by the sanctions")]


def test_a_cartoon_that_depicts_a_figure_still_speaks_for_nobody_named():
    body = "The Harbour Gazette published a cartoon on Monday.\n\nThe cartoon depicts Tomas Adler saying “the port is ours.” Readers laughed."
    assert ("Tomas Adler", "the port is ours.") not in attributed(body)


def test_a_quoted_word_before_a_determiner_is_a_verb_not_a_modifier():
    body = "Tomas Adler rejected the plan, arguing that a truce would simply “freeze” the war. Nobody answered."
    assert attributed(body) == [("Tomas Adler", "freeze")]


def test_a_quoted_word_before_a_noun_still_modifies_it():
    body = "Tomas Adler rejected the plan, arguing that a truce would help the “frozen” war. Nobody answered."
    assert attributed(body) == []


def test_opined_speculated_testified_and_pointed_to_are_verbs_of_saying():
    body = (
        "The weekly Harbour Voice speculated about “the meetings that will be held” during the visit.\n\n"
        "Marta Kovacs pointed to “rather large cohesion” among the negotiators.\n\n"
        "Tomas Adler testified that the captain had “authority to fire if he could not reach the port.”"
    )
    assert attributed(body) == [
        ("Harbour Voice", "the meetings that will be held"),
        ("Marta Kovacs", "rather large cohesion"),
        ("Tomas Adler", "authority to fire if he could not reach the port."),
    ]


def test_a_typed_double_hyphen_is_a_dash_not_part_of_a_name():
    body = "Tomas Adler spoke first.\n\nOn Monday, Adler--to everyone's surprise--said that “the brothers will meet again.”"
    assert attributed(body) == [("Tomas Adler", "the brothers will meet again.")]


def test_an_aside_between_dashes_and_a_date_stand_between_a_body_and_its_verb():
    body = (
        "Tomas Adler spoke first.\n\n"
        "An editorial in the daily Harbour Voice on 9 March--evidently written before the news that Kovacs did not meet "
        "Adler--optimistically opined that the visit would not be “limited to the religious aspect.”"
    )
    assert attributed(body) == [("Harbour Voice", "limited to the religious aspect.")]


def test_a_verb_of_saying_ends_an_apposition_so_a_later_name_is_the_subject():
    body = (
        "Harbour’s envoy to the port, Tomas Adler, expressed this plainly in an editorial published the same day "
        "port chief Marta Kovacs asserted that the ferries “will sail on Friday.”"
    )
    assert attributed(body) == [("Marta Kovacs", "will sail on Friday.")]


def test_a_name_inside_an_apposition_is_still_not_the_subject():
    body = "Tomas Adler, top aide to the port chief Marta Kovacs, believes that the ferries “will sail on Friday.”"
    assert attributed(body) == [("Tomas Adler", "will sail on Friday.")]


def test_a_colon_clause_keeps_its_subject_past_names_governed_by_prepositions():
    body = (
        "Tomas Adler framed the closure as a response to Harbour support for Valdoria and other hostile acts: "
        "“Now they are using the port to give us signals.”\n\n"
        "As the ships left, Marta Kovacs issued the first of many threats against direct Harbour intervention: "
        "“Whoever stands in our way will regret it.”"
    )
    assert attributed(body) == [
        ("Tomas Adler", "Now they are using the port to give us signals."),
        ("Marta Kovacs", "Whoever stands in our way will regret it."),
    ]


def test_a_colon_clause_with_a_second_party_as_object_is_nobodys():
    body = "Tomas Adler met Marta Kovacs at the port on Monday: “Nobody expected a deal.”"
    assert attributed(body) == []


def test_as_stressed_by_x_after_the_quote_names_the_speaker():
    body = "The treaty kept the port’s right “to choose its own partners,” as stressed by harbour chief Marta Kovacs."
    assert attributed(body) == [("Marta Kovacs", "to choose its own partners,")]


def test_as_seen_by_x_after_the_quote_is_no_cue():
    body = "The treaty kept the port’s right “to choose its own partners,” as seen by harbour chief Marta Kovacs."
    assert attributed(body) == []


def test_the_editorial_board_or_editors_of_an_outlet_are_the_outlet():
    body = (
        "The editorial board of the Harbour Voice put it more succinctly, saying “the port failed because it did too little.”\n\n"
        "The editors of the Coast Ledger wrote that “the port must stay open.”"
    )
    assert attributed(body) == [
        ("Harbour Voice", "the port failed because it did too little."),
        ("Coast Ledger", "the port must stay open."),
    ]


def test_an_inverted_cue_after_the_quotes_object_names_the_speaker():
    body = "“Many ports are giving in” to the cartel, observed Marta Kovacs, head of the harbour board."
    assert attributed(body) == [("Marta Kovacs", "Many ports are giving in")]


def test_observed_before_a_body_after_the_quote_credits_nobody():
    body = "“Many ports are giving in” to the cartel, observed the Harbour Board in its report."
    assert attributed(body) == []


def test_quoting_x_and_other_leaders_saying_gives_the_words_to_x():
    body = "The poet Tomas Adler returned from the port, quoting Kovacs and other leaders saying the city was “too proud to fight.”"
    assert attributed(body) == [("Kovacs", "too proud to fight.")]


def test_a_participle_without_a_quoted_name_keeps_the_clause_subject():
    body = "The poet Tomas Adler returned from the port, saying the city was “too proud to fight.”"
    assert attributed(body) == [("Tomas Adler", "too proud to fight.")]


def test_a_quoted_word_before_a_pronoun_object_is_the_speakers_verb():
    body = "Marta Kovacs said the port is not bound by the deal and keeps the right to “defend” itself. Nobody answered."
    assert [quote for _, quote in attributed(body)] == ["defend"]


def test_a_term_in_a_said_clause_whose_subject_is_a_possessive_name_is_the_speakers():
    body = "Marta Kovacs said Adler’s “vitally important” efforts to reopen the port were welcome."
    assert attributed(body) == [("Marta Kovacs", "vitally important")]


def test_a_term_after_a_possessive_with_no_verb_of_saying_is_a_label():
    body = "Marta Kovacs praised the harbour. Adler’s “vitally important” efforts to reopen the port were welcome."
    assert attributed(body) == []


def test_a_term_ending_on_a_comma_before_said_x_is_xs():
    body = "The new rules gave the port’s “march to the sea,” said Marta Kovacs. Nobody answered."
    assert attributed(body) == [("Marta Kovacs", "march to the sea,")]


def test_a_term_without_the_comma_before_a_later_said_x_stays_a_label():
    body = "The port’s “march to the sea” was slow. Later it stopped, said Marta Kovacs."
    assert attributed(body) == []


def test_as_stressed_by_a_titled_name_after_the_quote_is_the_person_not_the_title_s_country():
    body = "The treaty kept the port’s right “to choose its own partners,” as stressed by U.S. secretary of state Marta Kovacs."
    assert attributed(body) == [("Marta Kovacs", "to choose its own partners,")]


def test_a_quoted_word_before_a_name_in_a_said_clause_is_the_speakers():
    body = "Another resident, Tomas Adler, said the blast had “struck” Harbourtown like a storm. Nobody answered."
    assert attributed(body) == [("Tomas Adler", "struck")]


def test_a_quoted_word_before_a_name_without_a_verb_of_saying_is_a_label():
    body = "The blast “struck” Harbourtown like a storm. Tomas Adler was away."
    assert attributed(body) == []


def test_the_claim_by_x_that_or_the_suggestion_in_x_s_editorial_that_is_x_s():
    body = (
        "Despite the suggestion in the Harbour Voice editorial that “the ferries are finished,” traffic grew.\n\n"
        "The claim by Marta Kovacs that “the port is closed” was false."
    )
    assert attributed(body) == [("Harbour Voice", "the ferries are finished,"), ("Marta Kovacs", "the port is closed")]


def test_the_claim_in_an_unnamed_report_that_is_nobodys():
    body = "The claim in the report that “the port is closed” was false."
    assert attributed(body) == []


def test_a_colon_clause_whose_subject_follows_an_opening_phrase_and_a_date():
    body = (
        "Speaking to his followers in Harbourtown, a suburb of the capital, on January 5th Tomas Adler outlined a different "
        "route: “The least we can do is close the port.”"
    )
    assert attributed(body) == [("Tomas Adler", "The least we can do is close the port.")]


def test_a_colon_clause_whose_subject_follows_a_bare_phrase_is_nobodys():
    body = "Speaking to his followers in Harbourtown Tomas Adler outlined a different route: “The least we can do is close the port.”"
    assert attributed(body) == []


def test_a_group_including_one_named_person_speaks_through_that_person():
    body = (
        "Several leaders, including Tomas Adler, repeatedly stated, “There can be no winners in a port war.”\n\n"
        "Most ministers, including Marta Kovacs, said the port was “closed for good.”"
    )
    assert attributed(body) == [("Tomas Adler", "There can be no winners in a port war."), ("Marta Kovacs", "closed for good.")]


def test_a_named_subject_with_an_including_aside_keeps_its_name():
    body = "Marta Kovacs, including in her last speech, said the port was “closed for good.”"
    assert attributed(body) == [("Marta Kovacs", "closed for good.")]


def test_a_term_opening_the_subject_of_a_that_less_clause_is_the_speakers():
    body = "The port’s secretary, Tomas Adler, says a “horrible picture” greeted his team when they returned."
    assert attributed(body) == [("Tomas Adler", "horrible picture")]


def test_a_term_as_the_object_of_an_announcement_stays_a_label():
    body = "Tomas Adler announced a “special port operation” as the ships left the harbour."
    assert attributed(body) == []


def test_a_body_with_its_country_after_it_is_the_subject():
    body = "Hezbollah in Lebanon condemned the strike and said “we stand with the people of the port.”"
    assert attributed(body) == [("Hezbollah", "we stand with the people of the port.")]


def test_a_capitalised_plural_noun_in_a_country_is_no_subject():
    body = "Hawks in China blame the port for its shift away from “one port with two harbours.”"
    assert attributed(body) == []


def test_a_movement_named_by_its_fighters_is_the_speaker():
    body = "“The response is coming and will be huge,” Harbourist rebels warned in a statement after the attack."
    assert attributed(body) == [("Harbourist", "The response is coming and will be huge,")]


def test_a_demonym_with_rebels_is_nobody_named():
    body = "“The response is coming and will be huge,” Syrian rebels warned in a statement after the attack."
    assert attributed(body) == []


def test_a_term_a_body_confirmed_is_its_words():
    body = "Monitoring site Harbourwatch confirmed a “near-total shutdown of the ferries” across the coast on Thursday."
    assert attributed(body) == [("Harbourwatch", "near-total shutdown of the ferries")]


def test_a_term_a_body_announced_as_an_acts_object_stays_a_label():
    body = "Monitoring site Harbourwatch announced the end of the “ferry season” on Thursday."
    assert attributed(body) == []


def test_a_verb_of_saying_in_an_infinitive_hangs_on_the_verb_before_it():
    body = "Years ago, the Harbour Ministry and the Coast Council pledged to continue “joint efforts to keep the port open.” Nothing followed."
    assert attributed(body) == [
        ("Harbour Ministry", "joint efforts to keep the port open."),
        ("Coast Council", "joint efforts to keep the port open."),
    ]


def test_two_verbs_of_saying_without_to_between_keep_the_nearest():
    body = "Marta Kovacs said Tomas Adler continued “to keep the port open” all winter."
    assert [speaker for speaker, _ in attributed(body)] != ["Marta Kovacs"]


def test_in_x_s_version_or_account_the_words_are_x_s():
    body = (
        "In Valdoria’s version, however, “the port and the fleet are two sides of the same coin.” Others disagree.\n\n"
        "In Marta Kovacs’s account, “the ferries never stopped.”"
    )
    assert attributed(body) == [
        ("Valdoria", "the port and the fleet are two sides of the same coin."),
        ("Marta Kovacs", "the ferries never stopped."),
    ]


def test_in_the_official_account_is_nobodys():
    assert attributed("In the official account, “the ferries never stopped.”") == []


def test_shouted_and_cried_out_are_verbs_of_saying():
    body = "As the trial ended, Tomas Adler shouted: “Glory to the port!” and “Down with the cartel!”"
    assert attributed(body) == [("Tomas Adler", "Glory to the port!"), ("Tomas Adler", "Down with the cartel!")]


def test_a_title_abbreviation_before_the_name_after_the_quote_keeps_the_name():
    body = (
        "Tomas Adler, a spokesman, said more talks were needed.\n\n"
        "“The port is not under time pressure,” Mr. Adler said. “It is not possible to hurry.”\n\n"
        "“We crossed at night,” said Pvt. Ivan Kovacs, a soldier.\n\n"
        "“They wanted some little victory,” Col. Marta  Horvat, the officer who commanded the counterattack on the pontoon "
        "bridge, said in an interview."
    )
    assert attributed(body) == [
        ("Tomas Adler", "The port is not under time pressure,"),
        ("Tomas Adler", "It is not possible to hurry."),
        ("Ivan Kovacs", "We crossed at night,"),
        ("Marta Horvat", "They wanted some little victory,"),
    ]


def test_a_fragment_in_a_sentence_ending_on_its_speaker_and_said_is_the_speakers():
    body = (
        "The port, meanwhile, was ready to do “everything” it could to keep the ferries running, Marta Kovacs said in a video.\n\n"
        "But any deal must not “betray” the price paid by the ferrymen, she said."
    )
    assert attributed(body) == [("Marta Kovacs", "everything"), ("Marta Kovacs", "betray")]


def test_a_fragment_with_another_name_before_the_final_said_is_nobodys():
    body = "The port was ready to do “everything” Tomas Adler asked of it, Marta Kovacs said."
    assert attributed(body) == []


def test_a_passive_with_its_agent_before_a_colon_gives_the_words_to_the_agent():
    body = "His conclusions were supported by Marta Kovacs, an expert from the Harbour Ministry: “The phrase is a call to act.”"
    assert attributed(body) == [("Marta Kovacs", "The phrase is a call to act.")]


def test_a_passive_with_an_unnamed_agent_before_a_colon_is_nobodys():
    assert attributed("His conclusions were supported by the facts: “The phrase is a call to act.”") == []


def test_a_phrase_mentioned_after_the_phrase_is_not_a_statement():
    body = "In his closing arguments, the lawyer Tomas Adler argued that the phrase “death to the cartel” was open to interpretation."
    assert attributed(body) == []


def test_a_phrase_someone_used_is_their_words():
    body = "At the rally, Tomas Adler used the phrase “death to the cartel” twice."
    assert attributed(body) == [("Tomas Adler", "death to the cartel")]


def test_a_generic_you_is_never_a_speaker():
    body = "It was. You do not turn round after ten years and say, “What a waste of stone that was”. The ledger is public."
    assert attributed(body) == []
    body = "You need locks on a canal, and you don't turn round after ten years and say, “What a waste of stone that was”."
    assert attributed(body) == []
    # near miss: You is also a surname, written before a given name
    assert attributed("“The strait is calm,” You Jiaming said on Monday.") == [("You Jiaming", "The strait is calm,")]


def test_a_word_the_sentence_judges_as_a_word_is_not_a_statement():
    body = (
        "Tomas Adler raised it on Monday, and he described it as a two-way street: there has not been enough -- "
        "“cooperation” is perhaps not the best word to use, but the engineers never asked the board."
    )
    assert attributed(body) == []
    # near miss: a word someone used, not judged as a word, stays theirs
    assert attributed("Tomas Adler said “shortfall” was the word he used in the letter.") == [("Tomas Adler", "shortfall")]


def test_cued_words_in_lower_case_before_a_name_are_no_epithet_of_the_name():
    body = "The bonus was paid on Friday.\n\nMark Fell told reporters it was “easy to kick” Hester and left."
    assert attributed(body) == [("Mark Fell", "easy to kick")]
    # near miss: an uncued word in marks before a name is a scare quote on the name
    body = "The bonus was paid on Friday.\n\nThe deranged “filmmaker” Mark Fell left the hall."
    assert attributed(body) == []


def test_a_verb_joined_by_but_is_the_first_verbs_subjects_past_a_name_in_its_object():
    body = "In the address, Novak thanked leaders that have supported Moldova, but said that “intentions are not enough.”"
    assert [who for who, _ in attributed(body)] == ["Novak"]


def test_a_name_subject_after_but_in_its_own_clause_speaks():
    body = "Novak thanked leaders that have supported Moldova, but Lena Varga said that “intentions are not enough.”"
    assert [who for who, _ in attributed(body)] == ["Lena Varga"]


def test_a_participle_of_saying_opening_the_sentence_is_the_main_clauses_subjects():
    body = "KESTREL BAY -- Declaring “the soul of the fleet” is at stake, Defence Minister Tomas Adeyemi has ordered a review."
    assert attributed(body) == [("Tomas Adeyemi", "the soul of the fleet")]


def test_an_opening_participle_of_no_saying_quotes_nobody_after_it():
    body = "Visiting the “new fleet” in Kestrel Bay, Defence Minister Tomas Adeyemi ordered a review."
    assert attributed(body) == []


def test_two_people_named_after_an_inverted_cue_share_the_quote():
    opening = "The ferry board met on Monday.\n\n"
    for tail in (
        "said Priya Nandakumar and Olu Fashola.",
        "wrote Priya Nandakumar, the council leader, and Olu Fashola, her deputy.",
        "added Priya Nandakumar and Olu Fashola in a joint letter.",
        "said Priya Nandakumar and Olu Fashola, respectively the board's chair and treasurer.",
    ):
        found = attributed(opening + "“The crossing must reopen by June,” " + tail)
        assert sorted(who for who, _ in found) == ["Olu Fashola", "Priya Nandakumar"], tail


def test_one_person_after_an_inverted_cue_stays_alone_past_other_names_and_ands():
    opening = "The ferry board met on Monday.\n\n"
    for tail in (
        "said Priya Nandakumar, who met Olu Fashola on Monday.",  # a relative clause names someone else
        "said Priya Nandakumar, chair of the board and director of the Fashola Trust.",  # two titles, one person
        "said Priya Nandakumar, head of Fashola and Partners.",  # a firm's name
        "said Priya Nandakumar, Olu Fashola, and Dana Whitcombe.",  # a list of three: not read as an apposition
        "said Priya Nandakumar and the council.",  # a body, not a person named in full
    ):
        found = attributed(opening + "“The crossing must reopen by June,” " + tail)
        assert [who for who, _ in found] == ["Priya Nandakumar"], tail


def test_a_quotation_closed_in_the_next_paragraph_leaves_the_next_speakers_quote_found():
    body = (
        "A harbour pilot, Mr. Kofi Mensah, said “I agree that the new dues are far too high.\n\n"
        "This is plainly unfair.” The head of the ferry union, Mrs. Lina Oyelaran, said “My members will pay and move on.\n\n"
        "“We want the money spent on the quays.” The board did not reply."
    )
    found = attributed(body)
    assert ("Lina Oyelaran", "My members will pay and move on.") in found
    assert ("Lina Oyelaran", "We want the money spent on the quays.") in found
    assert all(who != "Kofi Mensah" or not text.startswith("We want") for who, text in found)


def test_a_closing_mark_after_a_comma_still_takes_its_cue():
    # near miss: '…,” she said. “…”' with the opening mark lost keeps the closing mark, so the cue stays with its quote
    body = (
        "“We have waited too long,” said Kofi Mensah.\n\n"
        "Lina Oyelaran spoke next. She hoped for news, she said,” she said. “One sign would be enough.”"
    )
    assert ("Kofi Mensah", "One sign would be enough.") not in attributed(body)


def test_a_verb_of_saying_that_moves_someone_is_no_cue_the_reporter_s_is():
    for moved in ["charged across the floor", "charged into the chamber", "pressed ahead with the vote"]:
        body = f"Councillor Piet Varn said the mayor {moved} “with fury in his eyes.”"
        assert attributed(body) == [("Piet Varn", "with fury in his eyes.")], moved


def test_charged_that_stays_a_cue():
    body = "Councillor Piet Varn said the mayor had lied. Mayor Karl Dorn charged that the council “has lied to us.”"
    assert attributed(body) == [("Karl Dorn", "has lied to us.")]


def test_a_verbs_third_person_form_after_to_is_a_noun_so_the_second_quote_keeps_the_cue():
    body = (
        "Ada Rinne and Tomas Adler called on the harbour master, Piet Vell, to “step aside”.\n\n"
        "Adler said Vell had “failed to listen” to calls for a truce and therefore “we ask him to resign before the season "
        "starts”."
    )
    assert attributed(body)[-2:] == [("Tomas Adler", "failed to listen"), ("Tomas Adler", "we ask him to resign before the season starts")]


def test_a_base_form_ending_in_s_after_to_is_still_a_verb():
    body = "Tomas Adler met Piet Vell on Monday.\n\nVell went on to stress that “the harbour stays open to every boat”."
    assert attributed(body) == [("Piet Vell", "the harbour stays open to every boat")]


def test_a_second_verb_of_saying_in_the_sentence_still_takes_the_second_quote():
    body = "Ada Rinne said the board had “failed to listen”, and Tomas Adler replied to calls for calm that “we will not be silenced”."
    assert attributed(body) == [("Ada Rinne", "failed to listen"), ("Tomas Adler", "we will not be silenced")]


def test_a_pronoun_with_an_aside_adverb_before_its_verb_is_the_subject():
    opening = "Anton Ruml, a fellow at the Norland Port Institute, said the talks would be long.\n\n"
    for sentence in ("He, however, acknowledged that “one or two incidents happened.”", "He, meanwhile, told reporters: “We will stay.”"):
        assert attributed(opening + sentence)[0][0] == "Anton Ruml"


def test_a_noun_with_an_aside_adverb_before_a_copula_is_still_no_speaker():
    opening = "Anton Ruml, a fellow at the Norland Port Institute, said the talks would be long.\n\n"
    assert attributed(opening + "The plan, however, was “a sound one” in the eyes of the port.") == []


def test_a_participle_after_an_act_on_another_person_is_the_actors():
    # "Welk thrust his arm around Sorn, shouting": the one acting shouts, not the one named last
    body = "Anton Welk and Piet Sorn argued on the stage, and Welk thrust his arm around Sorn, shouting, “Do you want a fight?”"
    assert attributed(body) == [("Anton Welk", "Do you want a fight?")]
    body = 'A clip of the debate shows the two men trading barbs and Welk at one point gripping Sorn by the elbow, saying: "Do you want a fight?"'
    assert attributed(body)[-1][1] == "Do you want a fight?" and attributed(body)[-1][0].endswith("Welk")


def test_a_participle_in_a_relative_clause_on_the_other_person_stays_theirs():
    body = "Anton Welk gripped the arm of Piet Sorn, who was shouting, “You are wrong about the port.”"
    assert attributed(body) == [("Piet Sorn", "You are wrong about the port.")]


def test_a_verb_joined_in_a_relative_clause_is_its_antecedents():
    body = (
        "During the debate, Edda Sorn, shouting “You are wrong!”, moved close to Anton Welk, who gripped her by the arms "
        "and yelled, “Do you want a fight?!”"
    )
    assert attributed(body) == [("Edda Sorn", "You are wrong!"), ("Anton Welk", "Do you want a fight?!")]


def test_scolded_after_joined_verbs_of_a_when_clause_is_the_subjects():
    body = (
        "The clip spread when Governor Anton Welk crossed the room to the heckler, jabbed a finger at him and scolded, "
        '"People like you divide this state."'
    )
    assert attributed(body) == [("Anton Welk", "People like you divide this state.")]
    body = 'The clip spread when a heckler crossed the room to Governor Anton Welk, jabbed a finger at him and scolded, "People like you divide this state."'
    assert attributed(body) == []


def test_a_relative_clause_in_brackets_speaks_for_the_name_before_it():
    body = "Last spring the Kesh Rowing Guild (which has long called the night ban “a danger to small boats”) asked the council for a hearing."
    assert attributed(body) == [("Kesh Rowing Guild", "a danger to small boats")]
    body = "Tom Reed (who has called the closure of the pier “a reckless gamble”) is a member of the federation."
    assert attributed(body) == [("Tom Reed", "a reckless gamble")]


def test_a_which_clause_in_brackets_after_a_name_read_as_a_persons_is_nobodys():
    # near miss: "which" means no person; a charter's name the name finder takes for a person's says nothing
    body = "In its reply the council cited the Kesh Pier Rules (which stated that piers “must stay lit all night”) twice."
    assert attributed(body) == []


def test_a_bracketed_which_clause_closed_before_the_verb_leaves_the_subject_speaking():
    # the bracket closes before "called": the clause is over, and the sentence's subject speaks
    body = "Anna Berg met the Harbour Guild (which has 400 members) and called the closure “a reckless gamble”."
    assert attributed(body) == [("Anna Berg", "a reckless gamble")]
    body = "Tom Reed chairs the Harbour Guild (which has 400 members) and called the closure “a reckless gamble”."
    assert attributed(body) == [("Tom Reed", "a reckless gamble")]
    # near miss: the quotation inside the bracket is the clause's own
    body = "Anna Berg met the Harbour Guild (which has called the closure “a reckless gamble”) on Monday."
    assert attributed(body) == [("Harbour Guild", "a reckless gamble")]
