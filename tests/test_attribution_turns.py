"""Interview turns, a paragraph's declared source and appositions: passages written for these tests, with the near
misses that must not change hands."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


INTERVIEW = """When we met in the capital, Marta Kovacs told me that the harvest would be late.

"The rain came three weeks too early. We lost the first cut of hay and most of the barley."

But is the ministry not to blame? Did it not ignore the warnings, I asked.

"I see it differently. Nobody could have known how wet the spring would be."

"And we still have the autumn to save. That is where the work lies."

He said the river had risen again overnight.
"""


def test_an_interview_answer_standing_alone_is_the_interlocutors():
    found = attributed(INTERVIEW)
    assert [who for who, _ in found] == ["Marta Kovacs"] * 3
    assert found[1][1].startswith("I see it differently")
    assert found[2][1].startswith("And we still have the autumn")  # a second paragraph of quotation goes on


def test_without_the_writer_talking_to_anyone_a_bare_quotation_stays_unattributed():
    body = INTERVIEW.replace("Marta Kovacs told me that the harvest would be late", "Marta Kovacs farmed there").replace(", I asked", "")
    assert attributed(body) == []


def test_a_bare_quotation_after_someone_elses_statement_goes_on_with_them():
    body = (
        "I asked Marta Kovacs about the harvest.\n\n"
        'The governor, Pavel Dorn, said: "Nothing was lost that cannot be replanted."\n\n'
        '"We have seed enough for two sowings, and the ground will dry by May."\n'
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Pavel Dorn"]


def test_according_to_a_role_then_the_name_in_apposition():
    body = "Oslo expelled two diplomats on the grounds that “their work threatens national interests” according to the Minister of Foreign Affairs, Ida Berg.\n"
    assert attributed(body) == [("Ida Berg", "their work threatens national interests")]


def test_a_pronoun_skips_the_name_in_an_objects_apposition():
    body = "In May, Dorn met with his newly appointed counterpart, Ida Berg. At the press conference after it, he announced that “the border stays open”.\n"
    assert attributed(body) == [("Dorn", "the border stays open")]


def test_the_subject_in_apposition_still_speaks():
    body = "The governor of the region, Pavel Dorn, counts the cost. “We lost a third of the herd,” he says.\n"
    assert attributed(body) == [("Pavel Dorn", "We lost a third of the herd,")]


def test_a_paragraph_that_opens_on_its_source_speaks_for_it_in_later_sentences():
    body = (
        "According to the Northern Research Establishment, the region is not a priority target. "
        "The campaign's aims are likely “to weaken public confidence in the government”.\n"
    )
    assert attributed(body) == [("Northern Research Establishment", "to weaken public confidence in the government")]


def test_a_later_sentence_naming_someone_else_is_not_the_opening_sources():
    body = (
        "According to the Northern Research Establishment, the region is not a priority target. "
        "Yet Pavel Dorn's aim is plainly “to weaken public confidence in the government”.\n"
    )
    assert attributed(body) == []


# --- British single marks --------------------------------------------------------------------------------------------

BRITISH = """The minister spoke in London on Tuesday.

Mr Hale said: 'We have to remember that the river has never been this high. It is the town's worst week.'

'It is not a question of money,' said Ann Cole, the mayor. 'It is a question of time.'

