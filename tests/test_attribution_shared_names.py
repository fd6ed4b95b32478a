"""A short name two people in the report bear ("Lucky" for "Mira Kayes Lucky" and "Lucky Begum", "Cheney" for "Dick
Cheney" and "Mary Cheney") is the one of them named last before the cue. Passages written for these tests, with the near
misses beside them."""

from __future__ import annotations

from passages import attributed

WORDS = "“They stopped the ambulance twice and asked how he died,”"


def test_a_name_two_people_bear_is_the_one_named_last_as_a_surname():
    body = (
        "The paper also spoke with Mira Kayes Lucky, a neighbour who opened her door to the marchers.\n\n"
        f"According to his wife Lucky Begum, the ambulance was stopped twice that night.\n\n{WORDS} Lucky added."
    )
    assert [who for who, _ in attributed(body)] == ["Lucky Begum"]


def test_a_surname_two_people_bear_is_the_one_named_last():
    body = (
        "The firm once worked for Arno Dessel, the former governor.\n\n"
        f"It later hired Lina Dessel, his daughter, as a consultant. {WORDS} Dessel said."
    )
    assert [who for who, _ in attributed(body)] == ["Lina Dessel"]


def test_a_name_run_into_a_bodys_name_is_still_one_person():
    body = (
        "“We want rules for the digital age,” said Arno Dessel, director at the union Prospect.\n\nProspect Arno Dessel spoke later.\n\n"
        + WORDS
        + " Dessel said."
    )
    assert [who for who, _ in attributed(body)] == ["Arno Dessel", "Arno Dessel"]


def test_a_name_one_person_bears_is_theirs():
    body = f"The firm once worked for Arno Dessel, the former governor.\n\nIt later hired a consultant. {WORDS} Dessel said."
    assert [who for who, _ in attributed(body)] == ["Arno Dessel"]


def test_a_bare_surname_is_the_one_named_last_in_full_also_beside_another_person():
    # a mother and a daughter share a surname: the one named in full last, here with another person as the subject, is
    # whom a later bare surname means (nu26 report 3)
    body = (
        'Her daughter, Sarah Gille, studied oceanography. "I was like, whew," she said.\n\n'
        "But the retellings say little about how Hamilton and Lena Gille wrote the programs.\n\n"
        "Hamilton and Gille still speak of the work. Gille recalls that only once did someone include her as a co-author; "
        'she said she was "stunned" because of how unusual that was.'
    )
    assert [who for who, _ in attributed(body)] == ["Sarah Gille", "Lena Gille"]


def test_the_one_named_last_alone_is_still_the_bare_surnames():
    body = 'Lena Gille wrote the programs. Her daughter, Sarah Gille, studied oceanography.\n\nGille recalls, "Only once did someone include me as a co-author."'
    assert [who for who, _ in attributed(body)] == ["Sarah Gille"]


def test_a_subject_of_two_people_does_not_override_another_bearer_of_the_surname():
    quote = ' "The quay will close," Gille said.'
    # another named in full later in the paragraph is the one named last
    assert [who for who, _ in attributed("Pol Harren and Lena Gille wrote to the council. Ada Gille runs the port." + quote)] == ["Ada Gille"]
    # the subject's two heads bear the surname: a bare "Gille" is neither for sure
    assert [who for who, _ in attributed("Paul Gille and Lena Gille wrote to the council." + quote)] == ["Gille"]
    # near miss: the one named last, with nobody else bearing the surname after her
    assert [who for who, _ in attributed("Ada Gille runs the port. Pol Harren and Lena Gille wrote to the council." + quote)] == ["Lena Gille"]
