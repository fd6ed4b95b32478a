"""A copied news page's photo caption closed by its photographer's credit, the newsroom or agency behind a slash
('Protesters outside the court on Friday. Jane Roe/Harbour Wire', '… Jane Roe/EPA, via Harbour Images'): a figure with
its credit, never a paragraph of the story, also where the caption quotes the one it shows with a cue. Passages of our
own, with near misses."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text
from imported import PROSE, built

STORY = (
    "Ferry Levy Splits Vells\n\n"
    "March 4, 2024\n\n"
    "By Ida Lund\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "{line}\n\n"
    "“We cannot keep the breakwater standing on goodwill,” said Ama Tervo, the harbour master.\n"
)


def figures(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs if p.kind == "caption"]


def test_a_caption_closed_by_its_photographers_credit_is_a_figure():
    for line, caption, credit in (
        (
            "Protesters outside the court in Vells on Friday. Ada Vorn/Harbour Wire",
            "Protesters outside the court in Vells on Friday.",
            "Ada Vorn/Harbour Wire",
        ),
        (
            "The council chamber in Vells before the vote. Oren Tasky/EPA, via Norland Images",
            "The council chamber in Vells before the vote.",
            "Oren Tasky/EPA, via Norland Images",
        ),
        (
            "“We will keep the ferries running,” Ama Tervo told reporters after the vote, adding: “My hands are cold.” Ada Vorn/Westford Herald",
            "“We will keep the ferries running,” Ama Tervo told reporters after the vote, adding: “My hands are cold.”",
            "Ada Vorn/Westford Herald",
        ),
    ):
        for name in ("export.txt", "export.md"):
            result = import_text(STORY.format(line=line), name)
            report = read_report(result.markdown, "reports/x.md")
            assert f":::{{figure}}\n:credit: {credit}\n\n{caption}\n:::" in result.markdown, (line, name)
            assert figures(report) == [caption], (line, name)


def test_a_paragraph_ending_on_a_slash_or_running_on_stays_the_storys():  # near misses
    for line in (
        "The board met in Vells. It voted twice. The levy passed. The mayor left early. Ada Vorn/Harbour Wire",  # a paragraph
        "The levy was split between the routes to Vells/Norvel",
        "Ada Vorn/Harbour Wire said the vote was close, and the council agreed to meet again on Friday.",
    ):
        _, report = built(STORY.format(line=line))
        assert figures(report) == [], line