The council called the plan a 'serious proposal' but Cole added: 'We will see whether the "quick fix" holds.'
"""


def test_a_report_in_single_marks_is_read_like_one_in_double_marks():
    found = attributed(BRITISH)
    assert ("Mr Hale", "We have to remember that the river has never been this high. It is the town's worst week.") in found
    assert ("Ann Cole", "It is not a question of money,") in found
    assert ("Ann Cole", 'We will see whether the "quick fix" holds.') in found  # the writer's inner marks, as written


def test_a_report_in_double_marks_with_a_few_single_quoted_terms_keeps_its_double_marks():
    from dossier.attribution.marks import uses_single_marks

    text = "The 'reset' failed. 'Hybrid' threats grew.\n\n\"We will respond,\" Dorn said.\n\n\"It is over,\" Berg said.\n"
    assert not uses_single_marks(text)
    assert uses_single_marks(BRITISH)


# --- name lines, source tags, transcripts ------------------------------------------------------------------------------


def test_a_name_line_with_offices_first_or_a_description_after_the_name():
    body = (
        "Chairman, Senate Budget Committee, Ohio Senator Ann Cole: “The address made the case plainly.”\n\n"
        "Pavel Dorn, former Ambassador to Poland and a fellow at the Northern Institute: “It was a strong speech.”\n"
    )
    assert attributed(body) == [("Ann Cole", "The address made the case plainly."), ("Pavel Dorn", "It was a strong speech.")]


def test_a_sentence_before_a_colon_is_not_a_name_line():
    body = "Pavel Dorn, whom the council had ignored for years, finally got the answer he wanted: “The bridge will be rebuilt.”\n"
    assert attributed(body) == []


def test_a_source_tag_after_the_quote_dates_it():
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2023-10-20\n+++\n\nIntro.\n\nOhio Senator Ann Cole: “A strong speech.” [Tweet, 10/19/23]\n', "reports/a.md"
    )
    (statement,) = extract_statements(report, Registry([])).statements
    assert str(statement.date) == "2023-10-19" and statement.date_basis == "text"


TRANSCRIPT = """President Biden will visit Kansas City. President Biden will speak on roads. Then a call to President Putin.

MS. LANE:  Well, when the President was departing today, he said, “We are having meetings at a higher level.”

Q    Jen, the President said that Putin “got the message.” Is that right?

