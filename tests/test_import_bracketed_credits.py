"""A photo's or a video's caption closed by its credit in brackets ('… (Video by Jane Roe | Harbour Media for
Harbour.com)', '(Photo by Jane Roe/The Ledger)'), as US regional papers' pages set them: a figure with its credit, not
a paragraph of the story. Passages of our own, with near misses."""

from __future__ import annotations

from imported import PROSE, built, headings


def figures(result) -> list[tuple[str, str]]:
    """(caption, credit) of every figure of the imported Markdown."""
    found = []
    for block in result.markdown.split(":::{figure}")[1:]:
        lines = block.split(":::", 1)[0].strip().split("\n")
        credit = next((line[len(":credit: ") :] for line in lines if line.startswith(":credit: ")), "")
        found.append((" ".join(line for line in lines if line and not line.startswith(":credit:")), credit))
    return found


def story(line: str) -> str:
    return (
        "\n\n".join(
            [
                "Harbour Towns Weigh a New Ferry Levy",
                "2024-03-05",
                f"The council of Vells met on Tuesday, and {PROSE.lower()}.",
                line,
                f"Members said the levy would end, and {PROSE.lower()}.",
            ]
        )
        + "\n"
    )


def test_a_caption_closed_by_its_credit_in_brackets_is_a_figure():
    for caption, credit in (
        (
            "The governor's budget address: what it left out? Two columnists discuss the speech and what it means for the harbour towns.",
            "Video by Jane Roe | Harbour Media for Harbour.com",
        ),
        ("Ferries wait at the Vells pier on Monday.", "Photo by Tom Reed/The Vells Ledger"),
        ("Ama Tervo, the harbour master, at the breakwater", "Staff photo by Cy Dunn"),
        ("The old ferry terminal before the fire", "Photos courtesy of Vells Historical Society"),
    ):
        result, _ = built(story(f"{caption} ({credit})"))
        assert figures(result) == [(caption, credit)], credit


def test_a_paragraph_with_an_aside_in_brackets_stays_a_paragraph():
    """Near misses: an aside in brackets that credits nobody's picture, or a lower-case 'by' ('(photo by request only)')."""
    for line in (
        "The council will show the plans at the library next week (photo ID required at the door).",
        "Residents may film the meeting, the clerk said (video by request only).",
        "The harbour master gave the figures in a statement (by Ama Tervo, on behalf of the board).",
    ):
        result, _ = built(story(line))
        assert figures(result) == [], line
        assert line in result.markdown.replace("\\", ""), line


def test_a_subhead_under_a_credited_photo_stays_a_subhead():
    """In a Markdown export whose headings are marked, an unmarked subhead with no stop between finished paragraphs is a
    subhead as its siblings are; one under a photo's caption and credit too (the credited caption ends its block as a
    paragraph's stop does)."""
    text = "\n\n".join(
        [
            "---\ntitle: Harbour Towns Weigh a New Ferry Levy\ndate: 2024-03-05\n---",
            f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.",
            "## What the levy pays for",
            f"The harbour master warned that the breakwater might not last another winter, and {PROSE.lower()}.",
            "Ferries wait at the Vells pier on Monday. (Photo by Tom Reed/The Vells Ledger)",
            "Repairs bring work and new crews to the harbour",
            f"Members said the levy would end once the repairs were paid for, and {PROSE.lower()}. {PROSE}.",
            "## What comes next",
            f"The board meets again in June, and {PROSE.lower()}.",
        ]
    )
    result, report = built(text + "\n")
    assert headings(report) == ["What the levy pays for", "Repairs bring work and new crews to the harbour", "What comes next"]
    assert figures(result) == [("Ferries wait at the Vells pier on Monday.", "Photo by Tom Reed/The Vells Ledger")]
