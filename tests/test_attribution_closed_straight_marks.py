"""A paragraph whose straight quotation mark closes its quote ('…," said X. "It is late."') opens no quotation: the
paragraph after it ending in a colon is a new lead-in, not a preamble read out by X, and the block quote under it is
not X's. A paragraph left open on a straight mark ('X said: "') still reads the preamble out. Passages written for
these tests."""

from __future__ import annotations

from passages import attributed

QUOTED = '"Nobody walks the old towpath any more," said farmer Ilse Varnholt, pointing at the reeds. "It is a ditch now."'
BLOCK = "> Of course, the towpath could, if the roads flooded, still be walked. But the shire keeps no map of it."


def test_a_block_under_a_reporter_s_lead_in_is_not_the_speaker_above_whose_quote_closed():
    lead_in = "Most of the path is now grazing land. A Courier reporter walking it in 1978 described it this way:"
    credited = attributed(f"{QUOTED}\n\n{lead_in}\n\n{BLOCK}")
    assert all(not quote.startswith("Of course") for name, quote in credited if name == "Ilse Varnholt")


def test_the_same_with_curly_marks_is_not_the_speaker_above_either():
    curly = QUOTED.replace('"N', "“N").replace(',"', ",”").replace('"I', "“I").replace('."', ".”")
    lead_in = "Most of the path is now grazing land. A Courier reporter walking it in 1978 described it this way:"
    credited = attributed(f"{curly}\n\n{lead_in}\n\n{BLOCK}")
    assert all(not quote.startswith("Of course") for name, quote in credited if name == "Ilse Varnholt")


def test_a_preamble_after_a_straight_mark_left_open_is_still_read_out_by_the_speaker():
    opened = 'At the hall, the chair of the Velm council, Ilse Varnholt, said: "'
    preamble = "The council, having heard the shire, resolved as follows:"
    credited = attributed(f"{opened}\n\n{preamble}\n\n> The towpath will be mapped again and kept open to walkers all year.")
    assert credited and credited[-1][0] == "Ilse Varnholt"


def test_an_inch_mark_in_a_height_is_no_quotation_mark():
    quoted = 'The fence is 6\'2" high. "Nobody climbs it," said farmer Ilse Varnholt, pointing. "It is a fortress."'
    lead_in = "Most of the path is now grazing land. A Courier reporter walking it in 1978 described it this way:"
    credited = attributed(f"{quoted}\n\n{lead_in}\n\n{BLOCK}")
    assert all(not quote.startswith("Of course") for name, quote in credited if name == "Ilse Varnholt")


def test_a_paragraph_ending_on_a_height_opens_no_quotation():
    cue = 'Farmer Ilse Varnholt, "the tallest in the shire," said she stands 6\'2"'
    lead_in = "A Courier reporter walking the path in 1978 described it this way:"
    credited = attributed(f"{cue}\n\n{lead_in}\n\n{BLOCK}")
    assert all(not quote.startswith("Of course") for name, quote in credited if name == "Ilse Varnholt")
