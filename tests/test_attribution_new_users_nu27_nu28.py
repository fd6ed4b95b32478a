"""Credits the detector learnt from two new users' reports (a wire story republished by a regional paper, a UN agency's
press release, a blog's Markdown, an inquiry's report, a French think-tank page): each rule's passages written for these
tests with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed


def quoted_in(body: str) -> list[tuple[str, str, list[str]]]:
    """(speaker, quotation opening, the names of those the statement quotes) for each statement found in the body."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote[:20], [registry[q.actor_id].name for q in s.quoted]) for s in found.statements]


def test_a_title_in_capitals_between_role_words_and_the_name_is_one_of_the_role_words():
    ceo = "“We will not cut corners,” company CEO Karl Dorn said."
    assert attributed(ceo) == [("Karl Dorn", "We will not cut corners,")]
    mp = "“The count was rigged,” opposition MP Ann Lee told reporters."
    assert attributed(mp) == [("Ann Lee", "The count was rigged,")]
    cfo = "“Costs rose in every quarter,” the firm's CFO Ivo Hart said."
    assert attributed(cfo) == [("Ivo Hart", "Costs rose in every quarter,")]
    coo = "“Sales fell twice this year,” former company COO Mia Sand said."
    assert attributed(coo) == [("Mia Sand", "Sales fell twice this year,")]
    # near miss: a title in capitals with no name after it names nobody
    assert attributed("“Prices will rise next spring,” the bank's CEO said.") == []


def test_a_fragment_of_the_clause_a_sentence_final_cue_reports_is_the_speakers():
    ceo = "The delays have been “very costly” and the firm is acting, but for now “we will not cut corners,” company CEO Karl Dorn said."
    assert attributed(ceo) == [("Karl Dorn", "very costly"), ("Karl Dorn", "we will not cut corners,")]
    body = "The closures were “deeply harmful” and Harbour Gas Ltd is acting, but “we will not gamble on safety,” Piet Lund said."
    assert attributed(body) == [("Piet Lund", "deeply harmful"), ("Piet Lund", "we will not gamble on safety,")]
    pronoun = "Ivo Hart runs the yard. The storms were “quite severe” this winter, yet “we kept every crane turning,” he said."
    assert attributed(pronoun) == [("Ivo Hart", "quite severe"), ("Ivo Hart", "we kept every crane turning,")]
    # near misses: a person acting between the two, a stop or a semicolon between them, a quote not closing the clause on
    # its comma, and a cue crediting the second term alone ("as stated by")
    other = "The levies were “far too high” and Ann Lee is furious, but “we will not pay them,” Tom Vale said."
    assert attributed(other) == [("Tom Vale", "we will not pay them,")]
    stop = "The fees were “plainly unfair” to the crews. But “we will pay them,” Tom Vale said."
    assert attributed(stop) == [("Tom Vale", "we will pay them,")]
    semicolon = "The tolls were “wildly uneven”; still “we will pay them,” Tom Vale said."
    assert attributed(semicolon) == [("Tom Vale", "we will pay them,")]
    stance = "Velmar has refused to call its stance “neutral” but rather “objective and fair,” as first stated by Minister Ivo Sarn."
    assert attributed(stance) == [("Ivo Sarn", "objective and fair,")]


