"""In a PDF's text, a quotation opened with a single mark (the Commonwealth's '‘…’') and not yet closed goes on in the
line under a full line ending on a sentence's stop ('… stated that ‘No child should wait.' / 'Families should be housed
together’ (HW 2/3/2003).'), as one opened with double marks does; an apostrophe ('shouldn’t') closes nothing. Near
misses: a quotation closed on the line ('… wait’.') and no quotation at all end the paragraph there. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

FILLER = (
    "The harbour council has spoken often about the ferry crews and their families over the last\n"
    "ten years, and its members have visited the quays in every season of the year to see the\n"
    "crews at work on the night boats and the early ferries to the islands and back again.\n\n"
)


def paper(line: str, below: str) -> str:
    head = "Ferries and Faith\n\nJane Roe\n\nMarch 2004\n\n" + FILLER
    paragraph = (
        "Churches have long criticised the board's policy, and the harbour bishops continued\n"
        "their critique of the policy beyond the crews that were sent home. Bishop Tomas Wren\n"
        f"{line}\n{below}\n"
        "are being heard by the board’s tribunal over the whole of the next winter and spring.\n\n"
    )
    return head + paragraph + FILLER + "\f" + FILLER


def test_a_single_quotation_left_open_goes_on_past_a_full_line_ending_a_sentence():
    markdown = import_text(
        paper(
            "stated that ‘Crews shouldn’t be kept ashore and neither should their families aboard.",
            "Families should be housed together in the town near the quays while their claims",
        ),
        "paper.pdf.txt",
    ).markdown
    assert "neither should their families aboard. Families should be housed together" in markdown


def test_a_closed_quotation_or_none_ends_the_paragraph_at_the_sentences_stop():
    for line in (
        "stated that ‘Crews shouldn’t be kept ashore’ and neither should their families aboard.",
        "stated that crews shouldn’t be kept ashore and neither should their families aboard.",
    ):
        markdown = import_text(paper(line, "Families should be housed together in the town near the quays while their claims"), "p.txt").markdown
        assert "aboard.\n\nFamilies should be housed" in markdown


def test_an_apostrophe_typed_as_an_opening_mark_opens_no_quotation():
    for line in (
        "that began in the ‘80s, when the harbour board first shut the island ferry lines aboard.",
        "that began when the board told ‘em the island ferry lines would shut for good aboard.",
    ):
        markdown = import_text(paper(line, "Families should be housed together in the town near the quays while their claims"), "p.txt").markdown
        assert "aboard.\n\nFamilies should be housed" in markdown, line
