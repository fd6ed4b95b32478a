"""A news page clipped to Markdown by a browser extension (MarkDownload: front matter, '# Title', the '> ## Excerpt' block,
a rule) where the reader view kept the site's chrome: the social links' empty items, the sections and services menus,
the print logo with the page's address, then the headline given again over the wire byline, the update stamp and the
photo gallery."""

from __future__ import annotations

from dossier.importer import import_text

MENU = "\n".join(
    ["-   [](https://social.example.org/varnpost)", "-   [](https://pics.example.org/varnpost)", "", "-   Sign In", ""]
    + [
        f"-   [{item}](https://www.varnpost.example/{item.lower().replace(' ', '-')}/)"
        for item in (
            "Home",
            "Subscribe",
            "Contact Us",
            "Careers",
            "Newsletters",
            "Local",
            "Nation",
            "Sports",
            "Business",
            "Life",
            "Homes",
        )
    ]
)

CLIP = f"""---
created: 2024-03-05T11:02:10 (UTC +00:00)
tags: []
source: https://www.varnpost.example/news/harbour-chief-quits.php
author: By INES REYES, Wire Maritime Writer
---

# Harbour chief quits after audit

> ## Excerpt
> PORT SEL (Wire) - The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.

---
{MENU}

![print header logo](https://www.varnpost.example/img/print-logo.png) https://www.varnpost.example/news/harbour-chief-quits.php

## Harbour chief quits after audit

Ines Reyes, Wire Maritime Writer

Updated 6:40 am CST, Tuesday, March 5, 2024

PORT SEL (Wire) — The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.

“I take full responsibility for what went wrong,” Mara Lind said in a statement read to reporters at the quay.

The audit found that two dredging contracts had been paid twice, the port's board said.

The board will name an acting chief next week, its chair told reporters.
"""


def test_the_menus_over_the_headline_given_again_are_the_site_s() -> None:
    result = import_text(CLIP, "clip.md")
    body, summary = result.markdown.split("+++")[2], " ".join(result.summary)
    for menu in ("Sign In", "Careers", "Homes", "print header logo", "varnpost.example", "\\-"):
        assert menu not in body
    assert "sections: 0 top-level" in summary and "Introduction" not in body
    assert "Harbour chief quits after audit" not in body and "PORT SEL (Wire)" in body


def test_a_clip_opening_on_a_list_of_its_own_keeps_it() -> None:
    text = CLIP.replace(MENU, "-   The port's accounts had gaps in two contracts.\n-   The board met on Monday night.")
    body = import_text(text, "clip.md").markdown.split("+++")[2]
    assert "The board met on Monday night." in body


def test_short_items_over_a_section_heading_stay() -> None:
    text = CLIP.replace("## Harbour chief quits after audit", "## What the audit found")
    body = import_text(text, "clip.md").markdown.split("+++")[2]
    assert "Sign In" in body


def test_the_author_field_printed_as_a_byline_is_one_writer_with_his_post() -> None:
    result = import_text(CLIP, "clip.md")
    markdown, summary = result.markdown, " ".join(result.summary)
    assert "authors: Ines Reyes (Wire Maritime Writer)" in summary and "By INES" not in markdown
    assert "Ines Reyes, Wire Maritime Writer" not in markdown.split("+++")[2]


def test_an_author_field_of_two_names_stays_two_authors() -> None:
    summary = " ".join(import_text(CLIP.replace("By INES REYES, Wire Maritime Writer", "Ines Reyes, Tomas Brill"), "clip.md").summary)
    assert "authors: Ines Reyes; Tomas Brill" in summary


def test_the_update_stamp_with_its_hour_zone_and_weekday_dates_the_clip() -> None:
    result = import_text(CLIP, "clip.md")
    assert "date = 2024-03-05" in result.markdown and "Updated 6:40" not in result.markdown.split("+++")[2]


def test_the_update_stamp_under_a_copied_headline_is_its_date_line() -> None:
    text = (
        "Harbour chief quits after audit\n\nUpdated 6:40 am CST, Tuesday, March 5, 2024\n\n"
        "PORT SEL (Wire) — The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.\n\n"
        "The board will name an acting chief next week, its chair told reporters.\n"
    )
    markdown = import_text(text, "story.txt").markdown
    assert "date = 2024-03-05" in markdown and "Updated 6:40" not in markdown.split("+++")[2]


def test_two_writers_in_capitals_share_the_desk_s_post() -> None:
    text = CLIP.replace("By INES REYES, Wire Maritime Writer", "By INES REYES and TOMAS BRILL, Wire Maritime Writers")
    summary = " ".join(import_text(text, "clip.md").summary)
    assert "Ines Reyes (Wire Maritime Writers); Tomas Brill (Wire Maritime Writers)" in summary


