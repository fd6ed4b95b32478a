"""A town's or a state's council, board, committee, tribunal or authority named in lower case after its place ("the Kelby
council", "the Dunmore port authority") is that body; the words before the noun must read as a place's."""

from passages import attributed, attributed_with_kinds


def test_a_council_named_in_lower_case_after_its_place_speaks():
    assert attributed_with_kinds("“The fares will rise,” the Kelby council said.") == [("Kelby council", "organization", "The fares will rise,")]
    assert attributed("“The fares will rise,” said the Kelby council.") == [("Kelby council", "The fares will rise,")]
    assert attributed("“We acted in good faith,” the Orvia board said.") == [("Orvia board", "We acted in good faith,")]
    assert attributed("The Kelby planning committee said the plan was “a mess.”") == [("Kelby planning committee", "a mess.")]
    assert attributed("“The dock is closed,” the Dunmore port authority said.") == [("Dunmore port authority", "The dock is closed,")]
    assert attributed("“The claim fails,” the Orvia district tribunal said.") == [("Orvia district tribunal", "The claim fails,")]


def test_a_spokesperson_for_a_council_named_so_speaks_for_it():
    assert attributed("“The fares will rise,” a spokeswoman for the Kelby council said.") == [("Kelby council", "The fares will rise,")]
    assert attributed("“We will appeal,” said a spokesman for the Dunmore port authority.") == [("Dunmore port authority", "We will appeal,")]


def test_a_place_opening_the_sentence_is_one_only_where_the_report_names_it_inside_one():
    named = "Fares in Kelby rose again. Kelby council said the fares were “far too high.”"
    assert attributed(named) == [("Kelby council", "far too high.")]
    assert attributed("Local fares rose again. Local council said the fares were “far too high.”") == []


def test_a_possessive_a_given_name_or_a_function_word_before_the_noun_is_no_place():
    assert attributed("Tomas Vell runs a shipping firm. “We are sorry,” Vell's board said.") == []
    assert attributed("“We will appeal,” Grace board said.") == []
    assert attributed("“We will appeal,” Douglas council said.") == []
    assert attributed("“We will appeal,” Tom Vell board said.") == []
    assert attributed("“We will appeal,” However council said.") == []
    # a kind of body after the given name makes it a place's
    assert attributed("“We will appeal,” the Douglas county council said.") == [("Douglas county council", "We will appeal,")]


def test_a_body_named_in_capitals_and_a_member_named_after_the_body_are_unchanged():
    assert attributed("Remembrance Day Council said the parade was “a triumph.”") == [("Remembrance Day Council", "a triumph.")]
    assert attributed("Point Douglas Council said the fares were “far too high.”") == [("Point Douglas Council", "far too high.")]
    assert attributed("Kelby council member Ada Roe said the plan was “a mess.”") == [("Ada Roe", "a mess.")]
    assert attributed("“The plan is a mess,” the council said.") == []


def test_the_board_or_the_tribunal_is_the_one_the_passage_named_before():
    assert attributed("The Orvia board voted on Tuesday. “We acted in good faith,” the board said.") == [("Orvia board", "We acted in good faith,")]
    assert attributed("The Orvia Board voted on Tuesday. “We acted in good faith,” the board said.") == [("Orvia Board", "We acted in good faith,")]
    tribunal = "The Orvia district tribunal sat on Tuesday. The tribunal said the claim was “without merit.”"
    assert attributed(tribunal) == [("Orvia district tribunal", "without merit.")]
    # no board named before: nobody; capitalised alone, the name the report gives its board
    assert attributed("“We acted in good faith,” the board said.") == []
    assert attributed("The Board has expressed “support for the plan.”") == [("Board", "support for the plan.")]
    assert attributed("Tom Hale sits on the board. “We acted in good faith,” the board said.") == []


def test_a_kind_of_body_or_an_adjective_opening_the_sentence_is_no_place():
    assert attributed("Ada Roe works at Kelby City Hall. City council said the plan was “bad.”") == []
    assert attributed("Ada Roe of Kelby County spoke. County council said the plan was “bad.”") == []
    assert attributed("Ada Roe runs the Parish Hall in Kelby. Parish council said the plan was “bad.”") == []
    assert attributed("Ada Roe lives in New Kelby. New council said the plan was “bad.”") == []


def test_some_members_of_a_council_named_in_lower_case_are_unnamed_people():
    assert attributed("Fares in Kelby rose again. Two Kelby council members said the plan was “bad.”") == []
    assert attributed("Fares in Kelby rose again. Kelby council members said the plan was “bad.”") == []


def test_a_place_before_the_kind_and_members_of_a_body_named_in_capitals_are_unchanged():
    assert attributed("Fares in Kelby rose again. Kelby County council said the plan was “bad.”") == [("Kelby County council", "bad.")]
    assert attributed("Fares in Kelby rose again. Kelby council said the plan was “bad.”") == [("Kelby council", "bad.")]
    assert attributed("Fares in Kelby rose again. Kelby Council members said the plan was “bad.”") == [("Kelby Council", "bad.")]
    caucus = "Fares in Kelby rose again. All nine Kelby Freedom Caucus members said the plan was “bad.”"
    assert attributed(caucus) == [("Kelby Freedom Caucus", "bad.")]


def test_a_firms_an_outlets_a_partys_or_a_posts_board_is_no_civic_body():
    assert attributed("“We will appeal,” the Vellmark Corp board said.") == []
    assert attributed("“We are sorry,” the Kelby News board said.") == []
    assert attributed("“We will fight on,” the Labour council said.") == []
    assert attributed("“We will fight on,” the Green Party council said.") == []
    assert attributed("“We will appeal,” the CEO board said.") == []
    assert attributed("“We are sorry,” the UN Security council said.") == []


def test_a_kind_of_body_after_such_words_and_a_place_alone_are_unchanged():
    assert attributed("“We will appeal,” the King county council said.") == [("King county council", "We will appeal,")]
    assert attributed("“We will appeal,” the European council said.") == [("European council", "We will appeal,")]
    assert attributed("“We are sorry,” the Security Council said.") == [("Security Council", "We are sorry,")]


def test_a_board_or_committee_named_after_a_person_the_report_names_is_theirs():
    assert attributed("Ada Roe chairs a panel of MPs. “The plan is bad,” the Roe committee said.") == []
    assert attributed("Ada Roe chairs a panel of MPs. “The plan is bad,” a spokesman for the Roe committee said.") == []
    assert attributed("Tomas Vell runs a shipping firm. “We are sorry,” the Vell board said.") == []


def test_a_one_word_place_no_one_bears_as_a_surname_is_unchanged():
    assert attributed("Ada Roe lives in Kelby. “The fares will rise,” the Kelby council said.") == [("Kelby council", "The fares will rise,")]
    assert attributed("“The plan is bad,” the Roe committee said.") == [("Roe committee", "The plan is bad,")]
    assert attributed("Tom Hale spoke. “The plan is bad,” a spokesman for the Kelby council said.") == [("Kelby council", "The plan is bad,")]
