"""Subheads of copied texts that the fourth held-out round and the corpus's last misses showed: a round-up's quoted
views with who said them, subheads a scrape ran into its paragraphs between two spaces, headings run into a flattened
page after a site builder's empty block or before a sentence opening on an -ing form. Passages of our own, each with a
near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

SENTENCES = " ".join(f"{PROSE}, and the talks went on into the night number {n}." for n in range(8))


def story(body: str) -> str:
    return f"What Three Analysts Make of the Harbour Figures\n\nMarch 9, 2026\n\n{body}\n"


# -- a round-up's subheads: a quoted view, a colon, who said it ----------------------------------------------------------


def test_quoted_views_naming_who_said_them_are_a_round_ups_subheads():
    body = (
        f"{PROSE}.\n\n‘A turning point for the port’: Harbour Board\n\n{PROSE}, the board said.\n\n"
        f"‘Too early to call it a recovery’: North Bank Research\n\n{PROSE}, said the bank.\n\n"
        f"‘The numbers aren’t bad, but they aren’t good, either’: Dockers Union\n\n"
        f"The union said the numbers aren’t bad, but they aren’t good, either, and the strike stays on the table.\n"
    )
    _, report = built(story(body))
    assert headings(report) == [
        "‘A turning point for the port’: Harbour Board",
        "‘Too early to call it a recovery’: North Bank Research",
        "‘The numbers aren’t bad, but they aren’t good, either’: Dockers Union",
    ]  # the third is no pull quote, though the paragraph under it says its words again


def test_one_quoted_view_with_a_name_stays_text():
    """Near miss: one line of that shape in a story is a quotation the writer set apart, not a round-up's subhead."""
    body = f"{PROSE}.\n\n‘A turning point for the port’: Harbour Board\n\n{PROSE}, the board said.\n\n{PROSE}.\n"
    _, report = built(story(body))
    assert headings(report) == []
    assert "A turning point for the port" in body_text(report)


# -- subheads a scrape ran into its paragraphs, set off by two spaces ----------------------------------------------------


def test_subheads_set_off_by_two_spaces_in_a_scrapes_paragraphs_are_headings():
    body = (
        f"{PROSE}. {PROSE}. {PROSE}.  Quiet on the quays {PROSE}.\n\n"
        f"{PROSE}. {PROSE}.  Harbour politics in the Trump era  In many ways the port is a test. {PROSE}.\n\n"
        f"{PROSE}. Built on the night shift  Harbour workers say the same. {PROSE}.\n"
    )
    _, report = built(story(body))
    assert headings(report) == ["Quiet on the quays", "Harbour politics in the Trump era", "Built on the night shift"]


def test_a_paragraph_opening_on_a_name_after_two_spaces_stays_a_sentence():
    """Near miss: where the scrape joins paragraphs with two spaces, a sentence opening "This …" before a name is the
    next paragraph's start, and a text that ends every sentence with two spaces has no such subheads at all."""
    body = f"{PROSE}. {PROSE}.  This focus on the quays allowed Harbour Board to grow. {PROSE}.  Quiet on the quays {PROSE}. {PROSE}.\n"
    _, report = built(story(body))
    assert headings(report) == []
    typed = f"{PROSE}.  {PROSE}.  Quiet on the quays {PROSE}.  {PROSE}.  Built on the night shift  Harbour workers say so.  {PROSE}.\n"
    _, report = built(story(typed))
    assert headings(report) == []


# -- headings run into a flattened page: after an empty block, before an -ing opening ----------------------------------


def page(body: str) -> str:
    return f"How The Border Talks Ended\n\n2026-03-09\n\n{body}\n"


def test_run_in_headings_after_an_empty_block_and_before_an_ing_opening_are_found():
    body = (
        f"{SENTENCES} Total: ~$500 billion a year \u200d Implications for Harbour Risk Management If the estimates hold, the port pays. "
        f"{SENTENCES} \u200d Areas for Future Research Developing indicators beyond costs matters. {SENTENCES} "
        f"Prioritize Protections Existing guidance names a host of practices. {SENTENCES} The existing rules help developing ports."
    )
    _, report = built(page(body))
    assert headings(report) == ["Implications for Harbour Risk Management", "Areas for Future Research", "Prioritize Protections"]


