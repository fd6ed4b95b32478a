"""A paragraph of narration naming nobody that ends in a quotation in the first person with no cue ("Repairs will take
two years. “Our crews are ready.”") goes on with the one whose words the paragraph before reported in its last sentence
("…, says Pia Lorne, who chairs the Harbour Trust."), as news carries a source from paraphrase to quotation. Passages
written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

SAYS = "The harbour wall is failing, says Pia Lorne, director of the Harbour Trust.\n\n"


def test_the_quotation_closing_a_narration_paragraph_is_the_source_of_the_paragraph_before():
    body = SAYS + "Repairs will take two years – a long wait for the port. “We cannot wait another winter.”"
    assert attributed(body) == [("Pia Lorne", "We cannot wait another winter.")]


def test_the_source_reported_by_said_or_according_to_or_a_pronoun():
    said = "The harbour wall is failing, said Pia Lorne, who chairs the Harbour Trust.\n\n"
    assert attributed(said + "Repairs will take two years. “Our crews are ready to start in May.”") == [
        ("Pia Lorne", "Our crews are ready to start in May.")
    ]
    according = "According to Pia Lorne, the Harbour Trust chair, the work is long overdue.\n\n"
    assert attributed(according + "The trust has set aside funds. “We cannot wait another winter.”") == [
        ("Pia Lorne", "We cannot wait another winter.")
    ]
    she = "Pia Lorne chairs the Harbour Trust. She says the work is long overdue.\n\n"
    assert attributed(she + "The trust has set aside funds. “We cannot wait another winter.”") == [("Pia Lorne", "We cannot wait another winter.")]


def test_a_paragraph_before_naming_the_person_with_no_verb_of_saying_gives_nobody():
    body = "The wall was studied by the Harbour Trust, which Pia Lorne directs.\n\nRepairs will take two years. “We cannot wait another winter.”"
    assert attributed(body) == []


def test_narration_naming_someone_else_gives_nobody_the_source_before():
    body = SAYS + "Repairs will take two years, engineer Tom Vale estimates. “We are ready.”"
    assert [who for who, _ in attributed(body)] != ["Pia Lorne"]


def test_a_quotation_not_in_the_first_person_or_not_closing_the_paragraph_gives_nobody():
    assert attributed(SAYS + "Repairs will take two years. “A landmark ruling for the coast.”") == []
    assert attributed(SAYS + "Repairs will take two years. “We are ready.” The council votes in May.") == []


def test_narration_whose_own_subject_is_people_or_a_display_gives_nobody_the_source_before():
    # features quote unnamed people after a sentence about them: their words, not the source the paragraph before reported
    assert attributed(SAYS + "Ferrymen on the east bank say they will strike. “We will have to stop the boats.”") == []
    assert attributed(SAYS + "Many shop owners near the port fear the worst. “I have kept this shop for thirty years.”") == []
    assert attributed(SAYS + "The placard at the gate carries the crews' slogan. “We build, we stay.”") == []
    # the near miss: narration about things, with no subject of its own who might speak, still goes on with the source
    assert attributed(SAYS + "Repair costs will double by spring. “We cannot wait another winter.”") == [
        ("Pia Lorne", "We cannot wait another winter.")
    ]
