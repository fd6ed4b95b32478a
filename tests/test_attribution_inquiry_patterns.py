"""Patterns of official reports (inquiry chapters, a counsel's report as OCR text) and of names in research reports that
a new user's reports and held-out rounds showed: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed, attributed_with_kinds


def test_suffice_to_say_is_the_writers_aside_not_a_cue():
    body = "Mr Tom Reed was not expecting favours. Suffice to say, Mr Reed well understands the value of ‘less is more’."
    assert attributed(body) == []
    body = "Needless to say, Tom Reed understands the value of “less is more”."
    assert attributed(body) == []
    # near miss: a verb of saying after the aside still names its speaker
    body = "Suffice it to say, Tom Reed said that “less is more”."
    assert attributed(body) == [("Tom Reed", "less is more")]


def test_commended_is_a_verb_of_praise_like_praised():
    body = "Foreign ministry spokesman Darius Kaveh commended “Chinese bravery, dedication and professionalism” in the outbreak."
    assert attributed(body) == [("Darius Kaveh", "Chinese bravery, dedication and professionalism")]
    # near miss: commended in the passive names no one who spoke
    body = "Darius Kaveh was commended for his “bravery and dedication” during the outbreak."
    assert attributed(body) == []


def test_a_name_with_its_own_script_in_square_brackets_is_the_name():
    body = "“We hold a briefing every day. Read it carefully,” Wen Lipo [温立波] wrote, indicating the reach of the embassy."
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day. Read it carefully,")]
    body = "Wen Lipo [温立波] wrote: “We hold a briefing every day.”"
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day.")]
    # near miss: the characters in round brackets were read so already
    body = "“We hold a briefing every day,” Wen Lipo (温立波) wrote."
    assert attributed(body) == [("Wen Lipo", "We hold a briefing every day,")]


def test_a_leaders_initials_are_the_person_named_in_full_so():
    body = "The bureau met on Friday. Park Tae Won presided over the meeting.\n\nPTW said that “an urgent task is to revise the law.”"
    assert attributed(body) == [("Park Tae Won", "an urgent task is to revise the law.")]
    # near miss: initials no one named in full bears stay a name of their own
    body = "The bureau met on Friday. Park Tae Won presided over the meeting.\n\nKDR said that “an urgent task is to revise the law.”"
    assert attributed(body) == [("KDR", "an urgent task is to revise the law.")]


def test_a_three_part_korean_name_is_found_again_by_its_family_name():
    body = "Choe Song Hak presided over the meeting.\n\nChoe said that “an urgent task is to revise the law.”"
    assert attributed(body) == [("Choe Song Hak", "an urgent task is to revise the law.")]
    body = "Park Tae Won presided over the meeting.\n\nPark said that “an urgent task is to revise the law.”"
    assert attributed(body) == [("Park Tae Won", "an urgent task is to revise the law.")]
    # near misses: the last syllable is no surname; an English name ending so keeps its surname last
    body = "Park Tae Won presided over the meeting.\n\nWon said that “an urgent task is to revise the law.”"
    assert attributed(body) != [("Park Tae Won", "an urgent task is to revise the law.")]
    body = "Kim Anne Hollis presided over the meeting.\n\nHollis said that “an urgent task is to revise the law.”"
    assert attributed(body) == [("Kim Anne Hollis", "an urgent task is to revise the law.")]


def test_the_rt_hon_is_a_style_of_address_not_part_of_the_name():
    body = "A consensus will matter. As the Rt Hon Sir Alan Major put it:\n\n> “It will pass only with the support of both parties.”"
    assert attributed(body) == [("Alan Major", "It will pass only with the support of both parties.")]
    body = "The Rt Hon Dame Ann Cole said, “We will see.”\n\n“It is done,” said Dame Ann Cole."
    assert attributed(body) == [("Ann Cole", "We will see."), ("Ann Cole", "It is done,")]
    # near miss: an outlet whose name is the same letters keeps its name
    body = "RT reported that the talks were “a failure”."
    assert attributed(body) == [("RT", "a failure")]


def test_a_witness_evidence_as_follows_introduces_the_witness_words():
    body = "Mr Tom Reed’s evidence as to his dealings with ministers is as follows:\n\n> “I have known each of them. I would not describe them as close.”"
    assert attributed(body) == [("Tom Reed", "I have known each of them. I would not describe them as close.")]
    # near miss: evidence that is nobody's names no witness
    body = "The evidence as to the dealings with ministers is as follows:\n\n> “I have known each of them. I would not describe them as close.”"
    assert attributed(body) == []


def test_two_terms_in_marks_modifying_one_noun_are_labels_and_an_inquiry_is_a_body():
    body = "The Inquiry has revealed that the code did not make plain whether the dealings were ‘party’ or ‘government’ business."
    assert attributed(body) == []
    # near miss: a body's words in marks after its verb of saying are still its words
    body = "The Inquiry has concluded that the dealings were “too close for comfort”."
    assert attributed_with_kinds(body) == [("Inquiry", "organization", "too close for comfort")]


def test_a_name_an_ocr_text_ran_into_the_next_word_is_no_speaker():
    body = "Deputy Foreign Minister Sergey Ryabkovsaying, “The sanctions will be answered.”\n\nOn May 9, the Presidentsaid, “We will win.”"
    assert not [name for name, _ in attributed(body) if name.endswith(("saying", "said"))]
    body = "The Presidentlater told aides, “We will win.”"
    assert attributed(body) == []
    # near miss: a surname that ends so ("Bensaid", a stem of three letters) is a name
    body = "Nadia Bensaid told aides, “We will win.”"
    assert attributed(body) == [("Nadia Bensaid", "We will win.")]


def test_a_surname_ending_like_a_short_glued_word_is_kept_whole():
    # "-has", "-had", "-was", "-told" end many surnames: no auxiliary is cut off a name, after the cue or before it
    for surname in ("Verinchas", "Dalmichas", "Kotsuiwas", "Nurshad", "Fehrchtold"):
        body = f"“The ferries will run late,” said harbour analyst Lucia {surname}."
        assert attributed(body) == [(f"Lucia {surname}", "The ferries will run late,")]
        body = f"Marc-Antoine {surname} said, “The ferries will run late.”"
        assert attributed(body) == [(f"Marc-Antoine {surname}", "The ferries will run late.")]
    # near misses: other endings stay whole as before, and a short glued word after a title is still an OCR slip
    for surname in ("Verinches", "Delhas", "Ramis", "Sais", "Iwas", "Bellas"):
        body = f"“The ferries will run late,” said Lucia {surname}."
        assert attributed(body) == [(f"Lucia {surname}", "The ferries will run late,")]
    body = "Chair Lucia Verin spoke first.\n\nThe Chairmanhas said, “The ferries will run late.”"
    assert not [name for name, _ in attributed(body) if name.endswith("has")]


def test_the_name_an_opening_phrase_governs_is_no_apposition_to_the_subject_after_it():
    body = (
        "President Tomas Vale spoke at the rally.\n\n"
        "The day after firing Elena Marsh, the President told officials that he had “faced great pressure.”"
    )
    assert attributed(body) == [("Tomas Vale", "faced great pressure.")]
    # near misses: a name with the role set off by commas on both sides is the role's holder
    body = "After the meeting, Elena Marsh, the finance minister, told officials that she had “faced great pressure.”"
    assert attributed(body) == [("Elena Marsh", "faced great pressure.")]
    body = "A day after meeting Elena Marsh, the finance minister, Tom Reed said he had “faced great pressure.”"
    assert attributed(body) == [("Tom Reed", "faced great pressure.")]


def test_a_role_echoed_by_others_summing_up_before_a_colon_is_its_holder():
    body = (
        "Prime Minister Tomas Vale gave evidence in May.\n\n"
        "The relationship was discussed. The Prime Minister, echoed by others, summed up the problem: ‘we all got too close to the lobby’."
    )
    assert attributed(body) == [("Tomas Vale", "we all got too close to the lobby")]
    body = "Prime Minister Tomas Vale gave evidence in May.\n\nThe Prime Minister summed up the problem: ‘we all got too close to the lobby’."
    assert attributed(body) == [("Tomas Vale", "we all got too close to the lobby")]
    body = "Tomas Vale gave evidence in May.\n\nMr Vale, echoed by Ms Ada Ode, summed up the problem: ‘we all got too close to the lobby’."
    assert attributed(body) == [("Tomas Vale", "we all got too close to the lobby")]
    # near miss: a role nobody in the report holds names no one
    body = "The relationship was discussed. The Prime Minister summed up the problem: ‘we all got too close to the lobby’."
    assert attributed(body) == []


def test_a_cue_whose_role_subject_nobody_holds_leaves_the_words_credited_to_nobody():
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nOn February 15, the Premier told reporters, “Mr Holt is a wonderful man.”',
        "reports/a.md",
    )
    found = extract_statements(report, Registry([]))
    assert found.statements == []
    assert [text for _, _, text in found.unattributed] == ["Mr Holt is a wonderful man."]
    # near miss: a premier the report names takes the words
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nPremier Tomas Vale spoke.\n\nOn February 15, the Premier told reporters, “Mr Holt is a wonderful man.”',
        "reports/a.md",
    )
    found = extract_statements(report, Registry([]))
    assert len(found.statements) == 1 and found.unattributed == []


def test_he_after_the_president_past_names_that_only_modify_a_noun_is_the_president():
    body = (
        "President Tomas Vale spoke at the rally.\n\nCarl Bannerman said he did not recall the calls or any evidence of them.\n\n"
        "Evidence shows that the President connected the Holt inquiry to the Board’s broader Norway inquiry, and that he believed, "
        "as he told Brenn, that firing Holt would end “the whole harbour thing.”"
    )
    assert attributed(body) == [("Tomas Vale", "the whole harbour thing.")]
    # near miss: a person named as the object between them keeps this rule out; the earlier rules read the 'he' as before
    body = (
        "President Tomas Vale spoke at the rally.\n\n"
        "The next day the President met Carl Bannerman, and he said that firing Holt would end “the whole harbour thing.”"
    )
    assert attributed(body) == [("Tomas Vale", "the whole harbour thing.")]


def test_a_contents_line_kept_as_a_heading_names_no_speaker():
    body = (
        "President Tomas Vale spoke at the rally. President Tomas Vale left.\n\n## 2. The President Seeks to Have Marsh Dispute the Reports.............:c005 114\n\n"
        "The next day, the President told officials that he had “faced great pressure.”"
    )
    assert attributed(body) == [("Tomas Vale", "faced great pressure.")]
    # near miss: a name heading with a colon over a quote still governs it
    body = "Quotes.\n\n## Anna Lind:\n\n“We cannot protect the kids.”"
    assert attributed(body) == [("Anna Lind", "We cannot protect the kids.")]


def test_a_verb_of_saying_an_ocr_text_ran_into_the_name_before_the_quote_is_read():
    lead = "President Otto Brandt addressed the nation.\n\n"
    assert attributed(lead + "Later the Presidentsaid, “We will win this war.”") == [("Otto Brandt", "We will win this war.")]
    assert attributed(lead + "Later Brandtsaid: “We will win this war.”") == [("Otto Brandt", "We will win this war.")]
    # near miss: a name that ends so with a short stem ("Bensaid") is a name, with no verb
    assert attributed(lead + "Later Nadia Bensaid, “We will win this war.”") == []


# a debate's speech quoting a member it names only by a form of address (the words are nobody's this passage names)
TOLL_BRIDGE = """Last spring the right hon. Gentleman stood on the quay at Dunmere and made the fishermen a promise:

