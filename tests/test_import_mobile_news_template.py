"""A news group's mobile template copied whole with select-all: the site's menu and sign-in forms, the section's label
and the columnist's name over the headline, then the byline block a field a line ('by:' / the name / 'From:' / the paper
/ the date / the hour), the lead photo's caption over its credit under its label ('Source:' / 'Supplied'), the story, the
writer's tagline in capitals, and under it a box of the paper's other columns (headlines, teasers, writers' names in
capitals), the most popular stories and the footer. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

MENU = [
    "m.harbourtimes.example",
    *("News", "Local", "National", "World", "Sport", "Business", "Lifestyle", "Video"),
    *("Login", "Subscribe", "Login using your social network", "Username", "Password", "Forgot your password?", "Subscribe"),
    "Opinion",
    "Jane Roe",
]
HEADLINE = "Ferry fares plan sinks without a trace at the docks"
BYLINE = ["by:", "Jane Roe", "From:", "Harbour Times", "March 13, 2015", "9:00PM"]
PHOTO = ["A new plan would require ferry operators to keep passenger records for two years.", "Source:", "Supplied"]
STORY = [
    "A HIGH-powered council team has been touring the docks this week in an attempt to sell the new fares plan to the operators and their crews.",
    "The team met the operators, the unions and the harbour master, and left each meeting with less support than it came with.",
    "“These concerns cannot be met short of scrapping the plan,” says union president John Doe.",
    "AS Mayor Ann Poe said in a letter last month: “Fares should be settled before the summer, not after it.”",
    "The plan will be debated by the council next week. The operators will put their case to the councillors the day before.",
]
TAGLINE = "JANE ROE IS THE HARBOUR TIMES CIVIC AFFAIRS EDITOR"
RAIL = [
    "more stories",
    "Other Opinion Columns",
    "Editorial",
    "A quiet legacy",
    "THE harbour master who retired this week leaves a port that runs better than the one she inherited, and a fleet that is younger.",
    "Tide of nonsense",
    "Sailors know best, not the ferry app",
    "TOM KEEL",
    "WHY is it that ideas that are patently absurd capture the imagination of so many of the people who sail the harbour each day?",
    "Most Popular Stories",
    "Ferry crash injures three",
    "Follow Us",
    "Privacy Policy",
    "Contact Us",
    "Copyright Harbour Times. All times AEST (GMT +10:00)",
]


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_the_byline_block_of_fields_gives_the_title_author_and_date_and_the_menu_is_the_sites():
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *RAIL))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert str(report.date) == "2015-03-13"
    text = body_text(report)
    assert "A HIGH-powered council team" in text and "Opinion" not in text
    for site_line in ("Login", "Username", "Password", "From:", "Harbour Times", "9:00PM"):
        assert site_line not in text, site_line
    assert not report.summary.startswith("9:00PM")


def test_a_credit_under_its_label_on_the_next_line_is_the_photos_credit_no_section():
    """'Source:' / 'Supplied': one credit, the one-sentence caption over it the photo's, never a section's heading nor
    the summary."""
    result, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *RAIL))
    assert "Supplied" not in headings(report)
    assert "Supplied" not in body_text(report)
    assert "A new plan would require" not in report.summary
    assert "credit: Source: Supplied" in result.markdown


def test_the_writers_tagline_in_capitals_is_the_authors_note_and_the_box_under_it_the_sites():
    result, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *RAIL))
    assert headings(report) == []
    assert TAGLINE not in body_text(report)
    assert report.author_note == TAGLINE
    text = body_text(report)
    for site_line in ("A quiet legacy", "Tide of nonsense", "TOM KEEL", "patently absurd", "Ferry crash injures three", "Contact Us"):
        assert site_line not in text, site_line
    assert "Sailors know best" not in result.markdown  # no photo's caption over a columnist's name read as its credit
    assert text.rstrip().endswith("the day before.")


def test_near_miss_a_line_in_capitals_naming_someone_else_is_no_tagline():
    """'ANN POE IS THE MAYOR OF HARBOURTON' under the story names someone else than the byline's writer: no author's note,
    and the box under it is left as it was read."""
    other = "ANN POE IS THE MAYOR OF HARBOURTON"
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, other, *RAIL))
    assert not report.author_note
    assert "patently absurd" in body_text(report)


def test_near_miss_a_tagline_over_no_box_of_other_stories_leaves_what_follows():
    """The tagline is the author's note; the lines under it, with no box's label over them, stay the text's."""
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *RAIL[1:]))
    assert report.author_note == TAGLINE
    assert "patently absurd" in body_text(report)


def test_near_miss_a_source_label_over_a_sentence_or_a_date_is_not_joined_to_it():
    """'Source:' over a sentence with its stop, or over a date line, is no credit split over two lines."""
    for under in ("The figures were compiled by the harbour board from its own records.", "March 4, 2015"):
        result, _ = built(page("Harbour fares report", *STORY[:3], "Source:", under, *STORY[3:]))
        assert f"Source: {under}" not in result.markdown, under


