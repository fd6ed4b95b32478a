"""A copied news page's byline under the headline as the writer's name and the paper's after a pipe ('Jane Roe | Harbour
Ledger', an agency's 'Jane Roe | Reuters'), with the date line's part after another pipe or none: the writer is the
author, the paper her role, and the line is no list of tags. Near misses: a line of topics (a desk's or a topic's word
after the pipe: 'Jane Roe | Politics'), two people's names, a body's name first, more parts than a date's stay as they
were. Plain-text and saved-page passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

TITLE = "Ferry crews walk out as talks over night shifts stall"
LEDE = (
    "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay "
    "and the rota for the winter months."
)
REST = "“We gave them every chance,” said union organiser Mira Ostrand, as the last sailing of the day left the quay."


def imported(*header: str) -> str:
    return import_text("\n\n".join([TITLE, *header, LEDE, REST, REST]) + "\n", "story.txt").markdown


def front(markdown: str) -> str:
    return markdown.split("+++")[1]


def test_a_writer_then_the_paper_after_a_pipe_is_the_byline() -> None:
    for header in (
        ("Marta Lind | Vell Courier", "12 March 2025"),
        ("Jane Roe | Reuters", "12 March 2025"),
        ("Tomas Berg | Eastwick Ledger | 12 March 2025",),
    ):
        markdown = imported(*header)
        name, paper = header[0].split(" | ")[:2]
        assert f'name = "{name}"' in front(markdown), header
        assert f'role = "{paper}"' in front(markdown), header
        assert "tags" not in front(markdown), header
        assert "date = 2025-03-12" in front(markdown), header


def test_a_desk_or_a_topic_after_the_pipe_is_no_paper() -> None:
    """Near miss: 'Jane Roe | Politics' may be a line of tags; it is left as it was read."""
    for line in ("Jane Roe | Politics", "Jane Roe | World News", "Jane Roe | Opinion"):
        markdown = imported(line, "12 March 2025")
        assert "[[authors]]" not in markdown, line


def test_two_names_a_body_first_or_more_parts_are_left_as_they_were() -> None:
    for line in ("Jane Roe | Ana Lutz", "Harbour Board | Vell Courier", "Marta Lind | Vell Courier | Ports | Strikes"):
        markdown = imported(line, "12 March 2025")
        assert 'role = "Vell Courier"' not in markdown and "[[authors]]" not in markdown, line


def test_a_well_known_outlet_or_a_paper_s_word_after_the_pipe_is_the_paper() -> None:
    for line in ("Nadia Halder | BBC News", "Nadia Halder | Kelby Insider", "Nadia Halder | The Selm Gazette"):
        markdown = imported(line, "12 March 2025")
        assert 'name = "Nadia Halder"' in front(markdown), line
        assert f'role = "{line.split(" | ")[1]}"' in front(markdown), line


def test_near_miss_a_place_s_or_a_thing_s_name_first_is_no_writer() -> None:
    """A given name opening a street's, a garden's, a river's or a college's name ('Joy Road', 'Grace Notes'), even over
    a paper's name after the pipe, is no writer where no 'By' says the line is a byline."""
    for line in (
        "Joy Road | Kelby Gazette",
        "Grace Notes | Kelby Gazette",
        "Rose Garden | The Selm Herald",
        "Jordan River | Kelby Gazette",
        "Georgia Tech | Savannah",
    ):
        markdown = imported(line, "12 March 2025")
        assert "[[authors]]" not in markdown, line


def test_near_miss_a_topic_or_a_place_after_the_pipe_is_no_paper() -> None:
    """A region's, a war's, a country's or a beat's name after a writer's name names her topic, not her paper."""
    for line in ("Nadia Halder | Middle East", "Nadia Halder | Ukraine War", "Nadia Halder | Brazil", "Nadia Halder | Property"):
        markdown = imported(line, "12 March 2025")
        assert "[[authors]]" not in markdown, line
        assert "role = " not in markdown, line
