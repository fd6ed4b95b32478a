"""News pages copied whole from the browser (select all, copy): the site's menus above the headline, an op-ed's byline
over the outlet and the date, the page's widgets above the lead photo, the writer's note and the info box under the text.
Passages of our own, with near misses."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings


def copied(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# -- a site with many menus above the headline -----------------------------------------------------------------------------

EDITIONS = [f"Edition {name}" for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa")]
SECTIONS = ["World", "Europe", "Asia", "Business", "Culture", "Sports", "Media Center", "Live TV", "Podcasts"]
PROGRAMMES = ["Harbour Lights", "Evening Edition", "The Long Table - A weekly debate", "Morning Desk", "Close Focus", "Kitchen Stories"]
PROGRAMMES += ["Weekend Review", "Tide Tables", "Open Studio", "Schools Corner", "Slow News"]


def test_the_headline_under_a_long_run_of_menus_is_the_title():
    """A page with a language menu ("Choose from 10 Editions"), section and programme menus of one to six words, a
    cookie banner and an advertisement, then the section's label, the headline and the standfirst: the headline is
    the title and no menu item is a section."""
    _, report = built(
        copied(
            "We use cookies to improve this site. You can find more information in our privacy notice.",
            "Navigation",
            "Choose from 10 Editions",
            *EDITIONS,
            *SECTIONS,
            *PROGRAMMES,
            "Advertisement",
            "World",
            "Harbour city renames its streets after a long dispute",
            "",
            "The council has voted to rename three streets. Residents who opposed the plan say they were not heard.",
            "",
            f"{PROSE}.",
            "",
            f"{PROSE}, the mayor said.",
        )
    )
    assert report.title == "Harbour city renames its streets after a long dispute"
    assert not set(headings(report)) & set(EDITIONS + SECTIONS + PROGRAMMES)
    assert "Morning Desk" not in body_text(report)


def test_a_reports_long_contents_list_above_its_text_is_no_menu():
    """Near miss: a report's title, then a contents list of thirty entries before its first paragraph, and no page
    furniture among them: the report's title stays the title."""
    entries = [f"Chapter {n} on the river basin" for n in range(1, 31)]
    _, report = built(copied("The River Basin Compact", "", *entries, "", f"{PROSE}.", "", f"{PROSE}."))
    assert report.title == "The River Basin Compact"


# -- an op-ed's header: an empty Markdown heading, a breadcrumb, the caption, the byline over the outlet and the date ---------


def oped(byline: str, *under: str) -> str:
    return copied(
        "# ",
        "",
        "News",
        "Region",
        "‘Harbour songs’ of two nations’ long friendship",
        "The minister (left) meets the governor (right)",
        byline,
        *under,
        f"{PROSE}.",
        f"{PROSE}, the minister said.",
        f"{PROSE}.",
    )


def test_an_op_eds_byline_over_the_outlet_and_the_date_is_read_and_the_empty_heading_is_no_title():
    result, report = built(oped("Ambassador Jane Roe", "(The Harbour Post)", "Sat, May 5, 2018"))
    assert report.title == "‘Harbour songs’ of two nations’ long friendship"
    assert result.slug == "harbour-songs-of-two-nations-long-friendship"
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert report.date is not None and report.date.isoformat() == "2018-05-05"
    assert not {"News", "Region", "#"} & set(headings(report))


def test_a_name_under_the_headline_with_no_outlet_under_it_is_no_byline():
    """Near miss: a name over the date line with no outlet's name between them is left to the other byline rules, and
    a name over prose is no byline."""
    _, report = built(oped("Ambassador Jane Roe"))
    assert [a.name for a in report.authors] == []


def test_a_weekday_in_short_opens_a_date_line_and_the_sun_opens_a_headline():
    result, report = built(copied("Harbour city renames its streets", "By Ann Poe", "Thu, 4 Jan 2024", f"{PROSE}.", f"{PROSE}."))
    assert report.date is not None and report.date.isoformat() == "2024-01-04"
    assert "from the date line at the top" in result.summary[1]  # read as the date line, not guessed from the text
    _, report = built(copied("Sun, sea and sand: a coast in 2024", f"{PROSE}.", f"{PROSE}."))
    assert report.title == "Sun, sea and sand: a coast in 2024"


# -- the page's widgets between the byline and the lead photo ----------------------------------------------------------------

WIDGETS = ["Share this article", "Facebook", "WhatsUp", "Copy Link", "Gift Full Article", "Change text size", "A", "A"]


def test_the_widgets_between_the_byline_and_the_lead_photo_are_the_pages():
    """The caption under the headline is given again at the photo, with its credit: the lines between are the page's
    widgets (share buttons, a text-size switch, a gift offer), and the photo is a figure over the text."""
    _, report = built(
        oped("Ambassador Jane Roe", "(The Harbour Post)", "Sat, May 5, 2018", *WIDGETS, "The minister (left) meets the governor (right). (AFP)")
    )
    assert not set(headings(report)) & set(WIDGETS)
    assert "Change text size" not in body_text(report)
    assert report.summary.startswith("The minister spoke")


def test_a_caption_not_given_again_leaves_the_lines_under_the_byline_alone():
    """Near miss: no photo repeats the caption: the lines under the byline are read as before."""
    _, report = built(oped("Ambassador Jane Roe", "(The Harbour Post)", "Sat, May 5, 2018", "Harbour trade in numbers", f"{PROSE}."))
    assert "Harbour trade in numbers" in " ".join(headings(report)) + body_text(report)


# -- the writer's note at the end --------------------------------------------------------------------------------------------


