"""A newsletter sent as plain text opens on its sender's greeting under the writer's name and the date ('Welcome back to
Harbour Weekly. Thanks for subscribing.', 'Was this email forwarded to you? Sign up here.', an invitation to write back,
'Okay, let's start with...'): the sender's, never the summary; the name over it is the writer, her sign-off closing the
digest left out."""

from __future__ import annotations

from dossier.importer import import_text

GREETING = [
    "Welcome back to Harbour Weekly. Thanks for subscribing.",
    "Consider inviting your friends and colleagues to join us. Was this email forwarded to you? Sign up here.",
    "As usual, if you have tips or thoughts on what we can do better, just hit reply to this email or message me at lena@example.com.",
    "Okay, let's start with...",
]
ITEMS = [
    "1 big thing: Ferries go electric",
    "The council voted on Tuesday to fund two electric ferries for the eastern crossing, after a year of delays.",
    "2. Rents keep rising",
    "Rents in the old town rose 4% this year, the third rise in a row, the housing office says.",
    "3. The tram comes back",
    "The old tram line to the quay reopens in March, the transport office said on Friday.",
]


def imported(lines: list[str]) -> tuple[str, str]:
    result = import_text("\n\n".join(lines) + "\n", "digest.txt")
    return result.markdown, "\n".join(result.summary)


def test_the_greeting_under_the_writers_name() -> None:
    markdown, summary = imported(["Harbour Weekly", "Jan 18, 2019", "Lena Marsh", *GREETING, *ITEMS, "Lena Marsh"])
    header, body = markdown.split("+++")[1:3]
    assert 'name = "Lena Marsh"' in header
    assert 'summary = "The council voted on Tuesday' in header
    for line in ("Welcome back", "forwarded to you", "hit reply", "let's start", "Lena Marsh"):
        assert line not in body, line
    assert "sections: 3 top-level" in summary


def test_the_greeting_alone_under_the_name() -> None:
    markdown, _ = imported(["Harbour Weekly", "Jan 18, 2019", "Lena Marsh", GREETING[0], *ITEMS])
    assert 'name = "Lena Marsh"' in markdown.split("+++")[1] and "Welcome back" not in markdown


def test_a_story_welcoming_and_thanking_stays() -> None:
    """A story's own sentences opening so, not the sender's: 'Welcome to Harbourton …', 'Thanks for reading the report,
    the mayor told …'."""
    lines = ["Harbourton greets its ferries", "By Lena Marsh", "Jan 18, 2019", "Welcome to Harbourton, a town of ferries and bridges."]
    lines += [ITEMS[1], "Thanks for reading the council's report, the mayor told the press, before she left the quay."]
    markdown, _ = imported(lines)
    assert "Welcome to Harbourton, a town of ferries" in markdown and "Thanks for reading the council's report" in markdown


def test_a_storys_own_lead_ins_and_invitations_stay() -> None:
    """The genre's lead-ins and invitations in a story's body are the story's paragraphs: only the header reader, under
    the writer's name and the date, takes a greeting away."""
    story = [
        "The quay board met on Monday night to hear the boat owners on the mooring plan, the first of two meetings.",
        "Let's begin.",
        "If you have any questions about the fees, the board said, reply to its letter by May 3 or call the quay office.",
        "Email us at tips@quay.example.",
        "Thanks for reading, Mayor Dunn said.",
        "The owners then spoke for an hour about fees and berths, and the board promised an answer in June.",
    ]
    markdown, _ = imported(["Quay board hears boat owners", "By Mira Holt", "Feb 3, 2020", *story])
    body = markdown.split("+++")[2]
    for line in ("Let's begin.", "reply to its letter", "Email us at", "Thanks for reading, Mayor Dunn"):
        assert line in body, line


def test_a_lone_lead_in_under_the_name_stays() -> None:
    """'Let's get started!' or an invitation to reply alone under the writer's name: no sender's sentence, the story's."""
    lead_ins = ["Let's get started!", "If you have questions about the fees, just hit reply to this email and we will answer."]
    markdown, _ = imported(["Quay Notes", "Feb 3, 2020", "Mira Holt", *lead_ins, *ITEMS])
    assert "Let's get started!" in markdown and "hit reply to this email" in markdown
