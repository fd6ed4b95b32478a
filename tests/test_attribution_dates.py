"""Yearless dates ("On May 9, he …") take the year the text last stated before them, as narratives of an earlier year
write them; passages written for these tests, each with the near miss that keeps the report's year."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.attribution.engine import goes_on
from dossier.attribution.names import Subject
from dossier.attribution.sieves import Found
from dossier.dates import StatedYear, dates_in, stated_years
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str, date: str) -> list[str]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = {date}\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [str(s.date) for s in extract_statements(report, Registry([])).statements]


def test_the_years_a_narrative_is_set_in_and_the_years_that_are_background():
    assert [year for _, year in stated_years("In May 2017, the council met. By early 2018, it had gone.")] == [
        StatedYear(2017, 5),
        StatedYear(2018),
    ]
    assert [year for _, year in stated_years("On 3 October 2022 it met; it peaked in late October 2022.")] == [
        StatedYear(2022, 10),
        StatedYear(2022, 10, month_only=True),
    ]
    # a year inside a sentence's course, as an adjective, or after 'since' sets nothing
    assert stated_years("The valley was flooded in 2014, before the 2016 election, and has been dry since April 2020.") == []


def test_a_yearless_day_takes_the_year_stated_before_it_in_the_text():
    text = "In May 2017, the council met in the capital. On May 9, the mayor left."
    assert [str(day) for _, day in dates_in(text, 2019, None)] == ["2017-05-09"]
    # near miss: a year in the course of a sentence is background, and the day keeps the context's year
    text = "The valley was flooded in 2014. On March 9, the mayor left."
    assert [str(day) for _, day in dates_in(text, 2019, None)] == ["2019-03-09"]


def test_a_statement_in_a_narrative_of_an_earlier_year_takes_that_year():
    body = "In May 2017, the council met in the capital. On May 9, Pavel Dorn told reporters, “The valley will wait.”\n"
    assert dates(body, "2019-04-18") == ["2017-05-09"]  # not 2018, the report's year rolled back
    near = "The valley was flooded in 2014. On March 9, Pavel Dorn told reporters, “The valley will wait.”\n"
    assert dates(near, "2019-04-18") == ["2019-03-09"]


def test_a_year_stated_in_a_paragraph_above_governs_the_sections_next_days():
    body = "The crisis began on October 3, 2022, when the council met.\n\nOn October 25, Pavel Dorn called it “an incredibly serious mistake”.\n"
    assert dates(body, "2024-09-03") == ["2022-10-25"]
    # a month's year stated in passing governs that month's days only
    body = "The crisis peaked in late October 2022.\n\nOn October 25, Pavel Dorn called it “an incredibly serious mistake”.\n"
    assert dates(body, "2024-09-03") == ["2022-10-25"]
    near = "The crisis peaked in late October 2022.\n\nOn March 25, Pavel Dorn called it “an incredibly serious mistake”.\n"
    assert dates(near, "2024-09-03") == ["2024-03-25"]
    # nor does a new section inherit the years the last one stated
    near = "On October 3, 2022, the council met.\n\n## Now\n\nOn October 25, Pavel Dorn called it “an incredibly serious mistake”.\n"
    assert dates(near, "2024-09-03") == ["2023-10-25"]


def test_a_year_without_a_month_opening_a_paragraph_governs_only_that_paragraph():
    body = "In 2019 mines were laid along the coast.\n\nOn January 5 Pavel Dorn said the strike was “a crime”.\n"
    assert dates(body, "2020-01-09") == ["2020-01-05"]
    same_paragraph = "In 2019 mines were laid along the coast. On January 5 Pavel Dorn said the strike was “a crime”.\n"
    assert dates(same_paragraph, "2021-06-01") == ["2019-01-05"]


def test_a_narrative_runs_forward_into_the_next_year():
    body = "On December 27, 2019, the council met.\n\nOn January 5, Pavel Dorn said the strike was “a crime”.\n"
    assert dates(body, "2021-06-01") == ["2020-01-05"]
    near = "On November 8, 2016, the council met.\n\nOn July 22, Pavel Dorn said the strike was “a crime”.\n"
    assert dates(near, "2019-04-18") == ["2016-07-22"]  # an earlier month of the same year: a look back, not a year on


def test_an_undated_reports_yearless_days_take_its_bodys_latest_year_not_its_notes():
    body = (
        "On 3 May 2001 the council met to discuss the dam.[^1]\n\n## The spring\n\n"
        "On 12 March, Pavel Dorn wrote that the plan was “a reckless gamble”.\n\n"
        "[^1]: Letter Vance to Dorn, 22 July 2015, ‘The dam’.\n"
    )
    assert dates(body, '"unknown"') == ["2001-03-12"]  # not 2015: a note cites a letter written years later
    # near miss: where the body states no full date, the notes' latest year is all there is
    near = body.replace("On 3 May 2001 the council", "The council")
    assert dates(near, '"unknown"') == ["2015-03-12"]


def test_a_day_that_names_an_event_or_bounds_a_span_is_not_the_day_of_speaking():
    body = "On 4 June, Pavel Dorn said the lesson of 12 March was that “the valley must never flood again”.\n"
    assert dates(body, "2019-09-18") == ["2019-06-04"]  # not the day of the flood the words are about
    body = "Pavel Dorn said that since 12 March “the valley has been a different place”.\n"
    assert dates(body, "2019-09-18") == ["2019-09-18"]  # the report's day, flagged as a guess, not the span's start
    # near miss: a day the clause says the words were said on
    near = "On 12 March, Pavel Dorn said that “the valley has been a different place”.\n"
    assert dates(near, "2019-09-18") == ["2019-03-12"]


def test_a_weekday_right_after_the_speakers_name_in_a_paragraph_above_dates_the_statement():
    lead = "Regional governor Pavel Dorn Thursday urged calm after the council was dissolved.\n\n"
    quote = "Police held the mayor at the airport.\n\n“This will be hard news for the valley,” Dorn said in a statement.\n"
    assert dates(lead + quote, "2019-09-20") == ["2019-09-19"]  # the Thursday before the report's Friday
    # near miss: the Thursday is the day of the mayor's arrest, far from the governor's name
    near = "Regional governor Pavel Dorn urged calm after police held the mayor at the airport on Thursday.\n\n"
    assert dates(near + quote, "2019-09-20") == ["2019-09-20"]  # the report's day, flagged as a guess


def test_a_yearless_day_weeks_after_the_source_a_note_cites_is_not_the_day_of_the_words():
    note = "\n\n[^1]: Statement to the Inquiry, 14 January 2011, page 9.\n"
    body = "In his statement, Pavel Dorn wrote that there had been “a long debate” after the visit on 11 April.[^1]" + note
    assert dates(body, '"unknown"') == ["2011-01-14"]  # the note's day, not 11 April read in the note's year
    # near misses: a day before the source, and a day with its year, are the text's
    near = body.replace("after the visit on 11 April", "on 11 January")
    assert dates(near, '"unknown"') == ["2011-01-11"]
    near = body.replace("on 11 April", "on 11 April 2011")
    assert dates(near, '"unknown"') == ["2011-04-11"]


def dated_as(title: str, body: str, date: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "{title}"\ndate = {date}\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


def test_the_record_of_one_occasion_dates_the_words_it_records():
    body = "Mr Pavel Dorn said that “the valley could not wait for the council”.\n"
    assert dated_as("Minutes of the Fourth Meeting of the Valley Council", body, "1951-03-02") == [("1951-03-02", "record")]
    assert dated_as("Press Briefing by the Valley Council Spokesperson", body, "1951-03-02") == [("1951-03-02", "record")]
    # near miss: a headline about a meeting is a report on it, whose date is a guess for words it quotes
    assert dated_as("Valley Council Minutes Leaked to Press", body, "1951-03-02") == [("1951-03-02", "report")]


def test_a_ledes_weekday_after_the_speakers_name_dates_the_speakers_words_further_down():
    lead = "Regional governor Pavel Dorn today demanded a deadline for the council.\n\n"
    filler = "".join(f"The council has {n} members from the valley.\n\n" for n in ("nine", "ten", "eleven", "twelve"))
    quote = "Mr Dorn said: “This will be hard news for the valley.”\n"
    assert dated_as("A Report", lead + filler + quote, "2019-09-20") == [("2019-09-20", "text")]  # not a guess
    # near misses: the day of something done to the speaker, and a day inside someone's quoted words
    for near in (
        "Pavel Dorn, who was freed on Monday, demanded a deadline for the council.\n\n",
        "Pavel Dorn asked in return: “Today you are in the valley, are you not?”\n\n",
    ):
        assert dated_as("A Report", near + filler + quote, "2019-09-20")[-1] == ("2019-09-20", "report")


def test_a_bare_year_in_the_clause_before_the_reports_keeps_the_reports_day_off_the_statement():
    body = "The valley wanted “a dam of its own,” declared a later mayor, Pavel Dorn, in 1951.\n"
    assert dated_as("A Report", body, "2021-05-04") == [("None", "")]  # not 2021-05-04, even as a guess
    body = "In 1951, the mayor Pavel Dorn declared that the valley wanted “a dam of its own”.\n"
    assert dated_as("A Report", body, "2021-05-04") == [("None", "")]
    # near miss: a year the sentence gives something the speaker recalls, not the day of speaking
    near = "Recalling the flood of the valley in 1951, the mayor Pavel Dorn said: “We lost everything.”\n"
    assert dated_as("A Report", near, "2021-05-04") == [("2021-05-04", "report")]


def test_a_sentence_set_in_another_year_takes_no_day_from_a_paragraph_above():
    body = (
        "“The valley was sold cheaply,” Pavel Dorn said at a council meeting on March 9.\n\n"
        "Dorn has long fought the dam. In 2011, after the treaty was signed, he called the treaty “a swindle” in a letter.\n"
    )
    assert dates(body, "2019-04-18") == ["2019-03-09", "None"]  # not 2011-03-09
    # near misses: a sentence naming no year of its own, and a day above stated in that same year
    near = body.replace("In 2011, after the treaty was signed, he", "Later he")
    assert dates(near, "2019-04-18") == ["2019-03-09", "2019-03-09"]
    near = body.replace("on March 9.", "on March 9, 2011.")
    assert dates(near, "2019-04-18") == ["2011-03-09", "2011-03-09"]


def test_a_quotation_going_on_takes_the_day_the_text_gave_where_it_began():
    body = (
        "Mayor Pavel Dorn told traders on October 16 that the party lacked “empathy”.\n\n"
        "The traders asked him about the ferries and the fish market.\n\n"
        "He thanked them for their patience with the works.\n\n"
        "“The harbour will reopen,” he said.\n\n"
        "“The ferries will run again.”\n\n"
        "Dorn continued: “Nobody will be left behind.”\n"
    )
    assert dates(body, "2023-11-03") == ["2023-10-16"] * 4


def test_a_quotation_going_on_from_an_undated_one_keeps_the_report_s_day():
    body = "“The harbour will reopen,” Mayor Pavel Dorn said.\n\n“The ferries will run again.”\n\nDorn continued: “Nobody will be left behind.”\n"
    assert dates(body, "2023-11-03") == ["2023-11-03"] * 3  # the report's day, a guess, for all three


def test_a_cue_of_going_on_carries_the_day_where_it_began():
    """How a statement was found (its sieve, the cue it credits by) says whether it goes on with the speaker's last."""
    opening = "Mayor Pavel Dorn told traders on October 16 that the party lacked “empathy”.\n\n“The harbour will reopen,” he said.\n\n"
    assert dates(opening + "“Nobody will be left behind,” Dorn added.\n", "2023-11-03") == ["2023-10-16"] * 3
    assert goes_on(Found(Subject([]), "cue_after", "'went on' after the quote", "went on"))
    assert goes_on(Found(Subject([]), "continuation", "the next sentence of the speaker's account"))
    assert not goes_on(Found(Subject([]), "cue_after", "'said' after the quote", "said"))
    assert not goes_on(Found(Subject([]), "cue_before", "'we added' (the text's own voice)"))  # no cue of the speaker's


