"""A PDF's text of a committee's or an inquiry's report as pdftotext gives it: the chapter's label over its name in
capitals, paragraphs numbered '1.1', '1.2', a running head at each page's top and its number at its foot, form feeds
between the pages, and each page's footnotes at its foot, a long one wrapped onto a second line that several notes share
('January-2021.pdf', a web address). The report here is made up for the tests."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Quayside Review Panel Report on Pilotage"
NOTE_FILE = ["Transcript-of-Afternoon-Session-12-", "March-2021.pdf"]


def note(key: int, cite: str, wrapped: bool) -> list[str]:
    if wrapped:
        return [f"{key}   {cite}, Ivo Marsk, {NOTE_FILE[0]}", NOTE_FILE[1]]
    return [f"{key}   Q{200 + key}, Ivo Marsk,", f"http://www.example.net/panel/evidence/2021/{300 + key}.htm"]


PAGES = [
    (
        [
            "2.1 The chief pilot, Ivo Marsk, took up the post in the autumn of 2020 after twelve",
            "years at sea. He had run the harbour's training launch for most of that time.",
            "",
            "2.2 He told the Panel that the pilot boats were not raised with him at handover as",
            "an urgent matter. He said that there was:1",
            "",
            "      “a backlog of repairs on two of the three boats, and no money set aside for it.”",
            "",
            "2.3 In the event, he had what he called ‘a rude awakening’ within a month.2",
        ],
        [note(1, "p7, lines 3-9", True), note(2, "", False)],
    ),
    (["2.4 The Panel asked him about the launches. He said that “each will be surveyed in turn.”3"], [note(3, "p12, lines 1-4", True)]),
    (["2.5 The Panel then asked about the night roster. He replied that “it is full every week.”4"], [note(4, "p15, lines 2-6", True)]),
    (["2.6 Last he was asked about the fees. He said only that “the fees are for the board.”5"], [note(5, "", False)]),
]


def dump(pages: list[tuple[list[str], list[list[str]]]], opening: list[str], first_page: int = 31) -> str:
    lines = [HEAD, "", *opening]
    for number, (text, notes) in enumerate(pages):
        if number:
            lines += [f"\f{HEAD}", ""]
        lines += [*text, "", *[line for lines_of_note in notes for line in lines_of_note], "", str(first_page + number)]
    return "\n".join(lines) + "\n\f"


CHAPTER = ["CHAPTER 2", "THE PANEL AND THE PILOTS", "", "1. Background", ""]


def notes_of(report) -> dict[str, str]:
    return {key: n.text for key, n in report.notes.items() if n.defined}


def test_a_numbered_paragraphs_number_is_never_read_as_a_note_marker():
    """'2.1 The chief pilot …' with notes 1 and 2 on the page: the paragraph keeps its number, and notes 1 and 2 are each
    cited once, where the text cites them."""
    result, report = built(dump(PAGES, CHAPTER))
    text = body_text(report)
    for number in ("2.1 The chief pilot", "2.2 He told the Panel", "2.3 In the event", "2.6 Last he was"):
        assert number in text, number
    assert "[^1] The chief" not in result.markdown and "2.[^" not in result.markdown
    assert {key: len(n.citations) for key, n in report.notes.items()} == {str(k): 1 for k in range(1, 6)}


def test_near_miss_a_number_glued_to_a_sentences_end_is_still_a_marker():
    """The note numbers that end the paragraphs ('… within a month.2') are the notes' markers, paragraph numbers or not."""
    result, _ = built(dump(PAGES, CHAPTER))
    assert "within a month.[^2]" in result.markdown
    assert "surveyed in turn.”[^3]" in result.markdown


def test_a_footnotes_wrapped_line_shared_by_several_notes_is_the_notes_not_a_running_head():
    """'March-2021.pdf' under '… Transcript-of-Afternoon-Session-12-' on three pages recurs as a running head does, but it
    goes on a footnote's line right above it: each note keeps it, and a note ending on a comma keeps its web address."""
    _, report = built(dump(PAGES, CHAPTER))
    notes = notes_of(report)
    for key in ("1", "3", "4"):
        assert notes[key].replace(" ", "").endswith("Session-12-March-2021.pdf"), notes[key]
    assert notes["2"].endswith("/2021/302.htm") and notes["5"].endswith("/2021/305.htm")