“The toll will be gone before the bridge is ten years old”.

The bridge turns ten in October. The toll is still there, and the right hon. Gentleman now sits on the Treasury bench.

I ask the House to remember that quay, because the right hon. Gentleman would rather talk about anything else."""


def test_a_parliaments_forms_of_address_are_nobodys_names():
    """ "the right hon. Gentleman", "the hon. Lady", "my hon. Friend", "the noble Lord": how members name one another; the
    words they quote are of someone the passage never names, so nobody's (not a speaker called "Gentleman")."""
    assert attributed(TOLL_BRIDGE) == []
    assert attributed(TOLL_BRIDGE.replace("right hon. Gentleman", "hon. Lady")) == []
    for address in ("The noble Lord", "My hon. Friend the Member for Eastbridge", "The right hon. Member for Hale, North"):
        assert attributed(f"{address} has resigned. He said: “I could not defend the contracts any longer.”") == []


def test_a_parliaments_forms_of_address_in_capitals_are_nobodys_names_too():
    """Other parliaments' records and transcribed speeches capitalise the style: "The Right Honourable Gentleman"."""
    for address in ("The Right Honourable Gentleman", "My Right Honourable Friend", "The Noble Lord", "The Honourable and Learned Lady"):
        assert attributed(f"{address} left the chamber early. Later he said: “The toll stays until the loan is paid.”") == [], address


def test_near_miss_a_title_or_a_surname_that_is_also_a_word_of_address_keeps_its_person():
    body = "Lady Marsh said: “The ferries are late.” “It is a scandal,” Lord Vell said. “We knew,” said Tom Friend."
    assert attributed(body) == [("Lady Marsh", "The ferries are late."), ("Lord Vell", "It is a scandal,"), ("Tom Friend", "We knew,")]
    body = "The right hon. Member for Hale, North (Tom Reed) was the Minister and he has resigned. He said: “I could not go on.”"
    assert attributed(body) == [("Tom Reed", "I could not go on.")]