def test_a_participle_of_going_on_carries_the_day_where_it_began():
    """ "…, adding: “…”", "…, continuing: “…”": a participle of a cue of going on goes on as "she added" does."""
    opening = (
        "Councillor Ines Varro told fishermen on May 4 that the quota was “unworkable”.\n\n"
        "The fishermen asked her about the nets and the new quay.\n\n"
        "She thanked them for coming out in the rain.\n\n"
        "“The quota will be reviewed,” she said.\n\n"
    )
    for cue in ("adding", "continuing"):
        going_on = opening + f"Varro then turned to the quay, {cue}: “No boat will be turned away.”\n"
        assert dates(going_on, "2024-06-12") == ["2024-05-04"] * 3
        assert goes_on(Found(Subject([]), "cue_before", f"'{cue}'", cue))
    # near misses: a participle of saying alone goes on with nothing, and the quotation keeps the report's day
    for cue in ("noting", "saying"):
        near = opening + f"Varro then turned to the quay, {cue}: “No boat will be turned away.”\n"
        assert dates(near, "2024-06-12") == ["2024-05-04", "2024-05-04", "2024-06-12"]
        assert not goes_on(Found(Subject([]), "cue_before", f"'{cue}'", cue))


def test_the_day_of_an_opening_phrase_whose_subject_is_the_speaker_dates_the_quotation_below():
    body = (
        "Speaking last night at the harbour gala, Mayor Ana Ruiz said the port would stay open.\n\n"
        "“We will not close it,” she said.\n\n"
        "During the Lantern Festival on Monday, Governor Lito Varga mentioned a donation from the port authority.\n\n"
        "He said, “See to it that the money is not lost along the way.”"
    )
    assert dates(body, "2025-03-12") == ["2025-03-11", "2025-03-10"]


