"""A post set as a headline, its capitals and all, credited after its marks by a verb of saying and a name ("“BREAKING:
Harbour Authority Closes the Port” tweeted the Harbour Index."): the poster's words, no title of a work. Passages written
for these tests, with the near miss (no verb of saying) beside them."""

from __future__ import annotations

from passages import attributed


def test_a_headline_in_capitals_before_tweeted_and_a_name_is_the_posters():
    headline = "BREAKING: Harbour Authority Closes the Port of Dunmore to All Ferries"
    assert attributed(f"“{headline}” tweeted the Harbour Index. It spread fast.") == [("Harbour Index", headline)]
    assert attributed(f"“{headline},” tweeted Ana Ruiz.") == [("Ana Ruiz", headline + ",")]
    assert attributed(f"“{headline}” trended for most of the day.") == []
