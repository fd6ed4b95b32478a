"""A journal article's masthead under its title, as a journal's site or its repository prints it: the journal's name, its
issue line ('Volume 4, Number 1 Winter 2021, Article 2'), the year or day on a line of its own, and each author's name over
their affiliation are front matter (the byline and the authors' posts), never sections; the repository's recommended
citation and open-access notice are furniture, the authors' note under them no summary; a title whose head is set in
capitals over a mixed-case subtitle is spelt (`dossier/mastheads.py`)."""

from __future__ import annotations

from dossier.importer import import_text

TEXT = (
    "The dykes of the north bank were raised twice in ten years, and the towns of the delta still doubt the council's figures.\n\n"
    "THE QUARREL\n\nThe towns wait for the council's answer, which the council says will come in the spring.\n"
)


def summary_of(text: str, name: str = "article.txt") -> tuple[str, str]:
    result = import_text(text, name)
    return "\n".join(result.summary), result.markdown


def test_a_plain_text_masthead_gives_the_byline_and_no_sections() -> None:
    text = (
        "TIDES OVER THE VARN - Dredging, Dykes and the Delta Towns\n\nEstuary Policy Review\n\n"
        "Volume 4, Number 1 Winter 2021, Article 2\n\n2021\n\nOla Brenn\nVarn Institute of Coastal Studies\n\n"
        "Dr. Ola Brenn is a senior fellow at the Varn Institute of Coastal Studies.\n\n" + TEXT
    )
    summary, markdown = summary_of(text)
    assert "authors: Ola Brenn" in summary
    assert "sections: 1 top-level, 0 sub-sections: THE QUARREL" in summary
    assert 'title = "Tides Over the Varn - Dredging, Dykes and the Delta Towns"' in markdown
    assert 'summary = "The dykes of the north bank' in markdown
    assert 'author_note = "Dr. Ola Brenn is a senior fellow' in markdown
    assert "Volume 4" not in markdown and "Estuary Policy Review" not in markdown


def test_a_repository_citation_and_notice_are_furniture() -> None:
    text = (
        "Tides over the Varn\n\nJournal of Estuary Studies\n\nVol. 9, No. 3\n\nOla Brenn\nVarn Institute\n\nRecommended Citation\n"
        'Brenn, Ola (2021) "Tides over the Varn," Journal of Estuary Studies: Vol. 9: No. 3, Article 2.\n\n'
        "This Article is brought to you for free and open access by the Journals at Varn Digital Commons.\n\n" + TEXT
    )
    summary, markdown = summary_of(text)
    assert "authors: Ola Brenn (Varn Institute)" in summary
    assert "Recommended" not in markdown and "brought to you" not in markdown and "Brenn, Ola (2021)" not in markdown
    assert 'summary = "The dykes of the north bank' in markdown


def test_a_repository_video_link_under_the_masthead_is_furniture() -> None:
    text = (
        "Tides over the Varn\n\nJournal of Estuary Studies\n\nVol. 9, No. 3\n\nOla Brenn\nVarn Institute\n\n"
        "Video: Varn Institute lecture on the delta ～PART ONE～\n\nRecommended Citation\n"
        'Brenn, Ola (2021) "Tides over the Varn," Journal of Estuary Studies: Vol. 9: No. 3, Article 2.\n\n' + TEXT
    )
    summary, markdown = summary_of(text)
    assert "sections: 1 top-level, 0 sub-sections: THE QUARREL" in summary
    assert "Video:" not in markdown and 'summary = "The dykes of the north bank' in markdown
    # near miss: a paragraph of the text that opens on 'Video:' and tells something stays
    kept = summary_of(text.replace("Video: Varn Institute lecture on the delta ～PART ONE～", "Video: the council filmed the dykes and showed it."))[
        1
    ]
    assert "Video: the council filmed the dykes" in kept


