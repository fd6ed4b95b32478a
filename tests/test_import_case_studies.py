"""A research report that tells people's cases: each case under the person's name (or the name it gave them, in quotation
marks), an epigraph credited on a dash line, the publisher's tag line at the foot, sections at an indent over flush
sub-sections. Passages of our own (names invented), each with its near miss."""

from __future__ import annotations

from dossier.importer import import_text
from imported import built, headings

LONG = (
    "The council's own figures show that the number of reviews rose by a third in two years, while the number of assessors "
    "stayed the same, and residents said the visits grew shorter each time."
)

EPIGRAPH = [
    "They had decided before they came in. They told me the hours would go down and then they asked me how I was.",
    "\t\t—Edith Marlow, 81, March 2021 ",
]

CASES = [
    "Edith Marlow",
    "Edith Marlow, 81, who lives near Northvale, has used home care since a fall in 2015 left her unable to manage the stairs. She told "
    "us that the assessors at her 2020 review announced a cut before they asked her a single question about her needs.",
    "They stayed twenty minutes and never looked at the stairs. I told them I cannot reach the bath on my own any more.",
    "Marlow appealed the decision in 2021 and won back two of the five hours she had lost, after eight months without them.",
    "",
    "“Tomas”",
    "“Tomas,” 72, told us that his visits were halved after a review held by telephone in 2019, while he was in hospital "
    "with a broken hip. His nephew, who cares for him at weekends, learned of the change from the agency's rota.",
    "Tomas wrote to the council twice and had no answer by the time we spoke to him in the spring.",
    "“Irena”",
    "Her daughter told us that “Irena,” 68, was sent home the day after a fall with no care at all, and that the assessment "
    "which followed a week later counted the daughter's own visits as the care Irena needed.",
    "",
    "Walter Finch",
    "Walter Finch, 77, of Eastmoor, was his brother's carer for six years before the brother moved into residential care. He "
    "said the council's assessors came twice and each time left without writing down what he told them.",
    "Finch said the second visit lasted a quarter of an hour and that the assessor spent it on the telephone.",
]


def report(*parts: list[str], tail: list[str] | None = None) -> str:
    lines = ["Unheard: Home Care Cuts for Older Residents in Northvale", "", "Summary", ""]
    for part in parts:
        lines += [*part, ""]
    return "\n".join(lines + (tail or []))


def test_names_over_the_cases_they_head_are_subheads_not_authors_names():
    result, rep = built(report([LONG], ["\tThe Cases", "", *CASES], ["\tRecommendations", "", LONG]))
    assert "Edith Marlow" in headings(rep) and "Walter Finch" in headings(rep)
    assert "author's name above the note about the author" not in result.dropped


def test_near_miss_an_author_box_at_the_end_is_still_left_out():
    box = [
        "Clara Vossberg",
        "Clara Vossberg is a senior researcher in the older people's rights programme, where she has worked since 2016.",
        "",
        "Anton Reyes",
        "Anton Reyes is an associate director of the programme and wrote its earlier report on residential care.",
    ]
    result, rep = built(report([LONG], ["\tThe Cases", "", *CASES], box))
    assert result.dropped["author's name above the note about the author"] == ["Clara Vossberg", "Anton Reyes"]
    assert "Edith Marlow" in headings(rep)


def test_names_in_quotation_marks_over_the_cases_they_head_are_subheads():
    result, rep = built(report([LONG], ["\tThe Cases", "", *CASES]))
    assert "“Tomas”" in headings(rep) and "“Irena”" in headings(rep)
    assert "> “Tomas”" not in result.markdown


def test_near_miss_one_name_in_quotation_marks_is_no_subhead():
    one = CASES[5:9]  # '“Tomas”' over his paragraph, alone
    _, rep = built(report([LONG], one, [LONG]))
    assert "“Tomas”" not in headings(rep)


def test_a_dash_line_crediting_an_epigraph_is_set_with_it_as_a_block_quote():
    result, rep = built(report(EPIGRAPH, [LONG], [LONG]))
    assert not any("Marlow" in h for h in headings(rep))
    assert "> They had decided before they came in." in result.markdown
    assert "> —Edith Marlow, 81, March 2021" in result.markdown


def test_near_miss_a_dash_line_that_names_no_one_is_no_credit():
    result, _ = built(report([*EPIGRAPH[:1], "—Background to the Dispute"], [LONG], [LONG]))
    assert "> —Background to the Dispute" not in result.markdown


def test_the_site_s_region_and_topic_tags_at_the_foot_are_furniture():
    tail = ["Region / Country Europe United Kingdom  Topic Health Rights of Older People"]
    result, rep = built(report([LONG], ["\tThe Cases", "", *CASES], tail=tail))
    assert result.dropped["the site's region and topic tags"] == tail
    assert not any(h.startswith("Region") for h in headings(rep))


def test_near_miss_a_last_section_named_for_a_region_stays():
    tail = ["Regional Outlook", "", LONG]
    _, rep = built(report([LONG], [LONG], tail=tail))
    assert "Regional Outlook" in headings(rep)


def test_sections_at_an_indent_are_sections_and_flush_headings_under_them_sub_sections():
    text = report([LONG], ["\tThe Cases", "", *CASES], ["\tRecommendations", "", "To the County Council", LONG, "", "To the Ministry", LONG])
    _, rep = built(text)
    chapters = [s.title for s in rep.chapters]
    subheads = {s.title: [h.title for h in s.subheadings] for s in rep.sections}
    assert "The Cases" in chapters and "Recommendations" in chapters, chapters
    assert subheads["Recommendations"] == ["To the County Council", "To the Ministry"]
    assert "Recommendations" not in subheads["The Cases"]


def test_near_miss_prose_at_an_indent_leaves_the_levels_alone():
    text = report(["\t" + LONG], ["\tThe Cases", "", "\t" + LONG], ["\tRecommendations", "", "To the County Council", "\t" + LONG])
    result = import_text(text, "export.txt")
    assert "headings at an indent read as sections" not in " ".join(result.inferred)
