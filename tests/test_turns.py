"""A transcript's turn labels, one grammar for the importer (is this text a dialogue) and the engine (whose turns):
passages written for these tests."""

from __future__ import annotations

import datetime as dt

from dossier.actors import Actor, Registry, Role
from dossier.document import read_report
from dossier.statements import extract_statements
from dossier.transcript import speaker_named
from dossier.turns import is_office_title, label_at, office_title_name


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Hearing"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_a_name_the_importer_counts_as_a_turn_is_a_label_the_engine_reads():
    lines = [
        "Ms Stone: We met in March.",
        "DAME ORLA FENWICK: The board knew.",
        "MS. JEAN-PIERRE: Good afternoon.",
        "Sir Ann Cole Pryce-Jones: Thank you.",
        "Dr P J C NEL: Chairperson, I move.",
    ]
    for line in lines:
        label = label_at(line)
        assert speaker_named(line) is not None and label is not None and label.text == speaker_named(line)


def test_the_importer_counts_q_and_an_office_as_the_engine_reads_them_but_no_line_that_names_nobody():
    """ "Source:" names nobody and "Key Facts and Figures of the Year:" is too long for a name; "Ms Stone: “…”" is a quote
    collection's name line, which the engine reads as none either."""
    for line, name in (
        ("Q: And then?", "Q"),
        ("A. The board.", "A"),
        ("The CHAIR (Mr J Doe): Order.", "The CHAIR"),
        ("Counsel to the Inquiry: Yes.", "Counsel to the Inquiry"),
    ):
        label = label_at(line)
        assert speaker_named(line) == name and label is not None and label.text == name
    for line in ("Source: the ministry.", "Key Facts and Figures of the Year: none.", "Ms Stone: “We met in March.”"):
        assert speaker_named(line) is None
    assert label_at("Ms Stone: “We met in March.”") is None


def hearing(witness: str) -> str:
    return "\n\n".join(
        [
            "Lady Marsh: Thank you for coming. Can you tell us when the board first heard of the cracks in the quay wall?",
            f"{witness}: The engineers wrote to the board in March, and the board met about it in April of that year.",
            "Lady Marsh: And what did the board decide to do about the wall at that meeting in April?",
            f"{witness}: It decided to wait for the survey, which came in the autumn, after the storms had done their damage.",
        ]
    )


def test_mx_and_baron_are_courtesy_titles_of_a_turns_label():
    for witness, name in (("Mx Rowe", "Mx Rowe"), ("BARON ASHDOWN", "Baron Ashdown")):
        speakers = [who for who, _ in attributed(hearing(witness))]
        assert speakers == ["Lady Marsh", name, "Lady Marsh", name]


def test_near_miss_a_label_with_no_title_and_no_given_name_names_nobody():
    assert attributed(hearing("Quay Report")) == []


def test_an_interviews_numbered_questions_are_the_interviewers_q():
    """ "Q1:", "Q2-follow-up:", "Q4- follow-up:", "Q7 Follow up:" number the questions; they are Q, never a name. A
    quarter's "Q1 2025:" or a numbered list's "Q1." is no label."""
    for line in ("Q1: Why now?", "Q2-follow-up: And the fees?", "Q4- follow-up: Still?", "Q7 Follow up: When?", "Q10: Last one."):
        label = label_at(line)
        assert label is not None and (label.text, label.kind) == ("Q", "question") and speaker_named(line) == "Q"
    for line in ("Q1 2025: revenue rose.", "Q1. Why now?", "Q3 sales fell: a warning."):
        assert speaker_named(line) is None


def test_an_interview_with_numbered_questions_gives_the_answers_to_the_interviewee():
    intro = "Below is our interview with Dr Hana Sorel, the river authority's chief engineer, held on Monday.\n\n"
    turns = (
        "Q1: What went wrong with the east lock?\n\nA: The gates were older than anyone had recorded.\n\n"
        "Q1-follow-up: Could it have been seen earlier?\n\nA: Only with divers, and we had none that winter.\n\n"
        "Q2: When will it reopen?\n\nA: Not before the spring floods have passed.\n"
    )
    assert {name for name, _ in attributed(intro + turns)} == {"Hana Sorel"}
    assert len(attributed(intro + turns)) == 3
    assert attributed("Notes from the river authority's briefing on Monday.\n\n" + turns) == []  # nobody named: nobody's