MS. LANE:  Look, I will not get ahead of him.
"""


def test_in_a_transcript_the_turn_label_is_nobodys_referent_and_the_president_is_the_one_named_most():
    found = attributed(TRANSCRIPT)
    assert [who for who, _ in found] == ["President Biden", "President Biden"]


def test_the_president_with_two_presidents_named_as_often_stays_unresolved():
    body = TRANSCRIPT.replace("President Biden will speak on roads. ", "")
    assert attributed(body) == []  # "the President" could be either: nobody is credited


def test_a_transcripts_short_turns_are_imported_as_speech_not_headings():
    from dossier.importer import import_text

    text = (
        "Press Gaggle by the Deputy Press Secretary\n\nDecember 8, 2021\n\n"
        "MS. LANE:  Good afternoon, everybody. We have a long day ahead of us, with two stops and a speech in the evening.\n\n"
        "Q    And on the bridge?\n\n"
        "MS. LANE:  Are you talking about —\n\n"
        "Q    Yes, the one in Kansas City that the President visited last week with the governor and the mayor.\n"
    )
    markdown = import_text(text, "gaggle.txt", "gaggle").markdown
    assert "## Q" not in markdown and "## MS." not in markdown
    assert "\nQ    And on the bridge?" in markdown or "\nQ And on the bridge?" in markdown


def test_news_counts_days_from_its_publication():
    import datetime as dt

    from dossier.dates import relative_date

    published = dt.date(2013, 9, 10)  # a Tuesday
    assert relative_date("Lavrov said on Tuesday", published) == published
    assert relative_date("Kerry said on Monday", published) == dt.date(2013, 9, 9)
    assert relative_date("he told reporters on Wednesday", published) == dt.date(2013, 9, 4)  # the last one before
    assert relative_date("Hague said yesterday", published) == dt.date(2013, 9, 9)
    assert relative_date("Hague said", published) is None
    assert relative_date("on Tuesday", None) is None
    # a day ahead is no day of speaking: "next Friday" is not the Friday before
    assert relative_date("the talks resume next Friday, Kerry said", published) is None
    assert relative_date("Kerry said on Monday the talks resume next Friday", published) == dt.date(2013, 9, 9)


def test_a_statement_takes_its_clauses_weekday_and_a_full_date_wins():
    report = read_report(
        '+++\ntitle = "A Report"\ndate = 2013-09-10\n+++\n\nIntro.\n\n'
        "“We will table it,” Pavel Dorn said on Monday.\n\n“We will not,” Ann Cole said on September 2, 2013, not on Monday.\n",
        "reports/a.md",
    )
    dates = [str(s.date) for s in extract_statements(report, Registry([])).statements]
    assert dates == ["2013-09-09", "2013-09-02"]


def test_a_term_in_a_that_clause_without_that_is_the_speakers():
    assert attributed("Pavel Dorn insisted it remained a “new proposal” for the valley.\n") == [("Pavel Dorn", "new proposal")]
    assert attributed("Pavel Dorn announced a “new proposal” for the valley.\n") == []  # the object of an act: the writer's label


def test_statements_such_as_a_quote_are_the_subjects():
    body = "Moscow has tried to exploit divisions in the north through statements such as “the capital ignores the north” in its press.\n"
    assert attributed(body) == [("Moscow", "the capital ignores the north")]
    # the subject is not the owner: critics point to someone else's remarks
    assert attributed("Critics of Pavel Dorn point to remarks like “the valley will wait” as proof.\n") == []


def test_a_question_put_to_someone_is_not_their_words_and_the_next_cue_introduces_the_answer():
    body = "He was also asked, “Are you confident that the message got through?” And Pavel Dorn said, “I have absolute confidence.”\n"
    assert attributed(body) == [("Pavel Dorn", "I have absolute confidence.")]
    # a quote split by its speaker's cue keeps both halves
    assert [who for who, _ in attributed("“We will stay,” Ann Cole said, “and we will rebuild.”\n")] == ["Ann Cole", "Ann Cole"]


def test_the_president_in_lower_case_is_a_reporters_and_means_the_passages_president():
    body = TRANSCRIPT.replace("the President", "the president")
    assert attributed(body) == []  # no capital: not the office's own usage, and no president in the passage


def test_a_participle_after_a_noun_that_looks_like_a_cue_takes_the_main_clauses_speaker():
    body = "Pavel Dorn said it was “not fair” that Ann Cole was pressing the council to accept its terms, adding, “I hope it is a tactic.”\n"
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn", "Pavel Dorn"]


def test_a_person_from_a_place_and_a_possessor_before_a_surname():
    assert attributed("“It is a test,” said Senator Ann Cole of Rhode Island.\n") == [("Ann Cole", "It is a test,")]
    assert attributed("“We will hold,” says Norland's Dorn.\n") == [("Dorn", "We will hold,")]  # not "Norland's Dorn"


def test_a_name_after_said_that_acts_is_the_that_clauses_subject_not_the_speaker():
    body = "Spokesman Pavel Dorn pointed to progress and said Norland wanted “the talks to change in tone” soon.\n"
    assert attributed(body) == [("Pavel Dorn", "the talks to change in tone")]
    assert attributed("The talks ended, said Ann Cole, “with nothing at all.”\n") == [("Ann Cole", "with nothing at all.")]


def test_a_report_without_a_date_takes_yearless_dates_year_from_its_latest_full_date():
    report = read_report(
        '+++\ntitle = "A Report"\ndate = "unknown"\n+++\n\nThe talks began on Jan. 22, 2026, in Geneva.\n\n“We will return,” Pavel Dorn said on Feb. 13.\n',
        "reports/a.md",
    )
    (statement,) = extract_statements(report, Registry([])).statements
    assert str(statement.date) == "2026-02-13"


def test_after_before_and_since_open_a_clause_whose_subject_speaks():
    body = "The reply came after Pavel Dorn told reporters in the capital on Feb. 13: “The valley will wait.”\n"
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    (statement,) = extract_statements(report, registry).statements
    assert registry[statement.speaker].name == "Pavel Dorn" and str(statement.date) == "2026-02-13"
    assert attributed("A week after Pavel Dorn, the council “will wait” too.\n") == []  # a preposition's object says nothing


def test_a_bodys_spokesperson_after_a_possessive_speaks_for_the_body():
    body = "Nordtek's spokesperson acknowledged that it is “extremely hard to trace every chip”.\n"
    assert attributed(body) == [("Nordtek", "extremely hard to trace every chip")]


def test_the_researchers_are_the_body_whose_study_the_story_is_about():
    body = (
        "A report by the Northern Trade Institute traced the chips. Nordtek, a shipper, is named in it.\n\n"
        "Nordtek's case is “indicative of a much bigger problem,” the researchers concluded.\n"
    )
    assert attributed(body) == [("Northern Trade Institute", "indicative of a much bigger problem,")]
    # with no study's author named, "the researchers" are nobody in particular
    assert attributed(body.replace("A report by the Northern Trade Institute", "A report")) == []


def test_a_paragraph_of_bare_quotation_goes_on_with_the_speaker_whose_words_were_just_reported():
    body = (
        "However, Pavel Dorn acknowledged that the border remains an issue that some leaders have tried to address.\n\n"
        "“The answer is always the same: nothing to see here, and nothing to discuss.”\n"
    )
    assert [who for who, _ in attributed(body)] == ["Pavel Dorn"]
    # a paragraph of the writer's own, with no verb of saying, passes nothing on
    assert attributed(body.replace("acknowledged that", "visited while")) == []


# --- a transcript's turns as statements ---------------------------------------------------------------------------------


def turns_and_quotes(body: str, title: str = "A Hearing") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    report = read_report(f'+++\ntitle = "{title}"\ndate = 2022-05-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry).statements
    turns = [(registry[s.speaker].name, s.quote) for s in found if s.sieve == "turn"]
    return turns, [(registry[s.speaker].name, s.quote) for s in found if s.sieve != "turn"]


HEARING = """DR HESTER VOLLAND (affirmed).

