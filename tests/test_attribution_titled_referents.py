"""An official introduced once with a title, often as a passive's agent or in an apposition ("… launched by the Deputy
High Commissioner of Norway, Mr Lars Eide", "Lars Eide, the Minister of Trade,"), then referred back to by the title alone
("“…,” the Deputy High Commissioner added"), as releases of universities, embassies and agencies write: passages written
for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed

FIRST = "“This work gives governments the facts they need,” Mr Eide added.\n\n"
LATER = "“We are proud to have funded the survey and we thank the college for hosting the event,” {role} added."


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_the_title_of_an_apposition_before_the_name_is_that_person():
    body = "The book was launched by the Deputy High Commissioner of Norway, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the Deputy High Commissioner")) == ["Lars Eide"] * 2
    assert speakers(body + LATER.format(role="the Deputy High Commissioner further")) == ["Lars Eide"] * 2


def test_a_title_without_the_word_that_makes_another_office_is_not_the_deputys():
    body = "The book was launched by the Deputy High Commissioner of Norway, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the High Commissioner")) == ["Lars Eide"]
    assert speakers(body + LATER.format(role="the commissioner")) == ["Lars Eide"]
    body = "The fair was opened by Ana Ruiz, the Junior Minister for Ports.\n\n“The quays are full again,” Ms Ruiz added.\n\n"
    assert speakers(body + LATER.format(role="the minister")) == ["Ana Ruiz"]
    body = "The fair was opened by Vice Chancellor Ana Ruiz.\n\n“The quays are full again,” Ms Ruiz added.\n\n"
    assert speakers(body + LATER.format(role="the chancellor")) == ["Ana Ruiz"]


def test_a_title_with_its_field_after_of_is_that_person():
    body = "The book was launched by the Minister of Trade, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the minister")) == ["Lars Eide"] * 2
    body = "The book was launched by the Minister Counsellor of the Norwegian aid agency, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the Minister Counsellor")) == ["Lars Eide"] * 2


def test_the_title_of_an_apposition_after_the_name_is_that_person():
    body = "The book was launched by Lars Eide, the Minister of Trade.\n\n“This work gives governments the facts they need,” Eide added.\n\n"
    assert speakers(body + LATER.format(role="the minister")) == ["Lars Eide"] * 2


def test_a_rarer_title_before_the_name_is_that_person():
    body = "The book was launched by Commissioner Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the commissioner")) == ["Lars Eide"] * 2
    body = "The book was launched by Deputy High Commissioner Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the Deputy High Commissioner")) == ["Lars Eide"] * 2


def test_a_title_he_does_not_hold_credits_no_one():
    body = "The book was launched by the Deputy High Commissioner of Norway, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the envoy")) == ["Lars Eide"]
    body = "The book was launched by the Minister of Trade, Mr Lars Eide.\n\n" + FIRST
    assert speakers(body + LATER.format(role="the deputy minister")) == ["Lars Eide"]


def test_a_title_two_people_hold_credits_no_one():
    body = (
        "The book was launched by Commissioner Lars Eide and Commissioner Ana Ruiz.\n\n"
        "“This work gives governments the facts they need,” Mr Eide added.\n\n"
        "“Nobody else had asked,” Ms Ruiz said.\n\n"
    )
    assert speakers(body + LATER.format(role="the commissioner")) == ["Lars Eide", "Ana Ruiz"]


def test_a_holder_named_only_further_on_credits_no_one():
    body = "The minister commented that the survey was a “turning point for the region and its schools”.\n\nLater, Lars Eide, the Minister of Trade, left."
    assert speakers(body) == []


def test_high_before_another_word_than_commissioner_is_part_of_the_name():
    body = "Ivo Marek sells bread on the high street. High Street Grocers said the new rents were “more than any corner shop can bear.”"
    assert speakers(body) == ["High Street Grocers"]
    body = "High Bridge Rowing Club said the new rents were “more than any boathouse can bear.”"
    assert speakers(body) == ["High Bridge Rowing Club"]
