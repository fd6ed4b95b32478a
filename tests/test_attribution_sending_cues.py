"""A verb of sending a post or a message right before the colon that opens its words ("Mina Darrow sent: “…”",
"@ana_r shared: “…”") is a cue there only: "sent troops", "sent a letter to the “…”" and "sent: 3 boats" say nothing.
Passages written for these tests, with near misses beside them."""

from __future__ import annotations

from passages import attributed

WORDS = "prayers to all the ferry crews during this storm"


def test_sent_before_a_colon_is_the_senders_words():
    found = attributed(f"The clip was liked widely. Back in Velmar, Mina Darrow sent: “{WORDS}” and asked people to stay in.")
    assert found == [("Mina Darrow", WORDS)]
    assert attributed(f"Back in Velmar, Senator Ada Vorn sent: “{WORDS}” and left the quay.") == [("Ada Vorn", WORDS)]


def test_shared_before_a_colon_is_the_posters_words():
    found = attributed(f"The clip was liked widely. Back in Velmar, Mina Darrow shared: “{WORDS}” and asked people to stay in.")
    assert found == [("Mina Darrow", WORDS)]


def test_a_verb_of_sending_with_an_object_or_a_list_is_no_cue():
    assert attributed(f"Back in Velmar, Mina Darrow sent a letter to the “{WORDS}” and asked people to stay in.") == []
    assert attributed(f"Back in Velmar, Mina Darrow sent troops to the “{WORDS}” and asked people to stay in.") == []
    assert attributed("Back in Velmar, Mina Darrow sent the “ferry crews” home and asked people to stay in.") == []
    assert attributed("Back in Velmar, the council sent: 3 boats, 2 tugs and a “rescue barge” to the quay.") == []
    assert attributed(f"Back in Velmar, Mina Darrow shared the clip: “{WORDS}” and asked people to stay in.") == []
