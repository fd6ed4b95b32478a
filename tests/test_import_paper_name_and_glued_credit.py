"""Two shapes of a news page copied as text. The paper's name after the headline's hyphen, four or five words with a small
one among them ('… - The Globe and Anchor', '… - The Times of Vells'), is the site's, as a shorter name is; a subtitle
there stays. A photo caption run into its credit set in capitals, the space lost between the spans ('… in 2021.ANNA
BERG/The Harbour and Quay'), is a figure with its credit, never the summary. Passages of our own, with near misses."""

from __future__ import annotations

from imported import PROSE, built

STORY = (
    "Ferry fares across the sound will rise by a third next month, the operator said on Tuesday, the first in six years.\n\n"
    f"{PROSE}.\n\n"
    "“We held prices for as long as we could,” said its chief executive, Tomas Reinholt.\n"
)


def test_a_papers_name_of_four_or_five_words_after_the_headline_is_set_aside():
    for site in ("The Globe and Mail", "The Vells Evening Star", "The Harbour and Quay Herald"):
        _, report = built(f"Ferry fares to rise by a third - {site}\n\n" + STORY)
        assert report.title == "Ferry fares to rise by a third", site


def test_a_name_the_page_credits_is_set_aside():
    caption = "The Vesta leaves the north pier in Eastholm, in 2021.ANNA BERG/The Harbour and Quay"
    _, report = built(f"Ferry fares to rise by a third - The Harbour and Quay\n\n{caption}\n\n" + STORY)
    assert report.title == "Ferry fares to rise by a third"


def test_a_subtitle_after_the_hyphen_stays():  # near misses: no paper's word last, no credit, or not a name
    for title in (
        "Book review: an old classic returns to the stage - The Sun Also Rises",
        "Ten things we learned from the final - The Star of the Show",
        "Ferry fares to rise by a third - The Times of Vells",
        "Ferry fares to rise by a third - The Good and the Bad",
        "Ferry fares to rise by a third - The Case for Public Boats",
        "Ferry fares to rise by a third - the island pays again",
    ):
        _, report = built(f"{title}\n\n" + STORY)
        assert report.title == title, title


def test_a_caption_run_into_its_credit_in_capitals_is_a_figure_not_the_summary():
    for credit in ("ANNA BERG/The Harbour Gazette", "DARIO VELLS/The Globe and Anchor", "JOSÉ NÚÑEZ/El Diario del Puerto"):
        result, report = built(f"Ferry fares to rise by a third\n\nThe Vesta leaves the north pier in Eastholm, in 2021.{credit}\n\n" + STORY)
        assert f":::{{figure}}\n:credit: {credit}\n\nThe Vesta leaves the north pier in Eastholm, in 2021.\n:::" in result.markdown
        assert report.summary.startswith("Ferry fares across the sound"), report.summary


def test_a_sentence_run_into_a_figure_of_speech_stays_the_storys():  # near misses: no person's name, or a story's paragraph
    for line in (
        "Prices rose by a third in 2021.EU DATA/Eurostat figures show the rest.",
        "Prices rose by a third in 2021.NEW YORK CITY/Harbour Wire",
        "The board met in Vells. It voted twice. The levy passed. The mayor left early.ANNA BERG/Harbour Wire",
    ):
        result, _ = built(f"Ferry fares to rise by a third\n\n{STORY}\n{line}\n")
        assert ":::{figure}" not in result.markdown, line