def test_markdown_name_headings_over_italic_affiliations() -> None:
    text = (
        "---\ntitle: Tides over the Varn\n---\n\n# Tides over the Varn\n\n### Estuary Policy Review\n\n3-2-2021\n\n"
        "### Ola Brenn\n*Delta Ports Authority*\n\n### Ivo Tamm\n*Harbour Workers' Federation*\n\n## Abstract\n\n"
        "The dykes were raised twice in ten years, and the delta towns still doubt the council's figures.\n\n"
        "## Background\n\nThe towns wait for the council's answer.\n"
    )
    summary, markdown = summary_of(text, "article.md")
    assert "authors: Ola Brenn (Delta Ports Authority); Ivo Tamm (Harbour Workers' Federation)" in summary
    assert "sections: 2 top-level, 0 sub-sections: Abstract; Background" in summary
    assert 'summary = "The dykes were raised twice' in markdown
    assert "date = 2021-03-02" in markdown


def test_a_name_alone_under_a_capitals_title_with_noted_text_is_the_byline() -> None:
    text = (
        "TIDES OVER THE VARN\n\nOla Brenn\n\nThe dykes of the north bank were raised twice in ten years.1 The towns doubt the "
        "council's figures.2\n\nNotes\n\n1. Varn Council, Annual Works Report, 4 May 2020.\n2. Ivo Tamm, “After the Dykes,” 9 June 2021.\n"
    )
    summary, markdown = summary_of(text)
    assert "authors: Ola Brenn" in summary
    assert "Ola Brenn" not in summary.split("sections:")[1]
    assert 'date = "unknown"' in markdown  # a note's day is its source's, not the article's


def test_a_case_subject_over_a_sentence_stays_a_section() -> None:
    text = "Tides over the Varn\n\nBy Ivo Tamm\n\nMarch 3, 2021\n\n" + TEXT + "\nOla Brenn\n\nShe has kept the lock at Sel for thirty years.\n"
    summary, _ = summary_of(text)
    assert "authors: Ivo Tamm" in summary


def test_a_title_in_mixed_case_and_an_acronym_head_stay() -> None:
    prose = "The NATO ministers met at Sel. " * 3
    for title in ("Tides over the Varn - Dredging and the Towns", "NATO: The Alliance at the Estuary"):
        _, markdown = summary_of(f"{title}\n\nBy Ivo Tamm\n\nMarch 3, 2021\n\n{prose}\n")
        assert f'title = "{title}"' in markdown, title


def test_a_rubric_in_capitals_before_the_headline_stays() -> None:
    _, markdown = summary_of("EXCLUSIVE: Ports Brace for a Longer Strike\n\nBy Ivo Tamm\n\nMarch 3, 2021\n\n" + TEXT)
    assert 'title = "EXCLUSIVE: Ports Brace for a Longer Strike"' in markdown


def test_an_issue_dated_by_its_season_says_so() -> None:
    text = "Tides over the Varn\n\nEstuary Policy Review\n\nVolume 4, Number 1 Winter 2021\n\nOla Brenn\nVarn Institute\n\n" + TEXT
    result = import_text(text, "article.txt")
    assert any("'Winter 2021', a season, no month: it dates nothing" in p.message for p in result.problems)


def test_a_contact_box_under_the_text_is_no_masthead() -> None:
    text = "Tides over the Varn\n\nBy Ivo Tamm\n\nMarch 3, 2021\n\n" + TEXT.split("\n\n")[0] + "\n\nPress Contact\nVarn Harbour Office\n"
    summary, markdown = summary_of(text)
    assert "authors: Ivo Tamm" in summary
    assert "Varn Harbour Office" in markdown or "Varn Harbour Office" in summary


def test_a_name_alone_under_the_issue_line_and_its_day_is_the_author() -> None:
    text = (
        "Tides over the Varn\n\nEstuary Policy Review\n\nVolume 4, Number 1 Winter Issue, Article 2\n\n3-2-2021\n\nOla Brenn\n\n"
        'Recommended Citation Ola Brenn, "Tides over the Varn," Estuary Policy Review 4, no. 1 (2021).\n\n' + TEXT
    )
    summary, markdown = summary_of(text)
    assert "authors: Ola Brenn" in summary and "date: 2021-03-02" in summary
    assert "Recommended Citation" not in markdown and "## Ola Brenn" not in markdown


def test_a_writers_post_over_a_body_is_no_name_over_an_affiliation() -> None:
    text = "Tides over the Varn\n\nMarch 3, 2021\nAuthor\nOLA BRENN\nSenior Editor\nVarn Institute\n\n" + TEXT
    summary, _ = summary_of(text)
    assert "Senior Editor (" not in summary and "authors: Senior Editor" not in summary
