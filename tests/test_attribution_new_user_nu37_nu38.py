"""Credits the detector learnt from two new users' reports (a court story saved from a news site, a conference paper as
a PDF's text, a school feature in Markdown, a parliament story copied from a news page): each rule's passages written
for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed, attributed_with_kinds

# --- a thing named by "called", "dubbed" or "termed" right after its noun: its name, nobody's words ------------------


def test_a_seller_called_by_a_name_in_marks_is_no_statement_of_the_one_who_bought_from_it():
    body = (
        "The plaintiff, Mary Poole, had bought a kettle online from a seller called “Kettlo,” the trading name of "
        "Harbour Wares Ltd. Poole said that the kettle burst when it was first used."
    )
    assert attributed(body) == []


def test_a_scheme_dubbed_or_termed_so_is_named_by_the_participle_too():
    for verb in ("dubbed", "termed"):
        body = f"The plaintiff, Mary Poole, had bought a kettle from a seller {verb} “Kettlo,” the trading name of Harbour Wares Ltd."
        assert attributed(body) == []


def test_what_a_speaker_called_it_stays_the_speakers_words():
    # near miss: the one calling it so is the clause's subject, between the noun and the participle or before it
    body = "Mayor Ann Vell attacked a plan she called “reckless and cruel,” on Monday."
    assert attributed(body) == [("Ann Vell", "reckless and cruel,")]
    body = "Mayor Ann Vell criticised what she called “a shameful day for the town.”"
    assert attributed(body) == [("Ann Vell", "a shameful day for the town.")]


def test_called_as_the_verb_of_saying_after_a_prepositional_phrase_stays_the_speakers():
    # near misses: "in a tweet called", "to a radio station called": where she said it, "called" her verb
    body = "Ann Vell in a tweet called “for calm on all sides.”"
    assert attributed(body) == [("Ann Vell", "for calm on all sides.")]
    body = "Ann Vell in her speech dubbed “the whole scheme a land grab.”"
    assert attributed(body) == [("Ann Vell", "the whole scheme a land grab.")]
    body = "Ann Vell, speaking to a radio station yesterday called “for calm on all sides.”"
    assert attributed(body) == [("Ann Vell", "for calm on all sides.")]


# --- words mentioned as words: every span of a list after "the words" --------------------------------------------


def test_each_word_a_list_after_the_words_names_is_mentioned_not_said():
    body = (
        "Senator Tom Vale proposed an amendment which removed the words “binding” and “annual targets.” Vale said it was "
        "“hard to plan in a changing market.”"
    )
    assert attributed(body) == [("Tom Vale", "hard to plan in a changing market.")]


def test_words_a_speaker_used_in_a_list_stay_the_speakers():
    # near miss: "used the words" names the speaker's own choice of them, each of the list
    body = "Senator Tom Vale used the words “binding” and “firm targets” in his speech."
    assert attributed(body) == [("Tom Vale", "binding"), ("Tom Vale", "firm targets")]


def test_a_speakers_sentence_after_a_listed_word_stays_the_speakers():
    # near misses: a whole sentence with its cue after it is said, not one more word of the list
    body = "Marchers carried banners with the slogan “Homes First”, and “we will not rest until every family has a home,” Ann Vell told them."
    assert ("Ann Vell", "we will not rest until every family has a home,") in attributed(body)
    body = "She removed the words “binding”, and “we must act now before it is too late,” Ann Vell told the chamber."
    assert attributed(body) == [("Ann Vell", "we must act now before it is too late,")]
    body = "She removed the words “binding”, and “late,” said Ann Vell."
    assert attributed(body) == [("Ann Vell", "late,")]


# --- two terms as the objects of a verb of replacing ----------------------------------------------------------------


def test_a_term_replaced_by_another_in_marks_is_no_statement_of_the_one_arguing_for_it():
    body = "Under the Keel government, Harbourland has argued for replacing “self-rule” with “self-care” in the draft treaty."
    assert attributed(body) == []
    body = "Mayor Ann Vell proposed replacing the word “shall” with “may.”"
    assert attributed(body) == []


def test_words_after_a_replacement_without_marks_stay_the_speakers():
    # near miss: the thing replaced is no term in marks, the words after it a clause of the speaker's
    body = "Mayor Ann Vell argued for replacing the board with “a body that answers to the people of this town.”"
    assert attributed(body) == [("Ann Vell", "a body that answers to the people of this town.")]


# --- "<Place>-based" before a role and a name after an inverted cue ---------------------------------------------------


def test_a_place_based_descriptor_before_a_role_and_a_name_is_no_speaker():
    body = "“Most buyers never read the label,” noted Harbourton-based consumer lawyer Sam Pike. “They trust the site.”"
    assert attributed(body) == [("Sam Pike", "Most buyers never read the label,"), ("Sam Pike", "They trust the site.")]
    body = "“Most buyers never read the label,” said Harbourton-based lawyer Sam Pike."
    assert attributed(body) == [("Sam Pike", "Most buyers never read the label,")]


def test_a_place_based_descriptor_before_a_role_of_three_words_is_no_speaker_either():
    body = (
        "“Most buyers never read the label,” noted Harbourton-based product liability lawyer Sam Pike in an interview "
        "with the Ledger. “They trust the site.”"
    )
    assert attributed(body) == [("Sam Pike", "Most buyers never read the label,"), ("Sam Pike", "They trust the site.")]


def test_a_place_based_descriptor_right_before_the_name_still_names_the_person():
    # near miss: no role between the place and the name, read as before
    body = "“Most buyers never read the label,” said London-based Sam Pike."
    assert attributed(body) == [("Sam Pike", "Most buyers never read the label,")]


def test_a_body_after_based_role_words_and_a_preposition_is_no_speaker():
    # near miss: "at Velmaro Capital" is where the unnamed analysts work, not who spoke
    body = "“The plan is reckless,” said Harbourton-based analysts at Velmaro Capital."
    assert attributed(body) == []


# --- an outlet cited by its bare name as a source of reporting --------------------------------------------------------


def test_a_one_word_name_only_ever_cited_as_reporting_is_an_outlet():
    body = (
        "Funding for the hubs came from a deal struck in 2019 to “expand the hubs,” Schoolwire reported in 2019.\n\n"
        "The hubs work “with local charities,” according to Schoolwire’s report, to deliver the services."
    )
    assert attributed_with_kinds(body) == [
        ("Schoolwire", "outlet", "expand the hubs,"),
        ("Schoolwire", "outlet", "with local charities,"),
    ]


def test_a_one_word_name_the_report_gives_a_person_elsewhere_stays_a_person():
    # near miss: "Tom Pike" names the one who reported, a person
    body = "“We are ready,” Pike reported to the board.\n\nTom Pike is the harbour master."
    assert attributed_with_kinds(body) == [("Tom Pike", "person", "We are ready,")]


def test_a_reporter_or_a_scholar_who_reports_stays_a_person():
    # near misses: "reported"/"reports" alone is what a reporter, a scholar or a firm does too; no issue date, no "X’s report"
    body = "“The town is quiet,” Harding reported from Kyiv on Monday.\n\n“Nobody sleeps,” Harding reports."
    assert {kind for _, kind, _ in attributed_with_kinds(body)} == {"person"}
    body = (
        "According to Mearsheimer, great powers “fear each other.”\n\n"
        "Mearsheimer reports that states “can never be certain about other states’ intentions.”"
    )
    assert {kind for _, kind, _ in attributed_with_kinds(body)} == {"person"}


def test_a_name_in_capitals_cited_with_its_issue_date_is_an_outlet():
    body = "“The harbour is closed,” HARBOUR DAILY of 16 January reported.\n\nThe port was “empty,” according to HARBOUR DAILY."
    assert {kind for _, kind, _ in attributed_with_kinds(body)} == {"outlet"}


# --- a junior minister's post named by the ministry it sits in ------------------------------------------------------


def described(body: str) -> list[tuple[str, str]]:
    """(speaker, the description the report gives of them) for each statement found in the body."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, registry[s.speaker].description) for s in extract_statements(report, registry).statements]


