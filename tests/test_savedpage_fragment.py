"""An article's body as a CMS stores it: markup with no <html>, <head> or <body> around it, read as a saved page."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier.reportimport import read_export
from dossier.savedpage import looks_like_html

FRAGMENT = (
    '<div class="story-heading">Tides and the Council</div>\n'
    '<div class="story-byline">By Harbour Notes</div>\n'
    '<div class="story-body">\n'
    '\t<p class="lead">In 2021 the council\'s clerk, Ms Ada Penhallow, <a\n'
    '\t\thref="https://example.org/notice" target="_blank">asked</a> two committees to look at the dredging contracts.</p>\n'
    '\t<p>In her evidence she called the delay "a lost year" for the harbour and its pilots.</p>\n'
    "</div>\n"
)


def imported(tmp_path: Path, name: str, text: str) -> tuple[str, list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = read_export(str(path), None)
    return result.markdown, [p.message for p in result.problems]


def test_an_html_fragment_is_read_as_markup(tmp_path: Path) -> None:
    markdown, problems = imported(tmp_path, "dredging.html", FRAGMENT)
    head, body = markdown.split("+++")[1:3]
    assert 'title = "Tides and the Council"' in head  # the line whose class names it the title
    assert 'name = "Harbour Notes"' in head
    assert "<" not in body and 'class="' not in body and "target=" not in body
    assert "[asked](https://example.org/notice) two committees" in body
    assert not any("</html>" in p for p in problems)  # a fragment has no page to close


@pytest.mark.parametrize("name", ["dredging.txt", "dredging"])
def test_a_file_opening_on_an_html_element_is_markup_whatever_its_name(tmp_path: Path, name: str) -> None:
    markdown, _ = imported(tmp_path, name, FRAGMENT)
    assert 'title = "Tides and the Council"' in markdown and "<p" not in markdown


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("notes.txt", b"<Harbour> is the label the clerk used.\n\nThe committees met twice."),  # no HTML element
        ("notes.txt", b"<p> marks a paragraph in the drafts we were sent, and nothing closes it.\n\nThe committees met."),
        ("export.md", FRAGMENT.encode()),  # Markdown may open with an HTML block: its own reader handles it
        ("export.rst", FRAGMENT.encode()),
        ("notes.html", b"Plain words in a file named .html, with no tag in it at all.\n\nA second paragraph."),
    ],
)
def test_text_that_only_mentions_markup_is_not_a_fragment(name: str, raw: bytes) -> None:
    assert not looks_like_html(raw, name)


def test_a_page_with_a_headline_keeps_it_over_a_classed_title(tmp_path: Path) -> None:
    # near miss: a whole page whose <h1> is the headline; a box with a "title" class above it is not the title
    page = (
        "<!doctype html><html><head><meta charset='utf-8'></head><body>"
        "<div class='widget-title'>Most read this week</div><article><h1>Dredging the Outer Harbour</h1>"
        + FRAGMENT.split('<div class="story-body">')[1]
        + "</article></body></html>"
    )
    markdown, _ = imported(tmp_path, "page.html", page)
    assert 'title = "Dredging the Outer Harbour"' in markdown


def test_a_whole_page_cut_short_still_says_so(tmp_path: Path) -> None:
    # near miss: a page that opened with <html> and stops before it closes is an incomplete save
    page = "<!doctype html><html><head><title>Dredging</title></head><body><article>" + FRAGMENT
    _, problems = imported(tmp_path, "page.html", page)
    assert any("before </html>" in p for p in problems)


TEMPLATE_VIEW = (
    "<?php $__env->startSection('content'); ?><p>Councillors in Westmere have voted to close the old ferry pier by March.</p>\n\n"
    "<p>But the harbour board, which faces a vote in May, has refused to take part.  </p>\n\n"
    "<p>'It is relentless, it is bullying. But I will not be bullied,' Mayor Ruth Kalder told reporters today. </p>\n\n"
    "<p>'I think the mayor has some questions to answer,' Treasurer Jim Dorcey told a radio station. </p>\n"
    "<?php $__env->stopSection(); ?>\n"
    "<?php echo $__env->make('_layouts.post', \\Illuminate\\Support\\Arr::except(get_defined_vars(), ['__data', '__path']))->render(); ?>\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "",  # a compiled template view: server-side code glued to the first paragraph
        "{% extends 'post.html' %}\n{% block body %}\n",  # a Jinja or Liquid template
        "Copied from the page's source:\n\n",  # a line of the user's own over a copied innerHTML
    ],
)
def test_a_text_whose_lines_are_html_paragraphs_is_markup_whatever_opens_it(tmp_path: Path, opening: str) -> None:
    markdown, _ = imported(tmp_path, "pier.txt", opening + TEMPLATE_VIEW)
    body = markdown.split("+++")[2]
    assert "<p>" not in body and "</p>" not in body and "<?php" not in body and "$__env" not in body and "{%" not in body
    assert "'_layouts.post'" not in body and "'__data'" not in body  # the template's names are code, not text
    assert "\n'It is relentless, it is bullying. But I will not be bullied,' Mayor Ruth Kalder" in body  # the quotation opens its paragraph


@pytest.mark.parametrize(
    "raw",
    [
        # near misses: a Markdown export with a few HTML lines (an image's caption in a <p>), and prose that names tags
        b"# Pier vote\n\nCouncillors voted on Monday.\n\n<p>Ruth Kalder, mayor</p>\n\nThe board refused.\n\nIt meets in May.\n\n"
        b"<div>Credit: Harbour Press</div>\n\nThe vote was close.\n\nDorcey spoke last.\n",
        b"Our editor pastes <p> and </p> around each paragraph.\n<p> opens one, </p> closes it.\nThe rest is prose.\nAnd more prose.\n",
    ],
)
def test_a_text_with_a_few_html_lines_is_not_markup(raw: bytes) -> None:
    assert not looks_like_html(raw, "pier.txt")


POLL = (
    "<p>'I think the mayor has some questions to answer,' Treasurer Jim Dorcey told a radio station.</p>\n\n"
    "<p>Should the pier stay open?</p>\n\n<p>Should the pier stay open?</p>\n\n<p>Now share your opinion</p>\n\n"
    "<p>'How can it be right to close the pier before the summer?'</p>\n\n"
    "<p>Dorcey said the council had not asked the ferry operators.</p>\n"
)


def test_a_reader_poll_between_paragraphs_is_page_furniture(tmp_path: Path) -> None:
    markdown, _ = imported(tmp_path, "pier.txt", TEMPLATE_VIEW + POLL)
    body = markdown.split("+++")[2]
    assert "Should the pier stay open?" not in body and "share your opinion" not in body
    assert "'I think the mayor has some questions to answer,' Treasurer Jim Dorcey" in body
    assert "\n'How can it be right to close the pier before the summer?'\n" in body
    # near miss: the story's own question, with no prompt under it, is the story's
    markdown, _ = imported(tmp_path, "pier.txt", TEMPLATE_VIEW + POLL.replace("<p>Now share your opinion</p>\n\n", ""))
    assert markdown.split("+++")[2].count("Should the pier stay open?") == 2
