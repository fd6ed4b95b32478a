"""A PDF's page footnotes run together on one line ('1 Jane Roe, Press conference, 4 May 2019 2 Harbour Herald, 5 May
2019 3'), the last one's words carried to the line under it, as a library's copy of a speech's or a brief's PDF text
gives them with each page's number alone on a line: one note each, never a heading or a figure. Passages of our own,
with near misses."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

PAGE = f"{PROSE}, and the inspectors agreed with them. {PROSE}, and the council met again. {PROSE}, as the port said."


def speech(first_foot: str, carried: str) -> str:
    return (
        "Ferry checks after the capsize\n\n2019-05-14\n\n1\n\n"
        f"{PAGE}\n\nThe board heard that the log of the ferry was incomplete1. The chair called the checks “too late”2.\n\n"
        f"{PAGE}\n\nThe minister answered that the checks had been made in April and May3.\n\n"
        f"{first_foot}\n\n{carried}\n\n2\n\n"
        f"{PAGE}\n\nThe harbour master said the pilots had warned of the “worn hull”4. Nothing was done about the wharf5.\n\n"
        "4 Tom Vale, Radio Harbour, 6 May 2019 5 Ibid.\n\n3\n\n"
        f"{PAGE}\n\nThe inquiry will report in the autumn.\n"
    )


def test_page_footnotes_run_together_on_a_line_are_one_note_each():
    text = speech("1 Jane Roe, Press conference, 4 May 2019 2 Harbour Herald, 3 June 2019 3", "Port Board, Annual Report, 2019")
    _, report = built(text)
    assert sorted(report.notes, key=int) == ["1", "2", "3", "4", "5"]
    assert all(n.defined and n.citations for n in report.notes.values())
    assert report.notes["2"].text == "Harbour Herald, 3 June 2019"  # '3 June' is the note's date, no next note
    assert report.notes["3"].text == "Port Board, Annual Report, 2019"  # its words on the line under the run
    assert report.notes["5"].text.startswith("Ibid")
    assert not headings(report)


def test_a_page_cited_at_the_end_of_a_note_carries_no_note_over():
    # near miss: '… p. 3' closing the line is the page the note cites; the line under it is no note's words
    text = speech("1 Jane Roe, Press conference, 4 May 2019 2 Harbour Herald, p. 3", "3 Port Board, Annual Report, 2019")
    _, report = built(text)
    assert report.notes["2"].text == "Harbour Herald, p. 3"
    assert report.notes["3"].text == "Port Board, Annual Report, 2019"


BODY_UNDER_NOTES = "The council then met for the third time and agreed to fund the pilots for another year on the quay."


def test_a_note_closing_in_a_table_or_appendix_number_cites_it_and_carries_no_body_paragraph():
    # 'Appendix 3' closing the run is the appendix the note cites: the paragraph under it stays the text's own
    carried = "In 2019 12 Harbour Board members met 13 times and the wharf stayed shut for 40 days while the pilots waited."
    _, report = built(speech("1 Jane Roe, Press conference, 4 May 2019 2 Port Board, Annual Report, Appendix 3", carried))
    assert report.notes["2"].text == "Port Board, Annual Report, Appendix 3"
    assert carried[:40] in body_text(report)
    assert not report.notes.get("3") or not report.notes["3"].text.startswith("In 2019")


def test_a_long_paragraph_under_a_run_closing_in_a_number_is_no_note():
    # a carried note's words are note-sized: a paragraph of the page's length under the run stays the text's
    carried = f"{PAGE} The wharf stayed shut for forty days."
    _, report = built(speech("1 Jane Roe, Press conference, 4 May 2019 2 Harbour Herald, 3 June 2019 3", carried))
    assert report.notes["2"].text == "Harbour Herald, 3 June 2019 3"
    assert not any(note.text.startswith(PROSE[:40]) for note in report.notes.values())
    assert "The wharf stayed shut for forty days." in body_text(report)


def test_a_number_before_a_bracket_or_a_quote_mark_is_the_note_s_own():
    _, report = built(
        speech("1 Jane Roe, Press conference, 4 May 2019 2 Port Board minutes, item 3 (a) 3 Harbour Herald, 2 May 2019", BODY_UNDER_NOTES)
    )
    assert report.notes["2"].text == "Port Board minutes, item 3 (a)"
    assert report.notes["3"].text == "Harbour Herald, 2 May 2019"
    _, report = built(
        speech("1 Jane Roe, Press conference, 4 May 2019 2 Census 2016, Table 3 “Ages of pilots” 3 Harbour Herald, 2 May 2019", BODY_UNDER_NOTES)
    )
    assert report.notes["2"].text == "Census 2016, Table 3 “Ages of pilots”"
    assert report.notes["3"].text == "Harbour Herald, 2 May 2019"
    assert BODY_UNDER_NOTES[:40] in body_text(report)


def test_a_page_number_over_a_list_whose_bullets_stand_alone_is_the_pages():
    page = f"{PAGE}\n\n{PAGE}\n\n{PAGE}"
    text = (
        f"Ferry checks after the capsize\n\n2019-05-14\n\n{page}\n\n2\n\n•\n\n•\n\n"
        "The council will fund two more inspectors for the northern wharves and the ferry terminal this year; "
        "The port will publish its checks every month on its website for the public to read.\n\n"
        f"{page}\n\n3\n\n{page}\n"
    )
    _, report = built(text)
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert not any(p.strip() in {"2", "3"} for p in paragraphs)
    # near miss: a number alone over a heading and no page's worth of words is no page's number
    _, short = built("Ferry checks\n\n2019-05-14\n\nThe council met.\n\n2\n\n•\n\nTwo more inspectors.\n")
    assert any(p.text.strip() == "2" for s in short.sections for p in s.paragraphs)
