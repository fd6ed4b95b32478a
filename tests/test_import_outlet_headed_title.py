"""A repost's headline naming the outlet it copies before a colon ('Harbour Herald: Velan Has a New Harbour Chief', as a
blog or a student's project copies a paper's story): the headline is the title, the outlet the series the report is
shown under. A subject or a rubric before the colon stays in the title. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_text
from dossier.reposts import outlet_headed_title
from imported import PROSE

STORY = (
    "{head}\n\n"
    "March 4, 2024\n\n"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "“We cannot keep the breakwater standing on goodwill,” said Ama Tervo, the harbour master.\n"
)


def front(head: str, name: str = "export.txt", tail: str = "") -> dict[str, str]:
    markdown = import_text(STORY.format(head=head) + tail, name).markdown
    fields = [line.split(" = ", 1) for line in markdown.split("+++")[1].splitlines() if " = " in line]
    return {key: value.strip('"') for key, value in fields}


def test_an_outlet_before_the_colon_is_the_series_not_the_title():
    for head, outlet, title, tail in (
        ("Westford Herald: Velan Has a New Harbour Chief", "Westford Herald", "Velan Has a New Harbour Chief", "\n© Westford Herald 2024\n"),
        ("The Vells Times: Harbour Chief Quits After Levy Vote", "The Vells Times", "Harbour Chief Quits After Levy Vote", ""),
        ("Reuters: Ferry fares rise again in Vells", "Reuters", "Ferry fares rise again in Vells", ""),
        ("# Norland Morning Post: Ferry Levy Splits the Council", "Norland Morning Post", "Ferry Levy Splits the Council", ""),
    ):
        for name in ("export.txt", "export.md"):
            fields = front(head, name, tail)
            assert fields["title"] == title, (head, name)
            assert fields["series"] == outlet, (head, name)


def test_a_subject_or_a_rubric_before_the_colon_stays_in_the_title():  # near misses
    for head in (
        "Brexit: What Comes Next",
        "Big News: Vells council signals no levy breakthrough",
        "Guest Post: Why the harbour needs its levy",
        "Book Review: The Long Harbour",
        "Foreign Policy: The Year Ahead for Norland",
        "Ama Tervo: The harbour cannot wait",
        "Westford Herald: Levy",  # one word: no headline after the outlet
        "Westford Herald: Velan Has a New Harbour Chief",  # a paper's word on one word, the text never naming it again
        "Shifting Times: How the Harbour Votes Now",
        "Port News: Vells Ferries Post a Record Year",
        "Walking Journal: Three Days on the Norland Coast",
    ):
        assert outlet_headed_title(head.lstrip("# ")) is None, head
        fields = front(head)
        assert fields["title"] == head, head
        assert "series" not in fields, head
