"""A blog's author block under its date line ('Author' / 'JANE ROE' / 'Head of Experiments, Harbour Lab') is the byline,
with the post as the writer's role, never three sections; a headline given again with the byline run onto it ('<title>
Written by : Jane Roe') is the title and the author."""

from __future__ import annotations

from dossier.importer import import_text

STORY = [
    "The question",
    "Mothers in Harbourtown read to their children more than fathers do, and we set out to learn why.",
    "We ran a small test with the town library over three weeks in the spring.",
]


def imported(*blocks: str) -> tuple[str, list[str]]:
    result = import_text("\n\n".join(blocks) + "\n", "blog.txt")
    return result.markdown, result.summary


def test_the_author_block_is_the_byline() -> None:
    markdown, summary = imported(
        "Why do fathers skip bedtime stories?", "MARCH 4, 2021\nAuthor\nNORA VESTIG\nHead of Experiments, Harbour Lab", *STORY
    )
    assert 'name = "Nora Vestig"' in markdown and 'role = "Head of Experiments, Harbour Lab"' in markdown
    assert "## Author" not in markdown and "NORA VESTIG" not in markdown and "## The question" in markdown
    assert "sections: 1 top-level, 0 sub-sections: The question" in summary


def test_another_label_no_post_and_another_post() -> None:
    markdown, _ = imported("Why do fathers skip bedtime stories?", "March 4, 2021", "Written by:", "Nora Vestig", *STORY)
    assert 'name = "Nora Vestig"' in markdown and "role =" not in markdown and "## The question" in markdown
    markdown, _ = imported("Why do fathers skip bedtime stories?", "4 March 2021\nAuthor\nIVO MARSH\nResearch Fellow, Harbour Lab", *STORY)
    assert 'name = "Ivo Marsh"' in markdown and 'role = "Research Fellow, Harbour Lab"' in markdown and "IVO MARSH" not in markdown


def test_a_double_surname_in_capitals_is_spelt_with_both_capitals() -> None:
    markdown, _ = imported("Why do fathers skip bedtime stories?", "4 March 2021\nAuthor\nNORA VESTIG-MARSH\nResearch Fellow, Harbour Lab", *STORY)
    assert 'name = "Nora Vestig-Marsh"' in markdown  # not "Vestig-marsh"


def test_an_authors_heading_over_prose_stays_a_section() -> None:
    markdown, _ = imported(
        "Why do fathers skip bedtime stories?",
        "March 4, 2021",
        *STORY,
        "Authors",
        "This note was written by the staff of the town library with help from parents.",
    )
    assert "## Authors" in markdown


def test_the_byline_run_onto_the_headline_given_again() -> None:
    markdown, _ = imported("Home\n\nBlogs", "Reading at home in Harbourtown Written by : Ines Varga", "4 May 2022", *STORY)
    assert 'title = "Reading at home in Harbourtown"' in markdown and 'name = "Ines Varga"' in markdown
    markdown, _ = imported("Reading at home in Harbourtown", "Books written by: children of the town", *STORY)
    assert 'title = "Reading at home in Harbourtown"' in markdown


def test_the_headline_given_again_with_its_byline_under_the_menus() -> None:
    markdown, _ = imported(
        "Reading at home in Harbourtown",
        "type: blog",
        "Home\n\nHarbourtown\n\nBlogs",
        "Reading at home in Harbourtown Written by : Ines Varga",
        *STORY,
    )
    assert 'name = "Ines Varga"' in markdown and "Written by" not in markdown


def test_a_surname_with_a_prefixs_apostrophe_in_capitals_is_spelt_as_a_name() -> None:
    """'NORA O'DELL', 'SEAN O’BRIEN-KANE', 'D'ARCY LANE': the prefix's apostrophe before a capital is a name's, and the
    post under the name its role (it had read the post as two authors)."""
    for block, name in (
        ("NORA O'DELL", "Nora O'Dell"),
        ("SEAN O’BRIEN-KANE", "Sean O’Brien-Kane"),
        ("D'ARCY LANE", "D'Arcy Lane"),
    ):
        markdown, _ = imported("Why do fathers skip bedtime stories?", f"4 March 2021\nAuthor\n{block}\nResearch Fellow, Harbour Lab", *STORY)
        assert f'name = "{name}"' in markdown and 'role = "Research Fellow, Harbour Lab"' in markdown, block
        assert markdown.count("[[authors]]") == 1, block


def test_near_miss_a_possessive_in_capitals_is_no_name() -> None:
    """A possessive in capitals under the label ('HARBOUR LAB'S TEAM': its apostrophe before a lower-case 's' once spelt)
    is no author's name."""
    markdown, _ = imported("Why do fathers skip bedtime stories?", "4 March 2021\nAuthor\nHARBOUR LAB'S TEAM\nResearch Fellow, Harbour Lab", *STORY)
    assert "Lab'S" not in markdown and "Lab's Team" not in markdown.split("+++")[1]
