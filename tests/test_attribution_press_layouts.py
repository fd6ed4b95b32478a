"""Layouts of the news and opinion press (photo captions between paragraphs, an office of a role issuing a statement, a
pull quote's cite line made a heading): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed

INTRODUCED = "At a rally in Harbourton on Monday, party vice president Lin Sovann, now in exile, said the vote had been stolen.\n\n"
SAID = "\n\n“This was the end of a free vote in our country,” she said."


def test_a_photo_caption_placing_people_is_no_referent_of_the_she_below_it():
    caption = "Party vice president Lin Sovann (L) and the party's foreign envoy, Rita Osei (R), address reporters in Harbourton, May 2. (Wire)"
    assert attributed(INTRODUCED + caption + SAID) == [("Lin Sovann", "This was the end of a free vote in our country,")]
    centred = "Rita Osei (C) walks past supporters in Harbourton, May 2. (Wire)"
    assert attributed(INTRODUCED + centred + SAID) == [("Lin Sovann", "This was the end of a free vote in our country,")]


def test_a_story_paragraph_naming_a_woman_is_still_the_referent():
    # the near miss: a paragraph of the story, no photo's placing, brings in the woman the "she" means
    joined = "The party's foreign envoy, Rita Osei, joined her on stage and spoke after her."
    assert attributed(INTRODUCED + joined + SAID) == [("Rita Osei", "This was the end of a free vote in our country,")]
    # a US party's "(R)" after a name is no photo's placing
    member = "Senator Rita Osei (R) joined her on stage and spoke after her."
    assert attributed(INTRODUCED + member + SAID) == [("Rita Osei", "This was the end of a free vote in our country,")]


STATEMENT = "“We are deeply troubled by the count,” {office} said in a statement.\n\n“The vote denied the people a choice.”"


def test_an_office_of_a_role_is_a_body_and_its_next_paragraph_goes_on():
    named = attributed(STATEMENT.format(office="the Harbour House office of the Press Secretary"))
    assert named == [("Harbour House", "We are deeply troubled by the count,"), ("Harbour House", "The vote denied the people a choice.")]
    alone = attributed(STATEMENT.format(office="the office of the spokesperson"))
    assert [who for who, _ in alone] == ["Office of the Spokesperson", "Office of the Spokesperson"]
    before = attributed("The Harbour House office of the Press Secretary said in a statement that the count was “deeply flawed”.")
    assert before == [("Harbour House", "deeply flawed")]


def test_someone_in_an_office_of_a_role_is_an_unnamed_source():
    assert attributed(STATEMENT.format(office="an aide in the office of the Press Secretary")) == []
    assert attributed("An aide in the office of the Press Secretary said in a statement that the count was “deeply flawed”.") == []


def test_interpreting_a_text_as_quoted_words_is_a_cue():
    body = "Judge Ana Brill interpreted the clause as “a promise, not a duty.”"
    assert attributed(body) == [("Ana Brill", "a promise, not a duty.")]


def test_interpreted_to_mean_or_a_quoted_term_interpreted_is_no_cue():
    # the passive names no reader; the "said" before it still governs the words
    assert attributed("The clause should not be interpreted to mean “a duty of care.”") == []
    assert attributed("Judge Ana Brill said the clause should not be interpreted to mean “a duty of care.”") == [("Ana Brill", "a duty of care.")]
    # a term of the text read, no "as" before the words: the law's word, not the judge's
    assert attributed("Judge Ana Brill interpreted “reasonable” narrowly.") == []


def test_interpreted_without_as_does_not_stop_the_speakers_account():
    body = (
        "The Harbour Court of Appeal has said that the right covers “the quality of life of disabled applicants.” "
        "The court has also interpreted this right to protect people from “needless distress.”"
    )
    assert [who for who, _ in attributed(body)] == ["Harbour Court of Appeal", "Harbour Court of Appeal"]


CHIEF = (
    "Most members of the harbour committee have been sacked. Maj Gen Varga remains in his post.\n\n"
    "In a press conference, he said he had ordered his officers to show restraint.\n\n"
    "We removed one officer from his post the next day.\n\n"
    "## {cite}\n\n"
    "He said the order came from “many senior figures.”\n\n"
    "“The punishment will be decided by the navy,” he added."
)


def test_a_cite_line_made_a_heading_does_not_cut_the_he_of_the_story():
    found = attributed(CHIEF.format(cite="— Maj Gen Jon Varga Director General, Port Police"))
    assert [quote for _name, quote in found] == ["many senior figures.", "The punishment will be decided by the navy,"]
    assert {name for name, _quote in found} == {"Jon Varga"}


def test_a_real_heading_still_opens_a_new_part_where_he_means_nobody_yet():
    assert attributed(CHIEF.format(cite="The inquiry")) == []


def test_a_cite_line_of_another_person_does_not_take_the_he_of_the_story():
    found = attributed(CHIEF.format(cite="— Tomas Hale, a marcher"))
    assert [quote for _name, quote in found] == ["many senior figures.", "The punishment will be decided by the navy,"]
    assert "Tomas Hale" not in {name for name, _quote in found}
