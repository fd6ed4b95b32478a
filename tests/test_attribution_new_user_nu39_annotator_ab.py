"""Credits the detector learnt from a new user's re-check (a human-rights paper in Markdown, a school feature) and an
annotator's probes: each rule's passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds

# --- "references to “…”": the noun, a mention of the words, not a verb of saying -------------------------------------


def test_references_to_a_quoted_word_is_a_mention_not_the_bodys_statement():
    body = "The Coast Office, Quays and Moorings Unit removed references to “detainees” from its notices."
    assert attributed(body) == []


def test_references_cut_by_a_board_named_with_a_comma_are_a_mention_too():
    body = "The Harbour Council, Ports and Fisheries Board has cut references to “camps” from every leaflet."
    assert attributed(body) == []


def test_a_body_that_references_a_report_saying_words_still_says_them():
    # near miss: the verb, then a participle of saying
    body = "The Harbour Authority references its own audit, saying “the numbers are clear and final.”"
    assert attributed(body) == [("Harbour Authority", "the numbers are clear and final.")]


def test_a_body_that_references_the_quoted_words_still_uses_them():
    # near miss: the verb with its object in marks
    body = "The Ministry of Ports, Fisheries and Coasts referenced “a culture of silence” in its audit."
    assert attributed(body) == [("Ministry of Ports, Fisheries and Coasts", "a culture of silence")]


def test_a_person_who_references_the_quoted_words_without_to_still_uses_them():
    # near miss: the verb "reference" takes no "to"; its object in marks is the words she uses
    body = "Ann Black references “a culture of silence” in her letter."
    assert attributed(body) == [("Ann Black", "a culture of silence")]


# --- a periodical named by how often it comes out ("Harbour Weekly"): an outlet, as "Harbour Daily" ----------------


def test_a_weekly_monthly_or_quarterly_after_according_to_is_an_outlet():
    for outlet in ("Harbour Weekly", "Valley Monthly", "Estuary Quarterly", "Riverside Fortnightly"):
        body = f"The levy was “too small to matter,” according to {outlet}."
        assert attributed_with_kinds(body) == [(outlet, "outlet", "too small to matter,")]


def test_a_daily_or_a_weekly_before_its_verb_keeps_its_last_word():
    # "Daily" and "Weekly" end in -ly, but a capitalised word is no adverb between the name and its verb
    for outlet, verb in (("the Harbour Daily", "said"), ("Harbour Weekly", "reported")):
        body = f"“The levy is too small,” {outlet} {verb}."
        assert attributed_with_kinds(body) == [(outlet.removeprefix("the "), "outlet", "The levy is too small,")]


def test_a_surname_in_ly_after_a_title_is_no_adverb():
    # a capitalised word in -ly after a title is the surname, not an adverb between the name and the verb
    body = "“The levy is too small,” Dr Reilly said."
    assert attributed_with_kinds(body) == [("Dr Reilly", "person", "The levy is too small,")]


def test_an_adverb_between_a_persons_name_and_the_verb_is_still_left_off():
    # near miss
    body = "“The levy is too small,” Tom Reyes quietly said."
    assert attributed_with_kinds(body) == [("Tom Reyes", "person", "The levy is too small,")]


def test_an_abstract_noun_then_week_after_according_to_is_an_outlet():
    for outlet in ("Irrigation Week", "Harbour Development Week"):
        body = f"The levy was “too small to matter,” according to {outlet}."
        assert attributed_with_kinds(body) == [(outlet, "outlet", "too small to matter,")]


def test_an_abstract_noun_then_week_is_no_man_a_pronoun_stands_for():
    body = "During Irrigation Week, the mayor spoke to the crowd. “It is too small,” he said."
    assert attributed(body) == []


def test_a_week_that_a_day_making_word_names_is_still_a_time_and_a_given_name_then_week_a_person():
    # near misses: "Fashion Week" is a time, "Tavita Week" a person (an unlisted given name)
    body = "Fashion Week opened on Monday. “It is too small,” said Ana Roe. The plan is “a start,” according to Tavita Week."
    assert attributed_with_kinds(body) == [("Ana Roe", "person", "It is too small,"), ("Tavita Week", "person", "a start,")]


def test_a_listed_given_name_with_an_abstract_nouns_ending_then_week_is_a_person():
    # "Terence", "Prudence", "Felicity" end as "Education" or "Charity" do: the given name keeps Week a surname
    for name in ("Terence Week", "Constance Week", "Felicity Week"):
        body = f"“The plan is a start,” {name} said."
        assert attributed_with_kinds(body) == [(name, "person", "The plan is a start,")]


def test_a_woman_surnamed_week_keeps_her_second_quote_through_she():
    body = "Prudence Week, a nurse, said the ward was “full.” “We need beds,” she added."
    assert [speaker for speaker, _ in attributed(body)] == ["Prudence Week", "Prudence Week"]


# --- an event's week ("Innovation Week") is no outlet "it" stands for; a weekly so named only where it is the source --


def test_an_event_week_opening_a_sentence_leaves_it_to_the_body_that_spoke():
    for week in ("Innovation Week", "Charity Week"):
        body = f"{week} drew 4,000 visitors, the Harbour Trust said. “It was a record,” it added."
        assert attributed_with_kinds(body) == [("Harbour Trust", "organization", "It was a record,")]


def test_an_event_week_that_began_or_ended_is_nobody_it_said_can_mean():
    for body in (
        "Innovation Week ended on Friday. “It is too small,” it said.",
        "Orientation Week began with a speech. “It is too small,” it said.",
    ):
        assert attributed(body) == []


def test_a_weekly_named_as_a_week_is_the_source_before_its_verb_or_after_the_cue():
    # near misses: where it stands as the source it stays the outlet
    for body, quote in (
        ("“The levy is too small,” Education Week reported.", "The levy is too small,"),
        ("“The levy is too small,” said Education Week.", "The levy is too small,"),
        ("Education Week reported that the levy was “too small to matter.”", "too small to matter."),
    ):
        assert attributed_with_kinds(body) == [("Education Week", "outlet", quote)]
