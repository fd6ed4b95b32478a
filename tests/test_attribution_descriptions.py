"""How the genre describes a speaker after the cue and who a 'he' means after a sentence with two people in it: passages
written for these tests, each with the near miss beside it."""

from __future__ import annotations

import datetime as dt

import dossier.attribution.engine as engine
from dossier.actors import Registry
from dossier.attribution.names import chunks, head_of
from dossier.dates import last_said_date
from dossier.document import read_report
from passages import attributed


def test_an_unnamed_source_described_by_the_body_he_serves_is_nobody():
    body = (
        "“The warnings were ignored,” said one US intelligence official. “The army was ready,” said a senior officer at "
        "the Defence Intelligence agency. “We knew for months,” said two NATO diplomats. “It would have fallen,” said one HUR general."
    )
    assert attributed(body) == []


def test_a_body_role_and_name_after_the_cue_is_the_named_person():
    body = (
        "“We are watching,” said Kremlin spokesman Oleg Varin. “The risk is real,” said former Treasury official Dana Kells. "
        "“We will respond,” said State Department spokeswoman Mira Holt."
    )
    assert attributed(body) == [("Oleg Varin", "We are watching,"), ("Dana Kells", "The risk is real,"), ("Mira Holt", "We will respond,")]


def test_a_body_after_the_cue_without_a_role_and_name_is_still_the_body():
    assert attributed("“Talks will resume,” said the Foreign Ministry in a statement.") == [("Foreign Ministry", "Talks will resume,")]


def test_he_after_a_sentence_is_its_main_subject_not_the_person_in_its_that_clause():
    body = (
        "The army chief, Taras Borenko, was frustrated that Halyna Osadcha did not want to call up the reserves. "
        "“You cannot fight without soldiers,” he said."
    )
    assert attributed(body) == [("Taras Borenko", "You cannot fight without soldiers,")]


def test_he_after_a_sentence_whose_last_subject_acts_in_the_main_clause_is_that_subject():
    body = "Taras Borenko left the room before Halyna Osadcha arrived. Later Piotr Lenko spoke. “We wait,” he said."
    assert attributed(body) == [("Piotr Lenko", "We wait,")]


def test_a_capitalised_word_opening_the_sentence_is_not_its_main_subject():
    body = "Relations soured when Taras Borenko met his rival. At the press table he announced that “the talks are over”."
    assert attributed(body) == [("Taras Borenko", "the talks are over")]


def test_fired_back_is_a_cue():
    body = "After Piotr Lenko remarked that “the border is a line on a map,” Taras Borenko fired back. “It is our home,” he said."
    assert attributed(body) == [("Piotr Lenko", "the border is a line on a map,"), ("Taras Borenko", "It is our home,")]


def test_a_function_word_quoted_alone_is_a_word_mentioned_not_a_statement():
    body = "Taras Borenko told the cabinet an attack was now a matter of “when”, not “if”. Asked again, Borenko said “no.”"
    assert attributed(body) == [("Taras Borenko", "no.")]


def test_a_demonym_before_a_plural_noun_is_nobody_a_he_could_mean():
    body = "As for Piotr Lenko, his note to the Polish and Lithuanian presidents suggested he knew. He also told them: “You will see our faces.”"
    assert attributed(body) == [("Piotr Lenko", "You will see our faces.")]


def test_a_word_the_report_writes_in_lower_case_is_not_the_he_of_the_next_sentence():
    body = "After the call, Harlan Brooks left for the front. War was inevitable, and the war would come soon. “We are ready,” he said."
    assert attributed(body) == [("Harlan Brooks", "We are ready,")]


