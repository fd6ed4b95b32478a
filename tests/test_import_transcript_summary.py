"""A transcript copied as plain text: its turn labels in Markdown's bold are labels (no literal asterisks), and its
summary is its first turn that is no greeting, without the label; a kicker or a field's label in bold stays."""

from __future__ import annotations

from dossier.importer import import_text

GROUND = (
    "The first ground concerns the consultation. The council failed to publish the revised plans before the decision "
    "was taken, and the residents of Ashgrove were given no chance to respond."
)
HEARING = "\n\n".join(
    [
        "Hearing on the Tollbridge Canal Scheme",
        "3 March 2025",
        "**Ms Roe**: Good afternoon, my Lady. I appear for the claimants in this matter.",
        "**The Judge:** Thank you, Ms Roe. Please begin with the first ground.",
        f"**Ms Roe**: {GROUND}",
        "**Mr Hale**: My Lady, the council disputes that. The plans were published on the portal in January.",
        "**The Judge**: I will hear the evidence on that point after lunch.",
    ]
)


def _summary(markdown: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith("summary = "))


def test_bold_turn_labels_in_a_plain_text_are_labels_and_the_summary_skips_the_greetings():
    result = import_text(HEARING + "\n", "hearing.txt")
    assert "*" not in result.markdown
    assert "\nMs Roe: Good afternoon, my Lady." in result.markdown
    assert "\nThe Judge: Thank you, Ms Roe." in result.markdown
    assert _summary(result.markdown) == f'summary = "{GROUND}"'


def test_a_briefings_greeting_turns_are_no_summary_and_its_label_is_left_out():
    text = "\n\n".join(
        [
            "Press Briefing by the Harbour Board's Spokesperson",
            "May 4, 2024",
            "MS. OKAFOR: Good afternoon, everybody.",
            "Q: Good afternoon.",
            "MS. OKAFOR: So, two things today. The board has approved the dredging budget for the coming year in full, "
            "and the quay wall will be rebuilt before the winter storms.",
            "Q: What will it cost?",
            "MS. OKAFOR: About four million, which the owners of the boats will share with the board.",
        ]
    )
    result = import_text(text + "\n", "briefing.txt")
    assert _summary(result.markdown).startswith('summary = "So, two things today. The board has approved')


def test_near_miss_a_bold_kicker_or_field_label_and_a_dateline_stay_as_written():
    """One bold field label opening one paragraph is no turn ('**Staff Acknowledgments:** …'), and a dateline opening a
    news story ('Port Kessel: …') stays in its summary."""
    text = "\n\n".join(
        [
            "Harbour Board Approves the Dredging Budget",
            "May 4, 2024",
            "Port Kessel: The harbour board approved the dredging budget on Tuesday after two years of argument about the "
            "cost of keeping the channel open to the larger boats.",
            "The quay wall will be rebuilt before the winter storms, the board said.",
            "**Staff Acknowledgments:** Ann Lee and Tom Weir wrote this report for the board.",
        ]
    )
    result = import_text(text + "\n", "story.txt")
    assert _summary(result.markdown).startswith('summary = "Port Kessel: The harbour board approved')
    assert "\\*\\*Staff Acknowledgments:\\*\\*" in result.markdown
