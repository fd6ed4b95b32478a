"""Whom a "he" can mean: never a woman named by her given name, whoever was named last; a surname with its
affiliation ("Ruml from the NPI expected") is someone acting. Passages written for these
tests, with invented names, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_he_after_an_analyst_speaking_of_a_woman_is_the_analyst():
    body = (
        "Officials met again this week.\n\n"
        "Anton Ruml at NPI said Ingrid Kessel was likely to pursue a “softer line” on the docks. "
        "He said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body) == [("Anton Ruml", "softer line"), ("Anton Ruml", "would be far harder to deal with.")]


def test_she_after_the_same_sentence_is_the_woman():
    body = (
        "Officials met again this week.\n\n"
        "Anton Ruml at NPI said Ingrid Kessel was likely to pursue a “softer line” on the docks. "
        "She said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body) == [("Anton Ruml", "softer line"), ("Ingrid Kessel", "would be far harder to deal with.")]


def test_a_surname_with_its_affiliation_opening_a_sentence_is_the_one_he_means_next():
    body = (
        "Anton Ruml, a fellow at the Norland Port Institute (NPI), said the docks mattered.\n\n"
        "Pieter Vand, a lecturer at Osterby College, said little would change.\n\n"
        "“The vote is settled,” Vand said.\n\n"
        "Ruml from the NPI expected both parties to court the dockers.\n\n"
        "“Whoever wins, the docks come first,” he said."
    )
    assert attributed(body) == [("Pieter Vand", "The vote is settled,"), ("Anton Ruml", "Whoever wins, the docks come first,")]


def test_a_word_with_an_affiliation_is_no_one_unless_named_in_full_before():
    body = (
        "Pieter Vand, a lecturer at Osterby College, said little would change.\n\n"
        "“The vote is settled,” Vand said.\n\n"
        "Researchers from the NPI expected both parties to court the dockers.\n\n"
        "“Whoever wins, the docks come first,” he said."
    )
    assert attributed(body) == [("Pieter Vand", "The vote is settled,"), ("Pieter Vand", "Whoever wins, the docks come first,")]


def test_he_opening_the_next_paragraph_is_not_the_woman_the_analyst_spoke_of():
    body = (
        "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n"
        "“Nobody wants a fight over the pier,” Ruml said.\n\n"
        "Ruml at NPI said Ingrid Kessel was likely to pursue a “softer line” on the docks.\n\n"
        "He said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body)[-1] == ("Anton Ruml", "would be far harder to deal with.")


def test_he_after_a_paragraph_ending_on_a_woman_named_in_full_is_the_man_before_her():
    body = (
        "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n"
        "“Nobody wants a fight over the pier,” Ruml said.\n\n"
        "Ruml, a fellow at NPI, said the talks would drag on. Governor Ingrid Kessel is likely to pursue a softer line, "
        "according to officials.\n\n"
        "“Vand would be far harder to deal with,” he said."
    )
    assert attributed(body)[-1] == ("Anton Ruml", "Vand would be far harder to deal with,")


def test_she_opening_the_next_paragraph_is_still_the_woman():
    body = (
        "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n"
        "“Nobody wants a fight over the pier,” Ruml said.\n\n"
        "Ingrid Kessel, the governor, was likely to pursue a softer line on the docks, Ruml said.\n\n"
        "She said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body)[-1] == ("Ingrid Kessel", "would be far harder to deal with.")


def test_he_after_a_woman_whose_name_tells_nothing_for_certain_is_unchanged():
    body = (
        "“Nobody wants a fight over the pier,” said Anton Ruml, a fellow at the Norland Port Institute.\n\n"
        "Kim Adeyemi, a lecturer at Osterby College, said the talks would drag on.\n\n"
        "He said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body)[-1] == ("Kim Adeyemi", "would be far harder to deal with.")


def test_a_surname_with_its_affiliation_saying_what_another_man_will_do_is_the_one_he_means_next():
    body = (
        "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n"
        "“Nobody wants a fight over the pier,” said Pieter Vand, a lecturer.\n\n"
        "Ruml at NPI said Tomas Hale was likely to pursue a softer line on the docks.\n\n"
        "He said Ida Borg “would be far harder to deal with.”"
    )
    assert attributed(body)[-1] == ("Anton Ruml", "would be far harder to deal with.")


FELLOW = "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n"


def test_a_term_quoted_after_a_surname_with_its_affiliation_is_that_persons_not_the_one_spoken_of():
    body = FELLOW + "Ruml at NPI said Tomas Hale was likely to pursue a “softer line” on the docks and talk to the unions."
    assert attributed(body) == [("Anton Ruml", "softer line")]
    body = FELLOW + "Ruml from the NPI said Ida Borg would take a “harder line” on the docks."
    assert attributed(body) == [("Anton Ruml", "harder line")]
    body = FELLOW + "Ruml at NPI said: “Whoever wins, the docks come first.”"
    assert attributed(body) == [("Anton Ruml", "Whoever wins, the docks come first.")]


def test_a_term_after_a_word_with_an_affiliation_is_no_ones_unless_named_in_full_before():
    # near misses: a surname the report never named in full, a plural noun with its affiliation
    assert attributed("Talks opened on Monday.\n\nRuml at NPI said Tomas Hale was likely to pursue a “softer line” on the docks.") == []
    assert attributed(FELLOW + "Doctors at NPI said Tomas Hale was likely to pursue a “softer line” on the docks.") == []