def test_a_newsletter_item_credits_the_outlet_whose_reporters_wrote_the_story_it_quotes():
    body = (
        "CHINA CHIPS — Ledger: “The new export rules could undercut the chip industry.”\n\n"
        "HOLIDAY DISCOUNTS — Courier’s Abha Rane: “Retailers now face a glut of unsold goods.”\n\n"
        "BUYERS IN RETREAT — Ledger’s Liz Marr, Garfield Orr and Michael Dunne: “Most buyers have stepped away.”"
    )
    assert attributed(body) == [
        ("Ledger", "The new export rules could undercut the chip industry."),
        ("Courier", "Retailers now face a glut of unsold goods."),
        ("Ledger", "Most buyers have stepped away."),
    ]


def test_a_possessive_name_line_without_a_newsletter_kicker_is_the_person():
    assert attributed("Kremlin’s Oleg Varin: “We will not comment.”") == [("Oleg Varin", "We will not comment.")]


def test_he_after_a_speaker_whose_that_clause_names_another_who_acts_is_the_speaker():
    body = "Piotr Lenko called it “not fair” that Harlan Brooks continued pressing for a deal. “I hope it is tactics,” he said."
    assert attributed(body) == [("Piotr Lenko", "not fair"), ("Piotr Lenko", "I hope it is tactics,")]


def test_a_titled_family_name_is_the_person_named_with_the_family_name_first():
    body = "“The US is seeking to divide us,” said Zhao Hai, a researcher. “Hawks have the upper hand,” said Mr Zhao."
    assert attributed(body) == [("Zhao Hai", "The US is seeking to divide us,"), ("Zhao Hai", "Hawks have the upper hand,")]


def test_madam_is_a_title_not_part_of_the_name():
    assert attributed("Madam Fu Ying said: “We are not the Soviet Union.”") == [("Fu Ying", "We are not the Soviet Union.")]


def test_a_participle_after_a_clause_whose_subject_is_a_nation_s_role_is_the_person_named_so():
    body = (
        "French President Henri Lavall arrived in Munich. The French leader made Europe’s stance clear on Friday, "
        "saying: “You can negotiate without the Europeans, but it will not bring peace.”"
    )
    assert attributed(body) == [("Henri Lavall", "You can negotiate without the Europeans, but it will not bring peace.")]


def test_a_name_with_a_description_holding_another_name_after_the_quote_is_the_first_name():
    body = "“The bluff reveals a gambler’s mind,” the Ledger Weekly, an offshoot of the party mouthpiece, the Daily Bugle, said."
    assert attributed(body) == [("Ledger Weekly", "The bluff reveals a gambler’s mind,")]


def test_an_ambassador_to_a_body_named_by_its_letters_is_the_person_after_them():
    body = (
        "US Ambassador to NATO Harlan Brooks publicly set out this view in Munich, explicitly stating that the war "
        "effort is being “completely enabled by Beijing,” and argued for more sanctions."
    )
    assert attributed(body) == [("Harlan Brooks", "completely enabled by Beijing,")]


def test_a_share_of_respondents_is_nobody_and_the_body_that_ran_the_survey_is_not_them():
    body = (
        "In a recent survey of the research society Ostwald Gesellschaft, 55% of respondents stated that work with Beijing "
        "was “important and even essential” for them. Most of those polled said it was “vital”."
    )
    assert attributed(body) == []


def test_a_saying_referred_to_is_a_phrase_mentioned_not_the_referrer_s_statement():
    body = "Mr Harlan Brooks appears soft, referring to the Chinese saying about “a needle hidden in a ball of cotton” that pricks."
    assert attributed(body) == []


def test_a_quote_standing_alone_is_the_one_the_next_sentence_says_these_words_of():
    body = (
        "A first paragraph.\n\n"
        "“Glory to the republic! Down with the tyrant!”. Pavel Orlov, who was sentenced to eight years, cried out these "
        "slogans in court and is now sentenced again."
    )
    assert attributed(body) == [("Pavel Orlov", "Glory to the republic! Down with the tyrant!")]
    assert attributed("“The war is over!”. The crowd cried out these words in the square.") == []


