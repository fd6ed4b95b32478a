"""A teaser cut on an ellipsis is no summary: a saved page's description ('… Jane Roe decided to...') gives the sentence
of the opening it cuts, else nothing; a copied page's standfirst ending '...' is left out; a teaser of the story's lead
run into a photo's caption on its line leaves the lead paragraph in the text, and a wire photo's caption ('FILE - In
this March 2, 2011 file photo, …', '(AP Photo/…)') is never the summary."""

from __future__ import annotations

from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

LEAD = "One day in July 2001, Ines Marlow decided to close all of the harbour board's night shifts."
QUOTE = "“You cannot run a port in the dark,” dock foreman Oskar Brem said after the meeting."


def saved(description: str) -> str:
    head = f'<meta name="description" content="{description}"><meta name="date" content="2014-04-24">'
    body = f"<article><h1>The Quiet Return of Ines Marlow</h1><p>{LEAD}</p><p>{QUOTE}</p></article>"
    page = f"<!doctype html><html><head><title>The Quiet Return of Ines Marlow - Harbour Insider</title>{head}</head><body>{body}</body></html>"
    return import_page(read_saved_page(page.encode(), "page.html"), "page.html", None).markdown


def test_a_description_cut_on_an_ellipsis_gives_the_sentence_it_cuts() -> None:
    assert f'summary = "{LEAD}"' in saved("One day in July 2001, Ines Marlow decided to...")
    assert f'summary = "{LEAD}"' in saved("One day in July 2001, Ines Marlow decided to …")


def test_a_teaser_the_text_does_not_go_on_from_is_no_summary() -> None:
    markdown = saved("Why the harbour went dark and what came next…")
    assert "Why the harbour went dark" not in markdown
    assert f'summary = "{LEAD}"' in markdown


def test_a_whole_description_stays() -> None:
    assert 'summary = "The harbour board closes its night shifts."' in saved("The harbour board closes its night shifts.")


def copied(lines: list[str]) -> str:
    return import_text("\n\n".join(lines) + "\n", "copied.txt").markdown


def test_a_standfirst_cut_on_three_stops_is_left_out() -> None:
    markdown = copied(["The Quiet Return of Ines Marlow", "How the harbour went dark and what the board did next...", "April 24, 2014", LEAD, QUOTE])
    assert f'summary = "{LEAD}"' in markdown


def test_a_teaser_run_into_a_caption_keeps_the_lead_and_the_caption_out_of_the_summary() -> None:
    caption = "FILE - In this March 2, 2011 file photo, Ines Marlow speaks at the harbour board in Harbourton. (AP Photo/Lena Voss, File)"
    teaser = LEAD[:-1] + " …" + caption
    lines = ["Harbour board closes its night shifts", "April 24, 2014", caption, "HARBOURTON (AP) — " + LEAD, QUOTE, "More stories", teaser]
    markdown = copied(lines)
    front = markdown.split("+++")[1]
    assert "FILE" not in front and "AP Photo" not in front
    assert "summary = " in front and "decided to close all of the harbour board's night shifts." in front
    assert "HARBOURTON (AP) — One day in July 2001" in markdown.split("+++")[2]  # the lead stays the story's


def _front(lines: list[str]) -> str:
    return copied(lines).split("+++")[1]


def test_a_photos_caption_over_the_story_is_never_the_summary() -> None:
    header = ["Harbour board closes its night shifts", "Published April 24, 2014", "By Tomas Verlaine"]
    for caption in (
        "Apr. 8: Harbour master Ines Marlow signs the closure order with Mayor Brandt at the old customs house.",
        "March 3, 2014: Dock workers leave the night shift at the east quay.",
        "Photo: Ines Marlow at the harbour board's meeting in Harbourton",
        "Pictured: the east quay after the last night shift",
        "Dock workers leave the east quay on Monday. (Reuters)",
        "Ines Marlow leaves the harbour board's meeting in Harbourton. (Photo: Lena Voss)",
    ):
        front = _front([*header, caption, LEAD, QUOTE])
        assert f'summary = "{LEAD}"' in front, caption
    # an agency's credit over a dated caption: the photo, with its credit
    markdown = copied([*header, "AP", "Apr. 8: Harbour master Ines Marlow signs the closure order at the customs house.", LEAD, QUOTE])
    assert ":credit: AP\n\nApr. 8: Harbour master Ines Marlow signs" in markdown and "(no caption)" not in markdown


def test_a_chronology_and_a_story_paragraph_stay_the_summary() -> None:
    header = ["Harbour board closes its night shifts", "Published April 24, 2014", "By Tomas Verlaine"]
    first = "Apr. 8: The harbour board votes to close the night shifts."
    front = _front([*header, first, "Apr. 9: Dock workers walk out.", "Apr. 12: The board meets the union."])
    assert f'summary = "{first}"' in front  # a chronology's first entry, the next dated so too
    story = "Oil prices rose on Monday as traders weighed the closure of the harbour's night shifts. Brokers said more rises would follow. (Reuters)"
    assert f'summary = "{story}"' in _front([*header, story, QUOTE])  # two sentences: a story's paragraph, credited
    quoted = 'Apr. 8: "We cannot run a port in the dark," Oskar Brem said.'
    assert "summary = " in _front([*header, quoted, LEAD]) and "Oskar Brem said" in _front([*header, quoted, LEAD])


def test_an_agency_credit_line_credits_the_caption_under_it_as_any_caption_line_is_told() -> None:
    header = ["Harbour board closes its night shifts", "Published April 24, 2014", "By Tomas Verlaine"]
    wire = "FILE - In this March 2, 2011 file photo, Ines Marlow speaks at the harbour board in Harbourton."
    markdown = copied([*header, "AP", wire, LEAD, QUOTE])
    assert f":credit: AP\n\n{wire}" in markdown and "(no caption)" not in markdown
    # the near miss: a chronology's first entry under the credit, the next dated so too, stays the chronology's
    entries = ["Apr. 8: The harbour board votes to close the night shifts.", "Apr. 9: Dock workers walk out.", "Apr. 12: The board meets the union."]
    markdown = copied([*header, "AP", *entries, LEAD])
    assert ":credit: AP\n\n(no caption)" in markdown and f"\n\n{entries[0]}\n\n" in markdown.split(":::")[-1]
