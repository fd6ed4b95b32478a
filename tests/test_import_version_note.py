"""A note on the page's version over the headline given again ('This is the web version of the [original
article](….pdf).' / '# Title'): the note is the editors', never the summary, and the headline no section holding the
report; a theme's mark before the front matter's title ('§ Title') gives way to the heading's words
(`dossier/versionnote.py`)."""

from __future__ import annotations

from dossier.importer import import_text

TITLE = "Tides over the Varn Estuary"
REST = "## Background\n\nThe dykes were raised twice.\n\n## Outlook\n\nThe towns wait for the council's answer.\n"


def imported(note: str, heading: str = f"# {TITLE}", title: str = TITLE) -> tuple[str, str]:
    text = f"---\ntitle: {title}\ndate: 2023-03-03\n---\n\n{note}\n{heading}\n\n{REST}"
    result = import_text(text, "tides.md")
    return result.markdown, "\n".join(result.summary)


def test_the_headline_under_a_web_version_note_is_no_section() -> None:
    markdown, summary = imported("This is the mobile-friendly web version of the [original article](https://example.org/tides.pdf).")
    assert "sections: 2 top-level, 0 sub-sections" in summary
    assert f"## {TITLE}" not in markdown
    assert 'summary = "The dykes were raised twice."' in markdown
    assert ":::{editorial}\nThis is the mobile-friendly web version of the original article." in markdown


def test_other_wordings_of_the_note() -> None:
    for note in ("This is an accessible HTML version of the report.", "This is the online version of a paper first printed in 2019."):
        markdown, summary = imported(note)
        assert "sections: 2 top-level" in summary, note
        assert ":::{editorial}" in markdown, note


def test_a_theme_mark_before_the_front_matter_title_gives_way_to_the_heading() -> None:
    markdown, _ = imported("This is the web version of the original article.", title=f"§ {TITLE}")
    assert f'title = "{TITLE}"' in markdown


def test_a_different_heading_under_the_note_stays_a_section() -> None:
    _, summary = imported("This is the web version of the original article.", heading="# The Quarrel")
    assert "The Quarrel" in summary


def test_a_first_paragraph_about_a_version_of_events_is_the_text() -> None:
    markdown, summary = imported("This is the version of events the council gives in its report.")
    assert ":::{editorial}" not in markdown
    assert f"sub-sections: {TITLE}" in summary  # no note on the version: the heading stays where it is