def test_a_minister_in_a_ministry_before_the_name_is_the_speakers_post():
    body = 'Before the vote, Minister in the Ministry of Finance Ann Black said, "The levy is not the answer."'
    assert described(body) == [("Ann Black", "Minister in the Ministry of Finance")]
    body = 'Before the vote, Minister of State in the Ministry of Finance Tom Vale said, "The levy is fine."'
    assert described(body) == [("Tom Vale", "Minister of State in the Ministry of Finance")]


def test_the_title_words_before_a_ministry_post_are_read_with_it():
    body = 'Before the vote, Permanent Secretary in the Ministry of Health Ann Black said, "The levy is not the answer."'
    assert described(body) == [("Ann Black", "Permanent Secretary in the Ministry of Health")]
    body = 'Before the vote, Principal Secretary in the Ministry of Health Ann Black said, "The levy is not the answer."'
    assert described(body) == [("Ann Black", "Principal Secretary in the Ministry of Health")]
    body = 'Before the vote, Deputy Minister in the Ministry of Health Ann Black said, "The levy is not the answer."'
    assert described(body) == [("Ann Black", "Deputy Minister in the Ministry of Health")]


def test_a_ministry_post_after_an_unread_capitalised_word_is_not_cut():
    # near miss: "Permanent" opening the sentence is not read, so no "Secretary in …" half of the post
    body = 'Permanent Secretary in the Ministry of Health Ann Black said, "The levy is not the answer."'
    assert ("Ann Black", "Secretary in the Ministry of Health") not in described(body)


