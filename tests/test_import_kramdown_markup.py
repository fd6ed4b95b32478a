"""A Jekyll (kramdown) site's Markdown: note numbers set as superscripts ('<sup>7</sup>') are note markers and the lines
under its Notes heading their notes; attribute lines ('{: .no_toc }'), the contents placeholder ('1. TOC' / '{:toc}'),
thematic breaks ('***', '* * *') and an embedded player's HTML are markup, never text (`dossier/kramdown.py`)."""

from __future__ import annotations

from dossier.importer import import_text

FRONT = "---\ntitle: Tides over the Varn Estuary\ndate: 2023-03-03\nauthor: Ola Brenn\n---\n\n"


def imported(body: str) -> tuple[str, list[str], dict[str, list[str]]]:
    result = import_text(FRONT + body, "tides.md")
    return result.markdown, [p.message for p in result.problems], result.dropped


def test_superscript_numbers_cite_the_notes_under_the_notes_heading() -> None:
    body = (
        "## Background\n\nThe dykes were raised twice.<sup>1</sup> The towns doubt the council's figures. <sup>2</sup> "
        'Nobody has counted the dredging.<sup><a href="#fn3">3</a></sup>\n\n## Notes\n'
        "<sup>1</sup> Edda Lun, The Estuary Decades (Port Sel: Heron Books, 2020).\n{: .fs-2}\n"
        "<sup>2</sup> Ivo Tamm, “After the Dykes,” Estuary Review, June 2023.\n{: .fs-2}\n"
        "<sup>3</sup> Varn Council, Annual Works Report, 2022, p. 19.\n"
    )
    markdown, problems, _ = imported(body)
    assert "raised twice.[^1] The towns doubt the council's figures.[^2] Nobody" in markdown
    assert "counted the dredging.[^3]" in markdown
    assert "[^2]: Ivo Tamm, “After the Dykes,” Estuary Review, June 2023." in markdown
    assert "<sup>" not in markdown and "\\<sup" not in markdown and "{:" not in markdown
    assert not [p for p in problems if "note" in p]


def test_a_numbered_notes_list_under_the_heading_too() -> None:
    body = (
        "The dykes were raised twice.<sup>1</sup> Her rivals doubt it.<sup>2</sup>\n\n## Endnotes\n\n"
        "1. Edda Lun, The Estuary Decades (Port Sel: Heron Books, 2020).\n2. Ivo Tamm, “After the Dykes,” June 2023.\n"
    )
    markdown, _, _ = imported(body)
    assert "raised twice.[^1] Her rivals doubt it.[^2]" in markdown
    assert "[^1]: Edda Lun" in markdown and "[^2]: Ivo Tamm" in markdown


def test_powers_and_ordinals_in_superscript_are_no_markers() -> None:
    body = "The basin holds 10<sup>6</sup> tonnes of silt over 40 km<sup>2</sup>, twice the 19<sup>th</sup> century's.\n"
    markdown, _, _ = imported(body)
    assert "[^" not in markdown


def test_a_superscript_with_no_notes_list_is_a_marker_with_its_note_missing() -> None:
    markdown, problems, _ = imported("The dykes were raised twice.<sup>1</sup> Her rivals doubt it.\n")
    assert "raised twice.[^1]" in markdown or "raised twice.[1]" in markdown
    assert any("note 1 is cited but never defined" in p for p in problems)


def test_attribute_lines_and_the_contents_placeholder_are_markup() -> None:
    body = (
        "1. TOC\n{:toc}\n\n## Background\n\nThe dykes were raised twice.\n{: .fs-2}\n\n## Outlook\n\n### Dredging\n"
        "{: .no_toc }\n\nThe towns wait for the council's answer.\n"
    )
    markdown, _, _ = imported(body)
    assert "TOC" not in markdown and "{:" not in markdown
    assert 'summary = "The dykes were raised twice."' in markdown
    assert "### Dredging" in markdown


def test_a_numbered_list_item_named_contents_with_no_toc_mark_stays() -> None:
    markdown, _, _ = imported("The plan has two parts.\n\n1. Contents\n2. Methods\n")
    assert "Contents" in markdown


def test_thematic_breaks_are_no_text_and_a_setext_heading_stays() -> None:
    body = "The dykes were raised twice.\n\n***\n\nHer rivals doubt it.\n\n* * *\n\nOutlook\n---\n\nThe towns wait.\n"
    markdown, _, _ = imported(body)
    assert "***" not in markdown and "* * *" not in markdown and "\n- " not in markdown
    assert "## Outlook" in markdown
    assert "Her rivals doubt it." in markdown


def test_an_embedded_player_is_left_out_and_its_caption_stays() -> None:
    body = (
        'The dykes were raised twice.\n\n<div class="video-wrapper">\n'
        '<iframe width="560" src="https://player.example/embed/xyz" title="Video player" allowfullscreen></iframe>\n</div>\n\n'
        "**Video:** The dykes in the spring floods\n\nHer rivals doubt it.\n"
    )
    markdown, _, dropped = imported(body)
    assert "iframe" not in markdown and "div" not in markdown
    assert "The dykes in the spring floods" in markdown and "Her rivals doubt it." in markdown
    assert dropped["embedded player (an <iframe>)"] == ["https://player.example/embed/xyz"]
