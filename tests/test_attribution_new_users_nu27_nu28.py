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


def test_a_fragment_of_the_clause_a_sentence_final_cue_reports_is_the_speakers():
    ceo = "The delays have been “very costly” and the firm is acting, but for now “we will not cut corners,” company CEO Karl Dorn said."
    assert attributed(ceo) == [("Karl Dorn", "very costly"), ("Karl Dorn", "we will not cut corners,")]
    body = "The closures were “deeply harmful” and Harbour Gas Ltd is acting, but “we will not gamble on safety,” Piet Lund said."
    assert attributed(body) == [("Piet Lund", "deeply harmful"), ("Piet Lund", "we will not gamble on safety,")]
    pronoun = "Ivo Hart runs the yard. The storms were “quite severe” this winter, yet “we kept every crane turning,” he said."
    assert attributed(pronoun) == [("Ivo Hart", "quite severe"), ("Ivo Hart", "we kept every crane turning,")]
    # near misses: a person acting between the two, a stop or a semicolon between them, a quote not closing the clause on
    # its comma, and a cue crediting the second term alone ("as stated by")
    other = "The levies were “far too high” and Ann Lee is furious, but “we will not pay them,” Tom Vale said."
    assert attributed(other) == [("Tom Vale", "we will not pay them,")]
    stop = "The fees were “plainly unfair” to the crews. But “we will pay them,” Tom Vale said."
    assert attributed(stop) == [("Tom Vale", "we will pay them,")]
    semicolon = "The tolls were “wildly uneven”; still “we will pay them,” Tom Vale said."
    assert attributed(semicolon) == [("Tom Vale", "we will pay them,")]
    stance = "Velmar has refused to call its stance “neutral” but rather “objective and fair,” as first stated by Minister Ivo Sarn."
    assert attributed(stance) == [("Ivo Sarn", "objective and fair,")]