def test_a_common_word_opening_a_sentence_is_no_referent_even_where_a_title_capitalises_it_once():
    body = (
        "Brooks had read the book War by then. Harlan Brooks left for the front. War was inevitable, and the war would come "
        "soon; the war was all they spoke of, the war and the border. “We are ready,” he said."
    )
    assert attributed(body) == [("Harlan Brooks", "We are ready,")]


def test_he_after_an_unnamed_source_said_after_a_quote_is_the_unnamed_source():
    body = (
        "Harlan Brooks met the envoys in May.\n\n"
        "“They told me it is happening,” said a Ukrainian intelligence official in Washington. “I could see no doubt,” he told them."
    )
    assert attributed(body) == []


def test_a_ministry_of_two_things_joined_by_and_is_one_body():
    body = "Taiwan’s Ministry of Transportation and Communication said that “flights will be rerouted for two days.”"
    assert attributed(body) == [("Taiwan’s Ministry of Transportation and Communication", "flights will be rerouted for two days.")]


def test_it_means_a_body_never_a_person_named_in_full():
    body = "Chancellor Dieter Vollmar approved a framework in December. It calls for a “holistic and nationwide approach” to research."
    assert attributed(body) == []


def test_it_means_the_company_named_by_its_trade():
    assert [head_of(name).kind for name in ("Halvard Devices", "Nordic Semiconductors", "Brun Technologies Inc")] == ["organization"] * 3
    assert head_of("Dieter Vollmar").kind == "person"
    body = "Halvard Devices said it has supplied equipment to Russia for years. It said its stock was “quite outdated.”"
    assert attributed(body) == [("Halvard Devices", "quite outdated.")]


def test_a_quote_naming_the_speaker_by_its_acronym_goes_on_with_the_speaker():
    body = (
        "Chips came from Kessler Semiconductors Inc (KSI) and others.\n\n"
        "A spokesperson for KSI said the firm “strictly complies” with export rules. “That includes requiring all KSI customers to stop sales.”"
    )
    assert [quote for _, quote in attributed(body)] == ["strictly complies", "That includes requiring all KSI customers to stop sales."]
    assert {speaker for speaker, _ in attributed(body)} == {"Kessler Semiconductors"}


def test_an_account_or_channel_described_but_not_named_is_nobody():
    body = (
        "“We are losing men every day,” according to one Telegram account associated with the unit. "
        "“The front is holding,” according to Grey Zone, a channel linked to the unit."
    )
    assert attributed(body) == [("Grey Zone", "The front is holding,")]


def test_a_demonym_and_role_words_before_the_name_after_the_quote_are_the_persons_description():
    body = (
        "“The war is a family tragedy,” wrote Ukrainian commentator Iryna Volkova on January 16. "
        "The talks were “substantive and productive”, top Ukrainian negotiator Rustam Umarov said Wednesday."
    )
    assert attributed(body) == [("Iryna Volkova", "The war is a family tragedy,"), ("Rustam Umarov", "substantive and productive")]


def test_an_invisible_joiner_from_agency_copy_is_read_as_a_space():
    assert attributed("“Putin can end this war now,” EU spokesperson Anitta Hoffer \u200dsaid.") == [("Anitta Hoffer", "Putin can end this war now,")]


def test_the_agency_after_a_body_named_by_its_letters_is_that_body():
    body = "The BND said that its analysis showed higher spending.\n\n“These figures embody the growing threat,” the agency said in a statement."
    assert attributed(body) == [("BND", "These figures embody the growing threat,")]


def test_a_press_reviews_paper_with_its_issue_date_is_the_subject():
    body = "EL WATAN of 16 January reported that “terrorist threats” have promoted a climate of fear, “imposing a life style on the town.”"
    assert [speaker for speaker, _ in attributed(body)] == ["EL WATAN", "EL WATAN"]