## Questions From Counsel to the Board

Mr Tobias Brisk: Thank you, Dr Volland. Can you tell us what the board decided in 2019?

Dr Hester Volland: The board decided to close the east lock. We took advice from the engineers first.

The second lock stayed open.

Counsel Board: Yes.

Dr Hester Volland: It was written down by the chief engineer, who said that "the gates will not hold another winter".

Counsel Board: Was that advice written down?

(Alarm)

Lady Marsh: We will rise for ten minutes.
"""


def test_a_transcripts_turn_is_its_speakers_statement_and_goes_on_to_the_next_label():
    turns, _ = turns_and_quotes(HEARING)
    assert turns == [
        ("Tobias Brisk", "Thank you, Dr Volland. Can you tell us what the board decided in 2019?"),
        ("Hester Volland", "The board decided to close the east lock. We took advice from the engineers first. The second lock stayed open."),
        ("Hester Volland", 'It was written down by the chief engineer, who said that "the gates will not hold another winter".'),
        ("Tobias Brisk", "Was that advice written down?"),  # counsel, introduced by the line above the first turn
        ("Lady Marsh", "We will rise for ten minutes."),
    ]  # "Counsel Board: Yes.": an assent, no statement; "(Alarm)" ends the turn before it


def test_a_transcripts_labels_in_capitals_and_its_date():
    body = HEARING.replace("Mr Tobias Brisk:", "MR BRISK:").replace("Dr Hester Volland:", "DR HESTER VOLLAND:").replace("Lady Marsh:", "THE CHAIR:")
    report = read_report(f'+++\ntitle = "A Hearing"\ndate = 2022-05-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    turns = [s for s in extract_statements(report, registry).statements if s.sieve == "turn"]
    assert [registry[s.speaker].name for s in turns] == ["Mr Brisk", "Hester Volland", "Hester Volland", "Mr Brisk"]  # no chair named
    assert {(str(s.date), s.date_basis) for s in turns} == {("2022-05-04", "record")}


def test_an_interviews_answers_are_the_interviewees_and_its_questions_nobodys():
    body = (
        "The engineer spoke to us about the canal.\n\nQ: Why close the east lock?\n\n"
        "A: Because the gates were failing. We had a report from the engineers.\n\nQ: Will it reopen?\n\nA: Not this decade.\n"
    )
    turns, _ = turns_and_quotes(body, title="An Interview with Dr Hester Volland")
    assert turns == [
        ("Hester Volland", "Because the gates were failing. We had a report from the engineers."),
        ("Hester Volland", "Not this decade."),
    ]
    assert turns_and_quotes(body, title="The Canal")[0] == []  # nobody named as the one answering: no statement


def test_a_hearings_answers_are_the_turns_of_the_witness_named_as_asked_above_them():
    body = (
        "Mr Tobias Brisk was asked about the east lock at the hearing.\n\nQ. Why close the east lock?\n\n"
        "A. Because the gates were failing. We had a report from the engineers.\n\nQ. Will it reopen?\n\nA. Not this decade.\n"
    )
    turns, _ = turns_and_quotes(body, title="The Canal")
    assert turns == [
        ("Tobias Brisk", "Because the gates were failing. We had a report from the engineers."),
        ("Tobias Brisk", "Not this decade."),
    ]
    questioned = body.replace("Mr Tobias Brisk was asked about", "Dr Hester Volland was questioned on").replace("Q. ", "Q: ").replace("A. ", "A: ")
    assert [who for who, _ in turns_and_quotes(questioned, title="The Canal")[0]] == ["Hester Volland", "Hester Volland"]
    # near miss: no one said to be asked before the lines: nobody's answers
    assert turns_and_quotes(body.replace("Mr Tobias Brisk was asked about", "Reporters gathered at"), title="The Canal")[0] == []
    # near misses: asked to act, questioned by the police, or asked in a line that is not the one above the first turn
    for opening in (
        "Her deputy, Tobias Brisk, was asked to resign last year.",
        "Hester Volland spoke to us. Tobias Brisk was questioned by police last year and is not quoted here.",
        "Tobias Brisk was asked about the east lock.\n\nI spoke with Hester Volland at her office on the quay.",
    ):
        asked = body.replace("Mr Tobias Brisk was asked about the east lock at the hearing.", opening)
        assert [who for who, _ in turns_and_quotes(asked, title="The Canal")[0]] != ["Tobias Brisk", "Tobias Brisk"], opening


def test_labelled_lines_that_name_nobody_or_a_quote_collections_name_lines_are_no_transcript():
    notes = (
        "Analysis: the board closed the east lock.\n\nBackground: the lock was built in 1911.\n\n"
        "Analysis: the money is not there.\n\nSource: the minutes.\n\nDr Hester Volland: on the board since 2015.\n"
    )
    assert turns_and_quotes(notes) == ([], [])
    collection = (
        "Dr Hester Volland: “The lock will close.”\n\nPavel Dorn: “The gates will not hold.”\n\n"
        "Dr Hester Volland: “We took advice.”\n\nPavel Dorn: “It was my advice.”\n"
    )
    turns, quotes = turns_and_quotes(collection)
    assert turns == [] and [who for who, _ in quotes] == ["Hester Volland", "Pavel Dorn", "Hester Volland", "Pavel Dorn"]


RECORD = """The House met at 10:00.

