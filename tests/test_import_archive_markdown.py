"""A news archive's Markdown (a scraper's store of articles, one file each): the title, a standfirst set as a smaller
heading, the page's fields as a list under a label, a label over the article, and images set inside the text, some
linked to their full size with the page's caption markup in their title. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

ARCHIVE = """# Harbour board backs new toll on the quay
### Ferry operators say the charge will drive passengers away before the summer season starts.

## Information:
+ Source: Harbour Weekly
+ Link: [article](https://example.org/harbour/toll)
+ Date: March 5, 2026 -- 09:15 GMT
+ Author: Ada Penhallow


## Article:
Unknown

![toll-gate.png](https://example.org/img/toll-gate.png)
 Image: Harbour Weekly
 On Thursday, the harbour board voted to charge every ferry that uses the quay, a move operators called a tax on travel.

"We will lose the day trippers first," said Bram Keller, who runs two boats from the quay.

[![Cora Vidal](https://example.org/img/vidal-small.jpg)](https://example.org/img/vidal.jpg "<div class='credit'>Harbour Weekly</div>
<p>Cora Vidal, chair of the harbour board.</p>
")
"The quay has to pay for itself," said Cora Vidal, who chairs the board.

![Ferry at the quay](https://example.org/img/ferry.jpg)
The operators will meet again in April to decide whether to challenge the toll in court.
"""


def body(report) -> str:
    return "\n".join(p.text for s in report.sections for p in s.paragraphs)


def test_the_archive_field_list_gives_author_and_date_and_is_no_text():
    result, report = built(ARCHIVE)
    assert [a.name for a in report.authors] == ["Ada Penhallow"]
    assert report.date.isoformat() == "2026-03-05"
    assert headings(report) == []  # neither the standfirst nor the labels 'Information:' and 'Article:' are sections
    text = body(report)
    assert "Source:" not in text and "Link:" not in text and "Unknown" not in text and "+ " not in text
    assert report.summary.startswith("Ferry operators say the charge")  # the smaller heading under the title
    assert not any("no byline" in p.message for p in result.problems)


def test_a_list_of_facts_in_the_text_is_no_field_list():
    # near miss: the same list of 'Key: value' items below the story's first paragraphs is the story's own
    facts = "\n\n".join(["On Thursday the board voted on the toll for the quay.", "The vote went six to two.", "Who voted:"])
    text = "# Harbour board backs new toll\n\n" + facts + "\n\n+ Date: 5 March 2026\n+ Author: the clerk\n\n## The vote\n\nThe toll starts in May.\n"
    _, report = built(text)
    assert report.authors == [] and "Author: the clerk" in body(report) and "Date: 5 March 2026" in body(report)


def test_images_inside_the_text_are_figures_and_the_text_after_them_its_own_paragraph():
    _, report = built(ARCHIVE)
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert any(p.startswith("On Thursday, the harbour board voted") for p in paragraphs)  # not run into the image's credit
    assert '"The quay has to pay for itself," said Cora Vidal, who chairs the board.' in paragraphs  # after the linked headshot
    assert "The operators will meet again in April to decide whether to challenge the toll in court." in paragraphs
    text = body(report)
    assert "<div" not in text and "credit'" not in text and "vidal-small" not in text
    assert "Cora Vidal, chair of the harbour board." in paragraphs  # the caption the page wrote into the image's title


def test_a_long_caption_under_an_image_stays_one_caption():
    # near miss: a caption wrapped over two lines under an image is one caption, not a caption and a paragraph
    text = (
        "# Harbour board backs new toll\n\nOn Thursday the board voted on the toll for the quay, and the operators objected.\n\n"
        "![Quay](quay.jpg)\nThe quay at low tide on Wednesday, a day before the board\nvoted on the toll.\n\nThe toll starts in May.\n"
    )
    _, report = built(text)
    assert "voted on the toll." not in [p.text for s in report.sections for p in s.paragraphs]


# A research archive's copy of a web page, as a Markdown file: front matter, the title, the archive's citation of the
# page (the title again, its author and publisher), its fields about the copy, its notice, a label over the page's text,
# a banner over it; the page's reading controls and, closing it, the author's card and a rail of the site's other stories.
RESEARCH_COPY = """---
title: "Quay tolls rise again"
authors:
  - Ada Penhallow
published: 2021-06-02
---

# Quay tolls rise again

**Quay tolls rise again** - Ada Penhallow, Harbour Weekly.

- Published: 2021-06-02
- Original: <https://example.org/quay-tolls>
- Retrieved: 2024-01-09
- Licence: unknown

Rights remain with the page's publisher. This copy is kept for research in case the page goes away.

## Content

> ARCHIVED PAGE. Everything below this line is third-party material.

Text size

The harbour board raised the quay toll for the second time this year, ferry operators said on Tuesday.

"We cannot pass this on to passengers," said Bram Keller, who runs two boats.

[ Ada Penhallow ](https://example.org/author/ada/) Harbour Editor

-  [ ![Listing image for a story in Most Read: Pier reopens](https://example.org/img/pier.jpg) ](https://example.org/pier/)

  1. [Pier reopens after storm](https://example.org/pier/)

-

  2. [Ferry fares frozen](https://example.org/fares/)

  Customize
"""


def test_a_research_archives_header_banner_controls_and_closing_rail_are_no_text():
    result, report = built(RESEARCH_COPY)
    paragraphs = [p.text for s in report.sections for p in s.paragraphs]
    assert paragraphs == [
        "The harbour board raised the quay toll for the second time this year, ferry operators said on Tuesday.",
        '"We cannot pass this on to passengers," said Bram Keller, who runs two boats.',
    ]
    assert headings(report) == []  # 'Content' labels the page's text
    assert report.summary.startswith("The harbour board raised")  # never the citation of the title
    assert [a.name for a in report.authors] == ["Ada Penhallow"]
    assert "![" not in result.markdown and "Listing image" not in result.markdown


def test_a_reading_list_of_links_closing_the_text_is_kept():
    # near miss: a list of the text's own sources, each a link, with no card's empty item among them
    text = RESEARCH_COPY.split("[ Ada Penhallow ]")[0] + (
        "Further reading:\n\n- [The board's toll schedule](https://example.org/tolls.pdf)\n- [Operators' letter](https://example.org/letter)\n"
    )
    _, report = built(text)
    assert "The board's toll schedule" in body_text(report) and "Operators' letter" in body_text(report)


def test_a_line_opening_with_the_title_under_it_is_text_where_no_field_list_follows():
    # near miss: the first paragraph may open with the headline's words; without the archive's fields it is the text's
    text = "# Quay tolls rise again\n\nQuay tolls rise again - and operators say passengers will pay.\n\nThe board met on Tuesday.\n"
    _, report = built(text)
    assert "Quay tolls rise again - and operators say passengers will pay." in body_text(report)


def test_a_quotation_under_a_content_heading_is_the_texts():
    # near miss: a block quote that says nothing of an archive stays, and with no field list 'Content' is the text's heading
    text = "# Quay tolls rise again\n\n## Content\n\n> The quay must pay for itself, the chair wrote.\n\nThe board met on Tuesday.\n"
    _, report = built(text)
    assert "The quay must pay for itself, the chair wrote." in body_text(report)
