"""Credits the detector learnt from the held-out round of files 587-589 (a Nigerian news agency's posts, a digest of
Southeast Asian news items): wrong credits taken away and misses found, each rule's passages written for these tests with
the near miss beside them."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_an_outlet_named_after_a_country_keeps_its_whole_name_before_news_portal_or_newspaper():
    portal = "“At least five people died,” according to the Sweden Now news portal."
    assert attributed_with_kinds(portal) == [("Sweden Now", "outlet", "At least five people died,")]
    invented = "“Two bridges were shut,” said the Velora Today newspaper."
    assert attributed_with_kinds(invented) == [("Velora Today", "outlet", "Two bridges were shut,")]
    site = "“The count is not final,” according to the Chile Ahora news site, citing officials."
    assert attributed_with_kinds(site) == [("Chile Ahora", "outlet", "The count is not final,")]
    # near misses: a nation's word before the medium names no outlet, and the country alone still speaks as a state
    national = "“The count is not final,” according to Norwegian radio."
    assert attributed(national) == []
    state = "“The count is not final,” according to Norway."
    assert attributed_with_kinds(state) == [("Norway", "state", "The count is not final,")]