TABLINGS: the reports of the Auditor-General on the harbour boards.

The House noted the following: the minutes of the last sitting were read.

The SPEAKER (Ms R T Okonjo): Order! I welcome the hon Dr A B Kessel, the Minister of Water Affairs, to the House.

Mr J K DOLAMO: Madam Speaker, the canal levies have failed the villages along the river.

Dr P Q NARWEN: I object, Madam Speaker, because the levies were cut last year and the figures show it.

The SPEAKER: Order! The hon member will withdraw that remark.

The MINISTER OF WATER AFFAIRS: Madam Speaker, I thank the hon members. The levies will be reviewed before the end of the year.

Mr J K DOLAMO: I thank the Minister for the answer he has given.
"""


def test_a_parliaments_record_names_its_speakers_by_title_initials_and_surname_and_an_office_by_its_holder():
    turns, _ = turns_and_quotes(RECORD)
    assert [who for who, _ in turns] == ["R T Okonjo", "J K Dolamo", "P Q Narwen", "R T Okonjo", "A B Kessel", "J K Dolamo"]
    # the office in brackets on its first turn is its holder's on the next; the minister's office is named with him above
    assert turns[4][1].startswith("Madam Speaker, I thank the hon members.")
    # a lead-in ending in a colon and a heading in capitals ("TABLINGS:") stay text: no turn of their own, nobody's
    assert turns[0][1].startswith("Order! I welcome") and turns[4][1].endswith("before the end of the year.")


def test_an_office_is_its_holders_by_any_courtesy_title_the_record_names_them_with():
    turns, _ = turns_and_quotes(RECORD.replace("the hon Dr A B Kessel, the Minister", "the hon Lord Kessel, the Minister"))
    assert [who for who, _ in turns][4] == "Lord Kessel"


def test_near_miss_an_office_whose_holder_the_record_never_names_is_nobodys_turn():
    turns, _ = turns_and_quotes(RECORD.replace("the hon Dr A B Kessel, the Minister of Water Affairs,", "the Minister"))
    assert "A B Kessel" not in [who for who, _ in turns] and len(turns) == 5


BROADCAST = """HANNAH ROSS: The harbour board has cut the money for the canal. Boatmen say the locks will suffer.