def test_a_fragment_whose_owner_stands_before_it_is_not_the_sentence_final_speakers():
    # someone before the fragment says it, a text holds it, or it is no copula's complement: only the last quote is the
    # speaker's (the fragment is left to the other rules, which find no one here)
    passages = [
        (
            "Critics call the plan “a giveaway to the rich” and the council has stalled, but “we will press on,” Mayor Ann Lee said.",
            "Ann Lee",
            "we will press on,",
        ),
        (
            "The company's website promises “zero emissions by 2030” and investors are pleased, but “that is a fantasy,” analyst Tom Vale said.",
            "Tom Vale",
            "that is a fantasy,",
        ),
        (
            "Residents describe the noise as “unbearable” and the council is studying it, but “the cranes must run,” Tom Vale said.",
            "Tom Vale",
            "the cranes must run,",
        ),
        (
            "Voters rejected the plan as “too costly” in May and the board is regrouping, but “we will try again,” Tom Vale said.",
            "Tom Vale",
            "we will try again,",
        ),
        ("The unions see the deal as “a betrayal” and are angry, but “we kept our word,” Tom Vale said.", "Tom Vale", "we kept our word,"),
        (
            "The law bans “unfair levies” and the port is bound by it, but “we will comply in full,” Tom Vale said.",
            "Tom Vale",
            "we will comply in full,",
        ),
        (
            "The treaty guarantees “free passage” and the navy is watching, but “we expect no trouble,” Tom Vale said.",
            "Tom Vale",
            "we expect no trouble,",
        ),
        (
            "The Harbour Act requires “reasonable notice” and the port gave it, but “some crews were surprised,” Tom Vale said.",
            "Tom Vale",
            "some crews were surprised,",
        ),
        ("Her predecessor's motto was “ships first” and the port grew, but “times have changed,” Tom Vale said.", "Tom Vale", "times have changed,"),
        (
            "The ministry’s own study found the levy “badly designed” and the board is divided, but “we will keep it,” Tom Vale said.",
            "Tom Vale",
            "we will keep it,",
        ),
        (
            "Ann Lee met the board on Monday. The workers want “a fair share” and the board is split, but “we will listen,” she said.",
            "Ann Lee",
            "we will listen,",
        ),
    ]
    for body, speaker, last in passages:
        assert attributed(body) == [(speaker, last)], body


def test_a_form_of_address_opening_a_witnesss_words_is_no_one_quoted_in_them():
    chairman = (
        "Ann Poe told the Board: “Chairman, the real question is why none of the operators called the Harbour Authority and"
        " said, “We have a real problem”, before the summer.”"
    )
    assert quoted_in(chairman) == [("Ann Poe", "Chairman, the real q", [])]
    madam = "Ivo Hart told the committee: “Madam Chair, the crews only said, “We will cut the fares by June”, and left.”"
    assert quoted_in(madam) == [("Ivo Hart", "Madam Chair, the cre", [])]
    # near misses: a title before a name, an address before a named sayer, stay the one named
    named = "Ivo Hart told the committee: “Chairman Ole Berg, who ran the board, said, “We will cut the tolls by June”, and did not.”"
    assert quoted_in(named) == [("Ivo Hart", "Chairman Ole Berg, w", ["Ole Berg"])]
    sayer = "Ivo Hart told the committee: “Mr Speaker, I recall that Ole Berg said, “We will cut the fares next year”, and he did not.”"
    assert quoted_in(sayer) == [("Ivo Hart", "Mr Speaker, I recall", ["Ole Berg"])]


