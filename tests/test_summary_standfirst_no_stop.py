"""A standfirst with no final stop ('How the harbour board saved the pier – and the town'), the report's summary and the
text's first paragraph, is complete as it is: the overview's lede never runs it on into the story's opening sentence.
Passages of our own, through a saved page and a report's Markdown."""

from __future__ import annotations

from dossier.document import read_report
from dossier.lede import completed_summary
from saved_page_passages import read

DEK = "How the harbour board saved the pier – and the town"
OPENING = "Ask anyone in town what matters most, and they will say the pier. The board spent two years on it."


def report_of(summary: str, paragraphs: list[str]):
    body = "\n\n".join(paragraphs)
    return read_report(f'+++\ntitle = "Pier saved"\ndate = 2016-12-09\nsummary = "{summary}"\n+++\n\n{body}\n', "reports/x.md")


def test_a_standfirst_kept_as_the_first_paragraph_is_the_whole_lede():
    assert report_of(DEK, [DEK, OPENING]).summary == DEK
    assert completed_summary(DEK, f"{DEK} {OPENING}", DEK) == DEK


def test_a_saved_pages_dek_with_no_stop_is_the_whole_lede():
    saved = read(f'<article><h1>Pier saved</h1><p class="dek">{DEK}</p><p>{OPENING}</p></article>', f'<meta name="description" content="{DEK}">')
    assert saved.meta["summary"] == DEK
    markdown = f'+++\ntitle = "Pier saved"\ndate = 2016-12-09\nsummary = "{DEK}"\n+++\n\n' + "\n\n".join(unit.text for unit in saved.body)
    assert read_report(markdown, "reports/x.md").summary == DEK


def test_a_description_cut_short_of_the_first_paragraph_still_runs_on():
    """Near miss: a site's description cut at a word count inside the first paragraph is completed as before."""
    cut = "Ask anyone in town what matters most, and they will say the"
    assert report_of(cut, [OPENING]).summary == "Ask anyone in town what matters most, and they will say the pier."


def test_a_first_paragraph_cut_from_its_sentence_is_no_standfirst():
    """A first paragraph whose sentence goes on in the next, in lower case or into a quote, is run on as before."""
    cut = "According to the ferry board's yearly accounts for 2011"
    assert report_of(cut, [cut, "the quay lost money in every month of the year.", "The board meets in June."]).summary == (
        "According to the ferry board's yearly accounts for 2011 the quay lost money in every month of the year."
    )
    lead_in = "Talking to reporters on the quay on Monday"
    assert report_of(lead_in, [lead_in, "“We will shut the quay for good,” Ivo Renk said.", "The board meets in June."]).summary == (
        "Talking to reporters on the quay on Monday “We will shut the quay for good,” Ivo Renk said."
    )


def test_a_standfirst_over_a_sentence_in_capitals_stays_whole():
    """Near miss: the paragraph under the standfirst opens its own sentence, or a name in capitals."""
    assert report_of(DEK, [DEK, "KELBY – " + OPENING]).summary == DEK
    assert report_of(DEK, [DEK, "Ivo Renk has run the quay since 1990. " + OPENING]).summary == DEK
    assert report_of(DEK, [DEK, "date published: 2016-12-09", OPENING]).summary == DEK  # a page's field under it