def test_a_run_in_label_with_a_colon_before_an_ing_opening_stays_text():
    """Near miss: a paragraph's run-in label ("Results of Exploration: Ongoing exploration is …") is no heading; nor is a
    sentence in lower case after the empty block ("\u200d Defensive adaptation also complicates …")."""
    body = (
        f"{SENTENCES} Results of Exploration: Ongoing exploration is aimed at the seabed. {SENTENCES} "
        f"\u200d Defensive adaptation also complicates the count. {SENTENCES} Conclusion The talks ended. {SENTENCES} "
        f"Background The talks began. {SENTENCES}"
    )
    _, report = built(page(body))
    assert "Results of Exploration" not in headings(report)
    assert "Defensive adaptation" not in " ".join(headings(report))


def test_a_name_ending_in_ing_is_no_sentences_opening():
    """Near miss: "… end. President Xi Jinping said …": "Jinping" is a name (the page never writes it in lower case),
    so "President Xi" is no heading."""
    body = f"{SENTENCES} President Xi Jinping said the port would reopen. {SENTENCES} Premier Li Qiang Beijing visited it. {SENTENCES}"
    _, report = built(page(body))
    assert headings(report) == []


# -- a flattened page's notes list with no label over it -----------------------------------------------------------------

NOTES_BODY = " ".join(f"{PROSE}, as the council said in its statement number {n}. {n} The talks went on." for n in range(1, 7))
NOTES_LIST = " ".join(f"{n} Jane Roe ({2019 + n}): Harbour Report {n}, Example Institute ." for n in range(1, 7))


def test_a_notes_list_without_a_label_at_a_flattened_pages_end_is_its_notes():
    """Interface: '… Turning frameworks into practice Download PDF 1 For further information, see … 36 Christina Rupp
    (2025): …': numbered 1 to N to the end, the same numbers bare and in order in the text above it; an author's card
    with her address after it is the site's."""
    body = f"{SENTENCES} {NOTES_BODY} {SENTENCES} Download PDF {NOTES_LIST} Author Jane Roe Lead Harbour Policy jroe@example.org show more Sign Up"
    _, report = built(page(body))
    defined = {key: note for key, note in report.notes.items() if note.defined}
    assert sorted(defined, key=int) == ["1", "2", "3", "4", "5", "6"] and all(note.citations for note in defined.values())
    assert defined["6"].text == "Jane Roe (2025): Harbour Report 6, Example Institute ."
    assert "jroe@example.org" not in body_text(report)


def test_a_numbered_run_without_markers_in_the_text_stays_text():
    """Near miss: the same list where the text above names no note numbers (a numbered list of the page's own) is no
    notes list."""
    body = f"{SENTENCES} {SENTENCES} Download PDF {NOTES_LIST}"
    _, report = built(page(body))
    assert not any(note.defined for note in report.notes.values())
    assert "Harbour Report 6" in body_text(report)


# -- a table's header row copied as a line --------------------------------------------------------------------------------


def test_a_tables_header_row_over_its_rows_is_no_heading():
    """Ronin's Grips: "Reporting Source| Timeframe Assessed| Claimed Gains| Status" over rows of the same cells."""
    body = (
        f"{PROSE}.\n\n{PROSE}, said the board.\n\n{PROSE}, said the bank.\n\nReporting Source| Timeframe Assessed| Claimed Gains\n\n"
        f"Harbour Board| Jan 2026| 900 square kilometres\n\nNorth Bank| Feb 2026| 200 square kilometres\n\n{PROSE}.\n"
    )
    _, report = built(story(body))
    assert headings(report) == []
    assert "Reporting Source| Timeframe Assessed| Claimed Gains" in body_text(report)


