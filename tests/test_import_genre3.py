"""Import rules for patterns of the genre met in the held-out texts 191-201 (a think tank's policy paper, a live-updates
page run as text, a reposted commentary): headings in capitals with a full stop, a live page's long entry headlines, a
title over its subtitle, a pull quote repeating a one-sentence paragraph. Each rule on a small passage of our own, with
a near miss beside it that must not trigger it."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

LONG = f"{PROSE}. {PROSE}, and the talks went on into the night."


def paper(*lines: str) -> str:
    return "\n\n".join(["Rivals In The Long Run", "March 9, 2023", *lines]) + "\n"


# --- (1) a policy paper's lessons in capitals, ending in a full stop ----------------------------------------------------


def test_capitals_headings_ending_in_a_full_stop_over_prose_are_sections():
    _, report = built(
        paper(
            "WHAT THE COLD WAR TEACHES",
            LONG,
            "LESSON ONE: ALLIANCES OUTLAST THE QUARRELS THAT MADE THEM.",
            LONG,
            "LESSON TWO: THE U.S. CANNOT CHOOSE ITS RIVAL'S AIMS.",
            LONG,
        )
    )
    assert headings(report) == [
        "WHAT THE COLD WAR TEACHES",
        "LESSON ONE: ALLIANCES OUTLAST THE QUARRELS THAT MADE THEM.",
        "LESSON TWO: THE U.S. CANNOT CHOOSE ITS RIVAL'S AIMS.",
    ]


def test_two_sentences_in_capitals_a_capitals_line_over_capitals_or_a_long_one_stay_text():
    _, report = built(
        paper(
            "WHAT THE COLD WAR TEACHES",
            LONG,
            "DRAFT FOR COMMENT. DO NOT CITE WITHOUT PERMISSION.",
            LONG,
            "THE VIEWS EXPRESSED HERE ARE THE AUTHORS' OWN.",
            "THIS PAPER HAS NOT BEEN PEER REVIEWED. IT IS SHARED FOR DISCUSSION ONLY.",
            "NEITHER THE INSTITUTE NOR ITS FUNDERS TAKE INSTITUTIONAL POSITIONS ON PUBLIC POLICY ISSUES, AND THE PAPER'S FINDINGS AND"
            " CONCLUSIONS ARE THOSE OF ITS AUTHORS ALONE AND SHOULD NOT BE READ AS ANY OTHER BODY'S.",
            LONG,
        )
    )
    assert headings(report) == ["WHAT THE COLD WAR TEACHES"]
    assert "DRAFT FOR COMMENT. DO NOT CITE" in body_text(report) and "AUTHORS' OWN." in body_text(report)
    assert "THEIR AUTHORS ALONE" not in body_text(report) and "ITS AUTHORS ALONE" in body_text(report)
