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
