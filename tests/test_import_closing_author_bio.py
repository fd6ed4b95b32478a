"""The byline's writer's bio closing the text as a paragraph of it, opening on her name ('Jane Roe is a specialist in …
She joined the Ledger in 2011 …'), is the author's note, never the text's last paragraph; each co-writer's in a row too.
Near misses: a closing paragraph on someone the byline does not name stays, and one under its own heading is the
'About the author' box's rule."""

from __future__ import annotations

from imported import PROSE, body_text, built

STORY = (
    "Quay Board Delays the Mooring Fee Review\n\n"
    "By Tomas Brem and Ilse Varga\n\n"
    "4 May 2021\n\n"
    f"The Quay Board has delayed its review of mooring fees until the autumn, and {PROSE.lower()}.\n\n"
    "“We need more time to hear the traders,” said Dr Ada Kern, the board's chair, after the meeting on Tuesday.\n\n"
    f"The traders had asked for a delay in March, and {PROSE.lower()}.\n\n"
    "{tail}\n"
)
BREM = "Tomas Brem is a specialist in harbour reporting. He joined the Quay Ledger in 2011 and writes about ports and trade."
VARGA = "Ilse Varga covers the waterfront for the Quay Ledger."


def test_a_closing_bio_of_the_byline_writer_is_the_author_note() -> None:
    result, report = built(STORY.replace("{tail}", BREM))
    assert f'author_note = "{BREM}"' in result.markdown
    assert "specialist in harbour reporting" not in body_text(report)


def test_both_writers_bios_in_a_row_are_the_note() -> None:
    result, report = built(STORY.replace("{tail}", f"{BREM}\n\n{VARGA}"))
    assert f'author_note = "{BREM} {VARGA}"' in result.markdown
    assert "Quay Ledger" not in body_text(report)


def test_a_closing_paragraph_on_someone_else_stays() -> None:
    tail = "Ada Kern is a former harbour master who joined the board in 2015 and chairs it."
    result, report = built(STORY.replace("{tail}", tail))
    assert tail in body_text(report)
    assert "author_note" not in result.markdown


def test_a_bio_under_its_about_the_author_heading_is_that_boxs() -> None:
    result, report = built(STORY.replace("{tail}", f"About the author\n\n{BREM}"))
    assert f'author_note = "{BREM}"' in result.markdown
    assert "About the author" not in body_text(report)


def test_the_byline_writer_as_the_storys_subject_at_its_end_stays() -> None:
    """A minister's release bylined to her, closing on her news with another speaker's words: the text's paragraph."""
    tail = "Tomas Brem was joined at the opening by the local member, Piet Osk, who said the clinic had been “a long time coming”."
    result, report = built(STORY.replace("{tail}", tail))
    assert "Piet Osk, who said the clinic" in body_text(report)
    assert "author_note" not in result.markdown


def test_a_closing_paragraph_of_past_news_on_the_writer_stays() -> None:
    tail = "Tomas Brem received the harbour medal from the board last year for his work on the ferry timetable."
    _, report = built(STORY.replace("{tail}", tail))
    assert "received the harbour medal" in body_text(report)


def test_an_issuers_boilerplate_under_an_organisations_byline_is_no_bio() -> None:
    story = STORY.replace("By Tomas Brem and Ilse Varga", "By QUAYWATCH")
    tail = "QUAYWATCH is a non-governmental organization established in 2015 to protect the harbour's traders and their rights."
    result, report = built(story.replace("{tail}", tail))
    assert "non-governmental organization" in body_text(report)
    assert "author_note" not in result.markdown


def test_a_bio_with_the_writer_joining_her_paper_is_the_note() -> None:
    tail = "Ilse Varga joined the Quay Ledger in 2014 after a decade at the Harbour Herald."
    result, _ = built(STORY.replace("{tail}", tail))
    assert f'author_note = "{tail}"' in result.markdown
