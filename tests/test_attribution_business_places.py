"""A business named after its place and ending in what it is ("the Route 9 Diner", "Harbour Street Cafe", "the Elm Road
Bakery") is no person: a body where it speaks, and never the "she" of the one who runs it."""

from passages import attributed, attributed_with_kinds


def test_a_business_named_after_its_street_speaks_as_a_body():
    said = "“We are closing for a week,” the Elm Road Bakery said on its page."
    assert attributed_with_kinds(said) == [("Elm Road Bakery", "organization", "We are closing for a week,")]
    assert attributed_with_kinds("Harbour Street Cafe said it was “closing for a week.”") == [
        ("Harbour Street Cafe", "organization", "closing for a week.")
    ]
    assert attributed_with_kinds("“We are closing,” the Blue Anchor Inn said.") == [("Blue Anchor Inn", "organization", "We are closing,")]


def test_a_number_inside_the_business_name_keeps_it_whole():
    assert attributed("“We are closing for a week,” the Route 9 Diner said on its page.") == [("Route 9 Diner", "We are closing for a week,")]
    assert attributed("The Route 9 Diner said on its page: “We are closing for a week.”") == [("Route 9 Diner", "We are closing for a week.")]
    assert attributed("“We are closing,” said the Pier 39 Grill.") == [("Pier 39 Grill", "We are closing,")]


def test_the_business_is_never_the_she_of_the_one_who_runs_it():
    assert attributed("Ada Roe runs the Harbour Street Cafe. “The pie is fresh,” she said.") == [("Ada Roe", "The pie is fresh,")]


def test_people_whose_surname_is_a_place_noun_and_speakers_at_a_business_are_unchanged():
    assert attributed("“We are closing,” Andy Street said.") == [("Andy Street", "We are closing,")]
    assert attributed("“We are closing,” Jane Park said.") == [("Jane Park", "We are closing,")]
    assert attributed("“We are closing,” Grace Hotel said.") == [("Grace Hotel", "We are closing,")]
    assert attributed("“We will build,” said Ada Roe at the Pier 39 Grill.") == [("Ada Roe", "We will build,")]
    assert attributed("“We are closing,” said Tom Hale, who runs the Route 9 Diner.") == [("Tom Hale", "We are closing,")]
    assert attributed("“We will build,” Channel 12 said.") == [("Channel 12", "We will build,")]


def test_a_person_of_a_business_is_the_person_not_the_business():
    assert attributed_with_kinds("“We are closing,” said Ada Roe of the Elm Road Bakery.") == [("Ada Roe", "person", "We are closing,")]
    assert attributed_with_kinds("“We are closing,” Ada Roe of the Elm Road Bakery said.") == [("Ada Roe", "person", "We are closing,")]
    assert attributed("Ada Roe of the Blue Anchor Inn said the rent was “far too high.”") == [("Ada Roe", "far too high.")]
    assert attributed("“We are closing,” said Ada Roe of the Blue Anchor Inn, who has run it for years.") == [("Ada Roe", "We are closing,")]
    assert attributed("“We are closing,” said Tom Hale of the Orvia Market.") == [("Tom Hale", "We are closing,")]
    assert attributed("“We are closing,” said Tom Hale of Kelby Pharmacy.") == [("Tom Hale", "We are closing,")]
    assert attributed("“We are closing,” said Ada Roe of the Kelby Hotel.") == [("Ada Roe", "We are closing,")]


def test_a_business_name_has_only_capitalised_words_and_numbers():
    assert attributed_with_kinds("“We will build,” said Ada Roe on Floor 9 Cafe.") == [("Ada Roe", "person", "We will build,")]
    assert attributed_with_kinds("“We will build,” said Apollo 11 Grill.") == [("Apollo 11 Grill", "organization", "We will build,")]


def test_a_business_name_at_the_end_of_a_sentence_leaves_the_full_stop():
    assert attributed_with_kinds("“We are closing,” said Hollis Inn.") == [("Hollis Inn", "organization", "We are closing,")]
    assert attributed_with_kinds("“We are closing,” said Tom Vell Pub.") == [("Tom Vell Pub", "organization", "We are closing,")]


def test_people_of_a_hospital_and_businesses_speaking_are_unchanged():
    assert attributed_with_kinds("“We are closing,” said Ada Roe of the Kelby Hospital.") == [("Ada Roe", "person", "We are closing,")]
    assert attributed_with_kinds("Ada Roe, of the Blue Anchor Inn, said the rent was “far too high.”") == [("Ada Roe", "person", "far too high.")]
    assert attributed_with_kinds("“We are closing,” said the Ritz Hotel.") == [("Ritz Hotel", "organization", "We are closing,")]
    assert attributed_with_kinds("“We are closing,” said Tom Inn.") == [("Tom Inn", "person", "We are closing,")]
    assert attributed_with_kinds("Harbour Street Cafe owner Ada Roe said it was “closing for a week.”") == [
        ("Ada Roe", "person", "closing for a week.")
    ]


def test_a_business_like_name_with_a_founders_or_an_age_apposition_is_a_person():
    lead = "The harbour plan was approved on Monday.\n\n"
    for sentence in (
        "Anna Club, the founder, said the plan was “reckless”.",
        "Rory Diner, 54, said the plan was “reckless”.",
        "“The plan is reckless,” said Lena Bakery, the head chef.",
    ):
        found = attributed_with_kinds(lead + sentence)
        assert [kind for _name, kind, _quote in found] == ["person"], sentence


def test_near_miss_a_business_like_name_alone_with_an_article_or_owning_another_business_stays_a_body():
    lead = "The harbour plan was approved on Monday.\n\n"
    for sentence in (
        "Anna Club said the plan was “reckless”.",
        "The Anna Club, the founder, said the plan was “reckless”.",
        "Lena Bakery, a family business on Quay Street, said the plan was “reckless”.",
        "Orion Group, the founder of the Kelby Hotel, said the plan was “reckless”.",
        "Kelby Council, the landlord, said the plan was “reckless”.",
        "Orion Group, the owner, said the plan was “reckless”.",
        "Marsh Capital, the investment manager, said the plan was “reckless”.",
        "Harbour Trust, the proprietor, said the plan was “reckless”.",
        "“The plan is reckless,” said Kelby Council, the landlord.",
        "“The plan is reckless,” said Orion Group, the co-owner.",
        "“The plan is reckless,” said Rory Diner.",
    ):
        found = attributed_with_kinds(lead + sentence)
        assert [kind for _name, kind, _quote in found] == ["organization"], sentence
