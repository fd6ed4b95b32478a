"""A legislature's notices of motion as a plain-text export (a Hansard's order of business): the member's turn that moves
the motion, the motion's opening clause led on by a dash ("That the Council -") over its numbered points. Passages of our
own, each with a near miss."""

from __future__ import annotations

import textwrap

from imported import PROSE, body_text, built, headings


def motions(clause: str, count: int = 3) -> str:
    members = ["Mr J K ROEBUCK", "Ms R T VANE", "Mr P Q NARWEN", "Dr A B OSTEN"]
    places = ["Kestrel Bay", "the Ombre estuary", "Port Tallis", "the northern slipway"]
    asks = ["reopen it before the season", "pay the fishers for the lost weeks", "publish the engineers' report", "meet the harbour board"]
    parts = ["Order Paper of the Provincial Assembly", "", f"{PROSE}.", "", "NOTICES OF MOTION", ""]
    for number in range(count):
        parts += [
            f"{members[number]}: Chairperson, I move:",
            "",
            f"  {clause}",
            "",
            f"  (1) notes that the harbour at {places[number]} has been closed for {number + 2} weeks, and that its fishers have no berth;",
            "",
            f"  (2) calls on the Minister to {asks[number]}.",
            "",
        ]
    return "\n".join(parts) + "\n"


def wrapped(text: str) -> str:
    """The paper as a Hansard's text file sets it: each paragraph hard-wrapped to its column, the prose made longer."""
    text = text.replace(f"{PROSE}.", " ".join(f"{PROSE}, and the board met again on day {n}." for n in range(1, 9)))
    return "\n\n".join(textwrap.fill(block, 72, subsequent_indent="       ") for block in text.split("\n\n")) + "\n"


def test_a_motions_opening_clause_stays_in_the_text_and_is_no_heading():
    result, report = built(motions("That the Assembly -"))
    assert body_text(report).count("That the Assembly -") == 3
    assert not any("That the Assembly" in h for h in headings(report))
    assert not result.dropped


def test_the_clause_in_another_language_is_no_caption_credit():
    """'Dat die Vergadering -': a name's words are capitalised, a clause's are not; it is no photo's caption cut to a name."""
    result, report = built(motions("Dat die Vergadering -", count=1))
    assert "Dat die Vergadering -" in body_text(report)
    assert "caption credit" not in result.dropped


def test_a_caption_cut_to_a_name_and_a_dash_is_still_dropped():
    """Near miss: a name over a dash ('Jan van Rijn -', a particle inside it) is a photo's caption cut to its subject."""
    result, _ = built(f"Harbour board rejects fee motion\n\n{PROSE}.\n\nJan van Rijn -\n\n{PROSE}, again.\n")
    assert result.dropped.get("caption credit") == ["Jan van Rijn -"]


def test_a_members_turn_moving_a_motion_is_no_heading():
    _, report = built(motions("That the Assembly -"))
    assert "Mr J K ROEBUCK: Chairperson, I move:" in body_text(report)
    assert not any("I move" in h for h in headings(report))


def test_a_speaker_shaped_headline_in_title_case_stays_a_heading():
    """Near miss: a headline that quotes someone in title case ('Minister Roe: I Will Not Stand Down') is a heading."""
    _, report = built(
        f"Order Paper of the Provincial Assembly\n\n{PROSE}.\n\nMinister Roe: I Will Not Stand Down\n\n{PROSE}, again.\n\n{PROSE}, and more.\n"
    )
    assert "Minister Roe: I Will Not Stand Down" in headings(report)


def test_the_clause_of_every_motion_on_a_long_paper_is_no_running_head():
    """Four motions or more, each opening 'That the Assembly -': the clause recurs as a running head would, but it leads on
    into the points under it; a running head leads into nothing."""
    result, report = built(wrapped(motions("That the Assembly -", count=4)))
    assert body_text(report).count("That the Assembly -") == 4
    assert "running head or page number" not in result.dropped


def test_a_line_recurring_with_no_dash_is_still_a_running_head():
    """Near miss: the paper's own name, printed over each of its pages, is a running head, dropped."""
    page = textwrap.fill(" ".join(f"{PROSE}, and the board met again on day {n}." for n in range(1, 6)), 72)
    result, _ = built("Order of business\n\n" + "".join(f"Provincial Assembly Order Paper\n\n{page}\n\n" for _ in range(5)))
    assert len(result.dropped.get("running head or page number", [])) >= 4


# -- papers tabled: a lettered list ------------------------------------------------------------------------------------


def tabled(third: str) -> str:
    return (
        f"Papers laid on the table\n\n{PROSE}.\n\nThe Minister of Harbours tabled three reports:\n\n"
        "         (a)     Report of the Auditor-General on the Kestrel Fund for 2016-17.\n\n"
        "         (b)     Report of the Auditor-General on the Kestrel Fund for 2017-18.\n\n"
        f"{third}\n\nThe reports were referred to the committee on harbours.\n\n{PROSE}, again.\n"
    )