def test_a_heading_after_a_tables_rows_stays_a_heading():
    """Near miss: the heading after the table's last row, with no bars in it, is still a heading."""
    body = (
        f"{PROSE}.\n\n{PROSE}, said the board.\n\n{PROSE}, said the bank.\n\nReporting Source| Timeframe Assessed| Claimed Gains\n\n"
        f"Harbour Board| Jan 2026| 900 square kilometres\n\nWhat the Figures Show\n\n{PROSE}, and more was said on the second day than on the first.\n"
    )
    _, report = built(story(body))
    assert headings(report) == ["What the Figures Show"]


# -- headings a scrape glued to the text around them ---------------------------------------------------------------------


def test_headings_glued_to_the_sentences_around_them_are_found():
    """The EIU: "… published in early 2025.Immigration, integration and judicial independenceSince taking office …"."""
    body = (
        f"{SENTENCES} Since then the talks stalled.Harbour rights and the courtsSince the vote, the board has waited. {SENTENCES} "
        f"As the report says, little moved.Support for the “old port”; erosion of its budgetAs part of the plan, the town pays. {SENTENCES}"
    )
    _, report = built(page(body))
    assert headings(report) == ["Harbour rights and the courts", "Support for the “old port”; erosion of its budget"]


def test_a_name_with_a_capital_inside_is_not_cut():
    """Near miss: "… went on.Senior staff at McDonald said …" and "YouTube": a capital inside a name is no glued heading."""
    body = (
        f"{SENTENCES} The talks went on.Senior staff at McDonald said little. {SENTENCES} "
        f"The port said so.Videos of the quays on YouTube drew crowds. {SENTENCES}"
    )
    _, report = built(page(body))
    assert headings(report) == []


# -- a flattened page's two footnotes -------------------------------------------------------------------------------------


def test_two_footnotes_whose_numbers_stand_bare_in_the_text_are_its_notes():
    """Belfer: '… than to an objective financial measure.” 1 Besides …', '(Baslandze 2026). 2 In the next section …', then
    at the page's end 'Footnotes 1. Stefano Puntoni, …, personal communication … 2. Even before …'."""
    body = (
        f"{SENTENCES} The board said so. 1 Besides, the port stayed shut. {SENTENCES} The bank agreed (Roe 2026). 2 In the next "
        f"section, the costs. {SENTENCES} Footnotes 1. Jane Roe, Harbour Board, personal communication, May 2, 2026. "
        "2. Even before the strike, a 2012 study found the same (Doe 2012)."
    )
    _, report = built(page(body))
    defined = {key: note for key, note in report.notes.items() if note.defined}
    assert sorted(defined) == ["1", "2"] and all(note.citations for note in defined.values())


def test_two_numbered_lines_after_a_notes_label_without_markers_stay_text():
    """Near miss: "Notes 1. … 2. …" where the text above never gives the numbers is a numbered list, not two notes."""
    body = f"{SENTENCES} Notes 1. Bring the harbour maps. 2. Ask the board for the figures. {SENTENCES}"
    _, report = built(page(body))
    assert not any(note.defined for note in report.notes.values())


# -- a flattened page's headings before "Since 2018, …" and after its tools line ----------------------------------------


def test_a_run_in_heading_before_a_sentence_opening_with_a_year_and_one_after_the_tools_line_are_found():
    """Belfer: "… hold each other back. Export Controls Since 2018, the US has imposed …"; Ada Lovelace: "… Chapters
    Print this page Share this page How to read this paper If you are a digital lead …"."""
    body = (
        f"Chapters Print this page Share this page How to read this paper If you are a harbour lead, start here. {SENTENCES} "
        f"Export Controls Since 2018, the port has limited cargo. {SENTENCES} Quay Rights in Practice The board met twice. {SENTENCES}"
    )
    _, report = built(page(body))
    assert headings(report) == ["How to read this paper", "Export Controls", "Quay Rights in Practice"]


def test_the_tools_line_itself_is_no_heading():
    """Near miss: "Share this page" between the tools and a sentence is the site's, no heading."""
    body = f"{SENTENCES} Print this page Share this page The board met on Monday. {SENTENCES} Quay Rights in Practice The board met. {SENTENCES}"
    _, report = built(page(body))
    assert "Share this page" not in headings(report)
