"""Credits the detector learnt from the held-out round of files 587-589 (a Nigerian news agency's posts, a digest of
Southeast Asian news items): wrong credits taken away and misses found, each rule's passages written for these tests with
the near miss beside them."""

from __future__ import annotations

from dossier.quotes import quote_spans
from passages import attributed, attributed_with_kinds


def test_an_outlet_named_after_a_country_keeps_its_whole_name_before_news_portal_or_newspaper():
    portal = "“At least five people died,” according to the Sweden Now news portal."
    assert attributed_with_kinds(portal) == [("Sweden Now", "outlet", "At least five people died,")]
    invented = "“Two bridges were shut,” said the Velora Today newspaper."
    assert attributed_with_kinds(invented) == [("Velora Today", "outlet", "Two bridges were shut,")]
    site = "“The count is not final,” according to the Chile Ahora news site, citing officials."
    assert attributed_with_kinds(site) == [("Chile Ahora", "outlet", "The count is not final,")]
    # near misses: a nation's word before the medium names no outlet, and the country alone still speaks as a state
    national = "“The count is not final,” according to Norwegian radio."
    assert attributed(national) == []
    state = "“The count is not final,” according to Norway."
    assert attributed_with_kinds(state) == [("Norway", "state", "The count is not final,")]


def test_a_quotation_opening_a_paragraph_is_the_speaker_of_the_quotation_cued_right_after_it():
    role = (
        "Oren Valdt, the former chair of the Pellin Inquiry Board, said the envoy should report to parliament.\n\n"
        "“We were wrong to wait,” Lise Maranto told the Courier.\n\n"
        "“The board must see every file.” “Nothing else will restore trust,” said the former chair of the Pellin Inquiry Board."
    )
    assert attributed(role) == [
        ("Lise Maranto", "We were wrong to wait,"),
        ("Oren Valdt", "The board must see every file."),
        ("Oren Valdt", "Nothing else will restore trust,"),
    ]
    named = (
        "Oren Valdt spoke on Monday.\n\n“We were wrong to wait,” Lise Maranto told the Courier.\n\n"
        "“The board must see every file.” “Nothing else will restore trust,” Valdt added."
    )
    assert attributed(named)[1:] == [("Oren Valdt", "The board must see every file."), ("Oren Valdt", "Nothing else will restore trust,")]
    # near misses: a role nobody was given names no one, and the quotation before it is not the last speaker's either;
    # with no cue after the second quotation both go on with the last speaker
    nobody = (
        "Oren Valdt, a professor at Pellin University, said the envoy should report to parliament.\n\n"
        "“We were wrong to wait,” Lise Maranto told the Courier.\n\n"
        "“The board must see every file.” “Nothing else will restore trust,” said the former chair of the Pellin Inquiry Board."
    )
    assert attributed(nobody) == [("Lise Maranto", "We were wrong to wait,")]
    uncued = "“We were wrong to wait,” Lise Maranto told the Courier.\n\n“The board must see every file.” “Nothing else will do.”"
    assert attributed(uncued) == [
        ("Lise Maranto", "We were wrong to wait,"),
        ("Lise Maranto", "The board must see every file."),
        ("Lise Maranto", "Nothing else will do."),
    ]


def test_a_quoted_paragraph_after_a_paraphrase_sourced_to_two_people_is_neither_ones():
    two = (
        "The board’s delay, according to Lise Maranto and Oren Valdt, shows how little the ministry trusts the inquiry.\n\n"
        "“Whatever the ministry says, the files are what matter most to the families.”\n\nThe board meets again in June."
    )
    assert attributed(two) == []
    after = (
        "The ministry’s delay shows how little it trusts the inquiry, according to Lise Maranto and Oren Valdt.\n\n"
        "“Whatever the ministry says, the files are what matter most to the families.”\n\nThe board meets again in June."
    )
    assert attributed(after) == []
    # near miss: one source goes on into the quoted paragraph as before
    one = (
        "The board’s delay, according to Pellin University fellow Lise Maranto, shows how little the ministry trusts the inquiry.\n\n"
        "“Whatever the ministry says, the files are what matter most to the families.”\n\nThe board meets again in June."
    )
    assert attributed(one) == [("Lise Maranto", "Whatever the ministry says, the files are what matter most to the families.")]


def test_a_phrase_in_straight_marks_inside_a_straight_quotation_stays_inside_it():
    nested = (
        "Lise Maranto, a fellow at the Pellin Institute, spoke on Friday.\n\n"
        '"Still, the ministry\'s letters show a will to meet the families in the "Harbour spirit," so I hope it keeps its word," she said.'
    )
    assert attributed(nested) == [
        ("Lise Maranto", 'Still, the ministry\'s letters show a will to meet the families in the "Harbour spirit," so I hope it keeps its word,')
    ]
    spans = quote_spans('"Yes," she said, "the "Harbour spirit" is gone for good."')
    assert len(spans) == 2 and spans[1].start == 17
    # near misses: quotations side by side stay apart, and a quotation left unclosed does not swallow the phrases after it
    text = 'He called it "a disaster" and "a shame" and "a farce."'
    assert [text[s.start : s.end] for s in quote_spans(text)] == ['"a disaster"', '"a shame"', '"a farce."']
    unclosed = '"We will fight on, Maranto said. She called the plan "a trap" and "a ruse".'
    assert [unclosed[s.start : s.end] for s in quote_spans(unclosed)] == ['"We will fight on, Maranto said. She called the plan "', '" and "', '".']


