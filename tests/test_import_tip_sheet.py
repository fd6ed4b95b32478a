"""A newsletter or a digest copied as plain text: its title over the writers' names and the date, topic labels over each
item's headline, an old text's line breaks kept as two spaces, a link's word closing it. Passages of our own (a growers'
cooperative's bulletin, a museum's digest), each with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

SOIL = "The trial plots on the upper slopes were sown in March and cut in late August, when the weather allowed it"
ITEMS = (
    "Soil\n\n"
    "Beans sown between the rows cut the fertiliser bill on hill farms\n\n"
    f"Growers who sowed field beans between their rows bought a third less fertiliser, agronomist Rhea Vost found. {SOIL}.\n\n"
    "“The beans did the work we used to pay for,” Vost says.\n\n"
    "Orchards\n\n"
    "Late frost spared the pear trees on the south terraces\n\n"
    f"The pear harvest held up after the April frost, the cooperative's orchard keeper Piet Lanning reports. {SOIL}.\n\n"
    "“We lost the blossom on the north side only,” Lanning says.\n"
)
TITLE = "Valley Growers Cooperative Bulletin Spring Number Nine Edition"
HEADER = "Rhea Vost and Piet Lanning\n12 April 2031\n\n"


def test_a_long_title_case_title_over_the_names_and_the_date_is_the_title():
    result, report = built(f"{TITLE}\n{HEADER}{ITEMS}")
    assert report.title == TITLE
    assert [a.name for a in report.authors] == ["Rhea Vost", "Piet Lanning"]
    assert "topic tags" not in result.dropped


def test_topic_tags_over_a_date_and_a_headline_are_still_tags():
    """Near miss: capitalised topics over the date alone, a headline under the date: the headline is the title."""
    text = f"Farming Weather Markets Trade Soil Science Rural Policy\n12 April 2031\n\nHill Farms Cannot Agree on the Water Rates\n\n{SOIL}.\n"
    result, report = built(text)
    assert report.title == "Hill Farms Cannot Agree on the Water Rates"
    assert result.dropped.get("topic tags") == ["Farming Weather Markets Trade Soil Science Rural Policy"]


def test_a_long_title_over_the_date_and_the_texts_prose_is_the_title():
    """The date alone under the first line, the text's first sentence under the date: the first line is the title."""
    text = f"Valley Growers Cooperative Spring Water Rates Review Edition\n12 April 2031\n\n{SOIL}.\n\n{SOIL}, the growers say.\n"
    _, report = built(text)
    assert report.title == "Valley Growers Cooperative Spring Water Rates Review Edition"


def test_topic_tags_under_a_headline_are_still_tags():
    """Near miss: a line of capitalised topics under the headline (not the export's first line) stays furniture."""
    result, report = built(
        f"Hill Farms Cannot Agree on the Water Rates\n\nFarming Weather Markets Trade Soil Science Rural Policy\n\n{HEADER}{ITEMS}"
    )
    assert report.title == "Hill Farms Cannot Agree on the Water Rates"
    assert result.dropped.get("topic tags") == ["Farming Weather Markets Trade Soil Science Rural Policy"]


def test_each_topic_label_is_a_section_with_its_headline_under_it():
    _, report = built(f"{TITLE}\n{HEADER}{ITEMS}")
    assert [s.title for s in report.chapters] == ["Soil", "Orchards"]
    assert headings(report) == [
        "Soil",
        "Orchards",
        "Beans sown between the rows cut the fertiliser bill on hill farms",
        "Late frost spared the pear trees on the south terraces",
    ]


def test_an_items_short_sub_heads_over_its_prose_stay_under_it():
    """Near miss: the item's own short heading over prose ('Plots and yields') is a sub-section, never a topic label."""
    text = ITEMS.replace("“The beans did the work", f"Plots and yields\n\n{SOIL}.\n\nNext season\n\n{SOIL}.\n\n“The beans did the work")
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert [s.title for s in report.chapters] == ["Soil", "Orchards"]
    assert "Plots and yields" in headings(report) and "Next season" in headings(report)


