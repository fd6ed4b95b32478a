"""Credits left over from the held-out rounds 555-581 (policy news, trend reports of posts, blog archives), each rule's
passages written for these tests with invented names and the near miss beside them."""

from __future__ import annotations

from passages import attributed

BOARD = "Members of the Tessel Water Board (TWBs) have asked for an audit of the pumps. The TWBs also raised the cost of repairs.\n\n"
FITTER = "After the board's vote on the pumps, a Norrin Pipes fitter has voiced concern, saying: “The mains are older than the town.”"


def test_they_with_any_verb_after_an_unnamed_speaker_is_nobody_not_a_body_named_before():
    for going_on in (
        "They said: “Half the valves have rusted shut.”",
        "“Half the valves have rusted shut,” they said.",
        "They stressed: “Half the valves have rusted shut.”",
        "They also warned that “half the valves have rusted shut.”",
        "“Half the valves have rusted shut,” they told the Gazette.",
    ):
        assert attributed(BOARD + FITTER + "\n\n" + going_on) == [], going_on
    assert attributed(BOARD + FITTER + " They explained: “Half the valves have rusted shut.”") == []


def test_they_still_means_the_body_that_spoke_before_or_is_named_again_after_the_unnamed_words():
    board = "The Tessel Water Board said in a statement on Friday: “The mains are older than the town.”"
    assert attributed(BOARD + board + "\n\nThey said: “Half the valves have rusted shut.”") == [
        ("Tessel Water Board", "The mains are older than the town."),
        ("Tessel Water Board", "Half the valves have rusted shut."),
    ]
    named_again = (
        "The fund holds 40 million for the purpose of “keeping the taps running in every village.” The Tessel Water Board, "
        "organized by volunteers, has been collecting small gifts. “Every village deserves clean water,” they proclaim."
    )
    assert attributed(named_again) == [("Tessel Water Board", "Every village deserves clean water,")]


def test_a_report_titles_last_word_after_its_verb_phrase_is_no_speaker():
    for titled in (
        "The Counting the Cost, Planning the Repair report stated that the valley “faces a lost decade.”",
        "The Counting the Cost report warns that the valley “faces a lost decade.”",
        "The Tessel Board's 2019 Water and Towns: Mending the Mains, Sharing the Bill study found that the valley “faces a lost decade.”",
        "The 2019 report, Mending the Mains, Sharing the Bill, stated that the valley “faces a lost decade.”",
    ):
        assert attributed(titled) == [], titled
    # near misses: a body's report speaks for the body, and a person after a participle phrase still speaks
    assert attributed("The Tessel Board report stated that the valley “faces a lost decade.”") == [("Tessel Board", "faces a lost decade.")]
    assert attributed("Leaving the hearing, Verin Tosk said the valley “faces a lost decade.”") == [("Verin Tosk", "faces a lost decade.")]


def test_an_accounts_post_with_a_relative_clause_before_the_verb_is_the_owners():
    assert attributed("The Joss Keller tweet that drove the debate asked its readers, “Who pays for the new pumps?”") == [
        ("Joss Keller", "Who pays for the new pumps?")
    ]
    assert attributed("The @joss_k post which was shared most asked: “Who pays for the new pumps?”") == [("@joss_k", "Who pays for the new pumps?")]
    # near miss: a post with no owner named is nobody's
    assert attributed("The tweet that drove the debate asked its readers, “Who pays for the new pumps?”") == []


def test_a_bodys_communication_bureau_speaks_for_the_body():
    for bureau in (
        "Norrin communication bureau in Tessel rebutted the zoning claims and declared: “The pit meets every rule.”",
        "The Norrin communications bureau said: “The pit meets every rule.”",
        "Norrin press bureau stated: “The pit meets every rule.”",
    ):
        assert attributed(bureau) == [("Norrin", "The pit meets every rule.")], bureau
    # near misses: a person of the bureau speaks for herself, and a bureau named by no one is nobody
    assert attributed("Ilse Marr of the Norrin communication bureau said: “The pit meets every rule.”") == [
        ("Ilse Marr", "The pit meets every rule.")
    ]
    assert attributed("The communication bureau declared: “The pit meets every rule.”") == []


def test_a_party_in_a_persons_apposition_describes_him_and_never_speaks():
    told = "dismisses the ‘Farms v. Clean Water’ framing as a false choice, he told the Gazette: “Clean rivers matter as much as bread.”"
    for apposition in (
        "the Vardenian Green nominee for mayor",
        "the Harbour Labour candidate in the north ward",
        "chair of the Vardenian Green Party",
    ):
        assert attributed(f"Piet Molen, {apposition}, {told}") == [("Piet Molen", "Clean rivers matter as much as bread.")], apposition


def test_the_words_of_a_sign_named_with_what_it_reads_are_nobodys_whatever_the_verb():
    for display in (
        "Protesters pointed to the signs on the gate reading: “No water, no peace.”",
        "Marta Lind pointed to the signs on the gate, reading: “No water, no peace.”",
        "Marta Lind held up a banner reading “No water, no peace.”",
        "Marta Lind pointed to a placard that read: “No water, no peace.”",
    ):
        assert attributed(display) == [], display
    # near misses: the one who points at the sign and says the words, or reads it aloud, speaks
    assert attributed("Marta Lind pointed to the signs on the gate and said: “No water, no peace.”") == [("Marta Lind", "No water, no peace.")]
    assert attributed("Marta Lind, reading the sign aloud, said: “No water, no peace.”") == [("Marta Lind", "No water, no peace.")]


def test_they_said_after_a_bystanders_shout_is_still_the_people_named_together():
    pair = "Union leaders Ola Ibe and Tomas Brandt met the board. A worker shouted “Liars!” as they left.\n\n"
    assert attributed(pair + "They said: “We will strike on Friday.”") == [
        ("Ola Ibe", "We will strike on Friday."),
        ("Tomas Brandt", "We will strike on Friday."),
    ]
    # near miss: words they add go on with the one left unnamed
    assert attributed(pair + "They added: “We will strike on Friday.”") == []