def test_a_day_whose_opening_phrase_has_another_subject_dates_nothing_below():
    body = "On Monday, investigators questioned Lito Varga about the donation.\n\n“I did nothing wrong,” Varga said."
    assert dates(body, "2025-03-12") == ["2025-03-12"]


def test_an_epigraph_over_a_section_is_undated_not_the_reports_day():
    epigraph = "“Close the ports and there will be no need for ships of war.” — Aurel Vantongeren"
    assert dates(f"## Ports\n\n{epigraph}\n\nSanctions have a long history in Corvania.", "2026-02-20") == ["None"]
    block = "> “Close the ports and there will be no need for ships of war.”\n>\n> — Aurel Vantongeren"
    assert dates(f"## Ports\n\n{block}\n\nSanctions have a long history in Corvania.", "2026-02-20") == ["None"]
    # near misses: the same credit inside the section is a pull quote, dated by the report as a guess; a cue's day stays
    assert dates(f"Sanctions have a long history in Corvania.\n\n{epigraph}\n\nMore follows.", "2026-02-20") == ["2026-02-20"]
    cued = "## Ports\n\n“Close the ports,” the trade minister, Aurel Vantongeren, said on Monday."
    assert dates(cued, "2026-02-20") == ["2026-02-16"]


def test_a_work_of_another_year_opening_the_sentence_is_not_dated_to_the_report():
    for opening in (
        "In his 2019 statement, Ivo Brandt said",
        "In a 2012 white paper, the Harbour Board assessed",
        "Six years later, in 2018, Ivo Brandt said",
    ):
        body = f"{opening} that the quay “has weeks left before it fails.”"
        assert dates(body, "2024-03-03") == ["None"], opening


