"""A figure's label on a line of its own over its caption ('FIGURE 1' / 'BERTHS IDLE AT SEL, MARCH 2024'): one figure,
never a section with a sub-section, and the text under it stays in the section above (`dossier/figurelabels.py`)."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Tides over the Varn\n\nBy Ola Brenn\n\nMarch 3, 2023\n\nTHE QUARREL\n\n"
FIRST = "The dykes of the north bank were raised twice in ten years, and the towns of the delta still doubt the figures.\n\n"
AFTER = "\n\nThe works on the north bank began in the spring and ran over budget for three seasons in a row, the towns say.\n\n"
TAIL = "THE OUTLOOK\n\nThe towns wait for the council's answer, which it says will come before the spring floods.\n"


def imported(figure: str) -> tuple[str, str]:
    result = import_text(HEAD + FIRST + figure + AFTER + TAIL, "tides.txt")
    return result.markdown, "\n".join(result.summary)


def test_a_label_over_its_caption_is_one_figure() -> None:
    for label, caption in (
        ("FIGURE 1", "BERTHS IDLE AT SEL, MARCH 2024"),
        ("Table 2", "Dredging costs by bank, 2019–2023"),
        ("Map 3", "The delta towns"),
    ):
        for gap in ("\n", "\n\n"):
            markdown, summary = imported(f"{label}{gap}{caption}")
            assert "sections: 2 top-level, 0 sub-sections: THE QUARREL; THE OUTLOOK" in summary, (label, gap)
            assert f":::{{figure}}\n\n{label}: {caption}\n:::" in markdown, (label, gap)


def test_a_label_over_a_paragraph_of_the_text_takes_none_of_it() -> None:
    markdown, _ = imported("FIGURE 1" + AFTER.rstrip("\n") + " Their letters to the council went unanswered all winter.")
    assert "FIGURE 1: The works" not in markdown


def test_a_section_named_with_a_figure_word_stays_a_section() -> None:
    _, summary = imported("TABLES AND FIGURES\n\nThe council publishes its figures each spring, the towns say, though rarely on time.")
    assert "TABLES AND FIGURES" in summary


QUAYS = ["north", "south", "east", "west"]


def _pdf_pages(labels: list[str]) -> str:
    """A PDF's text of four pages, a running foot with the page's number closing each, a label over a caption mid-page."""
    pages = []
    for number, (label, quay) in enumerate(zip(labels, QUAYS, strict=True), start=1):
        pages.append(
            f"The {quay} quay in {2019 + number}\n\n"
            f"Ledgers of the {quay} quay show that its berth fees rose in {2019 + number} while the number of ships calling\n"
            f"at the {quay} quay fell for the {number + 1}th year in a row, the board's auditors found in their review of\n"
            f"the {quay} quay.\n{label}\nBerth fees at the {quay} quay, {2015 + number}–{2019 + number}\n"
            f"The board says the {quay} quay will be dredged before the winter storms of {2020 + number}, once the towns\n"
            f"along the {quay} shore have agreed on who pays for it and how the fees will be shared among them this\n"
            f"time.\n\nTHE STATE OF THE NORTHERN HARBOURS {number}\n"
        )
    return "\f".join(pages)


def test_figure_labels_on_every_page_of_a_pdfs_text_are_no_running_head() -> None:
    """'FIGURE 4' … 'FIGURE 7', one a page of a text of four pages: the figures' numbers, never a page's head."""
    result = import_text(_pdf_pages(["FIGURE 4", "FIGURE 5", "FIGURE 6", "FIGURE 7"]), "harbours.txt")
    assert ":::{figure}\n\nFIGURE 4: Berth fees at the north quay, 2016–2020\n:::" in result.markdown
    assert "## Berth fees" not in result.markdown
    assert "FIGURE 4" not in result.dropped.get("running head or page number", [])


def test_the_running_foot_of_a_pdfs_text_is_still_dropped() -> None:
    """Near miss: the running foot with the page's number stays furniture."""
    result = import_text(_pdf_pages(["FIGURE 4", "FIGURE 5", "FIGURE 6", "FIGURE 7"]), "harbours.txt")
    assert "THE STATE OF THE NORTHERN HARBOURS 2" in result.dropped.get("running head or page number", [])


def test_figure_labels_numbered_by_chapter_are_no_running_head() -> None:
    """'Figure 2.1' … 'Figure 2.4' and 'Table 3a' … : a chapter's figures, their captions no sections."""
    for labels in (["Figure 2.1", "Figure 2.2", "Figure 2.3", "Figure 2.4"], ["Table 3a", "Table 3b", "Table 3c", "Table 3d"]):
        result = import_text(_pdf_pages(labels), "harbours.txt")
        assert f":::{{figure}}\n\n{labels[0]}: Berth fees at the north quay, 2016–2020\n:::" in result.markdown, labels
        assert "## Berth fees" not in result.markdown, labels
        assert not set(labels) & set(result.dropped.get("running head or page number", [])), labels


def test_a_numbered_section_heading_is_no_figure_label() -> None:
    """Near miss: a line '2.1' alone or 'Section 2.1' is no figure's label."""
    from dossier.figurelabels import FIGURE_LABEL

    assert FIGURE_LABEL.match("Figure 2.1") and FIGURE_LABEL.match("Table 12.3b")
    assert not FIGURE_LABEL.match("Section 2.1") and not FIGURE_LABEL.match("Figure 2.1.4") and not FIGURE_LABEL.match("Figure 2.")