def test_a_wire_dateline_opening_a_paragraph_is_no_subject_even_with_its_dash_garbled():
    clean = 'PELLIN, Velora (AP) – The Harbour Council released a statement expressing "deep alarm" over the floods.'
    assert attributed(clean) == [("Harbour Council", "deep alarm")]
    garbled = 'PELLIN, Velora (AP) \u00e2\u20ac\u201c The Harbour Council released a statement expressing "deep alarm" over the floods.'
    assert attributed(garbled) == [("Harbour Council", "deep alarm")]
    em = "PELLIN, 3 MARCH (Bernama) \u00e2\u20ac\u201d Oren Valdt said the levy was “a tax on the poor.”"
    assert attributed(em) == [("Oren Valdt", "a tax on the poor.")]
    # near misses: a speaker's party in brackets before a dash is no dateline, and a garbled mark opens no quotation
    party = 'Anna Lind (Greens) - "We will stay," she said.'
    assert attributed(party) == [("Anna Lind", "We will stay,")]
    assert quote_spans("PELLIN (AP) \u00e2\u20ac\u201c The board met.") == []
    # a digest's capitalised kicker before a dash stays: the reporters named after it are the item's credit
    kicker = "HARBOUR LEVY FIGHT — Ledger’s Lise Maranto and Oren Valdt: “The levy was never meant to last.”"
    assert attributed(kicker) == [("Ledger", "The levy was never meant to last.")]


def test_a_request_by_the_one_a_pronoun_means_is_theirs():
    council = (
        "The Harbour Council met on Monday.\n\n"
        'The new statement restated the council\'s support for the talks, as well as its earlier demand for the police to "hold back."'
    )
    assert attributed(council) == [("Harbour Council", "hold back.")]
    person = 'Oren Valdt spoke to the board.\n\nValdt renewed his appeal for all sides to "return to the table."'
    assert attributed(person) == [("Oren Valdt", "return to the table.")]
    # near miss: a request named with no pronoun before it is nobody's here
    plain = 'The Harbour Council met on Monday.\n\nA demand for the police to "hold back" was read out in the square.'
    assert attributed(plain) == []


def test_a_spokeswoman_for_a_body_named_with_its_letters_in_brackets_speaks_for_the_body():
    fragment = 'A spokeswoman for the Harbour Board (HB) of Velora said on Tuesday (May 4) that Velora "remains deeply concerned."'
    assert attributed(fragment) == [("Harbour Board of Velora", "remains deeply concerned.")]
    whole = 'A spokesman for the Pellin Water Authority (PWA) said: "We will publish the figures."'
    assert attributed(whole) == [("Pellin Water Authority", "We will publish the figures.")]
    # near miss: a person's party letter in brackets stays with the person
    senator = 'Senator Oren Valdt (R) said the plan was "dead on arrival."'
    assert attributed(senator) == [("Oren Valdt", "dead on arrival.")]


def test_it_advised_is_a_verb_of_saying():
    agency = 'The Velora Centre for Disease Control (VCDC) said cases were rising again.\n\n"Wear a mask on buses and trains. StaySafe," it advised.'
    assert attributed(agency) == [("Velora Centre for Disease Control", "Wear a mask on buses and trains. StaySafe,")]
    nurse = 'Lise Maranto is a nurse in Pellin.\n\n"Rest for a week," she advised her patients.'
    assert attributed(nurse) == [("Lise Maranto", "Rest for a week,")]
    # near miss: "ill-advised" and a passive "was advised" are no one's saying
    assert attributed('The plan was ill-advised, Oren Valdt said of the "quick fix" route.') == []


def test_a_term_after_a_verb_of_disapproval_is_the_speakers():
    lead = "Okafor said Velora had paid its dues for ten years.\n\n"
    doubled = lead + "Okafor frowned at the “apparent willingness’’ of some member states to bend the age rule."
    assert attributed(doubled) == [("Okafor", "apparent willingness")]
    decried = lead + "Okafor decried the “apparent willingness” of some member states to bend the age rule."
    assert attributed(decried) == [("Okafor", "apparent willingness")]
    lamented = lead + "Okafor lamented the “open contempt” of some member states for the rule."
    assert attributed(lamented) == [("Okafor", "open contempt")]
    # near miss: a crowd frowning at a title names no speaker's words
    assert attributed("The crowd frowned at the “Harbour Bill” as it was read out.") == []


def test_a_question_answered_by_the_next_quotation_is_not_the_answerers():
    asked = "“Can we go home now?” “Not yet,” said Ola Ibe."
    assert attributed(asked) == [("Ola Ibe", "Not yet,")]
    told = "“Is the plan dead?” “Far from it,” Tomas Brandt told the Courier."
    assert attributed(told) == [("Tomas Brandt", "Far from it,")]


def test_a_nations_words_or_a_bodys_name_before_the_medium_name_no_outlet():
    assert attributed("“The talks failed,” according to North Korean television.") == []
    assert attributed("“The talks failed,” according to South African radio.") == []
    for body, name in (("the Defence Ministry website", "Defence Ministry"), ("the Harbour Authority website", "Harbour Authority")):
        assert attributed_with_kinds(f"“The talks failed,” according to {body}.") == [(name, "organization", "The talks failed,")]
    assert attributed_with_kinds("“The talks failed,” said the Kremlin daily.") == [("Kremlin", "organization", "The talks failed,")]
    # near miss: a news agency's own name ends in a body's word but says it is news
    agency = "“The talks failed,” according to the Velan Central News Agency website."
    assert attributed_with_kinds(agency) == [("Velan Central News Agency", "outlet", "The talks failed,")]


def test_a_bare_agency_or_media_after_a_name_makes_no_outlet_of_it():
    assert attributed("“The talks failed,” said the Norland agency.") == []
    assert attributed_with_kinds("“The talks failed,” said the Velan Today weekly.") == [("Velan Today", "outlet", "The talks failed,")]
