"""A surname that is also an outlet's word ("Press", "Post", "Herald"): a bare "says Press" after "Ruth Press, policy
analyst" is her, and the outlet a bare word stands for is never read across a sentence's end ("Northport College. Press")."""

from __future__ import annotations

from passages import attributed_with_kinds


def test_a_bare_surname_that_is_an_outlet_word_is_the_person_named_in_full() -> None:
    found = attributed_with_kinds(
        "Mills are cleaner when they recycle, according to a study by Ruth Press, policy analyst at Northport College. "
        "Press found that recycled mills release less chlorine.\n\n"
        "“The paper industry has been one of the dirtiest,” says Press, who spoke at a meeting in Marlow."
    )
    assert found == [("Ruth Press", "person", "The paper industry has been one of the dirtiest,")]


def test_the_full_name_in_its_own_paragraph_before() -> None:
    found = attributed_with_kinds(
        "Mills are cleaner when they recycle, according to a study by Ruth Press, policy analyst at Northport College.\n\n"
        "“The paper industry has been one of the dirtiest,” says Press."
    )
    assert found == [("Ruth Press", "person", "The paper industry has been one of the dirtiest,")]


def test_near_miss_an_outlet_named_in_full_stays_the_outlet() -> None:
    found = attributed_with_kinds(
        "The story ran in the Marlow Press on Monday.\n\n“The paper industry has been one of the dirtiest,” says the Press."
    )
    assert found == [("Marlow Press", "outlet", "The paper industry has been one of the dirtiest,")]


def test_near_miss_an_ordinary_surname_is_unchanged() -> None:
    found = attributed_with_kinds(
        "Mills are cleaner, according to a study by Ruth Calder, policy analyst at Northport College. Calder found less chlorine.\n\n"
        "“The paper industry has been one of the dirtiest,” says Calder."
    )
    assert found == [("Ruth Calder", "person", "The paper industry has been one of the dirtiest,")]


def test_near_misses_the_outlet_word_after_an_article_or_before_its_is_the_publication() -> None:
    # "the Post said", "Post said in its editorial": a publication speaks, whoever bears the word as a surname
    for cue in ("the Post said in its editorial on Monday", "Post said in its editorial on Monday"):
        body = f"Mark Post runs the yard. “The cranes are old,” {cue}."
        assert attributed_with_kinds(body) == [("Post", "outlet", "The cranes are old,")], cue
