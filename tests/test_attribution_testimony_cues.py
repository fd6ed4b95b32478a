"""Cues of first-person testimonies and the regional press the detector learnt from files 473 and 475 and the ninth
new-user review: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_passive_cue_with_an_adverb_and_its_agent_before_the_quote_is_the_agents():
    body = 'When Tan asked for a boat, he was told bluntly by then Transport Minister Arun Pillai: "We are a small port."'
    assert attributed(body) == [("Arun Pillai", "We are a small port.")]
    body = "Mara Lind asked for a boat. She was told by the harbour master, Ivo Sand: “We are a small port.”"
    assert attributed(body) == [("Ivo Sand", "We are a small port.")]
    # near miss: the one told acting in a later sentence
    near = 'Tan was told by then Transport Minister Arun Pillai to wait. Tan said: "We are a small port."'
    assert attributed(near) == [("Tan", "We are a small port.")]


def test_a_modal_or_contracted_cue_after_a_pronoun_is_the_pronouns():
    body = (
        "Glenn Hale draws for hours. Sometimes I’ll watch him, and I’ll ask him if a line is a mistake. "
        'But he’ll say: "Daddy, that is my starting point."'
    )
    assert attributed(body) == [("Glenn Hale", "Daddy, that is my starting point.")]
    body = 'Glenn Hale draws for hours. I ask him if a line is a mistake. He might add: "That is my starting point."'
    assert attributed(body) == [("Glenn Hale", "That is my starting point.")]
    # near miss: a "she" the passage names no woman for stays nobody's
    near = 'Glenn Hale draws for hours. I ask him if a line is a mistake. But she’d say: "That is my starting point."'
    assert attributed(near) == []


def test_tagged_names_a_thing_as_called_does():
    body = "Senate president Amos Dare asked all senators to attend to discuss what he tagged a “crucial” matter."
    assert attributed(body) == [("Amos Dare", "crucial")]
    # near miss: a thing tagged with a label nobody says
    near = "Senate president Amos Dare asked the clerks to keep the bags they tagged with “evidence” labels."
    assert attributed(near) == []


def test_a_statement_signed_for_a_body_between_it_and_its_verb_is_the_bodys():
    body = 'The Dockworkers Congress, in a statement signed by its national president, Comrade Ola Ibe, said: "We agree."'
    assert attributed(body) == [("Dockworkers Congress", "We agree.")]
    body += '\n\nHe stated further: "The strike goes on."'
    assert attributed(body) == [("Dockworkers Congress", "We agree."), ("Ola Ibe", "The strike goes on.")]
    # near miss: the officer as the subject, the courtesy title "Comrade" no part of the name
    near = 'The Dockworkers Congress met. Its national president, Comrade Ola Ibe, in a statement, said: "We agree."'
    assert attributed(near) == [("Ola Ibe", "We agree.")]


def test_a_title_of_the_irish_government_is_no_part_of_the_name():
    body = 'Last night Tanaiste Niall Corcoran spoke on the radio. He said: "We asked them."'
    assert attributed(body) == [("Niall Corcoran", "We asked them.")]
    near = 'Last night Taoiseach Niall Corcoran spoke on the radio. He said: "We asked them."'
    assert attributed(near) == [("Niall Corcoran", "We asked them.")]


def test_a_plural_they_is_never_one_person():
    body = 'Dr Lena Moss sat on the council. When I met civil servants, they would tell me: "Every question costs us money."'
    assert attributed(body) == []
    # near misses: two people named together, and a body, are what "they" may mean
    near = 'Dr Lena Moss and Dr Ravi Sen sat on the council. They would tell me: "Every question costs us money."'
    assert attributed(near) == [("Lena Moss", "Every question costs us money."), ("Ravi Sen", "Every question costs us money.")]
    near = 'The Harbour Board met on Monday. They said: "Every question costs us money."'
    assert attributed(near) == [("Harbour Board", "Every question costs us money.")]


def test_a_research_array_or_observatory_is_a_body_not_a_woman():
    body = (
        "“I can't wait to point it at the galactic centre,” says Mara Quillen, a radio astronomer. The International "
        "Quasar Timing Array is using dishes around the world to watch pulsars, says Quillen. “That’s where the dish will "
        "shine,” she says."
    )
    assert [who for who, _ in attributed(body)] == ["Mara Quillen", "Mara Quillen"]
    near = body.replace("International Quasar Timing Array", "Northern Timing Consortium")
    assert [who for who, _ in attributed(near)] == ["Mara Quillen", "Mara Quillen"]


def test_a_cue_after_he_d_or_she_d_is_the_pronouns():
    # "’d" (would, had) between the pronoun and its verb is light, as "’ll" is: before the quote and after it
    body = "Dr Hana Kell runs the clinic alone. When patients ask about the delays, she’d tell them: “We are doing what we can.”"
    assert attributed(body) == [("Hana Kell", "We are doing what we can.")]
    body = "Tom Reyes chairs the council. “The budget is not the problem,” he'd say."
    assert attributed(body) == [("Tom Reyes", "The budget is not the problem,")]
    # near misses: "I’d" is the writer, nobody's; a plural "they’d" after people unnamed is theirs, nobody's
    near = "Tom Reyes chairs the council. Sometimes I’d tell them: “Wait a little longer.”"
    assert attributed(near) == []
    near = "Tom Reyes chairs the council. The growers are split. They'd argue that “the rules were written for somebody else.”"
    assert attributed(near) == []


def test_he_in_a_sentence_that_calls_someone_she_is_the_man_named_after_her():
    body = (
        "Leslie Field founded the firm. Field told me that she had spoken at an event attended by the former President of "
        "Iceland Olafur Grimsson, and he had remarked that “it would be a gift of fortune.”"
    )
    assert attributed(body) == [("Olafur Grimsson", "it would be a gift of fortune.")]
    # near miss: a woman named after "she" is not "he": the sentence's subject stays "he"
    near = "Tom Reyes founded the firm. Reyes told me that she had met Anna Cole, and he remarked that “it would be a gift.”"
    assert attributed(near) == [("Tom Reyes", "it would be a gift.")]


def test_doubled_curly_single_marks_are_a_double_quotation():
    # the Nigerian and South Asian press set ‘’…’’ for “…”
    body = "Ivo Sand leads the dockers. ‘’We will not be drawn into politics,’’ said Ivo Sand on Thursday."
    assert attributed(body) == [("Ivo Sand", "We will not be drawn into politics,")]
    # near misses: a doubled mark before a space, or a doubled closing one alone, opens nothing (the cue after stays bare)
    near = "Ivo Sand leads the dockers. He said it was his ‘’ right to speak, and Mara Lind said: “We agree.”"
    assert attributed(near) == [("Mara Lind", "We agree.")]
    near = "Ivo Sand leads the dockers’’ union. Mara Lind said: “We agree.”"
    assert attributed(near) == [("Mara Lind", "We agree.")]


def test_the_party_is_the_body_named_as_a_party_without_the_word():
    body = (
        "But the Northland Congress of Lakeland \\(NCL\\) has urged the members of the Assembly to study the rule.\n\n"
        "“Members must decide on the facts,” the party said in a statement signed by its secretary, Alhaji Tunde Bako."
    )
    assert attributed(body) == [("Northland Congress of Lakeland", "Members must decide on the facts,")]
    # near miss: a body that is no party is not "the party"
    near = (
        "But the Northland Ministry of Lakeland \\(NML\\) has urged the members of the Assembly to study the rule.\n\n"
        "“Members must decide on the facts,” the party said in a statement."
    )
    assert attributed(near) == []


def test_reasoned_and_a_body_s_data_showing_that_are_cues():
    assert attributed("Ivan Petrov reasoned that “a tax cut now would only feed inflation.”") == [
        ("Ivan Petrov", "a tax cut now would only feed inflation.")
    ]
    body = "Statistics Norland data show that “unemployment among young people has doubled since 2019.”"
    assert attributed(body) == [("Statistics Norland", "unemployment among young people has doubled since 2019.")]
    # near misses: data that show no that-clause; a that-clause showing inside a sayer's is the sayer's
    assert attributed("Figures from the Harbour Board show the same “steady decline” in trade.") == []
    body = "Nick Rowe says that the performance of the fleet to date shows that “it can win” with more supply."
    assert attributed(body) == [("Nick Rowe", "it can win")]


def test_an_initialism_with_and_without_dots_is_one_body():
    body = "The U.S. said it was “watching closely.” On Monday the US said it was “deeply concerned” about the violence."
    assert [name for name, _ in attributed(body)] == ["U.S.", "U.S."]
    # near miss: initialisms of other letters stay apart
    body = "The U.K. said it was “watching closely.” On Monday the US said it was “deeply concerned” about the violence."
    assert [name for name, _ in attributed(body)] == ["U.K.", "US"]
