"""Photo credits set apart by a news theme's separators, never section headings: a credit line under its caption, the
photographer and the agencies parted by pipes ('Tom Reyes | Reuters', 'Tom Reyes | Bloomberg | Getty Images'); a caption
and its credit on one line parted by a double slash ('Boats wait at the quay for the tide // Harbour Courier'). Near
misses: a subhead parting two topics by a pipe, a breadcrumb or a byline parted by a double slash. Passages of our own."""

from __future__ import annotations

from imported import PROSE, built, headings

STORY = (
    "River Towns Count the Cost of Dredging\n\nBy Jane Roe\n\nMarch 3, 2025\n\n"
    f"The dredgers arrived in April and have not left, and {PROSE.lower()}.\n\n"
    "Dredgers on the river\n\n"
    f"The company says it follows every rule, and {PROSE.lower()}.\n\n"
    "Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n"
    "{line}\n\n"
    f"Boat owners have tied up their boats for the season, and {PROSE.lower()}.\n\n"
    "Costs for the towns\n\n"
    f"The towns pay for the new pontoons, and {PROSE.lower()}.\n"
)


def test_a_credit_with_pipes_is_the_photos_credit() -> None:
    for credit in ("Tom Reyes | Reuters", "Tom Reyes | Bloomberg | Getty Images", "Ana de Wit | AFP"):
        result, report = built(STORY.replace("{line}", credit))
        assert headings(report) == ["Dredgers on the river", "Costs for the towns"], credit
        assert f":credit: {credit}" in result.markdown, credit


def test_a_subhead_with_a_pipe_and_no_agency_stays_a_heading() -> None:
    """Near miss: a subhead parting two topics by a pipe names no agency: a heading, no credit."""
    result, report = built(STORY.replace("{line}", "Boats and Berths | Winter Rules"))
    assert "Boats and Berths | Winter Rules" in headings(report)
    assert ":credit: Boats" not in result.markdown


def test_a_caption_and_its_credit_parted_by_a_double_slash_are_a_figure() -> None:
    line = "Boat owners wait on the quay for the dredgers to leave // Harbour Courier"
    result, report = built(STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n{line}", line))
    assert headings(report) == ["Dredgers on the river", "Costs for the towns"]
    assert ":credit: Harbour Courier" in result.markdown


def test_a_breadcrumb_parted_by_double_slashes_is_no_caption() -> None:
    from dossier.captions import caption_and_credit

    assert caption_and_credit("Home // News // Harbour") is None
    assert caption_and_credit("News and Views // Harbour Courier") is None
    assert caption_and_credit("By Jane Roe // Harbour Courier") is None
    assert caption_and_credit("Boat owners wait on the quay // Harbour Courier") == ("Boat owners wait on the quay", "Harbour Courier")


# -- a photo its subject supplied, credited by name alone under its caption ---------------------------------------------

SUBJECT = "Lena Brandt found her flat on the quay listed online for ten times her rent, without her consent."


def test_a_name_alone_under_a_caption_opening_on_it_is_the_credit() -> None:
    line = f"{SUBJECT}\n\nLena Brandt"
    result, report = built(STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n{line}", line))
    assert headings(report) == ["Dredgers on the river", "Costs for the towns"]
    assert ":credit: Lena Brandt" in result.markdown


def test_a_name_over_her_case_or_under_another_sentence_stays_a_heading() -> None:
    """Near misses: the name under a sentence naming someone else, or under a sentence that only mentions her, heads
    what follows."""
    for above in ("Tom Eyre found his flat on the quay listed online for ten times his rent.", "The board wrote to Lena Brandt in May."):
        line = f"{above}\n\nLena Brandt"
        result, _ = built(STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n{line}", line))
        assert ":credit: Lena Brandt" not in result.markdown, above


# -- the review's near misses: a byline, a kicker or a desk set with a pipe before an agency -----------------------------


def test_a_kicker_or_desk_with_a_pipe_credits_no_paragraph_above() -> None:
    """A kicker or a desk over a wire story's part ('Exclusive | Reuters', 'Opinion | Harbour Wire' …) is no photographer:
    the story's sentence above stays a paragraph."""
    above = "The company says it follows every rule laid down by the river board and pays its fees on time each quarter."
    for line in ("Markets and Trade | Reuters", "Exclusive | Reuters", "Opinion | Bloomberg"):
        result, _ = built(
            STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.", above).replace("{line}", line)
        )
        assert f":caption: {above}" not in result.markdown, line
        assert f":credit: {line}" not in result.markdown, line
        assert above in result.markdown.split("+++")[-1], line


def test_a_byline_with_a_pipe_keeps_its_writer() -> None:
    text = (
        "River Towns Count the Cost of Dredging\n\n"
        "Fishing crews say the dredgers have driven the fish out of the estuary for good\n\n"
        "By Tom Reyes | Reuters\n\nMarch 3, 2025\n\n"
        f"The dredgers arrived in April and have not left, and {PROSE.lower()}.\n\n"
        f"The company says it follows every rule, and {PROSE.lower()}.\n"
    )
    result, _ = built(text)
    assert 'name = "Tom Reyes"' in result.markdown
    assert ":credit: By Tom Reyes" not in result.markdown


def test_a_subhead_or_a_sign_off_parted_by_a_double_slash_is_no_caption() -> None:
    """Near misses from the review: a subhead asking a question over its kicker, a sign-off to the reader over its writer."""
    from dossier.captions import caption_and_credit

    assert caption_and_credit("Why the harbour is silting up so fast // Explainer") is None
    assert caption_and_credit("The harbour board and its fees // Analysis") is None
    assert caption_and_credit("That is all from the pier for this week, see you next time // Tom Reyes") is None
    assert caption_and_credit("Ferry crews wait on the pier for the tide // Photo by Tom Reyes") == (
        "Ferry crews wait on the pier for the tide",
        "Photo by Tom Reyes",
    )
    assert caption_and_credit("Ferry crews wait on the pier for the tide // Tom Reyes") == ("Ferry crews wait on the pier for the tide", "Tom Reyes")


def test_a_name_over_her_answer_or_her_story_stays_a_label() -> None:
    """Near misses from the review: an interview's introduction in the writer's voice, the name, then her answer; a
    sentence about her, the name, then a paragraph going on about her: the name heads what follows, no photo's credit."""
    for above, below in (
        ("Lena Brandt spoke to us from her office on the quay on Monday.", "We have waited three years for the board to act, and now it has."),
        ("Lena Brandt runs the bakery on the quay and has done so for thirty years.", "She says the dredgers have cost her half of her trade."),
        ("Lena Brandt runs the bakery on the quay and has done so for thirty years.", "“The dredgers have cost me half of my trade,” she says."),
    ):
        line = f"{above}\n\nLena Brandt\n\n{below}"
        result, _ = built(STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n{line}", line))
        assert ":credit: Lena Brandt" not in result.markdown, above


def test_a_name_under_her_caption_before_the_story_going_on_is_the_credit() -> None:
    """The story resumes under the credit on her surname: still the photo's credit."""
    line = f"{SUBJECT}\n\nLena Brandt\n\nBrandt wrote to the agency and asked it to take the listing down."
    result, _ = built(STORY.replace("Mayor Lina Vos speaks to reporters on the quay at Eastwick on March 1, 2025.\n\n{line}", line))
    assert ":credit: Lena Brandt" in result.markdown