def test_a_work_of_the_reports_own_year_or_of_no_year_keeps_the_reports_date():
    for opening in ("In his 2024 statement, Ivo Brandt said", "In his statement, Ivo Brandt said"):
        body = f"{opening} that the quay “has weeks left before it fails.”"
        assert dates(body, "2024-03-03") == ["2024-03-03"], opening


def test_a_past_year_after_the_verb_or_opening_the_sentence_is_not_the_reports_day():
    """A year the verb of saying is said in ("told reporters in 2015:", "wrote in March 2021 that"), one after "Back in"
    or in the occasion's phrase opening the sentence ("During a visit to the quay in March 2021,"): the words are
    undated, never the report's day, and never the day a paragraph above gives the speaker."""
    for clause in (
        "Ivo Brandt told reporters in 2015:",
        "Ivo Brandt wrote in March 2021 that the quay was",
        "Back in 2019 the board's engineer, Ivo Brandt, warned that",
        "During a visit to the quay in March 2021, Ivo Brandt said:",
    ):
        assert dates(f"{clause} “the quay has weeks left before it fails.”", "2024-03-03") == ["None"], clause
    above = "“We are watching it closely,” Ivo Brandt said on Friday."
    assert dates(f"{above}\n\nIvo Brandt told reporters in 2015: “The quay will outlast us all.”", "2024-03-03") == ["2024-03-01", "None"]


