"""A story sent as an e-mail digest or copied as plain text: hard-wrapped lines, an e-mail's header, block quotes
whose marks the copy lost. Passages of our own, each with its near miss."""

from __future__ import annotations

import textwrap
from datetime import date

from dossier.importer import import_text
from dossier.pdftext import read_layout

HEAD = "Canal tolls rise at the Dunmere locks\n\nBy Petra Lind\n\n9 May 2022\n\n"


def body(markdown: str) -> str:
    return markdown.split("+++", 2)[2]


def wrap(*paragraphs: str, width: int = 68) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


# --- 1. a block quote that lost its marks in a plain-text copy


def test_the_paragraph_under_a_clause_leading_into_a_quotation_is_a_block_quote():
    text = HEAD + (
        "The lock keepers asked for a hearing before the vote.\n\n"
        "Their foreman, Aldo Brenn, told us:\n\n"
        "Nobody asked us about the new hours. We work the gates at night and nobody thought to ask.\n\n"
        "The council will meet again in June.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "> Nobody asked us about the new hours." in out
    assert "> The council will meet again in June." not in out  # one paragraph, no more


def test_a_list_lead_in_a_quoted_paragraph_and_a_heading_lead_no_block_quote():
    text = HEAD + (
        "The lock keepers asked for a hearing before the vote.\n\n"
        "The council said the following:\n\n"
        "Tolls rise by a tenth for boats longer than twenty metres, from the first of July.\n\n"
        "Their foreman, Aldo Brenn, said:\n\n"
        "“Nobody asked us about the new hours,” he added after the meeting ended.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert ">" not in out


def test_according_to_a_name_leads_into_a_quotation():
    text = HEAD + "The lock keepers asked for a hearing before the vote. According to Aldo Brenn:\n\nThe hours are new to us all.\n"
    assert "> The hours are new to us all." in body(import_text(text, "tolls.txt").markdown)


def test_a_cue_verb_with_a_clause_after_it_leads_into_a_quotation_and_a_question_does_not():
    text = HEAD + (
        "Aldo Brenn, who has kept the gates for thirty years, told us he worries about the night shifts, which the trust wants to cut:\n\n"
        "The gates do not close themselves, and a barge in the dark is no joke.\n\n"
        "We asked whether the trust had consulted the keepers before the vote on the new hours:\n\n"
        "The trust says it wrote to every keeper in March and heard back from none of them.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "> The gates do not close themselves" in out and "> The trust says" not in out


# --- 2. a hard-wrapped text: only a blank line ends a paragraph

OPENING = (
    "The Dunmere canal trust will raise its tolls for the third year running, its treasurer Ilse Varga said on "
    "Monday. The boat clubs heard of the rise from the trust's own newsletter before the members did. "
    "For the coming season, the trust will also close the upper flight on two days a week while the gates are mended."
)
SECOND = (
    "The boat clubs had hoped for a freeze, and their chair Ronan Pike said the rise and the closures together "
    "would send hire boats to the rival canal."
)


def test_a_short_wrapped_text_keeps_a_paragraph_whole_across_a_sentence_ending_at_a_line_end():
    text = (
        HEAD
        + (
            "The Dunmere canal trust will raise its tolls for the third year running,\n"
            "its treasurer Ilse Varga said on Monday. The boat clubs heard of it from\n"
            "the trust's own newsletter, a week before the members did on the quay.\n"
            "For the coming season, the trust will also close the upper flight on two\n"
            "days a week while the gates are mended.\n\n"
        )
        + wrap(SECOND, width=72)
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "before the members did on the quay. For the coming season" in out
    assert "closures together would send hire boats" in out


def test_a_line_opening_with_a_quotation_mark_goes_on_in_a_wrapped_paragraph():
    text = HEAD + (
        "The boat clubs had hoped for a freeze this year, and their chair\n"
        "Ronan Pike said the rise would send hire boats to the rival canal;\n"
        '"slow season" rules had been new to his members, as to the trust.\n\n' + wrap(SECOND, OPENING, width=72)
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert 'their chair Ronan Pike said the rise would send hire boats to the rival canal; "slow season" rules' in out


def test_lines_of_one_paragraph_each_are_no_wrapped_text():
    # a copy whose paragraphs are short lines, one a line, blank lines between: nothing fills a column
    text = HEAD + "The trust raised its tolls.\n\nThe clubs objected.\n\nThe council will decide in June.\n"
    assert read_layout(text.split("\n")).width == 0
    out = body(import_text(text, "tolls.txt").markdown)
    assert "The trust raised its tolls.\n\nThe clubs objected." in out


def test_a_wrapped_line_over_a_lead_in_line_with_a_colon_is_no_heading():
    text = HEAD + wrap(SECOND, OPENING, width=72)
    text += (
        "\nThe treasurer would not say more about the gates or about the flight,\n"
        "and the trust's board meets again in June to vote on the closures.\n"
        "According to Varga:\n\n"
        "The gates are older than any of us, and they will not wait another year.\n"
    )
    result = import_text(text, "tolls.txt")
    out = body(result.markdown)
    assert "## According" not in out and "vote on the closures. According to Varga:" in out
    assert "> The gates are older than any of us" in out


def test_a_heading_over_its_paragraph_with_a_blank_line_between_is_kept():
    text = HEAD + wrap(OPENING, SECOND, width=72) + "\nWhat the clubs want\n\n" + wrap(SECOND, OPENING, width=72)
    assert "## What the clubs want" in body(import_text(text, "tolls.txt").markdown)


def test_a_long_wrapped_text_under_an_email_header_is_read_as_parted_by_blank_lines():
    header = "From: Canal News <news@canal.example>\nDate: Mon, 9 May 2022 07:00:00 +0100\nSubject: Tolls rise again\n\n"
    text = header + wrap(*([OPENING, SECOND] * 6), width=72)
    assert read_layout(text.split("\n")).blank_parted


# --- 4. an e-mail's header


def test_an_email_header_gives_the_title_from_its_subject_and_the_date_it_was_sent():
    text = (
        "From: Canal News <news@canal.example>\n"
        "Date: Mon, 9 May 2022 07:00:00 +0100\n"
        "Subject: Fwd: [Canal News] Tolls rise at the Dunmere locks\n"
        "To: member@example.org\n\n" + wrap(OPENING, SECOND)
    )
    result = import_text(text, "digest.txt")
    assert 'title = "Tolls rise at the Dunmere locks"' in result.markdown
    assert "date = 2022-05-09" in result.markdown
    out = body(result.markdown)
    assert "From:" not in out and "Subject" not in out and "member@example.org" not in out
    assert out.strip().startswith("The Dunmere canal trust")


def test_a_text_opening_on_a_date_line_alone_is_no_email():
    text = "Date: Mon, 9 May 2022\n\nTolls rise at the Dunmere locks\n\n" + wrap(OPENING, SECOND)
    result = import_text(text, "digest.txt")
    assert "e-mail" not in " ".join(result.summary)
    assert result.markdown.count("+++") == 2


def test_the_date_the_text_gives_comes_before_the_date_the_email_was_sent():
    text = "From: Canal News <news@canal.example>\nDate: Tue, 10 May 2022 07:00:00 +0100\nSubject: Tolls\n\n" + HEAD + wrap(OPENING)
    result = import_text(text, "digest.txt")
    assert "date = 2022-05-09" in result.markdown and 'title = "Tolls"' in result.markdown
    assert date(2022, 5, 9).isoformat() in result.summary[1]


# --- 5. a hyphen at a wrapped line's end


def test_a_compound_broken_at_its_hyphen_keeps_it_in_a_wrapped_text():
    text = (
        HEAD
        + (
            "The trust's engineers say the upper gates will be repaired and then re-\n"
            "tested before the season, and that the work on the lower flight is well-\n"
            "advanced; the dredging will be re-\n"
            "done in the autumn when the water is low and the hire boats are laid up.\n\n"
        )
        + wrap(OPENING, SECOND, width=72)
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "then re-tested before" in out and "is well-advanced;" in out and "will be re-done in" in out


def test_a_word_the_text_writes_whole_elsewhere_is_joined_whole():
    text = (
        HEAD
        + (
            "The trust's engineers say the upper gates will be repaired before the main-\n"
            "tenance season begins, and that the maintenance of the lower flight can wait\n"
            "until the hire boats are laid up for the winter and the water is low.\n\n"
        )
        + wrap(OPENING, SECOND, width=72)
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "before the maintenance season" in out


def test_a_hyphen_at_the_end_of_an_unwrapped_line_is_kept_without_a_space():
    text = (
        HEAD
        + "The gates on the upper flight of the canal were post-\nedited in the plans, and the pre- and post-war locks were both listed as sound.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "post-edited" in out and "post- edited" not in out


# --- 8. a sign-off at the end


def test_a_sign_off_at_the_end_of_a_long_text_gives_its_author_and_date_and_no_section():
    filler = "The lock keepers met the trust's board again and heard the engineers' case for the new hours at length.\n\n"
    text = "Canal tolls rise at the Dunmere locks\n\n" + filler * 14 + "Posted by Petra McLind\n\nMay 9th, 2022 at 7:05 am\n\n-- \n"
    result = import_text(text, "tolls.txt")
    assert 'name = "Petra McLind"' in result.markdown and "date = 2022-05-09" in result.markdown
    out = body(result.markdown)
    assert "Posted by" not in out and "## " not in out and "--" not in out


def test_a_sign_off_naming_a_person_with_a_particle_gives_the_author():
    # the closing lines share contactlines.PERSON_WORDS, the dash byline's and the contact line's particles among it
    filler = "The lock keepers met the trust's board again and heard the engineers' case for the new hours at length.\n\n"
    text = "Canal tolls rise at the Dunmere locks\n\n" + filler * 14 + "Posted by Petra van Lind\n\nMay 9th, 2022 at 7:05 am\n"
    result = import_text(text, "tolls.txt")
    assert 'name = "Petra van Lind"' in result.markdown and "Posted by" not in body(result.markdown)


def test_a_written_by_line_with_text_under_it_is_no_sign_off():
    filler = "The lock keepers met the trust's board again and heard the engineers' case for the new hours at length.\n\n"
    text = "Canal tolls rise at the Dunmere locks\n\nBy Petra Lind\n\n" + filler * 14 + "Written by Aldo Brenn\n\n" + filler * 2
    result = import_text(text, "tolls.txt")
    assert 'name = "Petra Lind"' in result.markdown and "Written by Aldo Brenn" in body(result.markdown)
