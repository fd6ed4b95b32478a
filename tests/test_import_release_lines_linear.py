"""A release's masthead line and a headline's glued stamp are read in linear work however long a run of spaces in them
('Media Release by The Hon Jane' + thousands of spaces): no search may start an unbounded whitespace run at every one of
the run's positions (each then reads the rest of the run). Checked on the patterns' shape, no clock. Passages of our own."""

from __future__ import annotations

from dossier.importmeta import GLUED_STAMP
from dossier.releaseissuer import SEAT_LETTERS, office_holder


def test_the_seat_letters_search_opens_on_one_whitespace_character():
    assert SEAT_LETTERS.pattern.startswith(r"\s(?:")  # not '\s+': tried at each position of a run, read to its end


def test_the_glued_stamp_enters_the_run_after_the_title_only_at_its_first_space():
    assert r"(?<!\s)\s+(?P<stamp>" in GLUED_STAMP.pattern  # the lazy title may end anywhere in the run, the '\s+' only at its start


def test_near_miss_the_seat_and_the_stamp_are_still_read():
    assert office_holder("Media Release by The Hon Nora Varga MP") == ("Nora Varga", "")
    assert office_holder("• NORA VARGA MP Minister for Ports") == ("Nora Varga", "Minister for Ports")
    assert office_holder("Media Release by The Hon Nora Varga \t  MP") == ("Nora Varga", "")
    glued = GLUED_STAMP.match("Harbour board agrees to dredge the channel Updated Nov 06, 2012 at 05:30pm")
    assert glued is not None and glued.group("title") == "Harbour board agrees to dredge the channel"