def test_the_writers_note_gives_the_one_authors_role_and_the_lists_after_it_are_the_sites():
    text = oped("Ambassador Jane Roe", "(The Harbour Post)", "Sat, May 5, 2018") + copied(
        f"{PROSE}.",
        f"{PROSE}.",
        "The writer is the ambassador of the Republic of Harbour to the Coast.",
        "Popular",
        "Port strike enters its third week",
        "Ferry fares to rise in the spring",
        "Related Articles",
        "Council approves the new market",
    )
    _, report = built(text)
    assert [(a.name, a.role) for a in report.authors] == [("Jane Roe", "ambassador of the Republic of Harbour to the Coast")]
    assert "Popular" not in headings(report)
    assert "Ferry fares" not in body_text(report)


def test_the_writers_note_with_the_text_going_on_after_it_keeps_the_text():
    """Near miss: a finished paragraph after the note (the note was no closing one): nothing after it is dropped."""
    text = oped("Ambassador Jane Roe", "(The Harbour Post)", "Sat, May 5, 2018") + copied(
        "The writer is the ambassador of the Republic of Harbour to the Coast.",
        "Popular",
        f"{PROSE}, and the council later said it would meet again in the spring.",
    )
    _, report = built(text)
    assert "meet again in the spring" in body_text(report)


# -- the info box under the text ------------------------------------------------------------------------------------------------


def story(*after: str) -> str:
    return copied("Harbour city renames its streets after a long dispute", "", f"{PROSE}.", "", f"{PROSE}.", "", f"{PROSE}.", "", *after)


def test_the_info_box_under_the_text_gives_the_date_and_the_author_and_ends_the_story():
    _, report = built(
        story(
            "Date 19.01.2020",
            "Author Ann Poe",
            "Keywords harbour, streets, council",
            "Permalink https://example.org/p/3XyZ",
            "Related content",
            "Ferry fares to rise in the spring 12.12.2019",
            "",
            "The ferry company says fuel costs more than it did.",
        )
    )
    assert report.date is not None and report.date.isoformat() == "2020-01-19"
    assert [a.name for a in report.authors] == ["Ann Poe"]
    assert "Ferry fares" not in " ".join(headings(report)) + body_text(report)


def test_two_labelled_lines_under_the_text_are_no_info_box():
    """Near miss: a date and a keyword line alone are not the box (three fields or more, a date or an author among
    them), and the story goes on after them."""
    _, report = built(story("Date 19.01.2020", "Keywords harbour, streets", "", f"{PROSE}, the council said later."))
    assert "council said later" in body_text(report)


def test_a_gallerys_credit_between_paragraphs_is_no_section():
    """'Author: Jane Roe (jr)' under a gallery's last slide, between two finished paragraphs, is a credit, not a subhead;
    a long unpunctuated line between paragraphs in a story with subheads is one, as before."""
    _, report = built(
        copied(
            "Harbour city renames its streets after a long dispute",
            "",
            f"{PROSE}.",
            "",
            "Residents object",
            "",
            f"{PROSE}.",
            "",
            "Author: Jane Roe (jr)",
            "",
            f"{PROSE}, and the council later said it would meet again in the spring.",
            "",
            "The council will meet again in the spring to decide",
            "",
            f"{PROSE}, and the council later said it would meet again in the spring.",
        )
    )
    assert "Author: Jane Roe (jr)" not in headings(report)
    assert "The council will meet again in the spring to decide" in headings(report)


# -- the site's teasers, a gallery's title over each slide, a player's label --------------------------------------------------

SLIDE = "The harbour was built in the old town, and the quays were extended twice in the years that followed the war."


def test_a_gallerys_title_over_each_slide_is_said_once():
    slides = []
    for title in ("The old quays", "The new market", "The ferry"):
        slides += ["Harbour city: a history in pictures", title, "", SLIDE, ""]
    _, report = built(story(*slides))
    assert body_text(report).count("Harbour city: a history in pictures") == 1


def test_a_label_repeated_over_short_lines_stays():
    """Near miss: 'Parties acting: the council' three times over short lines (a table's rows), not over a slide's text."""
    rows = []
    for item in ("Toll roads", "Ferry fares", "Market days"):
        rows += ["Parties acting: the council and the port", item, ""]
    _, report = built(story(*rows, f"{PROSE}, the council said later."))
    assert body_text(report).count("Parties acting: the council and the port") == 3


def test_the_sites_dated_teasers_under_the_text_are_left_out():
    _, report = built(
        story(
            "Watch video 02:17",
            "Editors recommend",
            "Ferry fares to rise in the spring",
            "",
            "The ferry company says fuel costs more than it did, and fares will follow the price of fuel. (12.12.2019)",
            "",
            "Council approves the new market",
            "",
            "The market will open on Saturdays from the spring, the council has decided after a long debate. (10.11.2019)",
        )
    )
    assert "Ferry fares" not in " ".join(headings(report)) + body_text(report)
    assert "Editors recommend" not in headings(report)
    assert "Watch video 02:17" not in " ".join(headings(report)) + body_text(report)


def test_one_dated_blurb_or_text_after_the_teasers_keeps_them():
    """Near miss: the story goes on after two dated items (a chronology in the text): nothing is left out."""
    _, report = built(
        story(
            "Ferry fares to rise in the spring",
            "",
            "The ferry company says fuel costs more than it did, and fares will follow the price of fuel. (12.12.2019)",
            "",
            "Council approves the new market",
            "",
            "The market will open on Saturdays from the spring, the council has decided after a long debate. (10.11.2019)",
            "",
            f"{PROSE}, the council said later.",
        )
    )
    assert "Ferry fares" in " ".join(headings(report)) + body_text(report)