def test_near_miss_a_from_label_over_a_sentence_is_no_papers_field():
    """'From:' under the byline's name over a sentence is no paper's field: the sentence stays the text's."""
    sentence = "the harbour master's office, which sent the notice to every operator on Monday."
    _, report = built(page(*MENU, HEADLINE, "by:", "Jane Roe", "From:", sentence, "March 13, 2015", *STORY))
    assert "which sent the notice" in body_text(report)


def test_a_box_label_run_on_after_the_tagline_still_marks_where_the_site_begins():
    """A copy with no blank line between the tagline and the box's label joins them ('… CIVIC AFFAIRS EDITOR more
    stories'): the tagline is still the author's note, and the box under it the site's."""
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, f"{TAGLINE}\nmore stories", *RAIL[1:]))
    assert report.author_note == TAGLINE
    text = body_text(report)
    assert "more stories" not in text and "patently absurd" not in text and "Contact Us" not in text


def test_near_miss_a_tagline_with_the_storys_prose_under_it_does_not_close_the_story():
    """The tagline in capitals after the first paragraph, a box's label under it, then the rest of the story: the
    paragraphs under it (two long ones in a row, one of two sentences) are no box of teasers, so nothing is dropped."""
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, STORY[0], TAGLINE, "more stories", *STORY[1:]))
    text = body_text(report)
    for kept in STORY[1:]:
        assert kept[:40] in text, kept


def test_near_miss_a_correction_under_the_box_label_is_no_teaser_and_stays():
    """Under the tagline and a box's label, a line with its stop that stands under another stopped line is no teaser
    under its headline: a correction to the story stays the text's."""
    correction = "Correction: An earlier version of this story misstated the name of the pilots' union's president."
    teaser = "The council said on Friday that it would publish the full schedule of fares next month and invite comment."
    lines = ("More Harbour Times stories", "Ferry fares: the council's reply", teaser, correction)
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *lines))
    assert "misstated the name" in body_text(report)


def test_near_miss_an_empty_source_label_over_a_subhead_is_not_joined_to_it():
    """'Source:' with no credit under a one-sentence paragraph, over a subhead: the subhead is no credit, its section
    stays."""
    lines = ("Harbour fares review", "Jane Roe", "March 13, 2015", *STORY[:2], PHOTO[0], "Source:")
    closing = (*STORY[2:], "What the council says", "The council will publish its reply on Friday, after it has read every letter.")
    for subhead in ("What the operators say", "What The Operators Say"):
        result, report = built(page(*lines, subhead, *closing))
        assert headings(report) == [subhead, "What the council says"]
        assert f"Source: {subhead}" not in result.markdown


def test_picture_and_photograph_labels_over_a_credit_are_the_photos_credit_no_heading():
    """'Picture:' / 'Supplied' and 'Photograph:' / 'Tom Keel' under the caption: each one credit, as 'Photo:' is."""
    pairs = (("Picture:", "Supplied"), ("Photograph:", "Tom Keel"), ("Photograph:", "Harbour Times"), ("Photo:", "Tom Keel"), ("Image:", "Reuters"))
    for label, credit in pairs:
        result, report = built(page(*MENU, HEADLINE, *BYLINE, PHOTO[0], label, credit, *STORY))
        assert headings(report) == [], label
        assert f"credit: {label} {credit}" in result.markdown, label
        assert credit not in body_text(report), label


def test_near_miss_a_source_label_over_a_list_of_sources_keeps_them_the_texts():
    """'Sources' / 'Source:' over the sources' names, no caption above: no photo's credit is made of the first source."""
    lines = ("Harbour fares review", "Jane Roe", "March 13, 2015", *STORY[:2], "Sources", "Source:")
    result, report = built(page(*lines, "Harbour Board annual report", "Ferry Operators Association survey", *STORY[2:]))
    assert "Source: Harbour Board annual report" not in result.markdown
    assert "Harbour Board annual report" in body_text(report)


def test_under_a_box_label_columns_teasers_of_two_sentences_or_cut_off_and_a_login_form_are_the_sites():
    """A tagline with 'more stories' under it, then columns' teasers of two sentences or cut off with no stop, writers'
    names in capitals and a login form's short lines ('Forgot your password?' / 'Subscribe now to access …'): all the
    site's, none a section of the story."""
    lines = (
        "more stories",
        "Other Opinion Columns",
        "Ferry fares",
        "WHY is it that the harbour board cannot count its own boats? It seems the board has lost the plot entirely.",
        "TOM KEEL",
        "Quay works",
        "THE quay works were meant to take a month and the council has now spent most of a year on them and counting",
        "Login",
        "Remember me",
        "Forgot your password?",
        "Subscribe now to access Harbour Times.",
    )
    _, report = built(page(*MENU, HEADLINE, *BYLINE, *PHOTO, *STORY, TAGLINE, *lines))
    assert headings(report) == []
    assert "lost the plot" not in body_text(report)