Dana Whitlock reports.

DANA WHITLOCK: It has been a hard year on the canal since the east lock failed in the spring.

Pavel Dorn has worked the locks for thirty years.

PAVEL DORN: The cut is a shame, but the locks have seen worse winters than this one and they will see more.

DANA WHITLOCK: Do you think this is punishment for the spring?

PAVEL DORN: It would seem that way to anyone who reads the board's minutes from that week.

HANNAH ROSS: Boatman Pavel Dorn ending that report from Dana Whitlock.
"""


def test_a_broadcast_reports_presenter_and_reporter_narrate_and_ask_and_the_people_it_is_about_speak():
    turns, _ = turns_and_quotes(BROADCAST)
    assert [who for who, _ in turns] == ["Pavel Dorn", "Pavel Dorn"]


def test_near_miss_an_interviewer_no_presenter_hands_over_to_keeps_their_turns():
    turns, _ = turns_and_quotes(
        BROADCAST.replace("Dana Whitlock reports.", "The board met on Monday.").replace(
            " ending that report from Dana Whitlock", " has the last word"
        )
    )
    assert [who for who, _ in turns] == ["Hannah Ross", "Dana Whitlock", "Pavel Dorn", "Dana Whitlock", "Pavel Dorn", "Hannah Ross"]


def test_a_records_short_excerpt_is_a_dialogue_though_each_member_speaks_once():
    excerpt = RECORD.replace("The SPEAKER: Order! The hon member will withdraw that remark.\n\n", "").split("\n\nMr J K DOLAMO: I thank")[0]
    turns, _ = turns_and_quotes(excerpt)
    assert [who for who, _ in turns] == ["R T Okonjo", "J K Dolamo", "P Q Narwen", "A B Kessel"]


def test_near_miss_a_list_of_names_with_initials_in_the_texts_case_is_no_dialogue():
    members = (
        "Dr A B Kessel: chairman of the harbour board since 2015.\n\nMs R T Okonjo: treasurer of the board since 2019.\n\n"
        "Mr J K Dolamo: the member for the river villages.\n\nDr P Q Narwen: the board's engineer and its secretary.\n"
    )
    assert turns_and_quotes(members) == ([], [])


def test_a_commonwealth_records_hon_is_a_courtesy_title_of_its_turn_labels():
    record = RECORD.replace("Mr J K DOLAMO:", "HON.  J.  K.  DOLAMO:").replace("Dr P Q NARWEN:", "HON.  P.  Q.  NARWEN:")
    turns, _ = turns_and_quotes(record)
    assert [who for who, _ in turns] == ["R T Okonjo", "J. K. Dolamo", "P. Q. Narwen", "R T Okonjo", "A B Kessel", "J. K. Dolamo"]
    # near miss: "Hon" in the record's prose ("the hon members") is no label
    assert turns[4][1].startswith("Madam Speaker, I thank the hon members.")


# Westminster's Hansard: a member's first turn under name, seat and party, later ones under title and surname; the
# Prime Minister and a Secretary of State under their office (with the holder in brackets on a Secretary's first turn)
QUESTION_TIME = """Mrs. Ann Lee (Harbourton) (Lab): Is the Prime Minister aware that the Harbourton bridge has been shut to lorries since the storm, and that the farms on the far side cannot send out their milk?