PRESS_CONFERENCE = """PREMIER AND HEALTH OFFICER PRESS CONFERENCE: MONDAY, 4 MAY 2026

PM: Good afternoon. I will ask Dr Ines Vale to give today's figures before we take questions.

Dr Ines Vale: Thank you. There are three new cases today, all of them in the quarantine hotel at Dunmore.

PM: Thank you, Dr Vale. Cabinet will look again at the rules for the northern ferries on Friday.

Media: Will the ferries run over the long weekend?

PM: Not before Friday. We want one more week of testing in the northern towns first.

Media: And the schools in Dunmore?

Dr Vale: They stay open. The risk to the children there is very low indeed.
"""


def test_a_press_conferences_questioners_are_its_q_as_commonwealth_transcripts_label_them():
    """New Zealand's "Media:", Australia's "JOURNALIST:", "Reporter:", "Question:": the questioner, nobody's words, as Q."""
    for line in ("Media: And the schools?", "JOURNALIST: Prime Minister, why now?", "Reporter: Will it open?", "Question: When?"):
        label = label_at(line)
        assert label is not None and label.kind == "question" and speaker_named(line) == line.split(":")[0]
    label = label_at("UNIDENTIFIED JOURNALIST: Just one more?")
    assert label is not None and label.kind == "question"
    # near misses: a questioner's word in a longer label, or an office's label holding a name in brackets
    for line in ("Media Freedom Coalition: a statement.", "Question Time Briefing: the notes."):
        label = label_at(line)
        assert label is None or label.kind != "question"


def test_a_government_offices_label_is_an_office_and_a_titled_name_stays_a_person():
    for office in ("PM", "PRIME MINISTER", "Premier", "TREASURER", "Health Minister", "MINISTER FOR HEALTH", "Director-General of Health"):
        assert is_office_title(office), office
        assert speaker_named(f"{office}: We will review the settings on Monday.") == office
    assert office_title_name("PM") == "Prime Minister" and office_title_name("MINISTER FOR HEALTH") == "Minister for Health"
    for other in ("Minister Hipkins", "Officer", "Source", "Key Findings", "Media"):
        assert not is_office_title(other), other


def test_a_press_conferences_office_speaks_in_its_turns_and_its_questioners_are_nobody():
    found = attributed(PRESS_CONFERENCE)
    assert [who for who, _ in found] == ["Prime Minister", "Ines Vale", "Prime Minister", "Prime Minister", "Ines Vale"]
    assert found[3][1] == "Not before Friday. We want one more week of testing in the northern towns first."


def test_an_australian_transcripts_capitals_and_a_reporters_label_read_the_same():
    body = PRESS_CONFERENCE.replace("PM:", "PRIME MINISTER:").replace("Media:", "JOURNALIST:")
    assert [who for who, _ in attributed(body)] == ["Prime Minister", "Ines Vale", "Prime Minister", "Prime Minister", "Ines Vale"]
    body = PRESS_CONFERENCE.replace("PM:", "TREASURER:").replace("Media:", "Reporter:")
    assert [who for who, _ in attributed(body)] == ["Treasurer", "Ines Vale", "Treasurer", "Treasurer", "Ines Vale"]


def test_the_office_is_the_person_the_transcript_names_with_it_before_the_first_turn():
    named = PRESS_CONFERENCE.replace(
        "PREMIER AND HEALTH OFFICER PRESS CONFERENCE: MONDAY, 4 MAY 2026", "Press conference with Prime Minister Mara Ostrova, 4 May 2026"
    )
    assert [who for who, _ in attributed(named)][:3] == ["Mara Ostrova", "Ines Vale", "Mara Ostrova"]
    after = PRESS_CONFERENCE.replace("PREMIER AND HEALTH", "Mara Ostrova, Prime Minister, and the Health")
    assert next(who for who, _ in attributed(after)) == "Mara Ostrova"


def test_near_miss_a_prime_minister_named_in_the_turns_or_a_former_one_is_not_the_offices_holder():
    """The premier speaks of other premiers ("Prime Minister Tobias Brisk and I agreed …"); an opening line's "former
    Prime Minister" held the office once."""
    within = PRESS_CONFERENCE.replace("Cabinet will look", "Prime Minister Tobias Brisk of Westland and I spoke today. Cabinet will look")
    assert "Tobias Brisk" not in [who for who, _ in attributed(within)]
    former = PRESS_CONFERENCE.replace("PREMIER AND HEALTH", "With former Prime Minister Tobias Brisk: PREMIER AND HEALTH")
    assert next(who for who, _ in attributed(former)) == "Prime Minister"


