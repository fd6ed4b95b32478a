"""A news page printed from a browser and turned into text (or copied whole): the site's menu one item a line over the
headline (set over two lines), the writer's name alone under it, and the date line run into the story's first words
('March 4, 2020As the talks …'). Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

MENU = ["Subscriptions", "Log in", "- Go Ad-Free & Join Us", "Support Quayside News. Join for $2 today. -", "Home", "Harbours", "Weather"]
HEADLINE = ["Three ferry crews refuse the new rota as the harbour board hunts for", "replacements"]
LEDE = "As the season opens, the board's chair Tomas Vell is struggling to staff the morning crossings, the Tide reports."
QUOTE = '"We cannot sail without crews," Vell told the Gazette. "The rota stays."'
MORE = "The crews say the rota breaks the agreement they signed in the spring, and their union backs them."


def printed(*header: str, lede: str = LEDE) -> str:
    return "\n".join([*header]) + lede + "\n" + QUOTE + "\n" + MORE + "\n"


def test_a_printed_pages_menu_is_no_title_and_its_glued_date_line_is_the_date():
    """The menu over the headline, the name under it, the date run into the lede: headline, byline and date read."""
    _, report = built(printed(*MENU, "   ", *HEADLINE, "Ines Roe", "March 4, 2020"))
    assert report.title == "Three ferry crews refuse the new rota as the harbour board hunts for replacements"
    assert [a.name for a in report.authors] == ["Ines Roe"]
    assert str(report.date) == "2020-03-04"
    text = body_text(report)
    assert text.startswith("As the season opens")
    assert "Subscriptions" not in text and "March 4, 2020" not in text


def test_a_date_run_into_the_lede_is_read_in_its_other_forms():
    """Day first, or with a label before it ('Published 4 March 2020The …'): still the date line; the lede kept whole."""
    for date_line, lede in (
        ("4 March 2020", "The season opens with three crews short, and the board's chair Tomas Vell has no answer yet."),
        ("Published Mar. 4, 2020", "When the season opened, the board's chair Tomas Vell had three crews short of a rota."),
    ):
        _, report = built(printed(HEADLINE[0] + " " + HEADLINE[1], "", "Ines Roe", date_line, lede=lede))
        assert str(report.date) == "2020-03-04", date_line
        assert body_text(report).startswith(lede[:20]), date_line


def test_near_miss_a_year_in_a_sentence_or_a_short_label_is_not_split():
    """'In March 4, 2020Vision …' is no date line: the date is no line's opening; 'March 4, 2020Updated' has no sentence."""
    one = "The plan of March 4, 2020Vision Group said, was never put to the board by its chair Tomas Vell."
    _, report = built("\n\n".join([HEADLINE[0], "Ines Roe", "May 9, 2021", one, QUOTE]) + "\n")
    assert str(report.date) == "2021-05-09"
    assert "2020Vision" in body_text(report)
    result, _ = built("\n\n".join([HEADLINE[0], "March 4, 2020Updated", LEDE, QUOTE]) + "\n")
    assert "run into the story's first words" not in "\n".join(result.inferred)


def test_near_miss_short_lines_over_a_headline_with_no_furniture_are_kept():
    """A report's own contents list over a headline, a name and a date (no 'Log in', no 'Home'): not the site's menu."""
    contents = ["Summary", "Why the crews left the talks", "What the rota asks of them", "The cost of a winter", "Next steps", "Annex"]
    result, _ = built("\n".join([*contents, "", HEADLINE[0] + " " + HEADLINE[1], "Ines Roe", "March 4, 2020", LEDE, QUOTE]) + "\n")
    assert not any("page furniture" in kind for kind in result.dropped), result.dropped


def listicle(first_subhead_line: str) -> str:
    body = [
        LEDE,
        "Marta Holm",
        "The first captain to refuse said she would not sail the dawn crossing while her crew slept four hours a night.",
        first_subhead_line,
        "Ivo Brandt",
        "The third captain, Brandt, wrote to the board, which had asked for his view, that the rota was drawn up badly.",
        "Brandt and Holm both sail the northern route, and both say the board has not answered their letters.",
    ]
    return "\n\n".join([" ".join(HEADLINE), "Ines Roe", "March 4, 2020", *body]) + "\n"


def test_a_subhead_run_into_its_paragraph_is_set_on_its_own_line():
    """'Oren TaskyAsked whether he would sail, …' among subheads that stand alone: 'Oren Tasky', then the paragraph."""
    line = "Oren TaskyAsked whether he would sail the dawn crossing, the second captain said no, and Tasky told the board so."
    result, report = built(listicle(line))
    assert [s.title for s in report.sections][-3:] == ["Marta Holm", "Oren Tasky", "Ivo Brandt"]
    assert "Asked whether he would sail" in body_text(report)
    assert any("subheads run into their paragraphs" in line for line in result.inferred)


def test_near_miss_a_name_written_with_an_inner_capital_is_never_cut():
    """'WikiLeaks', 'McAllister' opening a paragraph, 'TaskyAsked' given twice, or no subheads standing alone: no cut."""
    for line in (
        "McAllister said the second captain would sail the dawn crossing if the board paid the crew for the night hours.",
        "Oren WikiLeaks published the rota on Monday, and the second captain said the board had never shown it to him.",
    ):
        result, _ = built(listicle(line))
        assert not any("subheads run into" in note for note in result.inferred), line
    lone = "Oren TaskyAsked whether he would sail the dawn crossing, the second captain said no, and Tasky told the board so."
    result, _ = built("\n\n".join([" ".join(HEADLINE), "Ines Roe", "March 4, 2020", LEDE, lone, MORE]) + "\n")
    assert not any("subheads run into" in note for note in result.inferred)