The Prime Minister: I am aware of it, and the engineers will be on the bridge by the end of the month.

Mrs. Lee: The engineers were promised in January as well. When will the bridge open to lorries again?

The Prime Minister: The repair will take the summer, and the milk will go by the ferry until it is done.

Mr. Peter Halloran (Eastbridge) (Con): Will my right hon. Friend see that the ferry runs twice a day while the bridge is shut?

The Prime Minister: My hon. Friend makes a fair point, and the ferry will run twice a day from Monday.

Mr. Halloran: The farmers on both banks will be glad to hear it, and so will the dairy at Eastbridge.
"""


def test_a_westminster_records_members_speak_under_name_seat_and_party_then_surname_and_the_prime_minister_as_office():
    turns, _ = turns_and_quotes(QUESTION_TIME)
    assert [who for who, _ in turns] == [
        "Ann Lee",
        "Prime Minister",
        "Ann Lee",
        "Prime Minister",
        "Peter Halloran",
        "Prime Minister",
        "Peter Halloran",
    ]
    assert turns[0][1].startswith("Is the Prime Minister aware") and turns[1][1].startswith("I am aware of it")


def test_a_westminster_records_secretary_of_state_is_the_member_named_in_brackets_on_the_first_turn():
    record = """Mr. Peter Halloran (Eastbridge) (Con): Can the Secretary of State tell the House why the ferry contracts were never put out to tender?

The Secretary of State for Transport (Ms. Rhian Mostyn): The contracts were put out to tender in March, and the hon. Gentleman knows it.

Mr. Halloran: The right hon. Lady says March, but the islanders were told nothing until the summer. Why was that?

The Secretary of State for Transport: The islanders were told at three public meetings in April, as the hon. Member will recall.
"""
    turns, _ = turns_and_quotes(record)
    assert [who for who, _ in turns] == ["Peter Halloran", "Rhian Mostyn", "Peter Halloran", "Rhian Mostyn"]


def test_a_westminster_member_seat_alone_in_brackets_as_older_records_give_it():
    record = QUESTION_TIME.replace(" (Lab):", ":").replace("(Eastbridge) (Con):", "(Eastbridge):")
    assert [who for who, _ in turns_and_quotes(record)[0]][4:] == ["Peter Halloran", "Prime Minister", "Peter Halloran"]


def test_near_miss_a_sentence_with_a_colon_in_a_reports_narrative_is_no_turn():
    report = (
        "The result was clear: the islanders wanted new ferries, and they wanted them before the next winter.\n\n"
        "The Prime Minister: a profile of the member for Eastbridge, written for the island paper in the spring.\n\n"
        "Mr. Peter Halloran (Eastbridge): the member who first asked about the ferry contracts in the House.\n\n"
        "The vote was close: the motion passed by four votes after a long debate on the tender.\n"
    )
    assert turns_and_quotes(report) == ([], [])


def test_a_committee_chairs_turns_under_a_courtesy_title_are_the_holders_in_brackets():
    record = """Mr. Chairman (Sir Ivo Marl): Order. We start with the first clause on the harbour dues, and I call the Minister to open.

Ms. Greta Dunmore: The dues were set by the harbour board in January, and every member of the Committee has the figures.

Mr. Dan Pettigrew: The fishermen heard nothing of the new dues before the autumn. How can that be right?