GALLERY = """Updated 6:40 am CST, Tuesday, March 5, 2024

-   ![The harbour chief, right, leaves the port office in Port Sel on Tuesday, March 5, 2024. Photo: Tomas Brill, Wire / Copyright 2024 Wire.](https://img.varnpost.example/1.jpg)
\x20\x20\x20\x20
    Photo: Tomas Brill, Wire
\x20\x20\x20\x20

Photo: Tomas Brill, Wire

Image 1 of / 6

Caption

Close

Image 1 of 6

Photo: Tomas Brill, Wire
"""
WITH_GALLERY = CLIP.replace("Updated 6:40 am CST, Tuesday, March 5, 2024\n", GALLERY)


def test_the_gallery_s_controls_are_furniture_and_the_alt_text_is_the_caption() -> None:
    body = import_text(WITH_GALLERY, "clip.md").markdown.split("+++")[2]
    assert ":credit: Photo: Tomas Brill, Wire\n\nThe harbour chief, right, leaves the port office in Port Sel on Tuesday, March 5, 2024.\n:::" in body
    for control in ("Image 1 of", "Caption\n", "Close", "(no caption)"):
        assert control not in body
    assert body.count("Photo: Tomas Brill") == 1


def test_a_gallery_s_counter_in_a_copied_story_is_furniture() -> None:
    text = (
        "Harbour chief quits after audit\n\nMarch 5, 2024\n\nImage 1 of 6\n\nCaption\n\n"
        "PORT SEL (Wire) — The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.\n\n"
        "The board will name an acting chief next week, its chair told reporters.\n"
    )
    body = import_text(text, "story.txt").markdown.split("+++")[2]
    assert "Image 1 of 6" not in body and "Caption" not in body


def test_a_line_under_a_photo_that_is_no_credit_stays_its_caption() -> None:
    text = WITH_GALLERY.replace("    Photo: Tomas Brill, Wire\n", "    The chief at the port office.\n", 1)
    body = import_text(text, "clip.md").markdown.split("+++")[2]
    assert "The chief at the port office." in body


def test_an_excerpt_that_is_the_whole_story_gives_only_its_first_paragraph() -> None:
    story = [
        "PORT SEL (Wire) - The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.",
        '"I take full responsibility for what went wrong," Mara Lind said in a statement read to reporters at the quay.',
        "The audit found that two dredging contracts had been paid twice, the port's board said.",
    ]
    text = CLIP.replace(
        "> PORT SEL (Wire) - The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.", "> " + "   ".join(story)
    )
    markdown = import_text(text, "clip.md").markdown
    assert 'summary = "The harbour chief resigned on Tuesday after an audit found gaps in the port\'s accounts."' in markdown


def test_an_excerpt_of_its_own_stays_the_summary() -> None:
    excerpt = "The port's chief is out after an audit. Two contracts were paid twice, the board says."
    text = CLIP.replace("> PORT SEL (Wire) - The harbour chief resigned on Tuesday after an audit found gaps in the port's accounts.", "> " + excerpt)
    assert f'summary = "{excerpt}"' in import_text(text, "clip.md").markdown


def test_a_caption_labelled_photo_under_a_photo_stays_its_caption() -> None:
    text = WITH_GALLERY.replace("    Photo: Tomas Brill, Wire\n", "    Photo: the harbour chief at the port office\n", 1)
    body = import_text(text, "clip.md").markdown.split("+++")[2]
    assert ":credit: Photo: the harbour chief" not in body and "the harbour chief at the port office" in body


def test_an_interviews_label_naming_the_writer_is_no_byline_given_again():
    """The writer's name alone over her first question, and again over her next turn, labels her turns: it stays
    with the question; her name with her post under the headline is still the byline given again (near miss)."""
    from imported import built

    turns = (
        "Lena Moss\n\nHow has the pier changed in the ten years you have run it?\n\nIvo Brandt\n\n"
        "It is busier, and the boats are bigger, but the pier is the same old pier we had before the war.\n\n"
        "Lena Moss\n\nWill the new ferries help?\n\nIvo Brandt\n\nThey will, if they ever arrive from the yard at Southbay.\n"
    )
    result, _ = built("Talking to the pier master\n\nBy Lena Moss\n\n2 May 2019\n\n" + turns)
    body = result.markdown.split("+++")[2]
    assert body.count("Lena Moss") == 2 and "the byline given again" not in result.dropped
    assert "It is busier, and the boats are bigger" in body
    result, _ = built("Talking to the pier master\n\nBy Lena Moss\n\n2 May 2019\n\nLena Moss, Northbay Courier Staff Writer\n\n" + turns)
    assert result.dropped.get("the byline given again") == ["Lena Moss, Northbay Courier Staff Writer"]


def test_an_agency_after_the_names_in_capitals_is_no_writer() -> None:
    """'By INES REYES, AP': the agency (the shared wire list) or an acronym of three letters is the credit, no author;
    two names in capitals stay two writers (near miss above)."""
    for field, credit in (("By INES REYES, AP", "AP"), ("By INES REYES, AFP", "AFP"), ("By INES REYES, HTN", "HTN")):
        summary = " ".join(import_text(CLIP.replace("By INES REYES, Wire Maritime Writer", field), "clip.md").summary)
        assert f"authors: Ines Reyes ({credit})" in summary and "Ap" not in summary.split(), field