def test_verbs_that_double_their_last_consonant_and_portraying_are_cues():
    body = (
        "Marta Kowal admitted that “the figures were wrong.” Jonas Berg referred to the campaign as “an effort to empty the city.” "
        "Pavel Orlov spoke for an hour, portraying the conflict as “a family tragedy” rather than an invasion. "
        "Ivan Ryabov objected to the United States “compartmentalizing” strategic stability."
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Marta Kowal", "Jonas Berg", "Pavel Orlov", "Ivan Ryabov"]


def test_a_plural_noun_after_a_demonym_is_no_verb_of_saying():
    body = "Dmitry Medvin stated that Russian demands for ending the war “remain unchanged” and that Finland “wiped” out its past."
    assert attributed(body) == [("Dmitry Medvin", "remain unchanged"), ("Dmitry Medvin", "wiped")]


def test_a_repeated_phrase_with_its_own_cue_is_said_again():
    body = (
        "• Kremlin says Russia will fight until Kyiv makes ‘decisions’\n\n"
        "Kremlin spokesman Dmitry Peskar said Russia would keep fighting until Kyiv made “decisions”, and the talks went on."
    )
    assert attributed(body) == [("Kremlin", "decisions"), ("Dmitry Peskar", "decisions")]


def test_from_a_persons_perspective_is_in_his_view():
    body = "From Patriarch Kiril's perspective, events in Montenegro are akin to a “Ukrainian scenario” that encroaches “on canonical Orthodoxy.”"
    assert attributed(body) == [("Patriarch Kiril", "Ukrainian scenario"), ("Patriarch Kiril", "on canonical Orthodoxy.")]


def test_a_quoted_phrase_before_a_participle_is_no_noun_modifier():
    body = "Spokesperson Mohammed Abdul said the strikes hit civilians. He slammed what he said was “brutal Israeli aggression” aimed at the port."
    assert attributed(body) == [("Mohammed Abdul", "brutal Israeli aggression")]


def test_a_quoted_phrase_before_a_verb_of_saying_in_the_passive_stays_a_label():
    body = "In 2003, President George Bush publicly opposed “comments and actions” proposed by Taipei that would change the status quo."
    assert attributed(body) == []


def test_a_strait_or_a_sea_is_a_place_nobody_speaks_for():
    assert [head_of(name) for name in ("the Taiwan Strait", "Red Sea", "Persian Gulf")] == [None, None, None]
    body = "The balance across the Taiwan Strait has shifted in Beijing's favour. It calls this the “three dominances”."
    assert attributed(body) == []


def test_according_to_the_agency_is_the_agency_last_named():
    body = "The BND said that its analysis showed higher spending. The rise is a “major provocation to the West”, according to the agency."
    assert attributed(body) == [("BND", "major provocation to the West")]


def test_it_after_a_body_introduced_with_a_description_is_that_body():
    body = (
        "But the probe by Reuters and the institute found an active roster of substitute players.\n\n"
        "Take the case of OOO Lumen Parts, a Moscow-based distributor of chips. It states on its website that its aim is to give clients "
        "“the best solutions from global manufacturers.”"
    )
    assert attributed(body) == [("OOO Lumen Parts", "the best solutions from global manufacturers.")]


def test_continue_to_do_is_no_verb_of_saying():
    body = "Bezal Smotrin said Israel must continue to attack “with all its might even in distant places,” while others disagreed."
    assert attributed(body) == [("Bezal Smotrin", "with all its might even in distant places,")]


def test_a_nations_armed_forces_are_a_body_that_speaks():
    body = "The Malian armed forces said Friday that clashes were taking place in a region that “remains a bastion of smugglers.”"
    assert attributed(body) == [("Malian armed forces", "remains a bastion of smugglers.")]


def test_a_cue_word_after_a_preposition_is_a_noun():
    body = "This perception is fueled by talk of Taiwan once again serving as an outpost for the “free world.”"
    assert attributed(body) == []


def test_deemed_is_a_describing_cue():
    body = "Patriarch Ilarion directed a six-minute long harangue at the Bulgarian president for remarks Ilarion deemed “outrages” of historical revisionism."
    assert attributed(body) == [("Patriarch Ilarion", "outrages")]


def test_a_quoted_name_of_a_policy_is_a_label_even_in_a_speakers_clause():
    body = "Yet Beijing believes that the United States has all but abandoned its “one China” policy, in which Washington acknowledges it."
    assert attributed(body) == []


def test_an_infinitive_cue_far_from_its_verb_is_the_verbs_subject_s():
    body = (
        "Council Chairperson Dmitri Medvin used a three-way interview with Western and Russian newswires and a milblogger "
        "to reaffirm that the demands “remain unchanged” for now. Oleg Putov published an essay, in which he went back as far "
        "as the ninth century to make the argument that “true sovereignty is possible only in partnership with us.”"
    )
    assert attributed(body) == [("Dmitri Medvin", "remain unchanged"), ("Oleg Putov", "true sovereignty is possible only in partnership with us.")]


def test_a_bodys_unnamed_secretary_general_speaks_for_the_body():
    body = "The NATO secretary general said: “The allegation is false and we know it.” The secretary said: “We will see.”"
    assert attributed(body)[0] == ("NATO", "The allegation is false and we know it.")


def test_a_quote_opening_with_the_named_persons_surname_and_a_verb_is_about_him():
    body = "Liam Zerou reportedly considers nationalism part of his new national order: “Zerou goes back to the origins of the revolution.”"
    assert attributed(body) == []
    assert attributed("Liam Zerou, president of the council: “Algeria goes back to the origins of the revolution.”") == [
        ("Liam Zerou", "Algeria goes back to the origins of the revolution.")
    ]


def test_a_participles_subject_may_be_the_pronoun_opening_the_sentence():
    body = (
        "Vadim Poltin arrived in Alaska.\n\n"
        "• He intended to use the summit to underscore ties to the United States, portraying the war as “a family tragedy” rather than an invasion."
    )
    assert attributed(body) == [("Vadim Poltin", "a family tragedy")]


def test_a_day_something_is_due_does_not_date_the_words():
    published = dt.date(2026, 2, 2)
    assert last_said_date("He spoke on February 1 about New START, which expires on February 5.", 2026, published) == dt.date(2026, 2, 1)
    assert last_said_date("Putin could use a set-piece speech, due on 21 April, to make his case.", 2022, None) is None
    assert last_said_date("He said on 21 April that talks would resume.", 2022, None) == dt.date(2022, 4, 21)


def test_one_name_that_opens_the_one_full_name_given_is_that_person():
    body = (
        "Zhao Huasen argues that “China needs a calm border.” Zhao adds that “Russia is the only power not opposed to us.”\n\n"
        "Vassil Nebenzov said “the West is lying.” Vassil continued, “there is no proof of these accusations.”"
    )
    assert {speaker for speaker, _ in attributed(body)} == {"Zhao Huasen", "Vassil Nebenzov"}
    two = "Zhao Huasen argues that “China needs a calm border.” Zhao Lijun said “no.” Zhao adds that “Russia is the only power not opposed.”"
    assert "Zhao Huasen" not in {speaker for speaker, quote in attributed(two) if quote.startswith("Russia")}


def test_a_family_name_alone_is_named_in_full_by_its_hyphenated_given_name():
    body = "President Tsoi Ing-wen’s playbook is worth a look.\n\nTsoi said: “We will not provoke anyone.”"
    assert attributed(body) == [("Tsoi Ing-wen", "We will not provoke anyone.")]


def test_a_fragment_joined_to_the_next_cued_quote_is_the_same_speakers():
    body = (
        "Sviatos Shevchenko spoke in Kyiv.\n\n"
        "“Every night we hear warnings” followed by “rockets, drones and missiles from the sky,” he told the agency."
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Sviatos Shevchenko", "Sviatos Shevchenko"]
    other = "“Every night we hear warnings” read the sign, but “rockets fell anyway,” he told the agency."
    assert [quote for _, quote in attributed("Sviatos Shevchenko spoke in Kyiv.\n\n" + other)] == ["rockets fell anyway,"]
    # near misses: a verb of saying before the fragment gives it to its own subject, not to the next quote's speaker
    insist = "Officials insist the water is “perfectly safe” to drink, yet “my children got sick,” resident Ann Lee said."
    assert attributed(insist) == [("Ann Lee", "my children got sick,")]
    chant = "The strikers chanted “no more cuts” all night, yet “we will not be moved,” Tom Vale said."
    assert attributed(chant) == [("Tom Vale", "we will not be moved,")]


def test_she_is_the_woman_named_not_the_man_named_after():
    body = (
        "Four years after Vladimir Putin ordered an invasion, the economy has entered a “death zone,” said Alexandra Prokova, a fellow.\n\n"
        "In a recent op-ed, the former central bank adviser explained the data. “The economy is stuck in a trap,” she wrote."
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Alexandra Prokova", "Alexandra Prokova"]
    assert [speaker for speaker, _ in attributed(body.replace("she wrote", "he wrote"))] == ["Alexandra Prokova", "Vladimir Putin"]


def test_a_headline_that_opens_with_a_quote_then_a_colon_is_the_named_doers():
    body = "‘Maya Macin should be ashamed’: Scott Bessor launches war of words with the watchdog\n\n‘The talks failed’: analysts say the war goes on"
    assert attributed(body) == [("Scott Bessor", "Maya Macin should be ashamed")]


def test_a_weekday_earlier_in_the_paragraph_naming_the_speaker_dates_the_quote():
    markdown = (
        '+++\ntitle = "Talks"\nslug = "talks"\ndate = 2026-02-05\n+++\n\n'
        "Secretary of State Marco Rubin on Wednesday urged patience. “We are making progress,” Rubin said in a video.\n\n"
        "On Wednesday the army attacked. “We are ready,” Olga Kurova said.\n"
    )
    registry = Registry([])
    found = engine.attribute(read_report(markdown, "reports/talks.md"), registry)
    dates = {registry[s.speaker].name: s.date.isoformat() for s in found.statements if s.date}
    assert dates == {"Marco Rubin": "2026-02-04", "Olga Kurova": "2026-02-05"}


def test_a_title_and_surname_is_named_in_full_by_the_one_first_name_the_report_gives():
    body = "Major Archbishop Sviato Shevchenko leads the church.\n\n“We hear warnings every night,” Archbishop Shevchenko told the agency."
    assert attributed(body) == [("Sviato Shevchenko", "We hear warnings every night,")]


def test_a_body_named_x_for_a_and_b_runs_on_with_its_region():
    text = "the Organization for Security and Co-operation in Europe (OSCE) said; the Ministry of Trade and Industry in Moscow said"
    assert [chunk.text for chunk in chunks(text)] == [
        "Organization for Security and Co-operation in Europe",
        "OSCE",
        "Ministry of Trade and Industry",
        "Moscow",
    ]
    assert head_of("Organization for Security and Co-operation in Europe").kind == "organization"


def test_an_acronym_made_of_syllables_is_the_body_it_shortens():
    body = "United States European Command released a statement.\n\n“The channel will help,” EUCOM said. “We will see,” NAVO said."
    assert [speaker for speaker, _ in attributed(body)] == ["United States European Command", "NAVO"]


def test_a_bodys_investigation_speaks_for_the_body():
    body = "An October 2025 United Nations investigation into the drone attacks found that the army was guilty of “coordinated actions to drive people out.”"
    assert attributed(body) == [("United Nations", "coordinated actions to drive people out.")]
