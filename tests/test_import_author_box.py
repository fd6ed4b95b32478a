"""The author's box after a copied page's text: the name (a link) on a line of its own over the author's note. Passages
of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

PAGE = (
    "Harbour Pilots Should Share One Roster\n"
    "March 3rd 2026\n"
    "By\n"
    "Jane Roe\n"
    f"The pilots of the three northern ports work apart, and {PROSE.lower()}.\n"
    f"A shared roster would cut the night shifts by a third, and {PROSE.lower()}.\n"
    f"The boards meet again in May, and {PROSE.lower()}.\n"
    "Jane Roe\n"
    "is a senior fellow at the Harbour Institute.\n"
)


def test_the_authors_box_after_the_text_is_the_authors_note():
    result, report = built(PAGE)
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "senior fellow at the Harbour Institute")]
    assert headings(report) == [] and "senior fellow" not in body_text(report)
    assert 'author_note = "Jane Roe is a senior fellow at the Harbour Institute."' in result.markdown


def test_a_name_over_a_line_that_is_no_authors_box_stays():
    """Near miss: someone the byline does not name, over a line about them, is the text's."""
    _, report = built(PAGE.replace("Jane Roe\nis a", "John Doe\nis a"))
    assert "is a senior fellow at the Harbour Institute." in body_text(report)


# -- note numbers on lines of their own, the notes after the author's box with no numbers --------------------------------

NOTED = (
    "Harbour Pilots Should Share One Roster\n"
    "March 3rd 2026\n"
    "By\n"
    "Jane Roe\n"
    f"The pilots of the three northern ports work apart, and {PROSE.lower()}.\n"
    "1\n"
    f"A shared roster would cut the night shifts by a third, and {PROSE.lower()}.\n"
    f"The boards meet again in May, and {PROSE.lower()}.\n"
    "2\n"
    "Jane Roe\n"
    "is a senior fellow at the Harbour Institute.\n"
    "The roster of the southern ports is set out in the\n"
    "harbour board’s annual report\n"
    ".\n"
    "The northern boards have not yet voted on it.\n"
)


def test_note_numbers_on_lines_of_their_own_cite_the_notes_after_the_authors_box():
    result, report = built(NOTED)
    assert [(n.key, n.text) for n in report.notes.values() if n.defined] == [
        ("1", "The roster of the southern ports is set out in the harbour board’s annual report."),
        ("2", "The northern boards have not yet voted on it."),
    ]
    assert "reported that week.[^1]" in result.markdown
    assert "The northern boards" not in body_text(report)


def test_more_paragraphs_after_the_box_than_numbers_are_no_notes():
    """Near miss: three paragraphs after the box for two numbers: the site's, not the notes; the numbers stay."""
    _, report = built(NOTED + "Read more from the Harbour Institute on the ports of the north.\n")
    assert not report.notes


# -- a labelled authors box after the text of a brief with no byline -------------------------------------------------------

BRIEF = (
    "Harbour Pilots and the Tidal Grid\n\n"
    "Introduction\n\n"
    f"The pilots of the three northern ports work apart, and {PROSE.lower()}.\n\n"
    f"A shared roster would cut the night shifts by a third, and {PROSE.lower()}.\n\n"
    "AUTHORS OF THIS BRIEF\n\n"
    "Jane Roe and John Doe (Harbour Institute, Directorate for Ports).\n\n"
    "HOW TO CITE\n\n"
    "Roe, J. and Doe, J. (2022) Harbour pilots and the tidal grid. Lisbon, September 2022.\n"
)


def test_a_labelled_authors_box_after_the_text_names_the_authors():
    _, report = built(BRIEF)
    assert [a.name for a in report.authors] == ["Jane Roe", "John Doe"]


def test_a_sentence_under_an_authors_heading_names_no_author():
    """Near miss: a paragraph under the label that opens on no name gives no authors."""
    _, report = built(BRIEF.replace("Jane Roe and John Doe (Harbour", "The views are those of the (Harbour"))
    assert report.authors == []


CONTACT = (
    "\nCONTACT INFORMATION\n\nJane Roe\n\nHarbour Institute, Directorate for Ports\n\nQuay Street 3, 1100 Lisbon (Portugal).\n\n"
    "Tel.: +351 21 000 0000.\n\nhttps://harbour.example.org/\n\nAnnex\n\n"
    f"The annex sets out the rosters of the three ports in full, and {PROSE.lower()}.\n"
)


def test_a_contact_box_after_the_text_is_no_headings():
    result, report = built(BRIEF + CONTACT)
    assert headings(report)[-1:] == ["Annex"]
    assert "CONTACT INFORMATION" not in headings(report)  # its label goes with the box: no section left empty
    assert "Quay Street" not in body_text(report) and "contact box" in result.dropped


