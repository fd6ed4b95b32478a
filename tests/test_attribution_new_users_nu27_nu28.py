"""Credits the detector learnt from two new users' reports (a wire story republished by a regional paper, a UN agency's
press release, a blog's Markdown, an inquiry's report, a French think-tank page): each rule's passages written for these
tests with the near misses beside them."""

from __future__ import annotations

from passages import attributed


def test_a_title_in_capitals_between_role_words_and_the_name_is_one_of_the_role_words():
    ceo = "“We will not cut corners,” company CEO Karl Dorn said."
    assert attributed(ceo) == [("Karl Dorn", "We will not cut corners,")]
    mp = "“The count was rigged,” opposition MP Ann Lee told reporters."
    assert attributed(mp) == [("Ann Lee", "The count was rigged,")]
    cfo = "“Costs rose in every quarter,” the firm's CFO Ivo Hart said."
    assert attributed(cfo) == [("Ivo Hart", "Costs rose in every quarter,")]
    coo = "“Sales fell twice this year,” former company COO Mia Sand said."
    assert attributed(coo) == [("Mia Sand", "Sales fell twice this year,")]
    # near miss: a title in capitals with no name after it names nobody
    assert attributed("“Prices will rise next spring,” the bank's CEO said.") == []