def test_a_label_over_a_headline_too_long_to_be_a_heading_is_still_a_section():
    """The label over a headline set as a paragraph: each label its own section, never under the first."""
    long_headline = "Cooperative measures how much rain the terraced slopes hold back in a wet spring with a new gauge"
    text = ITEMS.replace("Late frost spared the pear trees on the south terraces", long_headline).replace("Orchards", "Hydrology")
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert [s.title for s in report.chapters] == ["Soil", "Hydrology"]


def test_sub_sections_that_are_no_topic_labels_stay_under_their_section():
    """Near miss: a section over sub-headings of its own (none of them a short label over a longer headline) keeps them."""
    text = f"{SOIL}.\n\nCooperative Accounts\n\nThe levy on pressed fruit\n\n{SOIL}.\n\nThe cost of the new cold store\n\n{SOIL}.\n"
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert [s.title for s in report.chapters] == ["Cooperative Accounts"]
    assert headings(report)[1:] == ["The levy on pressed fruit", "The cost of the new cold store"]


WRAPPED = (
    "Growers who sowed field  beans between their rows bought a third less  fertiliser. Tested by agronomist Rhea  Vost, "
    "the plots were  weighed at harvest. The yields matched the  cooperative's own  ledgers from the dry years."
)


def test_two_spaces_all_through_a_paragraph_are_its_line_breaks_not_run_in_subheads():
    text = ITEMS.replace(
        f"Growers who sowed field beans between their rows bought a third less fertiliser, agronomist Rhea Vost found. {SOIL}.", WRAPPED
    )
    text = text.replace(f"Piet Lanning reports. {SOIL}.", f"Piet Lanning reports. Pruned by keeper Ola  Brandt, the trees  bore {SOIL.lower()}.")
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert not any(h.startswith(("Tested by", "The yields matched", "Pruned by")) for h in headings(report))
    assert "fertiliser. Tested by agronomist Rhea Vost, the plots were weighed at harvest." in body_text(report)  # as the reader sees it


def test_subheads_run_in_between_two_spaces_are_still_read():
    """Near miss: a scrape's subheads set off by two spaces, the rest of its paragraphs with one space each."""
    text = (
        f"The cooperative met on Tuesday. {SOIL}. The levy was raised. Who pays for the cold store  The growers disagree. "
        f"{SOIL}. The board will meet again. A winter of pruning  Work starts in March. {SOIL}.\n"
    )
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert "Who pays for the cold store" in headings(report)
    assert "A winter of pruning" in headings(report)


def test_a_link_word_closing_the_text_is_no_section():
    for word in ("Source", "Permalink"):
        result, report = built(f"{TITLE}\n{HEADER}{ITEMS}\n{word}\n")
        assert word not in headings(report), word
        assert result.dropped.get("link text closing the text") == [word], word


def test_a_signature_closing_a_letter_is_kept():
    """Near miss: a one-word name under the letter's sign-off, or under its last paragraph, is the signer, no link."""
    letter = (
        f"To the valley council\n\n{SOIL}.\n\nWe ask the council to drop the water rates before the summer, as the hill farms cannot bear them.\n\n"
    )
    for closing in ("Yours,\n\nBrandt\n", "Brandt\n"):
        result, _ = built(letter + closing)
        assert "link text closing the text" not in result.dropped, closing
        assert "Brandt" in result.markdown.split("+++")[2], closing


def test_a_closing_heading_over_text_stays_a_section():
    """Near miss: a one-word heading with a paragraph under it is a section."""
    _, report = built(f"{TITLE}\n{HEADER}{ITEMS}\nOutlook\n\n{SOIL}.\n")
    assert "Outlook" in headings(report)


def test_a_label_over_names_keeps_the_names_under_it():
    """Near miss: a tracker's label over the parties it lists ('Suing' / 'Valley Council (the water board)' / …) is one
    section over its entries, the later short names no sections of their own."""
    text = (
        f"{SOIL}.\n\nSuing\n\nValley Council (the water board)\n\n4 March 2031: the council sued the mill. {SOIL}.\n\n"
        f"Hill Gazette\n\n2 March 2031: the paper sued the council. {SOIL}.\n\nTerrace Radio\n\n1 March 2031: the station sued too. {SOIL}.\n"
    )
    _, report = built(f"{TITLE}\n{HEADER}{text}")
    assert [s.title for s in report.chapters] == ["Suing"]
