"""The one a pronoun's cue says it told is never that pronoun ("“…,” he told Venn" is not Venn's), and a firm set off
after a company's noun ("his own company, Harbourline,") is nobody a "he" means: passages written for these tests."""

from __future__ import annotations

from passages import attributed

MEETING = "Shipyard chief Piet Venn spoke on Tuesday with Harbourline founder Tomas Feld at the Dunmore fair.\n\n"
VENN_FIRST = "“We want the best boats,” Venn told Feld.\n\n"


def test_he_told_the_last_speaker_is_the_other_party():
    body = MEETING + VENN_FIRST + "“I run my yard from my phone,” he told Venn."
    assert attributed(body)[-1] == ("Tomas Feld", "I run my yard from my phone,")


def test_he_told_past_a_paragraph_about_the_other_party():
    body = MEETING + VENN_FIRST + "Feld knows the worth of that work.\n\n“I run my yard from my phone. I have for years,” he told Venn."
    assert attributed(body)[-1] == ("Tomas Feld", "I run my yard from my phone. I have for years,")


def test_she_told_the_last_speaker_is_the_other_woman():
    body = "Mayor Ada Roe met trader Ilse Marwick on Monday.\n\n“The port stays open,” Roe told Marwick.\n\n“We will hold you to that,” she told Roe."
    assert attributed(body)[-1] == ("Ilse Marwick", "We will hold you to that,")


def test_a_company_set_off_after_his_own_company_is_no_he():
    body = (
        VENN_FIRST + "Now his own company, Harbourline, has a growing share of the same customers.\n\n"
        "Feld knows the worth of that work.\n\n“I run my yard from my phone,” he told Venn."
    )
    assert attributed(body)[-1] == ("Feld", "I run my yard from my phone,")


def test_he_said_after_the_last_speaker_stays_with_him():
    body = MEETING + VENN_FIRST + "“We have waited years for this,” he said."
    assert attributed(body)[-1] == ("Piet Venn", "We have waited years for this,")


def test_he_told_reporters_stays_with_the_last_speaker():
    body = MEETING + VENN_FIRST + "“We have waited years for this,” he told reporters."
    assert attributed(body)[-1] == ("Piet Venn", "We have waited years for this,")


def test_he_told_someone_else_stays_with_the_last_speaker():
    body = MEETING + "“We want the best boats,” Venn said.\n\n“We have waited years for this,” he told Feld."
    assert attributed(body)[-1] == ("Piet Venn", "We have waited years for this,")


# The other party must be tied to the listener in the text (met, spoke with, told): someone only mentioned is not them,
# and with two or more who could be meant, nobody is guessed. Passages invented.
def test_someone_only_blamed_is_not_the_other_party():
    body = (
        "Emil Selk, a diver, met harbour master Rolf Amsel on Friday. Both blame dredging firm owner Jonas Kerr for the silt.\n\n"
        "“The channel is closing,” Amsel said.\n\n“We warned the council twice,” he told Amsel."
    )
    assert attributed(body)[-1] == ("Emil Selk", "We warned the council twice,")


def test_someone_named_in_the_listener_s_own_paragraph_is_not_the_other_party():
    body = (
        "Emil Selk, a diver, met harbour master Rolf Amsel on Friday.\n\n"
        "“The channel is closing,” Amsel said, holding up a letter from dredging firm owner Jonas Kerr.\n\n"
        "“We warned the council twice,” he told Amsel."
    )
    assert attributed(body)[-1] == ("Emil Selk", "We warned the council twice,")


def test_two_who_could_be_meant_gives_nobody_a_guess():
    body = (
        "Our correspondent sat down with diver Jonas Selk, his cousin Emil Selk and harbour master Rolf Amsel.\n\n"
        "“The channel is closing,” Amsel said.\n\n“We warned the council twice,” he told Amsel."
    )
    said = attributed(body)
    assert ("Emil Selk", "We warned the council twice,") not in said
    assert ("Jonas Selk", "We warned the council twice,") not in said


def test_two_met_by_the_listener_s_side_gives_nobody_a_guess():
    body = (
        "Emil Selk and Rolf Amsel met Jonas Kerr on Friday.\n\n“The channel is closing,” Amsel told Kerr.\n\n"
        "“We warned the council twice,” he told Amsel."
    )
    assert ("Jonas Kerr", "We warned the council twice,") not in attributed(body)
