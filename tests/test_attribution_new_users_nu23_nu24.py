"""Credits the detector learnt from two new users' reports (a US politics blog, a regional business paper, a
policy brief): wrong credits taken away, each rule's passages written for these tests with the near miss beside them."""

from __future__ import annotations

from passages import attributed


def test_a_relative_clause_with_a_subject_of_its_own_credits_that_subject_not_the_thing_described():
    officials = "Easton is building berths under its Coastal Gateway Programme (CGP), which Easton officials describe as “a road to prosperity.”"
    assert attributed(officials) == []
    backers = "Critics see the Harbour Compact, which its backers call “a charter for open seas,” as a way to lock out rivals."
    assert attributed(backers) == []
    assert attributed("The Harbour Authority, which critics have long dubbed “a den of thieves”, did not reply.") == []
    ministry = "The Coastal Gateway Programme, which the Harbour Ministry describes as “a road to prosperity,” has stalled."
    assert attributed(ministry) == [("Harbour Ministry", "a road to prosperity,")]
    mayor = "Critics see the Harbour Compact, which Mayor Ilse Brandvold once called “a charter for open seas,” as a trap."
    assert attributed(mayor) == [("Ilse Brandvold", "a charter for open seas,")]
    pronoun = "Ilse Brandvold, the mayor, spoke. The Harbour Authority, which she described as “a den of thieves”, did not reply."
    assert attributed(pronoun) == [("Ilse Brandvold", "a den of thieves")]
    # near misses: the relative pronoun as the verb's own subject, and a day after "who", leave the one described speaking
    assert attributed("The Harbour Authority, which has called the plan “a disaster”, did not reply.") == [("Harbour Authority", "a disaster")]
    assert attributed("The Harbour Authority, which warns of “grave risks” to shipping, did not reply.") == [("Harbour Authority", "grave risks")]
    assert attributed("Ilse Brandvold, who Tuesday said the plan was “dead”, did not reply.") == [("Ilse Brandvold", "dead")]
    both = "The Harbour Authority, which Ilse Brandvold described as “a den of thieves”, said: “We will sue.”"
    assert attributed(both) == [("Ilse Brandvold", "a den of thieves"), ("Harbour Authority", "We will sue.")]


def test_two_nouns_joined_by_and_before_a_schemes_word_are_one_name():
    assert attributed("The Sea and Rail Initiative said in a statement: “We build bridges.”") == [("Sea and Rail Initiative", "We build bridges.")]
    assert attributed("The Belt and Road Initiative says it will “build bridges.”") == [("Belt and Road Initiative", "build bridges.")]
    # near miss: a person and a body joined by "and" stay two
    assert attributed("“We agreed,” Brandvold and Vos said.") == [("Brandvold", "We agreed,"), ("Vos", "We agreed,")]


def test_a_title_of_a_body_before_a_name_ends_where_the_persons_name_begins():
    officer = "There is no end in sight, Chief Financial Officer of Harbour Fresh Market Lena Okafor said. “We are stumped,” she told the Ledger."
    assert attributed(officer) == [("Lena Okafor", "We are stumped,")]
    director = "Managing Director of Easton Foods Ltd Tomas Varga said: “Suppliers raised prices twice.”"
    assert attributed(director) == [("Tomas Varga", "Suppliers raised prices twice.")]
    assert attributed("President of Super Value Debra Symonette said: “Prices will rise.”") == [("Debra Symonette", "Prices will rise.")]
    # near misses: a name of three words after a one-word portfolio, and a title whose body is one word, stay whole
    assert attributed("Professor of Law Kim Lane Sheppard said: “The ruling stands.”") == [("Kim Lane Sheppard", "The ruling stands.")]
    assert attributed("Minister of Finance Brian Manning said: “The budget holds.”") == [("Brian Manning", "The budget holds.")]
    assert attributed("Director of Sales Mary Ann Okafor said: “Orders are up.”") == [("Mary Ann Okafor", "Orders are up.")]


def test_the_words_a_recording_shows_someone_saying_are_theirs_not_the_outlets_that_aired_it():
    video = "Harbour TV put together video of Brandvold unequivocally telling Councillor Pieter Vos in July that “I will pay for the ferry myself.”"
    assert attributed(video) == [("Brandvold", "I will pay for the ferry myself.")]
    mayor = "Mayor Anna Brandvold spoke on Monday. "
    footage = "Valley Radio aired footage of Brandvold promising the council that “the ferry will run all winter.”"
    assert attributed(mayor + footage) == [("Anna Brandvold", "the ferry will run all winter.")]
    colon = "Harbour News obtained a recording of her telling aides: “I never signed it.”"
    assert attributed(mayor + colon) == [("Anna Brandvold", "I never signed it.")]
    assert attributed(mayor + "Valley TV showed a clip of a councillor saying “the audit is wrong.”") == []
    # near misses: the outlet's own words, and a name ending in TV, Radio or Television is the whole name
    assert attributed("Valley TV said in a statement: “We stand by our reporting.”") == [("Valley TV", "We stand by our reporting.")]
    assert attributed("“We stand by our reporting,” Valley Radio said.") == [("Valley Radio", "We stand by our reporting,")]
    assert attributed("The Tasnim news agency said: “We stand by it.”") == [("Tasnim", "We stand by it.")]


SIGNED = "\n\n> The ferry pledge is on tape and she denied it this morning.\n>\n> — Teodor Ilves (@tilves) October 15, 2018"


def test_a_signature_under_an_embedded_post_names_its_author_over_the_lead_in():
    assert attributed("Well, Harbour TV has the receipts:" + SIGNED)[0][0] == "Teodor Ilves"
    assert attributed("Councillor Pieter Vos shared the post:" + SIGNED)[0][0] == "Teodor Ilves"
    inline = "\n\n> The ferry pledge is on tape. pic.twitter.com/abc123 — Teodor Ilves (@tilves) October 15, 2018"
    assert attributed("Well, Harbour TV has the receipts:" + inline)[0][0] == "Teodor Ilves"  # the signature run into the post
    # near misses: the post alone, and a lead-in over a block quote with no signature
    assert attributed("The mayor denied it." + SIGNED)[0][0] == "Teodor Ilves"
    unsigned = "Councillor Pieter Vos wrote to the mayor:\n\n> Please send the cheque before the council meets."
    assert attributed(unsigned) == [("Pieter Vos", "Please send the cheque before the council meets.")]


def test_a_mute_thing_saying_so_inside_a_that_clause_gives_the_words_to_the_one_who_argued_it():
    board = "The Harbour Sheriffs Board also opposes the plan, arguing in its letter that the records now available assure deputies “they hold the right person.”"
    assert attributed(board) == [("Harbour Sheriffs Board", "they hold the right person.")]
    figures = "Sheriff Teodor Ilves argued that the new figures confirm “a pattern of fraud.”"
    assert attributed(figures) == [("Teodor Ilves", "a pattern of fraud.")]
    # near misses: a report speaks for its authors and people for themselves, named or not: not the one reporting them
    assert attributed("Sheriff Teodor Ilves argued that the new report warns of “grave risks.”") == []
    assert attributed("Sheriff Teodor Ilves said that the deputies claim “they hold the right person.”") == []
