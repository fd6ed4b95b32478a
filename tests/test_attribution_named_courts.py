"""Court reporting names the court once and then calls it "the court": "the court said", "The court, in an opinion by
Judge X, found:" is the one court the report has named before (not the judge who wrote the opinion); nobody where it
has named two. Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.named_courts import court_name, courts_named_before, the_one_court
from passages import attributed

HEARD = "The appeal was heard in the Harlow Court of Appeals. The tenant had filed a brief citing cases nobody could find.\n\n"
QUOTE = "a plain misuse of the time of this Court."


def test_the_court_said_in_the_middle_is_the_court_named_before():
    assert attributed(HEARD + f"The brief, the court said, was “{QUOTE}”") == [("Harlow Court of Appeals", QUOTE)]


def test_the_court_said_after_the_quote():
    assert attributed(HEARD + f"The brief was “{QUOTE}” the court said.") == [("Harlow Court of Appeals", QUOTE)]


def test_an_opinion_by_a_judge_is_still_the_courts():
    body = HEARD + "The court, in an opinion by Judge Petra Lindqvist, found:\n\n“The brief cites cases that do not exist and nobody checked them.”"
    assert attributed(body) == [("Harlow Court of Appeals", "The brief cites cases that do not exist and nobody checked them.")]


def test_near_miss_two_courts_named_before_is_nobody():
    body = (
        "The case went from the Harlow District Court to the Harlow Court of Appeals. The tenant had filed a brief.\n\n"
        f"The brief, the court said, was “{QUOTE}”"
    )
    assert attributed(body) == []


def test_near_miss_a_court_named_only_after_is_nobody():
    body = f"The tenant had filed a brief.\n\nThe brief, the court said, was “{QUOTE}” The case now goes to the Harlow Court of Appeals."
    assert attributed(body) == []


def test_near_miss_the_court_named_in_full_is_unchanged():
    assert attributed(f"“The brief was {QUOTE}” the Harlow Court of Appeals said.") == [("Harlow Court of Appeals", f"The brief was {QUOTE}")]


def test_what_names_a_court():
    assert court_name("Harlow Court of Appeals") == "Harlow Court of Appeals"
    assert court_name("Westland Superior Court") == "Westland Superior Court"
    assert court_name("Court of Appeal") == "Court of Appeal"
    assert court_name("Court Filings") == ""  # "Court" qualifying another noun
    assert court_name("Supreme Court Justice Ana Roe") == ""
    assert court_name("This Court") == ""


def test_the_one_court_holds_the_role_nouns_qualifiers():
    text = "It was heard in the Westland Superior Court. Later"
    at = text.index("Later")
    assert courts_named_before(text, at) == ["Westland Superior Court"]
    assert the_one_court(text, "superior court", at) is not None
    assert the_one_court(text, "district court", at) is None
    assert the_one_court(text, "court", -1) is None


def test_a_court_ending_its_paragraph_stops_at_the_stop():
    body = f"The dispute went up to the Court of Appeal.\n\nThe ruling, the court said, was “{QUOTE}”"
    assert attributed(body) == [("Court of Appeal", QUOTE)]


def test_a_court_named_in_the_same_paragraph_counts():
    assert attributed(f"The dispute was heard in the Marrow Court of Appeals. The court said, “{QUOTE}”") == [("Marrow Court of Appeals", QUOTE)]


def test_a_kind_of_court_before_court_names_one():
    assert attributed(f"The dispute reached the Marrow District Court in May.\n\nThe court said, “{QUOTE}”") == [("Marrow District Court", QUOTE)]


def test_near_miss_a_person_a_tennis_court_an_address_or_public_opinion_is_no_court():
    for opening in (
        "Agnes Court won nine titles at the club.",
        "Lena Brook played on Centre Court in June.",
        "Piet Lund, 41, of Birch Court, Ostby, appeared before magistrates.",
        "Piet Lund had long lost in the Court of Public Opinion.",
    ):
        assert attributed(f"{opening}\n\nThe court said, “{QUOTE}”") == [], opening


def test_near_miss_a_court_in_lower_case_is_a_second_court():
    body = f"The Marrow Court of Appeals ruled first.\n\nThen a district court in Ostby took the case.\n\nThe court said, “{QUOTE}”"
    assert attributed(body) == []


def test_near_miss_only_a_court_in_lower_case_is_nobody():
    assert attributed(f"A district court in Ostby took the case.\n\nThe court said, “{QUOTE}”") == []


def test_court_name_is_a_court_of_law_only():
    assert court_name("Marrow Court of Appeals") == "Marrow Court of Appeals"
    assert court_name("High Court") == "High Court"
    assert court_name("Court of Appeal.\n\nThe") == "Court of Appeal"
    assert court_name("Agnes Court") == ""
    assert court_name("Centre Court") == ""
    assert court_name("Court of Public Opinion") == ""


def test_a_court_named_again_shorter_is_the_same_court():
    body = f"The Ostby High Court heard it first. The High Court sat again in May.\n\nThe court said, “{QUOTE}”"
    assert attributed(body) == [("Ostby High Court", QUOTE)]
