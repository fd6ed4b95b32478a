"""A news page copied whole with select-all: its skip links glued into one line ('Accessibility helpSkip to
navigation…'), its menu, and a 'Most Read' list of other stories' headlines over the story's headline, which has its
writers' names alone on the line under it ('Jane Roe and Tom Eyre') and its date line. The menu and the list are the
site's furniture: no title, no section, nobody quoted in them credited. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

MENU = (
    "Accessibility helpSkip to navigationSkip to contentSkip to footer\n"
    "Open side navigation menuOpen search bar\nmyLedger\nSearch the Ledger\nHome\nWorld\nMost Read\n"
    "Grain rally ‘has run its course’, Tolvik’s Aske says\n"
    "Shipping chief Ida Berg: ‘Tell your crews the truth’\n"
    "Ferry strike enters its second month\n\n"
)
STORY = (
    "\n\nMarch 4 2024\n\n"
    "Northgate Partners’ main fund lost 9 per cent in February, according to a letter sent to its investors on Monday.\n\n"
    "“We knew the winter would be hard on grain,” said Oda Strand, the firm’s head of trading.\n"
)
HEADLINE = "Northgate Partners fund sinks 30% in first two months of 2024\n\n"


@pytest.mark.parametrize(
    ("writers", "names"),
    [
        ("Lena Moor and Pavel Kron", ["Lena Moor", "Pavel Kron"]),
        ("Lena Moor, Pavel Kron and Ada Vell", ["Lena Moor", "Pavel Kron", "Ada Vell"]),
        ("Lena Moor & Pavel Kron", ["Lena Moor", "Pavel Kron"]),
        ("Lena Moor", ["Lena Moor"]),
    ],
)
def test_the_menu_and_its_headlines_over_a_headline_with_its_writers_are_furniture(writers, names):
    _result, report = built(MENU + HEADLINE + writers + STORY)
    assert report.title == "Northgate Partners fund sinks 30% in first two months of 2024"
    assert [a.name for a in report.authors] == names
    assert str(report.date) == "2024-03-04"
    assert headings(report) == []
    assert "has run its course" not in body_text(report) and "Tell your crews" not in body_text(report)
    assert "Oda Strand" in body_text(report)


def test_the_glued_skip_links_after_the_accessibility_link_are_one_skip_link():
    assert furniture_kind("Accessibility helpSkip to navigationSkip to contentSkip to footer") == "skip link"
    assert furniture_kind("Skip to contentSkip to footer") == "skip link"


@pytest.mark.parametrize("line", ["Accessibility help and the rights of disabled passengers", "Skip to the end, the minister said"])
def test_near_miss_sentences_about_accessibility_or_skipping_are_text(line):
    assert furniture_kind(line) == ""


def test_near_miss_a_report_s_contents_over_its_headline_and_writers_are_no_menu():
    contents = "Summary\nThe fund's winter\nWhat the letter says\nThe grain market\nOutlook\n\n"
    result, _report = built(contents + HEADLINE + "Lena Moor and Pavel Kron" + STORY)
    assert "site menu" not in result.dropped and "page furniture" not in result.dropped


def test_near_miss_two_bodies_named_under_a_headline_are_no_writers():
    from dossier.furniture import _writers_line

    assert _writers_line("Lena Moor and Pavel Kron")
    assert not _writers_line("Harbour Institute and Ocean Council")
    assert not _writers_line("Lena Moor, Pavel Kron, Ada Vell, Ivo Sand and Mira Holt")