def test_near_miss_the_running_head_and_page_numbers_are_still_the_pages():
    _, report = built(dump(PAGES, CHAPTER))
    text = body_text(report)
    assert HEAD not in headings(report) and HEAD not in text
    for number in ("31", "32", "33", "34"):
        assert f"\n{number}\n" not in f"\n{text}\n"


def test_a_two_page_pdf_text_is_read_as_one_by_its_pages_edges():
    """Two pages, form feeds between them: too few for a running head to recur on three pages, but the same line heads
    both pages and the pages' numbers close them counting up (31, 32): the text is a PDF's, its notes are notes, and
    neither the head nor the numbers is a heading or a paragraph."""
    _, report = built(dump(PAGES[:2], CHAPTER))
    assert report.title == HEAD
    assert sorted(notes_of(report)) == ["1", "2", "3"]
    assert HEAD not in headings(report)
    text = body_text(report)
    assert "\n31\n" not in f"\n{text}\n" and "\n32\n" not in f"\n{text}\n"
    assert "March-2021.pdf" not in text


def test_near_miss_two_pages_opening_and_closing_on_different_lines_keep_them():
    """Two pages whose tops differ and whose last lines are no numbers counting up ('31', '35'): nothing is taken for a
    running head or a page's number."""
    text = dump(PAGES[:2], CHAPTER).replace(f"\f{HEAD}", "\fQuayside Review Panel annex").replace("\n32\n", "\n35\n")
    _, report = built(text)
    assert "35" in body_text(report)
    assert "Quayside Review Panel annex" in [*headings(report), body_text(report)]


def test_a_chapters_label_over_its_name_in_capitals_is_one_heading():
    """'CHAPTER 2' / 'THE PANEL AND THE PILOTS': one heading, never the chapter holding its own name as an empty
    sub-section; the chapter's numbered sections stay under it."""
    _, report = built(dump(PAGES, CHAPTER))
    assert headings(report) == ["CHAPTER 2: THE PANEL AND THE PILOTS", "1. Background"]


def test_near_miss_a_chapters_label_over_a_heading_in_mixed_case_stays_apart():
    """'CHAPTER 2' over '1. Background' (no name in capitals under the label): two headings, as they were read."""
    _, report = built(dump(PAGES, ["CHAPTER 2", "", "1. Background", ""]))
    assert headings(report) == ["CHAPTER 2", "1. Background"]


def test_near_miss_a_running_foot_under_a_notes_web_address_is_no_part_of_the_note():
    """Each page's note ends 'online at' over its web address ending on a slash, and the page's running foot stands right
    under the address: the address goes on the note, the foot (words with spaces, a capital first) is the page's."""
    foot = "Quayside Review Panel | Final Report"
    lines = [HEAD, "", *CHAPTER]
    for number in range(4):
        if number:
            lines += [f"\f{HEAD}", ""]
        lines += [f"2.{number + 1} The Panel heard from the pilot on day {number + 1}. He said the boats were sound.{number + 1}", ""]
        lines += [f"{number + 1}   Letter from the harbour master to the Panel, {number + 3} March 2021, online at"]
        lines += ["http://www.example.net/panel/letters/", foot, str(31 + number)]
    _, report = built("\n".join(lines) + "\n\f")
    notes = notes_of(report)
    assert sorted(notes) == ["1", "2", "3", "4"]
    for key, text in notes.items():
        assert text.endswith("online at http://www.example.net/panel/letters/"), (key, text)
    assert foot not in body_text(report)


def test_near_miss_a_sentence_broken_around_a_link_in_a_paged_text_of_three_pages_is_joined_again():
    """A copied page of three pages (form feeds, its title heading each page, a number closing it) whose sentence breaks
    around links on lines of their own: only a two-page text read by its pages' edges keeps such lines apart, so here the
    sentence is one again."""
    opening = "The pilots of the harbour had a busy year, with more ships calling at the quays than in any year since the port was rebuilt."
    broken = ["Groups like", "Harbour Pilots Guild", ", the", "Quay Institute", "and others wrote to the board about the fees before it met."]
    head = "Harbour Notes: the pilots' year"
    lines = [head, ""]
    for number, body in enumerate([[opening, *broken, opening], [opening, opening], [opening, opening]]):
        if number:
            lines += [f"\f{head}", ""]
        lines += [line for paragraph in body for line in (paragraph, "")] + [str(number + 1), ""]
    _, report = built("\n".join(lines) + "\f")
    assert "Groups like Harbour Pilots Guild, the Quay Institute and others wrote" in body_text(report)
