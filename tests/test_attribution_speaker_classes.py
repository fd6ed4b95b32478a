"""Words that are no speaker's name (a member's seat, a heading's words, a code, a court) and one person's name
variants, read without a registry. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_a_member_s_seat_after_the_name_is_no_speaker():
    body = "Former Harbour Minister Moira Tennant, Labour MSP for Glasgow Riverside, said: “If they are reversing, the costs must be counted.”"
    assert attributed(body) == [("Moira Tennant", "If they are reversing, the costs must be counted.")]


def test_a_person_named_after_a_member_s_seat_still_speaks():
    body = "Labour MP for Bexhill Ann Lee said: “If they are reversing, the costs must be counted.”"
    assert attributed(body) == [("Ann Lee", "If they are reversing, the costs must be counted.")]


def test_a_heading_s_first_word_the_report_writes_in_lower_case_names_no_one():
    body = (
        "## The ferry desk\n\nThe desk kept a positive book: positive figures, positive news, a positive year.\n\n"
        "### Positive notionals: long risk\n\nPositive notionals are shown above the line.\n\n"
        "> “Generally, the lenders are struggling with early defaults.”"
    )
    assert attributed(body) == []


def test_a_heading_s_surname_the_report_repeats_still_names_the_speaker():
    body = (
        "## The ferry desk\n\nThe desk kept a positive book.\n\n### Varga: the last word\n\nVarga spoke for an hour.\n\n"
        "> “Generally, the lenders are struggling with early defaults.”"
    )
    assert attributed(body) == [("Varga", "Generally, the lenders are struggling with early defaults.")]


def test_an_acronym_spells_no_person_out_of_a_heading_s_words():
    body = "## Ferries Over Budget. The board\n\nThe board met.\n\nThe FOB concluded: “Costs remain higher than planned.”"
    assert attributed(body) == [("FOB", "Costs remain higher than planned.")]  # the body by its letters, not a person


def test_a_word_with_a_number_or_underscore_glued_on_is_a_code():
    body = (
        "During the spring, the Harbour Syndicate2373 emailed the sales force that “the senior axes come first” every week.\n\n"
        "An e-mail, HRB_WM0551, noted that the board “is well aware of our data issues” then."
    )
    assert attributed(body) == []


def test_a_person_s_name_without_a_code_still_speaks():
    body = "During the spring, Tom Hale emailed the sales force that “the senior axes come first” every week."
    assert attributed(body) == [("Tom Hale", "the senior axes come first")]


def test_a_court_by_its_circuit_is_a_body():
    body = "The First Circuit has observed that underwriters have a “unique position” in the harbour trade."
    assert attributed_with_kinds(body) == [("First Circuit", "organization", "unique position")]


def test_a_judge_of_a_circuit_is_a_person():
    body = "Circuit Judge Ann Lee has observed that underwriters have a “unique position” in the harbour trade."
    assert attributed_with_kinds(body) == [("Ann Lee", "person", "unique position")]


def test_an_offering_circular_is_a_document_no_speaker():
    body = "The Harbour Offering Circular stated: “The agent may invest in the notes, and may deal in them.”"
    assert attributed(body) == []


def test_a_short_form_of_a_given_name_with_the_same_surname_is_one_person():
    body = (
        "Ray Tallis wrote in an e-mail: “The ferry bonds are the best thing on our books.”\n\n"
        "A year later Raymond Tallis, the board's chief, testified: “We did not see the scale of the losses.”"
    )
    assert attributed(body) == [
        ("Raymond Tallis", "The ferry bonds are the best thing on our books."),
        ("Raymond Tallis", "We did not see the scale of the losses."),
    ]


def test_a_short_given_name_stays_apart_where_another_of_the_surname_is_named():
    body = (
        "Ray Tallis wrote in an e-mail: “The ferry bonds are the best thing on our books.”\n\n"
        "A year later Raymond Tallis, the board's chief, testified: “We did not see the scale of the losses.”\n\n"
        "His sister Ruth Tallis stayed silent."
    )
    assert [name for name, _ in attributed(body)] == ["Ray Tallis", "Raymond Tallis"]


def test_a_short_form_no_list_holds_as_a_name_is_the_full_name_the_report_gives():
    # a post's signature ("— Josh Apte (@japte)") or a later mention by the short form: the page is titled by the full name
    body = (
        "Joshua Apte, a professor of engineering at Kestrel University, explained the smog.\n\n"
        "The air was horrific on Sunday, and deadly too.\n\n"
        "— Josh Apte (@japte) November 3, 2019\n\n"
        "“It overflows,” Apte said."
    )
    assert [name for name, _ in attributed(body)] == ["Joshua Apte", "Joshua Apte"]
    body = "Christopher Vane, a lecturer at Kestrel University, explained the smog. “The air is foul,” Chris Vane wrote on X."
    assert attributed(body) == [("Christopher Vane", "The air is foul,")]


def test_a_short_form_stays_apart_from_another_name_or_another_of_the_surname():
    # near misses: "Daniela" is a woman's name (in -a, which the lists leave out), not Dan's long form; a third Apte
    body = "Daniela Apte, a lecturer at Kestrel University, explained the smog. “The air is foul,” Dan Apte said later."
    assert attributed(body) == [("Dan Apte", "The air is foul,")]
    body = "Joshua Apte, a lecturer, explained the smog. “The air is foul,” Josh Apte said later. His daughter Ruth Apte disagreed."
    assert attributed(body) == [("Josh Apte", "The air is foul,")]


def test_a_quote_after_a_named_person_s_paraphrase_with_yesterday_is_theirs():
    body = (
        "Hamish Gray, Labour's harbour spokesman, yesterday said opposition parties had forced a climbdown. "
        "“I'm delighted that they have had to concede, because it was a daft idea.”"
    )
    assert attributed(body) == [("Hamish Gray", "I'm delighted that they have had to concede, because it was a daft idea.")]


def test_a_quote_after_an_unnamed_source_s_paraphrase_with_yesterday_is_nobody_s():
    body = (
        "One harbour official yesterday said opposition parties had forced a climbdown. "
        "“I'm delighted that they have had to concede, because it was a daft idea.”"
    )
    assert attributed(body) == []


def test_a_titled_surname_is_the_one_person_two_spellings_of_a_given_name_name():
    body = (
        "Mr. Dunmore wrote: “I warned them in writing, and nobody answered.”\n\n"
        "The memo went to Darrel Dunmore, then to Darrel Dunmore's deputy, back to Darrel Dunmore, and a copy to Darrell Dunmore."
    )
    assert attributed(body) == [("Darrel Dunmore", "I warned them in writing, and nobody answered.")]


def test_a_titled_surname_stays_apart_where_two_people_of_it_are_named():
    body = (
        "Mr. Dunmore wrote: “I warned them in writing, and nobody answered.”\n\n"
        "The memo went to Darrel Dunmore, then to Darrel Dunmore's deputy, back to Darrel Dunmore, and a copy to Tom Dunmore."
    )
    assert attributed(body) == [("Mr. Dunmore", "I warned them in writing, and nobody answered.")]


def note_dated(note: str) -> list[tuple[str, str]]:
    """(date, basis) of the statement of a passage whose quote cites this note, in a report of 13 April 2011."""
    from dossier.actors import Registry
    from dossier.document import read_report
    from dossier.statements import extract_statements

    body = f"Pavel Dorn, the bank's chief, blamed a problem that had “existed for some time.”[^1]\n\n[^1]: {note}\n"
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2011-04-13\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    found = extract_statements(report, Registry([]))
    return [(s.date.isoformat() if s.date else "", s.date_basis) for s in found.statements]


def test_a_note_s_date_after_the_report_s_own_is_no_day_of_the_words():
    assert note_dated("See 66 Harbour Reg. 5961 (Nov. 29, 2011), page 9.") == [("2011-04-13", "report")]


def test_a_note_s_date_before_the_report_s_own_dates_the_words():
    assert note_dated("See 66 Harbour Reg. 5961 (Nov. 29, 2010), page 9.") == [("2010-11-29", "note")]


def test_a_lone_word_the_report_writes_in_lower_case_is_no_speaker():
    body = (
        "The guidance was late; the guidance was vague; the guidance was ignored by the lenders.\n\n"
        "Guidance directed the banks to “take immediate action” on the loans."
    )
    assert attributed(body) == []


def test_a_surname_that_is_also_a_common_word_still_speaks_after_the_full_name():
    body = (
        "Tom Price ran the desk. The price was late; the price was wrong; the price was ignored.\n\n"
        "Price directed the banks to “take immediate action” on the loans."
    )
    assert attributed(body) == [("Tom Price", "take immediate action")]


def test_a_heading_of_words_the_report_writes_in_lower_case_names_no_one():
    body = (
        "## Recommendations\n\nThe board should evaluate the lending, evaluate the loans and evaluate the staff. "
        "Impacts follow. Impacts are shown below.\n\n"
        "### Evaluate Impacts\n\n> “The council should undertake a study of the lending practices at the harbour banks.”"
    )
    assert attributed(body) == []


def test_a_subcommittee_is_a_body():
    body = "When the Subcommittee asked whether the desk was “net short,” the bank's head of trading did not answer."
    assert attributed_with_kinds(body) == [("Subcommittee", "organization", "net short,")]


def test_a_ship_by_its_navys_prefix_is_no_speaker_the_one_aboard_is():
    body = (
        "Defence Minister Tomas Adeyemi has ordered a review of the coastal service.\n\n"
        "In a session with sailors aboard the frigate HMS Corvane, the minister said the service had “grown too large.”"
    )
    assert [who for who, _ in attributed(body)] == ["Tomas Adeyemi"]


def test_an_officer_of_a_ship_and_an_agency_by_its_letters_still_speak():
    body = (
        "Commander Ines Marr of the USS Holloway said the crew was “exhausted.”\n\nINS Commissioner Doris Mell said the backlog was “unacceptable.”"
    )
    assert [who for who, _ in attributed(body)] == ["Ines Marr", "Doris Mell"]


def test_a_capitalised_group_after_many_or_some_is_nobody_so_the_account_goes_on():
    body = (
        "Defence Minister Tomas Adeyemi spoke to the sailors.\n\n"
        "He said the service has “become too heavy.” Though many Marines are battle-tested, some “may never have been to sea.”"
    )
    assert [who for who, _ in attributed(body)] == ["Tomas Adeyemi", "Tomas Adeyemi"]


def test_a_person_named_in_the_next_sentence_stops_the_account():
    body = (
        "Defence Minister Tomas Adeyemi spoke to the sailors.\n\n"
        "He said the service has “become too heavy.” Though Lena Varga is battle-tested, some “may never have been to sea.”"
    )
    assert [who for who, _ in attributed(body)] == ["Tomas Adeyemi"]
