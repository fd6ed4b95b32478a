"""A web address written out in an imported text ('see the Harbour Post: https://…') is a link to itself, in the text
and in its notes, as it was on the page it was copied from; the stop, bracket or note marker after it stays the
sentence's. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text

ADDRESS = "https://harbourpost.example/news/tugs_deal-2024"
OPENING = "The board signed the contract with Tugco on 1 March 2024, a week after the tender closed, the watchdog said."


def imported(text: str, name: str = "release.txt") -> str:
    return import_text(text, name).markdown


def test_an_address_in_the_text_is_a_link_and_its_stop_stays_the_sentences():
    for name, front in (("release.txt", "Harbour Board Buys New Tugs\n\n"), ("release.md", '---\ntitle: "Harbour Board Buys New Tugs"\n---\n\n')):
        markdown = imported(f"{front}{OPENING}\n\nFor details of the contract see the Harbour Post: {ADDRESS}.\n", name)
        assert f"see the Harbour Post: [{ADDRESS}](<{ADDRESS}>)." in markdown, name
        report = read_report(markdown, "reports/x.md")
        html = "".join(s.html for s in report.sections)
        assert f'<a href="{ADDRESS}">{ADDRESS}</a>.' in html, name


def test_an_address_in_brackets_or_before_a_note_marker_ends_before_them():
    markdown = imported(
        f"Harbour Board Buys New Tugs\n\n{OPENING}\n\nThe deal is on the board's site (see {ADDRESS}), the watchdog said.[1]\n\n"
        f"Notes\n\n1. Harbour Watch, tender record, {ADDRESS}[2] and the minutes.\n"
    )
    assert f"(see [{ADDRESS}](<{ADDRESS}>)), the watchdog said." in markdown
    assert f"[{ADDRESS}](<{ADDRESS}>)" in markdown.split("[^1]:")[1]


def test_words_that_name_no_address_stay_as_written():  # near miss
    for line in ("The board's site, harbourpost.example, lists the deal.", "The scheme https is named in the contract's annex."):
        markdown = imported(f"Harbour Board Buys New Tugs\n\n{OPENING}\n\n{line}\n")
        assert "](<" not in markdown, line


def test_an_address_holding_one_pair_of_brackets_is_linked_whole():
    wiki = "https://harbourwiki.example/wiki/Quay_(Harbour)"
    markdown = imported(f"Harbour Board Buys New Tugs\n\n{OPENING}\n\nThe old quay is described at {wiki} for readers.\n")
    report = read_report(markdown, "reports/x.md")
    html = "".join(s.html for s in report.sections)
    assert f'<a href="{wiki}">' in html
    inside = imported(f"Harbour Board Buys New Tugs\n\n{OPENING}\n\nThe quay is old (see {ADDRESS}), the watchdog said.\n")
    assert f"(see [{ADDRESS}](<{ADDRESS}>)), the watchdog" in inside  # near miss: a bracket closing the sentence's aside
