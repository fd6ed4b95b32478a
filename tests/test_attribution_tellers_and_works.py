"""Wrong credits of held-out texts (round 49): who tells whose words, the work a quotation appeared in, a method's
working terms, single-marked wire copy and a caption's day. Passages written for these tests, each with its near miss."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from passages import attributed

SHOUTED = "The chief executive told the staff that the team leads would be let go. "


# a name in the words before a parenthetical "he said" is never the "he" (he said that Brandt …)


def test_a_name_in_the_clause_a_parenthetical_pronoun_reports_is_not_the_pronoun():
    body = (
        SHOUTED + 'Finally, one of the engineers, Tomas Verlaine, started shouting at Brandt. What Brandt was doing was "absurd and unfair," he said.'
    )
    assert attributed(body) == [("Tomas Verlaine", "absurd and unfair,")]
    body = "The board met. Ruth Okafor, a senior partner, turned on Imogen Pyle. Pyle's report had been “a work of fiction from the start,” she said."
    assert attributed(body) == [("Ruth Okafor", "a work of fiction from the start,")]
    body = "The board met. Then Tomas Verlaine turned on Brandt. Brandt had been “out of his depth for a year,” he said, and “deeply unfair.”"
    assert attributed(body) == [("Tomas Verlaine", "out of his depth for a year,"), ("Tomas Verlaine", "deeply unfair.")]


def test_the_one_whose_view_opens_the_sentence_or_who_speaks_before_a_colon_stays_the_pronoun():
    body = "The board met on Monday. For Tomas Verlaine, the deal was “a disaster from the start,” he said."
    assert attributed(body) == [("Tomas Verlaine", "a disaster from the start,")]
    body = "The board met on Monday. Tomas Verlaine turned to the room: “This is completely absurd,” he said."
    assert attributed(body) == [("Tomas Verlaine", "This is completely absurd,")]
    body = "Tomas Verlaine started shouting at Brandt. “This is completely absurd,” he said."
    assert attributed(body) == [("Tomas Verlaine", "This is completely absurd,")]


# "As X reported, Y told Z that … “…”": X relays, Y speaks


def test_after_as_x_reported_a_clause_with_its_own_verb_of_saying_is_its_speakers():
    body = "As Helena Marsh reported, the investor Oskar Lindqvist told Brandt that a new chief would do a “far better job of running the firm.”"
    assert attributed(body) == [("Oskar Lindqvist", "far better job of running the firm.")]
    body = "As noted by the analyst Ruth Okafor, the minister, Pavel Drozd, insisted that the budget was “fully funded this year.”"
    assert attributed(body) == [("Pavel Drozd", "fully funded this year.")]


def test_as_x_noted_before_a_clause_of_no_saying_or_of_a_contrast_stays_xs():
    assert attributed("As Helena Marsh noted, the board's plan was “a recipe for paralysis.”") == [("Helena Marsh", "a recipe for paralysis.")]
    body = "As Helena Marsh noted, the investors believe the plan is “a recipe for paralysis.”"
    assert attributed(body) == [("Helena Marsh", "a recipe for paralysis.")]
    body = "As the analyst Ruth Okafor noted, the council has expressed support for the crews, but the council “stayed silent” when the ferry sank."
    assert attributed(body) == [("Ruth Okafor", "stayed silent")]


# an unnamed teller's words about someone are never that someone's


def test_words_an_unnamed_teller_gives_about_a_quoted_person_are_nobodys():
    launch = "“We wanted to build something that lasts,” Karl Brandt said at the launch.\n\n"
    body = (
        launch
        + "Brandt had always wanted control. A college friend told Marsh that even at university, Brandt was “rigid and suspicious of everyone.”"
    )
    assert attributed(body) == [("Karl Brandt", "We wanted to build something that lasts,")]
    body = "“The port is my life,” Ines Dalby said in 2019. One former colleague said Dalby had been “impossible to work for in those years.”"
    assert attributed(body) == [("Ines Dalby", "The port is my life,")]


def test_the_subjects_own_predicate_after_an_opening_participle_stays_theirs():
    launch = "“The port is my life,” Ines Dalby said in 2019.\n\n"
    body = launch + "Years earlier, noting the ferry's long decline, she observed in a column that “the harbour is the only real employer.”"
    assert attributed(body)[1:] == [("Ines Dalby", "the harbour is the only real employer.")]


# "“…?” Brandt's mother asked": a speaker the text leaves unnamed


def test_a_quotation_a_named_persons_relative_asks_is_no_continuation_of_the_last_speaker():
    told = (
        "“I would come with my agenda, and we would go through it,” Oskar Lindqvist told Marsh.\n\nKarl Brandt brought Lindqvist home for dinner.\n\n"
    )
    assert attributed(told + "“What does he do?” Brandt's mother asked about Lindqvist.") == [
        ("Oskar Lindqvist", "I would come with my agenda, and we would go through it,")
    ]
    assert attributed(told + "“Is he a banker or a poet?” Brandt's father asked.")[1:] == []
    assert attributed(told + "“What does he do?” Brandt asked about Lindqvist.")[1:] == [("Karl Brandt", "What does he do?")]


def test_a_whole_sentence_before_a_relatives_act_still_goes_on_with_the_speaker():
    body = "“We sold the boats in May,” Ines Dalby said.\n\n“It was the hardest decision of my life.” Dalby's husband agreed with her."
    assert attributed(body) == [("Ines Dalby", "We sold the boats in May,"), ("Ines Dalby", "It was the hardest decision of my life.")]


# the work words appeared in, named in marks after "recalled in", "wrote in her memoir,"


def test_a_title_after_a_verb_of_saying_and_in_is_the_work_not_the_words():
    body = "“I tried to explain that managers matter,” Greta Holm recalled in “Nothing Ventured.” “Perhaps he learned something.”"
    assert attributed(body) == [("Greta Holm", "I tried to explain that managers matter,"), ("Greta Holm", "Perhaps he learned something.")]
    body = "Ivo Stark later wrote in “Harbour Lights” that the plan had been “a gamble nobody on the board understood.”"
    assert attributed(body) == [("Ivo Stark", "a gamble nobody on the board understood.")]
    body = "Mila Kern wrote in her memoir, “Salt Year,” that the yard “was the only home I ever knew.”"
    assert attributed(body) == [("Mila Kern", "was the only home I ever knew.")]


def test_words_in_lower_case_or_after_a_colon_stay_the_speakers():
    assert attributed("Mila Kern said in Parliament: “We Will Not Retreat.”") == [("Mila Kern", "We Will Not Retreat.")]
    body = "Mila Kern said in an interview that the yard “was the only home I ever knew.”"
    assert attributed(body) == [("Mila Kern", "was the only home I ever knew.")]


# a method's steps: "the guidelines directed us to isolate one “anchor habit”"


def test_the_term_a_method_tells_the_writers_to_pick_is_a_label():
    body = "The Varna Health Board guidelines directed us to isolate one “anchor habit”, in this case reading aloud at home."
    assert attributed(body) == []
    body = "Following the Norland Parenting Toolkit, which asks us to name one “champion parent”, we picked the father who read most."
    assert attributed(body) == []


def test_the_bodys_own_instruction_in_marks_stays_its_words():
    body = "The Varna Health Board said in its guidelines: “Isolate one habit before you test anything else in the home.”"
    assert attributed(body) == [("Varna Health Board", "Isolate one habit before you test anything else in the home.")]
    body = "The Varna Health Board told us to “isolate one habit before testing anything else.”"
    assert attributed(body) == [("Varna Health Board", "isolate one habit before testing anything else.")]


# wire copy in single marks: a long quotation of award names, a title nested in it

WIRE = "The new policy replaces the one of 2011, Karan Mehta, the state's Finance Minister, said today.\n\n'We are working on a new policy,' he told PTI.\n\n"


def test_a_long_single_marked_quotation_of_title_case_names_is_the_speakers():
    body = WIRE + "Mehta said, 'The state won three awards - Best State Award for Tourism and Best Film Friendly State.'"
    assert attributed(body)[1:] == [("Karan Mehta", "The state won three awards - Best State Award for Tourism and Best Film Friendly State.")]


def test_a_title_in_single_marks_inside_a_single_marked_quotation_is_part_of_it():
    body = WIRE + "Mehta said, 'The state won three awards for the book 'Golden Places' this year.'"
    assert attributed(body)[1:] == [("Karan Mehta", "The state won three awards for the book 'Golden Places' this year.")]
    body = WIRE + "Mehta said, 'The state won three awards for 'Sarangpur's 40 Golden Places' this year.'"
    assert attributed(body)[1:] == [("Karan Mehta", "The state won three awards for 'Sarangpur's 40 Golden Places' this year.")]


def test_a_plural_apostrophe_pairs_no_long_quotation():
    body = WIRE + "Mehta met the workers' union on Monday and the growers' board, which wants a new levy, on Tuesday."
    assert attributed(body)[1:] == []


# a photo caption's day is the picture's


def dated(body: str, date: str = "2010-08-14") -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = {date}\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, str(s.date)) for s in extract_statements(report, registry).statements]


def test_a_lone_dated_caption_dates_no_statement_below_it():
    body = (
        "Apr. 8: Minister Oskar Lindqvist signs the accord with Governor Brandt at the old palace.\n\n"
        "Minister Oskar Lindqvist also declared the governor would help “secure firm, binding guarantees.”"
    )
    assert dated(body) == [("Oskar Lindqvist", "2010-08-14")]


def test_a_trackers_dated_entries_each_date_the_statements_under_them():
    body = (
        "## Harbour Trust\n\n12 March 2010: The Harbour Trust is suing the port authority over the terminal.\n\n"
        "The Harbour Trust said the terminal was “built on land the city never owned.”\n\n"
        "## Quay Workers Union\n\n4 April 2010: The Quay Workers Union is suing the port authority over night shifts."
    )
    assert dated(body) == [("Harbour Trust", "2010-03-12")]


NAVY = "The Velmar navy trains its divers before sending them abroad. Coast Radio has claimed since 1990 that the navy mined the bay.\n\n"


def test_a_work_by_someone_unnamed_whose_relative_clause_quotes_is_nobodys():
    for sentence in (
        "This study is more careful than the statement by one Velmar watcher who opined that engineers are testing",
        "He disputed the claim from an outside analyst who argued that engineers are testing",
        "The report goes further than the statement by a veteran harbour pilot who wrote that engineers are testing",
    ):
        assert attributed(NAVY + sentence + " “sonar arrays that map the shelf.”") == [], sentence


def test_a_work_by_a_named_body_still_speaks_for_it():
    body = NAVY + "The statement by the Velmar navy argued that engineers are testing “sonar arrays that map the shelf.”"
    assert [name for name, _quote in attributed(body)] == ["Velmar navy"]