def test_a_time_counted_back_from_the_report_is_not_the_reports_day():
    for clause in (
        "Last year, Ivo Brandt told the council that",
        "Two years ago Ivo Brandt wrote that the quay was",
        "Ivo Brandt told the council last spring that the quay was",
    ):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-03") == ["None"], clause


def test_a_week_counted_back_names_no_day_and_leaves_the_words_undated():
    """ "Last week", "earlier this month", "two weeks ago": some day before the report's, none the reader can be sure of."""
    for clause in ("Last week, Ivo Brandt said that the quay was", "Earlier this month, Ivo Brandt told the council it was"):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-13") == ["None"], clause
    for after in ("Ivo Brandt said last week.", "Ivo Brandt told the council earlier this month.", "Ivo Brandt said two weeks ago."):
        assert dates(f"“The quay is fit for the ferries,” {after}", "2024-03-13") == ["None"], after


def test_near_miss_a_day_the_news_counts_back_keeps_its_day():
    assert dates("“The quay is fit for the ferries,” Ivo Brandt said on Tuesday.", "2024-03-13") == ["2024-03-12"]
    assert dates("Last week, Ivo Brandt said on Tuesday: “The quay is fit for the ferries.”", "2024-03-13") == ["2024-03-12"]


def test_near_miss_a_year_the_words_tell_of_or_a_recent_day_keeps_the_reports_date():
    """A year the sentence gives something else ("the cracks appeared in 2015", "Recalling a moment in 2022"), the week
    the report is of ("this week"), or no time at all: the report's day, as a guess, as before."""
    for clause in (
        "Ivo Brandt said the cracks appeared in 2015 after the great storm, and that",
        "Recalling a moment in 2022, Ivo Brandt said:",
        "This week, Ivo Brandt said that the quay was",
        "Ivo Brandt said that the quay was",
    ):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-03") == ["2024-03-03"], clause


def test_a_day_the_clause_names_after_a_time_counted_back_is_its_day():
    """In "Last year’s audit found gaps …, and Ivo Brandt said on Monday:" the possessive is no time of saying, and a day
    the clause names after "Two years ago the quay was closed;" is the day the words were said."""
    for clause in (
        "Last year’s audit found gaps in the records, and Ivo Brandt said on Monday:",
        "Two years ago the quay was closed; Ivo Brandt said on Monday that",
    ):
        assert dates(f"{clause} “the quay is fit for the ferries.”", "2024-03-06") == ["2024-03-04"], clause
    assert dates("Last year’s floods were the worst on record, Ivo Brandt said: “The quay held.”", "2024-03-06") == ["2024-03-06"]


def test_a_year_to_come_in_the_clause_is_not_the_year_of_saying():
    """In a report of 2024, "Ivo Brandt promised repairs in 2027:" tells of a year to come: the day a paragraph above
    gives the speaker still dates the words."""
    above = "“We are watching it closely,” Ivo Brandt said on Friday."
    body = f"{above}\n\nIvo Brandt promised repairs in 2027: “The quay will outlast us all.”"
    assert dates(body, "2024-03-06") == ["2024-03-01", "2024-03-01"]