Mr. Chairman: Order. The hon. Member will be called on the second clause, which is where his point belongs.

Ms. Greta Dunmore: The board wrote to every fisherman in February, as the Committee has been told.
"""
    turns, _ = turns_and_quotes(record)
    assert [who for who, _ in turns] == ["Ivo Marl", "Greta Dunmore", "Dan Pettigrew", "Ivo Marl", "Greta Dunmore"]


# a label the engine reads as nobody's ("Hon. Members:", "Mr. Speaker:") or as an office with its holder still ends the
# turn above: the member before did not say the Speaker's or a junior minister's words
EXCHANGE = """Mrs. Orla Brennock (Kilvale) (Lab): Will the Prime Minister say when the lighthouse at Kilvale will be relit?

The Prime Minister: The lamp will be replaced in the autumn, and the hon. Lady will be told the day.

Mrs. Brennock: The fishermen have waited two winters already. Is that good enough?

Hon. Members: Hear, hear.

Mr. Speaker: Order. Members on both sides will let the Prime Minister reply.

The Prime Minister: Two winters is too long, and the board has been told so, as she knows.

Madam Deputy Speaker (Dame Hilde Varrow): Order. I call the hon. Member for Dunmere.

Mr. Abel Fitch (Dunmere) (Con): Will the Prime Minister visit the coast before the lamp is lit?
"""

JUNIORS = """Mr. Abel Fitch (Dunmere) (Con): Can the Minister say why the lighthouse contract went to a firm from abroad?

The Parliamentary Under-Secretary of State for Coasts (Ms. Tova Rynn): The contract went to the lowest of four bids, and the hon. Gentleman has seen them all.

Mr. Fitch: The Minister says four bids, but the fishermen heard of none of them. Why was that?

The Parliamentary Under-Secretary of State for Coasts: The bids were published in the harbour office in June.

Mrs. Orla Brennock (Kilvale) (Lab): Will the Minister meet the harbour board and me to talk about the winter?

The Minister of State, Department for the Coast (Mr. Ned Sallow): I shall be glad to meet the hon. Lady and the board in October.

Mrs. Brennock: I thank the Minister, and the board will hold him to that promise all winter.

The Leader of the House of Commons (Ms. Ines Corr): There will be a debate on the lighthouses before the recess.

Mr. Fitch: I thank the Leader of the House, and the fishermen will be listening from the Gallery.
"""


def test_a_westminster_records_unread_labels_end_the_turn_above():
    turns, _ = turns_and_quotes(EXCHANGE)
    assert [who for who, _ in turns] == ["Orla Brennock", "Prime Minister", "Orla Brennock", "Prime Minister", "Hilde Varrow", "Abel Fitch"]
    assert turns[2][1] == "The fishermen have waited two winters already. Is that good enough?"
    assert turns[3][1].endswith("as she knows.")


def test_a_westminster_records_junior_ministers_and_leader_of_the_house_speak_under_their_offices_holders():
    turns, _ = turns_and_quotes(JUNIORS)
    assert [who for who, _ in turns] == [
        "Abel Fitch",
        "Tova Rynn",
        "Abel Fitch",
        "Tova Rynn",
        "Orla Brennock",
        "Ned Sallow",
        "Orla Brennock",
        "Ines Corr",
        "Abel Fitch",
    ]
    assert turns[4][1].endswith("about the winter?") and turns[6][1].endswith("all winter.")


def test_near_miss_an_unlabelled_paragraph_and_a_sentence_with_a_colon_still_go_on_with_the_turn():
    record = EXCHANGE.replace(
        "Hon. Members: Hear, hear.\n\nMr. Speaker: Order. Members on both sides will let the Prime Minister reply.",
        "And the harbour: it has been dark since the storm, and nobody has come.",
    )
    turns, _ = turns_and_quotes(record)
    assert turns[2] == (
        "Orla Brennock",
        "The fishermen have waited two winters already. Is that good enough? And the harbour: it has been dark since the storm, and nobody has come.",
    )
