"""A PDF's text whose page footnotes run together into one paragraph ('1 Q4, Q9 2 Harbour Board (HB0003) 3 …')."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

SENTENCES = [
    "The harbour board counted more barges at the northern locks this autumn than in any season since the dredging began.",
    "Its engineers expect the count to rise again once the second basin opens to traffic in the new year.",
    "Shippers who moved grain by rail last year have begun to book berths, drawn by a lower tariff.",
    "The quays were built for lighter hulls and a dry summer would leave the deepest channel too shallow.",
    "A convoy of six barges now waits two days at the upper gate before a pilot can take it through.",
    "The board has asked the ministry for money to widen the gate and to deepen the approach channel.",
    "Fishermen fear that the dredged silt will be dumped on the banks where the spring runs are caught.",
    "The grain traders say the locks have become the slowest part of the route from the plains to the coast.",
    "Two of the older lock keepers retired this year and the board has not yet found anyone to replace them.",
    "Each of the lower gates was last rebuilt in the decade after the war, with timber from the hill forests.",
    "An engineering firm from the capital has offered to survey the upper basin before the winter floods come.",
    "Pleasure boats, which once filled the basin in summer, now keep to the southern canal and its moorings.",
    "The river police report fewer thefts from moored barges since lights were put up along the towpath.",
    "The board meets again in the spring, when it will set the tolls and the hours of the locks for the year.",
]
RUN = "1 Q4, Q9, Harbour Board (HB0003) 2 Q12 3 Pilots’ Guild (HB0007), Grain Shippers (HB0011) 4 As above"


def wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 70))


def report(foot: str, after_foot: str = "", markers: bool = True) -> str:
    s = SENTENCES
    one, two = ("a year.1", "summer.2") if markers else ("a year.", "summer.")
    body = [
        "===== PDF_PAGE 1 =====\nSilt in the northern locks",
        wrapped(f"{s[0]} {s[1]} Dredging costs rose by a third in {one} The board blamed the dry {two} {s[2]}"),
        wrapped(f"{s[3]} Shippers asked for a new tariff.3 {s[4]} {s[5]} The pilots agreed with them.4"),
        wrapped(foot),
        wrapped(f"{after_foot}{s[6]} {s[7]} The ministry has promised a review of the locks by the spring.5 {s[8]}"),
        wrapped(f"{s[9]} {s[10]} {s[11]} {s[12]} {s[13]}"),
    ]
    return "\n\n".join(body) + "\n"


def test_a_page_of_footnotes_run_together_is_one_note_each_and_the_glued_numbers_cite_them() -> None:
    markdown = import_text(report(RUN), "locks.txt").markdown
    assert "[^1]: Q4, Q9, Harbour Board (HB0003)\n" in markdown
    assert "[^3]: Pilots’ Guild (HB0007), Grain Shippers (HB0011)\n" in markdown
    assert "[^4]: As above\n" in markdown
    assert "a year.[^1] The board blamed the dry summer.[^2]" in markdown


def test_footnotes_run_into_the_paragraph_the_page_cut_leave_its_words() -> None:
    cut = f"{SENTENCES[13]} The pilots said the channel was too shallow for {RUN}"
    markdown = import_text(report(cut, after_foot="loaded convoys. "), "locks.txt").markdown
    assert "[^4]: As above\n" in markdown
    assert "too shallow for loaded convoys." in markdown


def test_numbers_in_a_paragraph_that_no_glued_marker_cites_stay_text() -> None:
    near = f"{SENTENCES[13]} The board ranked the locks 1 North 2 Basin 3 Quay 4 South in its survey."
    markdown = import_text(report(near, markers=False), "locks.txt").markdown
    assert "ranked the locks 1 North 2 Basin 3 Quay 4 South in its survey." in markdown