def test_a_ministry_named_without_a_post_before_it_describes_nobody():
    # near miss: a place the speaker stands in, no post; the title before the name read as before
    body = 'Treasurer Ann Black, speaking in the Ministry of Finance, said, "The levy is not the answer."'
    assert described(body) == [("Ann Black", "Treasurer")]


# --- a Markdown block quote that is the story's narration, its own cue inside it ------------------------------------


def test_a_block_quote_with_its_own_cue_naming_the_speaker_is_read_as_a_paragraph():
    body = (
        "Tom Keel, principal at Harbourton Elementary, has waited six years.\n\n"
        "> “The goal is to make schools more holistic,” Ann Vell told Our Harbour. Vell is the director of the Harbour "
        "Council, a nonprofit.\n\n"
        "“Schools need to be places where whole families learn,” Vell said."
    )
    assert attributed(body) == [
        ("Ann Vell", "The goal is to make schools more holistic,"),
        ("Ann Vell", "Schools need to be places where whole families learn,"),
    ]


def test_a_block_quote_a_lead_in_gives_to_a_writer_stays_the_writers():
    # near miss: "The Harbour Times wrote:" leads into the block: the passage is the paper's, its quotation inside it too
    body = (
        "Tom Keel, principal at Harbourton Elementary, has waited six years.\n\n"
        "The Harbour Times wrote:\n\n"
        "> “The goal is to make schools more holistic,” Ann Vell told the paper. Vell is the director of the council.\n\n"
        "She left."
    )
    found = attributed(body)
    assert [name for name, _ in found] == ["Harbour Times"]


# --- a month in a clause of time opening the sentence ---------------------------------------------------------------


def dated(body: str) -> list[tuple[str, str | None, str]]:
    """(speaker, date, how it was dated) for each statement found in the body, in a report dated 20 February 2026."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry).statements
    return [(registry[s.speaker].name, s.date.isoformat() if s.date else None, s.date_basis) for s in found]


def test_a_month_closing_a_clause_of_time_that_opens_the_sentence_leaves_the_words_undated():
    body = (
        "As ships prepared for the deployment in July, Governor Tom Keel told a press conference: “We will not stand by while our neighbours suffer.”"
    )
    assert dated(body) == [("Tom Keel", None, "")]


def test_a_month_a_clause_before_the_words_looks_ahead_to_leaves_their_date_alone():
    # near miss: "Before the election in May" may name a month still ahead; the words keep the report's day
    body = "Before the election in May, Governor Tom Keel told reporters: “We will win this.”"
    assert [date for _, date, _ in dated(body)] == ["2026-02-20"]


def test_a_day_in_the_clause_of_time_still_dates_the_words():
    # near miss: the clause gives the day, which dates them
    body = (
        "As ships prepared for the deployment on July 4, Governor Tom Keel told a press conference: “We will not stand by "
        "while our neighbours suffer.”"
    )
    assert dated(body) == [("Tom Keel", "2025-07-04", "text")]


# --- roles the text gives: after "according to", in a copular sentence with no article, before a bracket ---------------


def test_a_title_after_according_to_is_the_speakers():
    body = "According to Yates principal Israel Perez, the school can put on a musical. “This is new,” Perez said."
    assert described(body) == [("Israel Perez", "Yates principal")]


def test_a_title_after_a_bodys_linking_word_gives_no_part_of_the_bodys_name():
    # near miss: "for" inside a body's name ("Society for Harbour Fishing"): the right post is "Society for Harbour
    # Fishing chair" (not read yet); no cut of the name may be given as the post
    body = "Yesterday the Society for Harbour Fishing chair Ada Lind said, “It is hard.”"
    found = described(body)
    assert [name for name, _ in found] == ["Ada Lind"]
    assert found[0][1] not in {"Harbour Fishing chair", "Fishing chair"}


def test_a_copular_post_with_no_article_describes_the_speaker():
    body = (
        "“Schools solve problems,” said Juliet de Jesus Alejandre. Alejandre is executive director of the Palenque "
        "Harbour Network, another local nonprofit."
    )
    assert described(body) == [("Juliet de Jesus Alejandre", "Executive director of the Palenque Harbour Network")]


def test_a_negation_or_a_participle_before_a_role_gives_no_copular_post():
    # near misses: "is not a member of", "was appointed head of", "was named director of" give no post in those words
    for tail in (
        "is not a member of the board.",
        "was appointed head of the inquiry into the fire after the mayor resigned.",
        "was named director of the network in 2019 and says the warnings were ignored for years.",
    ):
        body = f"“Schools solve problems,” said Juliet Alejandre. Alejandre {tail}"
        assert described(body) == [("Juliet Alejandre", "")]


def test_an_apposition_closed_by_the_bodys_letters_in_brackets_describes_the_speaker():
    body = "Ana Roe, a representative of the Harbour Security Service (HSS), said that “the rebels were warned.”"
    assert described(body) == [("Ana Roe", "Representative of the Harbour Security Service")]
