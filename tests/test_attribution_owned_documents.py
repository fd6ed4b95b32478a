""" "It stated that …" after a sentence opening on a document named with its owner ("The Harbour Party’s transport policy …
set out several goals."), as releases and analyses quote a party's policy or a council's report: the owner's words, never
a name met further up. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed_with_kinds

POLICY = "{owner} transport policy, released before the vote, set out several goals. "
STATED = "It stated that the party would “put passengers first, not the paperwork of the ministry.”"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


def test_it_after_a_bodys_document_is_the_body_not_an_acronym_further_up():
    body = "Fares went up again in March. It seems the LCC is on everyone’s lips.\n\n" + POLICY.format(owner="The Harbour Party’s") + STATED
    assert speakers(body) == [("Harbour Party", "organization")]


def test_it_after_a_bodys_document_is_the_body_not_a_word_opening_the_paragraph_before():
    body = "Fares went up again in March.\n\n" + POLICY.format(owner="The Harbour Party’s") + STATED
    assert speakers(body) == [("Harbour Party", "organization")]


def test_it_after_a_document_of_a_party_called_by_one_word_is_the_party():
    body = (
        "It seems the LCC is on everyone’s lips. Before the vote, Reform set out its plans for the board.\n\n"
        + POLICY.format(owner="Reform’s")
        + STATED
    )
    assert speakers(body) == [("Reform", "organization")]


def test_it_after_a_persons_document_credits_no_one():
    body = "Fares went up again in March.\n\n" + POLICY.format(owner="Ana Ruiz’s") + STATED
    assert speakers(body) == []


def test_it_after_a_document_without_an_owner_still_means_the_body_named_before():
    body = "The Harbour Party met on Monday.\n\n" + POLICY.format(owner="The") + STATED
    assert speakers(body) == [("Harbour Party", "organization")]


def test_it_after_the_owner_as_the_subject_is_still_the_owner():
    body = "Fares went up again in March.\n\nThe Harbour Party released its transport policy before the vote. " + STATED
    assert speakers(body) == [("Harbour Party", "organization")]


def test_a_named_subject_after_a_document_keeps_the_words():
    body = (
        "The Harbour Council met on Monday.\n\n"
        "The Harbour Party’s transport policy set out several goals. The Harbour Council said it would “put passengers first, "
        "not the paperwork of the ministry.”"
    )
    assert speakers(body) == [("Harbour Council", "organization")]
