"""A story reposted by a campaign site as Markdown, clipped with its notes: a first line wholly a link to the original
('[Original story has images and audio content.](…)') is the clipper's, left out; the site's word on what it added
('**Highlights are added by the Quay Students Blog.**') is its editors' note; an unmarked short line (an embedded
video's title) in an export marking no heading is a line of the text, neither a section over the whole story nor the
summary. Near misses: a link line that is a reading of its own, an export whose writer sets several unmarked subheads,
an export marking its headings with '#'."""

from __future__ import annotations

from dossier.document import read_report
from dossier.furniture import furniture_kind
from dossier.importer import import_text

FRONT = "---\ntitle: Quay students in revolt over fee rises\ndate: 2024-08-30\nauthor: Tomas Brem\n---\n\n"
LEAD = "The council voted to pause the fee review. A rare stand-off between the board and its students has taken a turn."
STORY = (
    f"{LEAD}\n\n"
    "“We cannot afford this,” said union organiser Ilse Varga.\n\n"
    "The council met on Tuesday to discuss the plan, and a vote is due next month after a long debate in the hall.\n"
)


def imported(top: str, story: str = STORY):
    result = import_text(FRONT + top + story, "repost.md")
    return result, read_report(result.markdown, "reports/x.md")


def test_a_clippers_link_to_the_original_is_left_out() -> None:
    result, _ = imported("[Original story has images and audio content.](https://example.com/news/quay-fees)\n\n")
    assert "Original article" not in result.markdown
    assert f'summary = "{LEAD}"' in result.markdown
    assert result.dropped["clipper's link to the original"] == ["Original story has images and audio content."]


def test_a_link_line_of_the_texts_own_stays() -> None:
    result, _ = imported("[The council's fee review](https://example.com/review) is due next month, its chair said.\n\n")
    assert "The council's fee review is due next month" in result.markdown


def test_a_link_to_the_source_report_or_an_outlets_credit_stays() -> None:
    for line in (
        "[Source report: the Quay Board review of mooring fees, 2020](https://example.org/board/review-2020.html)",
        "[Original story published in the Harbour Ledger on May 3, 2021](https://ledger.example/fees)",
    ):
        result, _ = imported(f"{line}\n\n")
        assert "clipper's link to the original" not in result.dropped, line
        assert line[1 : line.index("]")] in result.markdown, line


def test_a_clippers_link_text_is_the_furniture_link_to_the_original() -> None:
    for text in ("Original story has video and photo content.", "View the original article", "Read the original story"):
        assert furniture_kind(text) == "link to the original", text
    assert furniture_kind("Source report: the Quay Board review of mooring fees") == ""


def test_the_sites_word_on_what_it_added_is_its_editors_note() -> None:
    for note in ("**Highlights are added by the Quay Students Blog.**", "**Highlights and [additional comments] are added by Quay Voices.**"):
        result, _ = imported(f"{note}\n\n---\n\n")
        assert ":::{editorial}" in result.markdown, note
        assert f'summary = "{LEAD}"' in result.markdown, note


def test_the_editors_as_adders_make_the_note() -> None:
    result, _ = imported("Emphasis added by the editors.\n\n---\n\n")
    assert ":::{editorial}" in result.markdown


def test_a_lede_on_what_someone_added_stays_the_story() -> None:
    for lede in (
        "Comments added by the mayor to the draft timetable angered the ferry operators on Tuesday.",
        "Highlights added by the mayor to the draft timetable angered the ferry operators on Tuesday.",
        "Annotations added by Piet Osk.",
    ):
        result, _ = imported(f"{lede}\n\n")
        assert ":::{editorial}" not in result.markdown, lede
        assert lede in result.markdown, lede


def test_a_first_paragraph_on_highlights_of_the_story_stays() -> None:
    result, _ = imported("Highlights of the fee review were added to the council's agenda by its chair.\n\n")
    assert ":::{editorial}" not in result.markdown


def test_an_unmarked_line_over_the_story_is_no_section_nor_summary() -> None:
    result, report = imported("Quay students address fee rises at open forum\n\n")
    assert [s.title for s in report.chapters] == []
    assert "\nQuay students address fee rises at open forum\n" in result.markdown
    assert f'summary = "{LEAD}"' in result.markdown


def test_an_unmarked_line_under_the_sites_note_on_its_additions_is_no_section() -> None:
    result, report = imported("**Highlights are added by the Quay Students Blog.**\n\n---\n\nQuay students address fee rises at open forum\n\n")
    assert [s.title for s in report.chapters] == []
    assert "\nQuay students address fee rises at open forum\n" in result.markdown


def test_one_unmarked_subhead_in_mid_story_stays_a_heading() -> None:
    story = STORY.replace("The council met", "What the traders want from the board next\n\nThe council met")
    _, report = imported("", story)
    assert [s.title for s in report.chapters] == ["What the traders want from the board next"]


def test_several_unmarked_subheads_stay_headings() -> None:
    story = STORY.replace("“We cannot", "Voices from the hall\n\n“We cannot").replace("The council met", "What comes next\n\nThe council met")
    _, report = imported("", story)
    assert [s.title for s in report.chapters] == ["Voices from the hall", "What comes next"]


def test_a_heading_marked_with_a_hash_stays() -> None:
    _, report = imported("## Quay students address fee rises at open forum\n\n")
    assert [s.title for s in report.chapters] == ["Quay students address fee rises at open forum"]


def test_a_lone_sections_label_stays_a_heading() -> None:
    for label in ("Background", "What the Quay Councils Found in the Review"):
        _, report = imported(f"{label}\n\n")
        assert [s.title for s in report.chapters] == [label], label