def test_a_month_with_no_day_in_the_clause_is_not_the_reports_day():
    """A month the clause says the words were said in, with no day ("In July, Ivo Brandt told reporters:", "“…,” he said
    last March.", "In a September speech, …"): the gold leaves a month's date out, so the statement is undated, never the
    report's day nor a day a paragraph above gives the speaker."""
    for clause in (
        "In July, the harbour master Ivo Brandt told reporters:",
        "In July 2023, Ivo Brandt said:",
        "Last March, Ivo Brandt told the council that",
        "In a September speech, Ivo Brandt said:",
        "During a visit to the quay in March, Ivo Brandt said:",
        "Ivo Brandt told reporters in early July that the quay was",
        "Ivo Brandt said in a September speech:",
    ):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-03") == ["None"], clause
    for after in ("Ivo Brandt said last March.", "Ivo Brandt told reporters in July."):
        assert dates(f"“The quay is fit for the ferries,” {after}", "2024-03-03") == ["None"], after
    above = "“We are watching it closely,” Ivo Brandt said on Friday."
    assert dates(f"{above}\n\nIn July, Ivo Brandt told reporters: “The quay will outlast us all.”", "2024-03-03") == ["2024-03-01", "None"]


def test_near_miss_a_month_with_its_day_or_one_the_words_tell_of_keeps_its_date():
    """A month with its day is that day; a month the sentence gives something else ("the bill would pass in July", "who
    took office in March", "Recalling a morning in May") leaves the report's day, as a guess, as before."""
    assert dates("On July 4, Ivo Brandt said: “The quay is fit for the ferries.”", "2024-03-03") == ["2023-07-04"]
    assert dates("On 4 July, Ivo Brandt said: “The quay is fit for the ferries.”", "2024-03-03") == ["2023-07-04"]
    for clause in (
        "Ivo Brandt said the quay would reopen in July:",
        "Ivo Brandt, who took office in March, said:",
        "Recalling a morning in May, Ivo Brandt said:",
    ):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-03") == ["2024-03-03"], clause


def test_a_month_and_year_before_the_occasions_noun_is_no_day_either():
    # "in a May 2023 speech": the month and its year, no day: undated, as "in a May speech"
    for clause in ("Ivo Brandt said in a September 2023 speech:", "In a September 2023 speech, Ivo Brandt said:"):
        assert dates(f"{clause} “fit for the ferries.”", "2024-03-03") == ["None"], clause
    assert dates("“The quay is fit for the ferries,” Ivo Brandt said in a May 2023 speech.", "2024-03-03") == ["None"]
    # near miss: a weekday elsewhere in the sentence keeps its date
    assert dates("“The quay is fit for the ferries,” Ivo Brandt said on Friday in a May 2023 speech.", "2024-03-03") == ["2024-03-01"]


def test_a_weekday_in_a_clause_that_looks_ahead_does_not_date_the_words():
    # the report is of Monday 4 March 2019: the Friday to come is no Friday before it
    body = "The Harbour Pilots’ League, which has called the closure of the pier “a reckless and needless gamble”, will meet on Friday."
    assert dates(body, "2019-03-04") == ["2019-03-04"]
    body = "Tom Reed said the crews “will not sail again this winter” and the council is due to vote Tuesday."
    assert dates(body, "2019-03-04") == ["2019-03-04"]
    body = "Tom Reed said the crews “will not sail again this winter”, and he’ll put it to the council on Thursday."
    assert dates(body, "2019-03-04") == ["2019-03-04"]


def test_a_weekday_the_words_were_said_on_still_dates_them_beside_a_clause_that_looks_ahead():
    # near misses: the day of the saying, after or before the future's words
    body = "Tom Reed said on Friday that the crews “will not sail again this winter” until the council meets."
    assert dates(body, "2019-03-04") == ["2019-03-01"]
    body = "Tom Reed will retire but said on Friday that the pier is “a reckless and needless gamble”."
    assert dates(body, "2019-03-04") == ["2019-03-01"]


def test_a_verb_of_saying_after_a_coordinator_keeps_its_weekday_beside_a_clause_that_looks_ahead():
    body = "Tom Reed will retire but warned on Friday that the pier is “a reckless and needless gamble”."
    assert dates(body, "2019-03-04") == ["2019-03-01"]
    body = "Tom Reed will retire and announced on Friday that the pier is “a reckless and needless gamble”."
    assert dates(body, "2019-03-04") == ["2019-03-01"]
    # near miss: the weekday of the clause looking ahead is still a day to come
    body = "Tom Reed called the pier “a reckless and needless gamble” and will meet on Friday."
    assert dates(body, "2019-03-04") == ["2019-03-04"]
