"""A repost's credit to the outlet it took the story from ('Reposted from The Westford Times: https://…', 'Originally
published by Harbor Ledger'): the original publisher and address, set apart as the editors' note with the outlet linked,
never the last paragraph of the story. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.reposts import repost_credit
from imported import PROSE, built

STORY = (
    "Harbour Towns Weigh a New Ferry Levy\n\n"
    "2024-03-05\n\n"
    "{top}"
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    f"“We cannot keep the breakwater standing on goodwill,” said Ama Tervo, the harbour master. {PROSE}.\n\n"
    "{credit}\n"
)


def test_a_closing_repost_line_is_the_editors_note_with_the_outlet_linked():
    for credit, note in (
        (
            "Reposted from The Westford Times: https://www.westfordtimes.example/news/2024/03/ferry-levy_vells?ref=rss",
            "Reposted from [The Westford Times](<https://www.westfordtimes.example/news/2024/03/ferry-levy_vells?ref=rss>).",
        ),
        (
            "Republished from Harbor Ledger at <https://harborledger.example/levy>",
            "Republished from [Harbor Ledger](<https://harborledger.example/levy>).",
        ),
        ("Originally published by Coast Desk.", "Originally published by Coast Desk."),
        ("This article first appeared in The Vells Courier on March 4, 2024.", "This article first appeared in The Vells Courier on March 4, 2024."),
        ("This story was originally published on valleyrecord.example", "This story was originally published on valleyrecord.example."),
    ):
        result, report = built(STORY.replace("{top}", "").replace("{credit}", credit))
        assert f":::{{editorial}}\n{note}\n:::" in result.markdown, credit
        last = report.sections[-1].paragraphs[-1]
        assert last.text.startswith(credit.split()[0]) and "Ama Tervo" not in last.text, credit
        assert any("repost's credit" in line for line in result.inferred), credit


def test_a_repost_line_over_the_story_is_the_editors_note_too():
    result, _ = built(STORY.replace("{top}", "Cross-posted from Norland Wire: https://norlandwire.example/a/1\n\n").replace("{credit}", ""))
    assert ":::{editorial}\nCross-posted from [Norland Wire](<https://norlandwire.example/a/1>).\n:::" in result.markdown
    assert 'summary = "The council of Vells met' in result.markdown


def test_a_sentence_about_publishing_is_the_storys_text():
    """Near misses: a sentence that goes on after the outlet, a language or a month where the outlet would stand, a year,
    a line with nothing after the verb: prose of the story, not the repost's credit."""
    for line in (
        "Originally published in 1998, the harbour survey found the breakwater sound.",
        "First published in English in 2001.",
        "This report was first published in March 2021.",
        "Reposted from The Westford Times without the harbour master's reply, the story drew letters.",
        "The story was reposted from Norland Wire by several councillors on Tuesday.",
        "Reposted.",
    ):
        assert repost_credit(line) is None, line
        result, _ = built(STORY.replace("{top}", "").replace("{credit}", line))
        assert ":::{editorial}" not in result.markdown, line


MARKDOWN_STORY = (
    '---\ntitle: "Harbour Towns Weigh a New Ferry Levy"\ndate: 2024-03-05\n---\n\n'
    f"The council of Vells met on Tuesday to weigh a levy on ferry tickets, and {PROSE.lower()}.\n\n"
    "“We cannot keep the breakwater standing on goodwill,” said Ama Tervo, the harbour master.\n\n"
    "{credit}\n"
)


def test_a_markdown_reposts_credit_keeps_its_links_address():
    """A Markdown export (a blog's, a newsletter's) links the outlet, or the words of the credit, to the original story."""
    for credit, note in (
        (
            "Originally published at [The Westford Times](https://westfordtimes.example/levy).",
            "Originally published at [The Westford Times](<https://westfordtimes.example/levy>).",
        ),
        (
            "*This story was first published by [Harbor Ledger](https://harborledger.example/levy) on March 4, 2024.*",
            "This story was first published by [Harbor Ledger](<https://harborledger.example/levy>) on March 4, 2024.",
        ),
        (
            "This article was [originally published](https://harborledger.example/levy) by Harbor Ledger.",
            "This article was originally published by [Harbor Ledger](<https://harborledger.example/levy>).",
        ),
        (
            "Reposted from [valleyrecord.example](https://valleyrecord.example/a/1)",
            "Reposted from [valleyrecord.example](<https://valleyrecord.example/a/1>).",
        ),
    ):
        result, _ = built(MARKDOWN_STORY.replace("{credit}", credit))
        assert f":::{{editorial}}\n{note}\n:::" in result.markdown, credit


def test_a_markdown_line_with_links_that_is_no_credit_keeps_only_its_words():
    # near misses: a sentence linking the board's papers; a credit linking two addresses (which one is the original?)
    for line, kept in (
        (
            "Read the board's [statement](https://vells.example/s) and the [letter](https://vells.example/l).",
            "Read the board's statement and the letter.",
        ),
        (
            "Originally published by [Harbor Ledger](https://harborledger.example/a) and [Coast Desk](https://coastdesk.example/b).",
            "Originally published by Harbor Ledger and Coast Desk.",
        ),
    ):
        result, _ = built(MARKDOWN_STORY.replace("{credit}", line))
        assert kept in result.markdown and "https://" not in result.markdown.split("+++")[2], line