def test_a_bare_contact_heading_over_a_release_contact_line_goes_with_it():
    """A release's 'Contact' over its one media line, then its notes: no empty 'Contact' section is left."""
    text = BRIEF + "\nContact\n\nFor press calls: desk@harbour.example.org +351 21 000 0000\n\nNotes\n\n1. The rosters date from 2024.\n"
    result, report = built(text)
    assert "Contact" not in headings(report)
    assert result.dropped["contact box"][:1] == ["Contact"]


def test_near_miss_a_contact_heading_over_its_box_and_prose_stays():
    text = BRIEF + (
        "\nContact\n\nHarbour Institute, Quay Street 3\n\nTel.: +351 21 000 0000.\n\n"
        f"The institute answers every letter within a month, and {PROSE.lower()}.\n"
    )
    _, report = built(text)
    assert "Contact" in headings(report)
    assert "answers every letter" in body_text(report)


def test_prose_under_a_contact_heading_stays():
    """Near miss: a paragraph of the report's own under a heading 'Contact' (the pilots' contact with the ships) is kept."""
    text = BRIEF + f"\nContact\n\nThe pilots keep in contact with every ship by radio from the bar to the quay, and {PROSE.lower()}.\n"
    _, report = built(text)
    assert "keep in contact with every ship" in body_text(report)


def test_a_contact_label_over_short_lines_with_no_contact_detail_is_no_box():
    """Near miss: a back cover's 'Contact:' over other boxes' labels ('Congressional' / 'Relations'), no address in them."""
    result, _ = built(BRIEF + "\nContact:\n\nCongressional\n\nRelations\n")
    assert "contact box" not in result.dropped


CARD_PAGE = (
    "Ferry Fares Rise Again\n\n"
    "2 June 2026\n\n"
    f"The ferry company raised its fares for the third time this year, and {PROSE.lower()}.\n\n"
    f"Commuters from the islands say the rise hurts them most, and {PROSE.lower()}.\n\n"
)


def test_a_closing_author_card_with_a_bar_or_a_colon_is_no_section():
    for card in ("Blogger | Tidewater Notes", "Columnist: Marta Quill", "Contributor ｜ Harbour Desk", "博客 | Tidewater Notes"):
        result, report = built(CARD_PAGE + card + "\n")
        assert headings(report) == [] and card not in body_text(report)
        assert result.dropped["author's box after the text"] == [card]


def test_a_closing_line_of_another_kind_stays():
    """Near miss: an update's note, a source line or a last subhead with its text is not a writer's card."""
    for ending in ("Update: The company later withdrew the rise.", "Source | Harbour Board figures"):
        result, report = built(CARD_PAGE + ending + "\n")
        assert "author's box after the text" not in result.dropped
    _, report = built(CARD_PAGE + "Columnist: the readers reply\n\nLetters came in from every island, all of them angry.\n")
    assert "Letters came in from every island" in body_text(report)


def test_an_author_box_with_an_honorific_and_a_bio_opening_on_the_post_closes_the_text():
    """'Dr Ivo Marlow' over 'Editor at the Harbor Institute. …' after the references: the byline's author's box, no section."""
    from dossier.importer import import_text

    paragraph = "The committees of the quay board met forty times last year and heard from every harbour office in turn.\n\n"
    text = (
        "Quay committees under review\n\nBy Ivo Marlow\n\nMay 4, 2019\n\n" + paragraph * 5 + "References\n\n"
        "Roe, A. (2019) Quay boards. Harbour Press.\n\nDoe, B. (2018) Berths. Dock Books.\n\n"
        "Dr Ivo Marlow\n\nEditor at the Harbor Institute. He worked as a researcher for the board for ten years.\n"
    )
    result = import_text(text, "review.txt")
    assert "## Dr Ivo Marlow" not in result.markdown and "Editor at the Harbor" not in result.markdown.split("+++")[2]
    assert 'author_note = "Dr Ivo Marlow, editor at the Harbor Institute.' in result.markdown


def test_near_miss_a_titled_name_that_is_not_the_bylines_stays():
    from dossier.importer import import_text

    paragraph = "The committees of the quay board met forty times last year and heard from every harbour office in turn.\n\n"
    text = (
        "Quay committees under review\n\nBy Ivo Marlow\n\nMay 4, 2019\n\n"
        + paragraph * 5
        + "Dr Ada Roe\n\nEditor at the Harbor Institute, she told the board its committees met too rarely.\n"
    )
    assert "Dr Ada Roe" in import_text(text, "review.txt").markdown.split("+++")[2]
