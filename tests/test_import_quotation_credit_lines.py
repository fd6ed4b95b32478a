"""A quotation's credit on the line under it, opened by an en or em dash ('– Ines Reyes, mother.'): a line of the text,
never a list's item; a list of such lines stays a list."""

from __future__ import annotations

from dossier.importer import import_text


def imported(*blocks: str) -> str:
    return import_text("\n\n".join(["The harbour night: the victims", "Victim Profiles", *blocks]) + "\n", "story.txt").markdown


def test_a_dashed_credit_under_a_quotation_is_a_line_of_the_text() -> None:
    markdown = imported(
        "Toma Bell, 19",
        "Shot at 4:10pm on May 3 on the Harbour Road. He died at the gate of the hospital before dawn.",
        "“We waited all night at the hospital gate. Nobody told us anything until morning.”",
        "– Mira Bell, his mother.",
        "The port police have not answered the family's letters.",
    )
    assert "\n– Mira Bell, his mother.\n" in markdown and "\n- Mira Bell" not in markdown


def test_an_em_dash_credit_with_an_age() -> None:
    markdown = imported(
        "Shot at 4:10pm on May 3 on the Harbour Road. He died at the gate of the hospital before dawn.",
        "\u201cNobody told us anything until morning.\u201d",
        "\u2014 Rune Hossa, 33",
        "The port police have not answered the family's letters.",
    )
    assert "\n- Rune Hossa" not in markdown and "Rune Hossa, 33" in markdown


def test_dashed_lines_under_a_plain_paragraph_stay_a_list() -> None:
    markdown = imported(
        "The families asked the council for three things:",
        "– An inquiry into the night of May 3.",
        "– Compensation for the wounded.",
        "– A memorial at the gate.",
    )
    assert "- An inquiry into the night of May 3." in markdown and "- A memorial at the gate." in markdown


def test_a_list_of_dashed_lines_under_a_quotation_stays_a_list() -> None:
    markdown = imported(
        "“We asked for three things, and the council gave us none.”",
        "– An inquiry into the night of May 3.",
        "– Compensation for the wounded.",
    )
    assert "- An inquiry into the night of May 3." in markdown and "- Compensation for the wounded." in markdown