def test_the_office_is_its_holder_on_the_day_where_the_registry_knows_one():
    holder = Actor("ostrova", "Mara Ostrova", "person", roles=[Role("Prime Minister of Westland", dt.date(2025, 1, 1), None, ["Prime Minister"])])
    report = read_report(f'+++\ntitle = "A Briefing"\ndate = 2026-05-04\n+++\n\n{PRESS_CONFERENCE}', "reports/a.md")
    registry = Registry([holder])
    found = extract_statements(report, registry)
    assert [registry[s.speaker].name for s in found.statements][:3] == ["Mara Ostrova", "Ines Vale", "Mara Ostrova"]


def test_near_miss_an_faqs_questions_and_a_contact_line_make_no_dialogue():
    faq = (
        "Question: When does the ferry run?\n\nAnswer: Every day but Sunday, from the north pier.\n\n"
        "Question: Can I bring a bicycle?\n\nAnswer: Yes, on the lower deck.\n\nMedia: Jane Okafor, press office.\n"
    )
    assert attributed(faq) == []


def cross_examination(first: str, later: str, witness: str = "MR DENTON") -> str:
    return "\n\n".join(
        [
            f"{first}: Thank you for coming. Can you tell us when the board first heard of the cracks in the quay wall?",
            f"{witness}: The engineers wrote to the board in March, and the board met about it in April of that year.",
            f"{later}: And what did the board decide to do about the wall at that meeting in April?",
            f"{witness}: It decided to wait for the survey, which came in the autumn, after the storms had done their damage.",
            f"{later}: So the board waited six months before it acted on the warning of its own engineers?",
            f"{witness}: That is right, and I told the board at the time that the wait was a mistake.",
        ]
    )


def test_a_surname_label_after_the_full_label_is_the_same_speakers_turn():
    """ "HARLOW-BRIGGS:" after "SENATOR HARLOW-BRIGGS:": one speaker, whose questions are never run into the witness's turn."""
    for first, later, name in (
        ("SENATOR HARLOW-BRIGGS", "HARLOW-BRIGGS", "Senator Harlow-Briggs"),
        ("Senator Harlow-Briggs", "Harlow-Briggs", "Senator Harlow-Briggs"),
        ("SENATOR ANNA HARLOW-BRIGGS", "HARLOW-BRIGGS", "Anna Harlow-Briggs"),
        ("MS TIVEN", "TIVEN", "Ms Tiven"),
    ):
        found = attributed(cross_examination(first, later))
        assert [who for who, _ in found] == [name, "Mr Denton"] * 3, first
        assert "board decide" not in found[1][1]


def test_near_miss_a_surname_two_labelled_people_share_names_neither():
    body = cross_examination("DAME ORLA FENWICK", "FENWICK", witness="SIR TOM FENWICK")
    found = [who for who, _ in attributed(body)]
    assert found[:2] == ["Orla Fenwick", "Tom Fenwick"] and "Orla Fenwick" not in found[2:]


def test_a_westminster_members_label_gives_seat_and_party_apart_from_the_name_and_the_office_its_holder():
    label = label_at("Mr. Jo Penrose (Eastbridge South) (Lab/Co-op): Will the Minister meet me?")
    assert label is not None and (label.text, label.seat, label.holder) == ("Mr. Jo Penrose", "Eastbridge South, Lab/Co-op", "")
    assert speaker_named("Mr. Jo Penrose (Eastbridge South) (Lab/Co-op): Will the Minister meet me?") == "Mr. Jo Penrose"
    office = label_at("The Secretary of State for Transport (Ms. Ann Vell): I will.")
    assert office is not None and (office.text, office.holder, office.seat) == ("The Secretary of State for Transport", "Ms. Ann Vell", "")
    assert is_office_title("The Prime Minister") and office_title_name("The Prime Minister") == "Prime Minister"
    # near misses: a capitals office names its holder in the record ("The MINISTER OF …"), "The Times" is no office
    assert not is_office_title("The MINISTER OF WATER AFFAIRS") and not is_office_title("The Harbour Times")


def test_a_chairs_label_with_a_courtesy_title_keeps_the_holder_in_its_brackets():
    label = label_at("Mr. Chairman (Sir Ivo Marl): Order. We start with the first clause.")
    assert label is not None and (label.text, label.holder, label.seat) == ("Mr. Chairman", "Sir Ivo Marl", "")
    deputy = label_at("Madam Deputy Speaker (Dame Nell Carrow): Order.  I call the next Member.")
    assert deputy is not None and (deputy.holder, deputy.seat) == ("Dame Nell Carrow", "")
    # near miss: a member's seat in brackets after a person's name stays a seat
    member = label_at("Mr. Ivo Marl (Westholm): Will the Minister meet me?")
    assert member is not None and (member.holder, member.seat) == ("", "Westholm")
