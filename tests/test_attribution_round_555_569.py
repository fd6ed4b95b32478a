"""Credits the detector learnt from the held-out round of files 555-569 (news wire copy, trade stories, UN and NGO
reports): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_mentioned_that_before_a_quoted_fragment_is_a_cue():
    body = (
        "The launch followed a talk by Orrin Bay chairman Dario Fenn at the summit, where he mentioned that the new cable "
        '"will be laid by local crews within two years".'
    )
    assert attributed(body) == [("Dario Fenn", "will be laid by local crews within two years")]
    other = "In her keynote, Sabine Ortolf mentioned that the agency's plan “would put a clinic within an hour of every village”."
    assert attributed(other) == [("Sabine Ortolf", "would put a clinic within an hour of every village")]
    # "mentioned" with an object names a topic, and what the slides showed is nobody's words
    assert attributed('Dario Fenn mentioned the "Harbour First" plan only once in his talk at the summit.') == []
    slides = (
        "The launch followed a keynote by Orrin Bay chairman Dario Fenn, where the organisers' slides displayed how the new "
        'cable "will be laid by local crews within two years".'
    )
    assert attributed(slides) == []


def test_two_roles_joined_by_and_before_a_full_name_after_the_quote_are_one_persons():
    body = (
        '"Nobody on the floor had ever been so angry about a memo," former Ridgeway engineer and Foldcard inventor '
        'Petra Lindqvist told Moran. "They felt the product was theirs."'
    )
    assert attributed(body) == [
        ("Petra Lindqvist", "Nobody on the floor had ever been so angry about a memo,"),
        ("Petra Lindqvist", "They felt the product was theirs."),
    ]
    one_role = "“Nobody on the floor had ever been so angry about a memo,” former Ridgeway engineer Petra Lindqvist said."
    assert attributed(one_role) == [("Petra Lindqvist", "Nobody on the floor had ever been so angry about a memo,")]
    lower = "“We never planned for a flood of this size,” the town's river warden and longtime lock keeper Hanne Solberg said."
    assert attributed(lower) == [("Hanne Solberg", "We never planned for a flood of this size,")]
    # a plural before "and" is other people, not a role of hers
    residents = "“We never planned for a flood of this size,” residents and Ridgeway engineer Hanne Solberg said."
    assert attributed(residents) == []


def test_the_role_in_commas_before_a_relative_clause_is_the_persons_for_a_later_role_noun():
    body = (
        "The new levy will replace the one set in 2015, Anika Rao, the state's Finance Minister, who also holds the Ports "
        "portfolio, said today.\n\n"
        "'We are drafting the rules right now,' she told reporters.\n\n"
        "The minister said, 'The ports earned more than ever this year.'"
    )
    assert attributed(body) == [
        ("Anika Rao", "We are drafting the rules right now,"),
        ("Anika Rao", "The ports earned more than ever this year."),
    ]
    commissioner = (
        "Tomas Ebert, the city's health minister, who took office in May, spoke at the clinic on Friday.\n\n"
        "“Every ward will have a nurse by spring,” the minister said."
    )
    assert attributed(commissioner) == [("Tomas Ebert", "Every ward will have a nurse by spring,")]
    member = "Tomas Ebert, the MLA from Hillgate, said the road was late.\n\nThe MLA said, “The money was spent elsewhere.”"
    assert attributed(member) == [("Tomas Ebert", "The money was spent elsewhere.")]
    # another member named with his own constituency speaks for himself
    other = (
        "Tomas Ebert, the MLA from Hillgate, said the road was late.\n\n"
        "The opposition MLA from Lowmoor, Piet Ansel, said “The money was spent elsewhere.”"
    )
    assert attributed(other) == [("Piet Ansel", "The money was spent elsewhere.")]


def test_a_quoted_sentence_credited_by_a_dash_and_a_name_inside_a_paragraph_is_theirs():
    body = (
        "Such figures help; still, as the pioneer of oral history put it herself “What people remember and what happened "
        "are two different archives.” - Maren Solt. We therefore checked every account twice."
    )
    assert attributed(body) == [("Maren Solt", "What people remember and what happened are two different archives.")]
    described = (
        'The survey was only a start, since in the words of the economist "A price is a story people agree to believe." '
        "— Tobias Renn, professor of economics. We used it to set the test."
    )
    assert attributed(described) == [("Tobias Renn", "A price is a story people agree to believe.")]
    # a dash before a description, or before a sentence that goes on, credits nobody
    assert attributed("The board's motto was “Measure twice, cut once.” - a line we kept in mind. We checked every figure.") == []
    goes_on = "Our guide was a phrase from the field manual “Ask twice before you write once” - Maren Solt uses it in every class."
    assert attributed(goes_on) == []


def test_a_dashed_aside_between_a_name_and_its_partner_leaves_both_the_subject():
    body = 'Ines Arlt - who now runs a bakery in Velm - and Piet Moss told the inquiry they had "no knowledge of the talks".'
    assert attributed(body) == [("Ines Arlt", "no knowledge of the talks"), ("Piet Moss", "no knowledge of the talks")]
    dashes = "Ines Arlt – a former director at Halden – and Piet Moss said they had “no knowledge of the talks”."
    assert attributed(dashes) == [("Ines Arlt", "no knowledge of the talks"), ("Piet Moss", "no knowledge of the talks")]
    # the aside with no partner after it: the one name, and the one named in the reported clause is spoken of
    alone = 'Ines Arlt - who now runs a bakery in Velm - said in a statement that Piet Moss had "no knowledge of the talks".'
    assert attributed(alone) == [("Ines Arlt", "no knowledge of the talks")]


def test_two_fragments_of_one_clause_with_a_named_object_between_are_the_speakers_at_its_end():
    lead = "Kai Brandt, then the firm's finance chief, kept notes on the merger.\n\n"
    body = lead + ('The merger "was never really about the price" for Orla Finn and Petra Lind but "about who would control the port", Brandt wrote.')
    assert attributed(body) == [
        ("Kai Brandt", "was never really about the price"),
        ("Kai Brandt", "about who would control the port"),
    ]
    pronoun = lead + 'The slump "came from a choice made in March" by Orla Finn to "starve the northern depots of stock", he wrote.'
    assert attributed(pronoun) == [("Kai Brandt", "came from a choice made in March"), ("Kai Brandt", "starve the northern depots of stock")]
    # a label stays a label
    label = lead + 'The region\'s "dry season" sales fell after a choice by Orla Finn to "starve the northern depots of stock", Brandt wrote.'
    assert attributed(label) == [("Kai Brandt", "starve the northern depots of stock")]


RIVER = "“When we wall a river in, we only move the flood downstream to somebody else's town.”"


def test_a_bare_quoted_paragraph_between_two_about_one_person_who_speaks_in_the_second_is_theirs():
    body = (
        "Dr Lena Marsh, a hydrologist, puts the blame for the valley's floods squarely on the towns upstream.\n\n"
        f"{RIVER}\n\n"
        "If towns keep building walls, Dr Marsh told Rivermail, the bill will fall on the towns below. "
        "“We have to give the water somewhere to go,” she added."
    )
    quote = RIVER.strip("“”")
    assert attributed(body) == [("Lena Marsh", quote), ("Lena Marsh", "We have to give the water somewhere to go,")]
    block = body.replace(RIVER, "> " + RIVER)
    assert attributed(block) == [("Lena Marsh", quote), ("Lena Marsh", "We have to give the water somewhere to go,")]


def test_a_bare_quoted_paragraph_stays_nobodys_beside_two_people_a_document_or_another_speaker():
    said = "“We have to give the water somewhere to go,” she added."
    two = f"Dr Lena Marsh and Tom Akers put the blame for the valley's floods squarely on the towns upstream.\n\n{RIVER}\n\n{said}"
    assert ("Lena Marsh", RIVER.strip("“”")) not in attributed(two)
    charter = f"The river charter puts the duty to make room for floods on every town.\n\n{RIVER}\n\nThe council has not said how it will pay."
    assert attributed(charter) == []
    other = (
        "Dr Lena Marsh, a hydrologist, puts the blame for the valley's floods squarely on the towns upstream.\n\n"
        f"{RIVER}\n\n“We have to give the water somewhere to go,” Tom Akers said."
    )
    assert attributed(other) == [("Tom Akers", "We have to give the water somewhere to go,")]


def test_the_pronoun_of_a_where_clause_is_the_person_named_just_before_it():
    body = (
        "“Going alone is a dead end for the region,” Norvik Telecom chief executive Lena Kovac said at the forum.\n\n"
        "The statement from Kovac followed a speech by Velta Group Chairman Arno Listo at the event, where he mentioned "
        "that the new network “will be built on home-grown radios, chips and software”."
    )
    assert attributed(body) == [
        ("Lena Kovac", "Going alone is a dead end for the region,"),
        ("Arno Listo", "will be built on home-grown radios, chips and software"),
    ]
