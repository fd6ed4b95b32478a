"""A person named with unnamed companions as a sentence's subject ("Lena Moor and supporters were shaken") is the one a
later "she" or "he" means: passages written for these tests, with invented names, each with its near miss."""

from __future__ import annotations

from passages import attributed

CONTEXT = (
    "Union organiser Tomas Reni was detained in March. His wife, the campaigner Ada Ferrow, has written about him every day.\n\n"
    "According to a statement from activists, police said on Friday that Reni had been moved to another prison.\n\n"
)


def test_a_surname_and_supporters_is_the_next_she():
    body = CONTEXT + "Ferrow and supporters were shaken by the news. “We do not know where he is,” she said."
    assert attributed(body)[-1] == ("Ada Ferrow", "We do not know where he is,")


def test_a_surname_and_her_lawyers_is_the_next_she():
    body = CONTEXT + "Ferrow and her lawyers have appealed twice. “Nobody answers us,” she said."
    assert attributed(body)[-1] == ("Ada Ferrow", "Nobody answers us,")


def test_a_family_name_and_colleagues_is_the_next_she():
    body = (
        "Union organiser Tomas Reni was detained in March. His wife, the campaigner Xu Anli, has written about him every day.\n\n"
        "According to a statement from activists, police said on Friday that Reni had been moved to another prison.\n\n"
        "Xu and colleagues are still waiting for a letter. “We do not know where he is,” she said."
    )
    assert attributed(body)[-1] == ("Xu Anli", "We do not know where he is,")


def test_unnamed_supporters_alone_are_nobody():
    body = CONTEXT + "The supporters were shaken by the news. “We do not know where he is,” one of them said."
    assert all(quote != "We do not know where he is," for _name, quote in attributed(body))


def test_a_body_and_its_allies_are_no_person():
    body = CONTEXT + "Velmar and allies were shaken by the news. “We do not know where he is,” she said."
    assert all(name != "Velmar" for name, _quote in attributed(body))
