"""A role noun two people just named hold ("Commissioner Ana Roe … Commissioner Tom Reed …" ¶ "“…,” the commissioner
said"): nobody's for sure, never the one named last; the one holder of a passage keeps her words. Passages written for
these tests, each with its near miss."""

from __future__ import annotations

from dossier.attribution.shared_roles import other_holder_named
from passages import attributed


def test_two_commissioners_named_just_before_leave_the_words_unattributed():
    body = (
        "Commissioner Nadia Brell opened the inquiry into the ferry fares. Commissioner Oskar Lind chaired the afternoon.\n\n"
        "“We will publish every contract,” the commissioner said."
    )
    assert attributed(body) == []


def test_two_commissioners_in_apposition_too():
    body = (
        "Nadia Brell, the fisheries commissioner, opened the inquiry. Oskar Lind, the harbour commissioner, spoke after her.\n\n"
        "“We will publish every contract,” said the commissioner."
    )
    assert attributed(body) == []


def test_the_one_speaking_does_not_settle_it_when_the_other_was_named_after_her():
    body = (
        "Commissioner Nadia Brell opened the inquiry. “We start today,” Brell said. Commissioner Oskar Lind disagreed.\n\n"
        "“We will publish every contract,” the commissioner added."
    )
    assert attributed(body) == [("Nadia Brell", "We start today,")]


def test_one_commissioner_in_the_passage_keeps_the_words():
    body = "Commissioner Nadia Brell opened the inquiry. “We start today,” she said.\n\n“We will publish every contract,” the commissioner said."
    assert attributed(body) == [("Nadia Brell", "We start today,"), ("Nadia Brell", "We will publish every contract,")]


def test_another_commissioner_named_paragraphs_earlier_leaves_the_passages_own():
    body = (
        "Commissioner Oskar Lind chaired the first session in March.\n\n"
        "Mayor Lia Berg spoke on Monday. The ferry was late again.\n\n"
        "Commissioner Nadia Brell opened the inquiry. “We start today,” she said.\n\n"
        "“We will publish every contract,” the commissioner said."
    )
    assert attributed(body)[-1] == ("Nadia Brell", "We will publish every contract,")


def test_a_mayor_named_beside_her_shares_no_role():
    body = "Commissioner Nadia Brell met Mayor Lia Berg at the pier.\n\n“We will publish every contract,” the commissioner said."
    assert attributed(body) == [("Nadia Brell", "We will publish every contract,")]


def test_the_other_holder_is_told_by_the_roles_given_to_him():
    roles = {"lind": {"commissioner"}, "brell": {"commissioner"}, "berg": {"mayor"}}

    def roles_of(head):
        return roles.get(head.name.split()[-1].lower(), set())

    assert other_holder_named(["Oskar Lind chaired it."], "commissioner", "brell", roles_of)
    assert not other_holder_named(["Nadia Brell chaired it."], "commissioner", "brell", roles_of)
    assert not other_holder_named(["Lia Berg chaired it."], "commissioner", "brell", roles_of)


def test_a_namesake_holder_is_another_holder():
    def roles_of(head):
        return {"commissioner"}

    assert other_holder_named(["Tom Brell chaired it."], "commissioner", "Nadia Brell", roles_of)
    assert not other_holder_named(["Nadia Brell chaired it."], "commissioner", "Nadia Brell", roles_of)
    assert not other_holder_named(["Nadia Brell chaired it."], "commissioner", "Brell", roles_of)


def test_two_commissioners_sharing_a_surname_leave_the_words_to_nobody():
    body = "Commissioner Nadia Brell spoke. Commissioner Tom Brell left.\n\n“We agree,” the commissioner said."
    assert attributed(body) == []
