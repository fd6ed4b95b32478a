"""US offices written in lower case before a name, a body's findings and professions, defined labels and cited
headlines, read without a registry. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_an_office_after_a_lower_case_place_word_opens_the_clause_a_later_he_means():
    body = (
        "Harbor County’s state’s attorney, Lena Voss, backed the plan.\n\n"
        "“It was overdue,” said Voss.\n\n"
        "When state Sen. Omar Pike presented the amendment on the floor, he said there was “broad support from both sides.”"
    )
    assert attributed(body)[-1] == ("Omar Pike", "broad support from both sides.")


def test_an_office_after_a_lower_case_place_word_stays_an_object_after_a_preposition():
    body = (
        "Harbor County’s state’s attorney, Lena Voss, backed the plan.\n\n"
        "“It was overdue,” said Voss.\n\n"
        "After talks with state Sen. Omar Pike on the floor, she said there was “broad support from both sides.”"
    )
    assert attributed(body)[-1] == ("Lena Voss", "broad support from both sides.")


def test_a_body_s_finding_past_an_adverb_is_its_statement():
    body = (
        "The Select Committee considered all the views put before it. The Committee found unanimously that Mr Oren Rana "
        "had “misrepresented his record as a historian”."
    )
    assert attributed(body) == [("Select Committee", "misrepresented his record as a historian")]


def test_what_a_publisher_professes_is_its_statement():
    assert attributed("The Daily Courier professes that “accuracy comes before speed”.") == [("Daily Courier", "accuracy comes before speed")]


def test_a_faith_professed_without_words_quotes_nothing():
    body = "Mr Oren Rana, who professes a deep faith in the harbour plan, sang “Harbour Lights” at the opening."
    assert attributed(body) == []


def test_the_article_a_reply_answers_is_its_outlet_s():
    body = (
        "We refer to the recent Harbour Herald (“HH”) article on the Port Safety Act (“PSA”).\n\n"
        "The PSA is narrower than the old law.\n\n"
        "The article claims that the rules “punish every fisherman in the bay”."
    )
    assert attributed(body) == [("Harbour Herald", "punish every fisherman in the bay")]


def test_a_law_s_defined_short_name_publishes_no_article():
    body = (
        "We refer to a recent article on the Port Safety Act (“PSA”).\n\n"
        "The PSA is narrower than the old law.\n\n"
        "The article claims that the rules “punish every fisherman in the bay”."
    )
    assert attributed(body) == []


def test_the_article_of_a_report_naming_two_outlets_stays_the_body_last_named():
    body = (
        "The Harbour Herald (“HH”) ran a story on the port. The Tide Gazette ran an article on it.\n\n"
        "The Port Board is a small body.\n\n"
        "The article claims that the rules “punish every fisherman in the bay”."
    )
    assert attributed(body) == [("Port Board", "punish every fisherman in the bay")]


def test_a_quoted_paragraph_whose_inner_straight_marks_paired_wrongly_is_one_quotation():
    body = (
        "The Bill keeps the old law. As Minister Tova Lind had explained in Parliament:\n\n"
        '"Under the old rules, the standard is "clear danger". In the Bill, the standard is "danger". Nothing else changes in the law.\n\n'
        "Thus the old law stays."
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Tova Lind"]


def test_a_paragraph_of_two_quotations_and_a_cue_stays_two():
    body = (
        "The Bill keeps the old law. As Minister Tova Lind had explained in Parliament:\n\n"
        '"Under the old rules, the standard stays," she said. "Nothing else changes in the law."\n\n'
        "Thus the old law stays."
    )
    assert attributed(body) == [("Tova Lind", "Under the old rules, the standard stays,"), ("Tova Lind", "Nothing else changes in the law.")]


def test_a_headline_cited_with_its_date_and_where_it_is_found_is_a_title():
    body = (
        "1. The Premier has not called an election.\n\n"
        "2. See Premier Tova Lind's latest remarks reported by the Harbour Herald, “We will do more if we must: "
        "Premier says the storm damage is grave” (3 April 2021), available here."
    )
    assert attributed(body) == []


def test_words_the_outlet_reports_with_no_citation_tail_stay_a_statement():
    body = "1. The Premier has not called an election.\n\n2. The Harbour Herald reported that “the storm damage is grave” in the north."
    assert attributed(body) == [("Harbour Herald", "the storm damage is grave")]


def test_a_state_treasurer_or_an_assemblymember_is_the_office_before_the_name():
    body = (
        "The pension bill passed on Monday.\n\n"
        "“The numbers finally add up,” said state Treasurer Omar Pike.\n\n"
        "“We listened to every county,” said Assemblymember Lena Voss."
    )
    assert attributed(body) == [("Omar Pike", "The numbers finally add up,"), ("Lena Voss", "We listened to every county,")]


def test_a_treasury_s_name_stays_a_body():
    body = "The pension bill passed on Monday.\n\n“The numbers finally add up,” said the State Treasurer’s Office."
    assert attributed(body) == [("State Treasurer’s Office", "The numbers finally add up,")]


def test_the_office_of_a_person_named_with_a_title_speaks_for_that_person():
    for subject in ("the office of Governor Lena Voss", "Governor Lena Voss’s office"):
        assert attributed(f"“The toll is fair and overdue,” {subject} said in a statement.") == [("Lena Voss", "The toll is fair and overdue,")]
    assert attributed("The office of Senator Omar Pike said: “We will fight the toll.”") == [("Omar Pike", "We will fight the toll.")]
    # near misses: an aide inside the office is an unnamed source, and a role's office names no one
    assert attributed("An aide in the office of Governor Lena Voss said: “We will fight the toll.”") == []
    assert attributed("“We will fight the toll,” the office of the governor said.") == []
