"""Bodies that speak: an outlet's third-person "reports that", an acronym whose body the report spells out without
brackets, and researchers who "found". Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed, attributed_with_kinds


def test_an_outlet_that_reports_that_is_the_speaker():
    found = attributed("Harbour Watch reports that “every ferry on the coast has been held in port since Monday.” More followed.")
    assert found == [("Harbour Watch", "every ferry on the coast has been held in port since Monday.")]


def test_a_determined_names_reports_are_a_noun_not_a_speaker():
    found = attributed("The latest Harbour Watch reports that “every ferry has been held in port” were denied by the port authority.")
    assert found == []


def test_an_acronym_takes_the_body_the_report_spells_out_without_brackets():
    body = (
        "In an assessment published on Monday, the Institute for Coastal Security looked at the ports.\n\n"
        "This week, ICS reported that “three of the five harbours are closed to freight.” Traders disagreed."
    )
    assert attributed(body) == [("Institute for Coastal Security", "three of the five harbours are closed to freight.")]


def test_an_acronym_two_bodies_could_spell_stays_itself():
    body = (
        "The Institute for Coastal Security and the Institute for Cargo Security met on Monday.\n\n"
        "This week, ICS reported that “three of the five harbours are closed to freight.” Traders disagreed."
    )
    assert attributed(body) == [("ICS", "three of the five harbours are closed to freight.")]


def test_a_bracketed_acronym_after_a_name_with_a_plural_owner_is_that_body():
    body = (
        "The International Ferry Pilots’ Federation (IFF) today warned the Marlow council that its plan breaks the charter.\n\n"
        "“Closing the pier to the night boats puts every crew at risk,” the IFF said."
    )
    assert attributed(body) == [("International Ferry Pilots’ Federation", "Closing the pier to the night boats puts every crew at risk,")]


def test_a_bracketed_acronym_whose_letters_the_name_does_not_hold_stays_itself():
    # near miss: "(NFU)" shortens no word of the name before it
    body = (
        "The International Ferry Pilots’ Federation (NFU) today warned the Marlow council that its plan breaks the charter.\n\n"
        "“Closing the pier to the night boats puts every crew at risk,” the NFU said."
    )
    assert attributed(body) == [("NFU", "Closing the pier to the night boats puts every crew at risk,")]


def test_a_bracketed_acronym_that_leaves_out_a_word_of_the_name_is_the_whole_body():
    body = (
        "The International Ferry Pilots’ Federation (FPF) today warned the Marlow council that its plan breaks the charter.\n\n"
        "“Closing the pier to the night boats puts every crew at risk,” the FPF said."
    )
    assert attributed(body) == [("International Ferry Pilots’ Federation", "Closing the pier to the night boats puts every crew at risk,")]
    body = (
        "The UN Office for Harbour Safety (OHS) wrote to the Marlow council on Monday.\n\n"
        "“Closing the pier to the night boats puts every crew at risk,” the OHS said."
    )
    assert attributed(body) == [("UN Office for Harbour Safety", "Closing the pier to the night boats puts every crew at risk,")]


def test_a_bracketed_acronym_of_the_place_a_body_governs_is_not_the_bodys():
    # the body's own word is left out: the letters are the state's or the islands', not the embassy's or the mission's
    for name, acronym, speaker in (
        ("Embassy of the United Kesh Emirates", "UKE", "United Kesh Emirates"),  # the state's name spelt out in the text
        ("Permanent Mission of the Republic of Norland", "RN", "RN"),
        ("Ministry of Foreign Affairs of the Republic of Norland", "RN", "RN"),
        ("Consulate of the Kesh Islands", "KI", "KI"),
    ):
        body = f"The {name} ({acronym}) wrote to the Marlow council on Monday.\n\nThe {acronym} said the pier was “a danger to every crew.”"
        assert attributed(body) == [(speaker, "a danger to every crew.")], name
    # near miss: a leading qualifier left out still shortens the body
    body = "The PLA Eastern Harbour Command (EHC) wrote on Monday.\n\nThe EHC said the pier was “a danger to every crew.”"
    assert attributed(body) == [("PLA Eastern Harbour Command", "a danger to every crew.")]


def test_a_bracketed_acronym_after_two_bodies_joined_by_and_is_the_last_ones():
    body = (
        "Staff at Marlow City Council and Kesh Port Authority (KPA) wrote to the council on Monday.\n\n"
        "The KPA said the pier was “a danger to every crew.”"
    )
    assert attributed(body) == [("Kesh Port Authority", "a danger to every crew.")]
    body = (
        "The Marlow Rowing Club and Kesh Harbour Board (KHB) wrote to the council on Monday.\n\nThe KHB said the pier was “a danger to every crew.”"
    )
    assert attributed(body) == [("Kesh Harbour Board", "a danger to every crew.")]


def test_a_bracketed_acronym_after_an_owners_name_is_not_the_owners_body():
    # near miss: "Norland’s" owns the ministry; another state's ministry of harbours goes by the same letters
    body = (
        "Norland’s Ministry of Harbours (MH) wrote to the Marlow council on Monday.\n\n"
        "“Closing the pier to the night boats puts every crew at risk,” the MH said."
    )
    assert attributed(body) == [("Ministry of Harbours", "Closing the pier to the night boats puts every crew at risk,")]


def test_researchers_who_found_speak_for_the_study_they_wrote():
    body = (
        "A report by the Coastal Trade Foundation traced the cargo through four ports.\n\n"
        "“Most of the parts reached the buyers through two brokers,” the researchers found."
    )
    assert attributed(body) == [("Coastal Trade Foundation", "Most of the parts reached the buyers through two brokers,")]


def test_found_far_from_any_quotation_is_no_cue():
    body = "The researchers found the ledgers in a warehouse and later spoke of a “quiet trade” that nobody had mapped."
    assert attributed(body) == []


def test_an_outlet_quoting_an_unnamed_person_is_not_the_speaker():
    body = (
        "Harbour Radio quoted an unnamed official as saying “the ferries will not sail this week.” Traders waited.\n\n"
        "Harbour Radio quoted Marta Kovacs as saying “the ferries will sail on Friday.” Traders cheered."
    )
    assert attributed(body) == [("Marta Kovacs", "the ferries will sail on Friday.")]


def test_a_channel_and_its_number_are_one_outlet():
    body = "Israel’s Channel 12 reported that “the cabinet will meet again on Sunday.” Russia’s Channel One said “the talks are over.”"
    assert [who for who, _ in attributed(body)] == ["Israel’s Channel 12", "Russia’s Channel One"]


def test_who_backs_an_outlet_is_no_part_of_its_name():
    body = "The Kremlin-backed Harbour Herald said “the ferries were never at risk.” The Harbour Herald later said “nothing changed.”"
    assert [who for who, _ in attributed(body)] == ["Harbour Herald", "Harbour Herald"]


def test_a_role_word_before_a_name_after_an_outlets_phrase_makes_the_name_the_subject():
    body = (
        "In a March 3 article in the daily Harbour Herald, columnist Pavel Dorn wrote: “The ferries were never at risk.”\n\n"
        "Later, the spokesman Nasser Kanaani said: “The port is open.”"
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Nasser Kanaani"]


def test_a_name_inside_a_longer_apposition_is_still_not_the_subject():
    body = "Marta Kovacs, an adviser to Pavel Dorn who has pressed for new quays, acknowledges that “the ferries are too few.”"
    assert [who for who, _ in attributed(body)] == ["Marta Kovacs"]


def test_the_name_after_told_is_who_heard_it_not_who_spoke():
    found = attributed("A source with knowledge of the talks told Harbour Radio that the storm could “close every port by Friday.”")
    assert found == []


def test_an_unnamed_subject_ends_the_last_persons_claim_on_a_pronoun():
    body = (
        "Pavel Dorn said: “The quays are safe.”\n\n"
        "A resident of the harbour who did not want to be named spoke to reporters. “I heard the trucks at nine,” he said."
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_speaker_after_a_question_keeps_the_sentence_when_an_apposition_stands_between():
    body = "“How can the talks go on?” Mayor Pavel Dorn, a mediator in the talks, posted on X on Wednesday."
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_country_of_two_words_is_no_person_for_she():
    body = (
        "“The government stayed silent,” said Marta Kovacs, an analyst at the Harbour Institute. "
        "Its response to Sri Lanka “did not match its promises,” she said."
    )
    assert [who for who, _ in attributed(body)] == ["Marta Kovacs", "Marta Kovacs"]


def test_a_body_named_in_lower_case_after_its_country_is_the_subject():
    body = "Israel’s military said it does not comment on reports. It later said it was “conducting a situational assessment.”"
    assert [who for who, _ in attributed(body)] == ["Israel’s military"]


def test_a_body_in_lower_case_as_an_object_is_not_the_subject():
    body = "Pavel Dorn met the Israeli military and said “the quays are safe.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_particle_on_a_hyphen_ends_a_name():
    body = "Syrian President Bashar al-Assad said: “We will win.” The daily Sawt al-Sha'b wrote that “hopes are high.”"
    assert [who for who, _ in attributed(body)] == ["Bashar al-Assad", "Sawt al-Sha'b"]


def test_a_second_phrase_in_the_same_reported_clause_is_the_same_speakers():
    body = "Mayor Pavel Dorn said the company would “pay the price” for the “reckless closure.”"
    assert attributed(body) == [("Pavel Dorn", "pay the price"), ("Pavel Dorn", "reckless closure.")]


def test_a_phrase_after_a_clause_break_stays_the_authors():
    body = "Mayor Pavel Dorn said the company would “pay the price”, while traders called it a “reckless closure.”"
    assert attributed(body) == [("Pavel Dorn", "pay the price")]


def test_a_quote_no_sentence_credits_goes_to_the_outlet_in_the_tag_after_it():
    body = "--The delegation included “a number of top state and military officials” (Amman radio, 8 March)."
    assert [who for who, _ in attributed(body)] == ["Amman radio"]


def test_a_tag_after_a_quote_that_a_verb_of_saying_credits_is_only_its_source():
    body = "--Pavel Dorn, in a speech, said that he hoped “the quays will open by May” (Amman radio, 8 March)."
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_citys_broadcaster_and_a_state_outlet_keep_their_medium():
    body = "Tehran radio said “the talks are over.” Iran state TV said “the talks will resume.”"
    assert [who for who, _ in attributed(body)] == ["Tehran radio", "Iran state TV"]


def test_a_name_after_daily_or_weekly_is_an_outlet_whose_column_speaks():
    body = (
        "A column in the weekly Sawt al-Sha'b hoped for talks, stating that “we entertain high hopes.” "
        "The column also warned of “further humiliation and division” without them."
    )
    assert [who for who, _ in attributed(body)] == ["Sawt al-Sha'b", "Sawt al-Sha'b"]


def test_a_date_between_an_outlet_and_its_verb_keeps_the_outlet_the_subject():
    body = "Al-Hayah on 9 March reported that the king had been “received in holy Mecca.”"
    assert [who for who, _ in attributed(body)] == ["Al-Hayah"]


def test_the_king_is_the_king_the_report_named():
    body = "King Husayn met the press in Washington. Later, the king said he hoped relations would “return to their warmth.”"
    assert [who for who, _ in attributed(body)] == ["King Husayn"]


def test_a_name_line_whose_description_holds_initials_is_still_a_name_line():
    body = "Pavel Dorn, Counselor at the Harbour Institute and former U.S. Envoy to the Port Authority: “The speech was powerful.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_second_quote_after_a_collections_tweet_tag_goes_on_with_the_name_line():
    body = "Harbour Union: “We thank the mayor for standing with us.” [Tweet, 10/18/2023] “The quays are safe again.” [Tweet, 10/18/2023]"
    assert [who for who, _ in attributed(body)] == ["Harbour Union", "Harbour Union"]


def test_a_that_clause_without_that_and_a_noun_subject_carries_the_speakers_term():
    body = "In a broadcast speech, Mayor Pavel Dorn said the accord recognises the port's “trading rights” in full."
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_name_from_the_middle_of_a_full_name_is_that_person():
    body = "Brazilian President Luiz Inácio Lula da Silva said “we need peace.” Lula later said “we need it now.”"
    assert [who for who, _ in attributed(body)] == ["Luiz Inácio Lula da Silva"] * 2


def test_a_plural_noun_and_a_bodys_name_joined_by_and_are_one_body():
    body = "The Hostages and Missing Families Forum said that “the deal must come now.” It urged the mayor “to reopen the quays.”"
    assert [who for who, _ in attributed(body)] == ["Hostages and Missing Families Forum"] * 2


def test_two_people_joined_by_and_stay_two():
    body = "Pavel Dorn and Marta Kovacs said that “the quays must reopen.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Marta Kovacs"]


def test_said_x_right_after_a_split_quote_wins_over_the_clause_before_it():
    body = "The port authority continues to assert that “nothing has changed,” said Marta Kovacs, director of Harbour Watch."
    assert [who for who, _ in attributed(body)] == ["Marta Kovacs"]


def test_a_weak_cue_inverted_right_after_the_quote_still_names_the_speaker():
    body = "“A lot of ports are closing,” observed Pavel Dorn, mayor of the old town. “I understand why.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Pavel Dorn"]


def test_said_an_unnamed_official_right_after_the_quote_is_no_speaker():
    assert attributed("“We will stay,” said a senior Harbour Authority official.") == []


def test_made_clear_is_a_cue():
    assert [who for who, _ in attributed("Marta Kovacs made clear that “the quays will reopen.”")] == ["Marta Kovacs"]


def test_a_name_opening_with_the_arabic_article_is_a_body_not_a_person():
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n'
        "Al-Hayah on 9 March reported that the king was “received in holy Mecca.” Khalil Al-Hayya said “we will answer.”\n",
        "reports/a.md",
    )
    registry = Registry([])
    found = extract_statements(report, registry)
    assert [(registry[s.speaker].name, registry[s.speaker].kind) for s in found.statements] == [
        ("Al-Hayah", "organization"),
        ("Khalil Al-Hayya", "person"),
    ]


def test_a_digest_bullets_leading_date_does_not_hide_its_name_line():
    body = "• October 26: Harbour Mayor Pavel Dorn: “The quays have crossed the red lines.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_national_army_named_in_lower_case_speaks():
    body = "The Israeli army said in a statement that “troops are operating in the area.”"
    assert [who for who, _ in attributed(body)] == ["Israeli army"]


def test_a_plural_common_noun_opening_a_sentence_is_no_name():
    assert attributed("Analysts declared the evidence not “conclusive” but “compelling.”") == []


def test_x_quotes_y_gives_the_words_to_y():
    body = "The mayor’s aide Marta Kovacs wrote a memoir. Kovacs quotes Dorn, “If we solve the quays, the port will look small.”"
    assert [who for who, _ in attributed(body)] == ["Dorn"]


def test_a_year_between_a_name_and_its_verb_keeps_the_name_the_subject():
    body = "Harbour University Professor Marta Kovacs in 2018 wrote, “The records show that the port stayed open.”"
    assert [who for who, _ in attributed(body)] == ["Marta Kovacs"]


def test_two_bodies_joined_by_and_the_both_speak():
    body = "The Harbour Ministry and the Coastal Agency said that “the quays will reopen in May.”"
    assert [who for who, _ in attributed(body)] == ["Harbour Ministry", "Coastal Agency"]


def test_in_the_bodys_words_is_the_body_last_named():
    body = "The Harbour Church spoke out again this week. In the church’s words: “The authorities do not hide their plans.”"
    assert [who for who, _ in attributed(body)] == ["Harbour Church"]


def test_a_named_spokesperson_of_a_body_speaks_for_himself():
    body = "Colonel Pavel Dorn, a spokesperson for the Harbour Council, announced that the quays would close “until further notice.”"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_body_named_with_for_after_its_body_word_is_one_body():
    body = "A study by the International Institute for Harbour Studies said “the port has built a network of quays.”"
    assert [who for who, _ in attributed(body)] == ["International Institute for Harbour Studies"]


def test_a_clause_of_one_named_subject_ending_on_a_colon_introduces_its_words():
    body = "To explain the closure, the Harbour Ministry offered some verbal gymnastics: “We are against any closure of the quays.”"
    assert [who for who, _ in attributed(body)] == ["Harbour Ministry"]


def test_a_colon_after_a_clause_naming_two_does_not_pick_one():
    assert attributed("Pavel Dorn met Marta Kovacs in the old town: “The quays are closing.”") == []


def test_a_body_named_in_lower_case_after_a_quote_speaks():
    body = "“We urge all citizens to stay home,” the US embassy said in a statement."
    assert [who for who, _ in attributed(body)] == ["US embassy"]


def test_said_on_friday_then_a_named_subject_is_a_that_clause():
    body = "Mayor Pavel Dorn said on Friday the Port Authority will impose costs for the company's “appalling attempts” to close."
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]


def test_a_wire_headlines_single_marked_word_in_a_report_quoting_in_double_marks():
    body = "Mayor Pavel Dorn acknowledges 'pain' of dockers over closure\n\nMarta Kovacs said the closure was “a loss for everyone.”"
    assert attributed(body) == [("Pavel Dorn", "pain"), ("Marta Kovacs", "a loss for everyone.")]


def test_an_apostrophe_is_no_quotation_mark_in_a_paragraph_without_double_marks():
    assert attributed("Marta Kovacs said the dockers' union and Britain's envoy met in the '90s.") == []


def test_a_cited_title_in_a_notes_list_entry_is_nobodys_statement():
    body = "6. Mayor ‘will not close the quays,’ says Pavel Dorn – Harbour live – The Herald, accessed February 21, 2026, <https://example.org/live>"
    assert attributed(body) == []


def test_a_name_after_promised_is_its_object_not_an_inverted_speaker():
    body = "Pavel Dorn said that if the port does not get promised Harbour Council aid, the dockers will leave “in small steps.”"
    assert [who for who, _ in attributed(body)] != ["Harbour Council"]


def test_mr_and_a_surname_is_the_full_name_the_report_gave_even_as_an_object():
    body = "It follows a call between President Barack Obama and Mr Rouhani.\n\nMr Obama hailed the deal. “It achieves a great deal,” Mr Obama said."
    assert [who for who, _ in attributed(body)] == ["Barack Obama"]


def test_a_mission_or_delegation_to_a_body_is_one_body_that_speaks():
    body = (
        "The Ruritanian Mission to the Union on Wednesday said Ruritania is “firmly against” the moves.\n\n"
        "The Ruritanian Delegation to the Assembly urged the Union to “stop interfering at once.”"
    )
    assert [who for who, _ in attributed(body)] == ["Ruritanian Mission to the Union", "Ruritanian Delegation to the Assembly"]


def test_a_person_sent_to_a_body_stays_the_person():
    body = "Lena Varga, the envoy of Ruritania to the Union, said on Wednesday that it is “firmly against” the moves."
    assert [who for who, _ in attributed(body)] == ["Lena Varga"]


def test_a_body_of_a_body_named_by_its_letters_is_the_whole_body():
    body = "The Council of the NU said on Tuesday that it “adopted conclusions on the matter.” Ruritania objected."
    assert [who for who, _ in attributed(body)] == ["Council of the NU"]


def test_a_person_with_a_role_of_a_body_by_its_letters_stays_the_person():
    body = "Secretary of the NU Marek Holt said on Tuesday that it “adopted conclusions on the matter.” Ruritania objected."
    assert [who for who, _ in attributed(body)] == ["Marek Holt"]


def test_a_spokesperson_for_a_mission_to_a_body_speaks_for_the_mission():
    body = "Separately, a spokesperson for the Ruritanian Mission to the Union said: “We reject this.” Norland disagreed."
    assert [who for who, _ in attributed(body)] == ["Ruritanian Mission to the Union"]


def test_a_spokesperson_for_a_firm_sending_goods_to_a_body_speaks_for_the_firm():
    body = "Separately, a spokesperson for Norland Steel said the firm sent steel to the Union: “We reject this.” Many disagreed."
    assert [who for who, _ in attributed(body)] == ["Norland Steel"]


def test_a_bodys_unnamed_staff_in_the_possessive_speak_for_the_body():
    # "X’s spokesman", "X’s detention monitor", "the ministry’s spokesman": credited as "a spokesperson for X" is
    context = "The Interior Ministry detained Tan Wei in March. Rights groups have followed his case.\n\n"
    words = "“People can disappear for months,”"
    for credit in (
        "Harbour Watch’s detention monitor wrote.",
        "human rights group Harbour Watch’s detention monitor wrote.",
        "wrote Harbour Watch’s detention monitor.",
        "rights NGO Quiet Defenders’ RSDL monitor wrote.",  # a plural name's bare apostrophe, an acronym before the noun
    ):
        assert [who for who, _ in attributed(context + words + " " + credit)] in (["Harbour Watch"], ["Quiet Defenders"])
    assert attributed(context + "Harbour Watch’s researcher said: “People can disappear for months.”") == [
        ("Harbour Watch", "People can disappear for months.")
    ]
    assert [who for who, _ in attributed(context + words + " the ministry’s spokesman said.")] == ["Interior Ministry"]


def test_a_persons_staff_a_staff_member_named_or_one_unnamed_are_not_the_body():
    context = "Karl Dorn was detained in March. Rights groups have followed his case.\n\n"
    words = "“People can disappear for months,”"
    assert attributed(context + words + " a detention monitor wrote.") == []
    assert attributed(context + words + " Dorn’s lawyer said.") == []
    assert attributed("Governor Vera Holm spoke on Monday. " + words + " Holm’s spokesman said.") == []
    assert [who for who, _ in attributed(context + words + " Harbour Watch’s monitor, Lena Moor, wrote.")] == ["Lena Moor"]
    assert attributed(context + words + " a Harbour Watch official said.") == []


SELLING = "Velmark is selling laptops that come with adware, researchers said.\n\n"


def test_a_companys_unnamed_representative_speaks_for_the_company():
    body = (
        SELLING + "A Velmark representative said in a forum that the adware had been removed and cited “some issues with "
        "pop-ups” as the reason.\n\nThe company said it found “no evidence of any risk.”"
    )
    assert attributed_with_kinds(body) == [
        ("Velmark", "organization", "some issues with pop-ups"),
        ("Velmark", "organization", "no evidence of any risk."),
    ]


def test_a_companys_page_speaks_for_the_company():
    body = SELLING + "The Quillnet page warned that “private certificates can be used to read every connection.”"
    assert attributed(body) == [("Quillnet", "private certificates can be used to read every connection.")]


def test_a_legislator_or_a_platforms_page_is_no_body_speaking():
    body = (
        SELLING + "A Texas representative said the laptops were “a danger to every family.”\n\n"
        "A Republican representative said the firm had “misled its buyers.”\n\n"
        "The campaign’s Facebook page said the recall was “long overdue.”"
    )
    assert attributed(body) == []


def test_a_representative_of_an_unnamed_union_stays_unnamed():
    body = SELLING + "A representative of the union, who asked not to be named, said the deal was “a disgrace for the workers.”"
    assert attributed(body) == []


CANDIDATE = "Governor Ada Fisk leads in the polls. "


def test_a_candidates_campaign_is_a_body_of_its_own():
    # the gold's convention: "The Harris campaign" speaks as a body, not the candidate
    for sentence in (
        "The Fisk campaign said the ads were “a sign of panic”.",
        "“The ads are a sign of panic,” the Fisk campaign said.",
        "Fisk’s campaign said in a statement that the ads were “a sign of panic”.",
        "“The ads are a sign of panic,” Fisk’s campaign said in a statement.",
        "“The ads are a sign of panic,” said the Fisk campaign.",
    ):
        assert attributed_with_kinds(CANDIDATE + sentence)[0][:2] == ("Fisk campaign", "organization"), sentence


def test_a_body_in_lower_case_after_an_inverted_cue_is_the_body_not_the_person_so_named():
    assert [name for name, _quote in attributed(CANDIDATE + "“The ads are a sign of panic,” said the Fisk government.")] == ["Fisk government"]


def test_a_campaigns_unnamed_staff_and_its_manager_are_not_the_campaign():
    # near misses: a spokesman of no named campaign is unnamed; "the Fisk campaign manager" is a person, not the body
    assert attributed(CANDIDATE + "“The ads are a sign of panic,” a campaign spokesman said.") == []
    manager = attributed(CANDIDATE + "“The ads are a sign of panic,” said the Fisk campaign manager.")
    assert "Fisk campaign" not in [name for name, _quote in manager]


def test_a_bracketed_acronym_takes_no_words_of_the_paragraph_before():
    # near miss: the place ending the paragraph above is no word of the body's name
    body = (
        "A drone struck a warehouse in the port of Kesh Vale.\n\n"
        "The Norland Defence Forces (NDF) sent its jets over the port on Sunday.\n\n"
        "“The raiders’ boats were struck at their moorings,” the NDF said."
    )
    assert attributed(body) == [("Norland Defence Forces", "The raiders’ boats were struck at their moorings,")]