def occasions(body: str) -> list[tuple[str, str]]:
    """(speaker, occasion) for each statement found in the body."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.occasion) for s in extract_statements(report, registry).statements]


def test_the_occasion_is_the_noun_after_in_a_not_a_noun_inside_its_clause():
    letter = "In a letter calling for the meeting, Port Board President Lise Aho said that “delay is not a mere nuisance.”"
    assert occasions(letter) == [("Lise Aho", "")]
    # a writing's frame leaves the occasion its main clause names
    report = "In a report released on Monday, Ann Lee told a press conference that “the quay is safe.”"
    assert occasions(report) == [("Ann Lee", "press conference")]
    post = "In a post on X after the meeting, Ivo Hart wrote that the talks made “real progress on the quay.”"
    assert occasions(post) == [("Ivo Hart", "post")]
    # near misses: an occasion's noun after "In a" keeps it, and an opening on another noun leaves the sentence's occasion
    interview = "In an interview with Harbour Radio about the meeting, Tom Vale said “we will wait for the tide.”"
    assert occasions(interview) == [("Tom Vale", "interview")]
    move = "In a surprise move at the meeting, Mia Sand said “the fares will fall next year.”"
    assert occasions(move) == [("Mia Sand", "meeting")]


def test_an_inquirys_lead_ins_put_the_matter_and_expanded_credit_the_block_quote_below():
    intro = "2.1 The Harbour Commissioner, Ann Poe, gave evidence in May.\n\n"
    put = intro + "2.2 Ms Poe put the matter in this way:\n\n> “I can only speak of what is in my own knowledge of the ferries.”"
    assert attributed(put) == [("Ann Poe", "I can only speak of what is in my own knowledge of the ferries.")]
    expanded = intro + "2.3 The latter point was one on which she expanded:\n\n> “…there has been so much activity over the fares.”"
    assert attributed(expanded) == [("Ann Poe", "…there has been so much activity over the fares.")]
    # near misses: a body growing is no one enlarging on a point, and "expanded" with no colon after it cues nothing
    grew = intro + "2.4 The fleet expanded:\n\n> “Ships were cheap that year.”"
    assert attributed(grew) == []
    assert attributed("Ann Poe expanded the fleet by “a third in one year” before the storms.") == []


def test_a_french_imperative_opening_a_sentence_is_no_name():
    recall = "Rappelons tout d’abord que l’idée de tarifs uniques se veut conforme aux « meilleures pratiques du port », du moins en principe."
    assert attributed(recall) == []
    note = "Notons que les armateurs parlent d’une « réforme sans fin » depuis des années."
    assert attributed(note) == []
    # near miss: a surname spelt as one of them, after a given name, stays the person's
    assert attributed("Ivo Citons said the fares were “far too high for anyone.”") == [("Ivo Citons", "far too high for anyone.")]


def test_a_french_texts_verbs_of_saying_and_selon_credit_the_words_in_guillemets():
    declared = "Le maire, Jean Martin, a déclaré : « Les tarifs baisseront l’an prochain. »"
    assert attributed(declared) == [("Jean Martin", "Les tarifs baisseront l’an prochain.")]
    affirmed = "« Le quai restera ouvert tout l’hiver », a affirmé Claire Dubois."
    assert attributed(affirmed) == [("Claire Dubois", "Le quai restera ouvert tout l’hiver")]
    selon = "Selon Paul Girard, « les ferries partiront à l’heure dès lundi »."
    assert attributed(selon) == [("Paul Girard", "les ferries partiront à l’heure dès lundi")]
    # near misses: a word ending in "selon" before a name is no cue, nor "Selon" as a surname
    assert attributed("The ferry to Braselon Paul Girard runs is « toujours en retard », a guide wrote.") == []
    assert attributed("Ann Selon told the board that “the quay is safe.”") == [("Ann Selon", "the quay is safe.")]


def test_a_french_subject_pronoun_is_no_speaker_and_il_or_elle_is_the_person_named_before():
    elle = "Claire Dubois dirige le port. Elle a déclaré : « Les tarifs baisseront l’an prochain. »"
    assert attributed(elle) == [("Claire Dubois", "Les tarifs baisseront l’an prochain.")]
    il = "Paul Girard a quitté la salle. Il affirme que « tout va bien ». « Nous verrons », a déclaré Claire Dubois."
    assert attributed(il) == [("Paul Girard", "tout va bien"), ("Claire Dubois", "Nous verrons")]
    # no one named before: nobody, and never a speaker called "Elle" or "Ils"
    assert attributed("Elle a déclaré : « Les tarifs baisseront l’an prochain. »") == []
    assert attributed("Ils affirment que « le port est saturé ».") == []
    # near misses: a capitalised "Il" or "Ils" inside a name stays the name
    assert attributed("Il Faro reported that “the port will close in May.”") == [("Il Faro", "the port will close in May.")]
    assert attributed("Marie Ils said that “the port will close in May.”") == [("Marie Ils", "the port will close in May.")]


def test_a_sentence_opening_on_a_guillemet_is_a_sentence_of_its_own():
    french = "Paul Girard, qui affirme que « tout va bien », a quitté la salle. « Nous verrons », a déclaré Claire Dubois."
    assert attributed(french) == [("Paul Girard", "tout va bien"), ("Claire Dubois", "Nous verrons")]
    english = "Paul Girard, who claims that « all is well », left the room. « We shall see », Claire Dubois said."
    assert attributed(english) == [("Paul Girard", "all is well"), ("Claire Dubois", "We shall see")]
    # near miss: a guillemet after a comma opens no sentence, and the cue before still reaches it
    joined = "Paul Girard a déclaré, « Nous verrons », puis a quitté la salle."
    assert attributed(joined) == [("Paul Girard", "Nous verrons")]
