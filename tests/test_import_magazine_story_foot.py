"""The foot of a magazine's or a paper's story copied as text: the writer's dash sign-off with a social handle and a post
('—Ana Ruiz (@anaruiz), Staff Writer': the author and her post, never a section or a second author), the How-to-cite
line under it (the page's; its 'Published on 3 May 2024' dates the story), a labelled date line closing the text
('Published on 3 May 2024.'), the notice on the page's words and pictures ('Text © 2024. The authors. …'), and a
'More coverage:' box of headlines set inside the story. Passages of our own, with near misses."""

from __future__ import annotations

from imported import PROSE, built

TOP = "Ferry fares to rise by a third\n\n"
STORY = (
    "".join(f"Paragraph {n} of the story: the sound has been crossed by ferry since the 1950s, and {PROSE.lower()}.\n\n" for n in range(1, 21))
    + "“We held prices for as long as we could,” said its chief executive, Tomas Reinholt.\n\n"
)
CITATION = "Citation: Ruiz, A. (2024), Ferry fares to rise by a third, Harbour Notes, 12. Published on 3 May 2024.\n\n"
NOTICE = (
    "Text © 2024. The authors. CC BY-NC-ND 3.0\n\n"
    "Except where otherwise noted, images are subject to copyright. Any reuse without express permission from the copyright owner is prohibited.\n"
)


def test_a_dash_sign_off_with_a_handle_and_a_post_names_the_author_and_her_post():
    for sign_off in ("—Ana Ruiz (@anaruiz), Staff Writer", "— Ana Ruiz, Science Writer", "—Ana Ruiz (@ana.ruiz)"):
        result, report = built(TOP + STORY + f"{sign_off}\n\n" + CITATION + NOTICE)
        assert [a.name for a in report.authors] == ["Ana Ruiz"], sign_off
        assert sign_off not in "\n".join(s.title for s in report.sections), sign_off
        assert "Citation:" not in result.markdown.split("+++", 2)[2] and "Except where otherwise noted" not in result.markdown
        assert str(report.date) == "2024-05-03", sign_off
    _, report = built(TOP + STORY + "— Ana Ruiz, Staff Writer\n")
    assert [(a.name, a.role) for a in report.authors] == [("Ana Ruiz", "Staff Writer")]


def test_a_labelled_date_line_closing_the_text_dates_it():
    _, report = built(TOP + STORY + "Published on 3 May 2024.\n")
    assert str(report.date) == "2024-05-03"


def test_a_sentence_ending_on_a_date_or_a_citation_in_the_text_dates_nothing():  # near misses
    _, report = built(TOP + STORY + "The board will publish its decision on 3 May 2024.\n")
    assert str(report.date) != "2024-05-03"
    result, _ = built(TOP + STORY + "Citation: the board's ruling of 2019 is cited in the appeal, which was published on 3 May 2024.\n\n" + STORY)
    assert "Citation: the board" in result.markdown


def test_a_more_coverage_box_inside_the_story_is_the_sites():
    box = "* * *\n\nMore coverage:\n\nA ‘quiet’ summer for island tourism\n\nBridge plan shelved again\n\n* * *\n\n"
    result, report = built(TOP + STORY + box + "The rise needs the approval of the regional transport board, which meets in June.\n")
    assert "Bridge plan shelved again" not in result.markdown
    assert [s.title for s in report.chapters] == [] or all("More coverage" not in s.title for s in report.chapters)
    assert "regional transport board" in result.markdown


def test_a_dash_line_naming_a_post_of_no_writer_is_a_quotations_credit():  # a reviewer's near miss: no section, no author
    result, report = built(TOP + STORY + "— Ana Ruiz, Mayor\n")
    assert report.authors == [] and all("Ana Ruiz" not in s.title for s in report.chapters)
    assert "> — Ana Ruiz, Mayor" in result.markdown


def test_a_place_or_the_magazine_after_the_writer_is_no_second_writer():
    for sign_off, authors in (
        ("—Ana Ruiz, Harbour Town", ["Ana Ruiz"]),
        ("—Ana Ruiz, Science Writer, Harbour Notes", ["Ana Ruiz"]),
        ("—Ana Ruiz and Leo Park, Staff Writers", ["Ana Ruiz", "Leo Park"]),
        ("— Jane Roe, John Doe and Ana Cruz", ["Jane Roe", "John Doe", "Ana Cruz"]),
        ("— Ana Ruiz, Mark Writer", ["Ana Ruiz", "Mark Writer"]),  # two people: a given name the lists hold opens the second
    ):
        _, report = built(TOP + STORY + f"{sign_off}\n")
        assert [a.name for a in report.authors] == authors, sign_off


def test_story_sentences_shaped_like_a_notice_or_a_citation_stay():  # a reviewer's near misses
    for line in (
        "Except where otherwise noted, the judges found the firm had breached copyright in all forty songs it had sampled.",
        "Citation: the board's ruling of 2019 is cited in the appeal, which was published on 3 May 2024.",
        "Citation: Roe v Doe [2023] EWHC 1234 (KB), judgment published on 3 May 2024.",
    ):
        result, report = built(TOP + STORY + f"{line}\n")
        assert line in result.markdown, line
        assert str(report.date) != "2024-05-03", line