def test_a_lettered_lists_third_item_with_a_year_is_no_copyright_line():
    result, report = built(tabled("         (c)     Report of the Auditor-General on the Kestrel Fund for 2018-19."))
    assert "Kestrel Fund for 2018-19" in body_text(report)
    assert "copyright line" not in result.dropped


def test_a_copyright_line_after_a_lettered_list_is_still_dropped():
    """Near miss: '(c) Kestrel Harbour Board 2019' standing apart from the list (no '(b)' over it) is the copyright line."""
    text = (
        "Papers laid on the table\n\n(c) Kestrel Harbour Board 2019\n\n"
        + tabled("         (d)     Report of the harbour master for 2018-19.").split("\n\n", 1)[1]
    )
    result, _ = built(text)
    assert result.dropped.get("copyright line") == ["(c) Kestrel Harbour Board 2019"]


# -- the title of a Hansard's text with no pages marked ----------------------------------------------------------------

WORDS = "harbour board minister fishers berth levy slipway estuary pilots dredging tide quay ledger tender audit season".split()


def sitting(k: int) -> str:
    said = [
        f"On day {n} the {WORDS[(k * 3 + n) % 16]} and the {WORDS[(k * 5 + 2 * n) % 16]} were raised by member {k * 7 + n}, "
        f"who asked about the {WORDS[(k + 3 * n) % 16]}."
        for n in range(1, 7)
    ]
    return textwrap.fill(" ".join(said), 72)


def order_paper(heading: str) -> str:
    """A day's proceedings as a text file: the date, the heading between rules, the debate hard-wrapped, then the papers
    tabled, each item wrapped alike (its second line recurring as a running head would)."""
    body = "\n\n".join(sitting(k) for k in range(1, 9))
    items = "\n\n".join(
        f"         ({c})     Report of the Auditor-General on the Financial Statements\n"
        f"              of the Kestrel Harbour Development Fund for 20{y}-\n              {y + 1} [RP {100 + y}-2020]."
        for c, y in zip("abcd", range(11, 15), strict=True)
    )
    items += "\n\n         (e)     Report of the harbour master on the Statements of the\n              Kestrel Harbour Development Fund for 2015-16."
    rule = " " * 36 + "____"
    return f"\nTUESDAY, 3 MARCH 2020\n{rule}\n\n              {heading}\n{rule}\n\n{body}\n\nPAPERS TABLED\n\n{items}\n\n{body.replace('member', 'delegate')}\n"


def test_a_line_recurring_far_down_an_unpaged_text_is_no_title():
    """With no pages marked the whole text is no 'first page': a wrapped line of the papers tabled that recurs, its words
    also said across two lines there, is not the title the first page prints; the heading between the rules is."""
    _, report = built(order_paper("ORDER PAPER OF THE KESTREL ASSEMBLY"))
    assert report.title == "Order Paper of the Kestrel Assembly"  # set in capitals, read in title case


# -- a record's page heads and its questions put (a PDF's text with no pages marked) --------------------------------------


def committee(head: str = "Kestrel Assembly Debates", dates: tuple[str, ...] = ("9 March 2011",) * 5) -> str:
    """A committee of the whole going through a bill's clauses, page heads ('Page 2' / '1202' / the sitting's date) between
    its lines, each clause's question put and agreed in the same words."""
    lines = ["COMMITTEE OF THE WHOLE", "MS CHAIR:  The Honourable Minister Arlo Venn."]
    for k in range(1, 6):
        lines += [f"Clause {k} -  {WORDS[k].capitalize()} and {WORDS[k + 5]}.", "The question is:", f"That Clause {k} Stand Part of the Bill"]
        debate = textwrap.fill(sitting(k), 72).split("\n")
        lines += [*debate[:3], f"Page {k + 1}", head, str(1200 + k), dates[k - 1], *debate[3:], "Motion agreed to"]
    return "\n".join(lines) + "\n"


def test_a_records_questions_put_are_kept_as_its_text_and_its_page_heads_date_it():
    result, report = built(committee())
    text = body_text(report)
    assert text.count("The question is:") == 5 and text.count("Motion agreed to") == 5
    assert text.count("That Clause 3 Stand Part of the Bill") == 1
    assert not any("question is" in h or h.startswith("That Clause") for h in headings(report))
    assert sorted(set(result.dropped["running head or page number"])) == sorted(
        {"Kestrel Assembly Debates", "9 March 2011"} | {f"Page {k}" for k in range(2, 7)} | {str(1200 + k) for k in range(1, 6)}
    )
    assert str(report.date) == "2011-03-09"


def test_page_heads_that_print_two_dates_do_not_date_the_record():
    """Near miss: heads printing two days (a record running past midnight) name no one sitting day."""
    _, report = built(committee(dates=("9 March 2011",) * 3 + ("10 March 2011",) * 2))
    assert str(report.date) != "2011-03-09"
