"""A name needs evidence of being one: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_a_word_opening_a_sentence_once_is_no_one_a_later_he_means():
    body = (
        "Several firms cooperated with the port authority. Loyalty was certainly a factor, but so was their need for licences.\n\n"
        "When I spoke to him about it, he recalled the work as “dispiriting and lonely.”"
    )
    assert attributed(body) == []


def test_a_name_met_once_after_a_comma_is_the_one_a_later_he_means():
    body = "Nine men are on hunger strike. One striker, Omid, has not eaten for weeks. He told the visitors that “the hunger is the least of it.”"
    assert attributed(body) == [("Omid", "the hunger is the least of it.")]


def test_a_plural_the_report_writes_in_the_singular_is_nobody():
    body = "Registration is slow for a foreign organization. Organizations explain that “it takes many steps and the rules are unclear.”"
    assert attributed(body) == []


def test_a_surname_like_a_plural_named_in_full_before_is_the_person():
    body = "Lending by the bank slowed. Arron Banks runs a charity in the port. Banks explains that “it takes many steps and the rules are unclear.”"
    assert attributed(body) == [("Arron Banks", "it takes many steps and the rules are unclear.")]


def test_a_heading_that_names_a_topic_is_no_speaker_of_the_quote_under_it():
    body = (
        "The charter was adopted long ago.\n\n## Charter Timeline\n\n"
        "> “The right of the people to be secure in their homes shall not be violated.”\n\n"
        "## Entry rules: registering a charity\n\nA relief charity on the coast is not registered. The respondent says:\n\n"
        "> “It is a very long process to register a foreign charity, and it costs many trips to the capital.”"
    )
    assert attributed(body) == []


def test_a_heading_with_a_title_or_a_given_name_names_the_speaker_under_it():
    body = (
        "## Senator Dace Orrin\n\n> “The right of the people to be secure in their homes shall not be violated.”\n\n"
        "## Margaret Tolliver: a long process\n\n> “It is a very long process to register a foreign charity.”"
    )
    assert attributed(body) == [
        ("Dace Orrin", "The right of the people to be secure in their homes shall not be violated."),
        ("Margaret Tolliver", "It is a very long process to register a foreign charity."),
    ]


def test_a_list_label_that_is_a_portfolio_is_no_speaker():
    body = (
        "Two of the Portfolio Committees on Harbours, Mineral Resources and Fisheries published legacy reports.\n\n"
        "- Mineral Resources: “The Committee proposed a programme on the port allegations, but no funding was provided” (Legacy Report)\n"
        "- Fisheries: “The allegations are before the inquiry; the Committee may take them up later” (Legacy Report)"
    )
    assert attributed(body) == []


def test_a_list_label_that_is_a_name_is_the_speaker():
    body = "Two members answered.\n\n- Dace Orrin: “The Committee proposed a programme on the port allegations, but no funding was provided”"
    assert attributed(body) == [("Dace Orrin", "The Committee proposed a programme on the port allegations, but no funding was provided")]


def test_he_after_an_inverted_cue_is_the_one_who_answered():
    body = "Senator Dace Orrin questioned Director Pell Hasken at a hearing. “No,” responded Hasken, but he added “not wittingly” when pressed."
    assert attributed(body) == [("Pell Hasken", "No,"), ("Pell Hasken", "not wittingly")]


def test_he_after_a_name_that_only_answers_is_the_questioner():
    body = "Senator Dace Orrin questioned Director Pell Hasken at a hearing, and he added that the answers were “not good enough.”"
    assert attributed(body) == [("Dace Orrin", "not good enough.")]


def test_a_quote_standing_alone_after_someones_comments_are_named_is_theirs():
    body = (
        "The Speaker, Lerato Vansittart, appeared before the inquiry. She said it was “regrettable” that the House woke up late.\n\n"
        "It is worth recalling former Chief Justice Okonkwo’s comments in the harbour judgment. "
        "“The House is the embodiment of the hopes of all our people.”"
    )
    assert attributed(body) == [
        ("Lerato Vansittart", "regrettable"),
        ("Chief Justice Okonkwo", "The House is the embodiment of the hopes of all our people."),
    ]


def test_a_quote_standing_alone_after_a_speaker_refers_to_someones_comments_is_the_speakers():
    body = (
        "“We did it with one launch,” Tom Stafford responded. He then referred to Okonkwo’s earlier testimony on the odds. "
        "“I cannot disagree with it.”"
    )
    assert attributed(body) == [("Tom Stafford", "We did it with one launch,"), ("Tom Stafford", "I cannot disagree with it.")]


def test_a_surname_that_is_a_bodys_word_after_a_title_or_a_given_name_is_a_person():
    body = (
        "Two panels were set up, one chaired by Walter Church in the Senate.\n\n"
        "The panel exposed a 30-year program. Senator Church called it “the largest interception program ever run.”"
    )
    assert attributed_with_kinds(body) == [("Walter Church", "person", "the largest interception program ever run.")]


def test_a_bodys_word_after_a_word_that_is_no_persons_title_stays_a_body():
    body = "The ruling went against the state. The Supreme Court called it “a plain reading of the statute.”"
    assert attributed_with_kinds(body) == [("Supreme Court", "organization", "a plain reading of the statute.")]


def test_he_in_a_sentence_a_relative_named_by_a_given_name_opens_is_the_relative():
    body = (
        "Senator Dace Orrin traces his distrust of covert action to that episode. His journalist father, Peter, wrote a "
        "scathing book on the invasion, which he likened to “a shipwreck staged by clowns.”"
    )
    assert attributed(body) == [("Peter", "a shipwreck staged by clowns.")]


def test_he_after_a_relative_named_as_an_object_is_the_subject():
    body = (
        "Senator Dace Orrin traces his distrust of covert action to that episode. Orrin visited his father, Peter, in the "
        "spring, and he likened the invasion to “a shipwreck staged by clowns.”"
    )
    assert attributed(body) == [("Dace Orrin", "a shipwreck staged by clowns.")]


def test_a_bare_surname_after_according_to_a_second_bearer_is_the_one_named_last():
    """ "… according to Ruth Harlow, 48, who leads the petition." ¶ "“…,” Harlow said.": Ruth, not the Tom Harlow quoted before."""
    found = attributed(
        "“We are treated like cattle,” said Tom Harlow, who has worked the quarry for thirty years.\n\n"
        "Doctors say the cases keep rising.\n\n"
        "The number is only likely to grow, according to Ruth Harlow, 48, who leads the petition.\n\n"
        "“Nothing has changed in ten years,” Harlow said."
    )
    assert found == [("Tom Harlow", "We are treated like cattle,"), ("Ruth Harlow", "Nothing has changed in ten years,")]


def test_a_bare_surname_stays_with_the_speaker_where_no_second_bearer_is_named_in_full():
    found = attributed(
        "“We are treated like cattle,” said Tom Harlow, who has worked the quarry for thirty years.\n\n"
        "The number is only likely to grow, according to the petition's leaders.\n\n"
        "“Nothing has changed in ten years,” Harlow said."
    )
    assert found == [("Tom Harlow", "We are treated like cattle,"), ("Tom Harlow", "Nothing has changed in ten years,")]


def test_a_surname_like_a_month_before_a_verb_of_saying_is_the_person():
    body = (
        "Green councillor Hana Mayfield left early. Councillor Tomas May voted against the plan.\n\n"
        "“We were never shown the figures,” May told reporters.\n\n"
        "“But nobody was hurt, and that is what counts.”"
    )
    assert attributed(body) == [
        ("Tomas May", "We were never shown the figures,"),
        ("Tomas May", "But nobody was hurt, and that is what counts."),
    ]


def test_a_month_after_a_bodys_verb_of_saying_is_still_a_month():
    body = "“We will stay open until the pier is safe,” the Velmar Ferry Company said in May."
    assert attributed(body) == [("Velmar Ferry Company", "We will stay open until the pier is safe,")]
